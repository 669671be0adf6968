from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.create_tag_response_200 import CreateTagResponse200
from ...types import UNSET, Response, Unset

_OPERATION = OPERATIONS["create_tag"]


def _get_kwargs(
    location_id: int,
    *,
    color: str,
    entity: float | Unset = UNSET,
    icon: str | Unset = UNSET,
    title: str,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.number("entity", entity, required=False)

    params: dict[str, Any] = {}

    params["color"] = color

    params["entity"] = entity

    params["icon"] = icon

    params["title"] = title

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/labels/{location_id}".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_data(data: Any) -> CreateTagResponse200:
    response_200 = CreateTagResponse200.from_dict(data)

    return response_200


def sync_detailed(
    location_id: int,
    *,
    color: str,
    entity: float | Unset = UNSET,
    icon: str | Unset = UNSET,
    title: str,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[CreateTagResponse200]:
    """Create a Tag (Deprecated)

    Deprecated: Altegio marks this operation deprecated; expect it to be removed.

    **Deprecated:** Use `POST /api/v2/companies/{company_id}/tags` instead.

    Creates a new tag for the specified location.

    POST /labels/{location_id} (operation `create_tag`)

    Args:
        location_id (int): location ID
        color (str): Tag color in #RRGGBB format
        entity (float | Unset): Tag type (0 - general tags, 1 - customer tags, 2 - appointment
            tags)
        icon (str | Unset): Icon name
        title (str): Name of tag
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[CreateTagResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        color=color,
        entity=entity,
        icon=icon,
        title=title,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    location_id: int,
    *,
    color: str,
    entity: float | Unset = UNSET,
    icon: str | Unset = UNSET,
    title: str,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> CreateTagResponse200 | None:
    """Create a Tag (Deprecated)

    Deprecated: Altegio marks this operation deprecated; expect it to be removed.

    **Deprecated:** Use `POST /api/v2/companies/{company_id}/tags` instead.

    Creates a new tag for the specified location.

    POST /labels/{location_id} (operation `create_tag`)

    Args:
        location_id (int): location ID
        color (str): Tag color in #RRGGBB format
        entity (float | Unset): Tag type (0 - general tags, 1 - customer tags, 2 - appointment
            tags)
        icon (str | Unset): Icon name
        title (str): Name of tag
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        CreateTagResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        location_id=location_id,
        client=client,
        color=color,
        entity=entity,
        icon=icon,
        title=title,
        options=options,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    color: str,
    entity: float | Unset = UNSET,
    icon: str | Unset = UNSET,
    title: str,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[CreateTagResponse200]:
    """Create a Tag (Deprecated)

    Deprecated: Altegio marks this operation deprecated; expect it to be removed.

    **Deprecated:** Use `POST /api/v2/companies/{company_id}/tags` instead.

    Creates a new tag for the specified location.

    POST /labels/{location_id} (operation `create_tag`)

    Args:
        location_id (int): location ID
        color (str): Tag color in #RRGGBB format
        entity (float | Unset): Tag type (0 - general tags, 1 - customer tags, 2 - appointment
            tags)
        icon (str | Unset): Icon name
        title (str): Name of tag
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[CreateTagResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        color=color,
        entity=entity,
        icon=icon,
        title=title,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    location_id: int,
    *,
    color: str,
    entity: float | Unset = UNSET,
    icon: str | Unset = UNSET,
    title: str,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> CreateTagResponse200 | None:
    """Create a Tag (Deprecated)

    Deprecated: Altegio marks this operation deprecated; expect it to be removed.

    **Deprecated:** Use `POST /api/v2/companies/{company_id}/tags` instead.

    Creates a new tag for the specified location.

    POST /labels/{location_id} (operation `create_tag`)

    Args:
        location_id (int): location ID
        color (str): Tag color in #RRGGBB format
        entity (float | Unset): Tag type (0 - general tags, 1 - customer tags, 2 - appointment
            tags)
        icon (str | Unset): Icon name
        title (str): Name of tag
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        CreateTagResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            color=color,
            entity=entity,
            icon=icon,
            title=title,
            options=options,
        )
    ).parsed
