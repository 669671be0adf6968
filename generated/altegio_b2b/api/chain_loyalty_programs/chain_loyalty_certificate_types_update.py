from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.chain_loyalty_certificate_types_update_body import ChainLoyaltyCertificateTypesUpdateBody
from ...models.chain_loyalty_certificate_types_update_response_200 import ChainLoyaltyCertificateTypesUpdateResponse200
from ...types import Response

_OPERATION = OPERATIONS["chain_loyalty_certificate_types_update"]


def _get_kwargs(
    chain_id: int,
    type_id: int,
    *,
    body: ChainLoyaltyCertificateTypesUpdateBody,
) -> dict[str, Any]:
    _arguments.integer("chain_id", chain_id, required=True)

    _arguments.integer("type_id", type_id, required=True)

    _arguments.instance("body", body, ChainLoyaltyCertificateTypesUpdateBody, required=True)

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/chain/{chain_id}/loyalty/certificate_types/{type_id}".format(
            chain_id=quote(str(chain_id), safe=""),
            type_id=quote(str(type_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_data(data: Any) -> ChainLoyaltyCertificateTypesUpdateResponse200:
    response_200 = ChainLoyaltyCertificateTypesUpdateResponse200.from_dict(data)

    return response_200


def sync_detailed(
    chain_id: int,
    type_id: int,
    *,
    body: ChainLoyaltyCertificateTypesUpdateBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[ChainLoyaltyCertificateTypesUpdateResponse200]:
    """Update certificate type

    Updates an existing certificate type at the chain level.

    All fields from creation are required. Use GET first to retrieve current values,
    then modify needed fields and send complete object.

    **Note:** Cannot update certificate types that have already been issued.

    PUT /chain/{chain_id}/loyalty/certificate_types/{type_id} (operation `chain_loyalty_certificate_types_update`)

    Args:
        chain_id (int): Chain ID
        type_id (int): Certificate type ID
        body (ChainLoyaltyCertificateTypesUpdateBody):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[ChainLoyaltyCertificateTypesUpdateResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        type_id=type_id,
        body=body,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    chain_id: int,
    type_id: int,
    *,
    body: ChainLoyaltyCertificateTypesUpdateBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> ChainLoyaltyCertificateTypesUpdateResponse200 | None:
    """Update certificate type

    Updates an existing certificate type at the chain level.

    All fields from creation are required. Use GET first to retrieve current values,
    then modify needed fields and send complete object.

    **Note:** Cannot update certificate types that have already been issued.

    PUT /chain/{chain_id}/loyalty/certificate_types/{type_id} (operation `chain_loyalty_certificate_types_update`)

    Args:
        chain_id (int): Chain ID
        type_id (int): Certificate type ID
        body (ChainLoyaltyCertificateTypesUpdateBody):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        ChainLoyaltyCertificateTypesUpdateResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        chain_id=chain_id,
        type_id=type_id,
        client=client,
        body=body,
        options=options,
    ).parsed


async def asyncio_detailed(
    chain_id: int,
    type_id: int,
    *,
    body: ChainLoyaltyCertificateTypesUpdateBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[ChainLoyaltyCertificateTypesUpdateResponse200]:
    """Update certificate type

    Updates an existing certificate type at the chain level.

    All fields from creation are required. Use GET first to retrieve current values,
    then modify needed fields and send complete object.

    **Note:** Cannot update certificate types that have already been issued.

    PUT /chain/{chain_id}/loyalty/certificate_types/{type_id} (operation `chain_loyalty_certificate_types_update`)

    Args:
        chain_id (int): Chain ID
        type_id (int): Certificate type ID
        body (ChainLoyaltyCertificateTypesUpdateBody):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[ChainLoyaltyCertificateTypesUpdateResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        type_id=type_id,
        body=body,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    chain_id: int,
    type_id: int,
    *,
    body: ChainLoyaltyCertificateTypesUpdateBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> ChainLoyaltyCertificateTypesUpdateResponse200 | None:
    """Update certificate type

    Updates an existing certificate type at the chain level.

    All fields from creation are required. Use GET first to retrieve current values,
    then modify needed fields and send complete object.

    **Note:** Cannot update certificate types that have already been issued.

    PUT /chain/{chain_id}/loyalty/certificate_types/{type_id} (operation `chain_loyalty_certificate_types_update`)

    Args:
        chain_id (int): Chain ID
        type_id (int): Certificate type ID
        body (ChainLoyaltyCertificateTypesUpdateBody):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        ChainLoyaltyCertificateTypesUpdateResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            chain_id=chain_id,
            type_id=type_id,
            client=client,
            body=body,
            options=options,
        )
    ).parsed
