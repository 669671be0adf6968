from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.create_team_member_quick_body import CreateTeamMemberQuickBody
from ...models.create_team_member_quick_response_201 import CreateTeamMemberQuickResponse201
from ...types import UNSET, Response, Unset

_OPERATION = OPERATIONS["create_team_member_quick"]


def _get_kwargs(
    location_id: int,
    *,
    body: CreateTeamMemberQuickBody | Unset = UNSET,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.instance("body", body, CreateTeamMemberQuickBody, required=False)

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/company/{location_id}/staff/quick".format(
            location_id=quote(str(location_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_data(data: Any) -> CreateTeamMemberQuickResponse201:
    response_201 = CreateTeamMemberQuickResponse201.from_dict(data)

    return response_201


def sync_detailed(
    location_id: int,
    *,
    body: CreateTeamMemberQuickBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[CreateTeamMemberQuickResponse201]:
    """Quick create a team member

    Creates a new team member with a minimal set of parameters.

    POST /company/{location_id}/staff/quick (operation `create_team_member_quick`)

    Args:
        location_id (int): ID of a location.
        body (CreateTeamMemberQuickBody | Unset):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[CreateTeamMemberQuickResponse201]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        body=body,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    location_id: int,
    *,
    body: CreateTeamMemberQuickBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> CreateTeamMemberQuickResponse201 | None:
    """Quick create a team member

    Creates a new team member with a minimal set of parameters.

    POST /company/{location_id}/staff/quick (operation `create_team_member_quick`)

    Args:
        location_id (int): ID of a location.
        body (CreateTeamMemberQuickBody | Unset):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        CreateTeamMemberQuickResponse201 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        location_id=location_id,
        client=client,
        body=body,
        options=options,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    body: CreateTeamMemberQuickBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[CreateTeamMemberQuickResponse201]:
    """Quick create a team member

    Creates a new team member with a minimal set of parameters.

    POST /company/{location_id}/staff/quick (operation `create_team_member_quick`)

    Args:
        location_id (int): ID of a location.
        body (CreateTeamMemberQuickBody | Unset):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[CreateTeamMemberQuickResponse201]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        body=body,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    location_id: int,
    *,
    body: CreateTeamMemberQuickBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> CreateTeamMemberQuickResponse201 | None:
    """Quick create a team member

    Creates a new team member with a minimal set of parameters.

    POST /company/{location_id}/staff/quick (operation `create_team_member_quick`)

    Args:
        location_id (int): ID of a location.
        body (CreateTeamMemberQuickBody | Unset):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        CreateTeamMemberQuickResponse201 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            body=body,
            options=options,
        )
    ).parsed
