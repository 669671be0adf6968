"""Search for product transactions

GET /storages/transactions/{location_id} (operation `search_for_product_transactions`); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime.operation import Operation
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
    page_size_parameter="count",
)


def _request(
    location_id: int,
    *,
    changed_after: str | Unset = UNSET,
    changed_before: str | Unset = UNSET,
    count: float | Unset = UNSET,
    document_id: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    page: float | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.number("count", count, required=False)

    _arguments.number("page", page, required=False)

    params: dict[str, Any] = {}
    params["changed_after"] = changed_after
    params["changed_before"] = changed_before
    params["count"] = count
    params["document_id"] = document_id
    params["end_date"] = end_date
    params["page"] = page
    params["start_date"] = start_date
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestParts(
        path_params={
            "location_id": location_id,
        },
        params=params,
    )


def _parse_data(data: Any) -> list[SearchForProductTransactionsResponse200Item]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = SearchForProductTransactionsResponse200Item.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


def sync(
    location_id: int,
    *,
    changed_after: str | Unset = UNSET,
    changed_before: str | Unset = UNSET,
    count: float | Unset = UNSET,
    document_id: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    page: float | Unset = UNSET,
    start_date: str | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[SearchForProductTransactionsResponse200Item] | None:
    """Search for product transactions

    GET /storages/transactions/{location_id} (operation `search_for_product_transactions`); needs the partner and the user token.

    Args:
        location_id (int): location ID
        changed_after (str | Unset): Filtering product transactions modified/created since a
            specific date and time
        changed_before (str | Unset): Filtering product transactions modified/created before a
            specific date and time
        count (float | Unset): number of transactions per page
        document_id (str | Unset): Document ID
        end_date (str | Unset): period end date
        page (float | Unset): page number
        start_date (str | Unset): period start date
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
            changed_after=changed_after,
            changed_before=changed_before,
            count=count,
            document_id=document_id,
            end_date=end_date,
            page=page,
            start_date=start_date,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    *,
    changed_after: str | Unset = UNSET,
    changed_before: str | Unset = UNSET,
    count: float | Unset = UNSET,
    document_id: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    page: float | Unset = UNSET,
    start_date: str | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[SearchForProductTransactionsResponse200Item]]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            changed_after=changed_after,
            changed_before=changed_before,
            count=count,
            document_id=document_id,
            end_date=end_date,
            page=page,
            start_date=start_date,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    *,
    changed_after: str | Unset = UNSET,
    changed_before: str | Unset = UNSET,
    count: float | Unset = UNSET,
    document_id: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    page: float | Unset = UNSET,
    start_date: str | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[SearchForProductTransactionsResponse200Item] | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                changed_after=changed_after,
                changed_before=changed_before,
                count=count,
                document_id=document_id,
                end_date=end_date,
                page=page,
                start_date=start_date,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    changed_after: str | Unset = UNSET,
    changed_before: str | Unset = UNSET,
    count: float | Unset = UNSET,
    document_id: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    page: float | Unset = UNSET,
    start_date: str | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[SearchForProductTransactionsResponse200Item]]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            changed_after=changed_after,
            changed_before=changed_before,
            count=count,
            document_id=document_id,
            end_date=end_date,
            page=page,
            start_date=start_date,
        ),
        _parse_data,
        options,
    )
