"""Get Nearest Available Time Slots for Team Member

GET /book_staff_seances/{location_id}/{team_member_id} (operation `get_nearest_time_slots` of the Online Booking API); needs the partner token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.get_nearest_time_slots_response_200 import GetNearestTimeSlotsResponse200
from ...types import UNSET, Response, Unset

_OPERATION = Operation(
    "get_nearest_time_slots", "GET", "/book_staff_seances/{location_id}/{team_member_id}", "BearerPartner"
)
_RESPONSE = _fields.Model("GetNearestTimeSlotsResponse200")


def _request(
    location_id: int,
    team_member_id: int,
    *,
    service_ids: list[int] | Unset = UNSET,
    datetime_: float | Unset = UNSET,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("team_member_id", team_member_id, required=True)

    service_ids = _arguments.integers("service_ids", service_ids, required=False)

    _arguments.number("datetime_", datetime_, required=False)

    params: dict[str, Any] = {}
    json_service_ids: list[int] | Unset = UNSET
    if not isinstance(service_ids, Unset):
        json_service_ids = service_ids

    params["service_ids[]"] = json_service_ids
    params["datetime"] = datetime_
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestParts(
        path_params={
            "location_id": location_id,
            "team_member_id": team_member_id,
        },
        params=params,
    )


def _parse_data(data: Any) -> GetNearestTimeSlotsResponse200:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    team_member_id: int,
    *,
    service_ids: list[int] | Unset = UNSET,
    datetime_: float | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> GetNearestTimeSlotsResponse200 | None:
    """Get Nearest Available Time Slots for Team Member

    the team member's nearest sessions object has the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | session_date | string | Next date with available sessions |
    | sessions | array | List of available sessions |


    The following filters are available:

    + service_ids: Array of service IDs. If you need sessions, when can you book these services
    + datetime: date (in iso8601 format) for which you want to get the next sessions

    GET /book_staff_seances/{location_id}/{team_member_id} (operation `get_nearest_time_slots` of the Online Booking API); needs the partner token.

    Args:
        location_id (int): location ID
        team_member_id (int): team member ID
        service_ids (list[int] | Unset): Service ID.
            Filter by the list of service identifiers
        datetime_ (float | Unset): date in iso8601 format.
            Filter by date
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        GetNearestTimeSlotsResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            team_member_id=team_member_id,
            service_ids=service_ids,
            datetime_=datetime_,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    team_member_id: int,
    *,
    service_ids: list[int] | Unset = UNSET,
    datetime_: float | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[GetNearestTimeSlotsResponse200]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            team_member_id=team_member_id,
            service_ids=service_ids,
            datetime_=datetime_,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    team_member_id: int,
    *,
    service_ids: list[int] | Unset = UNSET,
    datetime_: float | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> GetNearestTimeSlotsResponse200 | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                team_member_id=team_member_id,
                service_ids=service_ids,
                datetime_=datetime_,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    team_member_id: int,
    *,
    service_ids: list[int] | Unset = UNSET,
    datetime_: float | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[GetNearestTimeSlotsResponse200]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            team_member_id=team_member_id,
            service_ids=service_ids,
            datetime_=datetime_,
        ),
        _parse_data,
        options,
    )
