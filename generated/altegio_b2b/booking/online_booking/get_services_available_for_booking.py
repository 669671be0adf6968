"""Get Services Available for Booking

GET /book_services/{location_id} (operation `get_services_available_for_booking` of the Online Booking API); needs the partner token.
"""

import datetime
from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.get_services_available_for_booking_response_200 import GetServicesAvailableForBookingResponse200
from ...types import UNSET, Response, Unset

_OPERATION = Operation("get_services_available_for_booking", "GET", "/book_services/{location_id}", "BearerPartner")
_RESPONSE = _fields.Model("GetServicesAvailableForBookingResponse200")


def _request(
    location_id: int,
    *,
    staff_id: int | Unset = UNSET,
    datetime_: datetime.datetime | Unset = UNSET,
    service_ids: list[int] | Unset = UNSET,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("staff_id", staff_id, required=False)

    _arguments.datetime("datetime_", datetime_, required=False)

    service_ids = _arguments.integers("service_ids", service_ids, required=False)

    params: dict[str, Any] = {}
    params["staff_id"] = staff_id
    json_datetime_: str | Unset = UNSET
    if not isinstance(datetime_, Unset):
        json_datetime_ = datetime_.isoformat()
    params["datetime"] = json_datetime_
    json_service_ids: list[int] | Unset = UNSET
    if not isinstance(service_ids, Unset):
        json_service_ids = service_ids

    params["service_ids[]"] = json_service_ids
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestParts(
        path_params={
            "location_id": location_id,
        },
        params=params,
    )


def _parse_data(data: Any) -> GetServicesAvailableForBookingResponse200:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    *,
    staff_id: int | Unset = UNSET,
    datetime_: datetime.datetime | Unset = UNSET,
    service_ids: list[int] | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> GetServicesAvailableForBookingResponse200 | None:
    """Get Services Available for Booking

    The object of services available for booking has the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | categories | array of objects | Array of service categories (you can't book a category) |
    | services | array of objects | Services available for booking by category |

    An object from the categories array, has the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | id | number | Category ID |
    | title | string | Category name |
    | gender | number | Category belonging to gender (1 - male, 2 - female, 0 - not specified) |
    | weight | number | Category weight. Categories are sorted by weight, heavier ones first |
    | api_id | string | External Category ID |

    An object from the services array, has the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | id | number | Service ID |
    | title | string | Service name |
    | category_id | number | Identifier of the category to which the service belongs |
    | weight | number | Category weight. Services are sorted by weight, heavier ones first |
    | price_min | number | The minimum cost of the service |
    | price_max | number | Maximum cost of the service |
    | discount | number | Service discount |
    | comment | string | Comment on the service |
    | active | number | Is the service active |
    | prepaid | string | Online payment status |
    | gender | number | Gender for which the service is provided |
    | session_length | number | Service duration in seconds (only if filter by team member is set) |
    | image | string | Image services |


    If you need to get the services provided by a specific team member, then you need to use the filter
    by team member.
    The following filters are available:
    + staff_id: team member ID. If you need services that only the selected team member provides
    + datetime: date (in iso8601 format). Specifies the desired appointment date. Use this parameter to
    retrieve services that can be booked with the selected team member on that specific date.
    + service_ids: An array of service IDs. If a team member is already selected and the time and
    service(s) are part of an existing appointment, this parameter should be used to select an
    additional service.

    GET /book_services/{location_id} (operation `get_services_available_for_booking` of the Online Booking API); needs the partner token.

    Args:
        location_id (int): location ID
        staff_id (int | Unset): team member ID. Filter by team member ID
            Default: 0
        datetime_ (datetime.datetime | Unset): date (in iso8601 format). Filter by service booking
            date (for example '2005-09-09T18:30')
            Default: ''
        service_ids (list[int] | Unset): Service ID.
            Filter by the list of identifiers of already selected (within one appointment) services.
            It makes sense if a filter by team member and date is set.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        GetServicesAvailableForBookingResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            staff_id=staff_id,
            datetime_=datetime_,
            service_ids=service_ids,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    *,
    staff_id: int | Unset = UNSET,
    datetime_: datetime.datetime | Unset = UNSET,
    service_ids: list[int] | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[GetServicesAvailableForBookingResponse200]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            staff_id=staff_id,
            datetime_=datetime_,
            service_ids=service_ids,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    *,
    staff_id: int | Unset = UNSET,
    datetime_: datetime.datetime | Unset = UNSET,
    service_ids: list[int] | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> GetServicesAvailableForBookingResponse200 | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                staff_id=staff_id,
                datetime_=datetime_,
                service_ids=service_ids,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    staff_id: int | Unset = UNSET,
    datetime_: datetime.datetime | Unset = UNSET,
    service_ids: list[int] | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[GetServicesAvailableForBookingResponse200]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            staff_id=staff_id,
            datetime_=datetime_,
            service_ids=service_ids,
        ),
        _parse_data,
        options,
    )
