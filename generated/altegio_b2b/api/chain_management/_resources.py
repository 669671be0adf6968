"""``chain_management``: the Chain Management operations of Altegio's Business Management API as methods
(``client.chain_management.<operation_id>(...)``; ``client.aio.chain_management`` has the async forms). Each
is the module function ``altegio_b2b.api.chain_management.<operation_id>.sync`` with the
client filled in: the same arguments, return type and errors."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..._runtime.options import RequestOptions
    from ...client import AltegioClient
    from ...models.get_chain_client_by_phone_number_response_200 import GetChainClientByPhoneNumberResponse200
    from ...models.get_chain_list_response_200_item import GetChainListResponse200Item


class ChainManagement:
    """The Chain Management operations as methods of ``client.chain_management``."""

    __slots__ = ("_client",)

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<chain_management: {len(self.__dir__())} operations of {self._client!r}>"

    def __dir__(self) -> list[str]:
        return [
            "get_chain_client_by_phone_number",
            "get_chain_list",
        ]

    def get_chain_client_by_phone_number(
        self,
        chain_id: int,
        *,
        phone: str,
        options: RequestOptions | None = None,
    ) -> GetChainClientByPhoneNumberResponse200 | None:
        """Get a chain client by phone number.

        + Parameter
            + group_id (required, number, `43877`) - ID of the location chain


        #### Client filtering
        + phone:'+13155550175' (optional, string) - Phone to filter clients

        GET /group/{chain_id}/clients (operation `get_chain_client_by_phone_number` of the Business Management API); needs the partner and the user token.

        Args:
            chain_id (int): Chain ID
            phone (str): Phone to filter clients, required parameter
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            GetChainClientByPhoneNumberResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.chain_management.get_chain_client_by_phone_number.sync``; ``client.aio`` has the async form.
        """

        from .get_chain_client_by_phone_number import sync

        return sync(
            chain_id=chain_id,
            phone=phone,
            client=self._client,
            options=options,
        )

    def get_chain_list(
        self,
        *,
        options: RequestOptions | None = None,
    ) -> list[GetChainListResponse200Item] | None:
        """Obtaining chains available to the user

        The location chain object has the following fields:

        | Field | Type | Description |
        | ------------- | ------------- | ------------- |
        | id | number | Location chain ID |
        | title | string | Location chain name |
        | locations | array | List of chain locations |
        | access | object | Object with access rights for chain management |

        GET /groups (operation `get_chain_list` of the Business Management API); needs the partner token.

        Args:
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[GetChainListResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.chain_management.get_chain_list.sync``; ``client.aio`` has the async form.
        """

        from .get_chain_list import sync

        return sync(
            client=self._client,
            options=options,
        )


class AsyncChainManagement:
    """The async forms: ``await client.aio.chain_management.<operation_id>(...)``."""

    __slots__ = ("_client",)

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<aio.chain_management: {len(self.__dir__())} operations of {self._client!r}>"

    def __dir__(self) -> list[str]:
        return [
            "get_chain_client_by_phone_number",
            "get_chain_list",
        ]

    async def get_chain_client_by_phone_number(
        self,
        chain_id: int,
        *,
        phone: str,
        options: RequestOptions | None = None,
    ) -> GetChainClientByPhoneNumberResponse200 | None:
        """The async form of ``client.chain_management.get_chain_client_by_phone_number`` (see its docstring)."""
        from .get_chain_client_by_phone_number import asyncio

        return await asyncio(
            chain_id=chain_id,
            phone=phone,
            client=self._client,
            options=options,
        )

    async def get_chain_list(
        self,
        *,
        options: RequestOptions | None = None,
    ) -> list[GetChainListResponse200Item] | None:
        """The async form of ``client.chain_management.get_chain_list`` (see its docstring)."""
        from .get_chain_list import asyncio

        return await asyncio(
            client=self._client,
            options=options,
        )
