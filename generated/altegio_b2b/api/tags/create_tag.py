"""Create a Tag (Deprecated)

POST /labels/{location_id} (operation `create_tag` of the Business Management API); needs the partner and the user token.
Deprecated by Altegio.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.create_tag_response_200 import CreateTagResponse200
from ...types import UNSET, Response, Unset

_OPERATION = Operation("create_tag", "POST", "/labels/{location_id}", "BearerPartnerUser", deprecated=True)
_RESPONSE = _fields.Model("CreateTagResponse200")


def _request(
    location_id: int,
    *,
    title: str,
    color: str,
    entity: int | Unset = UNSET,
    icon: str | Unset = UNSET,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("entity", entity, required=False)

    params: dict[str, Any] = {}
    params["title"] = title
    params["color"] = color
    params["entity"] = entity
    params["icon"] = icon
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestParts(
        path_params={
            "location_id": location_id,
        },
        params=params,
    )


def _parse_data(data: Any) -> Any | CreateTagResponse200:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    *,
    title: str,
    color: str,
    entity: int | Unset = UNSET,
    icon: str | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Any | CreateTagResponse200 | None:
    """Create a Tag (Deprecated)

    Deprecated: Altegio marks this operation deprecated; expect it to be removed.

    **Deprecated:** Use `POST /api/v2/companies/{company_id}/tags` instead.

    Creates a new tag for the specified location.

    POST /labels/{location_id} (operation `create_tag` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): location ID
        title (str): Name of tag
        color (str): Tag color in #RRGGBB format
        entity (int | Unset): Tag type (0 - general tags, 1 - customer tags, 2 - appointment tags)
        icon (str | Unset): Icon name
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Any | CreateTagResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            title=title,
            color=color,
            entity=entity,
            icon=icon,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    *,
    title: str,
    color: str,
    entity: int | Unset = UNSET,
    icon: str | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any | CreateTagResponse200]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            title=title,
            color=color,
            entity=entity,
            icon=icon,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    *,
    title: str,
    color: str,
    entity: int | Unset = UNSET,
    icon: str | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Any | CreateTagResponse200 | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                title=title,
                color=color,
                entity=entity,
                icon=icon,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    title: str,
    color: str,
    entity: int | Unset = UNSET,
    icon: str | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any | CreateTagResponse200]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            title=title,
            color=color,
            entity=entity,
            icon=icon,
        ),
        _parse_data,
        options,
    )
