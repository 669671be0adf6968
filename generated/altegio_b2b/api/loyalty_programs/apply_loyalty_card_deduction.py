from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.apply_loyalty_card_deduction_body import ApplyLoyaltyCardDeductionBody
from ...models.apply_loyalty_card_deduction_response_200 import ApplyLoyaltyCardDeductionResponse200
from ...types import Response

_OPERATION = OPERATIONS["apply_loyalty_card_deduction"]


def _get_kwargs(
    location_id: int,
    card_id: int,
    *,
    body: ApplyLoyaltyCardDeductionBody,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("card_id", card_id, required=True)

    _arguments.instance("body", body, ApplyLoyaltyCardDeductionBody, required=True)

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/visit/loyalty/apply_card_withdrawal/{location_id}/{card_id}".format(
            location_id=quote(str(location_id), safe=""),
            card_id=quote(str(card_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_data(data: Any) -> ApplyLoyaltyCardDeductionResponse200:
    response_200 = ApplyLoyaltyCardDeductionResponse200.from_dict(data)

    return response_200


def sync_detailed(
    location_id: int,
    card_id: int,
    *,
    body: ApplyLoyaltyCardDeductionBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[ApplyLoyaltyCardDeductionResponse200]:
    """Apply Deduction from the Loyalty Card in the Visit

    The amount deducted will not exceed the available bonus balance. If the value is set to 0, no write-
    off transaction will occur

    POST /visit/loyalty/apply_card_withdrawal/{location_id}/{card_id} (operation `apply_loyalty_card_deduction`)

    Args:
        location_id (int): Location ID
        card_id (int): Client card ID
        body (ApplyLoyaltyCardDeductionBody): Apply Deduction from the Loyalty Card in the Visit
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[ApplyLoyaltyCardDeductionResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        card_id=card_id,
        body=body,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    location_id: int,
    card_id: int,
    *,
    body: ApplyLoyaltyCardDeductionBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> ApplyLoyaltyCardDeductionResponse200 | None:
    """Apply Deduction from the Loyalty Card in the Visit

    The amount deducted will not exceed the available bonus balance. If the value is set to 0, no write-
    off transaction will occur

    POST /visit/loyalty/apply_card_withdrawal/{location_id}/{card_id} (operation `apply_loyalty_card_deduction`)

    Args:
        location_id (int): Location ID
        card_id (int): Client card ID
        body (ApplyLoyaltyCardDeductionBody): Apply Deduction from the Loyalty Card in the Visit
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        ApplyLoyaltyCardDeductionResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        location_id=location_id,
        card_id=card_id,
        client=client,
        body=body,
        options=options,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    card_id: int,
    *,
    body: ApplyLoyaltyCardDeductionBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[ApplyLoyaltyCardDeductionResponse200]:
    """Apply Deduction from the Loyalty Card in the Visit

    The amount deducted will not exceed the available bonus balance. If the value is set to 0, no write-
    off transaction will occur

    POST /visit/loyalty/apply_card_withdrawal/{location_id}/{card_id} (operation `apply_loyalty_card_deduction`)

    Args:
        location_id (int): Location ID
        card_id (int): Client card ID
        body (ApplyLoyaltyCardDeductionBody): Apply Deduction from the Loyalty Card in the Visit
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[ApplyLoyaltyCardDeductionResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        card_id=card_id,
        body=body,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    location_id: int,
    card_id: int,
    *,
    body: ApplyLoyaltyCardDeductionBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> ApplyLoyaltyCardDeductionResponse200 | None:
    """Apply Deduction from the Loyalty Card in the Visit

    The amount deducted will not exceed the available bonus balance. If the value is set to 0, no write-
    off transaction will occur

    POST /visit/loyalty/apply_card_withdrawal/{location_id}/{card_id} (operation `apply_loyalty_card_deduction`)

    Args:
        location_id (int): Location ID
        card_id (int): Client card ID
        body (ApplyLoyaltyCardDeductionBody): Apply Deduction from the Loyalty Card in the Visit
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        ApplyLoyaltyCardDeductionResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            card_id=card_id,
            client=client,
            body=body,
            options=options,
        )
    ).parsed
