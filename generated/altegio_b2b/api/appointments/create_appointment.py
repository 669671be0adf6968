"""Create a New Appointment

POST /records/{location_id} (operation `create_appointment`); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.create_appointment_body_type_0 import CreateAppointmentBodyType0
from ...models.create_appointment_body_type_1 import CreateAppointmentBodyType1
from ...models.create_appointment_response_201_item import CreateAppointmentResponse201Item
from ...types import Response

_OPERATION = Operation("create_appointment", "POST", "/records/{location_id}", "BearerPartnerUser")


def _request(
    location_id: int,
    *,
    body: CreateAppointmentBodyType0 | CreateAppointmentBodyType1,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.instance(
        "body",
        body,
        (
            CreateAppointmentBodyType0,
            CreateAppointmentBodyType1,
        ),
        required=True,
    )

    _json: Any = None

    if isinstance(body, CreateAppointmentBodyType0):
        _json = body.to_dict()
    else:
        _json = body.to_dict()

    return RequestParts(
        path_params={
            "location_id": location_id,
        },
        json=_json,
    )


def _parse_data(data: Any) -> list[CreateAppointmentResponse201Item]:
    response_201 = []
    _response_201 = data
    for response_201_item_data in _response_201:
        response_201_item = CreateAppointmentResponse201Item.from_dict(response_201_item_data)

        response_201.append(response_201_item)

    return response_201


def sync(
    location_id: int,
    *,
    body: CreateAppointmentBodyType0 | CreateAppointmentBodyType1,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[CreateAppointmentResponse201Item] | None:
    """Create a New Appointment

    Creates a standard Appointment or an Appointment in a Group Event.

    For a standard Appointment, `staff_id`, `services`, `client`, `datetime`, and
    `seance_length` are required.

    For a Group Event Appointment, `activity_id` and `client` are required. The API
    obtains `staff_id`, `services`, `datetime`, and `seance_length` from the Group Event.

    To set custom Appointment Fields, pass an object in `custom_fields`, with each key
    matching a field code configured for the Location. The Business User must have both
    `custom_fields_record_values_read_access` and
    `custom_fields_record_values_edit_access`.

    POST /records/{location_id} (operation `create_appointment`); needs the partner and the user token.

    Args:
        location_id (int): location ID
        body (CreateAppointmentBodyType0 | CreateAppointmentBodyType1): Request body for creating
            or fully updating an Appointment.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[CreateAppointmentResponse201Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
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
    body: CreateAppointmentBodyType0 | CreateAppointmentBodyType1,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[CreateAppointmentResponse201Item]]:
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
    body: CreateAppointmentBodyType0 | CreateAppointmentBodyType1,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[CreateAppointmentResponse201Item] | None:
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
    body: CreateAppointmentBodyType0 | CreateAppointmentBodyType1,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[CreateAppointmentResponse201Item]]:
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
