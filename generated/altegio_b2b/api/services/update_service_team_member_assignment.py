"""Updating Team Member Service Link Settings

PUT /company/{location_id}/services/{service_id}/staff/{team_member_id} (operation `update_service_team_member_assignment` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.update_service_team_member_assignment_body import UpdateServiceTeamMemberAssignmentBody
from ...models.update_service_team_member_assignment_response_200 import UpdateServiceTeamMemberAssignmentResponse200
from ...types import UNSET, Response, Unset

_OPERATION = Operation(
    "update_service_team_member_assignment",
    "PUT",
    "/company/{location_id}/services/{service_id}/staff/{team_member_id}",
    "BearerPartnerUser",
)
_RESPONSE = _fields.Model("UpdateServiceTeamMemberAssignmentResponse200")

_BODY = _fields.Model("UpdateServiceTeamMemberAssignmentBody")


def _request(
    location_id: int,
    service_id: int,
    team_member_id: int,
    *,
    body: UpdateServiceTeamMemberAssignmentBody | Unset = UNSET,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("service_id", service_id, required=True)

    _arguments.integer("team_member_id", team_member_id, required=True)

    _arguments.instance("body", body, UpdateServiceTeamMemberAssignmentBody, required=False)

    _json: Any = None
    if not isinstance(body, Unset):
        _json = _arguments.body("body", _BODY, body)

    return RequestParts(
        path_params={
            "location_id": location_id,
            "service_id": service_id,
            "team_member_id": team_member_id,
        },
        json=_json,
    )


def _parse_data(data: Any) -> UpdateServiceTeamMemberAssignmentResponse200:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    service_id: int,
    team_member_id: int,
    *,
    body: UpdateServiceTeamMemberAssignmentBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> UpdateServiceTeamMemberAssignmentResponse200 | None:
    """Updating Team Member Service Link Settings

    Updates a team member service link with provided duration and bill of materials.

    PUT /company/{location_id}/services/{service_id}/staff/{team_member_id} (operation `update_service_team_member_assignment` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): ID of a location.
        service_id (int): ID of service.
        team_member_id (int): ID of team member.
        body (UpdateServiceTeamMemberAssignmentBody | Unset):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        UpdateServiceTeamMemberAssignmentResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            service_id=service_id,
            team_member_id=team_member_id,
            body=body,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    service_id: int,
    team_member_id: int,
    *,
    body: UpdateServiceTeamMemberAssignmentBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[UpdateServiceTeamMemberAssignmentResponse200]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            service_id=service_id,
            team_member_id=team_member_id,
            body=body,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    service_id: int,
    team_member_id: int,
    *,
    body: UpdateServiceTeamMemberAssignmentBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> UpdateServiceTeamMemberAssignmentResponse200 | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                service_id=service_id,
                team_member_id=team_member_id,
                body=body,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    service_id: int,
    team_member_id: int,
    *,
    body: UpdateServiceTeamMemberAssignmentBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[UpdateServiceTeamMemberAssignmentResponse200]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            service_id=service_id,
            team_member_id=team_member_id,
            body=body,
        ),
        _parse_data,
        options,
    )
