"""Edit Team Member

PUT /staff/{location_id}/{team_member_id} (operation `update_team_member` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.update_team_member_body import UpdateTeamMemberBody
from ...models.update_team_member_response_200 import UpdateTeamMemberResponse200
from ...types import Response

_OPERATION = Operation("update_team_member", "PUT", "/staff/{location_id}/{team_member_id}", "BearerPartnerUser")
_RESPONSE = _fields.Model("UpdateTeamMemberResponse200")

_BODY = _fields.Model("UpdateTeamMemberBody")


def _request(
    location_id: int,
    team_member_id: int,
    *,
    body: UpdateTeamMemberBody,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("team_member_id", team_member_id, required=True)

    _arguments.instance("body", body, UpdateTeamMemberBody, required=True)

    _json: Any = None
    _json = _arguments.body("body", _BODY, body)

    return RequestParts(
        path_params={
            "location_id": location_id,
            "team_member_id": team_member_id,
        },
        json=_json,
    )


def _parse_data(data: Any) -> UpdateTeamMemberResponse200:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    team_member_id: int,
    *,
    body: UpdateTeamMemberBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> UpdateTeamMemberResponse200 | None:
    """Edit Team Member

    PUT /staff/{location_id}/{team_member_id} (operation `update_team_member` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): location ID
        team_member_id (int): team member ID
        body (UpdateTeamMemberBody): Add new team member Example: {'name': 'Basil',
            'specialization': 'the hairdresser', 'weight': 10, 'information': 'Trimming with three
            hands', 'api_id': '42', 'hidden': 0, 'fired': 0, 'user_id': 123, 'has_access_timetable':
            True, 'is_paid_staff': False, 'is_included_in_payment_policy': True}.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        UpdateTeamMemberResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
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
    body: UpdateTeamMemberBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[UpdateTeamMemberResponse200]:
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
    body: UpdateTeamMemberBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> UpdateTeamMemberResponse200 | None:
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
    body: UpdateTeamMemberBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[UpdateTeamMemberResponse200]:
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
