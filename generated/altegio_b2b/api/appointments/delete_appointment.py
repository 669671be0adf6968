from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...types import UNSET, Response, Unset

_OPERATION = OPERATIONS["delete_appointment"]


def _get_kwargs(
    location_id: int,
    record_id: int,
    *,
    include_consumables: float | Unset = UNSET,
    include_finance_transactions: float | Unset = UNSET,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("record_id", record_id, required=True)

    _arguments.number("include_consumables", include_consumables, required=False)

    _arguments.number("include_finance_transactions", include_finance_transactions, required=False)

    params: dict[str, Any] = {}

    params["include_consumables"] = include_consumables

    params["include_finance_transactions"] = include_finance_transactions

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/record/{location_id}/{record_id}".format(
            location_id=quote(str(location_id), safe=""),
            record_id=quote(str(record_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_data(data: Any) -> Any:
    return None


def sync_detailed(
    location_id: int,
    record_id: int,
    *,
    include_consumables: float | Unset = UNSET,
    include_finance_transactions: float | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """Delete Appointment

    DELETE /record/{location_id}/{record_id} (operation `delete_appointment`)

    Args:
        location_id (int): location ID
        record_id (int): Appointment ID
        include_consumables (float | Unset):
        include_finance_transactions (float | Unset):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[Any]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        record_id=record_id,
        include_consumables=include_consumables,
        include_finance_transactions=include_finance_transactions,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    location_id: int,
    record_id: int,
    *,
    include_consumables: float | Unset = UNSET,
    include_finance_transactions: float | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Any:
    """Delete Appointment

    DELETE /record/{location_id}/{record_id} (operation `delete_appointment`)

    Args:
        location_id (int): location ID
        record_id (int): Appointment ID
        include_consumables (float | Unset):
        include_finance_transactions (float | Unset):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        location_id=location_id,
        record_id=record_id,
        client=client,
        include_consumables=include_consumables,
        include_finance_transactions=include_finance_transactions,
        options=options,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    record_id: int,
    *,
    include_consumables: float | Unset = UNSET,
    include_finance_transactions: float | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """Delete Appointment

    DELETE /record/{location_id}/{record_id} (operation `delete_appointment`)

    Args:
        location_id (int): location ID
        record_id (int): Appointment ID
        include_consumables (float | Unset):
        include_finance_transactions (float | Unset):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[Any]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        record_id=record_id,
        include_consumables=include_consumables,
        include_finance_transactions=include_finance_transactions,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    location_id: int,
    record_id: int,
    *,
    include_consumables: float | Unset = UNSET,
    include_finance_transactions: float | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Any:
    """Delete Appointment

    DELETE /record/{location_id}/{record_id} (operation `delete_appointment`)

    Args:
        location_id (int): location ID
        record_id (int): Appointment ID
        include_consumables (float | Unset):
        include_finance_transactions (float | Unset):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            record_id=record_id,
            client=client,
            include_consumables=include_consumables,
            include_finance_transactions=include_finance_transactions,
            options=options,
        )
    ).parsed
