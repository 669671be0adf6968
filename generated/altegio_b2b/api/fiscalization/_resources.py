"""``fiscalization``: the Fiscalization operations of Altegio's Business Management API as methods
(``client.fiscalization.<operation_id>(...)``; ``client.aio.fiscalization`` has the async forms). Each
is the module function ``altegio_b2b.api.fiscalization.<operation_id>.sync`` with the
client filled in: the same arguments, return type and errors."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ..._runtime.options import RequestOptions
    from ...client import AltegioClient
    from ...models.get_fiscal_transaction_list_response_200_item import GetFiscalTransactionListResponse200Item
    from ...models.get_tax_system_list_response_200_item import GetTaxSystemListResponse200Item
    from ...models.handle_fiscalization_callback_body import HandleFiscalizationCallbackBody
    from ...models.print_fiscal_receipt_body import PrintFiscalReceiptBody
    from ...models.print_fiscal_receipt_response_200 import PrintFiscalReceiptResponse200


class Fiscalization:
    """The Fiscalization operations as methods of ``client.fiscalization``."""

    __slots__ = ("_client",)

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<fiscalization: {len(self.__dir__())} operations of {self._client!r}>"

    def __dir__(self) -> list[str]:
        return [
            "get_fiscal_transaction_list",
            "get_tax_system_list",
            "handle_fiscalization_callback",
            "print_fiscal_receipt",
        ]

    def get_fiscal_transaction_list(
        self,
        location_id: int,
        *,
        page: int | Unset = UNSET,
        editable_length: int | Unset = UNSET,
        type_: float | Unset = UNSET,
        status: float | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[GetFiscalTransactionListResponse200Item] | None:
        """Get fiscal transactions

        Filters

        | Parameter | Description |
        | ------------- | ------------- |
        | page | Page number |
        | editable_length | Number of clients per page |
        | type | Operation type |
        | status | Operation status |
        | start_date | Period start date |
        | end_date | Period end date |

        <a name="kkm-transaction-types"></a>
        Types of all transactions with location account

        | Meaning | Description |
        | ------------- | ------------- |
        | 0 |  Sales operation – Active for documents of type Visit |
        | 1 | Sale return operation – Active for documents of type Visit |
        | 2 | Correction operation |
        | 4 | Shift opening operation – Opens a new POS shift |
        | 5 | Shift closing operation – Closes the current POS shift |
        | 9 | Get POS status – Retrieves the current status of the POS device |
        | 11 | Get POS team status – Retrieves the status of all POS devices connected to the team |
        | 12 | Correction operation |
        | 13 | Print X-report – Prints a non-fiscal summary report of the current shift |
        | 6 | Cash deposit – Registers a cash-in transaction in the POS |
        | 7 | Cash withdrawal – Registers a cash-out transaction in the POS |

        Statuses of All POS Operations

        | Meaning | Description |
        | ------------- | ------------- |
        | 0 |  Connection error with POS – Unable to establish a connection with the POS device |
        | 1 |  Success – Operation completed successfully |
        | 2 | Sent for printing – The request has been sent to the POS and is waiting for print completion |
        | 3 | Runtime error – An error occurred while processing the operation on the POS device |
        | 4 | Status check error – Failed to retrieve the current status of the POS |
        | 5 | Waiting for POS readiness – Operation is pending until the POS device becomes ready |

        Document Types

        | Meaning | Description |
        | ------------- | ------------- |
        | 1 | Sale of products |
        | 2 | Provision of services |
        | 3 | Arrival of products |
        | 4 | Products write-off |
        | 5 | Transfer of products |
        | 6 | Inventory |
        | 7 | Visit |
        | 8 | Consumables write-off |
        | 9 | Deposit replenishment |

        GET /kkm_transactions/{location_id} (operation `get_fiscal_transaction_list` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            page (int | Unset): Page number
            editable_length (int | Unset): Number of customers per page
            type_ (float | Unset): Type of transaction
            status (float | Unset): Operation status
            start_date (datetime.date | Unset): Period start date
            end_date (datetime.date | Unset): Period end date
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[GetFiscalTransactionListResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.fiscalization.get_fiscal_transaction_list.sync``; ``client.aio`` has the async form.
        """

        from .get_fiscal_transaction_list import sync

        return sync(
            location_id=location_id,
            page=page,
            editable_length=editable_length,
            type_=type_,
            status=status,
            start_date=start_date,
            end_date=end_date,
            client=self._client,
            options=options,
        )

    def get_tax_system_list(
        self,
        country_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[GetTaxSystemListResponse200Item] | None:
        """List request example

        A list of **tax systems** and **VAT** available for a country can be obtained by requesting the
        country ID for which the list is to be obtained.
        The country ID can be obtained from [list of countries](#countries).

        The list is an array of [tax systems](#fiscalization-tax) with a nested [VAT](#fiscalization-vat)
        array for each tax system.

        **The taxation system** has the following structure:

        | Field | Type | Description |
        | -----------------| ---------------- | ----------------------- |
        | title | string | Name of taxation system |
        | slug | string | Code name for the taxation system |
        | vats | Array of objects([Vat](#fiscalization-vat)[]) | List of available VAT for the taxation
        system |

        <a name="fiscalization-vat"></a>
        **VAT** has the following structure:

        | Field | Type | Description |
        | -----------------| ---------------- | ----------------------- |
        | title | string | Title VAT |
        | slug | string | Code name VAT |

        GET /integration/kkm/references/tax_system/{country_id} (operation `get_tax_system_list` of the Business Management API); needs the partner and the user token.

        Args:
            country_id (int): Country ID
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[GetTaxSystemListResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.fiscalization.get_tax_system_list.sync``; ``client.aio`` has the async form.
        """

        from .get_tax_system_list import sync

        return sync(
            country_id=country_id,
            client=self._client,
            options=options,
        )

    def handle_fiscalization_callback(
        self,
        *,
        body: HandleFiscalizationCallbackBody | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """Example of a request in case of successful fiscalization or in case of an error

        POST /integration/kkm/callback (operation `handle_fiscalization_callback` of the Business Management API); needs the partner and the user token.

        Args:
            body (HandleFiscalizationCallbackBody | Unset):
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.fiscalization.handle_fiscalization_callback.sync``; ``client.aio`` has the async form.
        """

        from .handle_fiscalization_callback import sync

        return sync(
            body=body,
            client=self._client,
            options=options,
        )

    def print_fiscal_receipt(
        self,
        location_id: int,
        *,
        body: PrintFiscalReceiptBody | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> PrintFiscalReceiptResponse200 | None:
        """Print fiscal receipt

        Types of all transactions with location account

        | Meaning | Description |
        | ------------- | ------------- |
        | 0 | Sale operation (active for documents with types "Visit" and "Client account replenishment") |
        | 1 | Sale return operation (active for documents with types "Visit" and "Client account
        replenishment") |
        | 2 | Correction operation |
        | 4 | Shift opening operation – Opens a new POS shift |
        | 5 | Shift closing operation – Closes the current POS shift |
        | 9 | Get POS status – Retrieves the current status of the POS device |
        | 11 | Get POS team status – Retrieves the status of all POS devices connected to the team |
        | 12 | Correction operation |
        | 13 | Print X-report – Prints a non-fiscal summary report of the current shift |
        | 6 | Cash deposit – Registers a cash-in transaction in the POS |
        | 7 | Cash withdrawal – Registers a cash-out transaction in the POS |

        Document Types

        | Meaning | Description |
        | ------------- | ------------- |
        | 1 | Sale of products |
        | 2 | Provision of services |
        | 3 | Arrival of products |
        | 4 | Products write-off |
        | 5 | Transfer of products |
        | 6 | Inventory |
        | 7 | Visit |
        | 8 | Consumables write-off |
        | 9 | Client account replenishment |

        POST /kkm_transactions/{location_id}/print_document_bill (operation `print_fiscal_receipt` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): Location ID
            body (PrintFiscalReceiptBody | Unset):
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            PrintFiscalReceiptResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.fiscalization.print_fiscal_receipt.sync``; ``client.aio`` has the async form.
        """

        from .print_fiscal_receipt import sync

        return sync(
            location_id=location_id,
            body=body,
            client=self._client,
            options=options,
        )


class AsyncFiscalization:
    """The async forms: ``await client.aio.fiscalization.<operation_id>(...)``."""

    __slots__ = ("_client",)

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<aio.fiscalization: {len(self.__dir__())} operations of {self._client!r}>"

    def __dir__(self) -> list[str]:
        return [
            "get_fiscal_transaction_list",
            "get_tax_system_list",
            "handle_fiscalization_callback",
            "print_fiscal_receipt",
        ]

    async def get_fiscal_transaction_list(
        self,
        location_id: int,
        *,
        page: int | Unset = UNSET,
        editable_length: int | Unset = UNSET,
        type_: float | Unset = UNSET,
        status: float | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[GetFiscalTransactionListResponse200Item] | None:
        """The async form of ``client.fiscalization.get_fiscal_transaction_list`` (see its docstring)."""
        from .get_fiscal_transaction_list import asyncio

        return await asyncio(
            location_id=location_id,
            page=page,
            editable_length=editable_length,
            type_=type_,
            status=status,
            start_date=start_date,
            end_date=end_date,
            client=self._client,
            options=options,
        )

    async def get_tax_system_list(
        self,
        country_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[GetTaxSystemListResponse200Item] | None:
        """The async form of ``client.fiscalization.get_tax_system_list`` (see its docstring)."""
        from .get_tax_system_list import asyncio

        return await asyncio(
            country_id=country_id,
            client=self._client,
            options=options,
        )

    async def handle_fiscalization_callback(
        self,
        *,
        body: HandleFiscalizationCallbackBody | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """The async form of ``client.fiscalization.handle_fiscalization_callback`` (see its docstring)."""
        from .handle_fiscalization_callback import asyncio

        return await asyncio(
            body=body,
            client=self._client,
            options=options,
        )

    async def print_fiscal_receipt(
        self,
        location_id: int,
        *,
        body: PrintFiscalReceiptBody | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> PrintFiscalReceiptResponse200 | None:
        """The async form of ``client.fiscalization.print_fiscal_receipt`` (see its docstring)."""
        from .print_fiscal_receipt import asyncio

        return await asyncio(
            location_id=location_id,
            body=body,
            client=self._client,
            options=options,
        )
