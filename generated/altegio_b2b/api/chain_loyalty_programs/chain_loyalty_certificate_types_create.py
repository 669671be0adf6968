from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.chain_loyalty_certificate_types_create_body import ChainLoyaltyCertificateTypesCreateBody
from ...models.chain_loyalty_certificate_types_create_response_200 import ChainLoyaltyCertificateTypesCreateResponse200
from ...types import Response

_OPERATION = OPERATIONS["chain_loyalty_certificate_types_create"]


def _get_kwargs(
    chain_id: int,
    *,
    body: ChainLoyaltyCertificateTypesCreateBody,
) -> dict[str, Any]:
    _arguments.integer("chain_id", chain_id, required=True)

    _arguments.instance("body", body, ChainLoyaltyCertificateTypesCreateBody, required=True)

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/chain/{chain_id}/loyalty/certificate_types".format(
            chain_id=quote(str(chain_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_data(data: Any) -> ChainLoyaltyCertificateTypesCreateResponse200:
    response_200 = ChainLoyaltyCertificateTypesCreateResponse200.from_dict(data)

    return response_200


def sync_detailed(
    chain_id: int,
    *,
    body: ChainLoyaltyCertificateTypesCreateBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[ChainLoyaltyCertificateTypesCreateResponse200]:
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

    POST /chain/{chain_id}/loyalty/certificate_types (operation `chain_loyalty_certificate_types_create`)

    Args:
        chain_id (int): Chain ID
        body (ChainLoyaltyCertificateTypesCreateBody):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[ChainLoyaltyCertificateTypesCreateResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        body=body,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


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

    POST /chain/{chain_id}/loyalty/certificate_types (operation `chain_loyalty_certificate_types_create`)

    Args:
        chain_id (int): Chain ID
        body (ChainLoyaltyCertificateTypesCreateBody):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        ChainLoyaltyCertificateTypesCreateResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        chain_id=chain_id,
        client=client,
        body=body,
        options=options,
    ).parsed


async def asyncio_detailed(
    chain_id: int,
    *,
    body: ChainLoyaltyCertificateTypesCreateBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[ChainLoyaltyCertificateTypesCreateResponse200]:
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

    POST /chain/{chain_id}/loyalty/certificate_types (operation `chain_loyalty_certificate_types_create`)

    Args:
        chain_id (int): Chain ID
        body (ChainLoyaltyCertificateTypesCreateBody):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[ChainLoyaltyCertificateTypesCreateResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        body=body,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
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

    POST /chain/{chain_id}/loyalty/certificate_types (operation `chain_loyalty_certificate_types_create`)

    Args:
        chain_id (int): Chain ID
        body (ChainLoyaltyCertificateTypesCreateBody):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        ChainLoyaltyCertificateTypesCreateResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            chain_id=chain_id,
            client=client,
            body=body,
            options=options,
        )
    ).parsed
