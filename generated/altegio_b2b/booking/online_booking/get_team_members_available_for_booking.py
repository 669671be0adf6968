"""Get Team Members Available for Booking

GET /book_staff/{location_id} (operation `get_team_members_available_for_booking` of the Online Booking API); needs the partner token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.get_team_members_available_for_booking_response_200_item import (
    GetTeamMembersAvailableForBookingResponse200Item,
)
from ...types import UNSET, Response, Unset

_OPERATION = Operation("get_team_members_available_for_booking", "GET", "/book_staff/{location_id}", "BearerPartner")
_RESPONSE = _fields.ListOf(_fields.Model("GetTeamMembersAvailableForBookingResponse200Item"))


def _request(
    location_id: int,
    *,
    service_ids: list[int] | Unset = UNSET,
    datetime_: float | Unset = UNSET,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

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
        },
        params=params,
    )


def _parse_data(data: Any) -> list[GetTeamMembersAvailableForBookingResponse200Item]:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    *,
    service_ids: list[int] | Unset = UNSET,
    datetime_: float | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetTeamMembersAvailableForBookingResponse200Item] | None:
    """Get Team Members Available for Booking

    Each object from the array of team members available for booking has the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | id | number | team member ID |
    | name | string | team member name |
    | specialization | string | team member specialization |
    | position | object | team member position |
    | bookable | boolean | Does the team member have sessions available for booking |
    | weight | number | team member weight. When withdrawing, team members are sorted by weight, heavier
    first |
    | show_rating | number | Whether to show team member's rating (1 - show, 0 - don't show) |
    | rating | number | team member rating |
    | votes_count | number | Number of votes rated team member |
    | comments_count | number | Number of comments to a team member |
    | avatar | string | Path to team member avatar file |
    | information | string | Additional information about the team member (HTML format) |
    | session_date | string | Date of the next day that there are available sessions (only for bookable
    = true) |


    The following filters are available:

    + service_ids: Array of service IDs. If you need team members who provide only the selected service
    + datetime: date (in iso8601 format). If you need team members who have sessions for the specified
    service at the specified time

    GET /book_staff/{location_id} (operation `get_team_members_available_for_booking` of the Online Booking API); needs the partner token.

    Args:
        location_id (int): location ID
        service_ids (list[int] | Unset): Service ID.
            Filter by the list of service identifiers
        datetime_ (float | Unset): date in iso8601 format.
            Filter by service booking date (for example '2005-09-09T18:30')
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetTeamMembersAvailableForBookingResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            service_ids=service_ids,
            datetime_=datetime_,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    *,
    service_ids: list[int] | Unset = UNSET,
    datetime_: float | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetTeamMembersAvailableForBookingResponse200Item]]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            service_ids=service_ids,
            datetime_=datetime_,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    *,
    service_ids: list[int] | Unset = UNSET,
    datetime_: float | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetTeamMembersAvailableForBookingResponse200Item] | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                service_ids=service_ids,
                datetime_=datetime_,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    service_ids: list[int] | Unset = UNSET,
    datetime_: float | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetTeamMembersAvailableForBookingResponse200Item]]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            service_ids=service_ids,
            datetime_=datetime_,
        ),
        _parse_data,
        options,
    )
