from typing import Any, cast
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.remove_service_from_team_member_response_204_type_0 import RemoveServiceFromTeamMemberResponse204Type0
from ...types import Response

_OPERATION = OPERATIONS["remove_service_from_team_member"]


def _get_kwargs(
    location_id: int,
    service_id: int,
    team_member_id: int,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("service_id", service_id, required=True)

    _arguments.integer("team_member_id", team_member_id, required=True)

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/company/{location_id}/services/{service_id}/staff/{team_member_id}".format(
            location_id=quote(str(location_id), safe=""),
            service_id=quote(str(service_id), safe=""),
            team_member_id=quote(str(team_member_id), safe=""),
        ),
    }

    return _kwargs


def _parse_data(data: Any) -> None | RemoveServiceFromTeamMemberResponse204Type0:
    def _parse_response_204(data: object) -> None | RemoveServiceFromTeamMemberResponse204Type0:
        if data is None:
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            response_204_type_0 = RemoveServiceFromTeamMemberResponse204Type0.from_dict(data)

            return response_204_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(None | RemoveServiceFromTeamMemberResponse204Type0, data)

    response_204 = _parse_response_204(data)

    return response_204


def sync_detailed(
    location_id: int,
    service_id: int,
    team_member_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[None | RemoveServiceFromTeamMemberResponse204Type0]:
    """Deleting a Team Member Service Link

    Deletes a team member service link.

    DELETE /company/{location_id}/services/{service_id}/staff/{team_member_id} (operation `remove_service_from_team_member`)

    Args:
        location_id (int): ID of a location.
        service_id (int): ID of service.
        team_member_id (int): ID of team member.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[None | RemoveServiceFromTeamMemberResponse204Type0]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        service_id=service_id,
        team_member_id=team_member_id,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    location_id: int,
    service_id: int,
    team_member_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> None | RemoveServiceFromTeamMemberResponse204Type0 | None:
    """Deleting a Team Member Service Link

    Deletes a team member service link.

    DELETE /company/{location_id}/services/{service_id}/staff/{team_member_id} (operation `remove_service_from_team_member`)

    Args:
        location_id (int): ID of a location.
        service_id (int): ID of service.
        team_member_id (int): ID of team member.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        None | RemoveServiceFromTeamMemberResponse204Type0 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        location_id=location_id,
        service_id=service_id,
        team_member_id=team_member_id,
        client=client,
        options=options,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    service_id: int,
    team_member_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[None | RemoveServiceFromTeamMemberResponse204Type0]:
    """Deleting a Team Member Service Link

    Deletes a team member service link.

    DELETE /company/{location_id}/services/{service_id}/staff/{team_member_id} (operation `remove_service_from_team_member`)

    Args:
        location_id (int): ID of a location.
        service_id (int): ID of service.
        team_member_id (int): ID of team member.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[None | RemoveServiceFromTeamMemberResponse204Type0]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        service_id=service_id,
        team_member_id=team_member_id,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    location_id: int,
    service_id: int,
    team_member_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> None | RemoveServiceFromTeamMemberResponse204Type0 | None:
    """Deleting a Team Member Service Link

    Deletes a team member service link.

    DELETE /company/{location_id}/services/{service_id}/staff/{team_member_id} (operation `remove_service_from_team_member`)

    Args:
        location_id (int): ID of a location.
        service_id (int): ID of service.
        team_member_id (int): ID of team member.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        None | RemoveServiceFromTeamMemberResponse204Type0 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            service_id=service_id,
            team_member_id=team_member_id,
            client=client,
            options=options,
        )
    ).parsed
