from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.update_service_team_member_assignment_body import UpdateServiceTeamMemberAssignmentBody
from ...models.update_service_team_member_assignment_response_200 import UpdateServiceTeamMemberAssignmentResponse200
from ...types import UNSET, Response, Unset

_OPERATION = OPERATIONS["update_service_team_member_assignment"]


def _get_kwargs(
    location_id: int,
    service_id: int,
    team_member_id: int,
    *,
    body: UpdateServiceTeamMemberAssignmentBody | Unset = UNSET,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("service_id", service_id, required=True)

    _arguments.integer("team_member_id", team_member_id, required=True)

    _arguments.instance("body", body, UpdateServiceTeamMemberAssignmentBody, required=False)

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/company/{location_id}/services/{service_id}/staff/{team_member_id}".format(
            location_id=quote(str(location_id), safe=""),
            service_id=quote(str(service_id), safe=""),
            team_member_id=quote(str(team_member_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_data(data: Any) -> UpdateServiceTeamMemberAssignmentResponse200:
    response_200 = UpdateServiceTeamMemberAssignmentResponse200.from_dict(data)

    return response_200


def sync_detailed(
    location_id: int,
    service_id: int,
    team_member_id: int,
    *,
    body: UpdateServiceTeamMemberAssignmentBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[UpdateServiceTeamMemberAssignmentResponse200]:
    """Updating Team Member Service Link Settings

    Updates a team member service link with provided duration and bill of materials.

    PUT /company/{location_id}/services/{service_id}/staff/{team_member_id} (operation `update_service_team_member_assignment`)

    Args:
        location_id (int): ID of a location.
        service_id (int): ID of service.
        team_member_id (int): ID of team member.
        body (UpdateServiceTeamMemberAssignmentBody | Unset):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[UpdateServiceTeamMemberAssignmentResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        service_id=service_id,
        team_member_id=team_member_id,
        body=body,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


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

    PUT /company/{location_id}/services/{service_id}/staff/{team_member_id} (operation `update_service_team_member_assignment`)

    Args:
        location_id (int): ID of a location.
        service_id (int): ID of service.
        team_member_id (int): ID of team member.
        body (UpdateServiceTeamMemberAssignmentBody | Unset):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        UpdateServiceTeamMemberAssignmentResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        location_id=location_id,
        service_id=service_id,
        team_member_id=team_member_id,
        client=client,
        body=body,
        options=options,
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
    """Updating Team Member Service Link Settings

    Updates a team member service link with provided duration and bill of materials.

    PUT /company/{location_id}/services/{service_id}/staff/{team_member_id} (operation `update_service_team_member_assignment`)

    Args:
        location_id (int): ID of a location.
        service_id (int): ID of service.
        team_member_id (int): ID of team member.
        body (UpdateServiceTeamMemberAssignmentBody | Unset):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[UpdateServiceTeamMemberAssignmentResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        service_id=service_id,
        team_member_id=team_member_id,
        body=body,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
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

    PUT /company/{location_id}/services/{service_id}/staff/{team_member_id} (operation `update_service_team_member_assignment`)

    Args:
        location_id (int): ID of a location.
        service_id (int): ID of service.
        team_member_id (int): ID of team member.
        body (UpdateServiceTeamMemberAssignmentBody | Unset):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        UpdateServiceTeamMemberAssignmentResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            service_id=service_id,
            team_member_id=team_member_id,
            client=client,
            body=body,
            options=options,
        )
    ).parsed
