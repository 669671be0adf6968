"""Payment at the Location Account and Loyalty (Various Methods)

POST /company/{location_id}/sale/{document_id}/payment (operation `create_payment_with_loyalty_methods` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.create_payment_with_loyalty_methods_response_200 import CreatePaymentWithLoyaltyMethodsResponse200
from ...models.pay_with_a_loyalty_card import PayWithALoyaltyCard
from ...models.pay_with_a_loyalty_program import PayWithALoyaltyProgram
from ...models.pay_with_referral_program_works_only_for_visit import PayWithReferralProgramWorksOnlyForVisit
from ...models.payment_at_the_checkout import PaymentAtTheCheckout
from ...models.payment_via_client_personal_account import PaymentViaClientPersonalAccount
from ...models.payment_with_a_gift_card import PaymentWithAGiftCard
from ...models.payment_with_membership_works_only_for_the_visit import PaymentWithMembershipWorksOnlyForTheVisit
from ...types import Response

_OPERATION = Operation(
    "create_payment_with_loyalty_methods",
    "POST",
    "/company/{location_id}/sale/{document_id}/payment",
    "BearerPartnerUser",
)
_RESPONSE = _fields.Model("CreatePaymentWithLoyaltyMethodsResponse200")

_BODY = _fields.OneOf(
    _fields.Model("PaymentAtTheCheckout"),
    _fields.Model("PaymentViaClientPersonalAccount"),
    _fields.Model("PaymentWithAGiftCard"),
    _fields.Model("PaymentWithMembershipWorksOnlyForTheVisit"),
    _fields.Model("PayWithReferralProgramWorksOnlyForVisit"),
    _fields.Model("PayWithALoyaltyCard"),
    _fields.Model("PayWithALoyaltyProgram"),
)


def _request(
    location_id: int,
    document_id: int,
    *,
    body: PaymentAtTheCheckout
    | PaymentViaClientPersonalAccount
    | PaymentWithAGiftCard
    | PaymentWithMembershipWorksOnlyForTheVisit
    | PayWithALoyaltyCard
    | PayWithALoyaltyProgram
    | PayWithReferralProgramWorksOnlyForVisit,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("document_id", document_id, required=True)

    _arguments.instance(
        "body",
        body,
        (
            PaymentAtTheCheckout,
            PaymentViaClientPersonalAccount,
            PaymentWithAGiftCard,
            PaymentWithMembershipWorksOnlyForTheVisit,
            PayWithReferralProgramWorksOnlyForVisit,
            PayWithALoyaltyCard,
            PayWithALoyaltyProgram,
        ),
        required=True,
    )

    _json: Any = None
    _json = _arguments.body("body", _BODY, body)

    return RequestParts(
        path_params={
            "location_id": location_id,
            "document_id": document_id,
        },
        json=_json,
    )


def _parse_data(data: Any) -> CreatePaymentWithLoyaltyMethodsResponse200:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    document_id: int,
    *,
    body: PaymentAtTheCheckout
    | PaymentViaClientPersonalAccount
    | PaymentWithAGiftCard
    | PaymentWithMembershipWorksOnlyForTheVisit
    | PayWithALoyaltyCard
    | PayWithALoyaltyProgram
    | PayWithReferralProgramWorksOnlyForVisit,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> CreatePaymentWithLoyaltyMethodsResponse200 | None:
    """Payment at the Location Account and Loyalty (Various Methods)

    As a response, information about the [Sale operation](#sale-operation) is returned

    POST /company/{location_id}/sale/{document_id}/payment (operation `create_payment_with_loyalty_methods` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): Location ID
        document_id (int): Document ID
        body (PaymentAtTheCheckout | PaymentViaClientPersonalAccount | PaymentWithAGiftCard |
            PaymentWithMembershipWorksOnlyForTheVisit | PayWithALoyaltyCard | PayWithALoyaltyProgram |
            PayWithReferralProgramWorksOnlyForVisit):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        CreatePaymentWithLoyaltyMethodsResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            document_id=document_id,
            body=body,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    document_id: int,
    *,
    body: PaymentAtTheCheckout
    | PaymentViaClientPersonalAccount
    | PaymentWithAGiftCard
    | PaymentWithMembershipWorksOnlyForTheVisit
    | PayWithALoyaltyCard
    | PayWithALoyaltyProgram
    | PayWithReferralProgramWorksOnlyForVisit,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[CreatePaymentWithLoyaltyMethodsResponse200]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            document_id=document_id,
            body=body,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    document_id: int,
    *,
    body: PaymentAtTheCheckout
    | PaymentViaClientPersonalAccount
    | PaymentWithAGiftCard
    | PaymentWithMembershipWorksOnlyForTheVisit
    | PayWithALoyaltyCard
    | PayWithALoyaltyProgram
    | PayWithReferralProgramWorksOnlyForVisit,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> CreatePaymentWithLoyaltyMethodsResponse200 | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                document_id=document_id,
                body=body,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    document_id: int,
    *,
    body: PaymentAtTheCheckout
    | PaymentViaClientPersonalAccount
    | PaymentWithAGiftCard
    | PaymentWithMembershipWorksOnlyForTheVisit
    | PayWithALoyaltyCard
    | PayWithALoyaltyProgram
    | PayWithReferralProgramWorksOnlyForVisit,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[CreatePaymentWithLoyaltyMethodsResponse200]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            document_id=document_id,
            body=body,
        ),
        _parse_data,
        options,
    )
