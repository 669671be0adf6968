"""``sales``: the Sales operations of Altegio's Business Management API as methods
(``client.sales.<operation_id>(...)``; ``client.aio.sales`` has the async forms). Each
is the module function ``altegio_b2b.api.sales.<operation_id>.sync`` with the
client filled in: the same arguments, return type and errors."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..._runtime.options import RequestOptions
    from ...client import AltegioClient
    from ...models.create_payment_with_loyalty_methods_response_200 import CreatePaymentWithLoyaltyMethodsResponse200
    from ...models.delete_location_account_payment_response_200 import DeleteLocationAccountPaymentResponse200
    from ...models.delete_loyalty_payment_transaction_response_200 import DeleteLoyaltyPaymentTransactionResponse200
    from ...models.get_sale_transaction_response_200 import GetSaleTransactionResponse200
    from ...models.pay_with_a_loyalty_card import PayWithALoyaltyCard
    from ...models.pay_with_a_loyalty_program import PayWithALoyaltyProgram
    from ...models.pay_with_referral_program_works_only_for_visit import PayWithReferralProgramWorksOnlyForVisit
    from ...models.payment_at_the_checkout import PaymentAtTheCheckout
    from ...models.payment_via_client_personal_account import PaymentViaClientPersonalAccount
    from ...models.payment_with_a_gift_card import PaymentWithAGiftCard
    from ...models.payment_with_membership_works_only_for_the_visit import PaymentWithMembershipWorksOnlyForTheVisit


class Sales:
    """The Sales operations as methods of ``client.sales``."""

    __slots__ = ("_client",)

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<sales: {len(self.__dir__())} operations of {self._client!r}>"

    def __dir__(self) -> list[str]:
        return [
            "create_payment_with_loyalty_methods",
            "delete_location_account_payment",
            "delete_loyalty_payment_transaction",
            "get_sale_transaction",
        ]

    def create_payment_with_loyalty_methods(
        self,
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
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            CreatePaymentWithLoyaltyMethodsResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.sales.create_payment_with_loyalty_methods.sync``; ``client.aio`` has the async form.
        """

        from .create_payment_with_loyalty_methods import sync

        return sync(
            location_id=location_id,
            document_id=document_id,
            body=body,
            client=self._client,
            options=options,
        )

    def delete_location_account_payment(
        self,
        location_id: int,
        document_id: int,
        payment_transaction_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> DeleteLocationAccountPaymentResponse200 | None:
        """Delete a Cashier Payment Transaction

        As a response, information about the [Sale operation](#sale-operation) is returned

        DELETE /company/{location_id}/sale/{document_id}/payment/payment_transaction/{payment_transaction_id} (operation `delete_location_account_payment` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): Location ID
            document_id (int): Sales Document ID
            payment_transaction_id (int): transaction ID
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            DeleteLocationAccountPaymentResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.sales.delete_location_account_payment.sync``; ``client.aio`` has the async form.
        """

        from .delete_location_account_payment import sync

        return sync(
            location_id=location_id,
            document_id=document_id,
            payment_transaction_id=payment_transaction_id,
            client=self._client,
            options=options,
        )

    def delete_loyalty_payment_transaction(
        self,
        location_id: int,
        document_id: int,
        payment_transaction_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> DeleteLoyaltyPaymentTransactionResponse200 | None:
        """Delete a Loyalty Payment Transaction

        As a response, information about the [Sale operation](#sale-operation) is returned

        DELETE /company/{location_id}/sale/{document_id}/payment/loyalty_transaction/{payment_transaction_id} (operation `delete_loyalty_payment_transaction` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): Location ID
            document_id (int): Sales Document ID
            payment_transaction_id (int): transaction ID
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            DeleteLoyaltyPaymentTransactionResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.sales.delete_loyalty_payment_transaction.sync``; ``client.aio`` has the async form.
        """

        from .delete_loyalty_payment_transaction import sync

        return sync(
            location_id=location_id,
            document_id=document_id,
            payment_transaction_id=payment_transaction_id,
            client=self._client,
            options=options,
        )

    def get_sale_transaction(
        self,
        location_id: int,
        document_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> GetSaleTransactionResponse200 | None:
        """Receipt of a Sales Transaction

        GET /company/{location_id}/sale/{document_id} (operation `get_sale_transaction` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): Location ID
            document_id (int): Sales Document ID
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            GetSaleTransactionResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.sales.get_sale_transaction.sync``; ``client.aio`` has the async form.
        """

        from .get_sale_transaction import sync

        return sync(
            location_id=location_id,
            document_id=document_id,
            client=self._client,
            options=options,
        )


class AsyncSales:
    """The async forms: ``await client.aio.sales.<operation_id>(...)``."""

    __slots__ = ("_client",)

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<aio.sales: {len(self.__dir__())} operations of {self._client!r}>"

    def __dir__(self) -> list[str]:
        return [
            "create_payment_with_loyalty_methods",
            "delete_location_account_payment",
            "delete_loyalty_payment_transaction",
            "get_sale_transaction",
        ]

    async def create_payment_with_loyalty_methods(
        self,
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
        options: RequestOptions | None = None,
    ) -> CreatePaymentWithLoyaltyMethodsResponse200 | None:
        """The async form of ``client.sales.create_payment_with_loyalty_methods`` (see its docstring)."""
        from .create_payment_with_loyalty_methods import asyncio

        return await asyncio(
            location_id=location_id,
            document_id=document_id,
            body=body,
            client=self._client,
            options=options,
        )

    async def delete_location_account_payment(
        self,
        location_id: int,
        document_id: int,
        payment_transaction_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> DeleteLocationAccountPaymentResponse200 | None:
        """The async form of ``client.sales.delete_location_account_payment`` (see its docstring)."""
        from .delete_location_account_payment import asyncio

        return await asyncio(
            location_id=location_id,
            document_id=document_id,
            payment_transaction_id=payment_transaction_id,
            client=self._client,
            options=options,
        )

    async def delete_loyalty_payment_transaction(
        self,
        location_id: int,
        document_id: int,
        payment_transaction_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> DeleteLoyaltyPaymentTransactionResponse200 | None:
        """The async form of ``client.sales.delete_loyalty_payment_transaction`` (see its docstring)."""
        from .delete_loyalty_payment_transaction import asyncio

        return await asyncio(
            location_id=location_id,
            document_id=document_id,
            payment_transaction_id=payment_transaction_id,
            client=self._client,
            options=options,
        )

    async def get_sale_transaction(
        self,
        location_id: int,
        document_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> GetSaleTransactionResponse200 | None:
        """The async form of ``client.sales.get_sale_transaction`` (see its docstring)."""
        from .get_sale_transaction import asyncio

        return await asyncio(
            location_id=location_id,
            document_id=document_id,
            client=self._client,
            options=options,
        )
