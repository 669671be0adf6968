"""Get a List of Chain Loyalty Transactions

GET /chain/{chain_id}/loyalty/transactions (operation `get_chain_loyalty_transaction_list` of the Business Management API); needs the partner and the user token.
"""

import datetime
from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation, Paging
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.get_chain_loyalty_transaction_list_response_200_item import GetChainLoyaltyTransactionListResponse200Item
from ...models.get_chain_loyalty_transaction_list_types_item import GetChainLoyaltyTransactionListTypesItem
from ...types import UNSET, Response, Unset

_OPERATION = Operation(
    "get_chain_loyalty_transaction_list",
    "GET",
    "/chain/{chain_id}/loyalty/transactions",
    "BearerPartnerUser",
    paging=Paging("query", "page", "count"),
)
_RESPONSE = _fields.ListOf(_fields.Model("GetChainLoyaltyTransactionListResponse200Item"))


def _request(
    chain_id: int,
    *,
    created_after: datetime.date,
    created_before: datetime.date,
    types: list[GetChainLoyaltyTransactionListTypesItem] | Unset = UNSET,
    company_ids: list[int] | Unset = UNSET,
    visit_ids: list[int] | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
) -> RequestParts:
    _arguments.integer("chain_id", chain_id, required=True)

    _arguments.date("created_after", created_after, required=True)

    _arguments.date("created_before", created_before, required=True)

    types = _arguments.members("types", types, GetChainLoyaltyTransactionListTypesItem, required=False)

    company_ids = _arguments.integers("company_ids", company_ids, required=False)

    visit_ids = _arguments.integers("visit_ids", visit_ids, required=False)

    _arguments.integer("page", page, required=False)

    _arguments.integer("count", count, required=False)

    params: dict[str, Any] = {}
    json_created_after = created_after.isoformat()
    params["created_after"] = json_created_after
    json_created_before = created_before.isoformat()
    params["created_before"] = json_created_before
    json_types: list[str] | Unset = UNSET
    if not isinstance(types, Unset):
        json_types = []
        for types_item_data in types:
            types_item = types_item_data.value
            json_types.append(types_item)

    if isinstance(json_types, list):
        params["types"] = ",".join(str(item) for item in json_types)
    json_company_ids: list[int] | Unset = UNSET
    if not isinstance(company_ids, Unset):
        json_company_ids = company_ids

    if isinstance(json_company_ids, list):
        params["company_ids"] = ",".join(str(item) for item in json_company_ids)
    json_visit_ids: list[int] | Unset = UNSET
    if not isinstance(visit_ids, Unset):
        json_visit_ids = visit_ids

    if isinstance(json_visit_ids, list):
        params["visit_ids"] = ",".join(str(item) for item in json_visit_ids)
    params["page"] = page
    params["count"] = count
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestParts(
        path_params={
            "chain_id": chain_id,
        },
        params=params,
    )


def _parse_data(data: Any) -> list[GetChainLoyaltyTransactionListResponse200Item]:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    chain_id: int,
    *,
    created_after: datetime.date,
    created_before: datetime.date,
    types: list[GetChainLoyaltyTransactionListTypesItem] | Unset = UNSET,
    company_ids: list[int] | Unset = UNSET,
    visit_ids: list[int] | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetChainLoyaltyTransactionListResponse200Item] | None:
    """Get a List of Chain Loyalty Transactions

    GET /chain/{chain_id}/loyalty/transactions (operation `get_chain_loyalty_transaction_list` of the Business Management API); needs the partner and the user token.

    Args:
        chain_id (int): Chain ID
        created_after (datetime.date): Sample start date in Y-m-d format
        created_before (datetime.date): Sample end date in Y-m-d format
        types (list[GetChainLoyaltyTransactionListTypesItem] | Unset): Types of loyalty
            transactions included in the selection: 1 - Promotion discount, 2 - Loyalty program
            accrual, 3 - Loyalty card withdrawal, 4 - Referral program accrual, 5 - Manual
            replenishment, 6 - Manual withdrawal, 7 - Overdue points withdrawal , 8 - Withdrawal from
            the gift card, 9 - Use of the membership, 10 - Recalculation of the cost of the
            membership, 11 - Withdrawal from the client account
        company_ids (list[int] | Unset): Loyalty transaction affiliate IDs included in the sample
        visit_ids (list[int] | Unset): Loyalty transaction visit IDs included in the sample
        page (int | Unset): Selection page
        count (int | Unset): Number of results per selection page
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetChainLoyaltyTransactionListResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            chain_id=chain_id,
            created_after=created_after,
            created_before=created_before,
            types=types,
            company_ids=company_ids,
            visit_ids=visit_ids,
            page=page,
            count=count,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    chain_id: int,
    *,
    created_after: datetime.date,
    created_before: datetime.date,
    types: list[GetChainLoyaltyTransactionListTypesItem] | Unset = UNSET,
    company_ids: list[int] | Unset = UNSET,
    visit_ids: list[int] | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetChainLoyaltyTransactionListResponse200Item]]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            chain_id=chain_id,
            created_after=created_after,
            created_before=created_before,
            types=types,
            company_ids=company_ids,
            visit_ids=visit_ids,
            page=page,
            count=count,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    chain_id: int,
    *,
    created_after: datetime.date,
    created_before: datetime.date,
    types: list[GetChainLoyaltyTransactionListTypesItem] | Unset = UNSET,
    company_ids: list[int] | Unset = UNSET,
    visit_ids: list[int] | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetChainLoyaltyTransactionListResponse200Item] | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                chain_id=chain_id,
                created_after=created_after,
                created_before=created_before,
                types=types,
                company_ids=company_ids,
                visit_ids=visit_ids,
                page=page,
                count=count,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    chain_id: int,
    *,
    created_after: datetime.date,
    created_before: datetime.date,
    types: list[GetChainLoyaltyTransactionListTypesItem] | Unset = UNSET,
    company_ids: list[int] | Unset = UNSET,
    visit_ids: list[int] | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetChainLoyaltyTransactionListResponse200Item]]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            chain_id=chain_id,
            created_after=created_after,
            created_before=created_before,
            types=types,
            company_ids=company_ids,
            visit_ids=visit_ids,
            page=page,
            count=count,
        ),
        _parse_data,
        options,
    )
