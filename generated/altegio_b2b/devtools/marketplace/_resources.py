"""``devtools.marketplace``: the Marketplace operations of Altegio's Developer Tools API as methods
(``client.devtools.marketplace.<operation_id>(...)``; ``client.aio.devtools.marketplace`` has the async forms). Each
is the module function ``altegio_b2b.devtools.marketplace.<operation_id>.sync`` with the
client filled in: the same arguments, return type and errors."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ..._runtime.options import RequestOptions
    from ...client import AltegioClient
    from ...models.get_marketplace_integration_status_response_200 import GetMarketplaceIntegrationStatusResponse200
    from ...models.list_marketplace_app_locations_response_200_item import ListMarketplaceAppLocationsResponse200Item
    from ...models.marketplace_notification_payment_callback_body import MarketplaceNotificationPaymentCallbackBody
    from ...models.marketplace_notification_payment_callback_response_200 import (
        MarketplaceNotificationPaymentCallbackResponse200,
    )
    from ...models.marketplace_notification_settings_callback_body import MarketplaceNotificationSettingsCallbackBody
    from ...models.marketplace_notification_settings_redirect_callback_body import (
        MarketplaceNotificationSettingsRedirectCallbackBody,
    )
    from ...models.marketplace_notification_settings_redirect_callback_response_200 import (
        MarketplaceNotificationSettingsRedirectCallbackResponse200,
    )
    from ...models.marketplace_partner_application_add_discount_body import MarketplacePartnerApplicationAddDiscountBody
    from ...models.marketplace_partner_application_add_discount_response_200 import (
        MarketplacePartnerApplicationAddDiscountResponse200,
    )
    from ...models.marketplace_partner_application_payment_link_response_200 import (
        MarketplacePartnerApplicationPaymentLinkResponse200,
    )
    from ...models.marketplace_partner_applications_tariffs_list_response_200_item import (
        MarketplacePartnerApplicationsTariffsListResponse200Item,
    )
    from ...models.marketplace_partner_applications_update_channel_body import (
        MarketplacePartnerApplicationsUpdateChannelBody,
    )
    from ...models.marketplace_partner_applications_update_channel_response_200 import (
        MarketplacePartnerApplicationsUpdateChannelResponse200,
    )
    from ...models.set_marketplace_notification_short_names_body import SetMarketplaceNotificationShortNamesBody
    from ...models.uninstall_marketplace_app_response_200_type_0 import UninstallMarketplaceAppResponse200Type0


class Marketplace:
    """The Marketplace operations as methods of ``client.devtools.marketplace``."""

    __slots__ = ("_client",)

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<devtools.marketplace: {len(self.__dir__())} operations of {self._client!r}>"

    def __dir__(self) -> list[str]:
        return [
            "get_marketplace_integration_status",
            "list_marketplace_app_locations",
            "marketplace_notification_payment_callback",
            "marketplace_notification_settings_callback",
            "marketplace_notification_settings_redirect_callback",
            "marketplace_partner_application_add_discount",
            "marketplace_partner_application_payment_link",
            "marketplace_partner_applications_tariffs_list",
            "marketplace_partner_applications_update_channel",
            "marketplace_payment_refund_callback",
            "set_marketplace_notification_short_names",
            "uninstall_marketplace_app",
        ]

    def get_marketplace_integration_status(
        self,
        location_id: int,
        application_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> GetMarketplaceIntegrationStatusResponse200 | None:
        """Application Status Data for Any Location

        This endpoint is used to retrieve information about the application's installation status in a
        specific location.

        GET /marketplace/salon/{location_id}/application/{application_id} (operation `get_marketplace_integration_status` of the Developer Tools API); needs the partner token.

        Args:
            location_id (int): Location ID
            application_id (int): Application ID
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            GetMarketplaceIntegrationStatusResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.devtools.marketplace.get_marketplace_integration_status.sync``; ``client.aio`` has the async form.
        """

        from .get_marketplace_integration_status import sync

        return sync(
            location_id=location_id,
            application_id=application_id,
            client=self._client,
            options=options,
        )

    def list_marketplace_app_locations(
        self,
        application_id: int,
        *,
        page: int,
        count: int,
        options: RequestOptions | None = None,
    ) -> list[ListMarketplaceAppLocationsResponse200Item] | None:
        """Data About Locations Connected to the Application

        This endpoint retrieves a list of locations that have connected a specific application, along with
        detailed information about each.

        GET /marketplace/application/{application_id}/salons (operation `list_marketplace_app_locations` of the Developer Tools API); needs the partner token.

        Args:
            application_id (int): Application ID
            page (int): Page number
            count (int): Number of elements per page
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[ListMarketplaceAppLocationsResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.devtools.marketplace.list_marketplace_app_locations.sync``; ``client.aio`` has the async form.
        """

        from .list_marketplace_app_locations import sync

        return sync(
            application_id=application_id,
            page=page,
            count=count,
            client=self._client,
            options=options,
        )

    def marketplace_notification_payment_callback(
        self,
        *,
        body: MarketplaceNotificationPaymentCallbackBody | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> MarketplaceNotificationPaymentCallbackResponse200 | None:
        """Notify Altegio of Successful Payment

        A webhook notification must be sent to this address to inform Altegio of a successful payment made
        on the partner service’s side.

        POST /marketplace/partner/payment (operation `marketplace_notification_payment_callback` of the Developer Tools API); needs the partner token.

        Args:
            body (MarketplaceNotificationPaymentCallbackBody | Unset):
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            MarketplaceNotificationPaymentCallbackResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.devtools.marketplace.marketplace_notification_payment_callback.sync``; ``client.aio`` has the async form.
        """

        from .marketplace_notification_payment_callback import sync

        return sync(
            body=body,
            client=self._client,
            options=options,
        )

    def marketplace_notification_settings_callback(
        self,
        *,
        body: MarketplaceNotificationSettingsCallbackBody | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """Application Installation for a Location

        The integration settings of the partner service must be sent to this address. Once received, the
        application will be configured and installed for the corresponding location.

        POST /marketplace/partner/callback (operation `marketplace_notification_settings_callback` of the Developer Tools API); needs the partner token.

        Args:
            body (MarketplaceNotificationSettingsCallbackBody | Unset):
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.devtools.marketplace.marketplace_notification_settings_callback.sync``; ``client.aio`` has the async form.
        """

        from .marketplace_notification_settings_callback import sync

        return sync(
            body=body,
            client=self._client,
            options=options,
        )

    def marketplace_notification_settings_redirect_callback(
        self,
        *,
        body: MarketplaceNotificationSettingsRedirectCallbackBody | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> MarketplaceNotificationSettingsRedirectCallbackResponse200 | None:
        """Redirect URL after user registration with the partner service

        After completing registration, the user must be redirected to this URL in the browser, along with
        any required data needed by the partner service.

        POST /marketplace/partner/callback/redirect (operation `marketplace_notification_settings_redirect_callback` of the Developer Tools API); needs the partner token.

        Args:
            body (MarketplaceNotificationSettingsRedirectCallbackBody | Unset):
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            MarketplaceNotificationSettingsRedirectCallbackResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.devtools.marketplace.marketplace_notification_settings_redirect_callback.sync``; ``client.aio`` has the async form.
        """

        from .marketplace_notification_settings_redirect_callback import sync

        return sync(
            body=body,
            client=self._client,
            options=options,
        )

    def marketplace_partner_application_add_discount(
        self,
        *,
        body: MarketplacePartnerApplicationAddDiscountBody,
        options: RequestOptions | None = None,
    ) -> MarketplacePartnerApplicationAddDiscountResponse200 | None:
        """Set payment discount for locations

        Sets a payment discount for specific locations when they pay through Altegio platform.

        **Note:** This endpoint is intended for marketplace partners only.
        Requires marketplace partner authorization.

        POST /marketplace/application/add_discount (operation `marketplace_partner_application_add_discount` of the Developer Tools API); needs the partner token.

        Args:
            body (MarketplacePartnerApplicationAddDiscountBody):
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            MarketplacePartnerApplicationAddDiscountResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.devtools.marketplace.marketplace_partner_application_add_discount.sync``; ``client.aio`` has the async form.
        """

        from .marketplace_partner_application_add_discount import sync

        return sync(
            body=body,
            client=self._client,
            options=options,
        )

    def marketplace_partner_application_payment_link(
        self,
        *,
        salon_id: int,
        application_id: int,
        discount: float | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> MarketplacePartnerApplicationPaymentLinkResponse200 | None:
        """Generate payment link

        Generates a payment link for application payment through Altegio platform.

        **Note:** For marketplace partners only.

        GET /marketplace/application/payment_link (operation `marketplace_partner_application_payment_link` of the Developer Tools API); needs the partner token.

        Args:
            salon_id (int): Location ID
            application_id (int): Application ID
            discount (float | Unset): Discount percentage (optional)
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            MarketplacePartnerApplicationPaymentLinkResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.devtools.marketplace.marketplace_partner_application_payment_link.sync``; ``client.aio`` has the async form.
        """

        from .marketplace_partner_application_payment_link import sync

        return sync(
            salon_id=salon_id,
            application_id=application_id,
            discount=discount,
            client=self._client,
            options=options,
        )

    def marketplace_partner_applications_tariffs_list(
        self,
        application_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[MarketplacePartnerApplicationsTariffsListResponse200Item] | None:
        """Get application tariffs

        Retrieves list of tariffs for the application.

        **Note:** For marketplace partners only.

        GET /marketplace/application/{application_id}/tariffs (operation `marketplace_partner_applications_tariffs_list` of the Developer Tools API); needs the partner token.

        Args:
            application_id (int): Application ID
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[MarketplacePartnerApplicationsTariffsListResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.devtools.marketplace.marketplace_partner_applications_tariffs_list.sync``; ``client.aio`` has the async form.
        """

        from .marketplace_partner_applications_tariffs_list import sync

        return sync(
            application_id=application_id,
            client=self._client,
            options=options,
        )

    def marketplace_partner_applications_update_channel(
        self,
        *,
        body: MarketplacePartnerApplicationsUpdateChannelBody,
        options: RequestOptions | None = None,
    ) -> MarketplacePartnerApplicationsUpdateChannelResponse200 | None:
        """Update notification channel availability

        Updates available notification channels for the application.

        **Note:** Only for Chat Bots and SMS Aggregators category applications.
        For marketplace partners only.

        POST /marketplace/application/update_channel (operation `marketplace_partner_applications_update_channel` of the Developer Tools API); needs the partner token.

        Args:
            body (MarketplacePartnerApplicationsUpdateChannelBody):
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            MarketplacePartnerApplicationsUpdateChannelResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.devtools.marketplace.marketplace_partner_applications_update_channel.sync``; ``client.aio`` has the async form.
        """

        from .marketplace_partner_applications_update_channel import sync

        return sync(
            body=body,
            client=self._client,
            options=options,
        )

    def marketplace_payment_refund_callback(
        self,
        payment_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """Chargeback Notice

        Chargeback Notice

        POST /marketplace/partner/payment/refund/{payment_id} (operation `marketplace_payment_refund_callback` of the Developer Tools API); needs the partner token.

        Args:
            payment_id (int): Payment ID.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.devtools.marketplace.marketplace_payment_refund_callback.sync``; ``client.aio`` has the async form.
        """

        from .marketplace_payment_refund_callback import sync

        return sync(
            payment_id=payment_id,
            client=self._client,
            options=options,
        )

    def set_marketplace_notification_short_names(
        self,
        *,
        body: SetMarketplaceNotificationShortNamesBody | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """Notify Altegio of Available SMS Sender Names

        This endpoint is used to send the list of SMS sender names available to the user. The user will be
        able to choose from any of the provided sender names.

        POST /marketplace/partner/short_names (operation `set_marketplace_notification_short_names` of the Developer Tools API); needs the partner token.

        Args:
            body (SetMarketplaceNotificationShortNamesBody | Unset):
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.devtools.marketplace.set_marketplace_notification_short_names.sync``; ``client.aio`` has the async form.
        """

        from .set_marketplace_notification_short_names import sync

        return sync(
            body=body,
            client=self._client,
            options=options,
        )

    def uninstall_marketplace_app(
        self,
        location_id: int,
        application_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> None | UninstallMarketplaceAppResponse200Type0 | None:
        """Application Uninstall

        This endpoint is used by the partner service to uninstall the application from a specific location.

        POST /marketplace/salon/{location_id}/application/{application_id}/uninstall (operation `uninstall_marketplace_app` of the Developer Tools API); needs the partner token.

        Args:
            location_id (int): Location ID
            application_id (int): Application ID
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            None | UninstallMarketplaceAppResponse200Type0 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.devtools.marketplace.uninstall_marketplace_app.sync``; ``client.aio`` has the async form.
        """

        from .uninstall_marketplace_app import sync

        return sync(
            location_id=location_id,
            application_id=application_id,
            client=self._client,
            options=options,
        )


class AsyncMarketplace:
    """The async forms: ``await client.aio.devtools.marketplace.<operation_id>(...)``."""

    __slots__ = ("_client",)

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<aio.devtools.marketplace: {len(self.__dir__())} operations of {self._client!r}>"

    def __dir__(self) -> list[str]:
        return [
            "get_marketplace_integration_status",
            "list_marketplace_app_locations",
            "marketplace_notification_payment_callback",
            "marketplace_notification_settings_callback",
            "marketplace_notification_settings_redirect_callback",
            "marketplace_partner_application_add_discount",
            "marketplace_partner_application_payment_link",
            "marketplace_partner_applications_tariffs_list",
            "marketplace_partner_applications_update_channel",
            "marketplace_payment_refund_callback",
            "set_marketplace_notification_short_names",
            "uninstall_marketplace_app",
        ]

    async def get_marketplace_integration_status(
        self,
        location_id: int,
        application_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> GetMarketplaceIntegrationStatusResponse200 | None:
        """The async form of ``client.devtools.marketplace.get_marketplace_integration_status`` (see its docstring)."""
        from .get_marketplace_integration_status import asyncio

        return await asyncio(
            location_id=location_id,
            application_id=application_id,
            client=self._client,
            options=options,
        )

    async def list_marketplace_app_locations(
        self,
        application_id: int,
        *,
        page: int,
        count: int,
        options: RequestOptions | None = None,
    ) -> list[ListMarketplaceAppLocationsResponse200Item] | None:
        """The async form of ``client.devtools.marketplace.list_marketplace_app_locations`` (see its docstring)."""
        from .list_marketplace_app_locations import asyncio

        return await asyncio(
            application_id=application_id,
            page=page,
            count=count,
            client=self._client,
            options=options,
        )

    async def marketplace_notification_payment_callback(
        self,
        *,
        body: MarketplaceNotificationPaymentCallbackBody | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> MarketplaceNotificationPaymentCallbackResponse200 | None:
        """The async form of ``client.devtools.marketplace.marketplace_notification_payment_callback`` (see its docstring)."""
        from .marketplace_notification_payment_callback import asyncio

        return await asyncio(
            body=body,
            client=self._client,
            options=options,
        )

    async def marketplace_notification_settings_callback(
        self,
        *,
        body: MarketplaceNotificationSettingsCallbackBody | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """The async form of ``client.devtools.marketplace.marketplace_notification_settings_callback`` (see its docstring)."""
        from .marketplace_notification_settings_callback import asyncio

        return await asyncio(
            body=body,
            client=self._client,
            options=options,
        )

    async def marketplace_notification_settings_redirect_callback(
        self,
        *,
        body: MarketplaceNotificationSettingsRedirectCallbackBody | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> MarketplaceNotificationSettingsRedirectCallbackResponse200 | None:
        """The async form of ``client.devtools.marketplace.marketplace_notification_settings_redirect_callback`` (see its docstring)."""
        from .marketplace_notification_settings_redirect_callback import asyncio

        return await asyncio(
            body=body,
            client=self._client,
            options=options,
        )

    async def marketplace_partner_application_add_discount(
        self,
        *,
        body: MarketplacePartnerApplicationAddDiscountBody,
        options: RequestOptions | None = None,
    ) -> MarketplacePartnerApplicationAddDiscountResponse200 | None:
        """The async form of ``client.devtools.marketplace.marketplace_partner_application_add_discount`` (see its docstring)."""
        from .marketplace_partner_application_add_discount import asyncio

        return await asyncio(
            body=body,
            client=self._client,
            options=options,
        )

    async def marketplace_partner_application_payment_link(
        self,
        *,
        salon_id: int,
        application_id: int,
        discount: float | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> MarketplacePartnerApplicationPaymentLinkResponse200 | None:
        """The async form of ``client.devtools.marketplace.marketplace_partner_application_payment_link`` (see its docstring)."""
        from .marketplace_partner_application_payment_link import asyncio

        return await asyncio(
            salon_id=salon_id,
            application_id=application_id,
            discount=discount,
            client=self._client,
            options=options,
        )

    async def marketplace_partner_applications_tariffs_list(
        self,
        application_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[MarketplacePartnerApplicationsTariffsListResponse200Item] | None:
        """The async form of ``client.devtools.marketplace.marketplace_partner_applications_tariffs_list`` (see its docstring)."""
        from .marketplace_partner_applications_tariffs_list import asyncio

        return await asyncio(
            application_id=application_id,
            client=self._client,
            options=options,
        )

    async def marketplace_partner_applications_update_channel(
        self,
        *,
        body: MarketplacePartnerApplicationsUpdateChannelBody,
        options: RequestOptions | None = None,
    ) -> MarketplacePartnerApplicationsUpdateChannelResponse200 | None:
        """The async form of ``client.devtools.marketplace.marketplace_partner_applications_update_channel`` (see its docstring)."""
        from .marketplace_partner_applications_update_channel import asyncio

        return await asyncio(
            body=body,
            client=self._client,
            options=options,
        )

    async def marketplace_payment_refund_callback(
        self,
        payment_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """The async form of ``client.devtools.marketplace.marketplace_payment_refund_callback`` (see its docstring)."""
        from .marketplace_payment_refund_callback import asyncio

        return await asyncio(
            payment_id=payment_id,
            client=self._client,
            options=options,
        )

    async def set_marketplace_notification_short_names(
        self,
        *,
        body: SetMarketplaceNotificationShortNamesBody | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """The async form of ``client.devtools.marketplace.set_marketplace_notification_short_names`` (see its docstring)."""
        from .set_marketplace_notification_short_names import asyncio

        return await asyncio(
            body=body,
            client=self._client,
            options=options,
        )

    async def uninstall_marketplace_app(
        self,
        location_id: int,
        application_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> None | UninstallMarketplaceAppResponse200Type0 | None:
        """The async form of ``client.devtools.marketplace.uninstall_marketplace_app`` (see its docstring)."""
        from .uninstall_marketplace_app import asyncio

        return await asyncio(
            location_id=location_id,
            application_id=application_id,
            client=self._client,
            options=options,
        )
