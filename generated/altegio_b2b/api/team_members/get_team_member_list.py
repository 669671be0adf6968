from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.get_team_member_list_response_200_item import GetTeamMemberListResponse200Item
from ...types import Response

_OPERATION = OPERATIONS["get_team_member_list"]


def _get_kwargs(
    location_id: int,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/staff/{location_id}".format(
            location_id=quote(str(location_id), safe=""),
        ),
    }

    return _kwargs


def _parse_data(data: Any) -> list[GetTeamMemberListResponse200Item]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = GetTeamMemberListResponse200Item.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


def sync_detailed(
    location_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetTeamMemberListResponse200Item]]:
    """Get list of team members

    Returns all team members for the specified location.

    Each team member includes:
    - Basic info (name, specialization, avatar)
    - Rating and reviews data
    - Schedule availability
    - Position and status

    GET /staff/{location_id} (operation `get_team_member_list`)

    Args:
        location_id (int): Location ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[list[GetTeamMemberListResponse200Item]]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    location_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetTeamMemberListResponse200Item] | None:
    """Get list of team members

    Returns all team members for the specified location.

    Each team member includes:
    - Basic info (name, specialization, avatar)
    - Rating and reviews data
    - Schedule availability
    - Position and status

    GET /staff/{location_id} (operation `get_team_member_list`)

    Args:
        location_id (int): Location ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetTeamMemberListResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        location_id=location_id,
        client=client,
        options=options,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetTeamMemberListResponse200Item]]:
    """Get list of team members

    Returns all team members for the specified location.

    Each team member includes:
    - Basic info (name, specialization, avatar)
    - Rating and reviews data
    - Schedule availability
    - Position and status

    GET /staff/{location_id} (operation `get_team_member_list`)

    Args:
        location_id (int): Location ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[list[GetTeamMemberListResponse200Item]]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    location_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetTeamMemberListResponse200Item] | None:
    """Get list of team members

    Returns all team members for the specified location.

    Each team member includes:
    - Basic info (name, specialization, avatar)
    - Rating and reviews data
    - Schedule availability
    - Position and status

    GET /staff/{location_id} (operation `get_team_member_list`)

    Args:
        location_id (int): Location ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetTeamMemberListResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            options=options,
        )
    ).parsed
