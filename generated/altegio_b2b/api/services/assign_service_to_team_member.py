"""Linking a Team Member to a Provided Service

POST /company/{location_id}/services/{service_id}/staff (operation `assign_service_to_team_member` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.assign_service_to_team_member_body import AssignServiceToTeamMemberBody
from ...models.assign_service_to_team_member_response_201 import AssignServiceToTeamMemberResponse201
from ...types import UNSET, Response, Unset

_OPERATION = Operation(
    "assign_service_to_team_member", "POST", "/company/{location_id}/services/{service_id}/staff", "BearerPartnerUser"
)
_RESPONSE = _fields.Model("AssignServiceToTeamMemberResponse201")

_BODY = _fields.Model("AssignServiceToTeamMemberBody")


def _request(
    location_id: int,
    service_id: int,
    *,
    body: AssignServiceToTeamMemberBody | Unset = UNSET,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("service_id", service_id, required=True)

    _arguments.instance("body", body, AssignServiceToTeamMemberBody, required=False)

    _json: Any = None
    if not isinstance(body, Unset):
        _json = _arguments.body("body", _BODY, body)

    return RequestParts(
        path_params={
            "location_id": location_id,
            "service_id": service_id,
        },
        json=_json,
    )


def _parse_data(data: Any) -> AssignServiceToTeamMemberResponse201:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


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

    POST /company/{location_id}/services/{service_id}/staff (operation `assign_service_to_team_member` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): ID of a location.
        service_id (int): ID of service.
        body (AssignServiceToTeamMemberBody | Unset):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        AssignServiceToTeamMemberResponse201 | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            service_id=service_id,
            body=body,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    service_id: int,
    *,
    body: AssignServiceToTeamMemberBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[AssignServiceToTeamMemberResponse201]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            service_id=service_id,
            body=body,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    service_id: int,
    *,
    body: AssignServiceToTeamMemberBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> AssignServiceToTeamMemberResponse201 | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                service_id=service_id,
                body=body,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    service_id: int,
    *,
    body: AssignServiceToTeamMemberBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[AssignServiceToTeamMemberResponse201]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            service_id=service_id,
            body=body,
        ),
        _parse_data,
        options,
    )
