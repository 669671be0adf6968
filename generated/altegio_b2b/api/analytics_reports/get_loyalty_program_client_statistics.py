"""Get customer statistics

GET /company/{location_id}/analytics/loyalty_programs/visits (operation `get_loyalty_program_client_statistics` of the Business Management API); needs the partner and the user token.
"""

import datetime
from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.get_loyalty_program_client_statistics_response_200 import GetLoyaltyProgramClientStatisticsResponse200
from ...types import UNSET, Response

_OPERATION = Operation(
    "get_loyalty_program_client_statistics",
    "GET",
    "/company/{location_id}/analytics/loyalty_programs/visits",
    "BearerPartnerUser",
)
_RESPONSE = _fields.Model("GetLoyaltyProgramClientStatisticsResponse200")


def _request(
    location_id: int,
    *,
    date_to: datetime.date,
    date_from: datetime.date,
    loyalty_program_id: str,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.date("date_to", date_to, required=True)

    _arguments.date("date_from", date_from, required=True)

    params: dict[str, Any] = {}
    json_date_to = date_to.isoformat()
    params["date_to"] = json_date_to
    json_date_from = date_from.isoformat()
    params["date_from"] = json_date_from
    params["loyalty_program_id"] = loyalty_program_id
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestParts(
        path_params={
            "location_id": location_id,
        },
        params=params,
    )


def _parse_data(data: Any) -> GetLoyaltyProgramClientStatisticsResponse200:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    *,
    date_to: datetime.date,
    date_from: datetime.date,
    loyalty_program_id: str,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> GetLoyaltyProgramClientStatisticsResponse200 | None:
    """Get customer statistics

    The method allows you to get statistics on returning, new and lost customers

    GET /company/{location_id}/analytics/loyalty_programs/visits (operation `get_loyalty_program_client_statistics` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): location ID
        date_to (datetime.date): Period end date
        date_from (datetime.date): Period start date
        loyalty_program_id (str): Promotion ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        GetLoyaltyProgramClientStatisticsResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            date_to=date_to,
            date_from=date_from,
            loyalty_program_id=loyalty_program_id,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    *,
    date_to: datetime.date,
    date_from: datetime.date,
    loyalty_program_id: str,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[GetLoyaltyProgramClientStatisticsResponse200]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            date_to=date_to,
            date_from=date_from,
            loyalty_program_id=loyalty_program_id,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    *,
    date_to: datetime.date,
    date_from: datetime.date,
    loyalty_program_id: str,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> GetLoyaltyProgramClientStatisticsResponse200 | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                date_to=date_to,
                date_from=date_from,
                loyalty_program_id=loyalty_program_id,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    date_to: datetime.date,
    date_from: datetime.date,
    loyalty_program_id: str,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[GetLoyaltyProgramClientStatisticsResponse200]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            date_to=date_to,
            date_from=date_from,
            loyalty_program_id=loyalty_program_id,
        ),
        _parse_data,
        options,
    )
