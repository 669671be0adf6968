"""Create Recurring Appointments

POST /company/{location_id}/schedules/{schedule_id}/client_schedules (operation `create_timetable_client_schedule` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.create_timetable_client_schedule_body import CreateTimetableClientScheduleBody
from ...models.create_timetable_client_schedule_response_201 import CreateTimetableClientScheduleResponse201
from ...types import UNSET, Response, Unset

_OPERATION = Operation(
    "create_timetable_client_schedule",
    "POST",
    "/company/{location_id}/schedules/{schedule_id}/client_schedules",
    "BearerPartnerUser",
)
_RESPONSE = _fields.Model("CreateTimetableClientScheduleResponse201")

_BODY = _fields.Model("CreateTimetableClientScheduleBody")


def _request(
    location_id: int,
    schedule_id: int,
    *,
    body: CreateTimetableClientScheduleBody | Unset = UNSET,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("schedule_id", schedule_id, required=True)

    _arguments.instance("body", body, CreateTimetableClientScheduleBody, required=False)

    _json: Any = None
    if not isinstance(body, Unset):
        _json = _arguments.body("body", _BODY, body)

    return RequestParts(
        path_params={
            "location_id": location_id,
            "schedule_id": schedule_id,
        },
        json=_json,
    )


def _parse_data(data: Any) -> CreateTimetableClientScheduleResponse201:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    schedule_id: int,
    *,
    body: CreateTimetableClientScheduleBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> CreateTimetableClientScheduleResponse201 | None:
    """Create Recurring Appointments

    Creates a recurring appointment series for a client based on an event schedule. Automatically
    generates future appointments according to the schedule pattern.

    POST /company/{location_id}/schedules/{schedule_id}/client_schedules (operation `create_timetable_client_schedule` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): ID of a location.
        schedule_id (int): ID of a schedule.
        body (CreateTimetableClientScheduleBody | Unset):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        CreateTimetableClientScheduleResponse201 | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            schedule_id=schedule_id,
            body=body,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    schedule_id: int,
    *,
    body: CreateTimetableClientScheduleBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[CreateTimetableClientScheduleResponse201]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            schedule_id=schedule_id,
            body=body,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    schedule_id: int,
    *,
    body: CreateTimetableClientScheduleBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> CreateTimetableClientScheduleResponse201 | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                schedule_id=schedule_id,
                body=body,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    schedule_id: int,
    *,
    body: CreateTimetableClientScheduleBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[CreateTimetableClientScheduleResponse201]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            schedule_id=schedule_id,
            body=body,
        ),
        _parse_data,
        options,
    )
