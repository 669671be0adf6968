"""The `notifications` operations: one module each, with `sync`, `sync_detailed`,
`asyncio` and `asyncio_detailed`. Modules load on first use."""

from typing import TYPE_CHECKING

from ..._runtime.lazy import lazy_attributes

if TYPE_CHECKING:
    from . import (
        get_location_notification_settings,
        get_message_status_list,
        get_user_notification_settings,
        send_email_campaign_to_filtered_clients,
        send_email_newsletter_to_clients,
        send_sms_campaign_to_filtered_clients,
        send_sms_to_clients,
        update_user_notification_settings,
    )

__all__ = (
    "get_location_notification_settings",
    "get_message_status_list",
    "get_user_notification_settings",
    "send_email_campaign_to_filtered_clients",
    "send_email_newsletter_to_clients",
    "send_sms_campaign_to_filtered_clients",
    "send_sms_to_clients",
    "update_user_notification_settings",
)

__getattr__, __dir__ = lazy_attributes(__name__, globals(), submodules=__all__)
