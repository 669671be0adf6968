"""Change Appointment attendance status

POST /company/{location_id}/records/{record_id}/attendance (operation `update_appointment_attendance` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.update_appointment_attendance_body import UpdateAppointmentAttendanceBody
from ...models.update_appointment_attendance_response_200 import UpdateAppointmentAttendanceResponse200
from ...types import Response

_OPERATION = Operation(
    "update_appointment_attendance",
    "POST",
    "/company/{location_id}/records/{record_id}/attendance",
    "BearerPartnerUser",
)
_RESPONSE = _fields.Model("UpdateAppointmentAttendanceResponse200")

_BODY = _fields.Model("UpdateAppointmentAttendanceBody")


def _request(
    location_id: int,
    record_id: int,
    *,
    body: UpdateAppointmentAttendanceBody,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("record_id", record_id, required=True)

    _arguments.instance("body", body, UpdateAppointmentAttendanceBody, required=True)

    _json: Any = None
    _json = _arguments.body("body", _BODY, body)

    return RequestParts(
        path_params={
            "location_id": location_id,
            "record_id": record_id,
        },
        json=_json,
    )


def _parse_data(data: Any) -> UpdateAppointmentAttendanceResponse200:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    record_id: int,
    *,
    body: UpdateAppointmentAttendanceBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> UpdateAppointmentAttendanceResponse200 | None:
    """Change Appointment attendance status

    Change the attendance status of one Appointment without resending the full
    Appointment. The body field is `attendance` (not `visit_attendance`). The
    supported statuses are `-1` (did not come), `0` (waiting), `1` (came), and
    `2` (confirmed). Read the current status from the Appointment first.

    The Business User needs `record_form_access` and `edit_records_access` for
    this Location. The Appointment must fall within the Location's
    `records_edit_last_days_count` editing window (`-1` means no history limit).
    A request can also be rejected while online payment is pending, by payment
    policy, or when a printed sale receipt would be invalidated. With a printed
    receipt, only `1` and `2` remain eligible statuses. Submitting the current
    status leaves it unchanged.

    Appointments linked into one visit share an attendance group. Changing one
    Appointment can update the status of other Appointments in that visit and
    trigger related payment, loyalty, and notification processing. The `records`
    response field contains timetable change data; it is not a per-ID bulk result.

    For a bounded bulk workflow, select a finite set of Appointment IDs, read
    each Appointment and confirm its Location, current status, and visit link,
    then send one request per distinct attendance group. Re-read affected
    Appointments after each change, record successes and failures per group, and
    stop or report on a failed request. This endpoint offers no atomic bulk
    operation or all-or-nothing rollback.

    POST /company/{location_id}/records/{record_id}/attendance (operation `update_appointment_attendance` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): Location ID
        record_id (int): Appointment ID
        body (UpdateAppointmentAttendanceBody):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        UpdateAppointmentAttendanceResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            record_id=record_id,
            body=body,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    record_id: int,
    *,
    body: UpdateAppointmentAttendanceBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[UpdateAppointmentAttendanceResponse200]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            record_id=record_id,
            body=body,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    record_id: int,
    *,
    body: UpdateAppointmentAttendanceBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> UpdateAppointmentAttendanceResponse200 | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                record_id=record_id,
                body=body,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    record_id: int,
    *,
    body: UpdateAppointmentAttendanceBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[UpdateAppointmentAttendanceResponse200]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            record_id=record_id,
            body=body,
        ),
        _parse_data,
        options,
    )
