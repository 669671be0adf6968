from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.get_tag_list_by_entity_entity import GetTagListByEntityEntity
from ...models.get_tag_list_by_entity_response_200_item import GetTagListByEntityResponse200Item
from ...types import Response

_OPERATION = OPERATIONS["get_tag_list_by_entity"]


def _get_kwargs(
    location_id: int,
    entity: GetTagListByEntityEntity,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    entity = _arguments.member("entity", entity, GetTagListByEntityEntity, required=True)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/labels/{location_id}/{entity}".format(
            location_id=quote(str(location_id), safe=""),
            entity=quote(str(entity), safe=""),
        ),
    }

    return _kwargs


def _parse_data(data: Any) -> list[GetTagListByEntityResponse200Item]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = GetTagListByEntityResponse200Item.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


def sync_detailed(
    location_id: int,
    entity: GetTagListByEntityEntity,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetTagListByEntityResponse200Item]]:
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

    GET /labels/{location_id}/{entity} (operation `get_tag_list_by_entity`)

    Args:
        location_id (int): Location ID
        entity (GetTagListByEntityEntity): Tag type alias
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[list[GetTagListByEntityResponse200Item]]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        entity=entity,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


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

    GET /labels/{location_id}/{entity} (operation `get_tag_list_by_entity`)

    Args:
        location_id (int): Location ID
        entity (GetTagListByEntityEntity): Tag type alias
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetTagListByEntityResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        location_id=location_id,
        entity=entity,
        client=client,
        options=options,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    entity: GetTagListByEntityEntity,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetTagListByEntityResponse200Item]]:
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

    GET /labels/{location_id}/{entity} (operation `get_tag_list_by_entity`)

    Args:
        location_id (int): Location ID
        entity (GetTagListByEntityEntity): Tag type alias
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[list[GetTagListByEntityResponse200Item]]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        entity=entity,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
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

    GET /labels/{location_id}/{entity} (operation `get_tag_list_by_entity`)

    Args:
        location_id (int): Location ID
        entity (GetTagListByEntityEntity): Tag type alias
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetTagListByEntityResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            entity=entity,
            client=client,
            options=options,
        )
    ).parsed
