"""Get comments

GET /comments/{location_id} (operation `get_comments` of the Business Management API); needs the partner and the user token.
"""

import datetime
from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation, Paging
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.get_comments_response_200_item import GetCommentsResponse200Item
from ...types import UNSET, Response, Unset

_OPERATION = Operation(
    "get_comments", "GET", "/comments/{location_id}", "BearerPartnerUser", paging=Paging("query", "page", "count")
)
_RESPONSE = _fields.ListOf(_fields.Model("GetCommentsResponse200Item"))


def _request(
    location_id: int,
    *,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    team_member_id: int | Unset = UNSET,
    rating: float | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.date("start_date", start_date, required=False)

    _arguments.date("end_date", end_date, required=False)

    _arguments.integer("team_member_id", team_member_id, required=False)

    _arguments.number("rating", rating, required=False)

    _arguments.integer("page", page, required=False)

    _arguments.integer("count", count, required=False)

    params: dict[str, Any] = {}
    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date
    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date
    params["team_member_id"] = team_member_id
    params["rating"] = rating
    params["page"] = page
    params["count"] = count
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestParts(
        path_params={
            "location_id": location_id,
        },
        params=params,
    )


def _parse_data(data: Any) -> list[GetCommentsResponse200Item]:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    *,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    team_member_id: int | Unset = UNSET,
    rating: float | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetCommentsResponse200Item] | None:
    """Get comments

    The comment object has the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | id | number | Comment ID |
    | salon_id | number | location ID |
    | type | number | 1 - comment to the team member, 0 - to the location |
    | master_id | number | Team Member ID if type = 1 |
    | text | string | Comment text |
    | date | string | Date when the comment was left |
    | rating | number | Rating (from 1 to 5) |
    | user_id | number | Id of the user who left the comment |
    | username | string | Name of the user who left the comment |
    | user_avatar | string | Avatar of the user who left the comment |
    | record_id | number | ID of the post after which the review was left (the value will be non-zero if
    the review was left through a link asking for a review after the visit) |

    GET /comments/{location_id} (operation `get_comments` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): location ID
        start_date (datetime.date | Unset): date in iso8601 format.
            Filter by date since (for example '2026-09-30')
        end_date (datetime.date | Unset): date in iso8601 format.
            Filter by date by (for example '2026-09-30')
        team_member_id (int | Unset): team member ID
        rating (float | Unset): Rating score. Filter by reviews with a specific rating.
        page (int | Unset): Page number
        count (int | Unset): Number of reviews per page
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetCommentsResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            start_date=start_date,
            end_date=end_date,
            team_member_id=team_member_id,
            rating=rating,
            page=page,
            count=count,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    *,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    team_member_id: int | Unset = UNSET,
    rating: float | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetCommentsResponse200Item]]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            start_date=start_date,
            end_date=end_date,
            team_member_id=team_member_id,
            rating=rating,
            page=page,
            count=count,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    *,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    team_member_id: int | Unset = UNSET,
    rating: float | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetCommentsResponse200Item] | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                start_date=start_date,
                end_date=end_date,
                team_member_id=team_member_id,
                rating=rating,
                page=page,
                count=count,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    team_member_id: int | Unset = UNSET,
    rating: float | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetCommentsResponse200Item]]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            start_date=start_date,
            end_date=end_date,
            team_member_id=team_member_id,
            rating=rating,
            page=page,
            count=count,
        ),
        _parse_data,
        options,
    )
