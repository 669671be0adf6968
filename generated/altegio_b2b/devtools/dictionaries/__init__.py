"""Dictionaries: operations of Altegio's Developer Tools API (``altegio_b2b.devtools.dictionaries``).

One module per operation, each with ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``;
modules load on first use.

- ``get_business_types_by_group``: Get business types by group
- ``get_city_list``: Get a list of cities
- ``get_country_list``: Get a list of countries
"""

from typing import TYPE_CHECKING

from ..._runtime.lazy import lazy_attributes

if TYPE_CHECKING:
    from . import (
        get_business_types_by_group,
        get_city_list,
        get_country_list,
    )

__all__ = (
    "get_business_types_by_group",
    "get_city_list",
    "get_country_list",
)

__getattr__, __dir__ = lazy_attributes(__name__, globals(), submodules=__all__)
