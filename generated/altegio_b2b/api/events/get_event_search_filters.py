"""Get Event Search Filters

GET /activity/{location_id}/filters (operation `get_event_search_filters` of the Business Management API); needs the partner token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.get_event_search_filters_response_200_item import GetEventSearchFiltersResponse200Item
from ...types import UNSET, Response, Unset

_OPERATION = Operation("get_event_search_filters", "GET", "/activity/{location_id}/filters", "BearerPartner")
_RESPONSE = _fields.ListOf(_fields.Model("GetEventSearchFiltersResponse200Item"))


def _request(
    location_id: int,
    *,
    service_ids: list[int] | Unset = UNSET,
    staff_ids: list[int] | Unset = UNSET,
    resource_ids: list[int] | Unset = UNSET,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    service_ids = _arguments.integers("service_ids", service_ids, required=False)

    staff_ids = _arguments.integers("staff_ids", staff_ids, required=False)

    resource_ids = _arguments.integers("resource_ids", resource_ids, required=False)

    params: dict[str, Any] = {}
    json_service_ids: list[int] | Unset = UNSET
    if not isinstance(service_ids, Unset):
        json_service_ids = service_ids

    params["service_ids[]"] = json_service_ids
    json_staff_ids: list[int] | Unset = UNSET
    if not isinstance(staff_ids, Unset):
        json_staff_ids = staff_ids

    params["staff_ids[]"] = json_staff_ids
    json_resource_ids: list[int] | Unset = UNSET
    if not isinstance(resource_ids, Unset):
        json_resource_ids = resource_ids

    params["resource_ids[]"] = json_resource_ids
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestParts(
        path_params={
            "location_id": location_id,
        },
        params=params,
    )


def _parse_data(data: Any) -> list[GetEventSearchFiltersResponse200Item]:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    *,
    service_ids: list[int] | Unset = UNSET,
    staff_ids: list[int] | Unset = UNSET,
    resource_ids: list[int] | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetEventSearchFiltersResponse200Item] | None:
    """Get Event Search Filters

    GET /activity/{location_id}/filters (operation `get_event_search_filters` of the Business Management API); needs the partner token.

    Args:
        location_id (int): ID of a location.
        service_ids (list[int] | Unset): Filter by services IDs.
        staff_ids (list[int] | Unset): Filter by team member IDs.
        resource_ids (list[int] | Unset): Filter by resources IDs.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetEventSearchFiltersResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            service_ids=service_ids,
            staff_ids=staff_ids,
            resource_ids=resource_ids,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    *,
    service_ids: list[int] | Unset = UNSET,
    staff_ids: list[int] | Unset = UNSET,
    resource_ids: list[int] | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetEventSearchFiltersResponse200Item]]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            service_ids=service_ids,
            staff_ids=staff_ids,
            resource_ids=resource_ids,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    *,
    service_ids: list[int] | Unset = UNSET,
    staff_ids: list[int] | Unset = UNSET,
    resource_ids: list[int] | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetEventSearchFiltersResponse200Item] | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                service_ids=service_ids,
                staff_ids=staff_ids,
                resource_ids=resource_ids,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    service_ids: list[int] | Unset = UNSET,
    staff_ids: list[int] | Unset = UNSET,
    resource_ids: list[int] | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetEventSearchFiltersResponse200Item]]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            service_ids=service_ids,
            staff_ids=staff_ids,
            resource_ids=resource_ids,
        ),
        _parse_data,
        options,
    )
