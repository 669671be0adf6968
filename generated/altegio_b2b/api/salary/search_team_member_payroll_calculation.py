from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.search_team_member_payroll_calculation_response_200_item import (
    SearchTeamMemberPayrollCalculationResponse200Item,
)
from ...types import UNSET, Response

_OPERATION = OPERATIONS["search_team_member_payroll_calculation"]


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
        "url": "/company/{location_id}/salary/payroll/staff/{team_member_id}/calculation".format(
            location_id=quote(str(location_id), safe=""),
            team_member_id=quote(str(team_member_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_data(data: Any) -> list[SearchTeamMemberPayrollCalculationResponse200Item]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = SearchTeamMemberPayrollCalculationResponse200Item.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


def sync_detailed(
    location_id: int,
    team_member_id: int,
    *,
    date_from: str,
    date_to: str,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[SearchTeamMemberPayrollCalculationResponse200Item]]:
    """Search payroll calculations of a team member

    The method allows location owner to search payroll calculations for the period for a team member.

    GET /company/{location_id}/salary/payroll/staff/{team_member_id}/calculation (operation `search_team_member_payroll_calculation`)

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
        Response[list[SearchTeamMemberPayrollCalculationResponse200Item]]: status, headers, raw body, `meta` and the parsed data.
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
) -> list[SearchTeamMemberPayrollCalculationResponse200Item] | None:
    """Search payroll calculations of a team member

    The method allows location owner to search payroll calculations for the period for a team member.

    GET /company/{location_id}/salary/payroll/staff/{team_member_id}/calculation (operation `search_team_member_payroll_calculation`)

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
        list[SearchTeamMemberPayrollCalculationResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
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
) -> Response[list[SearchTeamMemberPayrollCalculationResponse200Item]]:
    """Search payroll calculations of a team member

    The method allows location owner to search payroll calculations for the period for a team member.

    GET /company/{location_id}/salary/payroll/staff/{team_member_id}/calculation (operation `search_team_member_payroll_calculation`)

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
        Response[list[SearchTeamMemberPayrollCalculationResponse200Item]]: status, headers, raw body, `meta` and the parsed data.
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
) -> list[SearchTeamMemberPayrollCalculationResponse200Item] | None:
    """Search payroll calculations of a team member

    The method allows location owner to search payroll calculations for the period for a team member.

    GET /company/{location_id}/salary/payroll/staff/{team_member_id}/calculation (operation `search_team_member_payroll_calculation`)

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
        list[SearchTeamMemberPayrollCalculationResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
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
