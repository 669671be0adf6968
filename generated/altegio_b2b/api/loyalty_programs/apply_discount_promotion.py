"""Apply a Discount Promotion in a Visit

POST /visit/loyalty/apply_discount_program/{location_id}/{card_id}/{program_id} (operation `apply_discount_promotion` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.apply_discount_promotion_body import ApplyDiscountPromotionBody
from ...models.apply_discount_promotion_response_200 import ApplyDiscountPromotionResponse200
from ...types import Response

_OPERATION = Operation(
    "apply_discount_promotion",
    "POST",
    "/visit/loyalty/apply_discount_program/{location_id}/{card_id}/{program_id}",
    "BearerPartnerUser",
)
_RESPONSE = _fields.Model("ApplyDiscountPromotionResponse200")

_BODY = _fields.Model("ApplyDiscountPromotionBody")


def _request(
    location_id: int,
    card_id: int,
    program_id: int,
    *,
    body: ApplyDiscountPromotionBody,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("card_id", card_id, required=True)

    _arguments.integer("program_id", program_id, required=True)

    _arguments.instance("body", body, ApplyDiscountPromotionBody, required=True)

    _json: Any = None
    _json = _arguments.body("body", _BODY, body)

    return RequestParts(
        path_params={
            "location_id": location_id,
            "card_id": card_id,
            "program_id": program_id,
        },
        json=_json,
    )


def _parse_data(data: Any) -> ApplyDiscountPromotionResponse200:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    card_id: int,
    program_id: int,
    *,
    body: ApplyDiscountPromotionBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> ApplyDiscountPromotionResponse200 | None:
    """Apply a Discount Promotion in a Visit

    Applying a promotion to a visit, it only makes sense if there is a visit

    POST /visit/loyalty/apply_discount_program/{location_id}/{card_id}/{program_id} (operation `apply_discount_promotion` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): Location ID
        card_id (int): Client card ID
        program_id (int): ID of the promotion linked to the card
        body (ApplyDiscountPromotionBody): Apply promotion Example: {'record_id': 0, 'visit_id':
            0}.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        ApplyDiscountPromotionResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            card_id=card_id,
            program_id=program_id,
            body=body,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    card_id: int,
    program_id: int,
    *,
    body: ApplyDiscountPromotionBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[ApplyDiscountPromotionResponse200]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            card_id=card_id,
            program_id=program_id,
            body=body,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    card_id: int,
    program_id: int,
    *,
    body: ApplyDiscountPromotionBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> ApplyDiscountPromotionResponse200 | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                card_id=card_id,
                program_id=program_id,
                body=body,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    card_id: int,
    program_id: int,
    *,
    body: ApplyDiscountPromotionBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[ApplyDiscountPromotionResponse200]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            card_id=card_id,
            program_id=program_id,
            body=body,
        ),
        _parse_data,
        options,
    )
