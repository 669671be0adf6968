"""Voip Integration: operations of Altegio's Developer Tools API (``altegio_b2b.devtools.voip_integration``).

One module per operation, each with ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``;
modules load on first use.

- ``handle_voip_integration_event``: VoIP events
- ``list_voip_calls``: Get Location's Call List
"""

from typing import TYPE_CHECKING

from ..._runtime.lazy import lazy_attributes

if TYPE_CHECKING:
    from . import (
        handle_voip_integration_event,
        list_voip_calls,
    )

__all__ = (
    "handle_voip_integration_event",
    "list_voip_calls",
)

__getattr__, __dir__ = lazy_attributes(__name__, globals(), submodules=__all__)
