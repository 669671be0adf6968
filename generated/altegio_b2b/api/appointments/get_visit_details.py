"""Get Visit Details

GET /visit/details/{location_id}/{record_id}/{visit_id} (operation `get_visit_details` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.get_visit_details_response_200 import GetVisitDetailsResponse200
from ...types import Response

_OPERATION = Operation(
    "get_visit_details", "GET", "/visit/details/{location_id}/{record_id}/{visit_id}", "BearerPartnerUser"
)
_RESPONSE = _fields.Model("GetVisitDetailsResponse200")


def _request(
    location_id: int,
    record_id: int,
    visit_id: int,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("record_id", record_id, required=True)

    _arguments.integer("visit_id", visit_id, required=True)

    return RequestParts(
        path_params={
            "location_id": location_id,
            "record_id": record_id,
            "visit_id": visit_id,
        },
    )


def _parse_data(data: Any) -> GetVisitDetailsResponse200:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    record_id: int,
    visit_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> GetVisitDetailsResponse200 | None:
    """Get Visit Details

    **Block "kkm_transaction_details_container"**

    Flag "last_operation_type"

    | Meaning | Description |
    | ------------- | ------------- |
    | 0 | Print return receipt |
    | 1 | Print sales receipt |

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

    GET /visit/details/{location_id}/{record_id}/{visit_id} (operation `get_visit_details` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int):
        record_id (int):
        visit_id (int):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        GetVisitDetailsResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            record_id=record_id,
            visit_id=visit_id,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    record_id: int,
    visit_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[GetVisitDetailsResponse200]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            record_id=record_id,
            visit_id=visit_id,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    record_id: int,
    visit_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> GetVisitDetailsResponse200 | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                record_id=record_id,
                visit_id=visit_id,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    record_id: int,
    visit_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[GetVisitDetailsResponse200]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            record_id=record_id,
            visit_id=visit_id,
        ),
        _parse_data,
        options,
    )
