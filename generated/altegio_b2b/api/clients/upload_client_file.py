"""Upload a completed document to a client card

POST /company/{location_id}/clients/files/{client_id} (operation `upload_client_file` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.upload_client_file_body import UploadClientFileBody
from ...models.upload_client_file_response_200_item import UploadClientFileResponse200Item
from ...types import Response

_OPERATION = Operation(
    "upload_client_file", "POST", "/company/{location_id}/clients/files/{client_id}", "BearerPartnerUser"
)
_RESPONSE = _fields.ListOf(_fields.Model("UploadClientFileResponse200Item"))


def _request(
    location_id: int,
    client_id: int,
    *,
    body: UploadClientFileBody,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("client_id", client_id, required=True)

    _arguments.instance("body", body, UploadClientFileBody, required=True)

    _files: Any = None
    _files = body.to_multipart()

    return RequestParts(
        path_params={
            "location_id": location_id,
            "client_id": client_id,
        },
        files=_files,
    )


def _parse_data(data: Any) -> list[UploadClientFileResponse200Item]:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    client_id: int,
    *,
    body: UploadClientFileBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[UploadClientFileResponse200Item] | None:
    """Upload a completed document to a client card

    Uploads one completed file as multipart form data under the field name
    `file`. Requires `clients_access` and `client_files_upload_access`. The
    Location client must match the path. Accepted filename extensions are
    jpeg, jpg, png, gif, doc, docx, pdf, xls, xlsx, and txt (also uppercase);
    the file must be smaller than 12 MiB. A successful upload also creates a
    `type: file` entry in the client comment history. The response returns the
    current complete file list, not only the newly uploaded file.

    Save a form URL through the client comment endpoint if the form is still
    being filled out. Call this endpoint with the finished file bytes when the
    document is complete; posting a URL string here does not fetch its contents.

    POST /company/{location_id}/clients/files/{client_id} (operation `upload_client_file` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): Location ID
        client_id (int): Client ID
        body (UploadClientFileBody):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[UploadClientFileResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            client_id=client_id,
            body=body,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    client_id: int,
    *,
    body: UploadClientFileBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[UploadClientFileResponse200Item]]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            client_id=client_id,
            body=body,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    client_id: int,
    *,
    body: UploadClientFileBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[UploadClientFileResponse200Item] | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                client_id=client_id,
                body=body,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    client_id: int,
    *,
    body: UploadClientFileBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[UploadClientFileResponse200Item]]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            client_id=client_id,
            body=body,
        ),
        _parse_data,
        options,
    )
