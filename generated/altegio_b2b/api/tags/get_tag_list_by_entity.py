"""Get location tags (Deprecated)

GET /labels/{location_id}/{entity} (operation `get_tag_list_by_entity` of the Business Management API); needs the partner and the user token.
Deprecated by Altegio.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.get_tag_list_by_entity_entity import GetTagListByEntityEntity
from ...models.get_tag_list_by_entity_response_200_item import GetTagListByEntityResponse200Item
from ...types import Response

_OPERATION = Operation(
    "get_tag_list_by_entity", "GET", "/labels/{location_id}/{entity}", "BearerPartnerUser", deprecated=True
)
_RESPONSE = _fields.ListOf(_fields.Model("GetTagListByEntityResponse200Item"))


def _request(
    location_id: int,
    entity: GetTagListByEntityEntity,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    entity = _arguments.member("entity", entity, GetTagListByEntityEntity, required=True)

    return RequestParts(
        path_params={
            "location_id": location_id,
            "entity": entity,
        },
    )


def _parse_data(data: Any) -> list[GetTagListByEntityResponse200Item]:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    entity: GetTagListByEntityEntity,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetTagListByEntityResponse200Item] | None:
    """Get location tags (Deprecated)

    Deprecated: Altegio marks this operation deprecated; expect it to be removed.

    **Deprecated:** Use `GET /api/v2/companies/{company_id}/tags?entity={entity}` instead.
    Returns tags for the specified entity type.

    The `entity` parameter accepts string aliases:
    - `common` - common tags
    - `client` - client tags
    - `record` - appointment/record tags
    - `activity` - activity/event tags

    > **Legacy support:** Numeric values (`0`, `1`, `2`, `3`) are also accepted but string aliases are
    preferred.

    GET /labels/{location_id}/{entity} (operation `get_tag_list_by_entity` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): Location ID
        entity (GetTagListByEntityEntity): Tag type alias
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetTagListByEntityResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            entity=entity,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    entity: GetTagListByEntityEntity,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetTagListByEntityResponse200Item]]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            entity=entity,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    entity: GetTagListByEntityEntity,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetTagListByEntityResponse200Item] | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                entity=entity,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    entity: GetTagListByEntityEntity,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetTagListByEntityResponse200Item]]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            entity=entity,
        ),
        _parse_data,
        options,
    )
