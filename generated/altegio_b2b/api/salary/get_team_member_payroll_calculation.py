from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.get_team_member_payroll_calculation_response_200 import GetTeamMemberPayrollCalculationResponse200
from ...types import Response

_OPERATION = OPERATIONS["get_team_member_payroll_calculation"]


def _get_kwargs(
    location_id: int,
    team_member_id: int,
    calculation_id: int,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("team_member_id", team_member_id, required=True)

    _arguments.integer("calculation_id", calculation_id, required=True)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}/salary/payroll/staff/{team_member_id}/calculation/{calculation_id}".format(
            location_id=quote(str(location_id), safe=""),
            team_member_id=quote(str(team_member_id), safe=""),
            calculation_id=quote(str(calculation_id), safe=""),
        ),
    }

    return _kwargs


def _parse_data(data: Any) -> GetTeamMemberPayrollCalculationResponse200:
    response_200 = GetTeamMemberPayrollCalculationResponse200.from_dict(data)

    return response_200


def sync_detailed(
    location_id: int,
    team_member_id: int,
    calculation_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[GetTeamMemberPayrollCalculationResponse200]:
    """Get payroll calculation details of a team member

    The method allows location owner to get details of a specific payroll calculation.

    GET /company/{location_id}/salary/payroll/staff/{team_member_id}/calculation/{calculation_id} (operation `get_team_member_payroll_calculation`)

    Args:
        location_id (int): ID of a location.
        team_member_id (int): ID of a team member.
        calculation_id (int): ID of a salary calculation.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[GetTeamMemberPayrollCalculationResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        team_member_id=team_member_id,
        calculation_id=calculation_id,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    location_id: int,
    team_member_id: int,
    calculation_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> GetTeamMemberPayrollCalculationResponse200 | None:
    """Get payroll calculation details of a team member

    The method allows location owner to get details of a specific payroll calculation.

    GET /company/{location_id}/salary/payroll/staff/{team_member_id}/calculation/{calculation_id} (operation `get_team_member_payroll_calculation`)

    Args:
        location_id (int): ID of a location.
        team_member_id (int): ID of a team member.
        calculation_id (int): ID of a salary calculation.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        GetTeamMemberPayrollCalculationResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        location_id=location_id,
        team_member_id=team_member_id,
        calculation_id=calculation_id,
        client=client,
        options=options,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    team_member_id: int,
    calculation_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[GetTeamMemberPayrollCalculationResponse200]:
    """Get payroll calculation details of a team member

    The method allows location owner to get details of a specific payroll calculation.

    GET /company/{location_id}/salary/payroll/staff/{team_member_id}/calculation/{calculation_id} (operation `get_team_member_payroll_calculation`)

    Args:
        location_id (int): ID of a location.
        team_member_id (int): ID of a team member.
        calculation_id (int): ID of a salary calculation.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[GetTeamMemberPayrollCalculationResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        team_member_id=team_member_id,
        calculation_id=calculation_id,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    location_id: int,
    team_member_id: int,
    calculation_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> GetTeamMemberPayrollCalculationResponse200 | None:
    """Get payroll calculation details of a team member

    The method allows location owner to get details of a specific payroll calculation.

    GET /company/{location_id}/salary/payroll/staff/{team_member_id}/calculation/{calculation_id} (operation `get_team_member_payroll_calculation`)

    Args:
        location_id (int): ID of a location.
        team_member_id (int): ID of a team member.
        calculation_id (int): ID of a salary calculation.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        GetTeamMemberPayrollCalculationResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            team_member_id=team_member_id,
            calculation_id=calculation_id,
            client=client,
            options=options,
        )
    ).parsed
