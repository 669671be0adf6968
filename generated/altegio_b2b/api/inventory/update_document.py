from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.update_document_body import UpdateDocumentBody
from ...models.update_document_response_200 import UpdateDocumentResponse200
from ...types import Response

_OPERATION = OPERATIONS["update_document"]


def _get_kwargs(
    location_id: int,
    document_id: int,
    *,
    body: UpdateDocumentBody,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("document_id", document_id, required=True)

    _arguments.instance("body", body, UpdateDocumentBody, required=True)

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/storage_operations/documents/{location_id}/{document_id}".format(
            location_id=quote(str(location_id), safe=""),
            document_id=quote(str(document_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_data(data: Any) -> UpdateDocumentResponse200:
    response_200 = UpdateDocumentResponse200.from_dict(data)

    return response_200


def sync_detailed(
    location_id: int,
    document_id: int,
    *,
    body: UpdateDocumentBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[UpdateDocumentResponse200]:
    """Update Document

    PUT /storage_operations/documents/{location_id}/{document_id} (operation `update_document`)

    Args:
        location_id (int): location ID
        document_id (int): Document ID
        body (UpdateDocumentBody): Create document
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[UpdateDocumentResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        document_id=document_id,
        body=body,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    location_id: int,
    document_id: int,
    *,
    body: UpdateDocumentBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> UpdateDocumentResponse200 | None:
    """Update Document

    PUT /storage_operations/documents/{location_id}/{document_id} (operation `update_document`)

    Args:
        location_id (int): location ID
        document_id (int): Document ID
        body (UpdateDocumentBody): Create document
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        UpdateDocumentResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        location_id=location_id,
        document_id=document_id,
        client=client,
        body=body,
        options=options,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    document_id: int,
    *,
    body: UpdateDocumentBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[UpdateDocumentResponse200]:
    """Update Document

    PUT /storage_operations/documents/{location_id}/{document_id} (operation `update_document`)

    Args:
        location_id (int): location ID
        document_id (int): Document ID
        body (UpdateDocumentBody): Create document
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[UpdateDocumentResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        document_id=document_id,
        body=body,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    location_id: int,
    document_id: int,
    *,
    body: UpdateDocumentBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> UpdateDocumentResponse200 | None:
    """Update Document

    PUT /storage_operations/documents/{location_id}/{document_id} (operation `update_document`)

    Args:
        location_id (int): location ID
        document_id (int): Document ID
        body (UpdateDocumentBody): Create document
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        UpdateDocumentResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            document_id=document_id,
            client=client,
            body=body,
            options=options,
        )
    ).parsed
