from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.delete_image_body import DeleteImageBody
from ...types import Response

_OPERATION = OPERATIONS["delete_image"]


def _get_kwargs(
    entity: str,
    *,
    body: DeleteImageBody,
) -> dict[str, Any]:

    _arguments.instance("body", body, DeleteImageBody, required=True)

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/images/{entity}".format(
            entity=quote(str(entity), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_data(data: Any) -> Any:
    return None


def sync_detailed(
    entity: str,
    *,
    body: DeleteImageBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """Deleting images

    The response object has the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | success | boolean | Deletion result |

    DELETE /images/{entity} (operation `delete_image`)

    Args:
        entity (str): entity name (team_member for team members, service for services)
        body (DeleteImageBody):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[Any]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        entity=entity,
        body=body,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


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

    DELETE /images/{entity} (operation `delete_image`)

    Args:
        entity (str): entity name (team_member for team members, service for services)
        body (DeleteImageBody):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        entity=entity,
        client=client,
        body=body,
        options=options,
    ).parsed


async def asyncio_detailed(
    entity: str,
    *,
    body: DeleteImageBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """Deleting images

    The response object has the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | success | boolean | Deletion result |

    DELETE /images/{entity} (operation `delete_image`)

    Args:
        entity (str): entity name (team_member for team members, service for services)
        body (DeleteImageBody):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[Any]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        entity=entity,
        body=body,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
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

    DELETE /images/{entity} (operation `delete_image`)

    Args:
        entity (str): entity name (team_member for team members, service for services)
        body (DeleteImageBody):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            entity=entity,
            client=client,
            body=body,
            options=options,
        )
    ).parsed
