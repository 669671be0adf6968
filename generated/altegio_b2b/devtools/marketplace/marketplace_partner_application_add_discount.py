"""Set payment discount for locations

POST /marketplace/application/add_discount (operation `marketplace_partner_application_add_discount` of the Developer Tools API); needs the partner token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.marketplace_partner_application_add_discount_body import MarketplacePartnerApplicationAddDiscountBody
from ...models.marketplace_partner_application_add_discount_response_200 import (
    MarketplacePartnerApplicationAddDiscountResponse200,
)
from ...types import Response

_OPERATION = Operation(
    "marketplace_partner_application_add_discount", "POST", "/marketplace/application/add_discount", "BearerPartner"
)
_RESPONSE = _fields.Model("MarketplacePartnerApplicationAddDiscountResponse200")

_BODY = _fields.Model("MarketplacePartnerApplicationAddDiscountBody")


def _request(
    *,
    body: MarketplacePartnerApplicationAddDiscountBody,
) -> RequestParts:
    _arguments.instance("body", body, MarketplacePartnerApplicationAddDiscountBody, required=True)

    _json: Any = None
    _json = _arguments.body("body", _BODY, body)

    return RequestParts(
        json=_json,
    )


def _parse_data(data: Any) -> MarketplacePartnerApplicationAddDiscountResponse200:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    *,
    body: MarketplacePartnerApplicationAddDiscountBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> MarketplacePartnerApplicationAddDiscountResponse200 | None:
    """Set payment discount for locations

    Sets a payment discount for specific locations when they pay through Altegio platform.

    **Note:** This endpoint is intended for marketplace partners only.
    Requires marketplace partner authorization.

    POST /marketplace/application/add_discount (operation `marketplace_partner_application_add_discount` of the Developer Tools API); needs the partner token.

    Args:
        body (MarketplacePartnerApplicationAddDiscountBody):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        MarketplacePartnerApplicationAddDiscountResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
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
    body: MarketplacePartnerApplicationAddDiscountBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[MarketplacePartnerApplicationAddDiscountResponse200]:
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
    body: MarketplacePartnerApplicationAddDiscountBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> MarketplacePartnerApplicationAddDiscountResponse200 | None:
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
    body: MarketplacePartnerApplicationAddDiscountBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[MarketplacePartnerApplicationAddDiscountResponse200]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            body=body,
        ),
        _parse_data,
        options,
    )
