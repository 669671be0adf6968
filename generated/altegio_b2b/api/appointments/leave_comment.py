"""Leave a Comment

POST /comments/{location_id}/{team_member_id} (operation `leave_comment` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime import shapes as _shapes
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.leave_comment_body import LeaveCommentBody
from ...models.leave_comment_response_201 import LeaveCommentResponse201
from ...types import Response

_OPERATION = Operation("leave_comment", "POST", "/comments/{location_id}/{team_member_id}", "BearerPartnerUser")
_RESPONSE = _fields.Model("LeaveCommentResponse201")

_BODY = _fields.Model("LeaveCommentBody")


def _request(
    location_id: int,
    team_member_id: int,
    *,
    body: LeaveCommentBody,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("team_member_id", team_member_id, required=True)

    _arguments.instance("body", body, LeaveCommentBody, required=True)

    _json: Any = None
    _json = _arguments.body("body", _BODY, body)

    return RequestParts(
        path_params={
            "location_id": location_id,
            "team_member_id": team_member_id,
        },
        json=_json,
    )


def _parse_data(data: Any) -> LeaveCommentResponse201:
    data = _shapes.as_object(data)
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    team_member_id: int,
    *,
    body: LeaveCommentBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> LeaveCommentResponse201 | None:
    """Leave a Comment

    POST /comments/{location_id}/{team_member_id} (operation `leave_comment` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): location ID
        team_member_id (int): team member ID, specify when creating a review for a team member
        body (LeaveCommentBody): Leave a Comment Example: {'mark': 4, 'text': 'Everything is very
            bad!', 'name': 'Victor'}.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        LeaveCommentResponse201 | None: the envelope's `data`, parsed (None for `data: null` or no body).
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
    body: LeaveCommentBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[LeaveCommentResponse201]:
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
    body: LeaveCommentBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> LeaveCommentResponse201 | None:
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
    body: LeaveCommentBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[LeaveCommentResponse201]:
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
