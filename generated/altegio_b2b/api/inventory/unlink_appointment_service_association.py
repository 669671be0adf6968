from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.unlink_appointment_service_association_body import UnlinkAppointmentServiceAssociationBody
from ...models.unlink_appointment_service_association_response_200_item import (
    UnlinkAppointmentServiceAssociationResponse200Item,
)
from ...types import UNSET, Response, Unset

_OPERATION = OPERATIONS["unlink_appointment_service_association"]


def _get_kwargs(
    location_id: int,
    record_id: int,
    service_id: int,
    *,
    body: UnlinkAppointmentServiceAssociationBody | Unset = UNSET,
    delete_consumables: float | Unset = UNSET,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("record_id", record_id, required=True)

    _arguments.integer("service_id", service_id, required=True)

    _arguments.number("delete_consumables", delete_consumables, required=False)

    _arguments.instance("body", body, UnlinkAppointmentServiceAssociationBody, required=False)

    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["delete_consumables"] = delete_consumables

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/technological_cards/record_consumables/technological_cards/{location_id}/{record_id}/{service_id}".format(
            location_id=quote(str(location_id), safe=""),
            record_id=quote(str(record_id), safe=""),
            service_id=quote(str(service_id), safe=""),
        ),
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_data(data: Any) -> list[UnlinkAppointmentServiceAssociationResponse200Item]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = UnlinkAppointmentServiceAssociationResponse200Item.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


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
    """Unlink Appointment-Service Association

    DELETE /technological_cards/record_consumables/technological_cards/{location_id}/{record_id}/{service_id} (operation `unlink_appointment_service_association`)

    Args:
        location_id (int): Location ID
        record_id (int): Appointment ID
        service_id (int): Service ID
        delete_consumables (float | Unset): Whether to remove consumables along with deleting bill
            of materials. Default 0
        body (UnlinkAppointmentServiceAssociationBody | Unset):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[list[UnlinkAppointmentServiceAssociationResponse200Item]]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        record_id=record_id,
        service_id=service_id,
        body=body,
        delete_consumables=delete_consumables,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


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

    DELETE /technological_cards/record_consumables/technological_cards/{location_id}/{record_id}/{service_id} (operation `unlink_appointment_service_association`)

    Args:
        location_id (int): Location ID
        record_id (int): Appointment ID
        service_id (int): Service ID
        delete_consumables (float | Unset): Whether to remove consumables along with deleting bill
            of materials. Default 0
        body (UnlinkAppointmentServiceAssociationBody | Unset):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[UnlinkAppointmentServiceAssociationResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        location_id=location_id,
        record_id=record_id,
        service_id=service_id,
        client=client,
        body=body,
        delete_consumables=delete_consumables,
        options=options,
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
    """Unlink Appointment-Service Association

    DELETE /technological_cards/record_consumables/technological_cards/{location_id}/{record_id}/{service_id} (operation `unlink_appointment_service_association`)

    Args:
        location_id (int): Location ID
        record_id (int): Appointment ID
        service_id (int): Service ID
        delete_consumables (float | Unset): Whether to remove consumables along with deleting bill
            of materials. Default 0
        body (UnlinkAppointmentServiceAssociationBody | Unset):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[list[UnlinkAppointmentServiceAssociationResponse200Item]]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        record_id=record_id,
        service_id=service_id,
        body=body,
        delete_consumables=delete_consumables,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


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
    """Unlink Appointment-Service Association

    DELETE /technological_cards/record_consumables/technological_cards/{location_id}/{record_id}/{service_id} (operation `unlink_appointment_service_association`)

    Args:
        location_id (int): Location ID
        record_id (int): Appointment ID
        service_id (int): Service ID
        delete_consumables (float | Unset): Whether to remove consumables along with deleting bill
            of materials. Default 0
        body (UnlinkAppointmentServiceAssociationBody | Unset):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[UnlinkAppointmentServiceAssociationResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            record_id=record_id,
            service_id=service_id,
            client=client,
            body=body,
            delete_consumables=delete_consumables,
            options=options,
        )
    ).parsed
