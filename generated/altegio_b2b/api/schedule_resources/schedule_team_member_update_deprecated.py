from typing import Any, cast
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.schedule_team_member_update_deprecated_body_item import ScheduleTeamMemberUpdateDeprecatedBodyItem
from ...types import Response

_OPERATION = OPERATIONS["schedule_team_member_update_deprecated"]


def _get_kwargs(
    location_id: int,
    team_member_id: int,
    *,
    body: list[ScheduleTeamMemberUpdateDeprecatedBodyItem],
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("team_member_id", team_member_id, required=True)

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/schedule/{location_id}/{team_member_id}".format(
            location_id=quote(str(location_id), safe=""),
            team_member_id=quote(str(team_member_id), safe=""),
        ),
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_data(data: Any) -> Any:
    return cast(Any, data)


def sync_detailed(
    location_id: int,
    team_member_id: int,
    *,
    body: list[ScheduleTeamMemberUpdateDeprecatedBodyItem],
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """Update team member schedule (deprecated)

    Deprecated: Altegio marks this operation deprecated; expect it to be removed.

    **DEPRECATED:** Use `PUT /location/{location_id}/staff/schedule` instead.

    Updates the work schedule for a specific team member.

    PUT /schedule/{location_id}/{team_member_id} (operation `schedule_team_member_update_deprecated`)

    Args:
        location_id (int): Location ID
        team_member_id (int): Team member ID
        body (list[ScheduleTeamMemberUpdateDeprecatedBodyItem]):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[Any]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        team_member_id=team_member_id,
        body=body,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    location_id: int,
    team_member_id: int,
    *,
    body: list[ScheduleTeamMemberUpdateDeprecatedBodyItem],
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Any:
    """Update team member schedule (deprecated)

    Deprecated: Altegio marks this operation deprecated; expect it to be removed.

    **DEPRECATED:** Use `PUT /location/{location_id}/staff/schedule` instead.

    Updates the work schedule for a specific team member.

    PUT /schedule/{location_id}/{team_member_id} (operation `schedule_team_member_update_deprecated`)

    Args:
        location_id (int): Location ID
        team_member_id (int): Team member ID
        body (list[ScheduleTeamMemberUpdateDeprecatedBodyItem]):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        location_id=location_id,
        team_member_id=team_member_id,
        client=client,
        body=body,
        options=options,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    team_member_id: int,
    *,
    body: list[ScheduleTeamMemberUpdateDeprecatedBodyItem],
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """Update team member schedule (deprecated)

    Deprecated: Altegio marks this operation deprecated; expect it to be removed.

    **DEPRECATED:** Use `PUT /location/{location_id}/staff/schedule` instead.

    Updates the work schedule for a specific team member.

    PUT /schedule/{location_id}/{team_member_id} (operation `schedule_team_member_update_deprecated`)

    Args:
        location_id (int): Location ID
        team_member_id (int): Team member ID
        body (list[ScheduleTeamMemberUpdateDeprecatedBodyItem]):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[Any]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        team_member_id=team_member_id,
        body=body,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    location_id: int,
    team_member_id: int,
    *,
    body: list[ScheduleTeamMemberUpdateDeprecatedBodyItem],
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Any:
    """Update team member schedule (deprecated)

    Deprecated: Altegio marks this operation deprecated; expect it to be removed.

    **DEPRECATED:** Use `PUT /location/{location_id}/staff/schedule` instead.

    Updates the work schedule for a specific team member.

    PUT /schedule/{location_id}/{team_member_id} (operation `schedule_team_member_update_deprecated`)

    Args:
        location_id (int): Location ID
        team_member_id (int): Team member ID
        body (list[ScheduleTeamMemberUpdateDeprecatedBodyItem]):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            team_member_id=team_member_id,
            client=client,
            body=body,
            options=options,
        )
    ).parsed
