"""``subscriptions_certificates``: the Subscriptions & Certificates operations of Altegio's Business Management API as methods
(``client.subscriptions_certificates.<operation_id>(...)``; ``client.aio.subscriptions_certificates`` has the async forms). Each
is the module function ``altegio_b2b.api.subscriptions_certificates.<operation_id>.sync`` with the
client filled in: the same arguments, return type and errors."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ..._runtime.options import RequestOptions
    from ...client import AltegioClient
    from ...models.check_memberships_for_event_response_200 import CheckMembershipsForEventResponse200
    from ...models.get_client_gift_cards_response_200_item import GetClientGiftCardsResponse200Item
    from ...models.get_client_membership_activity_history_response_200_item import (
        GetClientMembershipActivityHistoryResponse200Item,
    )
    from ...models.get_client_memberships_response_200_item import GetClientMembershipsResponse200Item
    from ...models.get_gift_card_type_list_by_id_response_200_item import GetGiftCardTypeListByIdResponse200Item
    from ...models.get_gift_card_type_list_response_200_item import GetGiftCardTypeListResponse200Item
    from ...models.get_membership_type_list_by_id_response_200_item import GetMembershipTypeListByIdResponse200Item
    from ...models.get_membership_type_list_response_200_item import GetMembershipTypeListResponse200Item
    from ...models.get_user_gift_cards_response_200_item import GetUserGiftCardsResponse200Item
    from ...models.get_user_memberships_response_200_item import GetUserMembershipsResponse200Item
    from ...models.search_memberships_for_event_response_200 import SearchMembershipsForEventResponse200


class SubscriptionsCertificates:
    """The Subscriptions & Certificates operations as methods of ``client.subscriptions_certificates``."""

    __slots__ = ("_client",)

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<subscriptions_certificates: {len(self.__dir__())} operations of {self._client!r}>"

    def __dir__(self) -> list[str]:
        return [
            "check_memberships_for_event",
            "get_client_gift_cards",
            "get_client_membership_activity_history",
            "get_client_memberships",
            "get_gift_card_type_list",
            "get_gift_card_type_list_by_id",
            "get_membership_list",
            "get_membership_type_list",
            "get_membership_type_list_by_id",
            "get_user_gift_cards",
            "get_user_memberships",
            "search_memberships_for_event",
        ]

    def check_memberships_for_event(
        self,
        location_id: int,
        client_id: int,
        membership_id: int,
        *,
        event_id: int,
        schedule_day_ids: str,
        options: RequestOptions | None = None,
    ) -> CheckMembershipsForEventResponse200 | None:
        """Check membership availability for event

        Validates a specific subscription for creating activity schedules.

        Returns:
        - **Last possible appointment date** based on membership expiration
        - **Available visit count** for the selected subscription
        - **Schedule day IDs** that can be booked

        **Use cases:**
        - Validate subscription before creating recurring appointments
        - Check if subscription has enough visits for schedule
        - Determine last bookable date based on expiration
        - Pre-validate schedule parameters

        **Note:** Requires schedule_day_ids parameter to check specific dates.

        GET /company/{location_id}/client/{client_id}/loyalty/abonements/{membership_id}/check_for_activity (operation `check_memberships_for_event` of the Business Management API); needs the partner token.

        Args:
            location_id (int): Location ID
            client_id (int): Client ID
            membership_id (int): Membership instance ID
            event_id (int): Event (group event) ID
            schedule_day_ids (str): Comma-separated list of schedule day IDs to check
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            CheckMembershipsForEventResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.subscriptions_certificates.check_memberships_for_event.sync``; ``client.aio`` has the async form.
        """

        from .check_memberships_for_event import sync

        return sync(
            location_id=location_id,
            client_id=client_id,
            membership_id=membership_id,
            event_id=event_id,
            schedule_day_ids=schedule_day_ids,
            client=self._client,
            options=options,
        )

    def get_client_gift_cards(
        self,
        *,
        copmany_id: int,
        phone: str,
        options: RequestOptions | None = None,
    ) -> list[GetClientGiftCardsResponse200Item] | None:
        """Get client gift cards

        Returns a list of client gift cards by phone

        | Attribute         | Type      | Description
        |
        |-------------------|-----------|-------------------------------------------------------------------
        --------|
        | id                | int       | Gift card ID
        |
        | number            | string    | Gift card code
        |
        | balance           | decimal   | Current balance
        |
        | default_balance   | decimal   | Initial balance
        |
        | type_id           | int       | Gift card type identifier
        |
        | status_id         | int       | Status ID
        |
        | created_date      | timestamp | Date of sale
        |
        | expiration_date   | datetime  | Burn date
        |
        | type              | object    | Object with gift card type information
        |
        | status            | object    | An object with information about the current gift card status
        |

        The type array contains the following objects:

        | Attribute                | Type      | Description
        |
        |--------------------------|-----------|------------------------------------------------------------
        -----------------------------------------------------------|
        | id                       | int       | Gift card type identifier
        |
        | title                    | string    | Type name
        |
        | balance                  | decimal   | Gift card denomination
        |
        | is_multi                 | boolean   | Is it available for multiple debits
        |
        | company_group_id         | int       | ID of the chain where the certificate type was created
        |
        | item_type_id             | int       | Restriction on the use of redemption points. 0 - no limit,
        1 - services only, 2 - some services + all products, 3 - some services, 4 - products only |
        | expiration_type_id       | int       | The ID of the expiration limit. 0 - unlimited, 1 - fixed
        date, 2 - fixed term                                        |
        | expiration_date          | timestamp | Burn date of all gift cards. Populated with
        expiration_type_id = 1                                                  |
        | expiration_timeout       | int       | Validity period of gift card. Populated with
        expiration_type_id = 2                                                 |
        | expiration_timeout_unit_id | int     | Time units. 1 - Day, 2 - Week, 3 - Month, 4 - Year
        |
        | is_allow_empty_code      | boolean   | Sale without code
        |
        | item_type                | object    | Object with item_type_id and its name
        |

        GET /loyalty/certificates (operation `get_client_gift_cards` of the Business Management API); needs the partner token.

        Args:
            copmany_id (int): Location ID
            phone (str): Customer phone number
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[GetClientGiftCardsResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.subscriptions_certificates.get_client_gift_cards.sync``; ``client.aio`` has the async form.
        """

        from .get_client_gift_cards import sync

        return sync(
            copmany_id=copmany_id,
            phone=phone,
            client=self._client,
            options=options,
        )

    def get_client_membership_activity_history(
        self,
        location_id: int,
        client_id: int,
        membership_id: int,
        *,
        include: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[GetClientMembershipActivityHistoryResponse200Item] | None:
        """Get a client's membership activity history

        Returns state changes and usage events for one membership belonging to the specified client at this
        Location. The client must belong to the Location, and the membership must be found among that
        client's memberships by phone; either mismatch returns 404. The caller needs Location access,
        Loyalty access, and permission to view membership history. This activity history is not a purchase
        history and does not provide a sale price or paid amount.

        GET /company/{location_id}/client/{client_id}/loyalty/abonements/{membership_id}/history (operation `get_client_membership_activity_history` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): Location ID
            client_id (int): Client ID at this Location
            membership_id (int): Membership instance ID
            include (str | Unset): Optional related data: `loyalty_transaction`,
                `loyalty_entity_changes`, or `user`. State changes are included by default.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[GetClientMembershipActivityHistoryResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.subscriptions_certificates.get_client_membership_activity_history.sync``; ``client.aio`` has the async form.
        """

        from .get_client_membership_activity_history import sync

        return sync(
            location_id=location_id,
            client_id=client_id,
            membership_id=membership_id,
            include=include,
            client=self._client,
            options=options,
        )

    def get_client_memberships(
        self,
        *,
        company_id: int,
        phone: str,
        options: RequestOptions | None = None,
    ) -> list[GetClientMembershipsResponse200Item] | None:
        """Get Client Memberships

        Returns a list of client's memberships by phone

        GET /loyalty/abonements (operation `get_client_memberships` of the Business Management API); needs the partner token.

        Args:
            company_id (int): Location ID
            phone (str): Customer phone number
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[GetClientMembershipsResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.subscriptions_certificates.get_client_memberships.sync``; ``client.aio`` has the async form.
        """

        from .get_client_memberships import sync

        return sync(
            company_id=company_id,
            phone=phone,
            client=self._client,
            options=options,
        )

    def get_gift_card_type_list(
        self,
        location_id: int,
        *,
        title: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[GetGiftCardTypeListResponse200Item] | None:
        """Get a List of Available Gift Card Types

        A list of **gift card types** available at a location can be obtained by querying the location ID.
        The list can be filtered by the name of the gift card type by passing the title parameter.
        Pagination is supported, specified by the `page` and `page_size` parameters.

        The list is an array of [gift card types](#loyalty-certificate-type).

        <a name="loyalty-certificate-type"></a>
        **Gift card type** has the following structure:

        | Field                      | Type    | Description
        |
        |----------------------------|---------|------------------------------------------------------------
        ------------------------------------------------------------------------|
        | id                         | number  | Gift card type identifier
        |
        | title                      | string  | Gift card type name
        |
        | balance                    | number  | Gift card denomination
        |
        | is_multi                   | boolean | Write-off type: true - multiple write-off, false - single
        write-off                                                               |
        | company_group_id           | number  | ID of the chain where the gift card type is valid
        |
        | item_type_id               | number  | Application Constraint (list of possible values)
        |
        | expiration_type_id         | number  | Expiration limit (list of possible values)
        |
        | expiration_date            | string  | Fixed burn date in ISO8601 format (null if not set)
        |
        | expiration_timeout         | number  | Gift card validity period from the date of sale (0 if not
        set)                                                                     |
        | expiration_timeout_unit_id | number  | The unit of measurement of the validity period of the gift
        card from the moment of sale (list of possible values, if not set - 0) |
        | is_allow_empty_code        | boolean | Allow sale of gift card without code? true - allow, false -
        do not allow                                                           |

        <a name="loyalty-certificate-item-type"></a>
        **Gift Card Type Restriction**

        | Meaning | Description                     |
        |---------|---------------------------------|
        | 0       | Unlimited                       |
        | 1       | Any services without products   |
        | 2       | Any products without services   |
        | 3       | Some services without products  |
        | 4       | Some services and any products  |

        <a name="loyalty-certificate-expiration-type"></a>
        **Gift Card Type Expiration Limit**

        | Meaning | Description                            |
        |---------|----------------------------------------|
        | 0       | No expiration date                     |
        | 1       | Fixed date for all instances           |
        | 2       | Fixed period of validity from the date of sale |

        <a name="loyalty-certificate-expiration-unit"></a>
        **Units of certificate type validity period**

        | Meaning | Description |
        |---------|-------------|
        | 1       | Day         |
        | 2       | Week        |
        | 3       | Month       |
        | 4       | Year        |

        GET /company/{location_id}/loyalty/certificate_types/search (operation `get_gift_card_type_list` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            title (str | Unset): Gift card type name
            page (int | Unset): Page number
            page_size (int | Unset): The number of output lines per page. Maximum 100
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[GetGiftCardTypeListResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.subscriptions_certificates.get_gift_card_type_list.sync``; ``client.aio`` has the async form.
        """

        from .get_gift_card_type_list import sync

        return sync(
            location_id=location_id,
            title=title,
            page=page,
            page_size=page_size,
            client=self._client,
            options=options,
        )

    def get_gift_card_type_list_by_id(
        self,
        location_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[GetGiftCardTypeListByIdResponse200Item] | None:
        """Get a List of Gift Card Types by ID

        A list of **gift card types** available at the location can be obtained by querying the location ID
        and gift card type IDs.

        The list is an array of [gift card types](#loyalty-certificate-type).

        GET /company/{location_id}/loyalty/certificate_types/fetch (operation `get_gift_card_type_list_by_id` of the Business Management API); needs the partner and the user token.

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
            list[GetGiftCardTypeListByIdResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.subscriptions_certificates.get_gift_card_type_list_by_id.sync``; ``client.aio`` has the async form.
        """

        from .get_gift_card_type_list_by_id import sync

        return sync(
            location_id=location_id,
            client=self._client,
            options=options,
        )

    def get_membership_list(
        self,
        chain_id: int,
        *,
        created_after: datetime.datetime | Unset = UNSET,
        created_before: datetime.datetime | Unset = UNSET,
        abonements_ids: list[int] | Unset = UNSET,
        page: int | Unset = UNSET,
        count: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """Get a List of Memberships by Filter

        GET /chain/{chain_id}/loyalty/abonements (operation `get_membership_list` of the Business Management API); needs the partner token.

        Args:
            chain_id (int): Chain ID.
            created_after (datetime.datetime | Unset): Creation date from (filter by creation date).
            created_before (datetime.datetime | Unset): Creation date by (filter by creation date).
            abonements_ids (list[int] | Unset): List of membership IDs for the filter.
            page (int | Unset): Page number.
            count (int | Unset): Number of appointments per page.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.subscriptions_certificates.get_membership_list.sync``; ``client.aio`` has the async form.
        """

        from .get_membership_list import sync

        return sync(
            chain_id=chain_id,
            created_after=created_after,
            created_before=created_before,
            abonements_ids=abonements_ids,
            page=page,
            count=count,
            client=self._client,
            options=options,
        )

    def get_membership_type_list(
        self,
        location_id: int,
        *,
        title: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[GetMembershipTypeListResponse200Item] | None:
        """Get a List of Available Membership Types

        A list of **membership types** available at a location can be obtained by requesting the location
        ID.
        The list can be filtered by membership type name by passing the title parameter. Pagination is
        supported, specified by the `page` and `page_size` parameters.

        The list is an array of [membership types](#loyalty-membership-type).

        <a name="loyalty-membership-type"></a>
        **Membership type** has the following structure:

        | Field                          | Type    | Description
        |
        |-------------------------------|---------|---------------------------------------------------------
        -------------------------------------------------------------|
        | id                            | number  | Membership type identifier
        |
        | title                         | string  | Membership type name
        |
        | allow_freeze                  | boolean | Is it possible to freeze memberships? true - allowed,
        false - not allowed                                            |
        | freeze limit                  | number  | Maximum total freezing period (days)
        |
        | salon_group_id                | number  | Identifier of the chain in which the membership type is
        valid                                                        |
        | period                        | number  | Membership expiration date (0 if not set)
        |
        | period_unit_id                | number  | Membership expiration unit (list of possible values, if
        not set - 0)                                               |
        | is_allow_empty_code           | boolean | Allow the sale of a membership without a code? true -
        allow, false - do not allow                                    |
        | is_united_balance             | boolean | Total or separate membership balance: true - total,
        false - separate                                                 |
        | united_balance_services_count | number  | Number of visits for total balance
        |

        <a name="loyalty-membership-expiration-unit"></a>
        **Measurement units of membership type validity period**

        | Meaning | Description |
        |---------|-------------|
        | 1       | Day         |
        | 2       | Week        |
        | 3       | Month       |
        | 4       | Year        |

        GET /company/{location_id}/loyalty/abonement_types/search (operation `get_membership_type_list` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            title (str | Unset): Membeship type name
            page (int | Unset): Page number
            page_size (int | Unset): The number of output lines per page. Maximum 100
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[GetMembershipTypeListResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.subscriptions_certificates.get_membership_type_list.sync``; ``client.aio`` has the async form.
        """

        from .get_membership_type_list import sync

        return sync(
            location_id=location_id,
            title=title,
            page=page,
            page_size=page_size,
            client=self._client,
            options=options,
        )

    def get_membership_type_list_by_id(
        self,
        location_id: int,
        *,
        ids: list[int] | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[GetMembershipTypeListByIdResponse200Item] | None:
        """Get a List of Membership Types by ID

        A list of **membership types** available at a location can be obtained by querying the location ID
        and membership type IDs.

        The list is an array of [membership types](#loyalty-membership-type).

        ### Get a list of membership types by ID

        + Parameters
            + company_id (required, number) - location ID
            + id: 1 (optional, number) - membership type ID (you can specify several additional parameters
        `&ids[]={id}`

        GET /company/{location_id}/loyalty/abonement_types/fetch (operation `get_membership_type_list_by_id` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            ids (list[int] | Unset): Membership type ID (you can specify several additional parameters
                &ids[]={id}
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[GetMembershipTypeListByIdResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.subscriptions_certificates.get_membership_type_list_by_id.sync``; ``client.aio`` has the async form.
        """

        from .get_membership_type_list_by_id import sync

        return sync(
            location_id=location_id,
            ids=ids,
            client=self._client,
            options=options,
        )

    def get_user_gift_cards(
        self,
        *,
        company_id: int,
        options: RequestOptions | None = None,
    ) -> list[GetUserGiftCardsResponse200Item] | None:
        """Get user gift cards

        Returns a list of authorized user gift cards

        GET /user/loyalty/certificates (operation `get_user_gift_cards` of the Business Management API); needs the partner token.

        Args:
            company_id (int): Location ID
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[GetUserGiftCardsResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.subscriptions_certificates.get_user_gift_cards.sync``; ``client.aio`` has the async form.
        """

        from .get_user_gift_cards import sync

        return sync(
            company_id=company_id,
            client=self._client,
            options=options,
        )

    def get_user_memberships(
        self,
        *,
        company_id: int,
        options: RequestOptions | None = None,
    ) -> list[GetUserMembershipsResponse200Item] | None:
        """Get User Memberships

        Returns a list of memberships of an authorized user

        GET /user/loyalty/abonements (operation `get_user_memberships` of the Business Management API); needs the partner token.

        Args:
            company_id (int): Location ID
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[GetUserMembershipsResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.subscriptions_certificates.get_user_memberships.sync``; ``client.aio`` has the async form.
        """

        from .get_user_memberships import sync

        return sync(
            company_id=company_id,
            client=self._client,
            options=options,
        )

    def search_memberships_for_event(
        self,
        location_id: int,
        client_id: int,
        *,
        event_id: int,
        options: RequestOptions | None = None,
    ) -> SearchMembershipsForEventResponse200 | None:
        """Search available subscriptions for event

        Retrieves subscriptions that can be used to create a client schedule for a series of events.

        This method returns subscriptions (memberships) that:
        - Belong to the specified client
        - Are valid and active
        - Can be applied to the specified activity
        - Have remaining visits available

        **Use cases:**
        - Display available subscriptions when scheduling recurring activity sessions
        - Check which subscriptions cover specific activity types
        - Validate subscription applicability before creating schedules

        **Note:** Returns subscriptions with their types and availability intervals.

        GET /company/{location_id}/client/{client_id}/loyalty/abonements/search_for_activity (operation `search_memberships_for_event` of the Business Management API); needs the partner token.

        Args:
            location_id (int): Location ID
            client_id (int): Client ID
            event_id (int): Event (group event) ID
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            SearchMembershipsForEventResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.subscriptions_certificates.search_memberships_for_event.sync``; ``client.aio`` has the async form.
        """

        from .search_memberships_for_event import sync

        return sync(
            location_id=location_id,
            client_id=client_id,
            event_id=event_id,
            client=self._client,
            options=options,
        )


class AsyncSubscriptionsCertificates:
    """The async forms: ``await client.aio.subscriptions_certificates.<operation_id>(...)``."""

    __slots__ = ("_client",)

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<aio.subscriptions_certificates: {len(self.__dir__())} operations of {self._client!r}>"

    def __dir__(self) -> list[str]:
        return [
            "check_memberships_for_event",
            "get_client_gift_cards",
            "get_client_membership_activity_history",
            "get_client_memberships",
            "get_gift_card_type_list",
            "get_gift_card_type_list_by_id",
            "get_membership_list",
            "get_membership_type_list",
            "get_membership_type_list_by_id",
            "get_user_gift_cards",
            "get_user_memberships",
            "search_memberships_for_event",
        ]

    async def check_memberships_for_event(
        self,
        location_id: int,
        client_id: int,
        membership_id: int,
        *,
        event_id: int,
        schedule_day_ids: str,
        options: RequestOptions | None = None,
    ) -> CheckMembershipsForEventResponse200 | None:
        """The async form of ``client.subscriptions_certificates.check_memberships_for_event`` (see its docstring)."""
        from .check_memberships_for_event import asyncio

        return await asyncio(
            location_id=location_id,
            client_id=client_id,
            membership_id=membership_id,
            event_id=event_id,
            schedule_day_ids=schedule_day_ids,
            client=self._client,
            options=options,
        )

    async def get_client_gift_cards(
        self,
        *,
        copmany_id: int,
        phone: str,
        options: RequestOptions | None = None,
    ) -> list[GetClientGiftCardsResponse200Item] | None:
        """The async form of ``client.subscriptions_certificates.get_client_gift_cards`` (see its docstring)."""
        from .get_client_gift_cards import asyncio

        return await asyncio(
            copmany_id=copmany_id,
            phone=phone,
            client=self._client,
            options=options,
        )

    async def get_client_membership_activity_history(
        self,
        location_id: int,
        client_id: int,
        membership_id: int,
        *,
        include: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[GetClientMembershipActivityHistoryResponse200Item] | None:
        """The async form of ``client.subscriptions_certificates.get_client_membership_activity_history`` (see its docstring)."""
        from .get_client_membership_activity_history import asyncio

        return await asyncio(
            location_id=location_id,
            client_id=client_id,
            membership_id=membership_id,
            include=include,
            client=self._client,
            options=options,
        )

    async def get_client_memberships(
        self,
        *,
        company_id: int,
        phone: str,
        options: RequestOptions | None = None,
    ) -> list[GetClientMembershipsResponse200Item] | None:
        """The async form of ``client.subscriptions_certificates.get_client_memberships`` (see its docstring)."""
        from .get_client_memberships import asyncio

        return await asyncio(
            company_id=company_id,
            phone=phone,
            client=self._client,
            options=options,
        )

    async def get_gift_card_type_list(
        self,
        location_id: int,
        *,
        title: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[GetGiftCardTypeListResponse200Item] | None:
        """The async form of ``client.subscriptions_certificates.get_gift_card_type_list`` (see its docstring)."""
        from .get_gift_card_type_list import asyncio

        return await asyncio(
            location_id=location_id,
            title=title,
            page=page,
            page_size=page_size,
            client=self._client,
            options=options,
        )

    async def get_gift_card_type_list_by_id(
        self,
        location_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[GetGiftCardTypeListByIdResponse200Item] | None:
        """The async form of ``client.subscriptions_certificates.get_gift_card_type_list_by_id`` (see its docstring)."""
        from .get_gift_card_type_list_by_id import asyncio

        return await asyncio(
            location_id=location_id,
            client=self._client,
            options=options,
        )

    async def get_membership_list(
        self,
        chain_id: int,
        *,
        created_after: datetime.datetime | Unset = UNSET,
        created_before: datetime.datetime | Unset = UNSET,
        abonements_ids: list[int] | Unset = UNSET,
        page: int | Unset = UNSET,
        count: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """The async form of ``client.subscriptions_certificates.get_membership_list`` (see its docstring)."""
        from .get_membership_list import asyncio

        return await asyncio(
            chain_id=chain_id,
            created_after=created_after,
            created_before=created_before,
            abonements_ids=abonements_ids,
            page=page,
            count=count,
            client=self._client,
            options=options,
        )

    async def get_membership_type_list(
        self,
        location_id: int,
        *,
        title: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[GetMembershipTypeListResponse200Item] | None:
        """The async form of ``client.subscriptions_certificates.get_membership_type_list`` (see its docstring)."""
        from .get_membership_type_list import asyncio

        return await asyncio(
            location_id=location_id,
            title=title,
            page=page,
            page_size=page_size,
            client=self._client,
            options=options,
        )

    async def get_membership_type_list_by_id(
        self,
        location_id: int,
        *,
        ids: list[int] | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[GetMembershipTypeListByIdResponse200Item] | None:
        """The async form of ``client.subscriptions_certificates.get_membership_type_list_by_id`` (see its docstring)."""
        from .get_membership_type_list_by_id import asyncio

        return await asyncio(
            location_id=location_id,
            ids=ids,
            client=self._client,
            options=options,
        )

    async def get_user_gift_cards(
        self,
        *,
        company_id: int,
        options: RequestOptions | None = None,
    ) -> list[GetUserGiftCardsResponse200Item] | None:
        """The async form of ``client.subscriptions_certificates.get_user_gift_cards`` (see its docstring)."""
        from .get_user_gift_cards import asyncio

        return await asyncio(
            company_id=company_id,
            client=self._client,
            options=options,
        )

    async def get_user_memberships(
        self,
        *,
        company_id: int,
        options: RequestOptions | None = None,
    ) -> list[GetUserMembershipsResponse200Item] | None:
        """The async form of ``client.subscriptions_certificates.get_user_memberships`` (see its docstring)."""
        from .get_user_memberships import asyncio

        return await asyncio(
            company_id=company_id,
            client=self._client,
            options=options,
        )

    async def search_memberships_for_event(
        self,
        location_id: int,
        client_id: int,
        *,
        event_id: int,
        options: RequestOptions | None = None,
    ) -> SearchMembershipsForEventResponse200 | None:
        """The async form of ``client.subscriptions_certificates.search_memberships_for_event`` (see its docstring)."""
        from .search_memberships_for_event import asyncio

        return await asyncio(
            location_id=location_id,
            client_id=client_id,
            event_id=event_id,
            client=self._client,
            options=options,
        )
