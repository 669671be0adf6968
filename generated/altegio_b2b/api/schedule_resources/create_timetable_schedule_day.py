from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.create_timetable_schedule_day_body import CreateTimetableScheduleDayBody
from ...models.create_timetable_schedule_day_include_item import CreateTimetableScheduleDayIncludeItem
from ...models.create_timetable_schedule_day_response_201 import CreateTimetableScheduleDayResponse201
from ...types import UNSET, Response, Unset

_OPERATION = OPERATIONS["create_timetable_schedule_day"]


def _get_kwargs(
    location_id: int,
    schedule_id: int,
    *,
    body: CreateTimetableScheduleDayBody | Unset = UNSET,
    include: list[CreateTimetableScheduleDayIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("schedule_id", schedule_id, required=True)

    _arguments.instance("body", body, CreateTimetableScheduleDayBody, required=False)

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
        "method": "post",
        "url": "/company/{location_id}/schedules/{schedule_id}/days".format(
            location_id=quote(str(location_id), safe=""),
            schedule_id=quote(str(schedule_id), safe=""),
        ),
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_data(data: Any) -> CreateTimetableScheduleDayResponse201:
    response_201 = CreateTimetableScheduleDayResponse201.from_dict(data)

    return response_201


def sync_detailed(
    location_id: int,
    schedule_id: int,
    *,
    body: CreateTimetableScheduleDayBody | Unset = UNSET,
    include: list[CreateTimetableScheduleDayIncludeItem] | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[CreateTimetableScheduleDayResponse201]:
    """Create a Schedule Series

    Adds a new series to an existing schedule of appointments or events.

    POST /company/{location_id}/schedules/{schedule_id}/days (operation `create_timetable_schedule_day`)

    Args:
        location_id (int): ID of a location.
        schedule_id (int): ID of a schedule.
        include (list[CreateTimetableScheduleDayIncludeItem] | Unset): Requested set of an
            included models.
        body (CreateTimetableScheduleDayBody | Unset):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[CreateTimetableScheduleDayResponse201]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        schedule_id=schedule_id,
        body=body,
        include=include,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    location_id: int,
    schedule_id: int,
    *,
    body: CreateTimetableScheduleDayBody | Unset = UNSET,
    include: list[CreateTimetableScheduleDayIncludeItem] | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> CreateTimetableScheduleDayResponse201 | None:
    """Create a Schedule Series

    Adds a new series to an existing schedule of appointments or events.

    POST /company/{location_id}/schedules/{schedule_id}/days (operation `create_timetable_schedule_day`)

    Args:
        location_id (int): ID of a location.
        schedule_id (int): ID of a schedule.
        include (list[CreateTimetableScheduleDayIncludeItem] | Unset): Requested set of an
            included models.
        body (CreateTimetableScheduleDayBody | Unset):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        CreateTimetableScheduleDayResponse201 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        location_id=location_id,
        schedule_id=schedule_id,
        client=client,
        body=body,
        include=include,
        options=options,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    schedule_id: int,
    *,
    body: CreateTimetableScheduleDayBody | Unset = UNSET,
    include: list[CreateTimetableScheduleDayIncludeItem] | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[CreateTimetableScheduleDayResponse201]:
    """Create a Schedule Series

    Adds a new series to an existing schedule of appointments or events.

    POST /company/{location_id}/schedules/{schedule_id}/days (operation `create_timetable_schedule_day`)

    Args:
        location_id (int): ID of a location.
        schedule_id (int): ID of a schedule.
        include (list[CreateTimetableScheduleDayIncludeItem] | Unset): Requested set of an
            included models.
        body (CreateTimetableScheduleDayBody | Unset):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[CreateTimetableScheduleDayResponse201]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        schedule_id=schedule_id,
        body=body,
        include=include,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    location_id: int,
    schedule_id: int,
    *,
    body: CreateTimetableScheduleDayBody | Unset = UNSET,
    include: list[CreateTimetableScheduleDayIncludeItem] | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> CreateTimetableScheduleDayResponse201 | None:
    """Create a Schedule Series

    Adds a new series to an existing schedule of appointments or events.

    POST /company/{location_id}/schedules/{schedule_id}/days (operation `create_timetable_schedule_day`)

    Args:
        location_id (int): ID of a location.
        schedule_id (int): ID of a schedule.
        include (list[CreateTimetableScheduleDayIncludeItem] | Unset): Requested set of an
            included models.
        body (CreateTimetableScheduleDayBody | Unset):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        CreateTimetableScheduleDayResponse201 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            schedule_id=schedule_id,
            client=client,
            body=body,
            include=include,
            options=options,
        )
    ).parsed
