"""Application Installation for a Location

POST /marketplace/partner/callback (operation `marketplace_notification_settings_callback` of the Developer Tools API); needs the partner token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.marketplace_notification_settings_callback_body import MarketplaceNotificationSettingsCallbackBody
from ...types import UNSET, Response, Unset

_OPERATION = Operation(
    "marketplace_notification_settings_callback",
    "POST",
    "/marketplace/partner/callback",
    "BearerPartner",
    response_kind="none",
)

_BODY = _fields.Model("MarketplaceNotificationSettingsCallbackBody")


def _request(
    *,
    body: MarketplaceNotificationSettingsCallbackBody | Unset = UNSET,
) -> RequestParts:
    _arguments.instance("body", body, MarketplaceNotificationSettingsCallbackBody, required=False)

    _json: Any = None
    if not isinstance(body, Unset):
        _json = _arguments.body("body", _BODY, body)

    return RequestParts(
        json=_json,
    )


def _parse_data(data: Any) -> Any:
    return None


def sync(
    *,
    body: MarketplaceNotificationSettingsCallbackBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Any:
    """Application Installation for a Location

    The integration settings of the partner service must be sent to this address. Once received, the
    application will be configured and installed for the corresponding location.

    POST /marketplace/partner/callback (operation `marketplace_notification_settings_callback` of the Developer Tools API); needs the partner token.

    Args:
        body (MarketplaceNotificationSettingsCallbackBody | Unset):
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
            body=body,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    *,
    body: MarketplaceNotificationSettingsCallbackBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
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
    body: MarketplaceNotificationSettingsCallbackBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Any:
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
    body: MarketplaceNotificationSettingsCallbackBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            body=body,
        ),
        _parse_data,
        options,
    )
