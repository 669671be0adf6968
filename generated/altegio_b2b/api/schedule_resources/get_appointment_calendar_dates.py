from typing import Any, cast
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...types import UNSET, Response, Unset

_OPERATION = OPERATIONS["get_appointment_calendar_dates"]


def _get_kwargs(
    location_id: int,
    date: str,
    *,
    staff_id: int | Unset = UNSET,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("staff_id", staff_id, required=False)

    params: dict[str, Any] = {}

    params["staff_id"] = staff_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/timetable/dates/{location_id}/{date}".format(
            location_id=quote(str(location_id), safe=""),
            date=quote(str(date), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_data(data: Any) -> Any:
    return cast(Any, data)


def sync_detailed(
    location_id: int,
    date: str,
    *,
    staff_id: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """Get a list of dates for Appointment Calendar

    The Appointment Calendar dates are returned as an array of date strings, for example:
    [\\"2026-10-26\\", \\"2026-10-30\\"]. To retrieve this list, you must provide a reference date. The
    response will return the available working dates of the specified location or team member relative
    to that date

    GET /timetable/dates/{location_id}/{date} (operation `get_appointment_calendar_dates`)

    Args:
        location_id (int): location ID
        date (str): date in iso8601 format.
        staff_id (int | Unset): team member ID.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[Any]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        date=date,
        staff_id=staff_id,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    location_id: int,
    date: str,
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

    GET /timetable/dates/{location_id}/{date} (operation `get_appointment_calendar_dates`)

    Args:
        location_id (int): location ID
        date (str): date in iso8601 format.
        staff_id (int | Unset): team member ID.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        location_id=location_id,
        date=date,
        client=client,
        staff_id=staff_id,
        options=options,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    date: str,
    *,
    staff_id: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """Get a list of dates for Appointment Calendar

    The Appointment Calendar dates are returned as an array of date strings, for example:
    [\\"2026-10-26\\", \\"2026-10-30\\"]. To retrieve this list, you must provide a reference date. The
    response will return the available working dates of the specified location or team member relative
    to that date

    GET /timetable/dates/{location_id}/{date} (operation `get_appointment_calendar_dates`)

    Args:
        location_id (int): location ID
        date (str): date in iso8601 format.
        staff_id (int | Unset): team member ID.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[Any]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        date=date,
        staff_id=staff_id,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    location_id: int,
    date: str,
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

    GET /timetable/dates/{location_id}/{date} (operation `get_appointment_calendar_dates`)

    Args:
        location_id (int): location ID
        date (str): date in iso8601 format.
        staff_id (int | Unset): team member ID.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            date=date,
            client=client,
            staff_id=staff_id,
            options=options,
        )
    ).parsed
