"""``payments``: the Payments operations of Altegio's Business Management API as methods
(``client.payments.<operation_id>(...)``; ``client.aio.payments`` has the async forms). Each
is the module function ``altegio_b2b.api.payments.<operation_id>.sync`` with the
client filled in: the same arguments, return type and errors."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ..._runtime.options import RequestOptions
    from ...client import AltegioClient
    from ...models.create_financial_transaction_body import CreateFinancialTransactionBody
    from ...models.create_financial_transaction_response_200 import CreateFinancialTransactionResponse200
    from ...models.get_account_list_response_200_item import GetAccountListResponse200Item
    from ...models.get_document_financial_transactions_response_200_item import (
        GetDocumentFinancialTransactionsResponse200Item,
    )
    from ...models.get_financial_transaction_response_200_item import GetFinancialTransactionResponse200Item
    from ...models.get_transactions_by_visit_or_appointment_id_response_200_item import (
        GetTransactionsByVisitOrAppointmentIdResponse200Item,
    )
    from ...models.get_transactions_response_200_item import GetTransactionsResponse200Item
    from ...models.update_financial_transaction_body import UpdateFinancialTransactionBody
    from ...models.update_financial_transaction_response_200_item import UpdateFinancialTransactionResponse200Item


class Payments:
    """The Payments operations as methods of ``client.payments``."""

    __slots__ = ("_client",)

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<payments: {len(self.__dir__())} operations of {self._client!r}>"

    def __dir__(self) -> list[str]:
        return [
            "create_financial_transaction",
            "delete_financial_transaction",
            "get_account_list",
            "get_document_financial_transactions",
            "get_financial_transaction",
            "get_transactions",
            "get_transactions_by_visit_or_appointment_id",
            "update_financial_transaction",
        ]

    def create_financial_transaction(
        self,
        location_id: int,
        *,
        body: CreateFinancialTransactionBody,
        options: RequestOptions | None = None,
    ) -> CreateFinancialTransactionResponse200 | None:
        """Create a Financial Transaction

        POST /finance_transactions/{location_id} (operation `create_financial_transaction` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            body (CreateFinancialTransactionBody): Create a Financial Transaction Example:
                {'expense_id': 2640, 'amount': 100, 'account_id': 39105, 'client_id': 4240788,
                'supplier_id': 0, 'master_id': 0, 'comment': 'Test transaction comment', 'date':
                '2026-08-29T10:00:00-05:00'}.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            CreateFinancialTransactionResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.payments.create_financial_transaction.sync``; ``client.aio`` has the async form.
        """

        from .create_financial_transaction import sync

        return sync(
            location_id=location_id,
            body=body,
            client=self._client,
            options=options,
        )

    def delete_financial_transaction(
        self,
        location_id: int,
        transaction_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """Deleting a transaction

        DELETE /finance_transactions/{location_id}/{transaction_id} (operation `delete_financial_transaction` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            transaction_id (int): transaction ID
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.payments.delete_financial_transaction.sync``; ``client.aio`` has the async form.
        """

        from .delete_financial_transaction import sync

        return sync(
            location_id=location_id,
            transaction_id=transaction_id,
            client=self._client,
            options=options,
        )

    def get_account_list(
        self,
        location_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[GetAccountListResponse200Item] | None:
        """Get location accounts

        The location account object has the following fields:

        | Field | Type | Description |
        | ------------- | ------------- | ------------- |
        | id | number | Location account ID |
        | title | string | Title |
        | type | number | 1 - for non-cash payments, 0 for cash |
        | comment | string | Description to the location account |

        GET /accounts/{location_id} (operation `get_account_list` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[GetAccountListResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.payments.get_account_list.sync``; ``client.aio`` has the async form.
        """

        from .get_account_list import sync

        return sync(
            location_id=location_id,
            client=self._client,
            options=options,
        )

    def get_document_financial_transactions(
        self,
        document_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[GetDocumentFinancialTransactionsResponse200Item] | None:
        """Get document financial transactions

        GET /storage_operations/documents/finance_transactions/{document_id} (operation `get_document_financial_transactions` of the Business Management API); needs the partner and the user token.

        Args:
            document_id (int): Document ID
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[GetDocumentFinancialTransactionsResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.payments.get_document_financial_transactions.sync``; ``client.aio`` has the async form.
        """

        from .get_document_financial_transactions import sync

        return sync(
            document_id=document_id,
            client=self._client,
            options=options,
        )

    def get_financial_transaction(
        self,
        location_id: int,
        transaction_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[GetFinancialTransactionResponse200Item] | None:
        """Getting a financial transaction

        GET /finance_transactions/{location_id}/{transaction_id} (operation `get_financial_transaction` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            transaction_id (int): transaction ID
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[GetFinancialTransactionResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.payments.get_financial_transaction.sync``; ``client.aio`` has the async form.
        """

        from .get_financial_transaction import sync

        return sync(
            location_id=location_id,
            transaction_id=transaction_id,
            client=self._client,
            options=options,
        )

    def get_transactions(
        self,
        location_id: int,
        *,
        page: int | Unset = UNSET,
        count: int | Unset = UNSET,
        account_id: int | Unset = UNSET,
        supplier_id: int | Unset = UNSET,
        client_id: int | Unset = UNSET,
        user_id: int | Unset = UNSET,
        master_id: int | Unset = UNSET,
        type_: int | Unset = UNSET,
        real_money: int | Unset = UNSET,
        deleted: int | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        balance_is: int | Unset = UNSET,
        document_id: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[GetTransactionsResponse200Item] | None:
        """Get transactions

        #### Transaction filtering

        + page: Page number

        + count: Number of customers per page

        + account_id: Checkout ID

        + supplier_id: Supplier ID

        + client_id: Client ID

        + user_id: user ID

        + master_id: team member ID

        + type: transaction type

        + real_money: Indicates whether this is a real-money (fiat) transaction

        + deleted: whether the transaction was deleted

        + start_date: start date of the period

        + end_date: end date of the period

        + balance_is: 0 - any balance, 1 - positive, 2 - negative

        + document_id: document ID

        GET /transactions/{location_id} (operation `get_transactions` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            page (int | Unset): Page number
            count (int | Unset): Number of customers per page
            account_id (int | Unset): Checkout ID
            supplier_id (int | Unset): Supplier ID
            client_id (int | Unset): Client ID
            user_id (int | Unset): User ID
            master_id (int | Unset): team member ID
            type_ (int | Unset): transaction type
            real_money (int | Unset): Indicates whether this is a real-money (fiat) transaction
            deleted (int | Unset): whether the transaction was deleted
            start_date (datetime.date | Unset): period start date
            end_date (datetime.date | Unset): period end date
            balance_is (int | Unset): 0 - any balance, 1 - positive, 2 - negative
            document_id (int | Unset): document ID
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[GetTransactionsResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.payments.get_transactions.sync``; ``client.aio`` has the async form.
        """

        from .get_transactions import sync

        return sync(
            location_id=location_id,
            page=page,
            count=count,
            account_id=account_id,
            supplier_id=supplier_id,
            client_id=client_id,
            user_id=user_id,
            master_id=master_id,
            type_=type_,
            real_money=real_money,
            deleted=deleted,
            start_date=start_date,
            end_date=end_date,
            balance_is=balance_is,
            document_id=document_id,
            client=self._client,
            options=options,
        )

    def get_transactions_by_visit_or_appointment_id(
        self,
        location_id: int,
        *,
        record_id: int | Unset = UNSET,
        visit_id: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[GetTransactionsByVisitOrAppointmentIdResponse200Item] | None:
        """Get Transactions by Visit or Appointment ID

        #### Transaction filtering

        + record_id: Appointment ID

        + visit_id: ID of the visit

        GET /timetable/transactions/{location_id} (operation `get_transactions_by_visit_or_appointment_id` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            record_id (int | Unset): Appointment ID
            visit_id (int | Unset): Visit ID
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[GetTransactionsByVisitOrAppointmentIdResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.payments.get_transactions_by_visit_or_appointment_id.sync``; ``client.aio`` has the async form.
        """

        from .get_transactions_by_visit_or_appointment_id import sync

        return sync(
            location_id=location_id,
            record_id=record_id,
            visit_id=visit_id,
            client=self._client,
            options=options,
        )

    def update_financial_transaction(
        self,
        location_id: int,
        transaction_id: int,
        *,
        body: UpdateFinancialTransactionBody,
        options: RequestOptions | None = None,
    ) -> list[UpdateFinancialTransactionResponse200Item] | None:
        """Financial Transaction Update

        PUT /finance_transactions/{location_id}/{transaction_id} (operation `update_financial_transaction` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            transaction_id (int): transaction ID
            body (UpdateFinancialTransactionBody): Create a Financial Transaction Example:
                {'expense_id': 2640, 'amount': 100, 'account_id': 39105, 'client_id': 4240788,
                'supplier_id': 0, 'master_id': 0, 'comment': 'Test transaction comment', 'date':
                '2026-08-29T10:00:00-05:00'}.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[UpdateFinancialTransactionResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.payments.update_financial_transaction.sync``; ``client.aio`` has the async form.
        """

        from .update_financial_transaction import sync

        return sync(
            location_id=location_id,
            transaction_id=transaction_id,
            body=body,
            client=self._client,
            options=options,
        )


class AsyncPayments:
    """The async forms: ``await client.aio.payments.<operation_id>(...)``."""

    __slots__ = ("_client",)

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<aio.payments: {len(self.__dir__())} operations of {self._client!r}>"

    def __dir__(self) -> list[str]:
        return [
            "create_financial_transaction",
            "delete_financial_transaction",
            "get_account_list",
            "get_document_financial_transactions",
            "get_financial_transaction",
            "get_transactions",
            "get_transactions_by_visit_or_appointment_id",
            "update_financial_transaction",
        ]

    async def create_financial_transaction(
        self,
        location_id: int,
        *,
        body: CreateFinancialTransactionBody,
        options: RequestOptions | None = None,
    ) -> CreateFinancialTransactionResponse200 | None:
        """The async form of ``client.payments.create_financial_transaction`` (see its docstring)."""
        from .create_financial_transaction import asyncio

        return await asyncio(
            location_id=location_id,
            body=body,
            client=self._client,
            options=options,
        )

    async def delete_financial_transaction(
        self,
        location_id: int,
        transaction_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """The async form of ``client.payments.delete_financial_transaction`` (see its docstring)."""
        from .delete_financial_transaction import asyncio

        return await asyncio(
            location_id=location_id,
            transaction_id=transaction_id,
            client=self._client,
            options=options,
        )

    async def get_account_list(
        self,
        location_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[GetAccountListResponse200Item] | None:
        """The async form of ``client.payments.get_account_list`` (see its docstring)."""
        from .get_account_list import asyncio

        return await asyncio(
            location_id=location_id,
            client=self._client,
            options=options,
        )

    async def get_document_financial_transactions(
        self,
        document_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[GetDocumentFinancialTransactionsResponse200Item] | None:
        """The async form of ``client.payments.get_document_financial_transactions`` (see its docstring)."""
        from .get_document_financial_transactions import asyncio

        return await asyncio(
            document_id=document_id,
            client=self._client,
            options=options,
        )

    async def get_financial_transaction(
        self,
        location_id: int,
        transaction_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[GetFinancialTransactionResponse200Item] | None:
        """The async form of ``client.payments.get_financial_transaction`` (see its docstring)."""
        from .get_financial_transaction import asyncio

        return await asyncio(
            location_id=location_id,
            transaction_id=transaction_id,
            client=self._client,
            options=options,
        )

    async def get_transactions(
        self,
        location_id: int,
        *,
        page: int | Unset = UNSET,
        count: int | Unset = UNSET,
        account_id: int | Unset = UNSET,
        supplier_id: int | Unset = UNSET,
        client_id: int | Unset = UNSET,
        user_id: int | Unset = UNSET,
        master_id: int | Unset = UNSET,
        type_: int | Unset = UNSET,
        real_money: int | Unset = UNSET,
        deleted: int | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        balance_is: int | Unset = UNSET,
        document_id: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[GetTransactionsResponse200Item] | None:
        """The async form of ``client.payments.get_transactions`` (see its docstring)."""
        from .get_transactions import asyncio

        return await asyncio(
            location_id=location_id,
            page=page,
            count=count,
            account_id=account_id,
            supplier_id=supplier_id,
            client_id=client_id,
            user_id=user_id,
            master_id=master_id,
            type_=type_,
            real_money=real_money,
            deleted=deleted,
            start_date=start_date,
            end_date=end_date,
            balance_is=balance_is,
            document_id=document_id,
            client=self._client,
            options=options,
        )

    async def get_transactions_by_visit_or_appointment_id(
        self,
        location_id: int,
        *,
        record_id: int | Unset = UNSET,
        visit_id: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[GetTransactionsByVisitOrAppointmentIdResponse200Item] | None:
        """The async form of ``client.payments.get_transactions_by_visit_or_appointment_id`` (see its docstring)."""
        from .get_transactions_by_visit_or_appointment_id import asyncio

        return await asyncio(
            location_id=location_id,
            record_id=record_id,
            visit_id=visit_id,
            client=self._client,
            options=options,
        )

    async def update_financial_transaction(
        self,
        location_id: int,
        transaction_id: int,
        *,
        body: UpdateFinancialTransactionBody,
        options: RequestOptions | None = None,
    ) -> list[UpdateFinancialTransactionResponse200Item] | None:
        """The async form of ``client.payments.update_financial_transaction`` (see its docstring)."""
        from .update_financial_transaction import asyncio

        return await asyncio(
            location_id=location_id,
            transaction_id=transaction_id,
            body=body,
            client=self._client,
            options=options,
        )
