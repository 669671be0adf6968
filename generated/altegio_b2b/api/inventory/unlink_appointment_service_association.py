"""Unlink Appointment-Service Association

DELETE /technological_cards/record_consumables/technological_cards/{location_id}/{record_id}/{service_id} (operation `unlink_appointment_service_association` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.unlink_appointment_service_association_body import UnlinkAppointmentServiceAssociationBody
from ...models.unlink_appointment_service_association_response_200_item import (
    UnlinkAppointmentServiceAssociationResponse200Item,
)
from ...types import UNSET, Response, Unset

_OPERATION = Operation(
    "unlink_appointment_service_association",
    "DELETE",
    "/technological_cards/record_consumables/technological_cards/{location_id}/{record_id}/{service_id}",
    "BearerPartnerUser",
)
_RESPONSE = _fields.ListOf(_fields.Model("UnlinkAppointmentServiceAssociationResponse200Item"))

_BODY = _fields.Model("UnlinkAppointmentServiceAssociationBody")


def _request(
    location_id: int,
    record_id: int,
    service_id: int,
    *,
    body: UnlinkAppointmentServiceAssociationBody | Unset = UNSET,
    delete_consumables: float | Unset = UNSET,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("record_id", record_id, required=True)

    _arguments.integer("service_id", service_id, required=True)

    _arguments.number("delete_consumables", delete_consumables, required=False)

    _arguments.instance("body", body, UnlinkAppointmentServiceAssociationBody, required=False)

    params: dict[str, Any] = {}
    params["delete_consumables"] = delete_consumables
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _json: Any = None
    if not isinstance(body, Unset):
        _json = _arguments.body("body", _BODY, body)

    return RequestParts(
        path_params={
            "location_id": location_id,
            "record_id": record_id,
            "service_id": service_id,
        },
        params=params,
        json=_json,
    )


def _parse_data(data: Any) -> list[UnlinkAppointmentServiceAssociationResponse200Item]:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    record_id: int,
    service_id: int,
    *,
    body: UnlinkAppointmentServiceAssociationBody | Unset = UNSET,
    delete_consumables: float | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[UnlinkAppointmentServiceAssociationResponse200Item] | None:
    """Unlink Appointment-Service Association

    DELETE /technological_cards/record_consumables/technological_cards/{location_id}/{record_id}/{service_id} (operation `unlink_appointment_service_association` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): Location ID
        record_id (int): Appointment ID
        service_id (int): Service ID
        delete_consumables (float | Unset): Whether to remove consumables along with deleting bill
            of materials. Default 0
        body (UnlinkAppointmentServiceAssociationBody | Unset):  Example: [].
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[UnlinkAppointmentServiceAssociationResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            record_id=record_id,
            service_id=service_id,
            body=body,
            delete_consumables=delete_consumables,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    record_id: int,
    service_id: int,
    *,
    body: UnlinkAppointmentServiceAssociationBody | Unset = UNSET,
    delete_consumables: float | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[UnlinkAppointmentServiceAssociationResponse200Item]]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            record_id=record_id,
            service_id=service_id,
            body=body,
            delete_consumables=delete_consumables,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    record_id: int,
    service_id: int,
    *,
    body: UnlinkAppointmentServiceAssociationBody | Unset = UNSET,
    delete_consumables: float | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[UnlinkAppointmentServiceAssociationResponse200Item] | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                record_id=record_id,
                service_id=service_id,
                body=body,
                delete_consumables=delete_consumables,
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
    body: UnlinkAppointmentServiceAssociationBody | Unset = UNSET,
    delete_consumables: float | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[UnlinkAppointmentServiceAssociationResponse200Item]]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            record_id=record_id,
            service_id=service_id,
            body=body,
            delete_consumables=delete_consumables,
        ),
        _parse_data,
        options,
    )
