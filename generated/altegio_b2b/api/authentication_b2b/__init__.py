"""Authentication B2B: operations of Altegio's Business Management API (``altegio_b2b.api.authentication_b2b``).

One module per operation, each with ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``;
modules load on first use.

- ``authorize_user``: Authorize User
"""

from typing import TYPE_CHECKING

from ..._runtime.lazy import lazy_attributes

if TYPE_CHECKING:
    from . import (
        authorize_user,
    )

__all__ = ("authorize_user",)

__getattr__, __dir__ = lazy_attributes(__name__, globals(), submodules=__all__)
