"""Get schedule of a specific team member

GET /schedule/{location_id}/{team_member_id}/{start_date}/{end_date} (operation `get_team_member_schedule` of the Business Management API); needs the partner and the user token.
"""

import datetime
from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime import shapes as _shapes
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.get_team_member_schedule_response_200_item import GetTeamMemberScheduleResponse200Item
from ...types import Response

_OPERATION = Operation(
    "get_team_member_schedule",
    "GET",
    "/schedule/{location_id}/{team_member_id}/{start_date}/{end_date}",
    "BearerPartnerUser",
)
_RESPONSE = _fields.ListOf(_fields.Model("GetTeamMemberScheduleResponse200Item"))


def _request(
    location_id: int,
    team_member_id: int,
    start_date: datetime.date,
    end_date: datetime.date,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("team_member_id", team_member_id, required=True)

    _arguments.date("start_date", start_date, required=True)

    _arguments.date("end_date", end_date, required=True)

    return RequestParts(
        path_params={
            "location_id": location_id,
            "team_member_id": team_member_id,
            "start_date": start_date,
            "end_date": end_date,
        },
    )


def _parse_data(data: Any) -> list[GetTeamMemberScheduleResponse200Item]:
    data = _shapes.as_list(data)
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    team_member_id: int,
    start_date: datetime.date,
    end_date: datetime.date,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetTeamMemberScheduleResponse200Item] | None:
    """Get schedule of a specific team member

    GET /schedule/{location_id}/{team_member_id}/{start_date}/{end_date} (operation `get_team_member_schedule` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): location ID
        team_member_id (int): team member ID.
        start_date (datetime.date): Period start date
        end_date (datetime.date): Period end date
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetTeamMemberScheduleResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            team_member_id=team_member_id,
            start_date=start_date,
            end_date=end_date,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    team_member_id: int,
    start_date: datetime.date,
    end_date: datetime.date,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetTeamMemberScheduleResponse200Item]]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            team_member_id=team_member_id,
            start_date=start_date,
            end_date=end_date,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    team_member_id: int,
    start_date: datetime.date,
    end_date: datetime.date,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetTeamMemberScheduleResponse200Item] | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                team_member_id=team_member_id,
                start_date=start_date,
                end_date=end_date,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    team_member_id: int,
    start_date: datetime.date,
    end_date: datetime.date,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetTeamMemberScheduleResponse200Item]]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            team_member_id=team_member_id,
            start_date=start_date,
            end_date=end_date,
        ),
        _parse_data,
        options,
    )
