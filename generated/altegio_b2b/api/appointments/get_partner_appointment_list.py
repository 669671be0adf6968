"""Get a List of Partner Appointments

GET /records/partner (operation `get_partner_appointment_list` of the Business Management API); needs the partner and the user token.
"""

import datetime
from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation, Paging
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...types import UNSET, Response, Unset

_OPERATION = Operation(
    "get_partner_appointment_list",
    "GET",
    "/records/partner",
    "BearerPartnerUser",
    paging=Paging("query", "page", "editable_length"),
)
_RESPONSE = _fields.ANY


def _request(
    *,
    page: int | Unset = UNSET,
    editable_length: int | Unset = UNSET,
    salon_id: int | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    created_start_date: datetime.date | Unset = UNSET,
    created_end_date: datetime.date | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> RequestParts:
    _arguments.integer("page", page, required=False)

    _arguments.integer("editable_length", editable_length, required=False)

    _arguments.integer("salon_id", salon_id, required=False)

    _arguments.date("start_date", start_date, required=False)

    _arguments.date("end_date", end_date, required=False)

    _arguments.date("created_start_date", created_start_date, required=False)

    _arguments.date("created_end_date", created_end_date, required=False)

    _arguments.integer("user_id", user_id, required=False)

    params: dict[str, Any] = {}
    params["page"] = page
    params["editable_length"] = editable_length
    params["salon_id"] = salon_id
    if not isinstance(start_date, Unset):
        params["start_date"] = start_date.strftime("%d.%m.%Y")
    if not isinstance(end_date, Unset):
        params["end_date"] = end_date.strftime("%d.%m.%Y")
    if not isinstance(created_start_date, Unset):
        params["created_start_date"] = created_start_date.strftime("%d.%m.%Y")
    if not isinstance(created_end_date, Unset):
        params["created_end_date"] = created_end_date.strftime("%d.%m.%Y")
    params["user_id"] = user_id
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestParts(
        params=params,
    )


def _parse_data(data: Any) -> Any:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    *,
    page: int | Unset = UNSET,
    editable_length: int | Unset = UNSET,
    salon_id: int | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    created_start_date: datetime.date | Unset = UNSET,
    created_end_date: datetime.date | Unset = UNSET,
    user_id: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Any:
    """Get a List of Partner Appointments

    #### Filtering appointments

    + salon_id: Location ID

    Use this to filter appointments for a specific location

    + start_date: Visit date from

    Filters appointments with a visit date starting from the specified date (inclusive)

    + end_date: Visit date until

    Filters appointments with a visit date up to the specified date (inclusive)

    + created_start_date: Appointment creation date from

    Filters appointments created on or after this date

    + created_end_date: Appointment creation date until

    Returns appointments created on or before this date

    + user_id: User ID

    Filters appointments created by a specific user

    GET /records/partner (operation `get_partner_appointment_list` of the Business Management API); needs the partner and the user token.

    Args:
        page (int | Unset): Page number
        editable_length (int | Unset): Number of appointments per page, maximum 100
        salon_id (int | Unset): Location ID
        start_date (datetime.date | Unset): Filter by visit date from
        end_date (datetime.date | Unset): Filter by visit date by
        created_start_date (datetime.date | Unset): Filter by appointment creation date from
        created_end_date (datetime.date | Unset): Filter by appointment creation date by
        user_id (int | Unset): User ID
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
            page=page,
            editable_length=editable_length,
            salon_id=salon_id,
            start_date=start_date,
            end_date=end_date,
            created_start_date=created_start_date,
            created_end_date=created_end_date,
            user_id=user_id,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    *,
    page: int | Unset = UNSET,
    editable_length: int | Unset = UNSET,
    salon_id: int | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    created_start_date: datetime.date | Unset = UNSET,
    created_end_date: datetime.date | Unset = UNSET,
    user_id: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            page=page,
            editable_length=editable_length,
            salon_id=salon_id,
            start_date=start_date,
            end_date=end_date,
            created_start_date=created_start_date,
            created_end_date=created_end_date,
            user_id=user_id,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    *,
    page: int | Unset = UNSET,
    editable_length: int | Unset = UNSET,
    salon_id: int | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    created_start_date: datetime.date | Unset = UNSET,
    created_end_date: datetime.date | Unset = UNSET,
    user_id: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Any:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                page=page,
                editable_length=editable_length,
                salon_id=salon_id,
                start_date=start_date,
                end_date=end_date,
                created_start_date=created_start_date,
                created_end_date=created_end_date,
                user_id=user_id,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    *,
    page: int | Unset = UNSET,
    editable_length: int | Unset = UNSET,
    salon_id: int | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    created_start_date: datetime.date | Unset = UNSET,
    created_end_date: datetime.date | Unset = UNSET,
    user_id: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            page=page,
            editable_length=editable_length,
            salon_id=salon_id,
            start_date=start_date,
            end_date=end_date,
            created_start_date=created_start_date,
            created_end_date=created_end_date,
            user_id=user_id,
        ),
        _parse_data,
        options,
    )
