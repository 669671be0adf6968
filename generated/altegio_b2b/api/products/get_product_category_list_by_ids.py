"""Get a list of product categories by ID

GET /goods_categories/multiple/{location_id} (operation `get_product_category_list_by_ids` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.get_product_category_list_by_ids_response_200_item import GetProductCategoryListByIdsResponse200Item
from ...types import UNSET, Response, Unset

_OPERATION = Operation(
    "get_product_category_list_by_ids", "GET", "/goods_categories/multiple/{location_id}", "BearerPartnerUser"
)
_RESPONSE = _fields.ListOf(_fields.Model("GetProductCategoryListByIdsResponse200Item"))


def _request(
    location_id: int,
    *,
    location_id_alt: int | Unset = UNSET,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("location_id_alt", location_id_alt, required=False)

    params: dict[str, Any] = {}
    params["location_id"] = location_id_alt
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestParts(
        path_params={
            "location_id": location_id,
        },
        params=params,
    )


def _parse_data(data: Any) -> list[GetProductCategoryListByIdsResponse200Item]:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    *,
    location_id_alt: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetProductCategoryListByIdsResponse200Item] | None:
    """Get a list of product categories by ID

    GET /goods_categories/multiple/{location_id} (operation `get_product_category_list_by_ids` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): location ID
        location_id_alt (int | Unset): Product category ID (you can specify several additional
            parameters &ids[]={id}
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetProductCategoryListByIdsResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            location_id_alt=location_id_alt,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    *,
    location_id_alt: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetProductCategoryListByIdsResponse200Item]]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            location_id_alt=location_id_alt,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    *,
    location_id_alt: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetProductCategoryListByIdsResponse200Item] | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                location_id_alt=location_id_alt,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    location_id_alt: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetProductCategoryListByIdsResponse200Item]]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            location_id_alt=location_id_alt,
        ),
        _parse_data,
        options,
    )
