"""Authorize User

POST /auth (operation `authorize_user` of the Business Management API); needs the partner token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.authorize_user_body import AuthorizeUserBody
from ...models.authorize_user_response_201 import AuthorizeUserResponse201
from ...types import Response

_OPERATION = Operation("authorize_user", "POST", "/auth", "BearerPartner", send_user_token=False)
_RESPONSE = _fields.Model("AuthorizeUserResponse201")

_BODY = _fields.Model("AuthorizeUserBody")


def _request(
    *,
    body: AuthorizeUserBody,
) -> RequestParts:
    _arguments.instance("body", body, AuthorizeUserBody, required=True)

    _json: Any = None
    _json = _arguments.body("body", _BODY, body)

    return RequestParts(
        json=_json,
    )


def _parse_data(data: Any) -> AuthorizeUserResponse201:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    *,
    body: AuthorizeUserBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> AuthorizeUserResponse201 | None:
    """Authorize User

    When a user changes their password, their API key is regenerated. As a result, reauthorization is
    required using the new API key.

    | Attribute | Type | Description |
    | ------------- | ------------- | ------------- |
    | login | string | The user's phone number in the format +13155550175, or their email address.|
    | password | string | User password |

    POST /auth (operation `authorize_user` of the Business Management API); needs the partner token.

    Args:
        body (AuthorizeUserBody): User authorization Example: {'login': 'testuser@alteg.io',
            'password': 'testpass'}.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        AuthorizeUserResponse201 | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            body=body,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    *,
    body: AuthorizeUserBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[AuthorizeUserResponse201]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            body=body,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    *,
    body: AuthorizeUserBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> AuthorizeUserResponse201 | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                body=body,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    *,
    body: AuthorizeUserBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[AuthorizeUserResponse201]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            body=body,
        ),
        _parse_data,
        options,
    )
