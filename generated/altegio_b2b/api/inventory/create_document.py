"""Create document

POST /storage_operations/documents/{location_id} (operation `create_document` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.create_document_body import CreateDocumentBody
from ...models.create_document_response_200 import CreateDocumentResponse200
from ...types import Response

_OPERATION = Operation("create_document", "POST", "/storage_operations/documents/{location_id}", "BearerPartnerUser")
_RESPONSE = _fields.Model("CreateDocumentResponse200")

_BODY = _fields.Model("CreateDocumentBody")


def _request(
    location_id: int,
    *,
    body: CreateDocumentBody,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.instance("body", body, CreateDocumentBody, required=True)

    _json: Any = None
    _json = _arguments.body("body", _BODY, body)

    return RequestParts(
        path_params={
            "location_id": location_id,
        },
        json=_json,
    )


def _parse_data(data: Any) -> CreateDocumentResponse200:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    *,
    body: CreateDocumentBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> CreateDocumentResponse200 | None:
    """Create document

    POST /storage_operations/documents/{location_id} (operation `create_document` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): location ID
        body (CreateDocumentBody): Create document Example: {'type_id': 1, 'comment': 'Document
            comment', 'storage_id': 36539, 'create_date': '2026-09-21T23:00:00.000-05:00'}.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        CreateDocumentResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            body=body,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    *,
    body: CreateDocumentBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[CreateDocumentResponse200]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            body=body,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    *,
    body: CreateDocumentBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> CreateDocumentResponse200 | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                body=body,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    body: CreateDocumentBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[CreateDocumentResponse200]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            body=body,
        ),
        _parse_data,
        options,
    )
