"""``loyalty_programs``: the Loyalty Programs operations of Altegio's Business Management API as methods
(``client.loyalty_programs.<operation_id>(...)``; ``client.aio.loyalty_programs`` has the async forms). Each
is the module function ``altegio_b2b.api.loyalty_programs.<operation_id>.sync`` with the
client filled in: the same arguments, return type and errors."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ..._runtime.options import RequestOptions
    from ...client import AltegioClient
    from ...models.apply_discount_promotion_body import ApplyDiscountPromotionBody
    from ...models.apply_discount_promotion_response_200 import ApplyDiscountPromotionResponse200
    from ...models.apply_loyalty_card_deduction_body import ApplyLoyaltyCardDeductionBody
    from ...models.apply_loyalty_card_deduction_response_200 import ApplyLoyaltyCardDeductionResponse200
    from ...models.apply_referral_program_body import ApplyReferralProgramBody
    from ...models.apply_referral_program_response_200 import ApplyReferralProgramResponse200
    from ...models.cancel_discount_promotion_body import CancelDiscountPromotionBody
    from ...models.cancel_discount_promotion_response_200 import CancelDiscountPromotionResponse200
    from ...models.cancel_loyalty_card_withdrawal_body import CancelLoyaltyCardWithdrawalBody
    from ...models.cancel_loyalty_card_withdrawal_response_200 import CancelLoyaltyCardWithdrawalResponse200
    from ...models.generate_loyalty_code_response_200 import GenerateLoyaltyCodeResponse200
    from ...models.get_location_loyalty_program_list_response_200_item import (
        GetLocationLoyaltyProgramListResponse200Item,
    )
    from ...models.get_location_loyalty_program_list_type import GetLocationLoyaltyProgramListType
    from ...models.get_loyalty_transactions_by_visit_response_200_item import (
        GetLoyaltyTransactionsByVisitResponse200Item,
    )


class LoyaltyPrograms:
    """The Loyalty Programs operations as methods of ``client.loyalty_programs``."""

    __slots__ = ("_client",)

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<loyalty_programs: {len(self.__dir__())} operations of {self._client!r}>"

    def __dir__(self) -> list[str]:
        return [
            "apply_discount_promotion",
            "apply_loyalty_card_deduction",
            "apply_referral_program",
            "cancel_discount_promotion",
            "cancel_loyalty_card_withdrawal",
            "generate_loyalty_code",
            "get_location_loyalty_program_list",
            "get_loyalty_transactions_by_visit",
        ]

    def apply_discount_promotion(
        self,
        location_id: int,
        card_id: int,
        program_id: int,
        *,
        body: ApplyDiscountPromotionBody,
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
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            ApplyDiscountPromotionResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.loyalty_programs.apply_discount_promotion.sync``; ``client.aio`` has the async form.
        """

        from .apply_discount_promotion import sync

        return sync(
            location_id=location_id,
            card_id=card_id,
            program_id=program_id,
            body=body,
            client=self._client,
            options=options,
        )

    def apply_loyalty_card_deduction(
        self,
        location_id: int,
        card_id: int,
        *,
        body: ApplyLoyaltyCardDeductionBody,
        options: RequestOptions | None = None,
    ) -> ApplyLoyaltyCardDeductionResponse200 | None:
        """Apply Deduction from the Loyalty Card in the Visit

        The amount deducted will not exceed the available bonus balance. If the value is set to 0, no write-
        off transaction will occur

        POST /visit/loyalty/apply_card_withdrawal/{location_id}/{card_id} (operation `apply_loyalty_card_deduction` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): Location ID
            card_id (int): Client card ID
            body (ApplyLoyaltyCardDeductionBody): Apply Deduction from the Loyalty Card in the Visit
                Example: {'record_id': 140967944, 'visit_id': 118389447, 'amount': 100}.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            ApplyLoyaltyCardDeductionResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.loyalty_programs.apply_loyalty_card_deduction.sync``; ``client.aio`` has the async form.
        """

        from .apply_loyalty_card_deduction import sync

        return sync(
            location_id=location_id,
            card_id=card_id,
            body=body,
            client=self._client,
            options=options,
        )

    def apply_referral_program(
        self,
        location_id: int,
        chain_id: int,
        *,
        body: ApplyReferralProgramBody,
        options: RequestOptions | None = None,
    ) -> ApplyReferralProgramResponse200 | None:
        """Apply Referral Program During a Visit

        Applying a referral program to a visit

        POST /visit/loyalty/apply_referral_program/{location_id}/{chain_id} (operation `apply_referral_program` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): Location ID
            chain_id (int): ID of the chain where the referral program is configured
            body (ApplyReferralProgramBody): Apply referral program in a visit Example: {'record_id':
                140967944, 'visit_id': 118389447, 'referrer_phone': 13155550175}.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            ApplyReferralProgramResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.loyalty_programs.apply_referral_program.sync``; ``client.aio`` has the async form.
        """

        from .apply_referral_program import sync

        return sync(
            location_id=location_id,
            chain_id=chain_id,
            body=body,
            client=self._client,
            options=options,
        )

    def cancel_discount_promotion(
        self,
        location_id: int,
        card_id: int,
        program_id: int,
        *,
        body: CancelDiscountPromotionBody,
        options: RequestOptions | None = None,
    ) -> CancelDiscountPromotionResponse200 | None:
        """Cancel the Application of the Discount Promotion in the Visit

        Cancellation of the promotion applied to the visit.

        POST /visit/loyalty/cancel_discount_program/{location_id}/{card_id}/{program_id} (operation `cancel_discount_promotion` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): Location ID
            card_id (int): Client card ID
            program_id (int): ID of the promotion linked to the card
            body (CancelDiscountPromotionBody): Apply promotion Example: {'record_id': 0, 'visit_id':
                0}.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            CancelDiscountPromotionResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.loyalty_programs.cancel_discount_promotion.sync``; ``client.aio`` has the async form.
        """

        from .cancel_discount_promotion import sync

        return sync(
            location_id=location_id,
            card_id=card_id,
            program_id=program_id,
            body=body,
            client=self._client,
            options=options,
        )

    def cancel_loyalty_card_withdrawal(
        self,
        location_id: int,
        card_id: int,
        *,
        body: CancelLoyaltyCardWithdrawalBody,
        options: RequestOptions | None = None,
    ) -> CancelLoyaltyCardWithdrawalResponse200 | None:
        """Cancel Withdrawal from the Loyalty Card During the Visit

        Cancellation of write-off from the loyalty card.

        POST /visit/loyalty/cancel_card_withdrawal/{location_id}/{card_id} (operation `cancel_loyalty_card_withdrawal` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): Location ID
            card_id (int): Client card ID
            body (CancelLoyaltyCardWithdrawalBody): Apply promotion Example: {'record_id': 0,
                'visit_id': 0}.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            CancelLoyaltyCardWithdrawalResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.loyalty_programs.cancel_loyalty_card_withdrawal.sync``; ``client.aio`` has the async form.
        """

        from .cancel_loyalty_card_withdrawal import sync

        return sync(
            location_id=location_id,
            card_id=card_id,
            body=body,
            client=self._client,
            options=options,
        )

    def generate_loyalty_code(
        self,
        location_id: int,
        product_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> GenerateLoyaltyCodeResponse200 | None:
        """Gift Card/Membership Code Generation

        + Options
            + location_id (required, number, `1`) - location ID
            + product_id (required, number, `1`) - product ID (gift card/ membership)

        GET /loyalty/generate_code/{location_id}/{product_id} (operation `generate_loyalty_code` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): Location ID
            product_id (int): Product ID (membership/gift card)
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            GenerateLoyaltyCodeResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.loyalty_programs.generate_loyalty_code.sync``; ``client.aio`` has the async form.
        """

        from .generate_loyalty_code import sync

        return sync(
            location_id=location_id,
            product_id=product_id,
            client=self._client,
            options=options,
        )

    def get_location_loyalty_program_list(
        self,
        location_id: int,
        *,
        include: str | Unset = UNSET,
        type_: GetLocationLoyaltyProgramListType | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[GetLocationLoyaltyProgramListResponse200Item] | None:
        """Get a List of Promotions Active in the Location

        The method allows you to get a list of promotions that are active for the specified location.

        GET /company/{location_id}/loyalty/programs/search (operation `get_location_loyalty_program_list` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            include (str | Unset): The first_transaction_date value adds the date of the first stock
                transaction to the response.
            type_ (GetLocationLoyaltyProgramListType | Unset): Promotion type
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[GetLocationLoyaltyProgramListResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.loyalty_programs.get_location_loyalty_program_list.sync``; ``client.aio`` has the async form.
        """

        from .get_location_loyalty_program_list import sync

        return sync(
            location_id=location_id,
            include=include,
            type_=type_,
            client=self._client,
            options=options,
        )

    def get_loyalty_transactions_by_visit(
        self,
        visit_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[GetLoyaltyTransactionsByVisitResponse200Item] | None:
        """Get loyalty transactions by visit

        List of transactions for loyalty promotions for this visit

        GET /visit/loyalty/transactions/{visit_id} (operation `get_loyalty_transactions_by_visit` of the Business Management API); needs the partner and the user token.

        Args:
            visit_id (int): Visit ID
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[GetLoyaltyTransactionsByVisitResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.loyalty_programs.get_loyalty_transactions_by_visit.sync``; ``client.aio`` has the async form.
        """

        from .get_loyalty_transactions_by_visit import sync

        return sync(
            visit_id=visit_id,
            client=self._client,
            options=options,
        )


class AsyncLoyaltyPrograms:
    """The async forms: ``await client.aio.loyalty_programs.<operation_id>(...)``."""

    __slots__ = ("_client",)

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<aio.loyalty_programs: {len(self.__dir__())} operations of {self._client!r}>"

    def __dir__(self) -> list[str]:
        return [
            "apply_discount_promotion",
            "apply_loyalty_card_deduction",
            "apply_referral_program",
            "cancel_discount_promotion",
            "cancel_loyalty_card_withdrawal",
            "generate_loyalty_code",
            "get_location_loyalty_program_list",
            "get_loyalty_transactions_by_visit",
        ]

    async def apply_discount_promotion(
        self,
        location_id: int,
        card_id: int,
        program_id: int,
        *,
        body: ApplyDiscountPromotionBody,
        options: RequestOptions | None = None,
    ) -> ApplyDiscountPromotionResponse200 | None:
        """The async form of ``client.loyalty_programs.apply_discount_promotion`` (see its docstring)."""
        from .apply_discount_promotion import asyncio

        return await asyncio(
            location_id=location_id,
            card_id=card_id,
            program_id=program_id,
            body=body,
            client=self._client,
            options=options,
        )

    async def apply_loyalty_card_deduction(
        self,
        location_id: int,
        card_id: int,
        *,
        body: ApplyLoyaltyCardDeductionBody,
        options: RequestOptions | None = None,
    ) -> ApplyLoyaltyCardDeductionResponse200 | None:
        """The async form of ``client.loyalty_programs.apply_loyalty_card_deduction`` (see its docstring)."""
        from .apply_loyalty_card_deduction import asyncio

        return await asyncio(
            location_id=location_id,
            card_id=card_id,
            body=body,
            client=self._client,
            options=options,
        )

    async def apply_referral_program(
        self,
        location_id: int,
        chain_id: int,
        *,
        body: ApplyReferralProgramBody,
        options: RequestOptions | None = None,
    ) -> ApplyReferralProgramResponse200 | None:
        """The async form of ``client.loyalty_programs.apply_referral_program`` (see its docstring)."""
        from .apply_referral_program import asyncio

        return await asyncio(
            location_id=location_id,
            chain_id=chain_id,
            body=body,
            client=self._client,
            options=options,
        )

    async def cancel_discount_promotion(
        self,
        location_id: int,
        card_id: int,
        program_id: int,
        *,
        body: CancelDiscountPromotionBody,
        options: RequestOptions | None = None,
    ) -> CancelDiscountPromotionResponse200 | None:
        """The async form of ``client.loyalty_programs.cancel_discount_promotion`` (see its docstring)."""
        from .cancel_discount_promotion import asyncio

        return await asyncio(
            location_id=location_id,
            card_id=card_id,
            program_id=program_id,
            body=body,
            client=self._client,
            options=options,
        )

    async def cancel_loyalty_card_withdrawal(
        self,
        location_id: int,
        card_id: int,
        *,
        body: CancelLoyaltyCardWithdrawalBody,
        options: RequestOptions | None = None,
    ) -> CancelLoyaltyCardWithdrawalResponse200 | None:
        """The async form of ``client.loyalty_programs.cancel_loyalty_card_withdrawal`` (see its docstring)."""
        from .cancel_loyalty_card_withdrawal import asyncio

        return await asyncio(
            location_id=location_id,
            card_id=card_id,
            body=body,
            client=self._client,
            options=options,
        )

    async def generate_loyalty_code(
        self,
        location_id: int,
        product_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> GenerateLoyaltyCodeResponse200 | None:
        """The async form of ``client.loyalty_programs.generate_loyalty_code`` (see its docstring)."""
        from .generate_loyalty_code import asyncio

        return await asyncio(
            location_id=location_id,
            product_id=product_id,
            client=self._client,
            options=options,
        )

    async def get_location_loyalty_program_list(
        self,
        location_id: int,
        *,
        include: str | Unset = UNSET,
        type_: GetLocationLoyaltyProgramListType | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[GetLocationLoyaltyProgramListResponse200Item] | None:
        """The async form of ``client.loyalty_programs.get_location_loyalty_program_list`` (see its docstring)."""
        from .get_location_loyalty_program_list import asyncio

        return await asyncio(
            location_id=location_id,
            include=include,
            type_=type_,
            client=self._client,
            options=options,
        )

    async def get_loyalty_transactions_by_visit(
        self,
        visit_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[GetLoyaltyTransactionsByVisitResponse200Item] | None:
        """The async form of ``client.loyalty_programs.get_loyalty_transactions_by_visit`` (see its docstring)."""
        from .get_loyalty_transactions_by_visit import asyncio

        return await asyncio(
            visit_id=visit_id,
            client=self._client,
            options=options,
        )
