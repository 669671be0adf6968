from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...types import Response

_OPERATION = OPERATIONS["delete_financial_transaction"]


def _get_kwargs(
    location_id: int,
    transaction_id: int,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("transaction_id", transaction_id, required=True)

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/finance_transactions/{location_id}/{transaction_id}".format(
            location_id=quote(str(location_id), safe=""),
            transaction_id=quote(str(transaction_id), safe=""),
        ),
    }

    return _kwargs


def _parse_data(data: Any) -> Any:
    return None


def sync_detailed(
    location_id: int,
    transaction_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """Deleting a transaction

    DELETE /finance_transactions/{location_id}/{transaction_id} (operation `delete_financial_transaction`)

    Args:
        location_id (int): location ID
        transaction_id (int): transaction ID
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
        transaction_id=transaction_id,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    location_id: int,
    transaction_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Any:
    """Deleting a transaction

    DELETE /finance_transactions/{location_id}/{transaction_id} (operation `delete_financial_transaction`)

    Args:
        location_id (int): location ID
        transaction_id (int): transaction ID
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
        transaction_id=transaction_id,
        client=client,
        options=options,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    transaction_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """Deleting a transaction

    DELETE /finance_transactions/{location_id}/{transaction_id} (operation `delete_financial_transaction`)

    Args:
        location_id (int): location ID
        transaction_id (int): transaction ID
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
        transaction_id=transaction_id,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    location_id: int,
    transaction_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Any:
    """Deleting a transaction

    DELETE /finance_transactions/{location_id}/{transaction_id} (operation `delete_financial_transaction`)

    Args:
        location_id (int): location ID
        transaction_id (int): transaction ID
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
            transaction_id=transaction_id,
            client=client,
            options=options,
        )
    ).parsed
