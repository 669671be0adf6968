"""Deleting images

DELETE /images/{entity} (operation `delete_image` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.delete_image_body import DeleteImageBody
from ...types import Response

_OPERATION = Operation("delete_image", "DELETE", "/images/{entity}", "BearerPartnerUser", response_kind="none")


def _request(
    entity: str,
    *,
    body: DeleteImageBody,
) -> RequestParts:

    _arguments.instance("body", body, DeleteImageBody, required=True)

    _files: Any = None
    _files = body.to_multipart()

    return RequestParts(
        path_params={
            "entity": entity,
        },
        files=_files,
    )


def _parse_data(data: Any) -> Any:
    return None


def sync(
    entity: str,
    *,
    body: DeleteImageBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Any:
    """Deleting images

    The response object has the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | success | boolean | Deletion result |

    DELETE /images/{entity} (operation `delete_image` of the Business Management API); needs the partner and the user token.

    Args:
        entity (str): entity name (team_member for team members, service for services)
        body (DeleteImageBody):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
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
    body: DeleteImageBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
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
    body: DeleteImageBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Any:
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
    body: DeleteImageBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
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
