"""Get an Appointment

GET /record/{location_id}/{record_id} (operation `get_appointment` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.get_appointment_response_200 import GetAppointmentResponse200
from ...types import UNSET, Response, Unset

_OPERATION = Operation("get_appointment", "GET", "/record/{location_id}/{record_id}", "BearerPartnerUser")
_RESPONSE = _fields.Model("GetAppointmentResponse200")


def _request(
    location_id: int,
    record_id: int,
    *,
    include_consumables: float | Unset = UNSET,
    include_finance_transactions: int | Unset = UNSET,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("record_id", record_id, required=True)

    _arguments.number("include_consumables", include_consumables, required=False)

    _arguments.integer("include_finance_transactions", include_finance_transactions, required=False)

    params: dict[str, Any] = {}
    params["include_consumables"] = include_consumables
    params["include_finance_transactions"] = include_finance_transactions
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestParts(
        path_params={
            "location_id": location_id,
            "record_id": record_id,
        },
        params=params,
    )


def _parse_data(data: Any) -> GetAppointmentResponse200:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    record_id: int,
    *,
    include_consumables: float | Unset = UNSET,
    include_finance_transactions: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> GetAppointmentResponse200 | None:
    """Get an Appointment

    GET /record/{location_id}/{record_id} (operation `get_appointment` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): location ID
        record_id (int): Appointment ID
        include_consumables (float | Unset):
        include_finance_transactions (int | Unset):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        GetAppointmentResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            record_id=record_id,
            include_consumables=include_consumables,
            include_finance_transactions=include_finance_transactions,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    record_id: int,
    *,
    include_consumables: float | Unset = UNSET,
    include_finance_transactions: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[GetAppointmentResponse200]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            record_id=record_id,
            include_consumables=include_consumables,
            include_finance_transactions=include_finance_transactions,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    record_id: int,
    *,
    include_consumables: float | Unset = UNSET,
    include_finance_transactions: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> GetAppointmentResponse200 | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                record_id=record_id,
                include_consumables=include_consumables,
                include_finance_transactions=include_finance_transactions,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    record_id: int,
    *,
    include_consumables: float | Unset = UNSET,
    include_finance_transactions: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[GetAppointmentResponse200]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            record_id=record_id,
            include_consumables=include_consumables,
            include_finance_transactions=include_finance_transactions,
        ),
        _parse_data,
        options,
    )
