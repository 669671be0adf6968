"""``utilities``: the Utilities operations of Altegio's Business Management API as methods
(``client.utilities.<operation_id>(...)``; ``client.aio.utilities`` has the async forms). Each
is the module function ``altegio_b2b.api.utilities.<operation_id>.sync`` with the
client filled in: the same arguments, return type and errors."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..._runtime.options import RequestOptions
    from ...client import AltegioClient
    from ...models.delete_image_body import DeleteImageBody
    from ...models.disable_team_member_tips_response_200_item import DisableTeamMemberTipsResponse200Item
    from ...models.enable_team_member_tips_response_200_item import EnableTeamMemberTipsResponse200Item
    from ...models.get_location_subscription_information_response_200 import (
        GetLocationSubscriptionInformationResponse200,
    )
    from ...models.get_team_member_tip_settings_response_200_item import GetTeamMemberTipSettingsResponse200Item
    from ...models.upload_image_body import UploadImageBody
    from ...models.upload_image_response_200 import UploadImageResponse200


class Utilities:
    """The Utilities operations as methods of ``client.utilities``."""

    __slots__ = ("_client",)

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<utilities: {len(self.__dir__())} operations of {self._client!r}>"

    def __dir__(self) -> list[str]:
        return [
            "delete_image",
            "disable_team_member_tips",
            "enable_team_member_tips",
            "get_location_subscription_information",
            "get_team_member_tip_settings",
            "phone_number_format_check",
            "upload_image",
        ]

    def delete_image(
        self,
        entity: str,
        *,
        body: DeleteImageBody,
        options: RequestOptions | None = None,
    ) -> Any:
        """Deleting images

        The response object has the following fields:

        | Field | Type | Description |
        | ------------- | ------------- | ------------- |
        | success | boolean | Deletion result |

        DELETE /images/{entity} (operation `delete_image` of the Business Management API); needs the partner and the user token.

        Args:
            entity (str): entity name (team_member for team members, service for services)
            body (DeleteImageBody):
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.utilities.delete_image.sync``; ``client.aio`` has the async form.
        """

        from .delete_image import sync

        return sync(
            entity=entity,
            body=body,
            client=self._client,
            options=options,
        )

    def disable_team_member_tips(
        self,
        location_id: int,
        master_tips_settings_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[DisableTeamMemberTipsResponse200Item] | None:
        """Disable Tips for the team member

        POST /tips/{location_id}/settings/{master_tips_settings_id}/disable (operation `disable_team_member_tips` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location id
            master_tips_settings_id (int): tip settings id
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[DisableTeamMemberTipsResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.utilities.disable_team_member_tips.sync``; ``client.aio`` has the async form.
        """

        from .disable_team_member_tips import sync

        return sync(
            location_id=location_id,
            master_tips_settings_id=master_tips_settings_id,
            client=self._client,
            options=options,
        )

    def enable_team_member_tips(
        self,
        location_id: int,
        master_tips_settings_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[EnableTeamMemberTipsResponse200Item] | None:
        """Enable Tips for the team member

        GET /tips/{location_id}/settings/{master_tips_settings_id}/enable (operation `enable_team_member_tips` of the Business Management API); needs the partner token.

        Args:
            location_id (int): location ID
            master_tips_settings_id (int): tip settings id
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[EnableTeamMemberTipsResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.utilities.enable_team_member_tips.sync``; ``client.aio`` has the async form.
        """

        from .enable_team_member_tips import sync

        return sync(
            location_id=location_id,
            master_tips_settings_id=master_tips_settings_id,
            client=self._client,
            options=options,
        )

    def get_location_subscription_information(
        self,
        location_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> GetLocationSubscriptionInformationResponse200 | None:
        """Retrieve location subscription information

        GET /license/{location_id} (operation `get_location_subscription_information` of the Business Management API); needs the partner token.

        Args:
            location_id (int): location ID
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            GetLocationSubscriptionInformationResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.utilities.get_location_subscription_information.sync``; ``client.aio`` has the async form.
        """

        from .get_location_subscription_information import sync

        return sync(
            location_id=location_id,
            client=self._client,
            options=options,
        )

    def get_team_member_tip_settings(
        self,
        location_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[GetTeamMemberTipSettingsResponse200Item] | None:
        """Get a list of location team members with their tip settings

        GET /tips/{location_id}/settings (operation `get_team_member_tip_settings` of the Business Management API); needs the partner token.

        Args:
            location_id (int): location ID
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[GetTeamMemberTipSettingsResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.utilities.get_team_member_tip_settings.sync``; ``client.aio`` has the async form.
        """

        from .get_team_member_tip_settings import sync

        return sync(
            location_id=location_id,
            client=self._client,
            options=options,
        )

    def phone_number_format_check(
        self,
        phone: str,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """Phone number format check

        The transferred phone number is checked for compliance with Altegio rules.

        GET /validation/validate_phone/{phone} (operation `phone_number_format_check` of the Business Management API); needs the partner token.

        Args:
            phone (str): Checked phone number
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.utilities.phone_number_format_check.sync``; ``client.aio`` has the async form.
        """

        from .phone_number_format_check import sync

        return sync(
            phone=phone,
            client=self._client,
            options=options,
        )

    def upload_image(
        self,
        entity: str,
        *,
        body: UploadImageBody,
        options: RequestOptions | None = None,
    ) -> UploadImageResponse200 | None:
        """Image upload

        The response object has the following fields:

        | Field | Type | Description |
        | ------------- | ------------- | ------------- |
        | image_binded | boolean | Status of linking images to an entity |
        | image_group | object | Image group object |

        POST /images/{entity} (operation `upload_image` of the Business Management API); needs the partner and the user token.

        Args:
            entity (str): entity name (team_member for team members, service for services)
            body (UploadImageBody):
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            UploadImageResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.utilities.upload_image.sync``; ``client.aio`` has the async form.
        """

        from .upload_image import sync

        return sync(
            entity=entity,
            body=body,
            client=self._client,
            options=options,
        )


class AsyncUtilities:
    """The async forms: ``await client.aio.utilities.<operation_id>(...)``."""

    __slots__ = ("_client",)

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<aio.utilities: {len(self.__dir__())} operations of {self._client!r}>"

    def __dir__(self) -> list[str]:
        return [
            "delete_image",
            "disable_team_member_tips",
            "enable_team_member_tips",
            "get_location_subscription_information",
            "get_team_member_tip_settings",
            "phone_number_format_check",
            "upload_image",
        ]

    async def delete_image(
        self,
        entity: str,
        *,
        body: DeleteImageBody,
        options: RequestOptions | None = None,
    ) -> Any:
        """The async form of ``client.utilities.delete_image`` (see its docstring)."""
        from .delete_image import asyncio

        return await asyncio(
            entity=entity,
            body=body,
            client=self._client,
            options=options,
        )

    async def disable_team_member_tips(
        self,
        location_id: int,
        master_tips_settings_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[DisableTeamMemberTipsResponse200Item] | None:
        """The async form of ``client.utilities.disable_team_member_tips`` (see its docstring)."""
        from .disable_team_member_tips import asyncio

        return await asyncio(
            location_id=location_id,
            master_tips_settings_id=master_tips_settings_id,
            client=self._client,
            options=options,
        )

    async def enable_team_member_tips(
        self,
        location_id: int,
        master_tips_settings_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[EnableTeamMemberTipsResponse200Item] | None:
        """The async form of ``client.utilities.enable_team_member_tips`` (see its docstring)."""
        from .enable_team_member_tips import asyncio

        return await asyncio(
            location_id=location_id,
            master_tips_settings_id=master_tips_settings_id,
            client=self._client,
            options=options,
        )

    async def get_location_subscription_information(
        self,
        location_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> GetLocationSubscriptionInformationResponse200 | None:
        """The async form of ``client.utilities.get_location_subscription_information`` (see its docstring)."""
        from .get_location_subscription_information import asyncio

        return await asyncio(
            location_id=location_id,
            client=self._client,
            options=options,
        )

    async def get_team_member_tip_settings(
        self,
        location_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[GetTeamMemberTipSettingsResponse200Item] | None:
        """The async form of ``client.utilities.get_team_member_tip_settings`` (see its docstring)."""
        from .get_team_member_tip_settings import asyncio

        return await asyncio(
            location_id=location_id,
            client=self._client,
            options=options,
        )

    async def phone_number_format_check(
        self,
        phone: str,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """The async form of ``client.utilities.phone_number_format_check`` (see its docstring)."""
        from .phone_number_format_check import asyncio

        return await asyncio(
            phone=phone,
            client=self._client,
            options=options,
        )

    async def upload_image(
        self,
        entity: str,
        *,
        body: UploadImageBody,
        options: RequestOptions | None = None,
    ) -> UploadImageResponse200 | None:
        """The async form of ``client.utilities.upload_image`` (see its docstring)."""
        from .upload_image import asyncio

        return await asyncio(
            entity=entity,
            body=body,
            client=self._client,
            options=options,
        )
