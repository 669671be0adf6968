from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.delete_loyalty_payment_transaction_response_200 import DeleteLoyaltyPaymentTransactionResponse200
from ...types import Response

_OPERATION = OPERATIONS["delete_loyalty_payment_transaction"]


def _get_kwargs(
    location_id: int,
    document_id: int,
    payment_transaction_id: int,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("document_id", document_id, required=True)

    _arguments.integer("payment_transaction_id", payment_transaction_id, required=True)

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/company/{location_id}/sale/{document_id}/payment/loyalty_transaction/{payment_transaction_id}".format(
            location_id=quote(str(location_id), safe=""),
            document_id=quote(str(document_id), safe=""),
            payment_transaction_id=quote(str(payment_transaction_id), safe=""),
        ),
    }

    return _kwargs


def _parse_data(data: Any) -> DeleteLoyaltyPaymentTransactionResponse200:
    response_200 = DeleteLoyaltyPaymentTransactionResponse200.from_dict(data)

    return response_200


def sync_detailed(
    location_id: int,
    document_id: int,
    payment_transaction_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[DeleteLoyaltyPaymentTransactionResponse200]:
    """Delete a Loyalty Payment Transaction

    As a response, information about the [Sale operation](#sale-operation) is returned

    DELETE /company/{location_id}/sale/{document_id}/payment/loyalty_transaction/{payment_transaction_id} (operation `delete_loyalty_payment_transaction`)

    Args:
        location_id (int): Location ID
        document_id (int): Sales Document ID
        payment_transaction_id (int): transaction ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[DeleteLoyaltyPaymentTransactionResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        document_id=document_id,
        payment_transaction_id=payment_transaction_id,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    location_id: int,
    document_id: int,
    payment_transaction_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> DeleteLoyaltyPaymentTransactionResponse200 | None:
    """Delete a Loyalty Payment Transaction

    As a response, information about the [Sale operation](#sale-operation) is returned

    DELETE /company/{location_id}/sale/{document_id}/payment/loyalty_transaction/{payment_transaction_id} (operation `delete_loyalty_payment_transaction`)

    Args:
        location_id (int): Location ID
        document_id (int): Sales Document ID
        payment_transaction_id (int): transaction ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        DeleteLoyaltyPaymentTransactionResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        location_id=location_id,
        document_id=document_id,
        payment_transaction_id=payment_transaction_id,
        client=client,
        options=options,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    document_id: int,
    payment_transaction_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[DeleteLoyaltyPaymentTransactionResponse200]:
    """Delete a Loyalty Payment Transaction

    As a response, information about the [Sale operation](#sale-operation) is returned

    DELETE /company/{location_id}/sale/{document_id}/payment/loyalty_transaction/{payment_transaction_id} (operation `delete_loyalty_payment_transaction`)

    Args:
        location_id (int): Location ID
        document_id (int): Sales Document ID
        payment_transaction_id (int): transaction ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[DeleteLoyaltyPaymentTransactionResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        document_id=document_id,
        payment_transaction_id=payment_transaction_id,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    location_id: int,
    document_id: int,
    payment_transaction_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> DeleteLoyaltyPaymentTransactionResponse200 | None:
    """Delete a Loyalty Payment Transaction

    As a response, information about the [Sale operation](#sale-operation) is returned

    DELETE /company/{location_id}/sale/{document_id}/payment/loyalty_transaction/{payment_transaction_id} (operation `delete_loyalty_payment_transaction`)

    Args:
        location_id (int): Location ID
        document_id (int): Sales Document ID
        payment_transaction_id (int): transaction ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        DeleteLoyaltyPaymentTransactionResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            document_id=document_id,
            payment_transaction_id=payment_transaction_id,
            client=client,
            options=options,
        )
    ).parsed
