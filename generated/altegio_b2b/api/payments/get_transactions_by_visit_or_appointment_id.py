"""Get Transactions by Visit or Appointment ID

GET /timetable/transactions/{location_id} (operation `get_transactions_by_visit_or_appointment_id` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.get_transactions_by_visit_or_appointment_id_response_200_item import (
    GetTransactionsByVisitOrAppointmentIdResponse200Item,
)
from ...types import UNSET, Response, Unset

_OPERATION = Operation(
    "get_transactions_by_visit_or_appointment_id", "GET", "/timetable/transactions/{location_id}", "BearerPartnerUser"
)
_RESPONSE = _fields.ListOf(_fields.Model("GetTransactionsByVisitOrAppointmentIdResponse200Item"))


def _request(
    location_id: int,
    *,
    record_id: int | Unset = UNSET,
    visit_id: int | Unset = UNSET,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("record_id", record_id, required=False)

    _arguments.integer("visit_id", visit_id, required=False)

    params: dict[str, Any] = {}
    params["record_id"] = record_id
    params["visit_id"] = visit_id
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestParts(
        path_params={
            "location_id": location_id,
        },
        params=params,
    )


def _parse_data(data: Any) -> list[GetTransactionsByVisitOrAppointmentIdResponse200Item]:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    *,
    record_id: int | Unset = UNSET,
    visit_id: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetTransactionsByVisitOrAppointmentIdResponse200Item] | None:
    """Get Transactions by Visit or Appointment ID

    #### Transaction filtering

    + record_id: Appointment ID

    + visit_id: ID of the visit

    GET /timetable/transactions/{location_id} (operation `get_transactions_by_visit_or_appointment_id` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): location ID
        record_id (int | Unset): Appointment ID
        visit_id (int | Unset): Visit ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetTransactionsByVisitOrAppointmentIdResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
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
    *,
    record_id: int | Unset = UNSET,
    visit_id: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetTransactionsByVisitOrAppointmentIdResponse200Item]]:
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
    *,
    record_id: int | Unset = UNSET,
    visit_id: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetTransactionsByVisitOrAppointmentIdResponse200Item] | None:
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
    *,
    record_id: int | Unset = UNSET,
    visit_id: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetTransactionsByVisitOrAppointmentIdResponse200Item]]:
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
