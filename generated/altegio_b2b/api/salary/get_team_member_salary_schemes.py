"""Obtaining own payroll schemes for a specific team member

GET /company/{location_id}/salary/staff/{team_member_id}/salary_schemes (operation `get_team_member_salary_schemes` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.get_team_member_salary_schemes_response_200_item import GetTeamMemberSalarySchemesResponse200Item
from ...types import Response

_OPERATION = Operation(
    "get_team_member_salary_schemes",
    "GET",
    "/company/{location_id}/salary/staff/{team_member_id}/salary_schemes",
    "BearerPartnerUser",
)
_RESPONSE = _fields.ListOf(_fields.Model("GetTeamMemberSalarySchemesResponse200Item"))


def _request(
    location_id: int,
    team_member_id: int,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("team_member_id", team_member_id, required=True)

    return RequestParts(
        path_params={
            "location_id": location_id,
            "team_member_id": team_member_id,
        },
    )


def _parse_data(data: Any) -> list[GetTeamMemberSalarySchemesResponse200Item]:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    team_member_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetTeamMemberSalarySchemesResponse200Item] | None:
    """Obtaining own payroll schemes for a specific team member

    The method allows you to get own salary calculation schemes for a specific team member.
    In the user's access rights, the checkbox "Access to payroll only for a specific team member" must
    be specified.

    GET /company/{location_id}/salary/staff/{team_member_id}/salary_schemes (operation `get_team_member_salary_schemes` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): ID of a location.
        team_member_id (int): ID of a team member.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetTeamMemberSalarySchemesResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            team_member_id=team_member_id,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    team_member_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetTeamMemberSalarySchemesResponse200Item]]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            team_member_id=team_member_id,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    team_member_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetTeamMemberSalarySchemesResponse200Item] | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                team_member_id=team_member_id,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    team_member_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetTeamMemberSalarySchemesResponse200Item]]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            team_member_id=team_member_id,
        ),
        _parse_data,
        options,
    )
