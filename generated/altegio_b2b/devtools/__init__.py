"""Altegio's Developer Tools API: one package per tag, ``altegio_b2b.devtools.<tag>.<operation_id>``.

- ``dictionaries``: Dictionaries
- ``marketplace``: Marketplace
- ``voip_integration``: Voip Integration
- ``webhooks``: Webhooks
"""

from typing import TYPE_CHECKING

from .._runtime.lazy import lazy_attributes

if TYPE_CHECKING:
    from . import (
        dictionaries,
        marketplace,
        voip_integration,
        webhooks,
    )

__all__ = (
    "dictionaries",
    "marketplace",
    "voip_integration",
    "webhooks",
)

__getattr__, __dir__ = lazy_attributes(__name__, globals(), submodules=__all__)
