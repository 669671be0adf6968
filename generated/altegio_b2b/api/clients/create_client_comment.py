"""Add a comment for a client

POST /company/{location_id}/clients/{client_id}/comments (operation `create_client_comment` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.create_client_comment_body import CreateClientCommentBody
from ...models.create_client_comment_response_201 import CreateClientCommentResponse201
from ...types import UNSET, Response, Unset

_OPERATION = Operation(
    "create_client_comment", "POST", "/company/{location_id}/clients/{client_id}/comments", "BearerPartnerUser"
)
_RESPONSE = _fields.Model("CreateClientCommentResponse201")

_BODY = _fields.Model("CreateClientCommentBody")


def _request(
    location_id: int,
    client_id: int,
    *,
    body: CreateClientCommentBody | Unset = UNSET,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("client_id", client_id, required=True)

    _arguments.instance("body", body, CreateClientCommentBody, required=False)

    _json: Any = None
    if not isinstance(body, Unset):
        _json = _arguments.body("body", _BODY, body)

    return RequestParts(
        path_params={
            "location_id": location_id,
            "client_id": client_id,
        },
        json=_json,
    )


def _parse_data(data: Any) -> CreateClientCommentResponse201:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    client_id: int,
    *,
    body: CreateClientCommentBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> CreateClientCommentResponse201 | None:
    """Add a comment for a client

    Creates a new text comment for a client.

    POST /company/{location_id}/clients/{client_id}/comments (operation `create_client_comment` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): ID of a location.
        client_id (int): ID of a location client.
        body (CreateClientCommentBody | Unset):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        CreateClientCommentResponse201 | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            client_id=client_id,
            body=body,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    client_id: int,
    *,
    body: CreateClientCommentBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[CreateClientCommentResponse201]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            client_id=client_id,
            body=body,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    client_id: int,
    *,
    body: CreateClientCommentBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> CreateClientCommentResponse201 | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                client_id=client_id,
                body=body,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    client_id: int,
    *,
    body: CreateClientCommentBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[CreateClientCommentResponse201]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            client_id=client_id,
            body=body,
        ),
        _parse_data,
        options,
    )
