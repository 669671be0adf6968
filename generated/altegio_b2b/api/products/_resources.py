"""``products``: the Products operations of Altegio's Business Management API as methods
(``client.products.<operation_id>(...)``; ``client.aio.products`` has the async forms). Each
is the module function ``altegio_b2b.api.products.<operation_id>.sync`` with the
client filled in: the same arguments, return type and errors."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ..._runtime.options import RequestOptions
    from ...client import AltegioClient
    from ...models.create_product_body import CreateProductBody
    from ...models.create_product_category_body import CreateProductCategoryBody
    from ...models.create_product_category_response_201 import CreateProductCategoryResponse201
    from ...models.create_product_response_201_item import CreateProductResponse201Item
    from ...models.deprecated_get_product_category_list_response_200_item import (
        DeprecatedGetProductCategoryListResponse200Item,
    )
    from ...models.get_product_category_composition_response_200 import GetProductCategoryCompositionResponse200
    from ...models.get_product_category_list_by_ids_response_200_item import GetProductCategoryListByIdsResponse200Item
    from ...models.get_product_category_list_response_200_item import GetProductCategoryListResponse200Item
    from ...models.get_product_response_200_item import GetProductResponse200Item
    from ...models.get_products_list_response_200_item import GetProductsListResponse200Item
    from ...models.search_product_response_200_item import SearchProductResponse200Item
    from ...models.update_product_body import UpdateProductBody
    from ...models.update_product_category_body import UpdateProductCategoryBody
    from ...models.update_product_category_response_200 import UpdateProductCategoryResponse200
    from ...models.update_product_response_200_item import UpdateProductResponse200Item


class Products:
    """The Products operations as methods of ``client.products``."""

    __slots__ = ("_client",)

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<products: {len(self.__dir__())} operations of {self._client!r}>"

    def __dir__(self) -> list[str]:
        return [
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
        ]

    def create_product(
        self,
        location_id: int,
        *,
        body: CreateProductBody,
        options: RequestOptions | None = None,
    ) -> list[CreateProductResponse201Item] | None:
        """Create product

        The method allows you to create a product

        POST /goods/{location_id} (operation `create_product` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): Location ID
            body (CreateProductBody): Product Creation Method Example: {'title': 'Shampoo',
                'print_title': 'Shampoo', 'article': '123', 'barcode': '123', 'category_id': 289632,
                'cost': 1000, 'actual_cost': 500, 'sale_unit_id': 216762, 'service_unit_id': 216762,
                'unit_equals': 100, 'critical_amount': 1, 'desired_amount': 1, 'netto': 200, 'brutto':
                250, 'comment': 'Test comment 123', 'tax_variant': 0, 'vat_id': 3}.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[CreateProductResponse201Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.products.create_product.sync``; ``client.aio`` has the async form.
        """

        from .create_product import sync

        return sync(
            location_id=location_id,
            body=body,
            client=self._client,
            options=options,
        )

    def create_product_category(
        self,
        location_id: int,
        *,
        body: CreateProductCategoryBody,
        options: RequestOptions | None = None,
    ) -> CreateProductCategoryResponse201 | None:
        """Create a Product Category

        The method allows you to create a product category.

        POST /goods_categories/{location_id} (operation `create_product_category` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): Location ID
            body (CreateProductCategoryBody): Create a Product Category Example: {'title': 'Manicure',
                'parent_category_id': 123456, 'article': '123article', 'comment': 'Category of products
                for manicure'}.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            CreateProductCategoryResponse201 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.products.create_product_category.sync``; ``client.aio`` has the async form.
        """

        from .create_product_category import sync

        return sync(
            location_id=location_id,
            body=body,
            client=self._client,
            options=options,
        )

    def delete_product(
        self,
        location_id: int,
        product_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """Delete Items

        The method allows you to remove the product

        DELETE /goods/{location_id}/{product_id} (operation `delete_product` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): Location ID
            product_id (int): Product ID
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.products.delete_product.sync``; ``client.aio`` has the async form.
        """

        from .delete_product import sync

        return sync(
            location_id=location_id,
            product_id=product_id,
            client=self._client,
            options=options,
        )

    def delete_product_category(
        self,
        location_id: int,
        category_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """Delete a Product Category

        The method allows you to delete a product category

        DELETE /goods_categories/{location_id}/{category_id} (operation `delete_product_category` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): Location ID
            category_id (int): Product category ID
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.products.delete_product_category.sync``; ``client.aio`` has the async form.
        """

        from .delete_product_category import sync

        return sync(
            location_id=location_id,
            category_id=category_id,
            client=self._client,
            options=options,
        )

    def deprecated_get_product_category_list(
        self,
        location_id: int,
        category_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[DeprecatedGetProductCategoryListResponse200Item] | None:
        """Get a list of product categories

        Deprecated: Altegio marks this operation deprecated; expect it to be removed.

        GET /goods_categories/{location_id}/{category_id} (operation `deprecated_get_product_category_list` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            category_id (int): ID of the parent product category. Default 0 - top-level categories are
                displayed (optional)
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[DeprecatedGetProductCategoryListResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.products.deprecated_get_product_category_list.sync``; ``client.aio`` has the async form.
        """

        from .deprecated_get_product_category_list import sync

        return sync(
            location_id=location_id,
            category_id=category_id,
            client=self._client,
            options=options,
        )

    def get_product(
        self,
        location_id: int,
        product_id: int,
        *,
        term: str | Unset = UNSET,
        page: int | Unset = UNSET,
        count: int | Unset = UNSET,
        category_id: int | Unset = UNSET,
        changed_after: datetime.datetime | Unset = UNSET,
        changed_before: datetime.datetime | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[GetProductResponse200Item] | None:
        """Get Products

        + term: Name, article or barcode

        + page (number, `1`) - Page number (not used if product_id is passed)

        + count (number, `25`) - Number of products on the page (not used if product_id is passed)

        + category_id (number, `777`) - Id of the product category (not used if product_id is passed)

        + changed_after (string) - filtering products changed/created since a specific date and time (not
        used if product_id is passed)

        + changed_before (string) - filtering products changed/created before a specific date and time (not
        used if product_id is passed)

        GET /goods/{location_id}/{product_id} (operation `get_product` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            product_id (int): Product ID (if you need to get a specific product)
            term (str | Unset): name, article number or barcode
            page (int | Unset): page number
            count (int | Unset): number of products per page
            category_id (int | Unset): Product category ID
            changed_after (datetime.datetime | Unset): filtering products modified/created since a
                specific date and time
            changed_before (datetime.datetime | Unset): filtering products modified/created before a
                specific date and time
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[GetProductResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.products.get_product.sync``; ``client.aio`` has the async form.
        """

        from .get_product import sync

        return sync(
            location_id=location_id,
            product_id=product_id,
            term=term,
            page=page,
            count=count,
            category_id=category_id,
            changed_after=changed_after,
            changed_before=changed_before,
            client=self._client,
            options=options,
        )

    def get_product_category_composition(
        self,
        location_id: int,
        category_id: int,
        *,
        page: int | Unset = UNSET,
        count: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> GetProductCategoryCompositionResponse200 | None:
        """Example of a request to get the composition of a category

        ##№ Composition of the product category

        Information on a product category and its descendants can be obtained by making a request specifying
        the location ID and product category.
        Pagination is supported, specified by the `page` and `count` parameters.

        **Composition of a product category** has the following structure:

        | Field           | Type                                                                 |
        Description
        |
        |-----------------|----------------------------------------------------------------------|----------
        -------------------------------------------------------------------------------------------------|
        | parent_id       | number                                                               | Parent
        element ID (0 for root elements)                                                                   |
        | item_id         | number                                                               | Item ID
        (always 0)                                                                                        |
        | category_id     | number                                                               | Product
        category ID                                                                                       |
        | title           | string                                                               | Product
        category name                                                                                     |
        | is_chain        | boolean                                                              | Is the
        element chain-bound? true - the element is connected to the chain, false - not connected          |
        | is_category     | boolean                                                              | Is the
        element a category? always true                                                                    |
        | is_item         | boolean                                                              | Is the
        item a product? always false                                                                       |
        | children        | array of objects ([Product tree element](#good-category-tree-node)) | Child
        elements of a product category
        |
        | children_count  | number                                                               | Total
        number of child products and categories (no recursion)
        |

        GET /goods/category_node/{location_id}/{category_id} (operation `get_product_category_composition` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            category_id (int): Product Category ID
            page (int | Unset): Page number
            count (int | Unset): The number of products displayed on the page. Maximum 1000
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            GetProductCategoryCompositionResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.products.get_product_category_composition.sync``; ``client.aio`` has the async form.
        """

        from .get_product_category_composition import sync

        return sync(
            location_id=location_id,
            category_id=category_id,
            page=page,
            count=count,
            client=self._client,
            options=options,
        )

    def get_product_category_list(
        self,
        location_id: int,
        parent_category_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[GetProductCategoryListResponse200Item] | None:
        """Example of a request to get categories

        GET /company/{location_id}/goods_categories/{parent_category_id} (operation `get_product_category_list` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            parent_category_id (int): ID of the parent product category
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[GetProductCategoryListResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.products.get_product_category_list.sync``; ``client.aio`` has the async form.
        """

        from .get_product_category_list import sync

        return sync(
            location_id=location_id,
            parent_category_id=parent_category_id,
            client=self._client,
            options=options,
        )

    def get_product_category_list_by_ids(
        self,
        location_id: int,
        *,
        location_id_alt: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[GetProductCategoryListByIdsResponse200Item] | None:
        """Get a list of product categories by ID

        GET /goods_categories/multiple/{location_id} (operation `get_product_category_list_by_ids` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            location_id_alt (int | Unset): Product category ID (you can specify several additional
                parameters &ids[]={id}
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[GetProductCategoryListByIdsResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.products.get_product_category_list_by_ids.sync``; ``client.aio`` has the async form.
        """

        from .get_product_category_list_by_ids import sync

        return sync(
            location_id=location_id,
            location_id_alt=location_id_alt,
            client=self._client,
            options=options,
        )

    def get_products_list(
        self,
        location_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[GetProductsListResponse200Item] | None:
        """Get a list of products

        Returns a list of all products for the specified location

        GET /goods/{location_id} (operation `get_products_list` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): Location ID
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[GetProductsListResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.products.get_products_list.sync``; ``client.aio`` has the async form.
        """

        from .get_products_list import sync

        return sync(
            location_id=location_id,
            client=self._client,
            options=options,
        )

    def search_product(
        self,
        location_id: int,
        *,
        term: str | Unset = UNSET,
        count: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[SearchProductResponse200Item] | None:
        """Search products and categories

        ### List of products and product categories

        You can retrieve a list of products and product categories by providing the location ID. Use the
        `search_term` parameter to filter:
        + Product categories by name or article
        + Products by name, article, or barcode

        Limit the number of results using the `max_count` parameter.

        If `search_term` is not provided, the response will return a list of root categories for the
        specified location. In this case, the `max_count` parameter is ignored. If `search_term` is
        provided, the system will first search among categories. If fewer than `max_count` results are
        found, the search will continue among products to fill the remaining count.

        The result is returned as an array of [products tree elements](#product-category-tree-node).

        <a name="product-category-tree-node"></a>
        **Product tree element** has the following structure:

        | Field | Type | Description |
        | -------------| ------- | --------------------------------------------------
        ----------------------------------------- |
        | parent_id | number | Parent element ID (0 for root elements) |
        | item_id | number | Item ID (0 if item is a category) |
        | category_id | number | Product category ID (0 if the item is a product) |
        | title | string | Product name or product category |
        | is_chain | boolean | Is the element chain-bound? true - the element is connected to the chain,
        false - not connected |
        | is_category | boolean | Is the element a category? true - category, false - product |
        | is_item | boolean | Is the item a product? true - product, false - category |

        GET /goods/search/{location_id} (operation `search_product` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            term (str | Unset): Search query by name, article number or barcode
            count (int | Unset): The number of output lines per page. Maximum 100
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[SearchProductResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.products.search_product.sync``; ``client.aio`` has the async form.
        """

        from .search_product import sync

        return sync(
            location_id=location_id,
            term=term,
            count=count,
            client=self._client,
            options=options,
        )

    def update_product(
        self,
        location_id: int,
        product_id: int,
        *,
        body: UpdateProductBody,
        options: RequestOptions | None = None,
    ) -> list[UpdateProductResponse200Item] | None:
        """Edit Products

        The method allows you to change the product parameters.
        When editing units of measure for a product that already has inventory operations, you must add an
        array of rules for recalculating units of measure - correction_rules. Otherwise, the array is
        optional.

        PUT /goods/{location_id}/{product_id} (operation `update_product` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): Location ID
            product_id (int): Product ID
            body (UpdateProductBody): Product Creation Method Example: {'title': 'Shampoo',
                'print_title': 'Shampoo', 'article': '123', 'barcode': '123', 'category_id': 289632,
                'cost': 1000, 'actual_cost': 500, 'sale_unit_id': 216762, 'service_unit_id': 216762,
                'unit_equals': 100, 'critical_amount': 1, 'desired_amount': 1, 'netto': 200, 'brutto':
                250, 'comment': 'Test comment 123', 'tax_variant': 0, 'vat_id': 3, 'correction_rules':
                [{'type': 1, 'base_unit': 'service'}, {'type': 2, 'base_unit': 'service'}, {'type': 3,
                'base_unit': 'sale'}, {'type': 4, 'base_unit': 'sale'}, {'type': 5, 'base_unit':
                'sale'}]}.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[UpdateProductResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.products.update_product.sync``; ``client.aio`` has the async form.
        """

        from .update_product import sync

        return sync(
            location_id=location_id,
            product_id=product_id,
            body=body,
            client=self._client,
            options=options,
        )

    def update_product_category(
        self,
        location_id: int,
        category_id: int,
        *,
        body: UpdateProductCategoryBody,
        options: RequestOptions | None = None,
    ) -> UpdateProductCategoryResponse200 | None:
        """Edit a Product Category

        The method allows you to edit the product category

        PUT /goods_categories/{location_id}/{category_id} (operation `update_product_category` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): Location ID
            category_id (int): Product category ID
            body (UpdateProductCategoryBody): Create a Product Category Example: {'title': 'Manicure',
                'parent_category_id': 123456, 'article': '123article', 'comment': 'Category of products
                for manicure'}.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            UpdateProductCategoryResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.products.update_product_category.sync``; ``client.aio`` has the async form.
        """

        from .update_product_category import sync

        return sync(
            location_id=location_id,
            category_id=category_id,
            body=body,
            client=self._client,
            options=options,
        )


class AsyncProducts:
    """The async forms: ``await client.aio.products.<operation_id>(...)``."""

    __slots__ = ("_client",)

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<aio.products: {len(self.__dir__())} operations of {self._client!r}>"

    def __dir__(self) -> list[str]:
        return [
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
        ]

    async def create_product(
        self,
        location_id: int,
        *,
        body: CreateProductBody,
        options: RequestOptions | None = None,
    ) -> list[CreateProductResponse201Item] | None:
        """The async form of ``client.products.create_product`` (see its docstring)."""
        from .create_product import asyncio

        return await asyncio(
            location_id=location_id,
            body=body,
            client=self._client,
            options=options,
        )

    async def create_product_category(
        self,
        location_id: int,
        *,
        body: CreateProductCategoryBody,
        options: RequestOptions | None = None,
    ) -> CreateProductCategoryResponse201 | None:
        """The async form of ``client.products.create_product_category`` (see its docstring)."""
        from .create_product_category import asyncio

        return await asyncio(
            location_id=location_id,
            body=body,
            client=self._client,
            options=options,
        )

    async def delete_product(
        self,
        location_id: int,
        product_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """The async form of ``client.products.delete_product`` (see its docstring)."""
        from .delete_product import asyncio

        return await asyncio(
            location_id=location_id,
            product_id=product_id,
            client=self._client,
            options=options,
        )

    async def delete_product_category(
        self,
        location_id: int,
        category_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """The async form of ``client.products.delete_product_category`` (see its docstring)."""
        from .delete_product_category import asyncio

        return await asyncio(
            location_id=location_id,
            category_id=category_id,
            client=self._client,
            options=options,
        )

    async def deprecated_get_product_category_list(
        self,
        location_id: int,
        category_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[DeprecatedGetProductCategoryListResponse200Item] | None:
        """The async form of ``client.products.deprecated_get_product_category_list`` (see its docstring)."""
        from .deprecated_get_product_category_list import asyncio

        return await asyncio(
            location_id=location_id,
            category_id=category_id,
            client=self._client,
            options=options,
        )

    async def get_product(
        self,
        location_id: int,
        product_id: int,
        *,
        term: str | Unset = UNSET,
        page: int | Unset = UNSET,
        count: int | Unset = UNSET,
        category_id: int | Unset = UNSET,
        changed_after: datetime.datetime | Unset = UNSET,
        changed_before: datetime.datetime | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[GetProductResponse200Item] | None:
        """The async form of ``client.products.get_product`` (see its docstring)."""
        from .get_product import asyncio

        return await asyncio(
            location_id=location_id,
            product_id=product_id,
            term=term,
            page=page,
            count=count,
            category_id=category_id,
            changed_after=changed_after,
            changed_before=changed_before,
            client=self._client,
            options=options,
        )

    async def get_product_category_composition(
        self,
        location_id: int,
        category_id: int,
        *,
        page: int | Unset = UNSET,
        count: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> GetProductCategoryCompositionResponse200 | None:
        """The async form of ``client.products.get_product_category_composition`` (see its docstring)."""
        from .get_product_category_composition import asyncio

        return await asyncio(
            location_id=location_id,
            category_id=category_id,
            page=page,
            count=count,
            client=self._client,
            options=options,
        )

    async def get_product_category_list(
        self,
        location_id: int,
        parent_category_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[GetProductCategoryListResponse200Item] | None:
        """The async form of ``client.products.get_product_category_list`` (see its docstring)."""
        from .get_product_category_list import asyncio

        return await asyncio(
            location_id=location_id,
            parent_category_id=parent_category_id,
            client=self._client,
            options=options,
        )

    async def get_product_category_list_by_ids(
        self,
        location_id: int,
        *,
        location_id_alt: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[GetProductCategoryListByIdsResponse200Item] | None:
        """The async form of ``client.products.get_product_category_list_by_ids`` (see its docstring)."""
        from .get_product_category_list_by_ids import asyncio

        return await asyncio(
            location_id=location_id,
            location_id_alt=location_id_alt,
            client=self._client,
            options=options,
        )

    async def get_products_list(
        self,
        location_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[GetProductsListResponse200Item] | None:
        """The async form of ``client.products.get_products_list`` (see its docstring)."""
        from .get_products_list import asyncio

        return await asyncio(
            location_id=location_id,
            client=self._client,
            options=options,
        )

    async def search_product(
        self,
        location_id: int,
        *,
        term: str | Unset = UNSET,
        count: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[SearchProductResponse200Item] | None:
        """The async form of ``client.products.search_product`` (see its docstring)."""
        from .search_product import asyncio

        return await asyncio(
            location_id=location_id,
            term=term,
            count=count,
            client=self._client,
            options=options,
        )

    async def update_product(
        self,
        location_id: int,
        product_id: int,
        *,
        body: UpdateProductBody,
        options: RequestOptions | None = None,
    ) -> list[UpdateProductResponse200Item] | None:
        """The async form of ``client.products.update_product`` (see its docstring)."""
        from .update_product import asyncio

        return await asyncio(
            location_id=location_id,
            product_id=product_id,
            body=body,
            client=self._client,
            options=options,
        )

    async def update_product_category(
        self,
        location_id: int,
        category_id: int,
        *,
        body: UpdateProductCategoryBody,
        options: RequestOptions | None = None,
    ) -> UpdateProductCategoryResponse200 | None:
        """The async form of ``client.products.update_product_category`` (see its docstring)."""
        from .update_product_category import asyncio

        return await asyncio(
            location_id=location_id,
            category_id=category_id,
            body=body,
            client=self._client,
            options=options,
        )
