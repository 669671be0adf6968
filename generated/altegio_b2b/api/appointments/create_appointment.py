"""Create a New Appointment

POST /records/{location_id} (operation `create_appointment` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.create_appointment_response_201_item import CreateAppointmentResponse201Item
from ...models.group_event_appointment import GroupEventAppointment
from ...models.standard_appointment import StandardAppointment
from ...types import Response

_OPERATION = Operation("create_appointment", "POST", "/records/{location_id}", "BearerPartnerUser")
_RESPONSE = _fields.ListOf(_fields.Model("CreateAppointmentResponse201Item"))

_BODY = _fields.OneOf(
    _fields.Model("StandardAppointment"),
    _fields.Model("GroupEventAppointment"),
)


def _request(
    location_id: int,
    *,
    body: GroupEventAppointment | StandardAppointment,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.instance(
        "body",
        body,
        (
            StandardAppointment,
            GroupEventAppointment,
        ),
        required=True,
    )

    _json: Any = None
    _json = _arguments.body("body", _BODY, body)

    return RequestParts(
        path_params={
            "location_id": location_id,
        },
        json=_json,
    )


def _parse_data(data: Any) -> list[CreateAppointmentResponse201Item]:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    *,
    body: GroupEventAppointment | StandardAppointment,
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

    POST /records/{location_id} (operation `create_appointment` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): location ID
        body (GroupEventAppointment | StandardAppointment): Request body for creating or fully
            updating an Appointment. Example: {'staff_id': 8886, 'services': [{'id': 331,
            'first_cost': 9000, 'discount': 50, 'cost': 4500}, {'id': 333, 'first_cost': 2000,
            'discount': 10, 'cost': 1800}], 'client': {'phone': '+13155550175', 'name': 'James Smith',
            'email': 'j.smith@example.com'}, 'save_if_busy': False, 'datetime':
            '2026-09-21T23:00:00.000-05:00', 'seance_length': 3600, 'send_sms': True, 'comment': 'test
            appointment!', 'sms_remain_hours': 6, 'email_remain_hours': 24, 'attendance': 1, 'api_id':
            '777', 'custom_color': 'f44336', 'record_labels': ['67345', '104474'], 'custom_fields':
            {'my_custom_field': 123, 'some_another_field': ['first value', 'second value']}}.
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
    body: GroupEventAppointment | StandardAppointment,
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
    body: GroupEventAppointment | StandardAppointment,
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
    body: GroupEventAppointment | StandardAppointment,
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
