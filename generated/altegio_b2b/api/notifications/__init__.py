"""Notifications: operations of Altegio's Business Management API (``altegio_b2b.api.notifications``).

One module per operation, each with ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``;
modules load on first use.

- ``get_location_notification_settings``: Get notification settings in a location
- ``get_message_status_list``: Getting Message Statuses
- ``get_user_notification_settings``: Get User Notification Settings
- ``send_email_campaign_to_filtered_clients``: Send email campaigns for clients matching the filters
- ``send_email_newsletter_to_clients``: Send Email newsletter according to the list of clients
- ``send_sms_campaign_to_filtered_clients``: Send SMS campaigns to customers matching the filters
- ``send_sms_to_clients``: Send SMS to the list of clients
- ``update_user_notification_settings``: Change User Push Notification Settings
"""

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
