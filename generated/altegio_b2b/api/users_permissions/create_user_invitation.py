"""Create and Send an Invitation

POST /user/invite/{location_id} (operation `create_user_invitation` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.create_user_invitation_body import CreateUserInvitationBody
from ...types import UNSET, Response, Unset

_OPERATION = Operation("create_user_invitation", "POST", "/user/invite/{location_id}", "BearerPartnerUser")
_RESPONSE = _fields.STRING

_BODY = _fields.Model("CreateUserInvitationBody")


def _request(
    location_id: int,
    *,
    body: CreateUserInvitationBody | Unset = UNSET,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.instance("body", body, CreateUserInvitationBody, required=False)

    _json: Any = None
    if not isinstance(body, Unset):
        _json = _arguments.body("body", _BODY, body)

    return RequestParts(
        path_params={
            "location_id": location_id,
        },
        json=_json,
    )


def _parse_data(data: Any) -> str:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    *,
    body: CreateUserInvitationBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> str | None:
    """Create and Send an Invitation

    An invitation to manage a location is sent via email or phone as a link. By following the link and
    completing registration, the user gains access to manage the location according to the permissions
    assigned.
    Permission assignment is performed in a separate request after the invitation is sent.

    POST /user/invite/{location_id} (operation `create_user_invitation` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): ID of a location.
        body (CreateUserInvitationBody | Unset):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        str | None: the envelope's `data`, parsed (None for `data: null` or no body).
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
    body: CreateUserInvitationBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[str]:
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
    body: CreateUserInvitationBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> str | None:
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
    body: CreateUserInvitationBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[str]:
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
