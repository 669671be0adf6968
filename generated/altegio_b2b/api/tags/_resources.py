"""``tags``: the Tags operations of Altegio's Business Management API as methods
(``client.tags.<operation_id>(...)``; ``client.aio.tags`` has the async forms). Each
is the module function ``altegio_b2b.api.tags.<operation_id>.sync`` with the
client filled in: the same arguments, return type and errors."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ..._runtime.options import RequestOptions
    from ...client import AltegioClient
    from ...models.create_tag_response_200 import CreateTagResponse200
    from ...models.get_tag_list_by_entity_entity import GetTagListByEntityEntity
    from ...models.get_tag_list_by_entity_response_200_item import GetTagListByEntityResponse200Item
    from ...models.update_tag_by_tag_id_body import UpdateTagByTagIdBody


class Tags:
    """The Tags operations as methods of ``client.tags``."""

    __slots__ = ("_client",)

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<tags: {len(self.__dir__())} operations of {self._client!r}>"

    def __dir__(self) -> list[str]:
        return [
            "create_tag",
            "delete_tag_by_tag_id",
            "get_tag_list_by_entity",
            "update_tag_by_tag_id",
        ]

    def create_tag(
        self,
        location_id: int,
        *,
        title: str,
        color: str,
        entity: int | Unset = UNSET,
        icon: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any | CreateTagResponse200 | None:
        """Create a Tag (Deprecated)

        Deprecated: Altegio marks this operation deprecated; expect it to be removed.

        **Deprecated:** Use `POST /api/v2/companies/{company_id}/tags` instead.

        Creates a new tag for the specified location.

        POST /labels/{location_id} (operation `create_tag` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            title (str): Name of tag
            color (str): Tag color in #RRGGBB format
            entity (int | Unset): Tag type (0 - general tags, 1 - customer tags, 2 - appointment tags)
            icon (str | Unset): Icon name
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            Any | CreateTagResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.tags.create_tag.sync``; ``client.aio`` has the async form.
        """

        from .create_tag import sync

        return sync(
            location_id=location_id,
            title=title,
            color=color,
            entity=entity,
            icon=icon,
            client=self._client,
            options=options,
        )

    def delete_tag_by_tag_id(
        self,
        location_id: int,
        tag_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """Delete location tag (Deprecated)

        Deprecated: Altegio marks this operation deprecated; expect it to be removed.

        **Deprecated:** Use `DELETE /api/v2/companies/{company_id}/tags/{tag_id}` instead.

        DELETE /labels/{location_id}/{tag_id} (operation `delete_tag_by_tag_id` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            tag_id (int): Tag ID
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.tags.delete_tag_by_tag_id.sync``; ``client.aio`` has the async form.
        """

        from .delete_tag_by_tag_id import sync

        return sync(
            location_id=location_id,
            tag_id=tag_id,
            client=self._client,
            options=options,
        )

    def get_tag_list_by_entity(
        self,
        location_id: int,
        entity: GetTagListByEntityEntity,
        *,
        options: RequestOptions | None = None,
    ) -> list[GetTagListByEntityResponse200Item] | None:
        """Get location tags (Deprecated)

        Deprecated: Altegio marks this operation deprecated; expect it to be removed.

        **Deprecated:** Use `GET /api/v2/companies/{company_id}/tags?entity={entity}` instead.
        Returns tags for the specified entity type.

        The `entity` parameter accepts string aliases:
        - `common` - common tags
        - `client` - client tags
        - `record` - appointment/record tags
        - `activity` - activity/event tags

        > **Legacy support:** Numeric values (`0`, `1`, `2`, `3`) are also accepted but string aliases are
        preferred.

        GET /labels/{location_id}/{entity} (operation `get_tag_list_by_entity` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): Location ID
            entity (GetTagListByEntityEntity): Tag type alias
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[GetTagListByEntityResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.tags.get_tag_list_by_entity.sync``; ``client.aio`` has the async form.
        """

        from .get_tag_list_by_entity import sync

        return sync(
            location_id=location_id,
            entity=entity,
            client=self._client,
            options=options,
        )

    def update_tag_by_tag_id(
        self,
        location_id: int,
        tag_id: int,
        *,
        body: UpdateTagByTagIdBody,
        options: RequestOptions | None = None,
    ) -> Any:
        """Update Tag (Deprecated)

        Deprecated: Altegio marks this operation deprecated; expect it to be removed.

        **Deprecated:** Use `PUT /api/v2/companies/{company_id}/tags/{tag_id}` instead.

        PUT /labels/{location_id}/{tag_id} (operation `update_tag_by_tag_id` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            tag_id (int): Tag ID
            body (UpdateTagByTagIdBody): Update Tag Example: {'title': 'Testway2', 'color': '#aa11ff',
                'entity': 2, 'icon': 'Test'}.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.tags.update_tag_by_tag_id.sync``; ``client.aio`` has the async form.
        """

        from .update_tag_by_tag_id import sync

        return sync(
            location_id=location_id,
            tag_id=tag_id,
            body=body,
            client=self._client,
            options=options,
        )


class AsyncTags:
    """The async forms: ``await client.aio.tags.<operation_id>(...)``."""

    __slots__ = ("_client",)

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<aio.tags: {len(self.__dir__())} operations of {self._client!r}>"

    def __dir__(self) -> list[str]:
        return [
            "create_tag",
            "delete_tag_by_tag_id",
            "get_tag_list_by_entity",
            "update_tag_by_tag_id",
        ]

    async def create_tag(
        self,
        location_id: int,
        *,
        title: str,
        color: str,
        entity: int | Unset = UNSET,
        icon: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any | CreateTagResponse200 | None:
        """The async form of ``client.tags.create_tag`` (see its docstring)."""
        from .create_tag import asyncio

        return await asyncio(
            location_id=location_id,
            title=title,
            color=color,
            entity=entity,
            icon=icon,
            client=self._client,
            options=options,
        )

    async def delete_tag_by_tag_id(
        self,
        location_id: int,
        tag_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """The async form of ``client.tags.delete_tag_by_tag_id`` (see its docstring)."""
        from .delete_tag_by_tag_id import asyncio

        return await asyncio(
            location_id=location_id,
            tag_id=tag_id,
            client=self._client,
            options=options,
        )

    async def get_tag_list_by_entity(
        self,
        location_id: int,
        entity: GetTagListByEntityEntity,
        *,
        options: RequestOptions | None = None,
    ) -> list[GetTagListByEntityResponse200Item] | None:
        """The async form of ``client.tags.get_tag_list_by_entity`` (see its docstring)."""
        from .get_tag_list_by_entity import asyncio

        return await asyncio(
            location_id=location_id,
            entity=entity,
            client=self._client,
            options=options,
        )

    async def update_tag_by_tag_id(
        self,
        location_id: int,
        tag_id: int,
        *,
        body: UpdateTagByTagIdBody,
        options: RequestOptions | None = None,
    ) -> Any:
        """The async form of ``client.tags.update_tag_by_tag_id`` (see its docstring)."""
        from .update_tag_by_tag_id import asyncio

        return await asyncio(
            location_id=location_id,
            tag_id=tag_id,
            body=body,
            client=self._client,
            options=options,
        )
