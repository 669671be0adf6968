from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
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

_OPERATION = OPERATIONS["search_timetable_event_schedules_by_event"]


def _get_kwargs(
    location_id: int,
    entity_type: SearchTimetableEventSchedulesByEventEntityType,
    entity_id: int,
    *,
    include: list[SearchTimetableEventSchedulesByEventIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    entity_type = _arguments.member(
        "entity_type", entity_type, SearchTimetableEventSchedulesByEventEntityType, required=True
    )

    _arguments.integer("entity_id", entity_id, required=True)

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
        "method": "get",
        "url": "/company/{location_id}/schedules/search/{entity_type}/{entity_id}".format(
            location_id=quote(str(location_id), safe=""),
            entity_type=quote(str(entity_type), safe=""),
            entity_id=quote(str(entity_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_data(data: Any) -> SearchTimetableEventSchedulesByEventResponse200:
    response_200 = SearchTimetableEventSchedulesByEventResponse200.from_dict(data)

    return response_200


def sync_detailed(
    location_id: int,
    entity_type: SearchTimetableEventSchedulesByEventEntityType,
    entity_id: int,
    *,
    include: list[SearchTimetableEventSchedulesByEventIncludeItem] | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[SearchTimetableEventSchedulesByEventResponse200]:
    """Search a Schedule by Event

    Search for a schedule based on the appointment or event linked to it, or based on the associated
    appointment or event.

    GET /company/{location_id}/schedules/search/{entity_type}/{entity_id} (operation `search_timetable_event_schedules_by_event`)

    Args:
        location_id (int): ID of a location.
        entity_type (SearchTimetableEventSchedulesByEventEntityType): Type of an entity schedule
            is searched by:
        entity_id (int): ID of an entity schedule is searched by.
        include (list[SearchTimetableEventSchedulesByEventIncludeItem] | Unset): Requested set of
            an included models.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[SearchTimetableEventSchedulesByEventResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        entity_type=entity_type,
        entity_id=entity_id,
        include=include,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


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

    GET /company/{location_id}/schedules/search/{entity_type}/{entity_id} (operation `search_timetable_event_schedules_by_event`)

    Args:
        location_id (int): ID of a location.
        entity_type (SearchTimetableEventSchedulesByEventEntityType): Type of an entity schedule
            is searched by:
        entity_id (int): ID of an entity schedule is searched by.
        include (list[SearchTimetableEventSchedulesByEventIncludeItem] | Unset): Requested set of
            an included models.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        SearchTimetableEventSchedulesByEventResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        location_id=location_id,
        entity_type=entity_type,
        entity_id=entity_id,
        client=client,
        include=include,
        options=options,
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
    """Search a Schedule by Event

    Search for a schedule based on the appointment or event linked to it, or based on the associated
    appointment or event.

    GET /company/{location_id}/schedules/search/{entity_type}/{entity_id} (operation `search_timetable_event_schedules_by_event`)

    Args:
        location_id (int): ID of a location.
        entity_type (SearchTimetableEventSchedulesByEventEntityType): Type of an entity schedule
            is searched by:
        entity_id (int): ID of an entity schedule is searched by.
        include (list[SearchTimetableEventSchedulesByEventIncludeItem] | Unset): Requested set of
            an included models.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[SearchTimetableEventSchedulesByEventResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        entity_type=entity_type,
        entity_id=entity_id,
        include=include,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
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

    GET /company/{location_id}/schedules/search/{entity_type}/{entity_id} (operation `search_timetable_event_schedules_by_event`)

    Args:
        location_id (int): ID of a location.
        entity_type (SearchTimetableEventSchedulesByEventEntityType): Type of an entity schedule
            is searched by:
        entity_id (int): ID of an entity schedule is searched by.
        include (list[SearchTimetableEventSchedulesByEventIncludeItem] | Unset): Requested set of
            an included models.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        SearchTimetableEventSchedulesByEventResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            entity_type=entity_type,
            entity_id=entity_id,
            client=client,
            include=include,
            options=options,
        )
    ).parsed
