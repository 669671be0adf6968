from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.get_appointment_calendar_sessions_response_200 import GetAppointmentCalendarSessionsResponse200
from ...types import Response

_OPERATION = OPERATIONS["get_appointment_calendar_sessions"]


def _get_kwargs(
    location_id: int,
    team_member_id: int,
    date: str,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("team_member_id", team_member_id, required=True)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/timetable/seances/{location_id}/{team_member_id}/{date}".format(
            location_id=quote(str(location_id), safe=""),
            team_member_id=quote(str(team_member_id), safe=""),
            date=quote(str(date), safe=""),
        ),
    }

    return _kwargs


def _parse_data(data: Any) -> GetAppointmentCalendarSessionsResponse200:
    response_200 = GetAppointmentCalendarSessionsResponse200.from_dict(data)

    return response_200


def sync_detailed(
    location_id: int,
    team_member_id: int,
    date: str,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[GetAppointmentCalendarSessionsResponse200]:
    """Get a list of sessions for the Appointment Calendar

    The sessions object for the log has the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | time | string | Session time (17:30 for example) |
    | free | boolean | Free time or busy |

    GET /timetable/seances/{location_id}/{team_member_id}/{date} (operation `get_appointment_calendar_sessions`)

    Args:
        location_id (int): location ID
        team_member_id (int): team member ID.
        date (str): date in iso8601 format.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[GetAppointmentCalendarSessionsResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        team_member_id=team_member_id,
        date=date,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    location_id: int,
    team_member_id: int,
    date: str,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> GetAppointmentCalendarSessionsResponse200 | None:
    """Get a list of sessions for the Appointment Calendar

    The sessions object for the log has the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | time | string | Session time (17:30 for example) |
    | free | boolean | Free time or busy |

    GET /timetable/seances/{location_id}/{team_member_id}/{date} (operation `get_appointment_calendar_sessions`)

    Args:
        location_id (int): location ID
        team_member_id (int): team member ID.
        date (str): date in iso8601 format.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        GetAppointmentCalendarSessionsResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        location_id=location_id,
        team_member_id=team_member_id,
        date=date,
        client=client,
        options=options,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    team_member_id: int,
    date: str,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[GetAppointmentCalendarSessionsResponse200]:
    """Get a list of sessions for the Appointment Calendar

    The sessions object for the log has the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | time | string | Session time (17:30 for example) |
    | free | boolean | Free time or busy |

    GET /timetable/seances/{location_id}/{team_member_id}/{date} (operation `get_appointment_calendar_sessions`)

    Args:
        location_id (int): location ID
        team_member_id (int): team member ID.
        date (str): date in iso8601 format.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[GetAppointmentCalendarSessionsResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        team_member_id=team_member_id,
        date=date,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    location_id: int,
    team_member_id: int,
    date: str,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> GetAppointmentCalendarSessionsResponse200 | None:
    """Get a list of sessions for the Appointment Calendar

    The sessions object for the log has the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | time | string | Session time (17:30 for example) |
    | free | boolean | Free time or busy |

    GET /timetable/seances/{location_id}/{team_member_id}/{date} (operation `get_appointment_calendar_sessions`)

    Args:
        location_id (int): location ID
        team_member_id (int): team member ID.
        date (str): date in iso8601 format.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        GetAppointmentCalendarSessionsResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            team_member_id=team_member_id,
            date=date,
            client=client,
            options=options,
        )
    ).parsed
