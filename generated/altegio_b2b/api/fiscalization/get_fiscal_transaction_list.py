"""Get fiscal transactions

GET /kkm_transactions/{location_id} (operation `get_fiscal_transaction_list` of the Business Management API); needs the partner and the user token.
"""

import datetime
from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation, Paging
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.get_fiscal_transaction_list_response_200_item import GetFiscalTransactionListResponse200Item
from ...types import UNSET, Response, Unset

_OPERATION = Operation(
    "get_fiscal_transaction_list",
    "GET",
    "/kkm_transactions/{location_id}",
    "BearerPartnerUser",
    paging=Paging("query", "page", "editable_length"),
)
_RESPONSE = _fields.ListOf(_fields.Model("GetFiscalTransactionListResponse200Item"))


def _request(
    location_id: int,
    *,
    page: int | Unset = UNSET,
    editable_length: int | Unset = UNSET,
    type_: float | Unset = UNSET,
    status: float | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("page", page, required=False)

    _arguments.integer("editable_length", editable_length, required=False)

    _arguments.number("type_", type_, required=False)

    _arguments.number("status", status, required=False)

    _arguments.date("start_date", start_date, required=False)

    _arguments.date("end_date", end_date, required=False)

    params: dict[str, Any] = {}
    params["page"] = page
    params["editable_length"] = editable_length
    params["type"] = type_
    params["status"] = status
    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date
    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestParts(
        path_params={
            "location_id": location_id,
        },
        params=params,
    )


def _parse_data(data: Any) -> list[GetFiscalTransactionListResponse200Item]:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    *,
    page: int | Unset = UNSET,
    editable_length: int | Unset = UNSET,
    type_: float | Unset = UNSET,
    status: float | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetFiscalTransactionListResponse200Item] | None:
    """Get fiscal transactions

    Filters

    | Parameter | Description |
    | ------------- | ------------- |
    | page | Page number |
    | editable_length | Number of clients per page |
    | type | Operation type |
    | status | Operation status |
    | start_date | Period start date |
    | end_date | Period end date |

    <a name="kkm-transaction-types"></a>
    Types of all transactions with location account

    | Meaning | Description |
    | ------------- | ------------- |
    | 0 |  Sales operation – Active for documents of type Visit |
    | 1 | Sale return operation – Active for documents of type Visit |
    | 2 | Correction operation |
    | 4 | Shift opening operation – Opens a new POS shift |
    | 5 | Shift closing operation – Closes the current POS shift |
    | 9 | Get POS status – Retrieves the current status of the POS device |
    | 11 | Get POS team status – Retrieves the status of all POS devices connected to the team |
    | 12 | Correction operation |
    | 13 | Print X-report – Prints a non-fiscal summary report of the current shift |
    | 6 | Cash deposit – Registers a cash-in transaction in the POS |
    | 7 | Cash withdrawal – Registers a cash-out transaction in the POS |

    Statuses of All POS Operations

    | Meaning | Description |
    | ------------- | ------------- |
    | 0 |  Connection error with POS – Unable to establish a connection with the POS device |
    | 1 |  Success – Operation completed successfully |
    | 2 | Sent for printing – The request has been sent to the POS and is waiting for print completion |
    | 3 | Runtime error – An error occurred while processing the operation on the POS device |
    | 4 | Status check error – Failed to retrieve the current status of the POS |
    | 5 | Waiting for POS readiness – Operation is pending until the POS device becomes ready |

    Document Types

    | Meaning | Description |
    | ------------- | ------------- |
    | 1 | Sale of products |
    | 2 | Provision of services |
    | 3 | Arrival of products |
    | 4 | Products write-off |
    | 5 | Transfer of products |
    | 6 | Inventory |
    | 7 | Visit |
    | 8 | Consumables write-off |
    | 9 | Deposit replenishment |

    GET /kkm_transactions/{location_id} (operation `get_fiscal_transaction_list` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): location ID
        page (int | Unset): Page number
        editable_length (int | Unset): Number of customers per page
        type_ (float | Unset): Type of transaction
        status (float | Unset): Operation status
        start_date (datetime.date | Unset): Period start date
        end_date (datetime.date | Unset): Period end date
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetFiscalTransactionListResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            page=page,
            editable_length=editable_length,
            type_=type_,
            status=status,
            start_date=start_date,
            end_date=end_date,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    *,
    page: int | Unset = UNSET,
    editable_length: int | Unset = UNSET,
    type_: float | Unset = UNSET,
    status: float | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetFiscalTransactionListResponse200Item]]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            page=page,
            editable_length=editable_length,
            type_=type_,
            status=status,
            start_date=start_date,
            end_date=end_date,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    *,
    page: int | Unset = UNSET,
    editable_length: int | Unset = UNSET,
    type_: float | Unset = UNSET,
    status: float | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetFiscalTransactionListResponse200Item] | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                page=page,
                editable_length=editable_length,
                type_=type_,
                status=status,
                start_date=start_date,
                end_date=end_date,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    page: int | Unset = UNSET,
    editable_length: int | Unset = UNSET,
    type_: float | Unset = UNSET,
    status: float | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetFiscalTransactionListResponse200Item]]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            page=page,
            editable_length=editable_length,
            type_=type_,
            status=status,
            start_date=start_date,
            end_date=end_date,
        ),
        _parse_data,
        options,
    )
