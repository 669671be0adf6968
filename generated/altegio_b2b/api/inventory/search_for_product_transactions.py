from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.search_for_product_transactions_response_200_item import SearchForProductTransactionsResponse200Item
from ...types import UNSET, Response, Unset

_OPERATION = OPERATIONS["search_for_product_transactions"]


def _get_kwargs(
    location_id: int,
    *,
    changed_after: str | Unset = UNSET,
    changed_before: str | Unset = UNSET,
    count: float | Unset = UNSET,
    document_id: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    page: float | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> dict[str, Any]:
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

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/storages/transactions/{location_id}".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_data(data: Any) -> list[SearchForProductTransactionsResponse200Item]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = SearchForProductTransactionsResponse200Item.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


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
    """Search for product transactions

    GET /storages/transactions/{location_id} (operation `search_for_product_transactions`)

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
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[list[SearchForProductTransactionsResponse200Item]]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        changed_after=changed_after,
        changed_before=changed_before,
        count=count,
        document_id=document_id,
        end_date=end_date,
        page=page,
        start_date=start_date,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


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

    GET /storages/transactions/{location_id} (operation `search_for_product_transactions`)

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
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[SearchForProductTransactionsResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        location_id=location_id,
        client=client,
        changed_after=changed_after,
        changed_before=changed_before,
        count=count,
        document_id=document_id,
        end_date=end_date,
        page=page,
        start_date=start_date,
        options=options,
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
    """Search for product transactions

    GET /storages/transactions/{location_id} (operation `search_for_product_transactions`)

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
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[list[SearchForProductTransactionsResponse200Item]]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        changed_after=changed_after,
        changed_before=changed_before,
        count=count,
        document_id=document_id,
        end_date=end_date,
        page=page,
        start_date=start_date,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


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
    """Search for product transactions

    GET /storages/transactions/{location_id} (operation `search_for_product_transactions`)

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
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[SearchForProductTransactionsResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            changed_after=changed_after,
            changed_before=changed_before,
            count=count,
            document_id=document_id,
            end_date=end_date,
            page=page,
            start_date=start_date,
            options=options,
        )
    ).parsed
