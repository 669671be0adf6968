"""Sample Request to Get a List of Client Files

GET /company/{location_id}/clients/files/{client_id} (operation `get_client_file_list` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.get_client_file_list_response_200_item import GetClientFileListResponse200Item
from ...types import Response

_OPERATION = Operation(
    "get_client_file_list", "GET", "/company/{location_id}/clients/files/{client_id}", "BearerPartnerUser"
)
_RESPONSE = _fields.ListOf(_fields.Model("GetClientFileListResponse200Item"))


def _request(
    location_id: int,
    client_id: int,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("client_id", client_id, required=True)

    return RequestParts(
        path_params={
            "location_id": location_id,
            "client_id": client_id,
        },
    )


def _parse_data(data: Any) -> list[GetClientFileListResponse200Item]:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    client_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetClientFileListResponse200Item] | None:
    """Sample Request to Get a List of Client Files

    A list of uploaded client files can be retrieved by providing both the location ID and the client ID
    in the request.
    The client ID can be obtained from the client collection.

    The response returns an array of [client files](#client-file).

    <a name="client-file"></a>
    Each client file has the following structure:

    | Field | Type | Description |
    | -----------------| ------- | --------------------------------------------------
    ------------------------ |
    | id | number | File ID |
    | client_id | number | Client ID |
    | name | string | Filename with extension |
    | description | string | File description |
    | extension | string | File name extension |
    | mime | string | MIME file type |
    | link | string | File download link |
    | date_create | string | File upload date in ISO8601 format |
    | size | string | Formatted file size string |
    | username | string | The name of the user who uploaded the file |
    | user_avatar | string | Avatar of the user who uploaded the file |
    | can_edit | boolean | Is there a right to change and delete the file? true - there is a right,
    false - there is no right |

    GET /company/{location_id}/clients/files/{client_id} (operation `get_client_file_list` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): location ID
        client_id (int): Client ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetClientFileListResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            client_id=client_id,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    client_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetClientFileListResponse200Item]]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            client_id=client_id,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    client_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetClientFileListResponse200Item] | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                client_id=client_id,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    client_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetClientFileListResponse200Item]]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            client_id=client_id,
        ),
        _parse_data,
        options,
    )
