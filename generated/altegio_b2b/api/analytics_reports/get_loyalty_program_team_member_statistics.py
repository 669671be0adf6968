from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.get_loyalty_program_team_member_statistics_response_200_item import (
    GetLoyaltyProgramTeamMemberStatisticsResponse200Item,
)
from ...types import UNSET, Response

_OPERATION = OPERATIONS["get_loyalty_program_team_member_statistics"]


def _get_kwargs(
    location_id: int,
    *,
    date_from: str,
    date_to: str,
    loyalty_program_id: str,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    params: dict[str, Any] = {}

    params["date_from"] = date_from

    params["date_to"] = date_to

    params["loyalty_program_id"] = loyalty_program_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}/analytics/loyalty_programs/staff".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_data(data: Any) -> list[GetLoyaltyProgramTeamMemberStatisticsResponse200Item]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = GetLoyaltyProgramTeamMemberStatisticsResponse200Item.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


def sync_detailed(
    location_id: int,
    *,
    date_from: str,
    date_to: str,
    loyalty_program_id: str,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetLoyaltyProgramTeamMemberStatisticsResponse200Item]]:
    """Get team member return

    The method allows you to get the return statistics for a team member

    GET /company/{location_id}/analytics/loyalty_programs/staff (operation `get_loyalty_program_team_member_statistics`)

    Args:
        location_id (int): location ID
        date_from (str): Period start date
        date_to (str): Period end date
        loyalty_program_id (str): Promotion ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[list[GetLoyaltyProgramTeamMemberStatisticsResponse200Item]]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        date_from=date_from,
        date_to=date_to,
        loyalty_program_id=loyalty_program_id,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    location_id: int,
    *,
    date_from: str,
    date_to: str,
    loyalty_program_id: str,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetLoyaltyProgramTeamMemberStatisticsResponse200Item] | None:
    """Get team member return

    The method allows you to get the return statistics for a team member

    GET /company/{location_id}/analytics/loyalty_programs/staff (operation `get_loyalty_program_team_member_statistics`)

    Args:
        location_id (int): location ID
        date_from (str): Period start date
        date_to (str): Period end date
        loyalty_program_id (str): Promotion ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetLoyaltyProgramTeamMemberStatisticsResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        location_id=location_id,
        client=client,
        date_from=date_from,
        date_to=date_to,
        loyalty_program_id=loyalty_program_id,
        options=options,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    date_from: str,
    date_to: str,
    loyalty_program_id: str,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetLoyaltyProgramTeamMemberStatisticsResponse200Item]]:
    """Get team member return

    The method allows you to get the return statistics for a team member

    GET /company/{location_id}/analytics/loyalty_programs/staff (operation `get_loyalty_program_team_member_statistics`)

    Args:
        location_id (int): location ID
        date_from (str): Period start date
        date_to (str): Period end date
        loyalty_program_id (str): Promotion ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[list[GetLoyaltyProgramTeamMemberStatisticsResponse200Item]]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        date_from=date_from,
        date_to=date_to,
        loyalty_program_id=loyalty_program_id,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    location_id: int,
    *,
    date_from: str,
    date_to: str,
    loyalty_program_id: str,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetLoyaltyProgramTeamMemberStatisticsResponse200Item] | None:
    """Get team member return

    The method allows you to get the return statistics for a team member

    GET /company/{location_id}/analytics/loyalty_programs/staff (operation `get_loyalty_program_team_member_statistics`)

    Args:
        location_id (int): location ID
        date_from (str): Period start date
        date_to (str): Period end date
        loyalty_program_id (str): Promotion ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetLoyaltyProgramTeamMemberStatisticsResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            date_from=date_from,
            date_to=date_to,
            loyalty_program_id=loyalty_program_id,
            options=options,
        )
    ).parsed
