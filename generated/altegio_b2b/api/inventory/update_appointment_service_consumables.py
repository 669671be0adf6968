from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.update_appointment_service_consumables_body import UpdateAppointmentServiceConsumablesBody
from ...models.update_appointment_service_consumables_response_200_item import (
    UpdateAppointmentServiceConsumablesResponse200Item,
)
from ...types import Response

_OPERATION = OPERATIONS["update_appointment_service_consumables"]


def _get_kwargs(
    location_id: int,
    record_id: int,
    service_id: int,
    *,
    body: UpdateAppointmentServiceConsumablesBody,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("record_id", record_id, required=True)

    _arguments.integer("service_id", service_id, required=True)

    _arguments.instance("body", body, UpdateAppointmentServiceConsumablesBody, required=True)

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/technological_cards/record_consumables/consumables/{location_id}/{record_id}/{service_id}".format(
            location_id=quote(str(location_id), safe=""),
            record_id=quote(str(record_id), safe=""),
            service_id=quote(str(service_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_data(data: Any) -> list[UpdateAppointmentServiceConsumablesResponse200Item]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = UpdateAppointmentServiceConsumablesResponse200Item.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


def sync_detailed(
    location_id: int,
    record_id: int,
    service_id: int,
    *,
    body: UpdateAppointmentServiceConsumablesBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[UpdateAppointmentServiceConsumablesResponse200Item]]:
    """Update Consumables for the Appointment-Service Association

    PUT /technological_cards/record_consumables/consumables/{location_id}/{record_id}/{service_id} (operation `update_appointment_service_consumables`)

    Args:
        location_id (int): Location ID
        record_id (int): Appointment ID
        service_id (int): Service ID
        body (UpdateAppointmentServiceConsumablesBody):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[list[UpdateAppointmentServiceConsumablesResponse200Item]]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        record_id=record_id,
        service_id=service_id,
        body=body,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


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

    PUT /technological_cards/record_consumables/consumables/{location_id}/{record_id}/{service_id} (operation `update_appointment_service_consumables`)

    Args:
        location_id (int): Location ID
        record_id (int): Appointment ID
        service_id (int): Service ID
        body (UpdateAppointmentServiceConsumablesBody):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[UpdateAppointmentServiceConsumablesResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        location_id=location_id,
        record_id=record_id,
        service_id=service_id,
        client=client,
        body=body,
        options=options,
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
    """Update Consumables for the Appointment-Service Association

    PUT /technological_cards/record_consumables/consumables/{location_id}/{record_id}/{service_id} (operation `update_appointment_service_consumables`)

    Args:
        location_id (int): Location ID
        record_id (int): Appointment ID
        service_id (int): Service ID
        body (UpdateAppointmentServiceConsumablesBody):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[list[UpdateAppointmentServiceConsumablesResponse200Item]]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        record_id=record_id,
        service_id=service_id,
        body=body,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    location_id: int,
    record_id: int,
    service_id: int,
    *,
    body: UpdateAppointmentServiceConsumablesBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[UpdateAppointmentServiceConsumablesResponse200Item] | None:
    """Update Consumables for the Appointment-Service Association

    PUT /technological_cards/record_consumables/consumables/{location_id}/{record_id}/{service_id} (operation `update_appointment_service_consumables`)

    Args:
        location_id (int): Location ID
        record_id (int): Appointment ID
        service_id (int): Service ID
        body (UpdateAppointmentServiceConsumablesBody):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[UpdateAppointmentServiceConsumablesResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            record_id=record_id,
            service_id=service_id,
            client=client,
            body=body,
            options=options,
        )
    ).parsed
