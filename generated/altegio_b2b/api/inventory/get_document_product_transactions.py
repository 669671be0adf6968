from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.get_document_product_transactions_response_200_item import GetDocumentProductTransactionsResponse200Item
from ...types import Response

_OPERATION = OPERATIONS["get_document_product_transactions"]


def _get_kwargs(
    document_id: int,
) -> dict[str, Any]:
    _arguments.integer("document_id", document_id, required=True)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/storage_operations/documents/goods_transactions/{document_id}".format(
            document_id=quote(str(document_id), safe=""),
        ),
    }

    return _kwargs


def _parse_data(data: Any) -> list[GetDocumentProductTransactionsResponse200Item]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = GetDocumentProductTransactionsResponse200Item.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


def sync_detailed(
    document_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetDocumentProductTransactionsResponse200Item]]:
    """Get Product Transactions of a Document

    GET /storage_operations/documents/goods_transactions/{document_id} (operation `get_document_product_transactions`)

    Args:
        document_id (int): Document ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[list[GetDocumentProductTransactionsResponse200Item]]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        document_id=document_id,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    document_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetDocumentProductTransactionsResponse200Item] | None:
    """Get Product Transactions of a Document

    GET /storage_operations/documents/goods_transactions/{document_id} (operation `get_document_product_transactions`)

    Args:
        document_id (int): Document ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetDocumentProductTransactionsResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        document_id=document_id,
        client=client,
        options=options,
    ).parsed


async def asyncio_detailed(
    document_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetDocumentProductTransactionsResponse200Item]]:
    """Get Product Transactions of a Document

    GET /storage_operations/documents/goods_transactions/{document_id} (operation `get_document_product_transactions`)

    Args:
        document_id (int): Document ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[list[GetDocumentProductTransactionsResponse200Item]]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        document_id=document_id,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    document_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetDocumentProductTransactionsResponse200Item] | None:
    """Get Product Transactions of a Document

    GET /storage_operations/documents/goods_transactions/{document_id} (operation `get_document_product_transactions`)

    Args:
        document_id (int): Document ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetDocumentProductTransactionsResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            document_id=document_id,
            client=client,
            options=options,
        )
    ).parsed
