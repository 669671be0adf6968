"""Get day-end report data

GET /reports/z_report/{location_id} (operation `get_day_end_report_data` of the Business Management API); needs the partner and the user token.
"""

import datetime
from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.get_day_end_report_data_response_200 import GetDayEndReportDataResponse200
from ...types import UNSET, Response, Unset

_OPERATION = Operation("get_day_end_report_data", "GET", "/reports/z_report/{location_id}", "BearerPartnerUser")
_RESPONSE = _fields.Model("GetDayEndReportDataResponse200")


def _request(
    location_id: int,
    *,
    start_date: datetime.date | Unset = UNSET,
    master_id: int | Unset = UNSET,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.date("start_date", start_date, required=False)

    _arguments.integer("master_id", master_id, required=False)

    params: dict[str, Any] = {}
    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date
    params["master_id"] = master_id
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestParts(
        path_params={
            "location_id": location_id,
        },
        params=params,
    )


def _parse_data(data: Any) -> GetDayEndReportDataResponse200:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    *,
    start_date: datetime.date | Unset = UNSET,
    master_id: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> GetDayEndReportDataResponse200 | None:
    """Get day-end report data

    + start_date: Report date

    + team_member_id: team member ID

    GET /reports/z_report/{location_id} (operation `get_day_end_report_data` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): location ID
        start_date (datetime.date | Unset): period start date
        master_id (int | Unset): team member ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        GetDayEndReportDataResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            start_date=start_date,
            master_id=master_id,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    *,
    start_date: datetime.date | Unset = UNSET,
    master_id: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[GetDayEndReportDataResponse200]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            start_date=start_date,
            master_id=master_id,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    *,
    start_date: datetime.date | Unset = UNSET,
    master_id: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> GetDayEndReportDataResponse200 | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                start_date=start_date,
                master_id=master_id,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    start_date: datetime.date | Unset = UNSET,
    master_id: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[GetDayEndReportDataResponse200]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            start_date=start_date,
            master_id=master_id,
        ),
        _parse_data,
        options,
    )
