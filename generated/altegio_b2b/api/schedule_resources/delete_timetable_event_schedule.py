"""Delete a Schedule

DELETE /company/{location_id}/schedules/{schedule_id} (operation `delete_timetable_event_schedule` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.delete_timetable_event_schedule_response_204_type_0 import DeleteTimetableEventScheduleResponse204Type0
from ...types import Response

_OPERATION = Operation(
    "delete_timetable_event_schedule", "DELETE", "/company/{location_id}/schedules/{schedule_id}", "BearerPartnerUser"
)
_RESPONSE = _fields.OneOf(
    _fields.Model("DeleteTimetableEventScheduleResponse204Type0"),
    _fields.NULL,
)


def _request(
    location_id: int,
    schedule_id: int,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("schedule_id", schedule_id, required=True)

    return RequestParts(
        path_params={
            "location_id": location_id,
            "schedule_id": schedule_id,
        },
    )


def _parse_data(data: Any) -> DeleteTimetableEventScheduleResponse204Type0 | None:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    schedule_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> DeleteTimetableEventScheduleResponse204Type0 | None | None:
    """Delete a Schedule

    Completely deletes a schedule along with all its series and the linked appointments or events.

    DELETE /company/{location_id}/schedules/{schedule_id} (operation `delete_timetable_event_schedule` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): ID of a location.
        schedule_id (int): ID of a schedule.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        DeleteTimetableEventScheduleResponse204Type0 | None | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            schedule_id=schedule_id,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    schedule_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[DeleteTimetableEventScheduleResponse204Type0 | None]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            schedule_id=schedule_id,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    schedule_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> DeleteTimetableEventScheduleResponse204Type0 | None | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                schedule_id=schedule_id,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    schedule_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[DeleteTimetableEventScheduleResponse204Type0 | None]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            schedule_id=schedule_id,
        ),
        _parse_data,
        options,
    )
