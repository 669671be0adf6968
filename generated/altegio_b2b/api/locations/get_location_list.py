"""Get a list of locations

GET /companies (operation `get_location_list` of the Business Management API); needs the partner token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation, Paging
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.get_location_list_include_item import GetLocationListIncludeItem
from ...models.get_location_list_response_200_item import GetLocationListResponse200Item
from ...types import UNSET, Response, Unset

_OPERATION = Operation(
    "get_location_list", "GET", "/companies", "BearerPartner", paging=Paging("query", "page", "count")
)
_RESPONSE = _fields.ListOf(_fields.Model("GetLocationListResponse200Item"))


def _request(
    *,
    id: int | Unset = UNSET,
    group_id: int | Unset = UNSET,
    my: int | Unset = UNSET,
    active: int | Unset = UNSET,
    for_booking: int | Unset = UNSET,
    show_groups: int | Unset = UNSET,
    city_id: int | Unset = UNSET,
    show_bookforms: int | Unset = UNSET,
    min_id: int | Unset = UNSET,
    show_deleted: int | Unset = UNSET,
    hide_record_type_single: int | Unset = UNSET,
    hide_record_type_activity: int | Unset = UNSET,
    hide_record_type_mixed: int | Unset = UNSET,
    business_group_id: int | Unset = UNSET,
    business_type_id: int | Unset = UNSET,
    include: list[GetLocationListIncludeItem] | Unset = UNSET,
    count: int | Unset = UNSET,
    page: int | Unset = UNSET,
) -> RequestParts:
    _arguments.integer("id", id, required=False)

    _arguments.integer("group_id", group_id, required=False)

    _arguments.integer("my", my, required=False)

    _arguments.integer("active", active, required=False)

    _arguments.integer("for_booking", for_booking, required=False)

    _arguments.integer("show_groups", show_groups, required=False)

    _arguments.integer("city_id", city_id, required=False)

    _arguments.integer("show_bookforms", show_bookforms, required=False)

    _arguments.integer("min_id", min_id, required=False)

    _arguments.integer("show_deleted", show_deleted, required=False)

    _arguments.integer("hide_record_type_single", hide_record_type_single, required=False)

    _arguments.integer("hide_record_type_activity", hide_record_type_activity, required=False)

    _arguments.integer("hide_record_type_mixed", hide_record_type_mixed, required=False)

    _arguments.integer("business_group_id", business_group_id, required=False)

    _arguments.integer("business_type_id", business_type_id, required=False)

    include = _arguments.members("include", include, GetLocationListIncludeItem, required=False)

    _arguments.integer("count", count, required=False)

    _arguments.integer("page", page, required=False)

    params: dict[str, Any] = {}
    params["id"] = id
    params["group_id"] = group_id
    params["my"] = my
    params["active"] = active
    params["forBooking"] = for_booking
    params["show_groups"] = show_groups
    params["city_id"] = city_id
    params["showBookforms"] = show_bookforms
    params["min_id"] = min_id
    params["show_deleted"] = show_deleted
    params["hide_record_type_single"] = hide_record_type_single
    params["hide_record_type_activity"] = hide_record_type_activity
    params["hide_record_type_mixed"] = hide_record_type_mixed
    params["business_group_id"] = business_group_id
    params["business_type_id"] = business_type_id
    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for include_item_data in include:
            include_item = include_item_data.value
            json_include.append(include_item)

    params["include[]"] = json_include
    params["count"] = count
    params["page"] = page
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestParts(
        params=params,
    )


def _parse_data(data: Any) -> list[GetLocationListResponse200Item]:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    *,
    id: int | Unset = UNSET,
    group_id: int | Unset = UNSET,
    my: int | Unset = UNSET,
    active: int | Unset = UNSET,
    for_booking: int | Unset = UNSET,
    show_groups: int | Unset = UNSET,
    city_id: int | Unset = UNSET,
    show_bookforms: int | Unset = UNSET,
    min_id: int | Unset = UNSET,
    show_deleted: int | Unset = UNSET,
    hide_record_type_single: int | Unset = UNSET,
    hide_record_type_activity: int | Unset = UNSET,
    hide_record_type_mixed: int | Unset = UNSET,
    business_group_id: int | Unset = UNSET,
    business_type_id: int | Unset = UNSET,
    include: list[GetLocationListIncludeItem] | Unset = UNSET,
    count: int | Unset = UNSET,
    page: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetLocationListResponse200Item] | None:
    """Get a list of locations

    Get a list of locations with data

    GET /companies (operation `get_location_list` of the Business Management API); needs the partner token.

    Args:
        id (int | Unset): Filter by location ID
        group_id (int | Unset): Filter by location chain ID _Default: 83_
        my (int | Unset): For authorized user only. If you need locations that the user has rights
            to manage
        active (int | Unset): If you need to get only locations with an active license and an
            available appointment
        for_booking (int | Unset): Include date and time of the next free session in the location
            (ISO8601)
        show_groups (int | Unset): Include in the location object a list of chains that this
            location belongs to
        city_id (int | Unset): Filter by city ID ([cities getting method](#cities))
        show_bookforms (int | Unset): Include in the location object a list of location online
            booking forms
        min_id (int | Unset): Filter by minimum location ID
        show_deleted (int | Unset): Include deleted locations
        hide_record_type_single (int | Unset): Hide locations with individual appointment
        hide_record_type_activity (int | Unset): Hide locations with group appointment
        hide_record_type_mixed (int | Unset): Hide locations with mixed appointment
        business_group_id (int | Unset): Filter by business group ID
        business_type_id (int | Unset): Filter by business type ID
        include (list[GetLocationListIncludeItem] | Unset): Include additional data in the
            location object
        count (int | Unset): Number of locations per page
        page (int | Unset): Page number
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
            id=id,
            group_id=group_id,
            my=my,
            active=active,
            for_booking=for_booking,
            show_groups=show_groups,
            city_id=city_id,
            show_bookforms=show_bookforms,
            min_id=min_id,
            show_deleted=show_deleted,
            hide_record_type_single=hide_record_type_single,
            hide_record_type_activity=hide_record_type_activity,
            hide_record_type_mixed=hide_record_type_mixed,
            business_group_id=business_group_id,
            business_type_id=business_type_id,
            include=include,
            count=count,
            page=page,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    *,
    id: int | Unset = UNSET,
    group_id: int | Unset = UNSET,
    my: int | Unset = UNSET,
    active: int | Unset = UNSET,
    for_booking: int | Unset = UNSET,
    show_groups: int | Unset = UNSET,
    city_id: int | Unset = UNSET,
    show_bookforms: int | Unset = UNSET,
    min_id: int | Unset = UNSET,
    show_deleted: int | Unset = UNSET,
    hide_record_type_single: int | Unset = UNSET,
    hide_record_type_activity: int | Unset = UNSET,
    hide_record_type_mixed: int | Unset = UNSET,
    business_group_id: int | Unset = UNSET,
    business_type_id: int | Unset = UNSET,
    include: list[GetLocationListIncludeItem] | Unset = UNSET,
    count: int | Unset = UNSET,
    page: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetLocationListResponse200Item]]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            id=id,
            group_id=group_id,
            my=my,
            active=active,
            for_booking=for_booking,
            show_groups=show_groups,
            city_id=city_id,
            show_bookforms=show_bookforms,
            min_id=min_id,
            show_deleted=show_deleted,
            hide_record_type_single=hide_record_type_single,
            hide_record_type_activity=hide_record_type_activity,
            hide_record_type_mixed=hide_record_type_mixed,
            business_group_id=business_group_id,
            business_type_id=business_type_id,
            include=include,
            count=count,
            page=page,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    *,
    id: int | Unset = UNSET,
    group_id: int | Unset = UNSET,
    my: int | Unset = UNSET,
    active: int | Unset = UNSET,
    for_booking: int | Unset = UNSET,
    show_groups: int | Unset = UNSET,
    city_id: int | Unset = UNSET,
    show_bookforms: int | Unset = UNSET,
    min_id: int | Unset = UNSET,
    show_deleted: int | Unset = UNSET,
    hide_record_type_single: int | Unset = UNSET,
    hide_record_type_activity: int | Unset = UNSET,
    hide_record_type_mixed: int | Unset = UNSET,
    business_group_id: int | Unset = UNSET,
    business_type_id: int | Unset = UNSET,
    include: list[GetLocationListIncludeItem] | Unset = UNSET,
    count: int | Unset = UNSET,
    page: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetLocationListResponse200Item] | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                id=id,
                group_id=group_id,
                my=my,
                active=active,
                for_booking=for_booking,
                show_groups=show_groups,
                city_id=city_id,
                show_bookforms=show_bookforms,
                min_id=min_id,
                show_deleted=show_deleted,
                hide_record_type_single=hide_record_type_single,
                hide_record_type_activity=hide_record_type_activity,
                hide_record_type_mixed=hide_record_type_mixed,
                business_group_id=business_group_id,
                business_type_id=business_type_id,
                include=include,
                count=count,
                page=page,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    *,
    id: int | Unset = UNSET,
    group_id: int | Unset = UNSET,
    my: int | Unset = UNSET,
    active: int | Unset = UNSET,
    for_booking: int | Unset = UNSET,
    show_groups: int | Unset = UNSET,
    city_id: int | Unset = UNSET,
    show_bookforms: int | Unset = UNSET,
    min_id: int | Unset = UNSET,
    show_deleted: int | Unset = UNSET,
    hide_record_type_single: int | Unset = UNSET,
    hide_record_type_activity: int | Unset = UNSET,
    hide_record_type_mixed: int | Unset = UNSET,
    business_group_id: int | Unset = UNSET,
    business_type_id: int | Unset = UNSET,
    include: list[GetLocationListIncludeItem] | Unset = UNSET,
    count: int | Unset = UNSET,
    page: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetLocationListResponse200Item]]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            id=id,
            group_id=group_id,
            my=my,
            active=active,
            for_booking=for_booking,
            show_groups=show_groups,
            city_id=city_id,
            show_bookforms=show_bookforms,
            min_id=min_id,
            show_deleted=show_deleted,
            hide_record_type_single=hide_record_type_single,
            hide_record_type_activity=hide_record_type_activity,
            hide_record_type_mixed=hide_record_type_mixed,
            business_group_id=business_group_id,
            business_type_id=business_type_id,
            include=include,
            count=count,
            page=page,
        ),
        _parse_data,
        options,
    )
