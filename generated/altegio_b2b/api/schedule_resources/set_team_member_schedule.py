"""Set team member schedules

PUT /company/{location_id}/staff/schedule (operation `set_team_member_schedule` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.set_team_member_schedule_body import SetTeamMemberScheduleBody
from ...models.set_team_member_schedule_response_200_item import SetTeamMemberScheduleResponse200Item
from ...types import Response

_OPERATION = Operation("set_team_member_schedule", "PUT", "/company/{location_id}/staff/schedule", "BearerPartnerUser")
_RESPONSE = _fields.ListOf(_fields.Model("SetTeamMemberScheduleResponse200Item"))

_BODY = _fields.Model("SetTeamMemberScheduleBody")


def _request(
    location_id: int,
    *,
    body: SetTeamMemberScheduleBody,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.instance("body", body, SetTeamMemberScheduleBody, required=True)

    _json: Any = None
    _json = _arguments.body("body", _BODY, body)

    return RequestParts(
        path_params={
            "location_id": location_id,
        },
        json=_json,
    )


def _parse_data(data: Any) -> list[SetTeamMemberScheduleResponse200Item]:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    *,
    body: SetTeamMemberScheduleBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[SetTeamMemberScheduleResponse200Item] | None:
    """Set team member schedules

    Sets work schedules for team members by date.

    Supports both setting new schedules and deleting existing ones in a single request.

    Returns the resulting schedules for affected team members within the date range
    from minimum to maximum modified date.

    PUT /company/{location_id}/staff/schedule (operation `set_team_member_schedule` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): Location ID
        body (SetTeamMemberScheduleBody):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[SetTeamMemberScheduleResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            body=body,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    *,
    body: SetTeamMemberScheduleBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[SetTeamMemberScheduleResponse200Item]]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            body=body,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    *,
    body: SetTeamMemberScheduleBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[SetTeamMemberScheduleResponse200Item] | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                body=body,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    body: SetTeamMemberScheduleBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[SetTeamMemberScheduleResponse200Item]]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            body=body,
        ),
        _parse_data,
        options,
    )
