"""Get transactions

GET /transactions/{location_id} (operation `get_transactions`); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.get_transactions_response_200_item import GetTransactionsResponse200Item
from ...types import UNSET, Response, Unset

_OPERATION = Operation(
    "get_transactions", "GET", "/transactions/{location_id}", "BearerPartnerUser", page_size_parameter="count"
)


def _request(
    location_id: int,
    *,
    account_id: int | Unset = UNSET,
    balance_is: float | Unset = UNSET,
    client_id: int | Unset = UNSET,
    count: float | Unset = UNSET,
    deleted: float | Unset = UNSET,
    document_id: int | Unset = UNSET,
    end_date: float | Unset = UNSET,
    master_id: int | Unset = UNSET,
    page: float | Unset = UNSET,
    real_money: float | Unset = UNSET,
    start_date: float | Unset = UNSET,
    supplier_id: int | Unset = UNSET,
    type_: float | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("account_id", account_id, required=False)

    _arguments.number("balance_is", balance_is, required=False)

    _arguments.integer("client_id", client_id, required=False)

    _arguments.number("count", count, required=False)

    _arguments.number("deleted", deleted, required=False)

    _arguments.integer("document_id", document_id, required=False)

    _arguments.number("end_date", end_date, required=False)

    _arguments.integer("master_id", master_id, required=False)

    _arguments.number("page", page, required=False)

    _arguments.number("real_money", real_money, required=False)

    _arguments.number("start_date", start_date, required=False)

    _arguments.integer("supplier_id", supplier_id, required=False)

    _arguments.number("type_", type_, required=False)

    _arguments.integer("user_id", user_id, required=False)

    params: dict[str, Any] = {}
    params["account_id"] = account_id
    params["balance_is"] = balance_is
    params["client_id"] = client_id
    params["count"] = count
    params["deleted"] = deleted
    params["document_id"] = document_id
    params["end_date"] = end_date
    params["master_id"] = master_id
    params["page"] = page
    params["real_money"] = real_money
    params["start_date"] = start_date
    params["supplier_id"] = supplier_id
    params["type"] = type_
    params["user_id"] = user_id
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestParts(
        path_params={
            "location_id": location_id,
        },
        params=params,
    )


def _parse_data(data: Any) -> list[GetTransactionsResponse200Item]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = GetTransactionsResponse200Item.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


def sync(
    location_id: int,
    *,
    account_id: int | Unset = UNSET,
    balance_is: float | Unset = UNSET,
    client_id: int | Unset = UNSET,
    count: float | Unset = UNSET,
    deleted: float | Unset = UNSET,
    document_id: int | Unset = UNSET,
    end_date: float | Unset = UNSET,
    master_id: int | Unset = UNSET,
    page: float | Unset = UNSET,
    real_money: float | Unset = UNSET,
    start_date: float | Unset = UNSET,
    supplier_id: int | Unset = UNSET,
    type_: float | Unset = UNSET,
    user_id: int | Unset = UNSET,
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

    Use `document_id` from a linked membership goods transaction to inspect money transactions on the
    sale document. A document can contain multiple items and payments; this endpoint does not calculate
    a membership-specific paid total. Reading it requires Finances access. Results are limited by the
    caller's allowed accounts, expense types, and finance history window.

    GET /transactions/{location_id} (operation `get_transactions`); needs the partner and the user token.

    Args:
        location_id (int): location ID
        account_id (int | Unset): Checkout ID
        balance_is (float | Unset): 0 - any balance, 1 - positive, 2 - negative
        client_id (int | Unset): Client ID
        count (float | Unset): Number of customers per page
        deleted (float | Unset): whether the transaction was deleted
        document_id (int | Unset): document ID
        end_date (float | Unset): period end date
        master_id (int | Unset): team member ID
        page (float | Unset): Page number
        real_money (float | Unset): Indicates whether this is a real-money (fiat) transaction
        start_date (float | Unset): period start date
        supplier_id (int | Unset): Supplier ID
        type_ (float | Unset): transaction type
        user_id (int | Unset): User ID
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
            account_id=account_id,
            balance_is=balance_is,
            client_id=client_id,
            count=count,
            deleted=deleted,
            document_id=document_id,
            end_date=end_date,
            master_id=master_id,
            page=page,
            real_money=real_money,
            start_date=start_date,
            supplier_id=supplier_id,
            type_=type_,
            user_id=user_id,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    *,
    account_id: int | Unset = UNSET,
    balance_is: float | Unset = UNSET,
    client_id: int | Unset = UNSET,
    count: float | Unset = UNSET,
    deleted: float | Unset = UNSET,
    document_id: int | Unset = UNSET,
    end_date: float | Unset = UNSET,
    master_id: int | Unset = UNSET,
    page: float | Unset = UNSET,
    real_money: float | Unset = UNSET,
    start_date: float | Unset = UNSET,
    supplier_id: int | Unset = UNSET,
    type_: float | Unset = UNSET,
    user_id: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetTransactionsResponse200Item]]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            account_id=account_id,
            balance_is=balance_is,
            client_id=client_id,
            count=count,
            deleted=deleted,
            document_id=document_id,
            end_date=end_date,
            master_id=master_id,
            page=page,
            real_money=real_money,
            start_date=start_date,
            supplier_id=supplier_id,
            type_=type_,
            user_id=user_id,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    *,
    account_id: int | Unset = UNSET,
    balance_is: float | Unset = UNSET,
    client_id: int | Unset = UNSET,
    count: float | Unset = UNSET,
    deleted: float | Unset = UNSET,
    document_id: int | Unset = UNSET,
    end_date: float | Unset = UNSET,
    master_id: int | Unset = UNSET,
    page: float | Unset = UNSET,
    real_money: float | Unset = UNSET,
    start_date: float | Unset = UNSET,
    supplier_id: int | Unset = UNSET,
    type_: float | Unset = UNSET,
    user_id: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetTransactionsResponse200Item] | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                account_id=account_id,
                balance_is=balance_is,
                client_id=client_id,
                count=count,
                deleted=deleted,
                document_id=document_id,
                end_date=end_date,
                master_id=master_id,
                page=page,
                real_money=real_money,
                start_date=start_date,
                supplier_id=supplier_id,
                type_=type_,
                user_id=user_id,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    account_id: int | Unset = UNSET,
    balance_is: float | Unset = UNSET,
    client_id: int | Unset = UNSET,
    count: float | Unset = UNSET,
    deleted: float | Unset = UNSET,
    document_id: int | Unset = UNSET,
    end_date: float | Unset = UNSET,
    master_id: int | Unset = UNSET,
    page: float | Unset = UNSET,
    real_money: float | Unset = UNSET,
    start_date: float | Unset = UNSET,
    supplier_id: int | Unset = UNSET,
    type_: float | Unset = UNSET,
    user_id: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetTransactionsResponse200Item]]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            account_id=account_id,
            balance_is=balance_is,
            client_id=client_id,
            count=count,
            deleted=deleted,
            document_id=document_id,
            end_date=end_date,
            master_id=master_id,
            page=page,
            real_money=real_money,
            start_date=start_date,
            supplier_id=supplier_id,
            type_=type_,
            user_id=user_id,
        ),
        _parse_data,
        options,
    )
