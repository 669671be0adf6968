"""Get Mutual Settlements for a Specific Team Member

GET /company/{location_id}/salary/staff/{team_member_id}/calculation (operation `get_team_member_salary_calculation` of the Business Management API); needs the partner and the user token.
"""

import datetime
from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.get_team_member_salary_calculation_response_200 import GetTeamMemberSalaryCalculationResponse200
from ...types import UNSET, Response

_OPERATION = Operation(
    "get_team_member_salary_calculation",
    "GET",
    "/company/{location_id}/salary/staff/{team_member_id}/calculation",
    "BearerPartnerUser",
)
_RESPONSE = _fields.Model("GetTeamMemberSalaryCalculationResponse200")


def _request(
    location_id: int,
    team_member_id: int,
    *,
    date_from: datetime.date,
    date_to: datetime.date,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("team_member_id", team_member_id, required=True)

    _arguments.date("date_from", date_from, required=True)

    _arguments.date("date_to", date_to, required=True)

    params: dict[str, Any] = {}
    json_date_from = date_from.isoformat()
    params["date_from"] = json_date_from
    json_date_to = date_to.isoformat()
    params["date_to"] = json_date_to
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestParts(
        path_params={
            "location_id": location_id,
            "team_member_id": team_member_id,
        },
        params=params,
    )


def _parse_data(data: Any) -> GetTeamMemberSalaryCalculationResponse200:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    team_member_id: int,
    *,
    date_from: datetime.date,
    date_to: datetime.date,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> GetTeamMemberSalaryCalculationResponse200 | None:
    """Get Mutual Settlements for a Specific Team Member

    The method allows you to get mutual settlements of a specific team member. In the user's access
    rights, the checkbox "Access to payroll only for a specific team member" must be specified.

    GET /company/{location_id}/salary/staff/{team_member_id}/calculation (operation `get_team_member_salary_calculation` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): ID of a location.
        team_member_id (int): ID of a team member.
        date_from (datetime.date): Start from date.
        date_to (datetime.date): End to date.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        GetTeamMemberSalaryCalculationResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            team_member_id=team_member_id,
            date_from=date_from,
            date_to=date_to,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    team_member_id: int,
    *,
    date_from: datetime.date,
    date_to: datetime.date,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[GetTeamMemberSalaryCalculationResponse200]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            team_member_id=team_member_id,
            date_from=date_from,
            date_to=date_to,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    team_member_id: int,
    *,
    date_from: datetime.date,
    date_to: datetime.date,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> GetTeamMemberSalaryCalculationResponse200 | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                team_member_id=team_member_id,
                date_from=date_from,
                date_to=date_to,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    team_member_id: int,
    *,
    date_from: datetime.date,
    date_to: datetime.date,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[GetTeamMemberSalaryCalculationResponse200]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            team_member_id=team_member_id,
            date_from=date_from,
            date_to=date_to,
        ),
        _parse_data,
        options,
    )
