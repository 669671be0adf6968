"""Get a list of locations

GET /companies (operation `get_location_list`); needs the partner token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.get_location_list_include_item import GetLocationListIncludeItem
from ...models.get_location_list_response_200_item import GetLocationListResponse200Item
from ...types import UNSET, Response, Unset

_OPERATION = Operation("get_location_list", "GET", "/companies", "BearerPartner", page_size_parameter="count")


def _request(
    *,
    active: float | Unset = UNSET,
    business_group_id: int | Unset = UNSET,
    business_type_id: int | Unset = UNSET,
    city_id: int | Unset = UNSET,
    count: float | Unset = UNSET,
    for_booking: float | Unset = UNSET,
    group_id: int | Unset = UNSET,
    hide_record_type_activity: float | Unset = UNSET,
    hide_record_type_mixed: float | Unset = UNSET,
    hide_record_type_single: float | Unset = UNSET,
    id: int | Unset = UNSET,
    include: list[GetLocationListIncludeItem] | Unset = UNSET,
    min_id: int | Unset = UNSET,
    my: float | Unset = UNSET,
    page: float | Unset = UNSET,
    show_deleted: float | Unset = UNSET,
    show_groups: float | Unset = UNSET,
    show_bookforms: float | Unset = UNSET,
) -> RequestParts:
    _arguments.number("active", active, required=False)

    _arguments.integer("business_group_id", business_group_id, required=False)

    _arguments.integer("business_type_id", business_type_id, required=False)

    _arguments.integer("city_id", city_id, required=False)

    _arguments.number("count", count, required=False)

    _arguments.number("for_booking", for_booking, required=False)

    _arguments.integer("group_id", group_id, required=False)

    _arguments.number("hide_record_type_activity", hide_record_type_activity, required=False)

    _arguments.number("hide_record_type_mixed", hide_record_type_mixed, required=False)

    _arguments.number("hide_record_type_single", hide_record_type_single, required=False)

    _arguments.integer("id", id, required=False)

    _arguments.integer("min_id", min_id, required=False)

    _arguments.number("my", my, required=False)

    _arguments.number("page", page, required=False)

    _arguments.number("show_deleted", show_deleted, required=False)

    _arguments.number("show_groups", show_groups, required=False)

    _arguments.number("show_bookforms", show_bookforms, required=False)

    params: dict[str, Any] = {}
    params["active"] = active
    params["business_group_id"] = business_group_id
    params["business_type_id"] = business_type_id
    params["city_id"] = city_id
    params["count"] = count
    params["forBooking"] = for_booking
    params["group_id"] = group_id
    params["hide_record_type_activity"] = hide_record_type_activity
    params["hide_record_type_mixed"] = hide_record_type_mixed
    params["hide_record_type_single"] = hide_record_type_single
    params["id"] = id
    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for include_item_data in include:
            include_item = include_item_data.value
            json_include.append(include_item)

    params["include"] = json_include
    params["min_id"] = min_id
    params["my"] = my
    params["page"] = page
    params["show_deleted"] = show_deleted
    params["show_groups"] = show_groups
    params["showBookforms"] = show_bookforms
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestParts(
        params=params,
    )


def _parse_data(data: Any) -> list[GetLocationListResponse200Item]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = GetLocationListResponse200Item.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


def sync(
    *,
    active: float | Unset = UNSET,
    business_group_id: int | Unset = UNSET,
    business_type_id: int | Unset = UNSET,
    city_id: int | Unset = UNSET,
    count: float | Unset = UNSET,
    for_booking: float | Unset = UNSET,
    group_id: int | Unset = UNSET,
    hide_record_type_activity: float | Unset = UNSET,
    hide_record_type_mixed: float | Unset = UNSET,
    hide_record_type_single: float | Unset = UNSET,
    id: int | Unset = UNSET,
    include: list[GetLocationListIncludeItem] | Unset = UNSET,
    min_id: int | Unset = UNSET,
    my: float | Unset = UNSET,
    page: float | Unset = UNSET,
    show_deleted: float | Unset = UNSET,
    show_groups: float | Unset = UNSET,
    show_bookforms: float | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetLocationListResponse200Item] | None:
    """Get a list of locations

    Get a list of locations with data

    GET /companies (operation `get_location_list`); needs the partner token.

    Args:
        active (float | Unset): If you need to get only locations with an active license and an
            available appointment
        business_group_id (int | Unset): Filter by business group ID
        business_type_id (int | Unset): Filter by business type ID
        city_id (int | Unset): Filter by city ID ([cities getting method](#cities))
        count (float | Unset): Number of locations per page
        for_booking (float | Unset): Include date and time of the next free session in the
            location (ISO8601)
        group_id (int | Unset): Filter by location chain ID _Default: 83_
        hide_record_type_activity (float | Unset): Hide locations with group appointment
        hide_record_type_mixed (float | Unset): Hide locations with mixed appointment
        hide_record_type_single (float | Unset): Hide locations with individual appointment
        id (int | Unset): Filter by location ID
        include (list[GetLocationListIncludeItem] | Unset): Include additional data in the
            location object
        min_id (int | Unset): Filter by minimum location ID
        my (float | Unset): For authorized user only. If you need locations that the user has
            rights to manage
        page (float | Unset): Page number
        show_deleted (float | Unset): Include deleted locations
        show_groups (float | Unset): Include in the location object a list of chains that this
            location belongs to
        show_bookforms (float | Unset): Include in the location object a list of location online
            booking forms
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetLocationListResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            active=active,
            business_group_id=business_group_id,
            business_type_id=business_type_id,
            city_id=city_id,
            count=count,
            for_booking=for_booking,
            group_id=group_id,
            hide_record_type_activity=hide_record_type_activity,
            hide_record_type_mixed=hide_record_type_mixed,
            hide_record_type_single=hide_record_type_single,
            id=id,
            include=include,
            min_id=min_id,
            my=my,
            page=page,
            show_deleted=show_deleted,
            show_groups=show_groups,
            show_bookforms=show_bookforms,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    *,
    active: float | Unset = UNSET,
    business_group_id: int | Unset = UNSET,
    business_type_id: int | Unset = UNSET,
    city_id: int | Unset = UNSET,
    count: float | Unset = UNSET,
    for_booking: float | Unset = UNSET,
    group_id: int | Unset = UNSET,
    hide_record_type_activity: float | Unset = UNSET,
    hide_record_type_mixed: float | Unset = UNSET,
    hide_record_type_single: float | Unset = UNSET,
    id: int | Unset = UNSET,
    include: list[GetLocationListIncludeItem] | Unset = UNSET,
    min_id: int | Unset = UNSET,
    my: float | Unset = UNSET,
    page: float | Unset = UNSET,
    show_deleted: float | Unset = UNSET,
    show_groups: float | Unset = UNSET,
    show_bookforms: float | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetLocationListResponse200Item]]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            active=active,
            business_group_id=business_group_id,
            business_type_id=business_type_id,
            city_id=city_id,
            count=count,
            for_booking=for_booking,
            group_id=group_id,
            hide_record_type_activity=hide_record_type_activity,
            hide_record_type_mixed=hide_record_type_mixed,
            hide_record_type_single=hide_record_type_single,
            id=id,
            include=include,
            min_id=min_id,
            my=my,
            page=page,
            show_deleted=show_deleted,
            show_groups=show_groups,
            show_bookforms=show_bookforms,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    *,
    active: float | Unset = UNSET,
    business_group_id: int | Unset = UNSET,
    business_type_id: int | Unset = UNSET,
    city_id: int | Unset = UNSET,
    count: float | Unset = UNSET,
    for_booking: float | Unset = UNSET,
    group_id: int | Unset = UNSET,
    hide_record_type_activity: float | Unset = UNSET,
    hide_record_type_mixed: float | Unset = UNSET,
    hide_record_type_single: float | Unset = UNSET,
    id: int | Unset = UNSET,
    include: list[GetLocationListIncludeItem] | Unset = UNSET,
    min_id: int | Unset = UNSET,
    my: float | Unset = UNSET,
    page: float | Unset = UNSET,
    show_deleted: float | Unset = UNSET,
    show_groups: float | Unset = UNSET,
    show_bookforms: float | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetLocationListResponse200Item] | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                active=active,
                business_group_id=business_group_id,
                business_type_id=business_type_id,
                city_id=city_id,
                count=count,
                for_booking=for_booking,
                group_id=group_id,
                hide_record_type_activity=hide_record_type_activity,
                hide_record_type_mixed=hide_record_type_mixed,
                hide_record_type_single=hide_record_type_single,
                id=id,
                include=include,
                min_id=min_id,
                my=my,
                page=page,
                show_deleted=show_deleted,
                show_groups=show_groups,
                show_bookforms=show_bookforms,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    *,
    active: float | Unset = UNSET,
    business_group_id: int | Unset = UNSET,
    business_type_id: int | Unset = UNSET,
    city_id: int | Unset = UNSET,
    count: float | Unset = UNSET,
    for_booking: float | Unset = UNSET,
    group_id: int | Unset = UNSET,
    hide_record_type_activity: float | Unset = UNSET,
    hide_record_type_mixed: float | Unset = UNSET,
    hide_record_type_single: float | Unset = UNSET,
    id: int | Unset = UNSET,
    include: list[GetLocationListIncludeItem] | Unset = UNSET,
    min_id: int | Unset = UNSET,
    my: float | Unset = UNSET,
    page: float | Unset = UNSET,
    show_deleted: float | Unset = UNSET,
    show_groups: float | Unset = UNSET,
    show_bookforms: float | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetLocationListResponse200Item]]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            active=active,
            business_group_id=business_group_id,
            business_type_id=business_type_id,
            city_id=city_id,
            count=count,
            for_booking=for_booking,
            group_id=group_id,
            hide_record_type_activity=hide_record_type_activity,
            hide_record_type_mixed=hide_record_type_mixed,
            hide_record_type_single=hide_record_type_single,
            id=id,
            include=include,
            min_id=min_id,
            my=my,
            page=page,
            show_deleted=show_deleted,
            show_groups=show_groups,
            show_bookforms=show_bookforms,
        ),
        _parse_data,
        options,
    )
