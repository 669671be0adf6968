from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.upload_client_file_body import UploadClientFileBody
from ...models.upload_client_file_response_200_item import UploadClientFileResponse200Item
from ...types import Response

_OPERATION = OPERATIONS["upload_client_file"]


def _get_kwargs(
    location_id: int,
    client_id: int,
    *,
    body: UploadClientFileBody,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("client_id", client_id, required=True)

    _arguments.instance("body", body, UploadClientFileBody, required=True)

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/company/{location_id}/clients/files/{client_id}".format(
            location_id=quote(str(location_id), safe=""),
            client_id=quote(str(client_id), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_data(data: Any) -> list[UploadClientFileResponse200Item]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = UploadClientFileResponse200Item.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


def sync_detailed(
    location_id: int,
    client_id: int,
    *,
    body: UploadClientFileBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[UploadClientFileResponse200Item]]:
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

    POST /company/{location_id}/clients/files/{client_id} (operation `upload_client_file`)

    Args:
        location_id (int): Location ID
        client_id (int): Client ID
        body (UploadClientFileBody):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[list[UploadClientFileResponse200Item]]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        client_id=client_id,
        body=body,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


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

    POST /company/{location_id}/clients/files/{client_id} (operation `upload_client_file`)

    Args:
        location_id (int): Location ID
        client_id (int): Client ID
        body (UploadClientFileBody):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[UploadClientFileResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        location_id=location_id,
        client_id=client_id,
        client=client,
        body=body,
        options=options,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    client_id: int,
    *,
    body: UploadClientFileBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[UploadClientFileResponse200Item]]:
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

    POST /company/{location_id}/clients/files/{client_id} (operation `upload_client_file`)

    Args:
        location_id (int): Location ID
        client_id (int): Client ID
        body (UploadClientFileBody):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[list[UploadClientFileResponse200Item]]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        client_id=client_id,
        body=body,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
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

    POST /company/{location_id}/clients/files/{client_id} (operation `upload_client_file`)

    Args:
        location_id (int): Location ID
        client_id (int): Client ID
        body (UploadClientFileBody):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[UploadClientFileResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client_id=client_id,
            client=client,
            body=body,
            options=options,
        )
    ).parsed
