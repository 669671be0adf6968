"""Products: operations of Altegio's Business Management API (``altegio_b2b.api.products``).

One module per operation, each with ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``;
modules load on first use.

- ``create_product``: Create product
- ``create_product_category``: Create a Product Category
- ``delete_product``: Delete Items
- ``delete_product_category``: Delete a Product Category
- ``deprecated_get_product_category_list``: Get a list of product categories
- ``get_product``: Get Products
- ``get_product_category_composition``: Example of a request to get the composition of a category
- ``get_product_category_list``: Example of a request to get categories
- ``get_product_category_list_by_ids``: Get a list of product categories by ID
- ``get_products_list``: Get a list of products
- ``search_product``: Search products and categories
- ``update_product``: Edit Products
- ``update_product_category``: Edit a Product Category
"""

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
