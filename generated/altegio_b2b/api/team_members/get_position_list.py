from typing import Any, cast
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.get_position_list_response_200_item_type_0 import GetPositionListResponse200ItemType0
from ...types import Response

_OPERATION = OPERATIONS["get_position_list"]


def _get_kwargs(
    location_id: int,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}/staff/positions".format(
            location_id=quote(str(location_id), safe=""),
        ),
    }

    return _kwargs


def _parse_data(data: Any) -> list[GetPositionListResponse200ItemType0 | list[Any] | None]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:

        def _parse_response_200_item(data: object) -> GetPositionListResponse200ItemType0 | list[Any] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_item_type_0 = GetPositionListResponse200ItemType0.from_dict(data)

                return response_200_item_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                response_200_item_type_1 = cast(list[Any], data)

                return response_200_item_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetPositionListResponse200ItemType0 | list[Any] | None, data)

        response_200_item = _parse_response_200_item(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


def sync_detailed(
    location_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetPositionListResponse200ItemType0 | list[Any] | None]]:
    """Deprecated. Get a list of location positions

    Deprecated: Altegio marks this operation deprecated; expect it to be removed.

    **This endpoint is deprecated.** Use `GET /v2/companies/{company_id}/positions` instead.

    The method allows you to get a list of current positions in the location.

    **Migration:** The V2 Positions API provides enhanced functionality with full CRUD operations,
    pagination, and JSON:API format responses. See operation `list_positions` for details.

    GET /company/{location_id}/staff/positions (operation `get_position_list`)

    Args:
        location_id (int): location ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[list[GetPositionListResponse200ItemType0 | list[Any] | None]]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    location_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetPositionListResponse200ItemType0 | list[Any] | None] | None:
    """Deprecated. Get a list of location positions

    Deprecated: Altegio marks this operation deprecated; expect it to be removed.

    **This endpoint is deprecated.** Use `GET /v2/companies/{company_id}/positions` instead.

    The method allows you to get a list of current positions in the location.

    **Migration:** The V2 Positions API provides enhanced functionality with full CRUD operations,
    pagination, and JSON:API format responses. See operation `list_positions` for details.

    GET /company/{location_id}/staff/positions (operation `get_position_list`)

    Args:
        location_id (int): location ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetPositionListResponse200ItemType0 | list[Any] | None] | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        location_id=location_id,
        client=client,
        options=options,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetPositionListResponse200ItemType0 | list[Any] | None]]:
    """Deprecated. Get a list of location positions

    Deprecated: Altegio marks this operation deprecated; expect it to be removed.

    **This endpoint is deprecated.** Use `GET /v2/companies/{company_id}/positions` instead.

    The method allows you to get a list of current positions in the location.

    **Migration:** The V2 Positions API provides enhanced functionality with full CRUD operations,
    pagination, and JSON:API format responses. See operation `list_positions` for details.

    GET /company/{location_id}/staff/positions (operation `get_position_list`)

    Args:
        location_id (int): location ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[list[GetPositionListResponse200ItemType0 | list[Any] | None]]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    location_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetPositionListResponse200ItemType0 | list[Any] | None] | None:
    """Deprecated. Get a list of location positions

    Deprecated: Altegio marks this operation deprecated; expect it to be removed.

    **This endpoint is deprecated.** Use `GET /v2/companies/{company_id}/positions` instead.

    The method allows you to get a list of current positions in the location.

    **Migration:** The V2 Positions API provides enhanced functionality with full CRUD operations,
    pagination, and JSON:API format responses. See operation `list_positions` for details.

    GET /company/{location_id}/staff/positions (operation `get_position_list`)

    Args:
        location_id (int): location ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetPositionListResponse200ItemType0 | list[Any] | None] | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            options=options,
        )
    ).parsed
