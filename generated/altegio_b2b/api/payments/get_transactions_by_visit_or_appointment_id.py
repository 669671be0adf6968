from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.get_transactions_by_visit_or_appointment_id_response_200_item import (
    GetTransactionsByVisitOrAppointmentIdResponse200Item,
)
from ...types import UNSET, Response, Unset

_OPERATION = OPERATIONS["get_transactions_by_visit_or_appointment_id"]


def _get_kwargs(
    location_id: int,
    *,
    record_id: int | Unset = UNSET,
    visit_id: int | Unset = UNSET,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("record_id", record_id, required=False)

    _arguments.integer("visit_id", visit_id, required=False)

    params: dict[str, Any] = {}

    params["record_id"] = record_id

    params["visit_id"] = visit_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/timetable/transactions/{location_id}".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_data(data: Any) -> list[GetTransactionsByVisitOrAppointmentIdResponse200Item]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = GetTransactionsByVisitOrAppointmentIdResponse200Item.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


def sync_detailed(
    location_id: int,
    *,
    record_id: int | Unset = UNSET,
    visit_id: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetTransactionsByVisitOrAppointmentIdResponse200Item]]:
    """Get Transactions by Visit or Appointment ID

    #### Transaction filtering

    + record_id: Appointment ID

    + visit_id: ID of the visit

    GET /timetable/transactions/{location_id} (operation `get_transactions_by_visit_or_appointment_id`)

    Args:
        location_id (int): location ID
        record_id (int | Unset): Appointment ID
        visit_id (int | Unset): Visit ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[list[GetTransactionsByVisitOrAppointmentIdResponse200Item]]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        record_id=record_id,
        visit_id=visit_id,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    location_id: int,
    *,
    record_id: int | Unset = UNSET,
    visit_id: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetTransactionsByVisitOrAppointmentIdResponse200Item] | None:
    """Get Transactions by Visit or Appointment ID

    #### Transaction filtering

    + record_id: Appointment ID

    + visit_id: ID of the visit

    GET /timetable/transactions/{location_id} (operation `get_transactions_by_visit_or_appointment_id`)

    Args:
        location_id (int): location ID
        record_id (int | Unset): Appointment ID
        visit_id (int | Unset): Visit ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetTransactionsByVisitOrAppointmentIdResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        location_id=location_id,
        client=client,
        record_id=record_id,
        visit_id=visit_id,
        options=options,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    record_id: int | Unset = UNSET,
    visit_id: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetTransactionsByVisitOrAppointmentIdResponse200Item]]:
    """Get Transactions by Visit or Appointment ID

    #### Transaction filtering

    + record_id: Appointment ID

    + visit_id: ID of the visit

    GET /timetable/transactions/{location_id} (operation `get_transactions_by_visit_or_appointment_id`)

    Args:
        location_id (int): location ID
        record_id (int | Unset): Appointment ID
        visit_id (int | Unset): Visit ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[list[GetTransactionsByVisitOrAppointmentIdResponse200Item]]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        record_id=record_id,
        visit_id=visit_id,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    location_id: int,
    *,
    record_id: int | Unset = UNSET,
    visit_id: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetTransactionsByVisitOrAppointmentIdResponse200Item] | None:
    """Get Transactions by Visit or Appointment ID

    #### Transaction filtering

    + record_id: Appointment ID

    + visit_id: ID of the visit

    GET /timetable/transactions/{location_id} (operation `get_transactions_by_visit_or_appointment_id`)

    Args:
        location_id (int): location ID
        record_id (int | Unset): Appointment ID
        visit_id (int | Unset): Visit ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetTransactionsByVisitOrAppointmentIdResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            record_id=record_id,
            visit_id=visit_id,
            options=options,
        )
    ).parsed
