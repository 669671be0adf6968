from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.get_product_category_list_by_ids_response_200_item import GetProductCategoryListByIdsResponse200Item
from ...types import UNSET, Response, Unset

_OPERATION = OPERATIONS["get_product_category_list_by_ids"]


def _get_kwargs(
    location_id: int,
    *,
    location_id_alt: int | Unset = UNSET,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("location_id_alt", location_id_alt, required=False)

    params: dict[str, Any] = {}

    params["location_id_alt"] = location_id_alt

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/goods_categories/multiple/{location_id}".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_data(data: Any) -> list[GetProductCategoryListByIdsResponse200Item]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = GetProductCategoryListByIdsResponse200Item.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


def sync_detailed(
    location_id: int,
    *,
    location_id_alt: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetProductCategoryListByIdsResponse200Item]]:
    """Get a list of product categories by ID

    GET /goods_categories/multiple/{location_id} (operation `get_product_category_list_by_ids`)

    Args:
        location_id (int): location ID
        location_id_alt (int | Unset): Product category ID (you can specify several additional
            parameters &ids[]={id}
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[list[GetProductCategoryListByIdsResponse200Item]]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        location_id_alt=location_id_alt,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    location_id: int,
    *,
    location_id_alt: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetProductCategoryListByIdsResponse200Item] | None:
    """Get a list of product categories by ID

    GET /goods_categories/multiple/{location_id} (operation `get_product_category_list_by_ids`)

    Args:
        location_id (int): location ID
        location_id_alt (int | Unset): Product category ID (you can specify several additional
            parameters &ids[]={id}
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetProductCategoryListByIdsResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        location_id=location_id,
        client=client,
        location_id_alt=location_id_alt,
        options=options,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    location_id_alt: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetProductCategoryListByIdsResponse200Item]]:
    """Get a list of product categories by ID

    GET /goods_categories/multiple/{location_id} (operation `get_product_category_list_by_ids`)

    Args:
        location_id (int): location ID
        location_id_alt (int | Unset): Product category ID (you can specify several additional
            parameters &ids[]={id}
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[list[GetProductCategoryListByIdsResponse200Item]]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        location_id_alt=location_id_alt,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    location_id: int,
    *,
    location_id_alt: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetProductCategoryListByIdsResponse200Item] | None:
    """Get a list of product categories by ID

    GET /goods_categories/multiple/{location_id} (operation `get_product_category_list_by_ids`)

    Args:
        location_id (int): location ID
        location_id_alt (int | Unset): Product category ID (you can specify several additional
            parameters &ids[]={id}
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetProductCategoryListByIdsResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            location_id_alt=location_id_alt,
            options=options,
        )
    ).parsed
