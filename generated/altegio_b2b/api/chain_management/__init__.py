"""Chain Management: operations of Altegio's Business Management API (``altegio_b2b.api.chain_management``).

One module per operation, each with ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``;
modules load on first use.

- ``get_chain_client_by_phone_number``: Get a chain client by phone number.
- ``get_chain_list``: Obtaining chains available to the user
"""

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
