"""Webhooks: operations of Altegio's Developer Tools API (``altegio_b2b.devtools.webhooks``).

One module per operation, each with ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``;
modules load on first use.

- ``get_event_notification_settings``: Get event notification settings
- ``update_event_notification_settings``: Change Event Notification Settings
"""

from typing import TYPE_CHECKING

from ..._runtime.lazy import lazy_attributes

if TYPE_CHECKING:
    from . import (
        get_event_notification_settings,
        update_event_notification_settings,
    )

__all__ = (
    "get_event_notification_settings",
    "update_event_notification_settings",
)

__getattr__, __dir__ = lazy_attributes(__name__, globals(), submodules=__all__)
