"""Get transactions

GET /transactions/{location_id} (operation `get_transactions` of the Business Management API); needs the partner and the user token.
"""

import datetime
from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation, Paging
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.get_transactions_response_200_item import GetTransactionsResponse200Item
from ...types import UNSET, Response, Unset

_OPERATION = Operation(
    "get_transactions",
    "GET",
    "/transactions/{location_id}",
    "BearerPartnerUser",
    paging=Paging("query", "page", "count"),
)
_RESPONSE = _fields.ListOf(_fields.Model("GetTransactionsResponse200Item"))


def _request(
    location_id: int,
    *,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    account_id: int | Unset = UNSET,
    supplier_id: int | Unset = UNSET,
    client_id: int | Unset = UNSET,
    user_id: int | Unset = UNSET,
    master_id: int | Unset = UNSET,
    type_: int | Unset = UNSET,
    real_money: int | Unset = UNSET,
    deleted: int | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    balance_is: int | Unset = UNSET,
    document_id: int | Unset = UNSET,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("page", page, required=False)

    _arguments.integer("count", count, required=False)

    _arguments.integer("account_id", account_id, required=False)

    _arguments.integer("supplier_id", supplier_id, required=False)

    _arguments.integer("client_id", client_id, required=False)

    _arguments.integer("user_id", user_id, required=False)

    _arguments.integer("master_id", master_id, required=False)

    _arguments.integer("type_", type_, required=False)

    _arguments.integer("real_money", real_money, required=False)

    _arguments.integer("deleted", deleted, required=False)

    _arguments.date("start_date", start_date, required=False)

    _arguments.date("end_date", end_date, required=False)

    _arguments.integer("balance_is", balance_is, required=False)

    _arguments.integer("document_id", document_id, required=False)

    params: dict[str, Any] = {}
    params["page"] = page
    params["count"] = count
    params["account_id"] = account_id
    params["supplier_id"] = supplier_id
    params["client_id"] = client_id
    params["user_id"] = user_id
    params["master_id"] = master_id
    params["type"] = type_
    params["real_money"] = real_money
    params["deleted"] = deleted
    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date
    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date
    params["balance_is"] = balance_is
    params["document_id"] = document_id
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestParts(
        path_params={
            "location_id": location_id,
        },
        params=params,
    )


def _parse_data(data: Any) -> list[GetTransactionsResponse200Item]:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    *,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    account_id: int | Unset = UNSET,
    supplier_id: int | Unset = UNSET,
    client_id: int | Unset = UNSET,
    user_id: int | Unset = UNSET,
    master_id: int | Unset = UNSET,
    type_: int | Unset = UNSET,
    real_money: int | Unset = UNSET,
    deleted: int | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    balance_is: int | Unset = UNSET,
    document_id: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetTransactionsResponse200Item] | None:
    """Get transactions

    #### Transaction filtering

    + page: Page number

    + count: Number of customers per page

    + account_id: Checkout ID

    + supplier_id: Supplier ID

    + client_id: Client ID

    + user_id: user ID

    + master_id: team member ID

    + type: transaction type

    + real_money: Indicates whether this is a real-money (fiat) transaction

    + deleted: whether the transaction was deleted

    + start_date: start date of the period

    + end_date: end date of the period

    + balance_is: 0 - any balance, 1 - positive, 2 - negative

    + document_id: document ID

    GET /transactions/{location_id} (operation `get_transactions` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): location ID
        page (int | Unset): Page number
        count (int | Unset): Number of customers per page
        account_id (int | Unset): Checkout ID
        supplier_id (int | Unset): Supplier ID
        client_id (int | Unset): Client ID
        user_id (int | Unset): User ID
        master_id (int | Unset): team member ID
        type_ (int | Unset): transaction type
        real_money (int | Unset): Indicates whether this is a real-money (fiat) transaction
        deleted (int | Unset): whether the transaction was deleted
        start_date (datetime.date | Unset): period start date
        end_date (datetime.date | Unset): period end date
        balance_is (int | Unset): 0 - any balance, 1 - positive, 2 - negative
        document_id (int | Unset): document ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetTransactionsResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            page=page,
            count=count,
            account_id=account_id,
            supplier_id=supplier_id,
            client_id=client_id,
            user_id=user_id,
            master_id=master_id,
            type_=type_,
            real_money=real_money,
            deleted=deleted,
            start_date=start_date,
            end_date=end_date,
            balance_is=balance_is,
            document_id=document_id,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    *,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    account_id: int | Unset = UNSET,
    supplier_id: int | Unset = UNSET,
    client_id: int | Unset = UNSET,
    user_id: int | Unset = UNSET,
    master_id: int | Unset = UNSET,
    type_: int | Unset = UNSET,
    real_money: int | Unset = UNSET,
    deleted: int | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    balance_is: int | Unset = UNSET,
    document_id: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetTransactionsResponse200Item]]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            page=page,
            count=count,
            account_id=account_id,
            supplier_id=supplier_id,
            client_id=client_id,
            user_id=user_id,
            master_id=master_id,
            type_=type_,
            real_money=real_money,
            deleted=deleted,
            start_date=start_date,
            end_date=end_date,
            balance_is=balance_is,
            document_id=document_id,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    *,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    account_id: int | Unset = UNSET,
    supplier_id: int | Unset = UNSET,
    client_id: int | Unset = UNSET,
    user_id: int | Unset = UNSET,
    master_id: int | Unset = UNSET,
    type_: int | Unset = UNSET,
    real_money: int | Unset = UNSET,
    deleted: int | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    balance_is: int | Unset = UNSET,
    document_id: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetTransactionsResponse200Item] | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                page=page,
                count=count,
                account_id=account_id,
                supplier_id=supplier_id,
                client_id=client_id,
                user_id=user_id,
                master_id=master_id,
                type_=type_,
                real_money=real_money,
                deleted=deleted,
                start_date=start_date,
                end_date=end_date,
                balance_is=balance_is,
                document_id=document_id,
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
    account_id: int | Unset = UNSET,
    supplier_id: int | Unset = UNSET,
    client_id: int | Unset = UNSET,
    user_id: int | Unset = UNSET,
    master_id: int | Unset = UNSET,
    type_: int | Unset = UNSET,
    real_money: int | Unset = UNSET,
    deleted: int | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    balance_is: int | Unset = UNSET,
    document_id: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetTransactionsResponse200Item]]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            page=page,
            count=count,
            account_id=account_id,
            supplier_id=supplier_id,
            client_id=client_id,
            user_id=user_id,
            master_id=master_id,
            type_=type_,
            real_money=real_money,
            deleted=deleted,
            start_date=start_date,
            end_date=end_date,
            balance_is=balance_is,
            document_id=document_id,
        ),
        _parse_data,
        options,
    )
