"""Update team member schedule (deprecated)

PUT /schedule/{location_id}/{team_member_id} (operation `schedule_team_member_update_deprecated` of the Business Management API); needs the partner and the user token.
Deprecated by Altegio.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.schedule_team_member_update_deprecated_body_item import ScheduleTeamMemberUpdateDeprecatedBodyItem
from ...types import Response

_OPERATION = Operation(
    "schedule_team_member_update_deprecated",
    "PUT",
    "/schedule/{location_id}/{team_member_id}",
    "BearerPartnerUser",
    deprecated=True,
)
_RESPONSE = _fields.ANY

_BODY = _fields.ListOf(_fields.Model("ScheduleTeamMemberUpdateDeprecatedBodyItem"))


def _request(
    location_id: int,
    team_member_id: int,
    *,
    body: list[ScheduleTeamMemberUpdateDeprecatedBodyItem],
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("team_member_id", team_member_id, required=True)

    _json: Any = None
    _json = _arguments.body("body", _BODY, body)

    return RequestParts(
        path_params={
            "location_id": location_id,
            "team_member_id": team_member_id,
        },
        json=_json,
    )


def _parse_data(data: Any) -> Any:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


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

    PUT /schedule/{location_id}/{team_member_id} (operation `schedule_team_member_update_deprecated` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): Location ID
        team_member_id (int): Team member ID
        body (list[ScheduleTeamMemberUpdateDeprecatedBodyItem]):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            team_member_id=team_member_id,
            body=body,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    team_member_id: int,
    *,
    body: list[ScheduleTeamMemberUpdateDeprecatedBodyItem],
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            team_member_id=team_member_id,
            body=body,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    team_member_id: int,
    *,
    body: list[ScheduleTeamMemberUpdateDeprecatedBodyItem],
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Any:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                team_member_id=team_member_id,
                body=body,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    team_member_id: int,
    *,
    body: list[ScheduleTeamMemberUpdateDeprecatedBodyItem],
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            team_member_id=team_member_id,
            body=body,
        ),
        _parse_data,
        options,
    )
