from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.assign_service_to_team_member_body import AssignServiceToTeamMemberBody
from ...models.assign_service_to_team_member_response_201 import AssignServiceToTeamMemberResponse201
from ...types import UNSET, Response, Unset

_OPERATION = OPERATIONS["assign_service_to_team_member"]


def _get_kwargs(
    location_id: int,
    service_id: int,
    *,
    body: AssignServiceToTeamMemberBody | Unset = UNSET,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("service_id", service_id, required=True)

    _arguments.instance("body", body, AssignServiceToTeamMemberBody, required=False)

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/company/{location_id}/services/{service_id}/staff".format(
            location_id=quote(str(location_id), safe=""),
            service_id=quote(str(service_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_data(data: Any) -> AssignServiceToTeamMemberResponse201:
    response_201 = AssignServiceToTeamMemberResponse201.from_dict(data)

    return response_201


def sync_detailed(
    location_id: int,
    service_id: int,
    *,
    body: AssignServiceToTeamMemberBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[AssignServiceToTeamMemberResponse201]:
    """Linking a Team Member to a Provided Service

    Creates a team member service link with provided duration and bill of materials.

    POST /company/{location_id}/services/{service_id}/staff (operation `assign_service_to_team_member`)

    Args:
        location_id (int): ID of a location.
        service_id (int): ID of service.
        body (AssignServiceToTeamMemberBody | Unset):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[AssignServiceToTeamMemberResponse201]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        service_id=service_id,
        body=body,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    location_id: int,
    service_id: int,
    *,
    body: AssignServiceToTeamMemberBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> AssignServiceToTeamMemberResponse201 | None:
    """Linking a Team Member to a Provided Service

    Creates a team member service link with provided duration and bill of materials.

    POST /company/{location_id}/services/{service_id}/staff (operation `assign_service_to_team_member`)

    Args:
        location_id (int): ID of a location.
        service_id (int): ID of service.
        body (AssignServiceToTeamMemberBody | Unset):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        AssignServiceToTeamMemberResponse201 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        location_id=location_id,
        service_id=service_id,
        client=client,
        body=body,
        options=options,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    service_id: int,
    *,
    body: AssignServiceToTeamMemberBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[AssignServiceToTeamMemberResponse201]:
    """Linking a Team Member to a Provided Service

    Creates a team member service link with provided duration and bill of materials.

    POST /company/{location_id}/services/{service_id}/staff (operation `assign_service_to_team_member`)

    Args:
        location_id (int): ID of a location.
        service_id (int): ID of service.
        body (AssignServiceToTeamMemberBody | Unset):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[AssignServiceToTeamMemberResponse201]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        service_id=service_id,
        body=body,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    location_id: int,
    service_id: int,
    *,
    body: AssignServiceToTeamMemberBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> AssignServiceToTeamMemberResponse201 | None:
    """Linking a Team Member to a Provided Service

    Creates a team member service link with provided duration and bill of materials.

    POST /company/{location_id}/services/{service_id}/staff (operation `assign_service_to_team_member`)

    Args:
        location_id (int): ID of a location.
        service_id (int): ID of service.
        body (AssignServiceToTeamMemberBody | Unset):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        AssignServiceToTeamMemberResponse201 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            service_id=service_id,
            client=client,
            body=body,
            options=options,
        )
    ).parsed
