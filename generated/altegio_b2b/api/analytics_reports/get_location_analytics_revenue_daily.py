"""Get data on revenue by day

GET /company/{location_id}/analytics/overall/charts/income_daily (operation `get_location_analytics_revenue_daily` of the Business Management API); needs the partner and the user token.
"""

import datetime
from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.get_location_analytics_revenue_daily_response_200_item import (
    GetLocationAnalyticsRevenueDailyResponse200Item,
)
from ...types import UNSET, Response, Unset

_OPERATION = Operation(
    "get_location_analytics_revenue_daily",
    "GET",
    "/company/{location_id}/analytics/overall/charts/income_daily",
    "BearerPartnerUser",
)
_RESPONSE = _fields.ListOf(_fields.Model("GetLocationAnalyticsRevenueDailyResponse200Item"))


def _request(
    location_id: int,
    *,
    date_from: datetime.date,
    date_to: datetime.date,
    team_member_id: int | Unset = UNSET,
    position_id: int | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.date("date_from", date_from, required=True)

    _arguments.date("date_to", date_to, required=True)

    _arguments.integer("team_member_id", team_member_id, required=False)

    _arguments.integer("position_id", position_id, required=False)

    _arguments.integer("user_id", user_id, required=False)

    params: dict[str, Any] = {}
    json_date_from = date_from.isoformat()
    params["date_from"] = json_date_from
    json_date_to = date_to.isoformat()
    params["date_to"] = json_date_to
    params["team_member_id"] = team_member_id
    params["position_id"] = position_id
    params["user_id"] = user_id
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestParts(
        path_params={
            "location_id": location_id,
        },
        params=params,
    )


def _parse_data(data: Any) -> list[GetLocationAnalyticsRevenueDailyResponse200Item]:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    *,
    date_from: datetime.date,
    date_to: datetime.date,
    team_member_id: int | Unset = UNSET,
    position_id: int | Unset = UNSET,
    user_id: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetLocationAnalyticsRevenueDailyResponse200Item] | None:
    """Get data on revenue by day

    GET /company/{location_id}/analytics/overall/charts/income_daily (operation `get_location_analytics_revenue_daily` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): location ID
        date_from (datetime.date): Start date of the analyzed period
        date_to (datetime.date): End date of the analyzed period (included in the report)
        team_member_id (int | Unset): ID of the location team member whose work needs to be
            analyzed
        position_id (int | Unset): location position ID to analyze the work of all team members
            belonging to the same position
        user_id (int | Unset): The user ID of the location whose work you want to analyze
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetLocationAnalyticsRevenueDailyResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            date_from=date_from,
            date_to=date_to,
            team_member_id=team_member_id,
            position_id=position_id,
            user_id=user_id,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    *,
    date_from: datetime.date,
    date_to: datetime.date,
    team_member_id: int | Unset = UNSET,
    position_id: int | Unset = UNSET,
    user_id: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetLocationAnalyticsRevenueDailyResponse200Item]]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            date_from=date_from,
            date_to=date_to,
            team_member_id=team_member_id,
            position_id=position_id,
            user_id=user_id,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    *,
    date_from: datetime.date,
    date_to: datetime.date,
    team_member_id: int | Unset = UNSET,
    position_id: int | Unset = UNSET,
    user_id: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetLocationAnalyticsRevenueDailyResponse200Item] | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                date_from=date_from,
                date_to=date_to,
                team_member_id=team_member_id,
                position_id=position_id,
                user_id=user_id,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    date_from: datetime.date,
    date_to: datetime.date,
    team_member_id: int | Unset = UNSET,
    position_id: int | Unset = UNSET,
    user_id: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetLocationAnalyticsRevenueDailyResponse200Item]]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            date_from=date_from,
            date_to=date_to,
            team_member_id=team_member_id,
            position_id=position_id,
            user_id=user_id,
        ),
        _parse_data,
        options,
    )
