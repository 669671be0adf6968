"""Get a List of Time Slots Available for Booking

GET /book_times/{location_id}/{team_member_id}/{date} (operation `get_time_slots_for_booking` of the Online Booking API); needs the partner token.
"""

import datetime
from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.get_time_slots_for_booking_response_200_item import GetTimeSlotsForBookingResponse200Item
from ...types import UNSET, Response, Unset

_OPERATION = Operation(
    "get_time_slots_for_booking", "GET", "/book_times/{location_id}/{team_member_id}/{date}", "BearerPartner"
)
_RESPONSE = _fields.ListOf(_fields.Model("GetTimeSlotsForBookingResponse200Item"))


def _request(
    location_id: int,
    team_member_id: int,
    date: datetime.date,
    *,
    service_ids: list[str] | Unset = UNSET,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("team_member_id", team_member_id, required=True)

    _arguments.date("date", date, required=True)

    params: dict[str, Any] = {}
    json_service_ids: list[str] | Unset = UNSET
    if not isinstance(service_ids, Unset):
        json_service_ids = service_ids

    params["service_ids[]"] = json_service_ids
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestParts(
        path_params={
            "location_id": location_id,
            "team_member_id": team_member_id,
            "date": date,
        },
        params=params,
    )


def _parse_data(data: Any) -> list[GetTimeSlotsForBookingResponse200Item]:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    team_member_id: int,
    date: datetime.date,
    *,
    service_ids: list[str] | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetTimeSlotsForBookingResponse200Item] | None:
    """Get a List of Time Slots Available for Booking

    The sessions available for booking object has the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | time | string | Session time (17:30 for example) |
    | session_length | number | Session duration in seconds |
    | datetime | datetime | Date and time of the session in ISO8601 format (must be passed when creating
    the appointment) |


    The following filters are available:

    + service_ids: Array of service IDs. If you need sessions, when can you book these services

    GET /book_times/{location_id}/{team_member_id}/{date} (operation `get_time_slots_for_booking` of the Online Booking API); needs the partner token.

    Args:
        location_id (int): location ID
        team_member_id (int): team member ID. Filter by team member ID
            Default: 0
        date (datetime.date): date in iso8601 format.
            Filter by booking date (eg '2026-09-30')
        service_ids (list[str] | Unset): Service ID.
            Filter by the list of service identifiers
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetTimeSlotsForBookingResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            team_member_id=team_member_id,
            date=date,
            service_ids=service_ids,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    team_member_id: int,
    date: datetime.date,
    *,
    service_ids: list[str] | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetTimeSlotsForBookingResponse200Item]]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            team_member_id=team_member_id,
            date=date,
            service_ids=service_ids,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    team_member_id: int,
    date: datetime.date,
    *,
    service_ids: list[str] | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetTimeSlotsForBookingResponse200Item] | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                team_member_id=team_member_id,
                date=date,
                service_ids=service_ids,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    team_member_id: int,
    date: datetime.date,
    *,
    service_ids: list[str] | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetTimeSlotsForBookingResponse200Item]]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            team_member_id=team_member_id,
            date=date,
            service_ids=service_ids,
        ),
        _parse_data,
        options,
    )
