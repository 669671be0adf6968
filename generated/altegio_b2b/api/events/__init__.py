"""Events: operations of Altegio's Business Management API (``altegio_b2b.api.events``).

One module per operation, each with ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``;
modules load on first use.

- ``create_event``: Deprecated. Create Event
- ``create_event_duplication_strategy``: Create Event Duplication Strategy
- ``delete_event``: Deprecated. Delete Event
- ``duplicate_event``: Duplicate Event
- ``get_event``: Deprecated. Get Event
- ``get_event_date_range``: Get Event Date Range
- ``get_event_search_filters``: Get Event Search Filters
- ``list_event_duplication_strategies``: List Event Duplication Strategies
- ``search_event_dates``: Search Event Dates
- ``search_event_services``: Search Event Services
- ``search_events``: Search Events
- ``update_event``: Deprecated. Update Event
- ``update_event_duplication_strategy``: Update Event Duplication Strategy
"""

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
