"""Change schedule of a specific team member

PUT /schedule/{location_id}/{team_member_id}/{start_date}/{end_date} (operation `update_team_member_schedule` of the Business Management API); needs the partner and the user token.
"""

import datetime
from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.update_team_member_schedule_body_type_0 import UpdateTeamMemberScheduleBodyType0
from ...types import UNSET, Response, Unset

_OPERATION = Operation(
    "update_team_member_schedule",
    "PUT",
    "/schedule/{location_id}/{team_member_id}/{start_date}/{end_date}",
    "BearerPartnerUser",
    response_kind="none",
)

_BODY = _fields.OneOf(
    _fields.Model("UpdateTeamMemberScheduleBodyType0"),
    _fields.ListOf(_fields.ANY),
)


def _request(
    location_id: int,
    team_member_id: int,
    start_date: datetime.date,
    end_date: datetime.date,
    *,
    body: list[Any] | Unset | UpdateTeamMemberScheduleBodyType0 = UNSET,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("team_member_id", team_member_id, required=True)

    _arguments.date("start_date", start_date, required=True)

    _arguments.date("end_date", end_date, required=True)

    _json: Any = None
    if not isinstance(body, Unset):
        _json = _arguments.body("body", _BODY, body)

    return RequestParts(
        path_params={
            "location_id": location_id,
            "team_member_id": team_member_id,
            "start_date": start_date,
            "end_date": end_date,
        },
        json=_json,
    )


def _parse_data(data: Any) -> Any:
    return None


def sync(
    location_id: int,
    team_member_id: int,
    start_date: datetime.date,
    end_date: datetime.date,
    *,
    body: list[Any] | Unset | UpdateTeamMemberScheduleBodyType0 = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Any:
    """Change schedule of a specific team member

    PUT /schedule/{location_id}/{team_member_id}/{start_date}/{end_date} (operation `update_team_member_schedule` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): location ID
        team_member_id (int): team member ID
        start_date (datetime.date): Start date (YYYY-MM-DD)
        end_date (datetime.date): End date (YYYY-MM-DD)
        body (list[Any] | Unset | UpdateTeamMemberScheduleBodyType0):  Example: [{'date':
            '2026-09-21T23:00:00.000-05:00', 'is_working': True, 'slots': [{'from': '10:00', 'to':
            '14:30'}, {'from': '15:00', 'to': '22:00'}]}, {'date': '2026-09-21T23:00:00.000-05:00',
            'is_working': True, 'slots': [{'from': '10:00', 'to': '14:00'}, {'from': '15:00', 'to':
            '23:15'}]}].
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            team_member_id=team_member_id,
            start_date=start_date,
            end_date=end_date,
            body=body,
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
    body: list[Any] | Unset | UpdateTeamMemberScheduleBodyType0 = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            team_member_id=team_member_id,
            start_date=start_date,
            end_date=end_date,
            body=body,
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
    body: list[Any] | Unset | UpdateTeamMemberScheduleBodyType0 = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Any:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                team_member_id=team_member_id,
                start_date=start_date,
                end_date=end_date,
                body=body,
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
    body: list[Any] | Unset | UpdateTeamMemberScheduleBodyType0 = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            team_member_id=team_member_id,
            start_date=start_date,
            end_date=end_date,
            body=body,
        ),
        _parse_data,
        options,
    )
