from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.get_event_search_filters_response_200_item import GetEventSearchFiltersResponse200Item
from ...types import UNSET, Response, Unset

_OPERATION = OPERATIONS["get_event_search_filters"]


def _get_kwargs(
    location_id: int,
    *,
    resource_ids: list[int] | Unset = UNSET,
    service_ids: list[int] | Unset = UNSET,
    staff_ids: list[int] | Unset = UNSET,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    params: dict[str, Any] = {}

    json_resource_ids: list[int] | Unset = UNSET
    if not isinstance(resource_ids, Unset):
        json_resource_ids = resource_ids

    params["resource_ids"] = json_resource_ids

    json_service_ids: list[int] | Unset = UNSET
    if not isinstance(service_ids, Unset):
        json_service_ids = service_ids

    params["service_ids"] = json_service_ids

    json_staff_ids: list[int] | Unset = UNSET
    if not isinstance(staff_ids, Unset):
        json_staff_ids = staff_ids

    params["staff_ids"] = json_staff_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/activity/{location_id}/filters".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_data(data: Any) -> list[GetEventSearchFiltersResponse200Item]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = GetEventSearchFiltersResponse200Item.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


def sync_detailed(
    location_id: int,
    *,
    resource_ids: list[int] | Unset = UNSET,
    service_ids: list[int] | Unset = UNSET,
    staff_ids: list[int] | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetEventSearchFiltersResponse200Item]]:
    """Get Event Search Filters

    GET /activity/{location_id}/filters (operation `get_event_search_filters`)

    Args:
        location_id (int): ID of a location.
        resource_ids (list[int] | Unset): Filter by resources IDs.
        service_ids (list[int] | Unset): Filter by services IDs.
        staff_ids (list[int] | Unset): Filter by team member IDs.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[list[GetEventSearchFiltersResponse200Item]]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        resource_ids=resource_ids,
        service_ids=service_ids,
        staff_ids=staff_ids,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    location_id: int,
    *,
    resource_ids: list[int] | Unset = UNSET,
    service_ids: list[int] | Unset = UNSET,
    staff_ids: list[int] | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetEventSearchFiltersResponse200Item] | None:
    """Get Event Search Filters

    GET /activity/{location_id}/filters (operation `get_event_search_filters`)

    Args:
        location_id (int): ID of a location.
        resource_ids (list[int] | Unset): Filter by resources IDs.
        service_ids (list[int] | Unset): Filter by services IDs.
        staff_ids (list[int] | Unset): Filter by team member IDs.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetEventSearchFiltersResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        location_id=location_id,
        client=client,
        resource_ids=resource_ids,
        service_ids=service_ids,
        staff_ids=staff_ids,
        options=options,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    resource_ids: list[int] | Unset = UNSET,
    service_ids: list[int] | Unset = UNSET,
    staff_ids: list[int] | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetEventSearchFiltersResponse200Item]]:
    """Get Event Search Filters

    GET /activity/{location_id}/filters (operation `get_event_search_filters`)

    Args:
        location_id (int): ID of a location.
        resource_ids (list[int] | Unset): Filter by resources IDs.
        service_ids (list[int] | Unset): Filter by services IDs.
        staff_ids (list[int] | Unset): Filter by team member IDs.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[list[GetEventSearchFiltersResponse200Item]]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        resource_ids=resource_ids,
        service_ids=service_ids,
        staff_ids=staff_ids,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    location_id: int,
    *,
    resource_ids: list[int] | Unset = UNSET,
    service_ids: list[int] | Unset = UNSET,
    staff_ids: list[int] | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetEventSearchFiltersResponse200Item] | None:
    """Get Event Search Filters

    GET /activity/{location_id}/filters (operation `get_event_search_filters`)

    Args:
        location_id (int): ID of a location.
        resource_ids (list[int] | Unset): Filter by resources IDs.
        service_ids (list[int] | Unset): Filter by services IDs.
        staff_ids (list[int] | Unset): Filter by team member IDs.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetEventSearchFiltersResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            resource_ids=resource_ids,
            service_ids=service_ids,
            staff_ids=staff_ids,
            options=options,
        )
    ).parsed
