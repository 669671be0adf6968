from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.list_timetable_schedule_day_events_response_200_item import ListTimetableScheduleDayEventsResponse200Item
from ...types import Response

_OPERATION = OPERATIONS["list_timetable_schedule_day_events"]


def _get_kwargs(
    location_id: int,
    schedule_id: int,
    day_id: int,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("schedule_id", schedule_id, required=True)

    _arguments.integer("day_id", day_id, required=True)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}/schedules/{schedule_id}/days/{day_id}/events".format(
            location_id=quote(str(location_id), safe=""),
            schedule_id=quote(str(schedule_id), safe=""),
            day_id=quote(str(day_id), safe=""),
        ),
    }

    return _kwargs


def _parse_data(data: Any) -> list[ListTimetableScheduleDayEventsResponse200Item]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = ListTimetableScheduleDayEventsResponse200Item.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


def sync_detailed(
    location_id: int,
    schedule_id: int,
    day_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[ListTimetableScheduleDayEventsResponse200Item]]:
    """Get a List of Scheduled Appointments and Events

    Prints  a list of events of scheduled records/activities.

    GET /company/{location_id}/schedules/{schedule_id}/days/{day_id}/events (operation `list_timetable_schedule_day_events`)

    Args:
        location_id (int): ID of a location.
        schedule_id (int): ID of a schedule.
        day_id (int): ID of a schedule series.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[list[ListTimetableScheduleDayEventsResponse200Item]]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        schedule_id=schedule_id,
        day_id=day_id,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    location_id: int,
    schedule_id: int,
    day_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[ListTimetableScheduleDayEventsResponse200Item] | None:
    """Get a List of Scheduled Appointments and Events

    Prints  a list of events of scheduled records/activities.

    GET /company/{location_id}/schedules/{schedule_id}/days/{day_id}/events (operation `list_timetable_schedule_day_events`)

    Args:
        location_id (int): ID of a location.
        schedule_id (int): ID of a schedule.
        day_id (int): ID of a schedule series.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[ListTimetableScheduleDayEventsResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        location_id=location_id,
        schedule_id=schedule_id,
        day_id=day_id,
        client=client,
        options=options,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    schedule_id: int,
    day_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[ListTimetableScheduleDayEventsResponse200Item]]:
    """Get a List of Scheduled Appointments and Events

    Prints  a list of events of scheduled records/activities.

    GET /company/{location_id}/schedules/{schedule_id}/days/{day_id}/events (operation `list_timetable_schedule_day_events`)

    Args:
        location_id (int): ID of a location.
        schedule_id (int): ID of a schedule.
        day_id (int): ID of a schedule series.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[list[ListTimetableScheduleDayEventsResponse200Item]]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        schedule_id=schedule_id,
        day_id=day_id,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    location_id: int,
    schedule_id: int,
    day_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[ListTimetableScheduleDayEventsResponse200Item] | None:
    """Get a List of Scheduled Appointments and Events

    Prints  a list of events of scheduled records/activities.

    GET /company/{location_id}/schedules/{schedule_id}/days/{day_id}/events (operation `list_timetable_schedule_day_events`)

    Args:
        location_id (int): ID of a location.
        schedule_id (int): ID of a schedule.
        day_id (int): ID of a schedule series.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[ListTimetableScheduleDayEventsResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            schedule_id=schedule_id,
            day_id=day_id,
            client=client,
            options=options,
        )
    ).parsed
