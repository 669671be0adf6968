"""Create a Schedule

POST /company/{location_id}/schedules (operation `create_timetable_event_schedule` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.create_timetable_event_schedule_body import CreateTimetableEventScheduleBody
from ...models.create_timetable_event_schedule_include_item import CreateTimetableEventScheduleIncludeItem
from ...models.create_timetable_event_schedule_response_201 import CreateTimetableEventScheduleResponse201
from ...types import UNSET, Response, Unset

_OPERATION = Operation(
    "create_timetable_event_schedule", "POST", "/company/{location_id}/schedules", "BearerPartnerUser"
)
_RESPONSE = _fields.Model("CreateTimetableEventScheduleResponse201")

_BODY = _fields.Model("CreateTimetableEventScheduleBody")


def _request(
    location_id: int,
    *,
    body: CreateTimetableEventScheduleBody | Unset = UNSET,
    include: list[CreateTimetableEventScheduleIncludeItem] | Unset = UNSET,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    include = _arguments.members("include", include, CreateTimetableEventScheduleIncludeItem, required=False)

    _arguments.instance("body", body, CreateTimetableEventScheduleBody, required=False)

    params: dict[str, Any] = {}
    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for include_item_data in include:
            include_item = include_item_data.value
            json_include.append(include_item)

    params["include[]"] = json_include
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _json: Any = None
    if not isinstance(body, Unset):
        _json = _arguments.body("body", _BODY, body)

    return RequestParts(
        path_params={
            "location_id": location_id,
        },
        params=params,
        json=_json,
    )


def _parse_data(data: Any) -> CreateTimetableEventScheduleResponse201:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


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

    POST /company/{location_id}/schedules (operation `create_timetable_event_schedule` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): ID of a location.
        include (list[CreateTimetableEventScheduleIncludeItem] | Unset): Requested set of an
            included models.
        body (CreateTimetableEventScheduleBody | Unset):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        CreateTimetableEventScheduleResponse201 | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            body=body,
            include=include,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    *,
    body: CreateTimetableEventScheduleBody | Unset = UNSET,
    include: list[CreateTimetableEventScheduleIncludeItem] | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[CreateTimetableEventScheduleResponse201]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            body=body,
            include=include,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    *,
    body: CreateTimetableEventScheduleBody | Unset = UNSET,
    include: list[CreateTimetableEventScheduleIncludeItem] | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> CreateTimetableEventScheduleResponse201 | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                body=body,
                include=include,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    body: CreateTimetableEventScheduleBody | Unset = UNSET,
    include: list[CreateTimetableEventScheduleIncludeItem] | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[CreateTimetableEventScheduleResponse201]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            body=body,
            include=include,
        ),
        _parse_data,
        options,
    )
