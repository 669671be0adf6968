"""Get team member schedules

GET /company/{location_id}/staff/schedule (operation `get_team_member_schedule_list` of the Business Management API); needs the partner and the user token.
"""

import datetime
from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.get_team_member_schedule_list_include_item import GetTeamMemberScheduleListIncludeItem
from ...models.get_team_member_schedule_list_response_200_item import GetTeamMemberScheduleListResponse200Item
from ...types import UNSET, Response, Unset

_OPERATION = Operation(
    "get_team_member_schedule_list", "GET", "/company/{location_id}/staff/schedule", "BearerPartnerUser"
)
_RESPONSE = _fields.ListOf(_fields.Model("GetTeamMemberScheduleListResponse200Item"))


def _request(
    location_id: int,
    *,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    staff_ids: list[int] | Unset = UNSET,
    include: list[GetTeamMemberScheduleListIncludeItem] | Unset = UNSET,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.date("start_date", start_date, required=False)

    _arguments.date("end_date", end_date, required=False)

    staff_ids = _arguments.integers("staff_ids", staff_ids, required=False)

    include = _arguments.members("include", include, GetTeamMemberScheduleListIncludeItem, required=False)

    params: dict[str, Any] = {}
    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date
    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date
    json_staff_ids: list[int] | Unset = UNSET
    if not isinstance(staff_ids, Unset):
        json_staff_ids = staff_ids

    params["staff_ids[]"] = json_staff_ids
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
        },
        params=params,
    )


def _parse_data(data: Any) -> list[GetTeamMemberScheduleListResponse200Item]:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    *,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    staff_ids: list[int] | Unset = UNSET,
    include: list[GetTeamMemberScheduleListIncludeItem] | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetTeamMemberScheduleListResponse200Item] | None:
    """Get team member schedules

    Retrieves work schedules for team members as working intervals.

    Optionally includes:
    - Busy intervals (appointments and events)
    - Off-day type identifiers

    **Query Parameters:**
    - `start_date` / `end_date` - Date range for schedule search
    - `staff_ids[]` - Filter by specific team members
    - `include[]` - Include additional data (busy_intervals, off_day_type)

    GET /company/{location_id}/staff/schedule (operation `get_team_member_schedule_list` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): Location ID
        start_date (datetime.date | Unset): Start date for schedule search (YYYY-MM-DD)
        end_date (datetime.date | Unset): End date for schedule search (YYYY-MM-DD)
        staff_ids (list[int] | Unset): Team member IDs to filter by.
            Example: `staff_ids[]=123&staff_ids[]=234`
        include (list[GetTeamMemberScheduleListIncludeItem] | Unset): Additional data to include
            in response.
            Example: `include[]=busy_intervals&include[]=off_day_type`
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetTeamMemberScheduleListResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            start_date=start_date,
            end_date=end_date,
            staff_ids=staff_ids,
            include=include,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    *,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    staff_ids: list[int] | Unset = UNSET,
    include: list[GetTeamMemberScheduleListIncludeItem] | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetTeamMemberScheduleListResponse200Item]]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            start_date=start_date,
            end_date=end_date,
            staff_ids=staff_ids,
            include=include,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    *,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    staff_ids: list[int] | Unset = UNSET,
    include: list[GetTeamMemberScheduleListIncludeItem] | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetTeamMemberScheduleListResponse200Item] | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                start_date=start_date,
                end_date=end_date,
                staff_ids=staff_ids,
                include=include,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    staff_ids: list[int] | Unset = UNSET,
    include: list[GetTeamMemberScheduleListIncludeItem] | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetTeamMemberScheduleListResponse200Item]]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            start_date=start_date,
            end_date=end_date,
            staff_ids=staff_ids,
            include=include,
        ),
        _parse_data,
        options,
    )
