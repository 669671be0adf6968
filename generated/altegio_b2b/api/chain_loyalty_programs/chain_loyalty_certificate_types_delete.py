from typing import Any, cast
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...types import Response

_OPERATION = OPERATIONS["chain_loyalty_certificate_types_delete"]


def _get_kwargs(
    chain_id: int,
    type_id: int,
) -> dict[str, Any]:
    _arguments.integer("chain_id", chain_id, required=True)

    _arguments.integer("type_id", type_id, required=True)

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/chain/{chain_id}/loyalty/certificate_types/{type_id}".format(
            chain_id=quote(str(chain_id), safe=""),
            type_id=quote(str(type_id), safe=""),
        ),
    }

    return _kwargs


def _parse_data(data: Any) -> None:
    return cast(None, data)


def sync_detailed(
    chain_id: int,
    type_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[None]:
    """Delete certificate type

    Deletes a certificate type from the chain.

    **Warning:** This action cannot be undone. Certificate types that have
    issued certificates cannot be deleted.

    DELETE /chain/{chain_id}/loyalty/certificate_types/{type_id} (operation `chain_loyalty_certificate_types_delete`)

    Args:
        chain_id (int): Chain ID
        type_id (int): Certificate type ID to delete
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[None]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        type_id=type_id,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    chain_id: int,
    type_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> None:
    """Delete certificate type

    Deletes a certificate type from the chain.

    **Warning:** This action cannot be undone. Certificate types that have
    issued certificates cannot be deleted.

    DELETE /chain/{chain_id}/loyalty/certificate_types/{type_id} (operation `chain_loyalty_certificate_types_delete`)

    Args:
        chain_id (int): Chain ID
        type_id (int): Certificate type ID to delete
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        None | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        chain_id=chain_id,
        type_id=type_id,
        client=client,
        options=options,
    ).parsed


async def asyncio_detailed(
    chain_id: int,
    type_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[None]:
    """Delete certificate type

    Deletes a certificate type from the chain.

    **Warning:** This action cannot be undone. Certificate types that have
    issued certificates cannot be deleted.

    DELETE /chain/{chain_id}/loyalty/certificate_types/{type_id} (operation `chain_loyalty_certificate_types_delete`)

    Args:
        chain_id (int): Chain ID
        type_id (int): Certificate type ID to delete
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[None]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        type_id=type_id,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    chain_id: int,
    type_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> None:
    """Delete certificate type

    Deletes a certificate type from the chain.

    **Warning:** This action cannot be undone. Certificate types that have
    issued certificates cannot be deleted.

    DELETE /chain/{chain_id}/loyalty/certificate_types/{type_id} (operation `chain_loyalty_certificate_types_delete`)

    Args:
        chain_id (int): Chain ID
        type_id (int): Certificate type ID to delete
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        None | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            chain_id=chain_id,
            type_id=type_id,
            client=client,
            options=options,
        )
    ).parsed
