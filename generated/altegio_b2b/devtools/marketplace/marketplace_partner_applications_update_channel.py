"""Update notification channel availability

POST /marketplace/application/update_channel (operation `marketplace_partner_applications_update_channel` of the Developer Tools API); needs the partner token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.marketplace_partner_applications_update_channel_body import (
    MarketplacePartnerApplicationsUpdateChannelBody,
)
from ...models.marketplace_partner_applications_update_channel_response_200 import (
    MarketplacePartnerApplicationsUpdateChannelResponse200,
)
from ...types import Response

_OPERATION = Operation(
    "marketplace_partner_applications_update_channel",
    "POST",
    "/marketplace/application/update_channel",
    "BearerPartner",
)
_RESPONSE = _fields.Model("MarketplacePartnerApplicationsUpdateChannelResponse200")

_BODY = _fields.Model("MarketplacePartnerApplicationsUpdateChannelBody")


def _request(
    *,
    body: MarketplacePartnerApplicationsUpdateChannelBody,
) -> RequestParts:
    _arguments.instance("body", body, MarketplacePartnerApplicationsUpdateChannelBody, required=True)

    _json: Any = None
    _json = _arguments.body("body", _BODY, body)

    return RequestParts(
        json=_json,
    )


def _parse_data(data: Any) -> MarketplacePartnerApplicationsUpdateChannelResponse200:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    *,
    body: MarketplacePartnerApplicationsUpdateChannelBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> MarketplacePartnerApplicationsUpdateChannelResponse200 | None:
    """Update notification channel availability

    Updates available notification channels for the application.

    **Note:** Only for Chat Bots and SMS Aggregators category applications.
    For marketplace partners only.

    POST /marketplace/application/update_channel (operation `marketplace_partner_applications_update_channel` of the Developer Tools API); needs the partner token.

    Args:
        body (MarketplacePartnerApplicationsUpdateChannelBody):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        MarketplacePartnerApplicationsUpdateChannelResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
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
    body: MarketplacePartnerApplicationsUpdateChannelBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[MarketplacePartnerApplicationsUpdateChannelResponse200]:
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
    body: MarketplacePartnerApplicationsUpdateChannelBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> MarketplacePartnerApplicationsUpdateChannelResponse200 | None:
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
    body: MarketplacePartnerApplicationsUpdateChannelBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[MarketplacePartnerApplicationsUpdateChannelResponse200]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            body=body,
        ),
        _parse_data,
        options,
    )
