"""The `products` operations: one module each, with `sync`, `sync_detailed`,
`asyncio` and `asyncio_detailed`. Modules load on first use."""

from typing import TYPE_CHECKING

from ..._runtime.lazy import lazy_attributes

if TYPE_CHECKING:
    from . import (
        create_product,
        create_product_category,
        delete_product,
        delete_product_category,
        deprecated_get_product_category_list,
        get_product,
        get_product_category_composition,
        get_product_category_list,
        get_product_category_list_by_ids,
        get_products_list,
        search_product,
        update_product,
        update_product_category,
    )

__all__ = (
    "create_product",
    "create_product_category",
    "delete_product",
    "delete_product_category",
    "deprecated_get_product_category_list",
    "get_product",
    "get_product_category_composition",
    "get_product_category_list",
    "get_product_category_list_by_ids",
    "get_products_list",
    "search_product",
    "update_product",
    "update_product_category",
)

__getattr__, __dir__ = lazy_attributes(__name__, globals(), submodules=__all__)
