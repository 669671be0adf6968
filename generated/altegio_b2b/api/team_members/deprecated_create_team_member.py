from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.deprecated_create_team_member_body import DeprecatedCreateTeamMemberBody
from ...models.deprecated_create_team_member_response_201 import DeprecatedCreateTeamMemberResponse201
from ...types import Response

_OPERATION = OPERATIONS["deprecated_create_team_member"]


def _get_kwargs(
    location_id: int,
    *,
    body: DeprecatedCreateTeamMemberBody,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.instance("body", body, DeprecatedCreateTeamMemberBody, required=True)

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/staff/{location_id}".format(
            location_id=quote(str(location_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_data(data: Any) -> DeprecatedCreateTeamMemberResponse201:
    response_201 = DeprecatedCreateTeamMemberResponse201.from_dict(data)

    return response_201


def sync_detailed(
    location_id: int,
    *,
    body: DeprecatedCreateTeamMemberBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[DeprecatedCreateTeamMemberResponse201]:
    """Add new team member

    POST /staff/{location_id} (operation `deprecated_create_team_member`)

    Args:
        location_id (int): location ID
        body (DeprecatedCreateTeamMemberBody): Add new team member
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[DeprecatedCreateTeamMemberResponse201]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        body=body,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    location_id: int,
    *,
    body: DeprecatedCreateTeamMemberBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> DeprecatedCreateTeamMemberResponse201 | None:
    """Add new team member

    POST /staff/{location_id} (operation `deprecated_create_team_member`)

    Args:
        location_id (int): location ID
        body (DeprecatedCreateTeamMemberBody): Add new team member
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        DeprecatedCreateTeamMemberResponse201 | None: the envelope's `data`, parsed (None for `data: null` or no body).
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
    body: DeprecatedCreateTeamMemberBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[DeprecatedCreateTeamMemberResponse201]:
    """Add new team member

    POST /staff/{location_id} (operation `deprecated_create_team_member`)

    Args:
        location_id (int): location ID
        body (DeprecatedCreateTeamMemberBody): Add new team member
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[DeprecatedCreateTeamMemberResponse201]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        body=body,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    location_id: int,
    *,
    body: DeprecatedCreateTeamMemberBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> DeprecatedCreateTeamMemberResponse201 | None:
    """Add new team member

    POST /staff/{location_id} (operation `deprecated_create_team_member`)

    Args:
        location_id (int): location ID
        body (DeprecatedCreateTeamMemberBody): Add new team member
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        DeprecatedCreateTeamMemberResponse201 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            body=body,
            options=options,
        )
    ).parsed
