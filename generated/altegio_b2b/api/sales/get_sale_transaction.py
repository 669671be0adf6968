from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.get_sale_transaction_response_200 import GetSaleTransactionResponse200
from ...types import Response

_OPERATION = OPERATIONS["get_sale_transaction"]


def _get_kwargs(
    location_id: int,
    document_id: int,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("document_id", document_id, required=True)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}/sale/{document_id}".format(
            location_id=quote(str(location_id), safe=""),
            document_id=quote(str(document_id), safe=""),
        ),
    }

    return _kwargs


def _parse_data(data: Any) -> GetSaleTransactionResponse200:
    response_200 = GetSaleTransactionResponse200.from_dict(data)

    return response_200


def sync_detailed(
    location_id: int,
    document_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[GetSaleTransactionResponse200]:
    """Receipt of a Sales Transaction

    Reads one sale document at the specified Location. For a membership with a nonzero
    `goods_transaction_id`, first retrieve that goods transaction to get its `document_id`. The caller
    needs Location access and, for a sale document, Inventory access. The sale state contains items and
    payment transactions; it is not a single membership purchase amount. Match document and item IDs
    before attributing any payment to a membership.

    GET /company/{location_id}/sale/{document_id} (operation `get_sale_transaction`)

    Args:
        location_id (int): Location ID
        document_id (int): Sales Document ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[GetSaleTransactionResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        document_id=document_id,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    location_id: int,
    document_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> GetSaleTransactionResponse200 | None:
    """Receipt of a Sales Transaction

    Reads one sale document at the specified Location. For a membership with a nonzero
    `goods_transaction_id`, first retrieve that goods transaction to get its `document_id`. The caller
    needs Location access and, for a sale document, Inventory access. The sale state contains items and
    payment transactions; it is not a single membership purchase amount. Match document and item IDs
    before attributing any payment to a membership.

    GET /company/{location_id}/sale/{document_id} (operation `get_sale_transaction`)

    Args:
        location_id (int): Location ID
        document_id (int): Sales Document ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        GetSaleTransactionResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        location_id=location_id,
        document_id=document_id,
        client=client,
        options=options,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    document_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[GetSaleTransactionResponse200]:
    """Receipt of a Sales Transaction

    Reads one sale document at the specified Location. For a membership with a nonzero
    `goods_transaction_id`, first retrieve that goods transaction to get its `document_id`. The caller
    needs Location access and, for a sale document, Inventory access. The sale state contains items and
    payment transactions; it is not a single membership purchase amount. Match document and item IDs
    before attributing any payment to a membership.

    GET /company/{location_id}/sale/{document_id} (operation `get_sale_transaction`)

    Args:
        location_id (int): Location ID
        document_id (int): Sales Document ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[GetSaleTransactionResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        document_id=document_id,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    location_id: int,
    document_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> GetSaleTransactionResponse200 | None:
    """Receipt of a Sales Transaction

    Reads one sale document at the specified Location. For a membership with a nonzero
    `goods_transaction_id`, first retrieve that goods transaction to get its `document_id`. The caller
    needs Location access and, for a sale document, Inventory access. The sale state contains items and
    payment transactions; it is not a single membership purchase amount. Match document and item IDs
    before attributing any payment to a membership.

    GET /company/{location_id}/sale/{document_id} (operation `get_sale_transaction`)

    Args:
        location_id (int): Location ID
        document_id (int): Sales Document ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        GetSaleTransactionResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            document_id=document_id,
            client=client,
            options=options,
        )
    ).parsed
