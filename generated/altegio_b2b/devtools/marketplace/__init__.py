"""Marketplace: operations of Altegio's Developer Tools API (``altegio_b2b.devtools.marketplace``).

One module per operation, each with ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``;
modules load on first use.

- ``get_marketplace_integration_status``: Application Status Data for Any Location
- ``list_marketplace_app_locations``: Data About Locations Connected to the Application
- ``marketplace_notification_payment_callback``: Notify Altegio of Successful Payment
- ``marketplace_notification_settings_callback``: Application Installation for a Location
- ``marketplace_notification_settings_redirect_callback``: Redirect URL after user registration with the partner service
- ``marketplace_partner_application_add_discount``: Set payment discount for locations
- ``marketplace_partner_application_payment_link``: Generate payment link
- ``marketplace_partner_applications_tariffs_list``: Get application tariffs
- ``marketplace_partner_applications_update_channel``: Update notification channel availability
- ``marketplace_payment_refund_callback``: Chargeback Notice
- ``set_marketplace_notification_short_names``: Notify Altegio of Available SMS Sender Names
- ``uninstall_marketplace_app``: Application Uninstall
"""

from typing import TYPE_CHECKING

from ..._runtime.lazy import lazy_attributes

if TYPE_CHECKING:
    from . import (
        get_marketplace_integration_status,
        list_marketplace_app_locations,
        marketplace_notification_payment_callback,
        marketplace_notification_settings_callback,
        marketplace_notification_settings_redirect_callback,
        marketplace_partner_application_add_discount,
        marketplace_partner_application_payment_link,
        marketplace_partner_applications_tariffs_list,
        marketplace_partner_applications_update_channel,
        marketplace_payment_refund_callback,
        set_marketplace_notification_short_names,
        uninstall_marketplace_app,
    )

__all__ = (
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
)

__getattr__, __dir__ = lazy_attributes(__name__, globals(), submodules=__all__)
