"""Search a Schedule by Event

GET /company/{location_id}/schedules/search/{entity_type}/{entity_id} (operation `search_timetable_event_schedules_by_event` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.search_timetable_event_schedules_by_event_entity_type import (
    SearchTimetableEventSchedulesByEventEntityType,
)
from ...models.search_timetable_event_schedules_by_event_include_item import (
    SearchTimetableEventSchedulesByEventIncludeItem,
)
from ...models.search_timetable_event_schedules_by_event_response_200 import (
    SearchTimetableEventSchedulesByEventResponse200,
)
from ...types import UNSET, Response, Unset

_OPERATION = Operation(
    "search_timetable_event_schedules_by_event",
    "GET",
    "/company/{location_id}/schedules/search/{entity_type}/{entity_id}",
    "BearerPartnerUser",
)
_RESPONSE = _fields.Model("SearchTimetableEventSchedulesByEventResponse200")


def _request(
    location_id: int,
    entity_type: SearchTimetableEventSchedulesByEventEntityType,
    entity_id: int,
    *,
    include: list[SearchTimetableEventSchedulesByEventIncludeItem] | Unset = UNSET,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    entity_type = _arguments.member(
        "entity_type", entity_type, SearchTimetableEventSchedulesByEventEntityType, required=True
    )

    _arguments.integer("entity_id", entity_id, required=True)

    include = _arguments.members("include", include, SearchTimetableEventSchedulesByEventIncludeItem, required=False)

    params: dict[str, Any] = {}
    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for include_item_data in include:
            include_item = include_item_data.value
            json_include.append(include_item)

    params["include[]"] = json_include
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestParts(
        path_params={
            "location_id": location_id,
            "entity_type": entity_type,
            "entity_id": entity_id,
        },
        params=params,
    )


def _parse_data(data: Any) -> SearchTimetableEventSchedulesByEventResponse200:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    entity_type: SearchTimetableEventSchedulesByEventEntityType,
    entity_id: int,
    *,
    include: list[SearchTimetableEventSchedulesByEventIncludeItem] | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> SearchTimetableEventSchedulesByEventResponse200 | None:
    """Search a Schedule by Event

    Search for a schedule based on the appointment or event linked to it, or based on the associated
    appointment or event.

    GET /company/{location_id}/schedules/search/{entity_type}/{entity_id} (operation `search_timetable_event_schedules_by_event` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): ID of a location.
        entity_type (SearchTimetableEventSchedulesByEventEntityType): Type of an entity schedule
            is searched by:
            `record` - individual appointment, currently not supported;
            `activity` - group event.
        entity_id (int): ID of an entity schedule is searched by.
        include (list[SearchTimetableEventSchedulesByEventIncludeItem] | Unset): Requested set of
            an included models.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        SearchTimetableEventSchedulesByEventResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            entity_type=entity_type,
            entity_id=entity_id,
            include=include,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    entity_type: SearchTimetableEventSchedulesByEventEntityType,
    entity_id: int,
    *,
    include: list[SearchTimetableEventSchedulesByEventIncludeItem] | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[SearchTimetableEventSchedulesByEventResponse200]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            entity_type=entity_type,
            entity_id=entity_id,
            include=include,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    entity_type: SearchTimetableEventSchedulesByEventEntityType,
    entity_id: int,
    *,
    include: list[SearchTimetableEventSchedulesByEventIncludeItem] | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> SearchTimetableEventSchedulesByEventResponse200 | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                entity_type=entity_type,
                entity_id=entity_id,
                include=include,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    entity_type: SearchTimetableEventSchedulesByEventEntityType,
    entity_id: int,
    *,
    include: list[SearchTimetableEventSchedulesByEventIncludeItem] | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[SearchTimetableEventSchedulesByEventResponse200]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            entity_type=entity_type,
            entity_id=entity_id,
            include=include,
        ),
        _parse_data,
        options,
    )
