"""Search for product transactions

GET /storages/transactions/{location_id} (operation `search_for_product_transactions` of the Business Management API); needs the partner and the user token.
"""

import datetime
from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation, Paging
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.search_for_product_transactions_response_200_item import SearchForProductTransactionsResponse200Item
from ...types import UNSET, Response, Unset

_OPERATION = Operation(
    "search_for_product_transactions",
    "GET",
    "/storages/transactions/{location_id}",
    "BearerPartnerUser",
    paging=Paging("query", "page", "count"),
)
_RESPONSE = _fields.ListOf(_fields.Model("SearchForProductTransactionsResponse200Item"))


def _request(
    location_id: int,
    *,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    document_id: str | Unset = UNSET,
    changed_after: datetime.datetime | Unset = UNSET,
    changed_before: datetime.datetime | Unset = UNSET,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("page", page, required=False)

    _arguments.integer("count", count, required=False)

    _arguments.date("start_date", start_date, required=False)

    _arguments.date("end_date", end_date, required=False)

    _arguments.datetime("changed_after", changed_after, required=False)

    _arguments.datetime("changed_before", changed_before, required=False)

    params: dict[str, Any] = {}
    params["page"] = page
    params["count"] = count
    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date
    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date
    params["document_id"] = document_id
    json_changed_after: str | Unset = UNSET
    if not isinstance(changed_after, Unset):
        json_changed_after = changed_after.isoformat()
    params["changed_after"] = json_changed_after
    json_changed_before: str | Unset = UNSET
    if not isinstance(changed_before, Unset):
        json_changed_before = changed_before.isoformat()
    params["changed_before"] = json_changed_before
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestParts(
        path_params={
            "location_id": location_id,
        },
        params=params,
    )


def _parse_data(data: Any) -> list[SearchForProductTransactionsResponse200Item]:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    *,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    document_id: str | Unset = UNSET,
    changed_after: datetime.datetime | Unset = UNSET,
    changed_before: datetime.datetime | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[SearchForProductTransactionsResponse200Item] | None:
    """Search for product transactions

    GET /storages/transactions/{location_id} (operation `search_for_product_transactions` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): location ID
        page (int | Unset): page number
        count (int | Unset): number of transactions per page
        start_date (datetime.date | Unset): period start date
        end_date (datetime.date | Unset): period end date
        document_id (str | Unset): Document ID
        changed_after (datetime.datetime | Unset): Filtering product transactions modified/created
            since a specific date and time
        changed_before (datetime.datetime | Unset): Filtering product transactions
            modified/created before a specific date and time
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[SearchForProductTransactionsResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            page=page,
            count=count,
            start_date=start_date,
            end_date=end_date,
            document_id=document_id,
            changed_after=changed_after,
            changed_before=changed_before,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    *,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    document_id: str | Unset = UNSET,
    changed_after: datetime.datetime | Unset = UNSET,
    changed_before: datetime.datetime | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[SearchForProductTransactionsResponse200Item]]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            page=page,
            count=count,
            start_date=start_date,
            end_date=end_date,
            document_id=document_id,
            changed_after=changed_after,
            changed_before=changed_before,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    *,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    document_id: str | Unset = UNSET,
    changed_after: datetime.datetime | Unset = UNSET,
    changed_before: datetime.datetime | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[SearchForProductTransactionsResponse200Item] | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                page=page,
                count=count,
                start_date=start_date,
                end_date=end_date,
                document_id=document_id,
                changed_after=changed_after,
                changed_before=changed_before,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    document_id: str | Unset = UNSET,
    changed_after: datetime.datetime | Unset = UNSET,
    changed_before: datetime.datetime | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[SearchForProductTransactionsResponse200Item]]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            page=page,
            count=count,
            start_date=start_date,
            end_date=end_date,
            document_id=document_id,
            changed_after=changed_after,
            changed_before=changed_before,
        ),
        _parse_data,
        options,
    )
