from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.create_timetable_event_schedule_body import CreateTimetableEventScheduleBody
from ...models.create_timetable_event_schedule_include_item import CreateTimetableEventScheduleIncludeItem
from ...models.create_timetable_event_schedule_response_201 import CreateTimetableEventScheduleResponse201
from ...types import UNSET, Response, Unset

_OPERATION = OPERATIONS["create_timetable_event_schedule"]


def _get_kwargs(
    location_id: int,
    *,
    body: CreateTimetableEventScheduleBody | Unset = UNSET,
    include: list[CreateTimetableEventScheduleIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.instance("body", body, CreateTimetableEventScheduleBody, required=False)

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
        "url": "/company/{location_id}/schedules".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_data(data: Any) -> CreateTimetableEventScheduleResponse201:
    response_201 = CreateTimetableEventScheduleResponse201.from_dict(data)

    return response_201


def sync_detailed(
    location_id: int,
    *,
    body: CreateTimetableEventScheduleBody | Unset = UNSET,
    include: list[CreateTimetableEventScheduleIncludeItem] | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[CreateTimetableEventScheduleResponse201]:
    """Create a Schedule

    Creates a schedule for appointments or events based on the original associated entity.

    POST /company/{location_id}/schedules (operation `create_timetable_event_schedule`)

    Args:
        location_id (int): ID of a location.
        include (list[CreateTimetableEventScheduleIncludeItem] | Unset): Requested set of an
            included models.
        body (CreateTimetableEventScheduleBody | Unset):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[CreateTimetableEventScheduleResponse201]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        body=body,
        include=include,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    location_id: int,
    *,
    body: CreateTimetableEventScheduleBody | Unset = UNSET,
    include: list[CreateTimetableEventScheduleIncludeItem] | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> CreateTimetableEventScheduleResponse201 | None:
    """Create a Schedule

    Creates a schedule for appointments or events based on the original associated entity.

    POST /company/{location_id}/schedules (operation `create_timetable_event_schedule`)

    Args:
        location_id (int): ID of a location.
        include (list[CreateTimetableEventScheduleIncludeItem] | Unset): Requested set of an
            included models.
        body (CreateTimetableEventScheduleBody | Unset):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        CreateTimetableEventScheduleResponse201 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        location_id=location_id,
        client=client,
        body=body,
        include=include,
        options=options,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    body: CreateTimetableEventScheduleBody | Unset = UNSET,
    include: list[CreateTimetableEventScheduleIncludeItem] | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[CreateTimetableEventScheduleResponse201]:
    """Create a Schedule

    Creates a schedule for appointments or events based on the original associated entity.

    POST /company/{location_id}/schedules (operation `create_timetable_event_schedule`)

    Args:
        location_id (int): ID of a location.
        include (list[CreateTimetableEventScheduleIncludeItem] | Unset): Requested set of an
            included models.
        body (CreateTimetableEventScheduleBody | Unset):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[CreateTimetableEventScheduleResponse201]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        body=body,
        include=include,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    location_id: int,
    *,
    body: CreateTimetableEventScheduleBody | Unset = UNSET,
    include: list[CreateTimetableEventScheduleIncludeItem] | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> CreateTimetableEventScheduleResponse201 | None:
    """Create a Schedule

    Creates a schedule for appointments or events based on the original associated entity.

    POST /company/{location_id}/schedules (operation `create_timetable_event_schedule`)

    Args:
        location_id (int): ID of a location.
        include (list[CreateTimetableEventScheduleIncludeItem] | Unset): Requested set of an
            included models.
        body (CreateTimetableEventScheduleBody | Unset):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        CreateTimetableEventScheduleResponse201 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            body=body,
            include=include,
            options=options,
        )
    ).parsed
