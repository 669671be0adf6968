"""Get certificate type

GET /chain/{chain_id}/loyalty/certificate_types/{type_id} (operation `chain_loyalty_certificate_types_get` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.chain_loyalty_certificate_types_get_response_200 import ChainLoyaltyCertificateTypesGetResponse200
from ...types import Response

_OPERATION = Operation(
    "chain_loyalty_certificate_types_get",
    "GET",
    "/chain/{chain_id}/loyalty/certificate_types/{type_id}",
    "BearerPartnerUser",
)
_RESPONSE = _fields.Model("ChainLoyaltyCertificateTypesGetResponse200")


def _request(
    chain_id: int,
    type_id: int,
) -> RequestParts:
    _arguments.integer("chain_id", chain_id, required=True)

    _arguments.integer("type_id", type_id, required=True)

    return RequestParts(
        path_params={
            "chain_id": chain_id,
            "type_id": type_id,
        },
    )


def _parse_data(data: Any) -> ChainLoyaltyCertificateTypesGetResponse200:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    chain_id: int,
    type_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> ChainLoyaltyCertificateTypesGetResponse200 | None:
    """Get certificate type

    Retrieves a specific certificate type by ID at the chain level.

    Returns complete certificate type configuration including expiration rules,
    restrictions, and online sale settings.

    GET /chain/{chain_id}/loyalty/certificate_types/{type_id} (operation `chain_loyalty_certificate_types_get` of the Business Management API); needs the partner and the user token.

    Args:
        chain_id (int): Chain ID
        type_id (int): Certificate type ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        ChainLoyaltyCertificateTypesGetResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            chain_id=chain_id,
            type_id=type_id,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    chain_id: int,
    type_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[ChainLoyaltyCertificateTypesGetResponse200]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            chain_id=chain_id,
            type_id=type_id,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    chain_id: int,
    type_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> ChainLoyaltyCertificateTypesGetResponse200 | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                chain_id=chain_id,
                type_id=type_id,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    chain_id: int,
    type_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[ChainLoyaltyCertificateTypesGetResponse200]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            chain_id=chain_id,
            type_id=type_id,
        ),
        _parse_data,
        options,
    )
