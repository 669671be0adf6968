from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.get_day_end_report_data_response_200 import GetDayEndReportDataResponse200
from ...types import UNSET, Response, Unset

_OPERATION = OPERATIONS["get_day_end_report_data"]


def _get_kwargs(
    location_id: int,
    *,
    master_id: int | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("master_id", master_id, required=False)

    params: dict[str, Any] = {}

    params["master_id"] = master_id

    params["start_date"] = start_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/reports/z_report/{location_id}".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_data(data: Any) -> GetDayEndReportDataResponse200:
    response_200 = GetDayEndReportDataResponse200.from_dict(data)

    return response_200


def sync_detailed(
    location_id: int,
    *,
    master_id: int | Unset = UNSET,
    start_date: str | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[GetDayEndReportDataResponse200]:
    """Get day-end report data

    + start_date: Report date

    + team_member_id: team member ID

    GET /reports/z_report/{location_id} (operation `get_day_end_report_data`)

    Args:
        location_id (int): location ID
        master_id (int | Unset): team member ID
        start_date (str | Unset): period start date
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[GetDayEndReportDataResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        master_id=master_id,
        start_date=start_date,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    location_id: int,
    *,
    master_id: int | Unset = UNSET,
    start_date: str | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> GetDayEndReportDataResponse200 | None:
    """Get day-end report data

    + start_date: Report date

    + team_member_id: team member ID

    GET /reports/z_report/{location_id} (operation `get_day_end_report_data`)

    Args:
        location_id (int): location ID
        master_id (int | Unset): team member ID
        start_date (str | Unset): period start date
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        GetDayEndReportDataResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        location_id=location_id,
        client=client,
        master_id=master_id,
        start_date=start_date,
        options=options,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    master_id: int | Unset = UNSET,
    start_date: str | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[GetDayEndReportDataResponse200]:
    """Get day-end report data

    + start_date: Report date

    + team_member_id: team member ID

    GET /reports/z_report/{location_id} (operation `get_day_end_report_data`)

    Args:
        location_id (int): location ID
        master_id (int | Unset): team member ID
        start_date (str | Unset): period start date
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[GetDayEndReportDataResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        master_id=master_id,
        start_date=start_date,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    location_id: int,
    *,
    master_id: int | Unset = UNSET,
    start_date: str | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> GetDayEndReportDataResponse200 | None:
    """Get day-end report data

    + start_date: Report date

    + team_member_id: team member ID

    GET /reports/z_report/{location_id} (operation `get_day_end_report_data`)

    Args:
        location_id (int): location ID
        master_id (int | Unset): team member ID
        start_date (str | Unset): period start date
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        GetDayEndReportDataResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            master_id=master_id,
            start_date=start_date,
            options=options,
        )
    ).parsed
