"""Get a list of chain service categories

GET /chain/{chain_id}/service_categories (operation `get_chain_service_category_list` of the Business Management API); needs the partner token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.get_chain_service_category_list_include import GetChainServiceCategoryListInclude
from ...models.get_chain_service_category_list_response_200_item import GetChainServiceCategoryListResponse200Item
from ...types import UNSET, Response, Unset

_OPERATION = Operation(
    "get_chain_service_category_list", "GET", "/chain/{chain_id}/service_categories", "BearerPartner"
)
_RESPONSE = _fields.ListOf(_fields.Model("GetChainServiceCategoryListResponse200Item"))


def _request(
    chain_id: int,
    *,
    include: GetChainServiceCategoryListInclude | Unset = UNSET,
) -> RequestParts:
    _arguments.integer("chain_id", chain_id, required=True)

    include = _arguments.member("include", include, GetChainServiceCategoryListInclude, required=False)

    params: dict[str, Any] = {}
    json_include: str | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = include.value

    params["include"] = json_include
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestParts(
        path_params={
            "chain_id": chain_id,
        },
        params=params,
    )


def _parse_data(data: Any) -> list[GetChainServiceCategoryListResponse200Item]:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    chain_id: int,
    *,
    include: GetChainServiceCategoryListInclude | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetChainServiceCategoryListResponse200Item] | None:
    """Get a list of chain service categories

    GET /chain/{chain_id}/service_categories (operation `get_chain_service_category_list` of the Business Management API); needs the partner token.

    Args:
        chain_id (int): Chain ID
        include (GetChainServiceCategoryListInclude | Unset): Include additional resources in
            response
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetChainServiceCategoryListResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            chain_id=chain_id,
            include=include,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    chain_id: int,
    *,
    include: GetChainServiceCategoryListInclude | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetChainServiceCategoryListResponse200Item]]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            chain_id=chain_id,
            include=include,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    chain_id: int,
    *,
    include: GetChainServiceCategoryListInclude | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetChainServiceCategoryListResponse200Item] | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                chain_id=chain_id,
                include=include,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    chain_id: int,
    *,
    include: GetChainServiceCategoryListInclude | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetChainServiceCategoryListResponse200Item]]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            chain_id=chain_id,
            include=include,
        ),
        _parse_data,
        options,
    )
