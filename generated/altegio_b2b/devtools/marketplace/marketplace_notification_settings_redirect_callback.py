"""Redirect URL after user registration with the partner service

POST /marketplace/partner/callback/redirect (operation `marketplace_notification_settings_redirect_callback` of the Developer Tools API); needs the partner token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.marketplace_notification_settings_redirect_callback_body import (
    MarketplaceNotificationSettingsRedirectCallbackBody,
)
from ...models.marketplace_notification_settings_redirect_callback_response_200 import (
    MarketplaceNotificationSettingsRedirectCallbackResponse200,
)
from ...types import UNSET, Response, Unset

_OPERATION = Operation(
    "marketplace_notification_settings_redirect_callback",
    "POST",
    "/marketplace/partner/callback/redirect",
    "BearerPartner",
)
_RESPONSE = _fields.Model("MarketplaceNotificationSettingsRedirectCallbackResponse200")

_BODY = _fields.Model("MarketplaceNotificationSettingsRedirectCallbackBody")


def _request(
    *,
    body: MarketplaceNotificationSettingsRedirectCallbackBody | Unset = UNSET,
) -> RequestParts:
    _arguments.instance("body", body, MarketplaceNotificationSettingsRedirectCallbackBody, required=False)

    _json: Any = None
    if not isinstance(body, Unset):
        _json = _arguments.body("body", _BODY, body)

    return RequestParts(
        json=_json,
    )


def _parse_data(data: Any) -> MarketplaceNotificationSettingsRedirectCallbackResponse200:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    *,
    body: MarketplaceNotificationSettingsRedirectCallbackBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> MarketplaceNotificationSettingsRedirectCallbackResponse200 | None:
    """Redirect URL after user registration with the partner service

    After completing registration, the user must be redirected to this URL in the browser, along with
    any required data needed by the partner service.

    POST /marketplace/partner/callback/redirect (operation `marketplace_notification_settings_redirect_callback` of the Developer Tools API); needs the partner token.

    Args:
        body (MarketplaceNotificationSettingsRedirectCallbackBody | Unset):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        MarketplaceNotificationSettingsRedirectCallbackResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
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
    body: MarketplaceNotificationSettingsRedirectCallbackBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[MarketplaceNotificationSettingsRedirectCallbackResponse200]:
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
    body: MarketplaceNotificationSettingsRedirectCallbackBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> MarketplaceNotificationSettingsRedirectCallbackResponse200 | None:
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
    body: MarketplaceNotificationSettingsRedirectCallbackBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[MarketplaceNotificationSettingsRedirectCallbackResponse200]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            body=body,
        ),
        _parse_data,
        options,
    )
