"""``custom_fields``: the Custom Fields operations of Altegio's Business Management API as methods
(``client.custom_fields.<operation_id>(...)``; ``client.aio.custom_fields`` has the async forms). Each
is the module function ``altegio_b2b.api.custom_fields.<operation_id>.sync`` with the
client filled in: the same arguments, return type and errors."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..._runtime.options import RequestOptions
    from ...client import AltegioClient
    from ...models.create_custom_field_body import CreateCustomFieldBody
    from ...models.create_custom_field_response_200 import CreateCustomFieldResponse200
    from ...models.delete_custom_field_response_200_item import DeleteCustomFieldResponse200Item
    from ...models.get_custom_field_list_response_200_item import GetCustomFieldListResponse200Item
    from ...models.update_custom_field_body import UpdateCustomFieldBody
    from ...models.update_custom_field_response_202_item import UpdateCustomFieldResponse202Item


class CustomFields:
    """The Custom Fields operations as methods of ``client.custom_fields``."""

    __slots__ = ("_client",)

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<custom_fields: {len(self.__dir__())} operations of {self._client!r}>"

    def __dir__(self) -> list[str]:
        return [
            "create_custom_field",
            "delete_custom_field",
            "get_custom_field_list",
            "update_custom_field",
        ]

    def create_custom_field(
        self,
        field_category: str,
        location_id: int,
        *,
        body: CreateCustomFieldBody,
        options: RequestOptions | None = None,
    ) -> CreateCustomFieldResponse200 | None:
        """Adding a Custom Field

        To add a field, the user must be part of the **Chain associated with the location** and have the
        appropriate access rights in the following section: <br>**Settings → Access → Custom Fields → Create
        custom fields**

        POST /custom_fields/{field_category}/{location_id} (operation `create_custom_field` of the Business Management API); needs the partner and the user token.

        Args:
            field_category (str): Field category.<br>

                - For appointments - appointment

                - For clients - client <br>
            location_id (int): location ID
            body (CreateCustomFieldBody): Adding a Custom Field Example: {'type': 'text', 'code':
                'my_text_field', 'title': 'test field', 'user_can_edit': True, 'show_in_ui': True}.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            CreateCustomFieldResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.custom_fields.create_custom_field.sync``; ``client.aio`` has the async form.
        """

        from .create_custom_field import sync

        return sync(
            field_category=field_category,
            location_id=location_id,
            body=body,
            client=self._client,
            options=options,
        )

    def delete_custom_field(
        self,
        field_category: str,
        location_id: int,
        field_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[DeleteCustomFieldResponse200Item] | None:
        """Remove a Custom Field from a Location

        To remove a field, the user must be part of the **Chain associated with the location** and have the
        appropriate access rights in the following section: <br>**Settings → Access → Custom Fields → Remove
        custom fields**

        DELETE /custom_fields/{field_category}/{location_id}/{field_id} (operation `delete_custom_field` of the Business Management API); needs the partner and the user token.

        Args:
            field_category (str): Field category.<br>

                - For appointments - appointment

                - For clients - client <br>
            location_id (int): location ID
            field_id (int): field ID
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[DeleteCustomFieldResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.custom_fields.delete_custom_field.sync``; ``client.aio`` has the async form.
        """

        from .delete_custom_field import sync

        return sync(
            field_category=field_category,
            location_id=location_id,
            field_id=field_id,
            client=self._client,
            options=options,
        )

    def get_custom_field_list(
        self,
        field_category: str,
        location_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[GetCustomFieldListResponse200Item] | None:
        """Getting a collection of location fields

        GET /custom_fields/{field_category}/{location_id} (operation `get_custom_field_list` of the Business Management API); needs the partner and the user token.

        Args:
            field_category (str): Field category.<br>

                - For appointments - appointment

                - For clients - client <br>
            location_id (int): location ID
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[GetCustomFieldListResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.custom_fields.get_custom_field_list.sync``; ``client.aio`` has the async form.
        """

        from .get_custom_field_list import sync

        return sync(
            field_category=field_category,
            location_id=location_id,
            client=self._client,
            options=options,
        )

    def update_custom_field(
        self,
        field_category: str,
        location_id: int,
        field_id: int,
        *,
        body: UpdateCustomFieldBody,
        options: RequestOptions | None = None,
    ) -> list[UpdateCustomFieldResponse202Item] | None:
        """Update a Custom Field

        To update a field, the user must be part of the **Chain associated with the location** and have the
        appropriate access rights in the following section <br>**Settings → Access → Custom Fields → Modify
        custom fields**

        PUT /custom_fields/{field_category}/{location_id}/{field_id} (operation `update_custom_field` of the Business Management API); needs the partner and the user token.

        Args:
            field_category (str): Field category.<br>

                - For appointments - appointment

                - For clients - client <br>
            location_id (int): location ID
            field_id (int): field ID
            body (UpdateCustomFieldBody): Adding a Custom Field Example: {'type': 'text', 'code':
                'my_text_field', 'title': 'test field', 'user_can_edit': True, 'show_in_ui': True}.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[UpdateCustomFieldResponse202Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.custom_fields.update_custom_field.sync``; ``client.aio`` has the async form.
        """

        from .update_custom_field import sync

        return sync(
            field_category=field_category,
            location_id=location_id,
            field_id=field_id,
            body=body,
            client=self._client,
            options=options,
        )


class AsyncCustomFields:
    """The async forms: ``await client.aio.custom_fields.<operation_id>(...)``."""

    __slots__ = ("_client",)

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<aio.custom_fields: {len(self.__dir__())} operations of {self._client!r}>"

    def __dir__(self) -> list[str]:
        return [
            "create_custom_field",
            "delete_custom_field",
            "get_custom_field_list",
            "update_custom_field",
        ]

    async def create_custom_field(
        self,
        field_category: str,
        location_id: int,
        *,
        body: CreateCustomFieldBody,
        options: RequestOptions | None = None,
    ) -> CreateCustomFieldResponse200 | None:
        """The async form of ``client.custom_fields.create_custom_field`` (see its docstring)."""
        from .create_custom_field import asyncio

        return await asyncio(
            field_category=field_category,
            location_id=location_id,
            body=body,
            client=self._client,
            options=options,
        )

    async def delete_custom_field(
        self,
        field_category: str,
        location_id: int,
        field_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[DeleteCustomFieldResponse200Item] | None:
        """The async form of ``client.custom_fields.delete_custom_field`` (see its docstring)."""
        from .delete_custom_field import asyncio

        return await asyncio(
            field_category=field_category,
            location_id=location_id,
            field_id=field_id,
            client=self._client,
            options=options,
        )

    async def get_custom_field_list(
        self,
        field_category: str,
        location_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[GetCustomFieldListResponse200Item] | None:
        """The async form of ``client.custom_fields.get_custom_field_list`` (see its docstring)."""
        from .get_custom_field_list import asyncio

        return await asyncio(
            field_category=field_category,
            location_id=location_id,
            client=self._client,
            options=options,
        )

    async def update_custom_field(
        self,
        field_category: str,
        location_id: int,
        field_id: int,
        *,
        body: UpdateCustomFieldBody,
        options: RequestOptions | None = None,
    ) -> list[UpdateCustomFieldResponse202Item] | None:
        """The async form of ``client.custom_fields.update_custom_field`` (see its docstring)."""
        from .update_custom_field import asyncio

        return await asyncio(
            field_category=field_category,
            location_id=location_id,
            field_id=field_id,
            body=body,
            client=self._client,
            options=options,
        )
