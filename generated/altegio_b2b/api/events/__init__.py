"""The `events` operations: one module each, with `sync`, `sync_detailed`,
`asyncio` and `asyncio_detailed`. Modules load on first use."""

from typing import TYPE_CHECKING

from ..._runtime.lazy import lazy_attributes

if TYPE_CHECKING:
    from . import (
        create_event,
        create_event_duplication_strategy,
        delete_event,
        duplicate_event,
        get_event,
        get_event_date_range,
        get_event_search_filters,
        list_event_duplication_strategies,
        search_event_dates,
        search_event_services,
        search_events,
        update_event,
        update_event_duplication_strategy,
    )

__all__ = (
    "create_event",
    "create_event_duplication_strategy",
    "delete_event",
    "duplicate_event",
    "get_event",
    "get_event_date_range",
    "get_event_search_filters",
    "list_event_duplication_strategies",
    "search_event_dates",
    "search_event_services",
    "search_events",
    "update_event",
    "update_event_duplication_strategy",
)

__getattr__, __dir__ = lazy_attributes(__name__, globals(), submodules=__all__)
