from typing import Any

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.authorize_user_body import AuthorizeUserBody
from ...models.authorize_user_response_201 import AuthorizeUserResponse201
from ...types import Response

_OPERATION = OPERATIONS["authorize_user"]


def _get_kwargs(
    *,
    body: AuthorizeUserBody,
) -> dict[str, Any]:
    _arguments.instance("body", body, AuthorizeUserBody, required=True)

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/auth",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_data(data: Any) -> AuthorizeUserResponse201:
    response_201 = AuthorizeUserResponse201.from_dict(data)

    return response_201


def sync_detailed(
    *,
    body: AuthorizeUserBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[AuthorizeUserResponse201]:
    """Authorize User

    When a user changes their password, their API key is regenerated. As a result, reauthorization is
    required using the new API key.

    | Attribute | Type | Description |
    | ------------- | ------------- | ------------- |
    | login | string | The user's phone number in the format +13155550175, or their email address.|
    | password | string | User password |

    POST /auth (operation `authorize_user`)

    Args:
        body (AuthorizeUserBody): User authorization
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[AuthorizeUserResponse201]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        body=body,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


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

    POST /auth (operation `authorize_user`)

    Args:
        body (AuthorizeUserBody): User authorization
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        AuthorizeUserResponse201 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        client=client,
        body=body,
        options=options,
    ).parsed


async def asyncio_detailed(
    *,
    body: AuthorizeUserBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[AuthorizeUserResponse201]:
    """Authorize User

    When a user changes their password, their API key is regenerated. As a result, reauthorization is
    required using the new API key.

    | Attribute | Type | Description |
    | ------------- | ------------- | ------------- |
    | login | string | The user's phone number in the format +13155550175, or their email address.|
    | password | string | User password |

    POST /auth (operation `authorize_user`)

    Args:
        body (AuthorizeUserBody): User authorization
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[AuthorizeUserResponse201]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        body=body,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
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

    POST /auth (operation `authorize_user`)

    Args:
        body (AuthorizeUserBody): User authorization
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        AuthorizeUserResponse201 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            options=options,
        )
    ).parsed
