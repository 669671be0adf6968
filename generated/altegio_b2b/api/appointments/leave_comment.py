from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.leave_comment_body import LeaveCommentBody
from ...models.leave_comment_response_201_item import LeaveCommentResponse201Item
from ...types import Response

_OPERATION = OPERATIONS["leave_comment"]


def _get_kwargs(
    location_id: int,
    team_member_id: int,
    *,
    body: LeaveCommentBody,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("team_member_id", team_member_id, required=True)

    _arguments.instance("body", body, LeaveCommentBody, required=True)

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/comments/{location_id}/{team_member_id}".format(
            location_id=quote(str(location_id), safe=""),
            team_member_id=quote(str(team_member_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_data(data: Any) -> list[LeaveCommentResponse201Item]:
    response_201 = []
    _response_201 = data
    for response_201_item_data in _response_201:
        response_201_item = LeaveCommentResponse201Item.from_dict(response_201_item_data)

        response_201.append(response_201_item)

    return response_201


def sync_detailed(
    location_id: int,
    team_member_id: int,
    *,
    body: LeaveCommentBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[LeaveCommentResponse201Item]]:
    """Leave a Comment

    POST /comments/{location_id}/{team_member_id} (operation `leave_comment`)

    Args:
        location_id (int): location ID
        team_member_id (int): team member ID, specify when creating a review for a team member
        body (LeaveCommentBody): Leave a Comment
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[list[LeaveCommentResponse201Item]]: status, headers, raw body, `meta` and the parsed data.
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
    body: LeaveCommentBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[LeaveCommentResponse201Item] | None:
    """Leave a Comment

    POST /comments/{location_id}/{team_member_id} (operation `leave_comment`)

    Args:
        location_id (int): location ID
        team_member_id (int): team member ID, specify when creating a review for a team member
        body (LeaveCommentBody): Leave a Comment
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[LeaveCommentResponse201Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
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
    body: LeaveCommentBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[LeaveCommentResponse201Item]]:
    """Leave a Comment

    POST /comments/{location_id}/{team_member_id} (operation `leave_comment`)

    Args:
        location_id (int): location ID
        team_member_id (int): team member ID, specify when creating a review for a team member
        body (LeaveCommentBody): Leave a Comment
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[list[LeaveCommentResponse201Item]]: status, headers, raw body, `meta` and the parsed data.
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
    body: LeaveCommentBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[LeaveCommentResponse201Item] | None:
    """Leave a Comment

    POST /comments/{location_id}/{team_member_id} (operation `leave_comment`)

    Args:
        location_id (int): location ID
        team_member_id (int): team member ID, specify when creating a review for a team member
        body (LeaveCommentBody): Leave a Comment
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[LeaveCommentResponse201Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
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
