"""``deposits``: the Deposits operations of Altegio's Business Management API as methods
(``client.deposits.<operation_id>(...)``; ``client.aio.deposits`` has the async forms). Each
is the module function ``altegio_b2b.api.deposits.<operation_id>.sync`` with the
client filled in: the same arguments, return type and errors."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ..._runtime.options import RequestOptions
    from ...client import AltegioClient
    from ...models.create_client_account_topup_operation_body import CreateClientAccountTopupOperationBody
    from ...models.create_client_account_topup_operation_response_200 import (
        CreateClientAccountTopupOperationResponse200,
    )
    from ...models.get_chain_client_account_history_response_200_item import GetChainClientAccountHistoryResponse200Item


class Deposits:
    """The Deposits operations as methods of ``client.deposits``."""

    __slots__ = ("_client",)

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<deposits: {len(self.__dir__())} operations of {self._client!r}>"

    def __dir__(self) -> list[str]:
        return [
            "create_client_account_topup_operation",
            "get_chain_client_account_history",
            "get_client_account_by_chain_and_phone",
            "get_client_account_list_by_chain",
            "get_client_account_list_by_location_and_client",
        ]

    def create_client_account_topup_operation(
        self,
        location_id: int,
        *,
        body: CreateClientAccountTopupOperationBody | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> CreateClientAccountTopupOperationResponse200 | None:
        """Create a client account topup operation

        Creating a transaction with a client account involves creating a document, a transaction with a
        client account, and a financial transaction within a single API request.

        POST /deposits_operations/{location_id} (operation `create_client_account_topup_operation` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): Location ID
            body (CreateClientAccountTopupOperationBody | Unset):
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            CreateClientAccountTopupOperationResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.deposits.create_client_account_topup_operation.sync``; ``client.aio`` has the async form.
        """

        from .create_client_account_topup_operation import sync

        return sync(
            location_id=location_id,
            body=body,
            client=self._client,
            options=options,
        )

    def get_chain_client_account_history(
        self,
        chain_id: int,
        deposit_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[GetChainClientAccountHistoryResponse200Item] | None:
        """Get client account transaction history

        Retrieves the transaction history for a specific client account in the chain.

        Returns a list of all transactions (top-ups, withdrawals, etc.) made on the client account.

        **Note:** Requires chain-level permissions.

        GET /chain/{chain_id}/deposits/{deposit_id}/history (operation `get_chain_client_account_history` of the Business Management API); needs the partner and the user token.

        Args:
            chain_id (int): Chain ID
            deposit_id (int): Client account ID
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[GetChainClientAccountHistoryResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.deposits.get_chain_client_account_history.sync``; ``client.aio`` has the async form.
        """

        from .get_chain_client_account_history import sync

        return sync(
            chain_id=chain_id,
            deposit_id=deposit_id,
            client=self._client,
            options=options,
        )

    def get_client_account_by_chain_and_phone(
        self,
        chain_id: int,
        phone: str,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """Get a list of client accounts by chain and customer phone number

        GET /deposits/chain/{chain_id}/phone/{phone} (operation `get_client_account_by_chain_and_phone` of the Business Management API); needs the partner and the user token.

        Args:
            chain_id (int): Chain ID
            phone (str): Customer phone number
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.deposits.get_client_account_by_chain_and_phone.sync``; ``client.aio`` has the async form.
        """

        from .get_client_account_by_chain_and_phone import sync

        return sync(
            chain_id=chain_id,
            phone=phone,
            client=self._client,
            options=options,
        )

    def get_client_account_list_by_chain(
        self,
        chain_id: int,
        *,
        balance_from: float | Unset = UNSET,
        balance_to: float | Unset = UNSET,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """Get a list of client accounts by chain and a set of filters

        GET /deposits/chain/{chain_id} (operation `get_client_account_list_by_chain` of the Business Management API); needs the partner and the user token.

        Args:
            chain_id (int): Chain ID
            balance_from (float | Unset): Minimum balance for filtering
            balance_to (float | Unset): Maximum balance for filtering
            page (int | Unset): Page number
            limit (int | Unset): Number of items per page
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.deposits.get_client_account_list_by_chain.sync``; ``client.aio`` has the async form.
        """

        from .get_client_account_list_by_chain import sync

        return sync(
            chain_id=chain_id,
            balance_from=balance_from,
            balance_to=balance_to,
            page=page,
            limit=limit,
            client=self._client,
            options=options,
        )

    def get_client_account_list_by_location_and_client(
        self,
        location_id: int,
        client_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """Get a List of Client Accounts by Location and Client

        GET /deposits/company/{location_id}/client/{client_id} (operation `get_client_account_list_by_location_and_client` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): Location ID
            client_id (int): Client ID
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.deposits.get_client_account_list_by_location_and_client.sync``; ``client.aio`` has the async form.
        """

        from .get_client_account_list_by_location_and_client import sync

        return sync(
            location_id=location_id,
            client_id=client_id,
            client=self._client,
            options=options,
        )


class AsyncDeposits:
    """The async forms: ``await client.aio.deposits.<operation_id>(...)``."""

    __slots__ = ("_client",)

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<aio.deposits: {len(self.__dir__())} operations of {self._client!r}>"

    def __dir__(self) -> list[str]:
        return [
            "create_client_account_topup_operation",
            "get_chain_client_account_history",
            "get_client_account_by_chain_and_phone",
            "get_client_account_list_by_chain",
            "get_client_account_list_by_location_and_client",
        ]

    async def create_client_account_topup_operation(
        self,
        location_id: int,
        *,
        body: CreateClientAccountTopupOperationBody | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> CreateClientAccountTopupOperationResponse200 | None:
        """The async form of ``client.deposits.create_client_account_topup_operation`` (see its docstring)."""
        from .create_client_account_topup_operation import asyncio

        return await asyncio(
            location_id=location_id,
            body=body,
            client=self._client,
            options=options,
        )

    async def get_chain_client_account_history(
        self,
        chain_id: int,
        deposit_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[GetChainClientAccountHistoryResponse200Item] | None:
        """The async form of ``client.deposits.get_chain_client_account_history`` (see its docstring)."""
        from .get_chain_client_account_history import asyncio

        return await asyncio(
            chain_id=chain_id,
            deposit_id=deposit_id,
            client=self._client,
            options=options,
        )

    async def get_client_account_by_chain_and_phone(
        self,
        chain_id: int,
        phone: str,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """The async form of ``client.deposits.get_client_account_by_chain_and_phone`` (see its docstring)."""
        from .get_client_account_by_chain_and_phone import asyncio

        return await asyncio(
            chain_id=chain_id,
            phone=phone,
            client=self._client,
            options=options,
        )

    async def get_client_account_list_by_chain(
        self,
        chain_id: int,
        *,
        balance_from: float | Unset = UNSET,
        balance_to: float | Unset = UNSET,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """The async form of ``client.deposits.get_client_account_list_by_chain`` (see its docstring)."""
        from .get_client_account_list_by_chain import asyncio

        return await asyncio(
            chain_id=chain_id,
            balance_from=balance_from,
            balance_to=balance_to,
            page=page,
            limit=limit,
            client=self._client,
            options=options,
        )

    async def get_client_account_list_by_location_and_client(
        self,
        location_id: int,
        client_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """The async form of ``client.deposits.get_client_account_list_by_location_and_client`` (see its docstring)."""
        from .get_client_account_list_by_location_and_client import asyncio

        return await asyncio(
            location_id=location_id,
            client_id=client_id,
            client=self._client,
            options=options,
        )
