"""Get Dates Available for Booking

GET /book_dates/{location_id} (operation `get_dates_available_for_booking` of the Online Booking API); needs the partner token.
"""

import datetime
from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.get_dates_available_for_booking_response_200 import GetDatesAvailableForBookingResponse200
from ...types import UNSET, Response, Unset

_OPERATION = Operation("get_dates_available_for_booking", "GET", "/book_dates/{location_id}", "BearerPartner")
_RESPONSE = _fields.Model("GetDatesAvailableForBookingResponse200")


def _request(
    location_id: int,
    *,
    service_ids: list[str] | Unset = UNSET,
    staff_id: int | Unset = UNSET,
    date: datetime.date | Unset = UNSET,
    date_from: datetime.date | Unset = UNSET,
    date_to: datetime.date | Unset = UNSET,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("staff_id", staff_id, required=False)

    _arguments.date("date", date, required=False)

    _arguments.date("date_from", date_from, required=False)

    _arguments.date("date_to", date_to, required=False)

    params: dict[str, Any] = {}
    json_service_ids: list[str] | Unset = UNSET
    if not isinstance(service_ids, Unset):
        json_service_ids = service_ids

    params["service_ids[]"] = json_service_ids
    params["staff_id"] = staff_id
    json_date: str | Unset = UNSET
    if not isinstance(date, Unset):
        json_date = date.isoformat()
    params["date"] = json_date
    json_date_from: str | Unset = UNSET
    if not isinstance(date_from, Unset):
        json_date_from = date_from.isoformat()
    params["date_from"] = json_date_from
    json_date_to: str | Unset = UNSET
    if not isinstance(date_to, Unset):
        json_date_to = date_to.isoformat()
    params["date_to"] = json_date_to
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestParts(
        path_params={
            "location_id": location_id,
        },
        params=params,
    )


def _parse_data(data: Any) -> GetDatesAvailableForBookingResponse200:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    *,
    service_ids: list[str] | Unset = UNSET,
    staff_id: int | Unset = UNSET,
    date: datetime.date | Unset = UNSET,
    date_from: datetime.date | Unset = UNSET,
    date_to: datetime.date | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> GetDatesAvailableForBookingResponse200 | None:
    """Get Dates Available for Booking

    The dates available for booking object has the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | working_days | array of working days grouped by month | Working days of a team member/organization
    |
    | working_dates | array of dates | An array of dates when the team member/organization works |
    | booking_days | array of days when there are free sessions | Array of days that are available for
    booking for the specified services |
    | booking_dates | array of dates | An array of dates when there are free sessions for the service to
    the selected team member/organization |

    working days and booking_days have the same format:
    month:[array of days in this month]

    For example, this booking_days:
            "9": [
                  "4",
                  "5"]
            "10": [
                  "14",
                  "25"]
    Means that on September 4 and 5, and on October 14 and 25 there are free sessions for booking


    The following filters are available:

    + service_ids: Array of service IDs. If you need dates when you can book the specified services
    + staff_id: team member ID. If you need dates when you can book the specified team member
    + date: Date within a month, if you need dates for a specific month

    GET /book_dates/{location_id} (operation `get_dates_available_for_booking` of the Online Booking API); needs the partner token.

    Args:
        location_id (int): location ID
        service_ids (list[str] | Unset): Service ID.
            Filter by the list of service identifiers
        staff_id (int | Unset): team member ID. Filter by team member ID
            Default: 0
        date (datetime.date | Unset): date in iso8601 format.
            Filter by month of booking.
        date_from (datetime.date | Unset): date in iso8601 format.
            Start of dates to search.
            Must be used together with the "date_to" param and overrides the "date" param.
        date_to (datetime.date | Unset): date in iso8601 format.
            End of dates to search.
            Must be used together with the "date_from" param and overrides the "date" param.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        GetDatesAvailableForBookingResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            service_ids=service_ids,
            staff_id=staff_id,
            date=date,
            date_from=date_from,
            date_to=date_to,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    *,
    service_ids: list[str] | Unset = UNSET,
    staff_id: int | Unset = UNSET,
    date: datetime.date | Unset = UNSET,
    date_from: datetime.date | Unset = UNSET,
    date_to: datetime.date | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[GetDatesAvailableForBookingResponse200]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            service_ids=service_ids,
            staff_id=staff_id,
            date=date,
            date_from=date_from,
            date_to=date_to,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    *,
    service_ids: list[str] | Unset = UNSET,
    staff_id: int | Unset = UNSET,
    date: datetime.date | Unset = UNSET,
    date_from: datetime.date | Unset = UNSET,
    date_to: datetime.date | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> GetDatesAvailableForBookingResponse200 | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                service_ids=service_ids,
                staff_id=staff_id,
                date=date,
                date_from=date_from,
                date_to=date_to,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    service_ids: list[str] | Unset = UNSET,
    staff_id: int | Unset = UNSET,
    date: datetime.date | Unset = UNSET,
    date_from: datetime.date | Unset = UNSET,
    date_to: datetime.date | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[GetDatesAvailableForBookingResponse200]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            service_ids=service_ids,
            staff_id=staff_id,
            date=date,
            date_from=date_from,
            date_to=date_to,
        ),
        _parse_data,
        options,
    )
