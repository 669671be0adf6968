"""Update Consumables for the Appointment-Service Association

PUT /technological_cards/record_consumables/consumables/{location_id}/{record_id}/{service_id} (operation `update_appointment_service_consumables` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.update_appointment_service_consumables_body import UpdateAppointmentServiceConsumablesBody
from ...models.update_appointment_service_consumables_response_200_item import (
    UpdateAppointmentServiceConsumablesResponse200Item,
)
from ...types import Response

_OPERATION = Operation(
    "update_appointment_service_consumables",
    "PUT",
    "/technological_cards/record_consumables/consumables/{location_id}/{record_id}/{service_id}",
    "BearerPartnerUser",
)
_RESPONSE = _fields.ListOf(_fields.Model("UpdateAppointmentServiceConsumablesResponse200Item"))

_BODY = _fields.Model("UpdateAppointmentServiceConsumablesBody")


def _request(
    location_id: int,
    record_id: int,
    service_id: int,
    *,
    body: UpdateAppointmentServiceConsumablesBody,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("record_id", record_id, required=True)

    _arguments.integer("service_id", service_id, required=True)

    _arguments.instance("body", body, UpdateAppointmentServiceConsumablesBody, required=True)

    _json: Any = None
    _json = _arguments.body("body", _BODY, body)

    return RequestParts(
        path_params={
            "location_id": location_id,
            "record_id": record_id,
            "service_id": service_id,
        },
        json=_json,
    )


def _parse_data(data: Any) -> list[UpdateAppointmentServiceConsumablesResponse200Item]:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    record_id: int,
    service_id: int,
    *,
    body: UpdateAppointmentServiceConsumablesBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[UpdateAppointmentServiceConsumablesResponse200Item] | None:
    """Update Consumables for the Appointment-Service Association

    PUT /technological_cards/record_consumables/consumables/{location_id}/{record_id}/{service_id} (operation `update_appointment_service_consumables` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): Location ID
        record_id (int): Appointment ID
        service_id (int): Service ID
        body (UpdateAppointmentServiceConsumablesBody):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[UpdateAppointmentServiceConsumablesResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            record_id=record_id,
            service_id=service_id,
            body=body,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    record_id: int,
    service_id: int,
    *,
    body: UpdateAppointmentServiceConsumablesBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[UpdateAppointmentServiceConsumablesResponse200Item]]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            record_id=record_id,
            service_id=service_id,
            body=body,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    record_id: int,
    service_id: int,
    *,
    body: UpdateAppointmentServiceConsumablesBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[UpdateAppointmentServiceConsumablesResponse200Item] | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                record_id=record_id,
                service_id=service_id,
                body=body,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    record_id: int,
    service_id: int,
    *,
    body: UpdateAppointmentServiceConsumablesBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[UpdateAppointmentServiceConsumablesResponse200Item]]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            record_id=record_id,
            service_id=service_id,
            body=body,
        ),
        _parse_data,
        options,
    )
