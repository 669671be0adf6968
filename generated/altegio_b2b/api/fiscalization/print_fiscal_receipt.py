"""Print fiscal receipt

POST /kkm_transactions/{location_id}/print_document_bill (operation `print_fiscal_receipt` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.print_fiscal_receipt_body import PrintFiscalReceiptBody
from ...models.print_fiscal_receipt_response_200 import PrintFiscalReceiptResponse200
from ...types import UNSET, Response, Unset

_OPERATION = Operation(
    "print_fiscal_receipt", "POST", "/kkm_transactions/{location_id}/print_document_bill", "BearerPartnerUser"
)
_RESPONSE = _fields.Model("PrintFiscalReceiptResponse200")

_BODY = _fields.Model("PrintFiscalReceiptBody")


def _request(
    location_id: int,
    *,
    body: PrintFiscalReceiptBody | Unset = UNSET,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.instance("body", body, PrintFiscalReceiptBody, required=False)

    _json: Any = None
    if not isinstance(body, Unset):
        _json = _arguments.body("body", _BODY, body)

    return RequestParts(
        path_params={
            "location_id": location_id,
        },
        json=_json,
    )


def _parse_data(data: Any) -> PrintFiscalReceiptResponse200:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    *,
    body: PrintFiscalReceiptBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> PrintFiscalReceiptResponse200 | None:
    """Print fiscal receipt

    Types of all transactions with location account

    | Meaning | Description |
    | ------------- | ------------- |
    | 0 | Sale operation (active for documents with types "Visit" and "Client account replenishment") |
    | 1 | Sale return operation (active for documents with types "Visit" and "Client account
    replenishment") |
    | 2 | Correction operation |
    | 4 | Shift opening operation – Opens a new POS shift |
    | 5 | Shift closing operation – Closes the current POS shift |
    | 9 | Get POS status – Retrieves the current status of the POS device |
    | 11 | Get POS team status – Retrieves the status of all POS devices connected to the team |
    | 12 | Correction operation |
    | 13 | Print X-report – Prints a non-fiscal summary report of the current shift |
    | 6 | Cash deposit – Registers a cash-in transaction in the POS |
    | 7 | Cash withdrawal – Registers a cash-out transaction in the POS |

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
    | 9 | Client account replenishment |

    POST /kkm_transactions/{location_id}/print_document_bill (operation `print_fiscal_receipt` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): Location ID
        body (PrintFiscalReceiptBody | Unset):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        PrintFiscalReceiptResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            body=body,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    *,
    body: PrintFiscalReceiptBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[PrintFiscalReceiptResponse200]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            body=body,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    *,
    body: PrintFiscalReceiptBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> PrintFiscalReceiptResponse200 | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                body=body,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    body: PrintFiscalReceiptBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[PrintFiscalReceiptResponse200]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            body=body,
        ),
        _parse_data,
        options,
    )
