"""Get a list of dates for Appointment Calendar

GET /timetable/dates/{location_id}/{date} (operation `get_appointment_calendar_dates` of the Business Management API); needs the partner and the user token.
"""

import datetime
from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...types import UNSET, Response, Unset

_OPERATION = Operation(
    "get_appointment_calendar_dates", "GET", "/timetable/dates/{location_id}/{date}", "BearerPartnerUser"
)
_RESPONSE = _fields.ANY


def _request(
    location_id: int,
    date: datetime.date,
    *,
    staff_id: int | Unset = UNSET,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.date("date", date, required=True)

    _arguments.integer("staff_id", staff_id, required=False)

    params: dict[str, Any] = {}
    params["staff_id"] = staff_id
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestParts(
        path_params={
            "location_id": location_id,
            "date": date,
        },
        params=params,
    )


def _parse_data(data: Any) -> Any:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    date: datetime.date,
    *,
    staff_id: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Any:
    """Get a list of dates for Appointment Calendar

    The Appointment Calendar dates are returned as an array of date strings, for example:
    [\\"2026-10-26\\", \\"2026-10-30\\"]. To retrieve this list, you must provide a reference date. The
    response will return the available working dates of the specified location or team member relative
    to that date

    GET /timetable/dates/{location_id}/{date} (operation `get_appointment_calendar_dates` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): location ID
        date (datetime.date): date in iso8601 format.
            Filter by appointment date (eg '2026-09-30')
        staff_id (int | Unset): team member ID.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            date=date,
            staff_id=staff_id,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    date: datetime.date,
    *,
    staff_id: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            date=date,
            staff_id=staff_id,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    date: datetime.date,
    *,
    staff_id: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Any:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                date=date,
                staff_id=staff_id,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    date: datetime.date,
    *,
    staff_id: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            date=date,
            staff_id=staff_id,
        ),
        _parse_data,
        options,
    )
