"""``chain_loyalty_programs``: the Chain Loyalty Programs operations of Altegio's Business Management API as methods
(``client.chain_loyalty_programs.<operation_id>(...)``; ``client.aio.chain_loyalty_programs`` has the async forms). Each
is the module function ``altegio_b2b.api.chain_loyalty_programs.<operation_id>.sync`` with the
client filled in: the same arguments, return type and errors."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ..._runtime.options import RequestOptions
    from ...client import AltegioClient
    from ...models.chain_loyalty_certificate_types_create_body import ChainLoyaltyCertificateTypesCreateBody
    from ...models.chain_loyalty_certificate_types_create_response_200 import (
        ChainLoyaltyCertificateTypesCreateResponse200,
    )
    from ...models.chain_loyalty_certificate_types_get_response_200 import ChainLoyaltyCertificateTypesGetResponse200
    from ...models.chain_loyalty_certificate_types_list_response_200_item import (
        ChainLoyaltyCertificateTypesListResponse200Item,
    )
    from ...models.chain_loyalty_certificate_types_update_body import ChainLoyaltyCertificateTypesUpdateBody
    from ...models.chain_loyalty_certificate_types_update_response_200 import (
        ChainLoyaltyCertificateTypesUpdateResponse200,
    )
    from ...models.chain_loyalty_membership_types_archive_body import ChainLoyaltyMembershipTypesArchiveBody
    from ...models.chain_loyalty_membership_types_clone_body import ChainLoyaltyMembershipTypesCloneBody
    from ...models.chain_loyalty_membership_types_clone_response_200 import ChainLoyaltyMembershipTypesCloneResponse200
    from ...models.chain_loyalty_membership_types_clone_response_201 import ChainLoyaltyMembershipTypesCloneResponse201
    from ...models.chain_loyalty_membership_types_create_body import ChainLoyaltyMembershipTypesCreateBody
    from ...models.chain_loyalty_membership_types_create_response_200 import (
        ChainLoyaltyMembershipTypesCreateResponse200,
    )
    from ...models.chain_loyalty_membership_types_create_response_201 import (
        ChainLoyaltyMembershipTypesCreateResponse201,
    )
    from ...models.chain_loyalty_membership_types_list_response_200_item import (
        ChainLoyaltyMembershipTypesListResponse200Item,
    )
    from ...models.chain_loyalty_membership_types_read_response_200 import ChainLoyaltyMembershipTypesReadResponse200
    from ...models.chain_loyalty_membership_types_restore_body import ChainLoyaltyMembershipTypesRestoreBody
    from ...models.chain_loyalty_membership_types_update_body import ChainLoyaltyMembershipTypesUpdateBody
    from ...models.chain_loyalty_membership_types_update_response_200 import (
        ChainLoyaltyMembershipTypesUpdateResponse200,
    )
    from ...models.chain_loyalty_memberships_freeze_body import ChainLoyaltyMembershipsFreezeBody
    from ...models.chain_loyalty_memberships_freeze_response_200 import ChainLoyaltyMembershipsFreezeResponse200
    from ...models.chain_loyalty_memberships_set_balance_body import ChainLoyaltyMembershipsSetBalanceBody
    from ...models.chain_loyalty_memberships_set_balance_response_200 import (
        ChainLoyaltyMembershipsSetBalanceResponse200,
    )
    from ...models.chain_loyalty_memberships_set_period_body import ChainLoyaltyMembershipsSetPeriodBody
    from ...models.chain_loyalty_memberships_set_period_response_200 import ChainLoyaltyMembershipsSetPeriodResponse200
    from ...models.chain_loyalty_memberships_unfreeze_body import ChainLoyaltyMembershipsUnfreezeBody
    from ...models.chain_loyalty_memberships_unfreeze_response_200 import ChainLoyaltyMembershipsUnfreezeResponse200
    from ...models.create_chain_loyalty_program_body import CreateChainLoyaltyProgramBody
    from ...models.create_chain_loyalty_program_include import CreateChainLoyaltyProgramInclude
    from ...models.create_chain_loyalty_program_response_200 import CreateChainLoyaltyProgramResponse200
    from ...models.delete_chain_loyalty_program_include import DeleteChainLoyaltyProgramInclude
    from ...models.get_chain_loyalty_notification_template_list_response_200_item import (
        GetChainLoyaltyNotificationTemplateListResponse200Item,
    )
    from ...models.get_chain_loyalty_program_include import GetChainLoyaltyProgramInclude
    from ...models.get_chain_loyalty_program_response_200 import GetChainLoyaltyProgramResponse200
    from ...models.get_chain_loyalty_transaction_list_response_200_item import (
        GetChainLoyaltyTransactionListResponse200Item,
    )
    from ...models.get_chain_loyalty_transaction_list_types_item import GetChainLoyaltyTransactionListTypesItem
    from ...models.update_chain_loyalty_program_body import UpdateChainLoyaltyProgramBody
    from ...models.update_chain_loyalty_program_include import UpdateChainLoyaltyProgramInclude
    from ...models.update_chain_loyalty_program_response_200 import UpdateChainLoyaltyProgramResponse200


class ChainLoyaltyPrograms:
    """The Chain Loyalty Programs operations as methods of ``client.chain_loyalty_programs``."""

    __slots__ = ("_client",)

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<chain_loyalty_programs: {len(self.__dir__())} operations of {self._client!r}>"

    def __dir__(self) -> list[str]:
        return [
            "chain_loyalty_certificate_types_create",
            "chain_loyalty_certificate_types_delete",
            "chain_loyalty_certificate_types_get",
            "chain_loyalty_certificate_types_list",
            "chain_loyalty_certificate_types_update",
            "chain_loyalty_membership_types_archive",
            "chain_loyalty_membership_types_clone",
            "chain_loyalty_membership_types_create",
            "chain_loyalty_membership_types_delete",
            "chain_loyalty_membership_types_list",
            "chain_loyalty_membership_types_read",
            "chain_loyalty_membership_types_restore",
            "chain_loyalty_membership_types_update",
            "chain_loyalty_memberships_freeze",
            "chain_loyalty_memberships_set_balance",
            "chain_loyalty_memberships_set_period",
            "chain_loyalty_memberships_unfreeze",
            "create_chain_loyalty_program",
            "delete_chain_loyalty_program",
            "get_chain_loyalty_notification_template_list",
            "get_chain_loyalty_program",
            "get_chain_loyalty_transaction_list",
            "update_chain_loyalty_program",
        ]

    def chain_loyalty_certificate_types_create(
        self,
        chain_id: int,
        *,
        body: ChainLoyaltyCertificateTypesCreateBody,
        options: RequestOptions | None = None,
    ) -> ChainLoyaltyCertificateTypesCreateResponse200 | None:
        """Create certificate type

        Creates a new certificate type at the chain level.

        Certificate types define gift certificate templates that can be sold across multiple locations.

        **Item Type Restrictions:**
        - 0 = All services and products
        - 1 = Any services (no products)
        - 2 = Any products (no services)
        - 3 = Specific services only (no products)
        - 4 = Specific services + any products

        **Expiration Types:**
        - 0 = No expiration
        - 1 = Fixed date for all instances
        - 2 = Fixed period from sale date

        **Expiration Units:**
        - 1 = day
        - 2 = week
        - 3 = month
        - 4 = year

        **Balance Edit Types:**
        - 1 = Can be edited
        - 2 = Cannot be edited

        **Note:** After creation, certificate products are automatically created in inventory.

        POST /chain/{chain_id}/loyalty/certificate_types (operation `chain_loyalty_certificate_types_create` of the Business Management API); needs the partner and the user token.

        Args:
            chain_id (int): Chain ID
            body (ChainLoyaltyCertificateTypesCreateBody):
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            ChainLoyaltyCertificateTypesCreateResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.chain_loyalty_programs.chain_loyalty_certificate_types_create.sync``; ``client.aio`` has the async form.
        """

        from .chain_loyalty_certificate_types_create import sync

        return sync(
            chain_id=chain_id,
            body=body,
            client=self._client,
            options=options,
        )

    def chain_loyalty_certificate_types_delete(
        self,
        chain_id: int,
        type_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any | None | None:
        """Delete certificate type

        Deletes a certificate type from the chain.

        **Warning:** This action cannot be undone. Certificate types that have
        issued certificates cannot be deleted.

        DELETE /chain/{chain_id}/loyalty/certificate_types/{type_id} (operation `chain_loyalty_certificate_types_delete` of the Business Management API); needs the partner and the user token.

        Args:
            chain_id (int): Chain ID
            type_id (int): Certificate type ID to delete
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            Any | None | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.chain_loyalty_programs.chain_loyalty_certificate_types_delete.sync``; ``client.aio`` has the async form.
        """

        from .chain_loyalty_certificate_types_delete import sync

        return sync(
            chain_id=chain_id,
            type_id=type_id,
            client=self._client,
            options=options,
        )

    def chain_loyalty_certificate_types_get(
        self,
        chain_id: int,
        type_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> ChainLoyaltyCertificateTypesGetResponse200 | None:
        """Get certificate type

        Retrieves a specific certificate type by ID at the chain level.

        Returns complete certificate type configuration including expiration rules,
        restrictions, and online sale settings.

        GET /chain/{chain_id}/loyalty/certificate_types/{type_id} (operation `chain_loyalty_certificate_types_get` of the Business Management API); needs the partner and the user token.

        Args:
            chain_id (int): Chain ID
            type_id (int): Certificate type ID
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            ChainLoyaltyCertificateTypesGetResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.chain_loyalty_programs.chain_loyalty_certificate_types_get.sync``; ``client.aio`` has the async form.
        """

        from .chain_loyalty_certificate_types_get import sync

        return sync(
            chain_id=chain_id,
            type_id=type_id,
            client=self._client,
            options=options,
        )

    def chain_loyalty_certificate_types_list(
        self,
        chain_id: int,
        *,
        title: str | Unset = UNSET,
        page: int | Unset = 1,
        page_size: int | Unset = 10,
        options: RequestOptions | None = None,
    ) -> list[ChainLoyaltyCertificateTypesListResponse200Item] | None:
        """List certificate types

        Retrieves a list of certificate types at the chain level.

        Returns all certificate types configured for the chain with optional filtering
        and pagination.

        **Query Parameters:**
        - `title` - Filter by certificate type name (partial match)
        - `page` - Page number (default: 1)
        - `page_size` - Items per page (default: 10, max: 100)

        **Item Type Restrictions:**
        - 0 = All services and products
        - 1 = Any services (no products)
        - 2 = Any products (no services)
        - 3 = Specific services only (no products)
        - 4 = Specific services + any products

        **Expiration Types:**
        - 0 = No expiration
        - 1 = Fixed date for all instances
        - 2 = Fixed period from sale date

        **Expiration Units:**
        - 1 = day
        - 2 = week
        - 3 = month
        - 4 = year

        GET /chain/{chain_id}/loyalty/certificate_types (operation `chain_loyalty_certificate_types_list` of the Business Management API); needs the partner and the user token.

        Args:
            chain_id (int): Chain ID
            title (str | Unset): Filter by certificate type name (partial match)
            page (int | Unset): Page number Default: 1.
            page_size (int | Unset): Items per page (max 100) Default: 10.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[ChainLoyaltyCertificateTypesListResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.chain_loyalty_programs.chain_loyalty_certificate_types_list.sync``; ``client.aio`` has the async form.
        """

        from .chain_loyalty_certificate_types_list import sync

        return sync(
            chain_id=chain_id,
            title=title,
            page=page,
            page_size=page_size,
            client=self._client,
            options=options,
        )

    def chain_loyalty_certificate_types_update(
        self,
        chain_id: int,
        type_id: int,
        *,
        body: ChainLoyaltyCertificateTypesUpdateBody,
        options: RequestOptions | None = None,
    ) -> ChainLoyaltyCertificateTypesUpdateResponse200 | None:
        """Update certificate type

        Updates an existing certificate type at the chain level.

        All fields from creation are required. Use GET first to retrieve current values,
        then modify needed fields and send complete object.

        **Note:** Cannot update certificate types that have already been issued.

        PUT /chain/{chain_id}/loyalty/certificate_types/{type_id} (operation `chain_loyalty_certificate_types_update` of the Business Management API); needs the partner and the user token.

        Args:
            chain_id (int): Chain ID
            type_id (int): Certificate type ID
            body (ChainLoyaltyCertificateTypesUpdateBody):
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            ChainLoyaltyCertificateTypesUpdateResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.chain_loyalty_programs.chain_loyalty_certificate_types_update.sync``; ``client.aio`` has the async form.
        """

        from .chain_loyalty_certificate_types_update import sync

        return sync(
            chain_id=chain_id,
            type_id=type_id,
            body=body,
            client=self._client,
            options=options,
        )

    def chain_loyalty_membership_types_archive(
        self,
        chain_id: int,
        loyalty_membership_type_id: int,
        *,
        body: ChainLoyaltyMembershipTypesArchiveBody,
        options: RequestOptions | None = None,
    ) -> Any:
        """Archive or unarchive membership type

        Archives or unarchives a membership type.

        Archived membership types:
        - Cannot be sold to new clients
        - Existing active memberships remain functional
        - Can be unarchived at any time

        **Note:** Requires chain-level permissions.

        PATCH /chain/{chain_id}/loyalty/abonement_types/{loyalty_membership_type_id}/archive (operation `chain_loyalty_membership_types_archive` of the Business Management API); needs the partner and the user token.

        Args:
            chain_id (int): Chain ID
            loyalty_membership_type_id (int): Membership type ID
            body (ChainLoyaltyMembershipTypesArchiveBody):
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.chain_loyalty_programs.chain_loyalty_membership_types_archive.sync``; ``client.aio`` has the async form.
        """

        from .chain_loyalty_membership_types_archive import sync

        return sync(
            chain_id=chain_id,
            loyalty_membership_type_id=loyalty_membership_type_id,
            body=body,
            client=self._client,
            options=options,
        )

    def chain_loyalty_membership_types_clone(
        self,
        chain_id: int,
        loyalty_membership_type_id: int,
        *,
        body: ChainLoyaltyMembershipTypesCloneBody | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> ChainLoyaltyMembershipTypesCloneResponse200 | ChainLoyaltyMembershipTypesCloneResponse201 | None:
        """Clone membership type

        Creates a copy of an existing membership type with a new ID.

        The cloned membership type will:
        - Have the same settings (cost, period, services, etc.)
        - Get a modified title with " (2)" suffix automatically added
        - Have a new unique ID
        - Preserve all service/category links from the original

        **Note:** Requires chain-level permissions.

        POST /chain/{chain_id}/loyalty/abonement_types/{loyalty_membership_type_id}/clone (operation `chain_loyalty_membership_types_clone` of the Business Management API); needs the partner and the user token.

        Args:
            chain_id (int): Chain ID
            loyalty_membership_type_id (int): Membership type ID to clone
            body (ChainLoyaltyMembershipTypesCloneBody | Unset): Empty body required (or omit
                entirely)
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            ChainLoyaltyMembershipTypesCloneResponse200 | ChainLoyaltyMembershipTypesCloneResponse201 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.chain_loyalty_programs.chain_loyalty_membership_types_clone.sync``; ``client.aio`` has the async form.
        """

        from .chain_loyalty_membership_types_clone import sync

        return sync(
            chain_id=chain_id,
            loyalty_membership_type_id=loyalty_membership_type_id,
            body=body,
            client=self._client,
            options=options,
        )

    def chain_loyalty_membership_types_create(
        self,
        chain_id: int,
        *,
        body: ChainLoyaltyMembershipTypesCreateBody,
        options: RequestOptions | None = None,
    ) -> ChainLoyaltyMembershipTypesCreateResponse200 | ChainLoyaltyMembershipTypesCreateResponse201 | None:
        """Create membership type

        Creates a new membership type at the chain level. Membership types define reusable packages
        (e.g., "10 visits", "Monthly unlimited") that can be sold across multiple locations in the chain.

        **Important API Differences:**
        - `services` and `service_categories` must be **objects** (key-value pairs), not arrays
        - Example: `{"service_id": count}` not `[service_id]`
        - Some legacy documentation shows arrays, but the real API requires objects

        **Note:** Requires chain-level permissions.

        POST /chain/{chain_id}/loyalty/abonement_types (operation `chain_loyalty_membership_types_create` of the Business Management API); needs the partner and the user token.

        Args:
            chain_id (int): Chain ID
            body (ChainLoyaltyMembershipTypesCreateBody):
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            ChainLoyaltyMembershipTypesCreateResponse200 | ChainLoyaltyMembershipTypesCreateResponse201 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.chain_loyalty_programs.chain_loyalty_membership_types_create.sync``; ``client.aio`` has the async form.
        """

        from .chain_loyalty_membership_types_create import sync

        return sync(
            chain_id=chain_id,
            body=body,
            client=self._client,
            options=options,
        )

    def chain_loyalty_membership_types_delete(
        self,
        chain_id: int,
        loyalty_membership_type_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> None:
        """Delete membership type

        Deletes a membership type from the chain.

        **Warning:** This action cannot be undone. Active subscriptions using this type
        may be affected.

        DELETE /chain/{chain_id}/loyalty/abonement_types/{loyalty_membership_type_id} (operation `chain_loyalty_membership_types_delete` of the Business Management API); needs the partner and the user token.

        Args:
            chain_id (int): Chain ID
            loyalty_membership_type_id (int): Membership type ID to delete
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            None | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.chain_loyalty_programs.chain_loyalty_membership_types_delete.sync``; ``client.aio`` has the async form.
        """

        from .chain_loyalty_membership_types_delete import sync

        return sync(
            chain_id=chain_id,
            loyalty_membership_type_id=loyalty_membership_type_id,
            client=self._client,
            options=options,
        )

    def chain_loyalty_membership_types_list(
        self,
        chain_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[ChainLoyaltyMembershipTypesListResponse200Item] | None:
        """List membership types

        Retrieves all membership types available in the chain.

        **Note:** Requires chain-level permissions.

        GET /chain/{chain_id}/loyalty/abonement_types (operation `chain_loyalty_membership_types_list` of the Business Management API); needs the partner and the user token.

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
            list[ChainLoyaltyMembershipTypesListResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.chain_loyalty_programs.chain_loyalty_membership_types_list.sync``; ``client.aio`` has the async form.
        """

        from .chain_loyalty_membership_types_list import sync

        return sync(
            chain_id=chain_id,
            client=self._client,
            options=options,
        )

    def chain_loyalty_membership_types_read(
        self,
        chain_id: int,
        loyalty_membership_type_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> ChainLoyaltyMembershipTypesReadResponse200 | None:
        """Get membership type details

        Retrieves detailed information about a specific membership type.

        **Note:** Requires chain-level permissions.

        GET /chain/{chain_id}/loyalty/abonement_types/{loyalty_membership_type_id} (operation `chain_loyalty_membership_types_read` of the Business Management API); needs the partner and the user token.

        Args:
            chain_id (int): Chain ID
            loyalty_membership_type_id (int): Membership type ID
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            ChainLoyaltyMembershipTypesReadResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.chain_loyalty_programs.chain_loyalty_membership_types_read.sync``; ``client.aio`` has the async form.
        """

        from .chain_loyalty_membership_types_read import sync

        return sync(
            chain_id=chain_id,
            loyalty_membership_type_id=loyalty_membership_type_id,
            client=self._client,
            options=options,
        )

    def chain_loyalty_membership_types_restore(
        self,
        chain_id: int,
        loyalty_membership_type_id: int,
        *,
        body: ChainLoyaltyMembershipTypesRestoreBody,
        options: RequestOptions | None = None,
    ) -> Any:
        """Restore deleted membership type

        Restores a previously deleted membership type.

        **Note:** Requires chain-level permissions.

        POST /chain/{chain_id}/loyalty/abonement_types/{loyalty_membership_type_id}/restore (operation `chain_loyalty_membership_types_restore` of the Business Management API); needs the partner and the user token.

        Args:
            chain_id (int): Chain ID
            loyalty_membership_type_id (int): Membership type ID to restore
            body (ChainLoyaltyMembershipTypesRestoreBody):
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.chain_loyalty_programs.chain_loyalty_membership_types_restore.sync``; ``client.aio`` has the async form.
        """

        from .chain_loyalty_membership_types_restore import sync

        return sync(
            chain_id=chain_id,
            loyalty_membership_type_id=loyalty_membership_type_id,
            body=body,
            client=self._client,
            options=options,
        )

    def chain_loyalty_membership_types_update(
        self,
        chain_id: int,
        loyalty_membership_type_id: int,
        *,
        body: ChainLoyaltyMembershipTypesUpdateBody,
        options: RequestOptions | None = None,
    ) -> ChainLoyaltyMembershipTypesUpdateResponse200 | None:
        """Update membership type

        Updates an existing membership type. You can update basic information
        (title, cost, period) without modifying the service/category links.

        **Note:** To preserve existing services, pass empty arrays for
        `services` and `service_categories` fields.

        PUT /chain/{chain_id}/loyalty/abonement_types/{loyalty_membership_type_id} (operation `chain_loyalty_membership_types_update` of the Business Management API); needs the partner and the user token.

        Args:
            chain_id (int): Chain ID
            loyalty_membership_type_id (int): Membership type ID
            body (ChainLoyaltyMembershipTypesUpdateBody):
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            ChainLoyaltyMembershipTypesUpdateResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.chain_loyalty_programs.chain_loyalty_membership_types_update.sync``; ``client.aio`` has the async form.
        """

        from .chain_loyalty_membership_types_update import sync

        return sync(
            chain_id=chain_id,
            loyalty_membership_type_id=loyalty_membership_type_id,
            body=body,
            client=self._client,
            options=options,
        )

    def chain_loyalty_memberships_freeze(
        self,
        chain_id: int,
        membership_id: int,
        *,
        body: ChainLoyaltyMembershipsFreezeBody,
        options: RequestOptions | None = None,
    ) -> ChainLoyaltyMembershipsFreezeResponse200 | None:
        """Freeze membership

        Freezes a subscription (membership) until the specified date.

        The subscription's expiration date will be extended by the freeze period.
        Frozen subscriptions cannot be used for appointments.

        **Requirements:**
        - Membership type must have `allow_freeze: true`
        - Freeze period must not exceed `freeze_limit` from membership type

        **Note:** Requires chain-level permissions.

        POST /chain/{chain_id}/loyalty/abonements/{membership_id}/freeze (operation `chain_loyalty_memberships_freeze` of the Business Management API); needs the partner and the user token.

        Args:
            chain_id (int): Chain ID
            membership_id (int): Membership ID to freeze
            body (ChainLoyaltyMembershipsFreezeBody):
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            ChainLoyaltyMembershipsFreezeResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.chain_loyalty_programs.chain_loyalty_memberships_freeze.sync``; ``client.aio`` has the async form.
        """

        from .chain_loyalty_memberships_freeze import sync

        return sync(
            chain_id=chain_id,
            membership_id=membership_id,
            body=body,
            client=self._client,
            options=options,
        )

    def chain_loyalty_memberships_set_balance(
        self,
        chain_id: int,
        membership_id: int,
        *,
        body: ChainLoyaltyMembershipsSetBalanceBody,
        options: RequestOptions | None = None,
    ) -> ChainLoyaltyMembershipsSetBalanceResponse200 | None:
        """Change membership balance

        Modifies the remaining visit count for a subscription (membership).

        **For unified balance subscriptions:**
        - Use `united_balance_services_count` to set total visits

        **For separate balance subscriptions:**
        - Use `services_balance_count` array with service_id and balance for each service/category

        **Use cases:**
        - Adjust balance after administrative changes
        - Correct errors in visit counts
        - Add bonus visits

        **Note:** Requires chain-level permissions.

        POST /chain/{chain_id}/loyalty/abonements/{membership_id}/set_balance (operation `chain_loyalty_memberships_set_balance` of the Business Management API); needs the partner and the user token.

        Args:
            chain_id (int): Chain ID
            membership_id (int): Membership ID
            body (ChainLoyaltyMembershipsSetBalanceBody):
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            ChainLoyaltyMembershipsSetBalanceResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.chain_loyalty_programs.chain_loyalty_memberships_set_balance.sync``; ``client.aio`` has the async form.
        """

        from .chain_loyalty_memberships_set_balance import sync

        return sync(
            chain_id=chain_id,
            membership_id=membership_id,
            body=body,
            client=self._client,
            options=options,
        )

    def chain_loyalty_memberships_set_period(
        self,
        chain_id: int,
        membership_id: int,
        *,
        body: ChainLoyaltyMembershipsSetPeriodBody,
        options: RequestOptions | None = None,
    ) -> ChainLoyaltyMembershipsSetPeriodResponse200 | None:
        """Change membership validity period

        Modifies the validity period (duration) of a subscription (membership).

        This changes how long the subscription remains active before expiring.

        **Period units:**
        - 1 = day
        - 2 = week
        - 3 = month
        - 4 = year

        **Use cases:**
        - Extend expiration as customer service gesture
        - Adjust period after policy changes
        - Correct administrative errors

        **Note:** Requires chain-level permissions.

        POST /chain/{chain_id}/loyalty/abonements/{membership_id}/set_period (operation `chain_loyalty_memberships_set_period` of the Business Management API); needs the partner and the user token.

        Args:
            chain_id (int): Chain ID
            membership_id (int): Membership ID
            body (ChainLoyaltyMembershipsSetPeriodBody):
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            ChainLoyaltyMembershipsSetPeriodResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.chain_loyalty_programs.chain_loyalty_memberships_set_period.sync``; ``client.aio`` has the async form.
        """

        from .chain_loyalty_memberships_set_period import sync

        return sync(
            chain_id=chain_id,
            membership_id=membership_id,
            body=body,
            client=self._client,
            options=options,
        )

    def chain_loyalty_memberships_unfreeze(
        self,
        chain_id: int,
        membership_id: int,
        *,
        body: ChainLoyaltyMembershipsUnfreezeBody | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> ChainLoyaltyMembershipsUnfreezeResponse200 | None:
        """Unfreeze membership

        Removes the freeze from a subscription (membership).

        The subscription's expiration date will remain extended by the freeze period
        that was already applied during the freeze.

        **Note:** Requires chain-level permissions.

        POST /chain/{chain_id}/loyalty/abonements/{membership_id}/unfreeze (operation `chain_loyalty_memberships_unfreeze` of the Business Management API); needs the partner and the user token.

        Args:
            chain_id (int): Chain ID
            membership_id (int): Membership ID to unfreeze
            body (ChainLoyaltyMembershipsUnfreezeBody | Unset): Empty body required (or omit entirely)
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            ChainLoyaltyMembershipsUnfreezeResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.chain_loyalty_programs.chain_loyalty_memberships_unfreeze.sync``; ``client.aio`` has the async form.
        """

        from .chain_loyalty_memberships_unfreeze import sync

        return sync(
            chain_id=chain_id,
            membership_id=membership_id,
            body=body,
            client=self._client,
            options=options,
        )

    def create_chain_loyalty_program(
        self,
        chain_id: int,
        *,
        body: CreateChainLoyaltyProgramBody,
        include: CreateChainLoyaltyProgramInclude | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> CreateChainLoyaltyProgramResponse200 | None:
        """Create a Chain Promotion

        POST /chain/{chain_id}/loyalty/programs (operation `create_chain_loyalty_program` of the Business Management API); needs the partner and the user token.

        Args:
            chain_id (int): Chain ID
            include (CreateChainLoyaltyProgramInclude | Unset): Include additional resources in the
                answer
            body (CreateChainLoyaltyProgramBody): The body of the request to create a loyalty
                promotion Example: {'title': 'Cumulative discount for some services and not for goods',
                'type': 'discount_accumulative_paid', 'service_item_type': 'custom_allowed',
                'good_item_type': 'not_allowed', 'allowed_service_ids': [53, 92], 'allowed_good_ids': [],
                'allowed_good_category_ids': [], 'value_unit': 'percent', 'usage_limit': 0,
                'visit_multiplicity': 0, 'sold_items_multiplicity': 0, 'expiration_timeout': 6,
                'expiration_timeout_unit': 'month', 'expiration_notification_timeout': 7,
                'params_source_type': 'chain', 'history_start_date': '2026-09-21',
                'loyalty_card_type_ids': [51, 29], 'on_changed_notification_template': {'type': 'custom',
                'body': 'Your discount has changed'}, 'on_expiration_notification_template': {'type':
                'big'}, 'rules': [{'parameter': 10, 'value': 2.5, 'service_id': 0}, {'parameter': 30,
                'value': 7.5, 'service_id': 0}], 'company_ids': [49]}.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            CreateChainLoyaltyProgramResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.chain_loyalty_programs.create_chain_loyalty_program.sync``; ``client.aio`` has the async form.
        """

        from .create_chain_loyalty_program import sync

        return sync(
            chain_id=chain_id,
            body=body,
            include=include,
            client=self._client,
            options=options,
        )

    def delete_chain_loyalty_program(
        self,
        chain_id: int,
        loyalty_program_id: int,
        *,
        include: DeleteChainLoyaltyProgramInclude | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """Delete Chain Promotion

        DELETE /chain/{chain_id}/loyalty/programs/{loyalty_program_id} (operation `delete_chain_loyalty_program` of the Business Management API); needs the partner and the user token.

        Args:
            chain_id (int): Chain ID
            loyalty_program_id (int): Promotion ID
            include (DeleteChainLoyaltyProgramInclude | Unset): Include additional resources in the
                answer
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.chain_loyalty_programs.delete_chain_loyalty_program.sync``; ``client.aio`` has the async form.
        """

        from .delete_chain_loyalty_program import sync

        return sync(
            chain_id=chain_id,
            loyalty_program_id=loyalty_program_id,
            include=include,
            client=self._client,
            options=options,
        )

    def get_chain_loyalty_notification_template_list(
        self,
        chain_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[GetChainLoyaltyNotificationTemplateListResponse200Item] | None:
        """Get a list of loyalty notification templates

        GET /chain/{chain_id}/loyalty/notification_message_templates/programs (operation `get_chain_loyalty_notification_template_list` of the Business Management API); needs the partner and the user token.

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
            list[GetChainLoyaltyNotificationTemplateListResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.chain_loyalty_programs.get_chain_loyalty_notification_template_list.sync``; ``client.aio`` has the async form.
        """

        from .get_chain_loyalty_notification_template_list import sync

        return sync(
            chain_id=chain_id,
            client=self._client,
            options=options,
        )

    def get_chain_loyalty_program(
        self,
        chain_id: int,
        loyalty_program_id: int,
        *,
        include: GetChainLoyaltyProgramInclude | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> GetChainLoyaltyProgramResponse200 | None:
        """Get a Chain Promotion

        GET /chain/{chain_id}/loyalty/programs/{loyalty_program_id} (operation `get_chain_loyalty_program` of the Business Management API); needs the partner and the user token.

        Args:
            chain_id (int): Chain ID
            loyalty_program_id (int): Promotion ID
            include (GetChainLoyaltyProgramInclude | Unset): Include additional resources in the
                answer
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            GetChainLoyaltyProgramResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.chain_loyalty_programs.get_chain_loyalty_program.sync``; ``client.aio`` has the async form.
        """

        from .get_chain_loyalty_program import sync

        return sync(
            chain_id=chain_id,
            loyalty_program_id=loyalty_program_id,
            include=include,
            client=self._client,
            options=options,
        )

    def get_chain_loyalty_transaction_list(
        self,
        chain_id: int,
        *,
        created_after: datetime.date,
        created_before: datetime.date,
        types: list[GetChainLoyaltyTransactionListTypesItem] | Unset = UNSET,
        company_ids: list[int] | Unset = UNSET,
        visit_ids: list[int] | Unset = UNSET,
        page: int | Unset = UNSET,
        count: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[GetChainLoyaltyTransactionListResponse200Item] | None:
        """Get a List of Chain Loyalty Transactions

        GET /chain/{chain_id}/loyalty/transactions (operation `get_chain_loyalty_transaction_list` of the Business Management API); needs the partner and the user token.

        Args:
            chain_id (int): Chain ID
            created_after (datetime.date): Sample start date in Y-m-d format
            created_before (datetime.date): Sample end date in Y-m-d format
            types (list[GetChainLoyaltyTransactionListTypesItem] | Unset): Types of loyalty
                transactions included in the selection: 1 - Promotion discount, 2 - Loyalty program
                accrual, 3 - Loyalty card withdrawal, 4 - Referral program accrual, 5 - Manual
                replenishment, 6 - Manual withdrawal, 7 - Overdue points withdrawal , 8 - Withdrawal from
                the gift card, 9 - Use of the membership, 10 - Recalculation of the cost of the
                membership, 11 - Withdrawal from the client account
            company_ids (list[int] | Unset): Loyalty transaction affiliate IDs included in the sample
            visit_ids (list[int] | Unset): Loyalty transaction visit IDs included in the sample
            page (int | Unset): Selection page
            count (int | Unset): Number of results per selection page
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[GetChainLoyaltyTransactionListResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.chain_loyalty_programs.get_chain_loyalty_transaction_list.sync``; ``client.aio`` has the async form.
        """

        from .get_chain_loyalty_transaction_list import sync

        return sync(
            chain_id=chain_id,
            created_after=created_after,
            created_before=created_before,
            types=types,
            company_ids=company_ids,
            visit_ids=visit_ids,
            page=page,
            count=count,
            client=self._client,
            options=options,
        )

    def update_chain_loyalty_program(
        self,
        chain_id: int,
        loyalty_program_id: int,
        *,
        body: UpdateChainLoyaltyProgramBody,
        include: UpdateChainLoyaltyProgramInclude | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> UpdateChainLoyaltyProgramResponse200 | None:
        """Edit Chain Promotion

        PUT /chain/{chain_id}/loyalty/programs/{loyalty_program_id} (operation `update_chain_loyalty_program` of the Business Management API); needs the partner and the user token.

        Args:
            chain_id (int): Chain ID
            loyalty_program_id (int): Promotion ID
            include (UpdateChainLoyaltyProgramInclude | Unset): Include additional resources in the
                answer
            body (UpdateChainLoyaltyProgramBody): The body of the request to change the loyalty
                promotion Example: {'title': 'Cumulative discount for some services and not for goods',
                'allowed_service_ids': [53, 92], 'allowed_good_ids': [], 'allowed_good_category_ids': [],
                'usage_limit': 0, 'expiration_timeout': 6, 'expiration_timeout_unit': 'month',
                'expiration_notification_timeout': 7, 'loyalty_card_type_ids': [51, 29],
                'on_changed_notification_template': {'type': 'custom', 'body': 'Your discount has
                changed'}, 'on_expiration_notification_template': {'type': 'big'}, 'rules': [{'parameter':
                10, 'value': 2.5, 'service_id': 0}, {'parameter': 30, 'value': 7.5, 'service_id': 0}],
                'company_ids': [49]}.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            UpdateChainLoyaltyProgramResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.chain_loyalty_programs.update_chain_loyalty_program.sync``; ``client.aio`` has the async form.
        """

        from .update_chain_loyalty_program import sync

        return sync(
            chain_id=chain_id,
            loyalty_program_id=loyalty_program_id,
            body=body,
            include=include,
            client=self._client,
            options=options,
        )


class AsyncChainLoyaltyPrograms:
    """The async forms: ``await client.aio.chain_loyalty_programs.<operation_id>(...)``."""

    __slots__ = ("_client",)

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<aio.chain_loyalty_programs: {len(self.__dir__())} operations of {self._client!r}>"

    def __dir__(self) -> list[str]:
        return [
            "chain_loyalty_certificate_types_create",
            "chain_loyalty_certificate_types_delete",
            "chain_loyalty_certificate_types_get",
            "chain_loyalty_certificate_types_list",
            "chain_loyalty_certificate_types_update",
            "chain_loyalty_membership_types_archive",
            "chain_loyalty_membership_types_clone",
            "chain_loyalty_membership_types_create",
            "chain_loyalty_membership_types_delete",
            "chain_loyalty_membership_types_list",
            "chain_loyalty_membership_types_read",
            "chain_loyalty_membership_types_restore",
            "chain_loyalty_membership_types_update",
            "chain_loyalty_memberships_freeze",
            "chain_loyalty_memberships_set_balance",
            "chain_loyalty_memberships_set_period",
            "chain_loyalty_memberships_unfreeze",
            "create_chain_loyalty_program",
            "delete_chain_loyalty_program",
            "get_chain_loyalty_notification_template_list",
            "get_chain_loyalty_program",
            "get_chain_loyalty_transaction_list",
            "update_chain_loyalty_program",
        ]

    async def chain_loyalty_certificate_types_create(
        self,
        chain_id: int,
        *,
        body: ChainLoyaltyCertificateTypesCreateBody,
        options: RequestOptions | None = None,
    ) -> ChainLoyaltyCertificateTypesCreateResponse200 | None:
        """The async form of ``client.chain_loyalty_programs.chain_loyalty_certificate_types_create`` (see its docstring)."""
        from .chain_loyalty_certificate_types_create import asyncio

        return await asyncio(
            chain_id=chain_id,
            body=body,
            client=self._client,
            options=options,
        )

    async def chain_loyalty_certificate_types_delete(
        self,
        chain_id: int,
        type_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any | None | None:
        """The async form of ``client.chain_loyalty_programs.chain_loyalty_certificate_types_delete`` (see its docstring)."""
        from .chain_loyalty_certificate_types_delete import asyncio

        return await asyncio(
            chain_id=chain_id,
            type_id=type_id,
            client=self._client,
            options=options,
        )

    async def chain_loyalty_certificate_types_get(
        self,
        chain_id: int,
        type_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> ChainLoyaltyCertificateTypesGetResponse200 | None:
        """The async form of ``client.chain_loyalty_programs.chain_loyalty_certificate_types_get`` (see its docstring)."""
        from .chain_loyalty_certificate_types_get import asyncio

        return await asyncio(
            chain_id=chain_id,
            type_id=type_id,
            client=self._client,
            options=options,
        )

    async def chain_loyalty_certificate_types_list(
        self,
        chain_id: int,
        *,
        title: str | Unset = UNSET,
        page: int | Unset = 1,
        page_size: int | Unset = 10,
        options: RequestOptions | None = None,
    ) -> list[ChainLoyaltyCertificateTypesListResponse200Item] | None:
        """The async form of ``client.chain_loyalty_programs.chain_loyalty_certificate_types_list`` (see its docstring)."""
        from .chain_loyalty_certificate_types_list import asyncio

        return await asyncio(
            chain_id=chain_id,
            title=title,
            page=page,
            page_size=page_size,
            client=self._client,
            options=options,
        )

    async def chain_loyalty_certificate_types_update(
        self,
        chain_id: int,
        type_id: int,
        *,
        body: ChainLoyaltyCertificateTypesUpdateBody,
        options: RequestOptions | None = None,
    ) -> ChainLoyaltyCertificateTypesUpdateResponse200 | None:
        """The async form of ``client.chain_loyalty_programs.chain_loyalty_certificate_types_update`` (see its docstring)."""
        from .chain_loyalty_certificate_types_update import asyncio

        return await asyncio(
            chain_id=chain_id,
            type_id=type_id,
            body=body,
            client=self._client,
            options=options,
        )

    async def chain_loyalty_membership_types_archive(
        self,
        chain_id: int,
        loyalty_membership_type_id: int,
        *,
        body: ChainLoyaltyMembershipTypesArchiveBody,
        options: RequestOptions | None = None,
    ) -> Any:
        """The async form of ``client.chain_loyalty_programs.chain_loyalty_membership_types_archive`` (see its docstring)."""
        from .chain_loyalty_membership_types_archive import asyncio

        return await asyncio(
            chain_id=chain_id,
            loyalty_membership_type_id=loyalty_membership_type_id,
            body=body,
            client=self._client,
            options=options,
        )

    async def chain_loyalty_membership_types_clone(
        self,
        chain_id: int,
        loyalty_membership_type_id: int,
        *,
        body: ChainLoyaltyMembershipTypesCloneBody | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> ChainLoyaltyMembershipTypesCloneResponse200 | ChainLoyaltyMembershipTypesCloneResponse201 | None:
        """The async form of ``client.chain_loyalty_programs.chain_loyalty_membership_types_clone`` (see its docstring)."""
        from .chain_loyalty_membership_types_clone import asyncio

        return await asyncio(
            chain_id=chain_id,
            loyalty_membership_type_id=loyalty_membership_type_id,
            body=body,
            client=self._client,
            options=options,
        )

    async def chain_loyalty_membership_types_create(
        self,
        chain_id: int,
        *,
        body: ChainLoyaltyMembershipTypesCreateBody,
        options: RequestOptions | None = None,
    ) -> ChainLoyaltyMembershipTypesCreateResponse200 | ChainLoyaltyMembershipTypesCreateResponse201 | None:
        """The async form of ``client.chain_loyalty_programs.chain_loyalty_membership_types_create`` (see its docstring)."""
        from .chain_loyalty_membership_types_create import asyncio

        return await asyncio(
            chain_id=chain_id,
            body=body,
            client=self._client,
            options=options,
        )

    async def chain_loyalty_membership_types_delete(
        self,
        chain_id: int,
        loyalty_membership_type_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> None:
        """The async form of ``client.chain_loyalty_programs.chain_loyalty_membership_types_delete`` (see its docstring)."""
        from .chain_loyalty_membership_types_delete import asyncio

        return await asyncio(
            chain_id=chain_id,
            loyalty_membership_type_id=loyalty_membership_type_id,
            client=self._client,
            options=options,
        )

    async def chain_loyalty_membership_types_list(
        self,
        chain_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[ChainLoyaltyMembershipTypesListResponse200Item] | None:
        """The async form of ``client.chain_loyalty_programs.chain_loyalty_membership_types_list`` (see its docstring)."""
        from .chain_loyalty_membership_types_list import asyncio

        return await asyncio(
            chain_id=chain_id,
            client=self._client,
            options=options,
        )

    async def chain_loyalty_membership_types_read(
        self,
        chain_id: int,
        loyalty_membership_type_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> ChainLoyaltyMembershipTypesReadResponse200 | None:
        """The async form of ``client.chain_loyalty_programs.chain_loyalty_membership_types_read`` (see its docstring)."""
        from .chain_loyalty_membership_types_read import asyncio

        return await asyncio(
            chain_id=chain_id,
            loyalty_membership_type_id=loyalty_membership_type_id,
            client=self._client,
            options=options,
        )

    async def chain_loyalty_membership_types_restore(
        self,
        chain_id: int,
        loyalty_membership_type_id: int,
        *,
        body: ChainLoyaltyMembershipTypesRestoreBody,
        options: RequestOptions | None = None,
    ) -> Any:
        """The async form of ``client.chain_loyalty_programs.chain_loyalty_membership_types_restore`` (see its docstring)."""
        from .chain_loyalty_membership_types_restore import asyncio

        return await asyncio(
            chain_id=chain_id,
            loyalty_membership_type_id=loyalty_membership_type_id,
            body=body,
            client=self._client,
            options=options,
        )

    async def chain_loyalty_membership_types_update(
        self,
        chain_id: int,
        loyalty_membership_type_id: int,
        *,
        body: ChainLoyaltyMembershipTypesUpdateBody,
        options: RequestOptions | None = None,
    ) -> ChainLoyaltyMembershipTypesUpdateResponse200 | None:
        """The async form of ``client.chain_loyalty_programs.chain_loyalty_membership_types_update`` (see its docstring)."""
        from .chain_loyalty_membership_types_update import asyncio

        return await asyncio(
            chain_id=chain_id,
            loyalty_membership_type_id=loyalty_membership_type_id,
            body=body,
            client=self._client,
            options=options,
        )

    async def chain_loyalty_memberships_freeze(
        self,
        chain_id: int,
        membership_id: int,
        *,
        body: ChainLoyaltyMembershipsFreezeBody,
        options: RequestOptions | None = None,
    ) -> ChainLoyaltyMembershipsFreezeResponse200 | None:
        """The async form of ``client.chain_loyalty_programs.chain_loyalty_memberships_freeze`` (see its docstring)."""
        from .chain_loyalty_memberships_freeze import asyncio

        return await asyncio(
            chain_id=chain_id,
            membership_id=membership_id,
            body=body,
            client=self._client,
            options=options,
        )

    async def chain_loyalty_memberships_set_balance(
        self,
        chain_id: int,
        membership_id: int,
        *,
        body: ChainLoyaltyMembershipsSetBalanceBody,
        options: RequestOptions | None = None,
    ) -> ChainLoyaltyMembershipsSetBalanceResponse200 | None:
        """The async form of ``client.chain_loyalty_programs.chain_loyalty_memberships_set_balance`` (see its docstring)."""
        from .chain_loyalty_memberships_set_balance import asyncio

        return await asyncio(
            chain_id=chain_id,
            membership_id=membership_id,
            body=body,
            client=self._client,
            options=options,
        )

    async def chain_loyalty_memberships_set_period(
        self,
        chain_id: int,
        membership_id: int,
        *,
        body: ChainLoyaltyMembershipsSetPeriodBody,
        options: RequestOptions | None = None,
    ) -> ChainLoyaltyMembershipsSetPeriodResponse200 | None:
        """The async form of ``client.chain_loyalty_programs.chain_loyalty_memberships_set_period`` (see its docstring)."""
        from .chain_loyalty_memberships_set_period import asyncio

        return await asyncio(
            chain_id=chain_id,
            membership_id=membership_id,
            body=body,
            client=self._client,
            options=options,
        )

    async def chain_loyalty_memberships_unfreeze(
        self,
        chain_id: int,
        membership_id: int,
        *,
        body: ChainLoyaltyMembershipsUnfreezeBody | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> ChainLoyaltyMembershipsUnfreezeResponse200 | None:
        """The async form of ``client.chain_loyalty_programs.chain_loyalty_memberships_unfreeze`` (see its docstring)."""
        from .chain_loyalty_memberships_unfreeze import asyncio

        return await asyncio(
            chain_id=chain_id,
            membership_id=membership_id,
            body=body,
            client=self._client,
            options=options,
        )

    async def create_chain_loyalty_program(
        self,
        chain_id: int,
        *,
        body: CreateChainLoyaltyProgramBody,
        include: CreateChainLoyaltyProgramInclude | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> CreateChainLoyaltyProgramResponse200 | None:
        """The async form of ``client.chain_loyalty_programs.create_chain_loyalty_program`` (see its docstring)."""
        from .create_chain_loyalty_program import asyncio

        return await asyncio(
            chain_id=chain_id,
            body=body,
            include=include,
            client=self._client,
            options=options,
        )

    async def delete_chain_loyalty_program(
        self,
        chain_id: int,
        loyalty_program_id: int,
        *,
        include: DeleteChainLoyaltyProgramInclude | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """The async form of ``client.chain_loyalty_programs.delete_chain_loyalty_program`` (see its docstring)."""
        from .delete_chain_loyalty_program import asyncio

        return await asyncio(
            chain_id=chain_id,
            loyalty_program_id=loyalty_program_id,
            include=include,
            client=self._client,
            options=options,
        )

    async def get_chain_loyalty_notification_template_list(
        self,
        chain_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[GetChainLoyaltyNotificationTemplateListResponse200Item] | None:
        """The async form of ``client.chain_loyalty_programs.get_chain_loyalty_notification_template_list`` (see its docstring)."""
        from .get_chain_loyalty_notification_template_list import asyncio

        return await asyncio(
            chain_id=chain_id,
            client=self._client,
            options=options,
        )

    async def get_chain_loyalty_program(
        self,
        chain_id: int,
        loyalty_program_id: int,
        *,
        include: GetChainLoyaltyProgramInclude | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> GetChainLoyaltyProgramResponse200 | None:
        """The async form of ``client.chain_loyalty_programs.get_chain_loyalty_program`` (see its docstring)."""
        from .get_chain_loyalty_program import asyncio

        return await asyncio(
            chain_id=chain_id,
            loyalty_program_id=loyalty_program_id,
            include=include,
            client=self._client,
            options=options,
        )

    async def get_chain_loyalty_transaction_list(
        self,
        chain_id: int,
        *,
        created_after: datetime.date,
        created_before: datetime.date,
        types: list[GetChainLoyaltyTransactionListTypesItem] | Unset = UNSET,
        company_ids: list[int] | Unset = UNSET,
        visit_ids: list[int] | Unset = UNSET,
        page: int | Unset = UNSET,
        count: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[GetChainLoyaltyTransactionListResponse200Item] | None:
        """The async form of ``client.chain_loyalty_programs.get_chain_loyalty_transaction_list`` (see its docstring)."""
        from .get_chain_loyalty_transaction_list import asyncio

        return await asyncio(
            chain_id=chain_id,
            created_after=created_after,
            created_before=created_before,
            types=types,
            company_ids=company_ids,
            visit_ids=visit_ids,
            page=page,
            count=count,
            client=self._client,
            options=options,
        )

    async def update_chain_loyalty_program(
        self,
        chain_id: int,
        loyalty_program_id: int,
        *,
        body: UpdateChainLoyaltyProgramBody,
        include: UpdateChainLoyaltyProgramInclude | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> UpdateChainLoyaltyProgramResponse200 | None:
        """The async form of ``client.chain_loyalty_programs.update_chain_loyalty_program`` (see its docstring)."""
        from .update_chain_loyalty_program import asyncio

        return await asyncio(
            chain_id=chain_id,
            loyalty_program_id=loyalty_program_id,
            body=body,
            include=include,
            client=self._client,
            options=options,
        )
