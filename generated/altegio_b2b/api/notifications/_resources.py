"""``notifications``: the Notifications operations of Altegio's Business Management API as methods
(``client.notifications.<operation_id>(...)``; ``client.aio.notifications`` has the async forms). Each
is the module function ``altegio_b2b.api.notifications.<operation_id>.sync`` with the
client filled in: the same arguments, return type and errors."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ..._runtime.options import RequestOptions
    from ...client import AltegioClient
    from ...models.get_location_notification_settings_response_200_item import (
        GetLocationNotificationSettingsResponse200Item,
    )
    from ...models.get_message_status_list_body_item import GetMessageStatusListBodyItem
    from ...models.get_user_notification_settings_response_200 import GetUserNotificationSettingsResponse200
    from ...models.send_email_campaign_to_filtered_clients_body import SendEmailCampaignToFilteredClientsBody
    from ...models.send_email_newsletter_to_clients_body import SendEmailNewsletterToClientsBody
    from ...models.send_sms_campaign_to_filtered_clients_body import SendSmsCampaignToFilteredClientsBody
    from ...models.send_sms_to_clients_body import SendSmsToClientsBody
    from ...models.update_user_notification_settings_body import UpdateUserNotificationSettingsBody
    from ...models.update_user_notification_settings_response_200 import UpdateUserNotificationSettingsResponse200


class Notifications:
    """The Notifications operations as methods of ``client.notifications``."""

    __slots__ = ("_client",)

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<notifications: {len(self.__dir__())} operations of {self._client!r}>"

    def __dir__(self) -> list[str]:
        return [
            "get_location_notification_settings",
            "get_message_status_list",
            "get_user_notification_settings",
            "send_email_campaign_to_filtered_clients",
            "send_email_newsletter_to_clients",
            "send_sms_campaign_to_filtered_clients",
            "send_sms_to_clients",
            "update_user_notification_settings",
        ]

    def get_location_notification_settings(
        self,
        location_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[GetLocationNotificationSettingsResponse200Item] | None:
        """Get notification settings in a location

        The method allows you to get notification settings in a location.

        GET /notification_settings/{location_id}/notification_types (operation `get_location_notification_settings` of the Business Management API); needs the partner and the user token.

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
            list[GetLocationNotificationSettingsResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.notifications.get_location_notification_settings.sync``; ``client.aio`` has the async form.
        """

        from .get_location_notification_settings import sync

        return sync(
            location_id=location_id,
            client=self._client,
            options=options,
        )

    def get_message_status_list(
        self,
        *,
        body: list[GetMessageStatusListBodyItem],
        options: RequestOptions | None = None,
    ) -> Any:
        """Getting Message Statuses

        ### Get message statuses
        | Number | Title |
        | ------------- | ------------- |
        | 1 | Delivered |
        | 2 | Not delivered |
        | 4 | Sent to phone |
        | 8 | Transferred to the operator |
        | 16 | Rejected by operator |
        | 52 | Not enough funds |

        In the event of an error, the corresponding HTTP status code is returned. In some cases, a
        descriptive error message is also included in the response.
        The following error codes may be returned by all API methods:

        | error code | Http status code | Title | Description |
        | ------------- | ------------- | ------------- | ------------- |
        | 5 | 400 | ENTITY_VALIDATION_ERROR | The request body did not pass validation |
        | 10 | 400 | FIELD_VALIDATION_ERROR | Parameter not validated |
        | 15 | 403 | ACCESS_FORBIDDEN | The action is not available, the application does not have the
        required permissions. |
        | 20 | 401 | INVALID_PARTNER_TOKEN | partner_token missing or invalid |
        | 30 | 404 | RESOURCE_NOT_FOUND | The resource at the requested path does not exist |

        When sending SMS, the delivery_callback_url attribute is passed in the request - this is the url to
        which message statuses should be sent.

        Use it to send message statuses. Url to which message statuses should be sent -
        https://app.alteg.io/smsprovider/status/callback/{partner_token}

        POST /delivery/status (operation `get_message_status_list` of the Business Management API); needs the partner and the user token.

        Args:
            body (list[GetMessageStatusListBodyItem]): Getting message statuses Example: [{'id':
                '232674', 'status': 1, 'payment_sum': 0.045, 'currency_iso': 'EUR', 'parts_amount': 2}].
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.notifications.get_message_status_list.sync``; ``client.aio`` has the async form.
        """

        from .get_message_status_list import sync

        return sync(
            body=body,
            client=self._client,
            options=options,
        )

    def get_user_notification_settings(
        self,
        location_id: int,
        user_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> GetUserNotificationSettingsResponse200 | None:
        """Get User Notification Settings

        The method allows you to get notification settings for a particular location user.

        GET /notification_settings/{location_id}/users/{user_id} (operation `get_user_notification_settings` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            user_id (int): User ID
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            GetUserNotificationSettingsResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.notifications.get_user_notification_settings.sync``; ``client.aio`` has the async form.
        """

        from .get_user_notification_settings import sync

        return sync(
            location_id=location_id,
            user_id=user_id,
            client=self._client,
            options=options,
        )

    def send_email_campaign_to_filtered_clients(
        self,
        location_id: int,
        *,
        body: SendEmailCampaignToFilteredClientsBody,
        fullname: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        email: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> str | None:
        """Send email campaigns for clients matching the filters

        The object for creating an Email campaign has the following fields:

        | Field | Type | Description |
        | ------------- | ------------- | ------------- |
        | text | string | Text Email Message |
        | subject | string | Email Subject |

        #### Client filtering
        + fullname:'Joh' (optional, string) - Name (part of name) to filter clients
        + phone:'1315' (optional, string) - Phone (part of the number) to filter clients
        + email:'test@' (optional, string) - Email (part) for client filtering
        + card:'5663rt' (optional, string) - Card (part) to filter customers by loyalty card number

        Attention: If there are no filters, email distribution will go to the entire database!

        POST /email/clients/by_filter/{location_id} (operation `send_email_campaign_to_filtered_clients` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            fullname (str | Unset): Name (part of the name) for client filtering
            phone (str | Unset): Phone (part of the number) for customer filtering
            email (str | Unset): Email (part) for customer filtering
            body (SendEmailCampaignToFilteredClientsBody): Send email campaigns for clients matching
                the filters Example: {'subject': 'Important!', 'text': 'Dear clients, we congratulate you
                on being our clients! You are very lucky!'}.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            str | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.notifications.send_email_campaign_to_filtered_clients.sync``; ``client.aio`` has the async form.
        """

        from .send_email_campaign_to_filtered_clients import sync

        return sync(
            location_id=location_id,
            body=body,
            fullname=fullname,
            phone=phone,
            email=email,
            client=self._client,
            options=options,
        )

    def send_email_newsletter_to_clients(
        self,
        location_id: int,
        *,
        body: SendEmailNewsletterToClientsBody,
        options: RequestOptions | None = None,
    ) -> str | None:
        """Send Email newsletter according to the list of clients

        The object for creating an Email campaign has the following fields:

        | Field | Type | Description |
        | ------------- | ------------- | ------------- |
        | client_ids | array of numbers | Array of client IDs |
        | text | string | Text Email Message |
        | subject | string | Email Subject |

        POST /email/clients/by_id/{location_id} (operation `send_email_newsletter_to_clients` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            body (SendEmailNewsletterToClientsBody): Send Email newsletter according to the list of
                clients Example: {'client_ids': [1, 2, 3, 4, 5], 'subject': 'Important!', 'text': 'Dear
                clients, we congratulate you on being our clients! You are very lucky!'}.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            str | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.notifications.send_email_newsletter_to_clients.sync``; ``client.aio`` has the async form.
        """

        from .send_email_newsletter_to_clients import sync

        return sync(
            location_id=location_id,
            body=body,
            client=self._client,
            options=options,
        )

    def send_sms_campaign_to_filtered_clients(
        self,
        location_id: int,
        *,
        body: SendSmsCampaignToFilteredClientsBody,
        fullname: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        email: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> str | None:
        """Send SMS campaigns to customers matching the filters

        The object for creating SMS mailing has the following fields:

        | Field | Type | Description |
        | ------------- | ------------- | ------------- |
        | text | string | SMS text message |

        #### Client filtering
        + fullname:'Joh' (optional, string) - Name (part of name) to filter clients
        + phone:'1315' (optional, string) - Phone (part of the number) to filter clients
        + email:'test@' (optional, string) - Email (part) for client filtering
        + card:'5663rt' (optional, string) - Card (part) to filter customers by loyalty card number

        Attention: If there are no filters, SMS mailing will go to the entire database!

        POST /sms/clients/by_filter/{location_id} (operation `send_sms_campaign_to_filtered_clients` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            fullname (str | Unset): Name (part of the name) for client filtering
            phone (str | Unset): Phone (part of the number) for customer filtering
            email (str | Unset): Email (part) for customer filtering
            body (SendSmsCampaignToFilteredClientsBody): Send SMS campaigns to customers matching the
                filters Example: {'text': 'Dear clients, we congratulate you on being our clients! You are
                very lucky!'}.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            str | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.notifications.send_sms_campaign_to_filtered_clients.sync``; ``client.aio`` has the async form.
        """

        from .send_sms_campaign_to_filtered_clients import sync

        return sync(
            location_id=location_id,
            body=body,
            fullname=fullname,
            phone=phone,
            email=email,
            client=self._client,
            options=options,
        )

    def send_sms_to_clients(
        self,
        location_id: int,
        *,
        body: SendSmsToClientsBody,
        options: RequestOptions | None = None,
    ) -> str | None:
        """Send SMS to the list of clients

        The object for creating SMS mailing has the following fields:

        | Field | Type | Description |
        | ------------- | ------------- | ------------- |
        | client_ids | array of numbers | Array of client IDs |
        | text | string | SMS text message |

        POST /sms/clients/by_id/{location_id} (operation `send_sms_to_clients` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            body (SendSmsToClientsBody): Send SMS to the list of clients Example: {'client_ids': [1,
                2, 3, 4, 5], 'text': 'Dear clients, we congratulate you on being our clients! You are very
                lucky!'}.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            str | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.notifications.send_sms_to_clients.sync``; ``client.aio`` has the async form.
        """

        from .send_sms_to_clients import sync

        return sync(
            location_id=location_id,
            body=body,
            client=self._client,
            options=options,
        )

    def update_user_notification_settings(
        self,
        location_id: int,
        user_id: int,
        *,
        body: UpdateUserNotificationSettingsBody,
        options: RequestOptions | None = None,
    ) -> UpdateUserNotificationSettingsResponse200 | None:
        """Change User Push Notification Settings

        The method allows you to change the user's PUSH notification settings.
        The type of notification to be changed (record_create_online_staff or record_create_online_admin,
        etc.) should be selected based on the type of notification specified by the user (mode: admin or
        mode: team_member). Note: 'staff' in notification type names is a legacy term for team member.

        POST /notification_settings/{location_id}/users/{user_id} (operation `update_user_notification_settings` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            user_id (int): User ID
            body (UpdateUserNotificationSettingsBody): Change User Push Notification Settings Example:
                {'notification_types': [{'type': 'record_create_online_admin', 'channels': {'push': 1}},
                {'type': 'record_create_offline_admin', 'channels': {'push': 1}}, {'type':
                'record_delete_admin', 'channels': {'push': 1}}, {'type': 'record_move_admin', 'channels':
                {'push': 1}}, {'type': 'license_expire', 'channels': {'push': 1}}]}.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            UpdateUserNotificationSettingsResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.notifications.update_user_notification_settings.sync``; ``client.aio`` has the async form.
        """

        from .update_user_notification_settings import sync

        return sync(
            location_id=location_id,
            user_id=user_id,
            body=body,
            client=self._client,
            options=options,
        )


class AsyncNotifications:
    """The async forms: ``await client.aio.notifications.<operation_id>(...)``."""

    __slots__ = ("_client",)

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<aio.notifications: {len(self.__dir__())} operations of {self._client!r}>"

    def __dir__(self) -> list[str]:
        return [
            "get_location_notification_settings",
            "get_message_status_list",
            "get_user_notification_settings",
            "send_email_campaign_to_filtered_clients",
            "send_email_newsletter_to_clients",
            "send_sms_campaign_to_filtered_clients",
            "send_sms_to_clients",
            "update_user_notification_settings",
        ]

    async def get_location_notification_settings(
        self,
        location_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[GetLocationNotificationSettingsResponse200Item] | None:
        """The async form of ``client.notifications.get_location_notification_settings`` (see its docstring)."""
        from .get_location_notification_settings import asyncio

        return await asyncio(
            location_id=location_id,
            client=self._client,
            options=options,
        )

    async def get_message_status_list(
        self,
        *,
        body: list[GetMessageStatusListBodyItem],
        options: RequestOptions | None = None,
    ) -> Any:
        """The async form of ``client.notifications.get_message_status_list`` (see its docstring)."""
        from .get_message_status_list import asyncio

        return await asyncio(
            body=body,
            client=self._client,
            options=options,
        )

    async def get_user_notification_settings(
        self,
        location_id: int,
        user_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> GetUserNotificationSettingsResponse200 | None:
        """The async form of ``client.notifications.get_user_notification_settings`` (see its docstring)."""
        from .get_user_notification_settings import asyncio

        return await asyncio(
            location_id=location_id,
            user_id=user_id,
            client=self._client,
            options=options,
        )

    async def send_email_campaign_to_filtered_clients(
        self,
        location_id: int,
        *,
        body: SendEmailCampaignToFilteredClientsBody,
        fullname: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        email: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> str | None:
        """The async form of ``client.notifications.send_email_campaign_to_filtered_clients`` (see its docstring)."""
        from .send_email_campaign_to_filtered_clients import asyncio

        return await asyncio(
            location_id=location_id,
            body=body,
            fullname=fullname,
            phone=phone,
            email=email,
            client=self._client,
            options=options,
        )

    async def send_email_newsletter_to_clients(
        self,
        location_id: int,
        *,
        body: SendEmailNewsletterToClientsBody,
        options: RequestOptions | None = None,
    ) -> str | None:
        """The async form of ``client.notifications.send_email_newsletter_to_clients`` (see its docstring)."""
        from .send_email_newsletter_to_clients import asyncio

        return await asyncio(
            location_id=location_id,
            body=body,
            client=self._client,
            options=options,
        )

    async def send_sms_campaign_to_filtered_clients(
        self,
        location_id: int,
        *,
        body: SendSmsCampaignToFilteredClientsBody,
        fullname: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        email: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> str | None:
        """The async form of ``client.notifications.send_sms_campaign_to_filtered_clients`` (see its docstring)."""
        from .send_sms_campaign_to_filtered_clients import asyncio

        return await asyncio(
            location_id=location_id,
            body=body,
            fullname=fullname,
            phone=phone,
            email=email,
            client=self._client,
            options=options,
        )

    async def send_sms_to_clients(
        self,
        location_id: int,
        *,
        body: SendSmsToClientsBody,
        options: RequestOptions | None = None,
    ) -> str | None:
        """The async form of ``client.notifications.send_sms_to_clients`` (see its docstring)."""
        from .send_sms_to_clients import asyncio

        return await asyncio(
            location_id=location_id,
            body=body,
            client=self._client,
            options=options,
        )

    async def update_user_notification_settings(
        self,
        location_id: int,
        user_id: int,
        *,
        body: UpdateUserNotificationSettingsBody,
        options: RequestOptions | None = None,
    ) -> UpdateUserNotificationSettingsResponse200 | None:
        """The async form of ``client.notifications.update_user_notification_settings`` (see its docstring)."""
        from .update_user_notification_settings import asyncio

        return await asyncio(
            location_id=location_id,
            user_id=user_id,
            body=body,
            client=self._client,
            options=options,
        )
