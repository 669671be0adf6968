"""Create certificate type

POST /chain/{chain_id}/loyalty/certificate_types (operation `chain_loyalty_certificate_types_create` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.chain_loyalty_certificate_types_create_body import ChainLoyaltyCertificateTypesCreateBody
from ...models.chain_loyalty_certificate_types_create_response_200 import ChainLoyaltyCertificateTypesCreateResponse200
from ...types import Response

_OPERATION = Operation(
    "chain_loyalty_certificate_types_create", "POST", "/chain/{chain_id}/loyalty/certificate_types", "BearerPartnerUser"
)
_RESPONSE = _fields.Model("ChainLoyaltyCertificateTypesCreateResponse200")

_BODY = _fields.Model("ChainLoyaltyCertificateTypesCreateBody")


def _request(
    chain_id: int,
    *,
    body: ChainLoyaltyCertificateTypesCreateBody,
) -> RequestParts:
    _arguments.integer("chain_id", chain_id, required=True)

    _arguments.instance("body", body, ChainLoyaltyCertificateTypesCreateBody, required=True)

    _json: Any = None
    _json = _arguments.body("body", _BODY, body)

    return RequestParts(
        path_params={
            "chain_id": chain_id,
        },
        json=_json,
    )


def _parse_data(data: Any) -> ChainLoyaltyCertificateTypesCreateResponse200:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    chain_id: int,
    *,
    body: ChainLoyaltyCertificateTypesCreateBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> ChainLoyaltyCertificateTypesCreateResponse200 | None:
    """Create certificate type

    Creates a new certificate type at the chain level.

    Certificate types define gift certificate templates that can be sold across multiple locations.

    **Item Type Restrictions:**
    - 0 = All services and products
    - 1 = Any services (no products)
    - 2 = Any products (no services)
    - 3 = Specific services only (no products)
    - 4 = Specific services + any products

    **Expiration Types:**
    - 0 = No expiration
    - 1 = Fixed date for all instances
    - 2 = Fixed period from sale date

    **Expiration Units:**
    - 1 = day
    - 2 = week
    - 3 = month
    - 4 = year

    **Balance Edit Types:**
    - 1 = Can be edited
    - 2 = Cannot be edited

    **Note:** After creation, certificate products are automatically created in inventory.

    POST /chain/{chain_id}/loyalty/certificate_types (operation `chain_loyalty_certificate_types_create` of the Business Management API); needs the partner and the user token.

    Args:
        chain_id (int): Chain ID
        body (ChainLoyaltyCertificateTypesCreateBody):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        ChainLoyaltyCertificateTypesCreateResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            chain_id=chain_id,
            body=body,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    chain_id: int,
    *,
    body: ChainLoyaltyCertificateTypesCreateBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[ChainLoyaltyCertificateTypesCreateResponse200]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            chain_id=chain_id,
            body=body,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    chain_id: int,
    *,
    body: ChainLoyaltyCertificateTypesCreateBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> ChainLoyaltyCertificateTypesCreateResponse200 | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                chain_id=chain_id,
                body=body,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    chain_id: int,
    *,
    body: ChainLoyaltyCertificateTypesCreateBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[ChainLoyaltyCertificateTypesCreateResponse200]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            chain_id=chain_id,
            body=body,
        ),
        _parse_data,
        options,
    )
