from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.get_team_member_schedule_response_200 import GetTeamMemberScheduleResponse200
from ...types import Response

_OPERATION = OPERATIONS["get_team_member_schedule"]


def _get_kwargs(
    location_id: int,
    team_member_id: int,
    start_date: float,
    end_date: float,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("team_member_id", team_member_id, required=True)

    _arguments.number("start_date", start_date, required=True)

    _arguments.number("end_date", end_date, required=True)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/schedule/{location_id}/{team_member_id}/{start_date}/{end_date}".format(
            location_id=quote(str(location_id), safe=""),
            team_member_id=quote(str(team_member_id), safe=""),
            start_date=quote(str(start_date), safe=""),
            end_date=quote(str(end_date), safe=""),
        ),
    }

    return _kwargs


def _parse_data(data: Any) -> GetTeamMemberScheduleResponse200:
    response_200 = GetTeamMemberScheduleResponse200.from_dict(data)

    return response_200


def sync_detailed(
    location_id: int,
    team_member_id: int,
    start_date: float,
    end_date: float,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[GetTeamMemberScheduleResponse200]:
    """Get schedule of a specific team member

    GET /schedule/{location_id}/{team_member_id}/{start_date}/{end_date} (operation `get_team_member_schedule`)

    Args:
        location_id (int): location ID
        team_member_id (int): team member ID.
        start_date (float): Period start date
        end_date (float): Period end date
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[GetTeamMemberScheduleResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        team_member_id=team_member_id,
        start_date=start_date,
        end_date=end_date,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    location_id: int,
    team_member_id: int,
    start_date: float,
    end_date: float,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> GetTeamMemberScheduleResponse200 | None:
    """Get schedule of a specific team member

    GET /schedule/{location_id}/{team_member_id}/{start_date}/{end_date} (operation `get_team_member_schedule`)

    Args:
        location_id (int): location ID
        team_member_id (int): team member ID.
        start_date (float): Period start date
        end_date (float): Period end date
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        GetTeamMemberScheduleResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        location_id=location_id,
        team_member_id=team_member_id,
        start_date=start_date,
        end_date=end_date,
        client=client,
        options=options,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    team_member_id: int,
    start_date: float,
    end_date: float,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[GetTeamMemberScheduleResponse200]:
    """Get schedule of a specific team member

    GET /schedule/{location_id}/{team_member_id}/{start_date}/{end_date} (operation `get_team_member_schedule`)

    Args:
        location_id (int): location ID
        team_member_id (int): team member ID.
        start_date (float): Period start date
        end_date (float): Period end date
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[GetTeamMemberScheduleResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        team_member_id=team_member_id,
        start_date=start_date,
        end_date=end_date,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    location_id: int,
    team_member_id: int,
    start_date: float,
    end_date: float,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> GetTeamMemberScheduleResponse200 | None:
    """Get schedule of a specific team member

    GET /schedule/{location_id}/{team_member_id}/{start_date}/{end_date} (operation `get_team_member_schedule`)

    Args:
        location_id (int): location ID
        team_member_id (int): team member ID.
        start_date (float): Period start date
        end_date (float): Period end date
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        GetTeamMemberScheduleResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            team_member_id=team_member_id,
            start_date=start_date,
            end_date=end_date,
            client=client,
            options=options,
        )
    ).parsed
