"""Image upload

POST /images/{entity} (operation `upload_image` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.upload_image_body import UploadImageBody
from ...models.upload_image_response_200 import UploadImageResponse200
from ...types import Response

_OPERATION = Operation("upload_image", "POST", "/images/{entity}", "BearerPartnerUser")
_RESPONSE = _fields.Model("UploadImageResponse200")


def _request(
    entity: str,
    *,
    body: UploadImageBody,
) -> RequestParts:

    _arguments.instance("body", body, UploadImageBody, required=True)

    _files: Any = None
    _files = body.to_multipart()

    return RequestParts(
        path_params={
            "entity": entity,
        },
        files=_files,
    )


def _parse_data(data: Any) -> UploadImageResponse200:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    entity: str,
    *,
    body: UploadImageBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> UploadImageResponse200 | None:
    """Image upload

    The response object has the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | image_binded | boolean | Status of linking images to an entity |
    | image_group | object | Image group object |

    POST /images/{entity} (operation `upload_image` of the Business Management API); needs the partner and the user token.

    Args:
        entity (str): entity name (team_member for team members, service for services)
        body (UploadImageBody):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        UploadImageResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            entity=entity,
            body=body,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    entity: str,
    *,
    body: UploadImageBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[UploadImageResponse200]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            entity=entity,
            body=body,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    entity: str,
    *,
    body: UploadImageBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> UploadImageResponse200 | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                entity=entity,
                body=body,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    entity: str,
    *,
    body: UploadImageBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[UploadImageResponse200]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            entity=entity,
            body=body,
        ),
        _parse_data,
        options,
    )
