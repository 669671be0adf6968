from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.update_timetable_schedule_day_body import UpdateTimetableScheduleDayBody
from ...models.update_timetable_schedule_day_include_item import UpdateTimetableScheduleDayIncludeItem
from ...models.update_timetable_schedule_day_response_200 import UpdateTimetableScheduleDayResponse200
from ...types import UNSET, Response, Unset

_OPERATION = OPERATIONS["update_timetable_schedule_day"]


def _get_kwargs(
    location_id: int,
    schedule_id: int,
    day_id: int,
    *,
    body: UpdateTimetableScheduleDayBody | Unset = UNSET,
    include: list[UpdateTimetableScheduleDayIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("schedule_id", schedule_id, required=True)

    _arguments.integer("day_id", day_id, required=True)

    _arguments.instance("body", body, UpdateTimetableScheduleDayBody, required=False)

    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for include_item_data in include:
            include_item = include_item_data.value
            json_include.append(include_item)

    params["include"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/company/{location_id}/schedules/{schedule_id}/days/{day_id}".format(
            location_id=quote(str(location_id), safe=""),
            schedule_id=quote(str(schedule_id), safe=""),
            day_id=quote(str(day_id), safe=""),
        ),
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_data(data: Any) -> UpdateTimetableScheduleDayResponse200:
    response_200 = UpdateTimetableScheduleDayResponse200.from_dict(data)

    return response_200


def sync_detailed(
    location_id: int,
    schedule_id: int,
    day_id: int,
    *,
    body: UpdateTimetableScheduleDayBody | Unset = UNSET,
    include: list[UpdateTimetableScheduleDayIncludeItem] | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[UpdateTimetableScheduleDayResponse200]:
    """Update a schedule series

    Updates the settings of a schedule series for appointments or events.

    PATCH /company/{location_id}/schedules/{schedule_id}/days/{day_id} (operation `update_timetable_schedule_day`)

    Args:
        location_id (int): ID of a location.
        schedule_id (int): ID of a schedule.
        day_id (int): ID of a schedule series.
        include (list[UpdateTimetableScheduleDayIncludeItem] | Unset): Requested set of an
            included models.
        body (UpdateTimetableScheduleDayBody | Unset):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[UpdateTimetableScheduleDayResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        schedule_id=schedule_id,
        day_id=day_id,
        body=body,
        include=include,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    location_id: int,
    schedule_id: int,
    day_id: int,
    *,
    body: UpdateTimetableScheduleDayBody | Unset = UNSET,
    include: list[UpdateTimetableScheduleDayIncludeItem] | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> UpdateTimetableScheduleDayResponse200 | None:
    """Update a schedule series

    Updates the settings of a schedule series for appointments or events.

    PATCH /company/{location_id}/schedules/{schedule_id}/days/{day_id} (operation `update_timetable_schedule_day`)

    Args:
        location_id (int): ID of a location.
        schedule_id (int): ID of a schedule.
        day_id (int): ID of a schedule series.
        include (list[UpdateTimetableScheduleDayIncludeItem] | Unset): Requested set of an
            included models.
        body (UpdateTimetableScheduleDayBody | Unset):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        UpdateTimetableScheduleDayResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        location_id=location_id,
        schedule_id=schedule_id,
        day_id=day_id,
        client=client,
        body=body,
        include=include,
        options=options,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    schedule_id: int,
    day_id: int,
    *,
    body: UpdateTimetableScheduleDayBody | Unset = UNSET,
    include: list[UpdateTimetableScheduleDayIncludeItem] | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[UpdateTimetableScheduleDayResponse200]:
    """Update a schedule series

    Updates the settings of a schedule series for appointments or events.

    PATCH /company/{location_id}/schedules/{schedule_id}/days/{day_id} (operation `update_timetable_schedule_day`)

    Args:
        location_id (int): ID of a location.
        schedule_id (int): ID of a schedule.
        day_id (int): ID of a schedule series.
        include (list[UpdateTimetableScheduleDayIncludeItem] | Unset): Requested set of an
            included models.
        body (UpdateTimetableScheduleDayBody | Unset):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[UpdateTimetableScheduleDayResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        schedule_id=schedule_id,
        day_id=day_id,
        body=body,
        include=include,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    location_id: int,
    schedule_id: int,
    day_id: int,
    *,
    body: UpdateTimetableScheduleDayBody | Unset = UNSET,
    include: list[UpdateTimetableScheduleDayIncludeItem] | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> UpdateTimetableScheduleDayResponse200 | None:
    """Update a schedule series

    Updates the settings of a schedule series for appointments or events.

    PATCH /company/{location_id}/schedules/{schedule_id}/days/{day_id} (operation `update_timetable_schedule_day`)

    Args:
        location_id (int): ID of a location.
        schedule_id (int): ID of a schedule.
        day_id (int): ID of a schedule series.
        include (list[UpdateTimetableScheduleDayIncludeItem] | Unset): Requested set of an
            included models.
        body (UpdateTimetableScheduleDayBody | Unset):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        UpdateTimetableScheduleDayResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            schedule_id=schedule_id,
            day_id=day_id,
            client=client,
            body=body,
            include=include,
            options=options,
        )
    ).parsed
