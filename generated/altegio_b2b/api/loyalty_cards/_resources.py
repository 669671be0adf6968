"""``loyalty_cards``: the Loyalty Cards operations of Altegio's Business Management API as methods
(``client.loyalty_cards.<operation_id>(...)``; ``client.aio.loyalty_cards`` has the async forms). Each
is the module function ``altegio_b2b.api.loyalty_cards.<operation_id>.sync`` with the
client filled in: the same arguments, return type and errors."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ..._runtime.options import RequestOptions
    from ...client import AltegioClient
    from ...models.create_chain_loyalty_card_transaction_body import CreateChainLoyaltyCardTransactionBody
    from ...models.create_chain_loyalty_card_transaction_response_200 import (
        CreateChainLoyaltyCardTransactionResponse200,
    )
    from ...models.create_loyalty_card_transaction_body import CreateLoyaltyCardTransactionBody
    from ...models.create_loyalty_card_transaction_response_200 import CreateLoyaltyCardTransactionResponse200
    from ...models.get_chain_loyalty_card_type_list_response_200_item import GetChainLoyaltyCardTypeListResponse200Item
    from ...models.get_loyalty_card_list_by_client_id_response_200 import GetLoyaltyCardListByClientIdResponse200
    from ...models.get_loyalty_card_list_by_phone_response_200 import GetLoyaltyCardListByPhoneResponse200
    from ...models.get_loyalty_card_type_list_for_client_response_200_item import (
        GetLoyaltyCardTypeListForClientResponse200Item,
    )
    from ...models.get_loyalty_card_type_list_response_200_item import GetLoyaltyCardTypeListResponse200Item
    from ...models.get_user_loyalty_cards_response_200 import GetUserLoyaltyCardsResponse200
    from ...models.issue_loyalty_card_body import IssueLoyaltyCardBody
    from ...models.issue_loyalty_card_response_200 import IssueLoyaltyCardResponse200


class LoyaltyCards:
    """The Loyalty Cards operations as methods of ``client.loyalty_cards``."""

    __slots__ = ("_client",)

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<loyalty_cards: {len(self.__dir__())} operations of {self._client!r}>"

    def __dir__(self) -> list[str]:
        return [
            "create_chain_loyalty_card_transaction",
            "create_loyalty_card_transaction",
            "get_chain_loyalty_card_type_list",
            "get_loyalty_card_list_by_client_id",
            "get_loyalty_card_list_by_phone",
            "get_loyalty_card_type_list",
            "get_loyalty_card_type_list_for_client",
            "get_user_loyalty_cards",
            "issue_loyalty_card",
            "remove_loyalty_card",
        ]

    def create_chain_loyalty_card_transaction(
        self,
        chain_id: int,
        card_id: int,
        *,
        body: CreateChainLoyaltyCardTransactionBody | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> CreateChainLoyaltyCardTransactionResponse200 | None:
        """Manual withdraw/deposit to loyalty card in chain

        Manual withdraw/deposit to loyalty card in chain

        POST /chain/{chain_id}/loyalty/cards/{card_id}/manual_transaction (operation `create_chain_loyalty_card_transaction` of the Business Management API); needs the partner and the user token.

        Args:
            chain_id (int): ID of a chain.
            card_id (int): Loyalty card ID
            body (CreateChainLoyaltyCardTransactionBody | Unset):
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            CreateChainLoyaltyCardTransactionResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.loyalty_cards.create_chain_loyalty_card_transaction.sync``; ``client.aio`` has the async form.
        """

        from .create_chain_loyalty_card_transaction import sync

        return sync(
            chain_id=chain_id,
            card_id=card_id,
            body=body,
            client=self._client,
            options=options,
        )

    def create_loyalty_card_transaction(
        self,
        location_id: int,
        card_id: int,
        *,
        body: CreateLoyaltyCardTransactionBody | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> CreateLoyaltyCardTransactionResponse200 | None:
        """Manual withdraw/deposit to loyalty card in location

        Manual withdraw/deposit to loyalty card in location

        POST /company/{location_id}/loyalty/cards/{card_id}/manual_transaction (operation `create_loyalty_card_transaction` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): ID of a location.
            card_id (int): Loyalty card ID
            body (CreateLoyaltyCardTransactionBody | Unset):
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            CreateLoyaltyCardTransactionResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.loyalty_cards.create_loyalty_card_transaction.sync``; ``client.aio`` has the async form.
        """

        from .create_loyalty_card_transaction import sync

        return sync(
            location_id=location_id,
            card_id=card_id,
            body=body,
            client=self._client,
            options=options,
        )

    def get_chain_loyalty_card_type_list(
        self,
        chain_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[GetChainLoyaltyCardTypeListResponse200Item] | None:
        """Get a List of Card Types Available at the Chain

        GET /chain/{chain_id}/loyalty/card_types (operation `get_chain_loyalty_card_type_list` of the Business Management API); needs the partner token.

        Args:
            chain_id (int): Chain ID
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[GetChainLoyaltyCardTypeListResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.loyalty_cards.get_chain_loyalty_card_type_list.sync``; ``client.aio`` has the async form.
        """

        from .get_chain_loyalty_card_type_list import sync

        return sync(
            chain_id=chain_id,
            client=self._client,
            options=options,
        )

    def get_loyalty_card_list_by_client_id(
        self,
        client_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> GetLoyaltyCardListByClientIdResponse200 | None:
        """Get a List of Customer Cards by ID

        Returns a list of customer cards with programs that are active in this location

        The attributes in the response to the request completely match the "Get a list of issued cards by
        phone number" method described above

        GET /loyalty/client_cards/{client_id} (operation `get_loyalty_card_list_by_client_id` of the Business Management API); needs the partner and the user token.

        Args:
            client_id (int): Client ID
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            GetLoyaltyCardListByClientIdResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.loyalty_cards.get_loyalty_card_list_by_client_id.sync``; ``client.aio`` has the async form.
        """

        from .get_loyalty_card_list_by_client_id import sync

        return sync(
            client_id=client_id,
            client=self._client,
            options=options,
        )

    def get_loyalty_card_list_by_phone(
        self,
        phone: str,
        chain_id: int,
        location_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> GetLoyaltyCardListByPhoneResponse200 | None:
        """Get a List of Customer Cards by Phone Number

        Returns a list of customer cards with programs that are active in this location

        | Attribute        | Type    | Description
        |
        |------------------|---------|----------------------------------------------------------------------
        -------------------------|
        | id               | int     | Loyalty card ID
        |
        | balance          | decimal | Loyalty card balance
        |
        | paid_amount      | decimal | Amount "Paid"
        |
        | sold_amount      | decimal | Amount "Sold"
        |
        | visits_count     | int     | Number of visits
        |
        | number           | string  | Card number
        |
        | type_id          | int     | Loyalty card type identifier
        |
        | salon_group_id   | int     | ID of the chain where the card was created
        |
        | type             | object  | Object that contains the "id" and "title" fields: card type
        identifier and name             |
        | salon_group      | object  | Object that contains the "id" and "title" fields: identifier of the
        chain where the card type was created and the name of this chain |
        | programs         | array   | Array with information about promotions linked to a loyalty card
        |
        | rules            | array   | Array with information about the rules configured in the action
        |

        The programs array consists of objects with the following fields:

        | Attribute         | Type    | Description                                   |
        |-------------------|---------|-----------------------------------------------|
        | id                | int     | Promotion ID                                  |
        | title             | string  | Action name                                   |
        | loyalty_type_id   | int     | Promotion type ID                             |
        | item_type_id      | int     | Is cashback accrued from products             |
        | value_unit_id     | int     | Bonus field — Discount % or Fixed amount      |
        | group_id          | int     | ID of the chain where the action was created  |
        | loyalty_type      | object  | Object with information about the action      |

        The rules array consists of objects with the following fields:

        | Attribute           | Type    | Description                                                  |
        |---------------------|---------|--------------------------------------------------------------|
        | id                  | int     | Rule ID                                                      |
        | loyalty_program_id  | int     | Identifier of the promotion to which the rule is attached    |
        | loyalty_type_id     | int     | Promotion type ID                                            |
        | value               | decimal | Value from which the rule will work                          |

        GET /loyalty/cards/{phone}/{chain_id}/{location_id} (operation `get_loyalty_card_list_by_phone` of the Business Management API); needs the partner and the user token.

        Args:
            phone (str): Customer phone number in the format +13155550175
            chain_id (int): Chain ID
            location_id (int): Location ID
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            GetLoyaltyCardListByPhoneResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.loyalty_cards.get_loyalty_card_list_by_phone.sync``; ``client.aio`` has the async form.
        """

        from .get_loyalty_card_list_by_phone import sync

        return sync(
            phone=phone,
            chain_id=chain_id,
            location_id=location_id,
            client=self._client,
            options=options,
        )

    def get_loyalty_card_type_list(
        self,
        location_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[GetLoyaltyCardTypeListResponse200Item] | None:
        """Get a list of card types available at the location

        Returns a list of card types that are valid for the given location.

        The attributes and their descriptions match those defined in the "Collection of Card Types Available
        to the Client" method described above.

        GET /loyalty/card_types/salon/{location_id} (operation `get_loyalty_card_type_list` of the Business Management API); needs the partner and the user token.

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
            list[GetLoyaltyCardTypeListResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.loyalty_cards.get_loyalty_card_type_list.sync``; ``client.aio`` has the async form.
        """

        from .get_loyalty_card_type_list import sync

        return sync(
            location_id=location_id,
            client=self._client,
            options=options,
        )

    def get_loyalty_card_type_list_for_client(
        self,
        location_id: int,
        phone: str,
        *,
        options: RequestOptions | None = None,
    ) -> list[GetLoyaltyCardTypeListForClientResponse200Item] | None:
        """Get a List of Card Types Available for Issuance to the Client

        Returns a list of card types that are available for issuance to a location client.

        | Attribute        | Type    | Description
        |
        |------------------|---------|----------------------------------------------------------------------
        -------------------------|
        | id               | int     | Card type identifier
        |
        | title            | string  | Card type name
        |
        | salon_group_id   | int     | ID of the chain where the card type was created
        |
        | salon_group      | object  | An object that contains the "id" and "title" fields: identifier of
        the chain where the card type was created and the name of this chain |

        GET /loyalty/card_types/client/{location_id}/{phone} (operation `get_loyalty_card_type_list_for_client` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            phone (str): Customer phone number
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[GetLoyaltyCardTypeListForClientResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.loyalty_cards.get_loyalty_card_type_list_for_client.sync``; ``client.aio`` has the async form.
        """

        from .get_loyalty_card_type_list_for_client import sync

        return sync(
            location_id=location_id,
            phone=phone,
            client=self._client,
            options=options,
        )

    def get_user_loyalty_cards(
        self,
        chain_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> GetUserLoyaltyCardsResponse200 | None:
        """Get User Loyalty Cards

        Returns a list of cards of an authorized user with programs, filtering cards by location chain /
        location

        GET /user/loyalty_cards/{chain_id} (operation `get_user_loyalty_cards` of the Business Management API); needs the partner token.

        Args:
            chain_id (int): Chain ID
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            GetUserLoyaltyCardsResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.loyalty_cards.get_user_loyalty_cards.sync``; ``client.aio`` has the async form.
        """

        from .get_user_loyalty_cards import sync

        return sync(
            chain_id=chain_id,
            client=self._client,
            options=options,
        )

    def issue_loyalty_card(
        self,
        location_id: int,
        *,
        body: IssueLoyaltyCardBody,
        options: RequestOptions | None = None,
    ) -> IssueLoyaltyCardResponse200 | None:
        """Issue a Loyalty Card

        | Attribute | Type | Description |
        |----------------------|--------|----------------- ------------------------------|
        | loyalty_card_number | number | Loyalty card number |
        | loyalty_card_type_id | number | Loyalty card type identifier |
        | phone | number | Customer phone number (e.g., 13155550175 for +13155550175) |

        POST /loyalty/cards/{location_id} (operation `issue_loyalty_card` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): Location ID
            body (IssueLoyaltyCardBody): Issue a Loyalty Card Example: {'loyalty_card_number':
                '9090909', 'loyalty_card_type_id': '8230', 'phone': 13155550175}.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            IssueLoyaltyCardResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.loyalty_cards.issue_loyalty_card.sync``; ``client.aio`` has the async form.
        """

        from .issue_loyalty_card import sync

        return sync(
            location_id=location_id,
            body=body,
            client=self._client,
            options=options,
        )

    def remove_loyalty_card(
        self,
        location_id: int,
        card_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """Remove a Loyalty Card

        DELETE /loyalty/cards/{location_id}/{card_id} (operation `remove_loyalty_card` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): Location ID
            card_id (int): loyalty card ID
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.loyalty_cards.remove_loyalty_card.sync``; ``client.aio`` has the async form.
        """

        from .remove_loyalty_card import sync

        return sync(
            location_id=location_id,
            card_id=card_id,
            client=self._client,
            options=options,
        )


class AsyncLoyaltyCards:
    """The async forms: ``await client.aio.loyalty_cards.<operation_id>(...)``."""

    __slots__ = ("_client",)

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<aio.loyalty_cards: {len(self.__dir__())} operations of {self._client!r}>"

    def __dir__(self) -> list[str]:
        return [
            "create_chain_loyalty_card_transaction",
            "create_loyalty_card_transaction",
            "get_chain_loyalty_card_type_list",
            "get_loyalty_card_list_by_client_id",
            "get_loyalty_card_list_by_phone",
            "get_loyalty_card_type_list",
            "get_loyalty_card_type_list_for_client",
            "get_user_loyalty_cards",
            "issue_loyalty_card",
            "remove_loyalty_card",
        ]

    async def create_chain_loyalty_card_transaction(
        self,
        chain_id: int,
        card_id: int,
        *,
        body: CreateChainLoyaltyCardTransactionBody | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> CreateChainLoyaltyCardTransactionResponse200 | None:
        """The async form of ``client.loyalty_cards.create_chain_loyalty_card_transaction`` (see its docstring)."""
        from .create_chain_loyalty_card_transaction import asyncio

        return await asyncio(
            chain_id=chain_id,
            card_id=card_id,
            body=body,
            client=self._client,
            options=options,
        )

    async def create_loyalty_card_transaction(
        self,
        location_id: int,
        card_id: int,
        *,
        body: CreateLoyaltyCardTransactionBody | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> CreateLoyaltyCardTransactionResponse200 | None:
        """The async form of ``client.loyalty_cards.create_loyalty_card_transaction`` (see its docstring)."""
        from .create_loyalty_card_transaction import asyncio

        return await asyncio(
            location_id=location_id,
            card_id=card_id,
            body=body,
            client=self._client,
            options=options,
        )

    async def get_chain_loyalty_card_type_list(
        self,
        chain_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[GetChainLoyaltyCardTypeListResponse200Item] | None:
        """The async form of ``client.loyalty_cards.get_chain_loyalty_card_type_list`` (see its docstring)."""
        from .get_chain_loyalty_card_type_list import asyncio

        return await asyncio(
            chain_id=chain_id,
            client=self._client,
            options=options,
        )

    async def get_loyalty_card_list_by_client_id(
        self,
        client_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> GetLoyaltyCardListByClientIdResponse200 | None:
        """The async form of ``client.loyalty_cards.get_loyalty_card_list_by_client_id`` (see its docstring)."""
        from .get_loyalty_card_list_by_client_id import asyncio

        return await asyncio(
            client_id=client_id,
            client=self._client,
            options=options,
        )

    async def get_loyalty_card_list_by_phone(
        self,
        phone: str,
        chain_id: int,
        location_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> GetLoyaltyCardListByPhoneResponse200 | None:
        """The async form of ``client.loyalty_cards.get_loyalty_card_list_by_phone`` (see its docstring)."""
        from .get_loyalty_card_list_by_phone import asyncio

        return await asyncio(
            phone=phone,
            chain_id=chain_id,
            location_id=location_id,
            client=self._client,
            options=options,
        )

    async def get_loyalty_card_type_list(
        self,
        location_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[GetLoyaltyCardTypeListResponse200Item] | None:
        """The async form of ``client.loyalty_cards.get_loyalty_card_type_list`` (see its docstring)."""
        from .get_loyalty_card_type_list import asyncio

        return await asyncio(
            location_id=location_id,
            client=self._client,
            options=options,
        )

    async def get_loyalty_card_type_list_for_client(
        self,
        location_id: int,
        phone: str,
        *,
        options: RequestOptions | None = None,
    ) -> list[GetLoyaltyCardTypeListForClientResponse200Item] | None:
        """The async form of ``client.loyalty_cards.get_loyalty_card_type_list_for_client`` (see its docstring)."""
        from .get_loyalty_card_type_list_for_client import asyncio

        return await asyncio(
            location_id=location_id,
            phone=phone,
            client=self._client,
            options=options,
        )

    async def get_user_loyalty_cards(
        self,
        chain_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> GetUserLoyaltyCardsResponse200 | None:
        """The async form of ``client.loyalty_cards.get_user_loyalty_cards`` (see its docstring)."""
        from .get_user_loyalty_cards import asyncio

        return await asyncio(
            chain_id=chain_id,
            client=self._client,
            options=options,
        )

    async def issue_loyalty_card(
        self,
        location_id: int,
        *,
        body: IssueLoyaltyCardBody,
        options: RequestOptions | None = None,
    ) -> IssueLoyaltyCardResponse200 | None:
        """The async form of ``client.loyalty_cards.issue_loyalty_card`` (see its docstring)."""
        from .issue_loyalty_card import asyncio

        return await asyncio(
            location_id=location_id,
            body=body,
            client=self._client,
            options=options,
        )

    async def remove_loyalty_card(
        self,
        location_id: int,
        card_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """The async form of ``client.loyalty_cards.remove_loyalty_card`` (see its docstring)."""
        from .remove_loyalty_card import asyncio

        return await asyncio(
            location_id=location_id,
            card_id=card_id,
            client=self._client,
            options=options,
        )
