from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.cancel_discount_promotion_body import CancelDiscountPromotionBody
from ...models.cancel_discount_promotion_response_200 import CancelDiscountPromotionResponse200
from ...types import Response

_OPERATION = OPERATIONS["cancel_discount_promotion"]


def _get_kwargs(
    location_id: int,
    card_id: int,
    program_id: int,
    *,
    body: CancelDiscountPromotionBody,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("card_id", card_id, required=True)

    _arguments.integer("program_id", program_id, required=True)

    _arguments.instance("body", body, CancelDiscountPromotionBody, required=True)

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/visit/loyalty/cancel_discount_program/{location_id}/{card_id}/{program_id}".format(
            location_id=quote(str(location_id), safe=""),
            card_id=quote(str(card_id), safe=""),
            program_id=quote(str(program_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_data(data: Any) -> CancelDiscountPromotionResponse200:
    response_200 = CancelDiscountPromotionResponse200.from_dict(data)

    return response_200


def sync_detailed(
    location_id: int,
    card_id: int,
    program_id: int,
    *,
    body: CancelDiscountPromotionBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[CancelDiscountPromotionResponse200]:
    """Cancel the Application of the Discount Promotion in the Visit

    Cancellation of the promotion applied to the visit.

    POST /visit/loyalty/cancel_discount_program/{location_id}/{card_id}/{program_id} (operation `cancel_discount_promotion`)

    Args:
        location_id (int): Location ID
        card_id (int): Client card ID
        program_id (int): ID of the promotion linked to the card
        body (CancelDiscountPromotionBody): Apply promotion
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[CancelDiscountPromotionResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        card_id=card_id,
        program_id=program_id,
        body=body,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    location_id: int,
    card_id: int,
    program_id: int,
    *,
    body: CancelDiscountPromotionBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> CancelDiscountPromotionResponse200 | None:
    """Cancel the Application of the Discount Promotion in the Visit

    Cancellation of the promotion applied to the visit.

    POST /visit/loyalty/cancel_discount_program/{location_id}/{card_id}/{program_id} (operation `cancel_discount_promotion`)

    Args:
        location_id (int): Location ID
        card_id (int): Client card ID
        program_id (int): ID of the promotion linked to the card
        body (CancelDiscountPromotionBody): Apply promotion
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        CancelDiscountPromotionResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        location_id=location_id,
        card_id=card_id,
        program_id=program_id,
        client=client,
        body=body,
        options=options,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    card_id: int,
    program_id: int,
    *,
    body: CancelDiscountPromotionBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[CancelDiscountPromotionResponse200]:
    """Cancel the Application of the Discount Promotion in the Visit

    Cancellation of the promotion applied to the visit.

    POST /visit/loyalty/cancel_discount_program/{location_id}/{card_id}/{program_id} (operation `cancel_discount_promotion`)

    Args:
        location_id (int): Location ID
        card_id (int): Client card ID
        program_id (int): ID of the promotion linked to the card
        body (CancelDiscountPromotionBody): Apply promotion
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[CancelDiscountPromotionResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        card_id=card_id,
        program_id=program_id,
        body=body,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    location_id: int,
    card_id: int,
    program_id: int,
    *,
    body: CancelDiscountPromotionBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> CancelDiscountPromotionResponse200 | None:
    """Cancel the Application of the Discount Promotion in the Visit

    Cancellation of the promotion applied to the visit.

    POST /visit/loyalty/cancel_discount_program/{location_id}/{card_id}/{program_id} (operation `cancel_discount_promotion`)

    Args:
        location_id (int): Location ID
        card_id (int): Client card ID
        program_id (int): ID of the promotion linked to the card
        body (CancelDiscountPromotionBody): Apply promotion
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        CancelDiscountPromotionResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            card_id=card_id,
            program_id=program_id,
            client=client,
            body=body,
            options=options,
        )
    ).parsed
