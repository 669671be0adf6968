"""The `authentication_b2b` operations: one module each, with `sync`, `sync_detailed`,
`asyncio` and `asyncio_detailed`. Modules load on first use."""

from typing import TYPE_CHECKING

from ..._runtime.lazy import lazy_attributes

if TYPE_CHECKING:
    from . import (
        authorize_user,
    )

__all__ = ("authorize_user",)

__getattr__, __dir__ = lazy_attributes(__name__, globals(), submodules=__all__)
