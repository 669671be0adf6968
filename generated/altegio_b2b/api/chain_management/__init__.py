"""The `chain_management` operations: one module each, with `sync`, `sync_detailed`,
`asyncio` and `asyncio_detailed`. Modules load on first use."""

from typing import TYPE_CHECKING

from ..._runtime.lazy import lazy_attributes

if TYPE_CHECKING:
    from . import (
        get_chain_client_by_phone_number,
        get_chain_list,
    )

__all__ = (
    "get_chain_client_by_phone_number",
    "get_chain_list",
)

__getattr__, __dir__ = lazy_attributes(__name__, globals(), submodules=__all__)
