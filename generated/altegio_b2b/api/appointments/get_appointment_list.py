"""Get list of appointments

GET /records/{location_id} (operation `get_appointment_list` of the Business Management API); needs the partner and the user token.
"""

import datetime
from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation, Paging
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.get_appointment_list_response_200_item import GetAppointmentListResponse200Item
from ...types import UNSET, Response, Unset

_OPERATION = Operation(
    "get_appointment_list",
    "GET",
    "/records/{location_id}",
    "BearerPartnerUser",
    paging=Paging("query", "page", "count"),
)
_RESPONSE = _fields.ListOf(_fields.Model("GetAppointmentListResponse200Item"))


def _request(
    location_id: int,
    *,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    team_member_id: int | Unset = UNSET,
    client_id: int | Unset = UNSET,
    created_user_id: int | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    c_start_date: datetime.date | Unset = UNSET,
    c_end_date: datetime.date | Unset = UNSET,
    changed_after: datetime.datetime | Unset = UNSET,
    changed_before: datetime.datetime | Unset = UNSET,
    include_consumables: float | Unset = UNSET,
    include_finance_transactions: int | Unset = UNSET,
    with_deleted: bool | Unset = UNSET,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("page", page, required=False)

    _arguments.integer("count", count, required=False)

    _arguments.integer("team_member_id", team_member_id, required=False)

    _arguments.integer("client_id", client_id, required=False)

    _arguments.integer("created_user_id", created_user_id, required=False)

    _arguments.date("start_date", start_date, required=False)

    _arguments.date("end_date", end_date, required=False)

    _arguments.date("c_start_date", c_start_date, required=False)

    _arguments.date("c_end_date", c_end_date, required=False)

    _arguments.datetime("changed_after", changed_after, required=False)

    _arguments.datetime("changed_before", changed_before, required=False)

    _arguments.number("include_consumables", include_consumables, required=False)

    _arguments.integer("include_finance_transactions", include_finance_transactions, required=False)

    _arguments.boolean("with_deleted", with_deleted, required=False)

    params: dict[str, Any] = {}
    params["page"] = page
    params["count"] = count
    params["team_member_id"] = team_member_id
    params["client_id"] = client_id
    params["created_user_id"] = created_user_id
    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date
    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date
    json_c_start_date: str | Unset = UNSET
    if not isinstance(c_start_date, Unset):
        json_c_start_date = c_start_date.isoformat()
    params["c_start_date"] = json_c_start_date
    json_c_end_date: str | Unset = UNSET
    if not isinstance(c_end_date, Unset):
        json_c_end_date = c_end_date.isoformat()
    params["c_end_date"] = json_c_end_date
    json_changed_after: str | Unset = UNSET
    if not isinstance(changed_after, Unset):
        json_changed_after = changed_after.isoformat()
    params["changed_after"] = json_changed_after
    json_changed_before: str | Unset = UNSET
    if not isinstance(changed_before, Unset):
        json_changed_before = changed_before.isoformat()
    params["changed_before"] = json_changed_before
    params["include_consumables"] = include_consumables
    params["include_finance_transactions"] = include_finance_transactions
    if not isinstance(with_deleted, Unset):
        params["with_deleted"] = int(with_deleted)
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestParts(
        path_params={
            "location_id": location_id,
        },
        params=params,
    )


def _parse_data(data: Any) -> list[GetAppointmentListResponse200Item]:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    *,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    team_member_id: int | Unset = UNSET,
    client_id: int | Unset = UNSET,
    created_user_id: int | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    c_start_date: datetime.date | Unset = UNSET,
    c_end_date: datetime.date | Unset = UNSET,
    changed_after: datetime.datetime | Unset = UNSET,
    changed_before: datetime.datetime | Unset = UNSET,
    include_consumables: float | Unset = UNSET,
    include_finance_transactions: int | Unset = UNSET,
    with_deleted: bool | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetAppointmentListResponse200Item] | None:
    """Get list of appointments

    ####  Filtering Appointments

    + staff_id: team member ID.

    Use this to retrieve appointments for a specific team member

    + client_id: Client ID

    Use this to retrieve appointments for a specific client

    + created_user_id: User ID

    User who created the appointment

    Use this to filter appointments created by a specific user

    + start_date: Session start date (inclusive)

    Returns appointments with a session starting on or after this date

    + end_date: Session end date (inclusive)

    Returns appointments with a session ending on or before this date

    + c_start_date: Appointment creation date from

    Returns appointments created on or after this date

    + c_end_date: Appointment creation date until

    Returns appointments created on or before this date

    + changed_after: Modified or created after this datetime

    Returns appointments created or modified after the specified date and time

    + changed_before: Modified or created before this datetime

    Returns appointments created or modified before the specified date and time

    GET /records/{location_id} (operation `get_appointment_list` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): location ID
        page (int | Unset): Page number
        count (int | Unset): Number of appointments per page
        team_member_id (int | Unset): team member ID, if you only need appointments for a specific
            team member
        client_id (int | Unset): Client ID. If you need appointments for a specific client
        created_user_id (int | Unset): The ID of the user who created the appointment. If you need
            appointments created by a specific user
        start_date (datetime.date | Unset): Session date starting at (filter by session date). If
            you need appointments for a session starting from a specific date
        end_date (datetime.date | Unset): Session date to. If you need appointments for a session
            before a specific date
        c_start_date (datetime.date | Unset): Appointment creation date starting from(filter by
            appointment creation date). If you need appointments created since a specific date
        c_end_date (datetime.date | Unset): Appointment creation date by (filter by appointment
            creation date).
        changed_after (datetime.datetime | Unset): The date the appointment was modified/created.
            If you need appointments created/modified starting from a specific date and time
        changed_before (datetime.datetime | Unset): The date the appointment was modified/created.
            If you need appointments created/modified before a specific date and time
        include_consumables (float | Unset): Flag for including a list of consumables by
            appointments in the response
        include_finance_transactions (int | Unset): Flag to include in the response financial
            transactions by appointments
        with_deleted (bool | Unset): Include deleted appointments in output (with_deleted=1 will
            return deleted appointments as well)
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetAppointmentListResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            page=page,
            count=count,
            team_member_id=team_member_id,
            client_id=client_id,
            created_user_id=created_user_id,
            start_date=start_date,
            end_date=end_date,
            c_start_date=c_start_date,
            c_end_date=c_end_date,
            changed_after=changed_after,
            changed_before=changed_before,
            include_consumables=include_consumables,
            include_finance_transactions=include_finance_transactions,
            with_deleted=with_deleted,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    *,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    team_member_id: int | Unset = UNSET,
    client_id: int | Unset = UNSET,
    created_user_id: int | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    c_start_date: datetime.date | Unset = UNSET,
    c_end_date: datetime.date | Unset = UNSET,
    changed_after: datetime.datetime | Unset = UNSET,
    changed_before: datetime.datetime | Unset = UNSET,
    include_consumables: float | Unset = UNSET,
    include_finance_transactions: int | Unset = UNSET,
    with_deleted: bool | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetAppointmentListResponse200Item]]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            page=page,
            count=count,
            team_member_id=team_member_id,
            client_id=client_id,
            created_user_id=created_user_id,
            start_date=start_date,
            end_date=end_date,
            c_start_date=c_start_date,
            c_end_date=c_end_date,
            changed_after=changed_after,
            changed_before=changed_before,
            include_consumables=include_consumables,
            include_finance_transactions=include_finance_transactions,
            with_deleted=with_deleted,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    *,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    team_member_id: int | Unset = UNSET,
    client_id: int | Unset = UNSET,
    created_user_id: int | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    c_start_date: datetime.date | Unset = UNSET,
    c_end_date: datetime.date | Unset = UNSET,
    changed_after: datetime.datetime | Unset = UNSET,
    changed_before: datetime.datetime | Unset = UNSET,
    include_consumables: float | Unset = UNSET,
    include_finance_transactions: int | Unset = UNSET,
    with_deleted: bool | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetAppointmentListResponse200Item] | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                page=page,
                count=count,
                team_member_id=team_member_id,
                client_id=client_id,
                created_user_id=created_user_id,
                start_date=start_date,
                end_date=end_date,
                c_start_date=c_start_date,
                c_end_date=c_end_date,
                changed_after=changed_after,
                changed_before=changed_before,
                include_consumables=include_consumables,
                include_finance_transactions=include_finance_transactions,
                with_deleted=with_deleted,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    team_member_id: int | Unset = UNSET,
    client_id: int | Unset = UNSET,
    created_user_id: int | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    c_start_date: datetime.date | Unset = UNSET,
    c_end_date: datetime.date | Unset = UNSET,
    changed_after: datetime.datetime | Unset = UNSET,
    changed_before: datetime.datetime | Unset = UNSET,
    include_consumables: float | Unset = UNSET,
    include_finance_transactions: int | Unset = UNSET,
    with_deleted: bool | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetAppointmentListResponse200Item]]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            page=page,
            count=count,
            team_member_id=team_member_id,
            client_id=client_id,
            created_user_id=created_user_id,
            start_date=start_date,
            end_date=end_date,
            c_start_date=c_start_date,
            c_end_date=c_end_date,
            changed_after=changed_after,
            changed_before=changed_before,
            include_consumables=include_consumables,
            include_finance_transactions=include_finance_transactions,
            with_deleted=with_deleted,
        ),
        _parse_data,
        options,
    )
