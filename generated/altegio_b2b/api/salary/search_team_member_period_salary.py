from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.search_team_member_period_salary_response_200 import SearchTeamMemberPeriodSalaryResponse200
from ...types import UNSET, Response

_OPERATION = OPERATIONS["search_team_member_period_salary"]


def _get_kwargs(
    location_id: int,
    team_member_id: int,
    *,
    date_from: str,
    date_to: str,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("team_member_id", team_member_id, required=True)

    params: dict[str, Any] = {}

    params["date_from"] = date_from

    params["date_to"] = date_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}/salary/period/staff/{team_member_id}".format(
            location_id=quote(str(location_id), safe=""),
            team_member_id=quote(str(team_member_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_data(data: Any) -> SearchTeamMemberPeriodSalaryResponse200:
    response_200 = SearchTeamMemberPeriodSalaryResponse200.from_dict(data)

    return response_200


def sync_detailed(
    location_id: int,
    team_member_id: int,
    *,
    date_from: str,
    date_to: str,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[SearchTeamMemberPeriodSalaryResponse200]:
    """Getting payroll for a period for a team member

    The method allows location owner to get the calculation for the period for a team member.

    GET /company/{location_id}/salary/period/staff/{team_member_id} (operation `search_team_member_period_salary`)

    Args:
        location_id (int): ID of a location.
        team_member_id (int): ID of a team member.
        date_from (str): Start from date.
        date_to (str): End to date.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[SearchTeamMemberPeriodSalaryResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        team_member_id=team_member_id,
        date_from=date_from,
        date_to=date_to,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    location_id: int,
    team_member_id: int,
    *,
    date_from: str,
    date_to: str,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> SearchTeamMemberPeriodSalaryResponse200 | None:
    """Getting payroll for a period for a team member

    The method allows location owner to get the calculation for the period for a team member.

    GET /company/{location_id}/salary/period/staff/{team_member_id} (operation `search_team_member_period_salary`)

    Args:
        location_id (int): ID of a location.
        team_member_id (int): ID of a team member.
        date_from (str): Start from date.
        date_to (str): End to date.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        SearchTeamMemberPeriodSalaryResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        location_id=location_id,
        team_member_id=team_member_id,
        client=client,
        date_from=date_from,
        date_to=date_to,
        options=options,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    team_member_id: int,
    *,
    date_from: str,
    date_to: str,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[SearchTeamMemberPeriodSalaryResponse200]:
    """Getting payroll for a period for a team member

    The method allows location owner to get the calculation for the period for a team member.

    GET /company/{location_id}/salary/period/staff/{team_member_id} (operation `search_team_member_period_salary`)

    Args:
        location_id (int): ID of a location.
        team_member_id (int): ID of a team member.
        date_from (str): Start from date.
        date_to (str): End to date.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[SearchTeamMemberPeriodSalaryResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        team_member_id=team_member_id,
        date_from=date_from,
        date_to=date_to,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    location_id: int,
    team_member_id: int,
    *,
    date_from: str,
    date_to: str,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> SearchTeamMemberPeriodSalaryResponse200 | None:
    """Getting payroll for a period for a team member

    The method allows location owner to get the calculation for the period for a team member.

    GET /company/{location_id}/salary/period/staff/{team_member_id} (operation `search_team_member_period_salary`)

    Args:
        location_id (int): ID of a location.
        team_member_id (int): ID of a team member.
        date_from (str): Start from date.
        date_to (str): End to date.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        SearchTeamMemberPeriodSalaryResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            team_member_id=team_member_id,
            client=client,
            date_from=date_from,
            date_to=date_to,
            options=options,
        )
    ).parsed
