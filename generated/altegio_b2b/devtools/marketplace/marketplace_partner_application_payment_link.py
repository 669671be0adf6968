"""Generate payment link

GET /marketplace/application/payment_link (operation `marketplace_partner_application_payment_link` of the Developer Tools API); needs the partner token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.marketplace_partner_application_payment_link_response_200 import (
    MarketplacePartnerApplicationPaymentLinkResponse200,
)
from ...types import UNSET, Response, Unset

_OPERATION = Operation(
    "marketplace_partner_application_payment_link", "GET", "/marketplace/application/payment_link", "BearerPartner"
)
_RESPONSE = _fields.Model("MarketplacePartnerApplicationPaymentLinkResponse200")


def _request(
    *,
    salon_id: int,
    application_id: int,
    discount: float | Unset = UNSET,
) -> RequestParts:
    _arguments.integer("salon_id", salon_id, required=True)

    _arguments.integer("application_id", application_id, required=True)

    _arguments.number("discount", discount, required=False)

    params: dict[str, Any] = {}
    params["salon_id"] = salon_id
    params["application_id"] = application_id
    params["discount"] = discount
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestParts(
        params=params,
    )


def _parse_data(data: Any) -> MarketplacePartnerApplicationPaymentLinkResponse200:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    *,
    salon_id: int,
    application_id: int,
    discount: float | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> MarketplacePartnerApplicationPaymentLinkResponse200 | None:
    """Generate payment link

    Generates a payment link for application payment through Altegio platform.

    **Note:** For marketplace partners only.

    GET /marketplace/application/payment_link (operation `marketplace_partner_application_payment_link` of the Developer Tools API); needs the partner token.

    Args:
        salon_id (int): Location ID
        application_id (int): Application ID
        discount (float | Unset): Discount percentage (optional)
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        MarketplacePartnerApplicationPaymentLinkResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            salon_id=salon_id,
            application_id=application_id,
            discount=discount,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    *,
    salon_id: int,
    application_id: int,
    discount: float | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[MarketplacePartnerApplicationPaymentLinkResponse200]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            salon_id=salon_id,
            application_id=application_id,
            discount=discount,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    *,
    salon_id: int,
    application_id: int,
    discount: float | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> MarketplacePartnerApplicationPaymentLinkResponse200 | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                salon_id=salon_id,
                application_id=application_id,
                discount=discount,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    *,
    salon_id: int,
    application_id: int,
    discount: float | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[MarketplacePartnerApplicationPaymentLinkResponse200]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            salon_id=salon_id,
            application_id=application_id,
            discount=discount,
        ),
        _parse_data,
        options,
    )
