"""``inventory``: the Inventory operations of Altegio's Business Management API as methods
(``client.inventory.<operation_id>(...)``; ``client.aio.inventory`` has the async forms). Each
is the module function ``altegio_b2b.api.inventory.<operation_id>.sync`` with the
client filled in: the same arguments, return type and errors."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ..._runtime.options import RequestOptions
    from ...client import AltegioClient
    from ...models.create_document_body import CreateDocumentBody
    from ...models.create_document_response_200 import CreateDocumentResponse200
    from ...models.create_inventory_operation_body import CreateInventoryOperationBody
    from ...models.create_inventory_operation_response_200 import CreateInventoryOperationResponse200
    from ...models.create_transaction_body import CreateTransactionBody
    from ...models.create_transaction_response_200 import CreateTransactionResponse200
    from ...models.get_appointment_consumables_response_200_item import GetAppointmentConsumablesResponse200Item
    from ...models.get_bill_of_materials_list_response_200_item import GetBillOfMaterialsListResponse200Item
    from ...models.get_document_product_transactions_response_200_item import (
        GetDocumentProductTransactionsResponse200Item,
    )
    from ...models.get_document_response_200 import GetDocumentResponse200
    from ...models.get_location_inventories_response_200_item import GetLocationInventoriesResponse200Item
    from ...models.get_team_member_service_bill_of_materials_response_200 import (
        GetTeamMemberServiceBillOfMaterialsResponse200,
    )
    from ...models.get_transaction_response_200 import GetTransactionResponse200
    from ...models.search_for_product_transactions_response_200_item import SearchForProductTransactionsResponse200Item
    from ...models.unlink_appointment_service_association_body import UnlinkAppointmentServiceAssociationBody
    from ...models.unlink_appointment_service_association_response_200_item import (
        UnlinkAppointmentServiceAssociationResponse200Item,
    )
    from ...models.update_appointment_service_consumables_body import UpdateAppointmentServiceConsumablesBody
    from ...models.update_appointment_service_consumables_response_200_item import (
        UpdateAppointmentServiceConsumablesResponse200Item,
    )
    from ...models.update_document_body import UpdateDocumentBody
    from ...models.update_document_response_200 import UpdateDocumentResponse200
    from ...models.update_transaction_body import UpdateTransactionBody
    from ...models.update_transaction_response_200 import UpdateTransactionResponse200


class Inventory:
    """The Inventory operations as methods of ``client.inventory``."""

    __slots__ = ("_client",)

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<inventory: {len(self.__dir__())} operations of {self._client!r}>"

    def __dir__(self) -> list[str]:
        return [
            "create_document",
            "create_inventory_operation",
            "create_transaction",
            "delete_document",
            "delete_transaction",
            "get_appointment_consumables",
            "get_bill_of_materials_list",
            "get_document",
            "get_document_product_transactions",
            "get_location_inventories",
            "get_team_member_service_bill_of_materials",
            "get_transaction",
            "search_for_product_transactions",
            "unlink_appointment_service_association",
            "update_appointment_service_consumables",
            "update_document",
            "update_transaction",
        ]

    def create_document(
        self,
        location_id: int,
        *,
        body: CreateDocumentBody,
        options: RequestOptions | None = None,
    ) -> CreateDocumentResponse200 | None:
        """Create document

        POST /storage_operations/documents/{location_id} (operation `create_document` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            body (CreateDocumentBody): Create document Example: {'type_id': 1, 'comment': 'Document
                comment', 'storage_id': 36539, 'create_date': '2026-09-21T23:00:00.000-05:00'}.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            CreateDocumentResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.inventory.create_document.sync``; ``client.aio`` has the async form.
        """

        from .create_document import sync

        return sync(
            location_id=location_id,
            body=body,
            client=self._client,
            options=options,
        )

    def create_inventory_operation(
        self,
        location_id: int,
        *,
        body: CreateInventoryOperationBody,
        options: RequestOptions | None = None,
    ) -> CreateInventoryOperationResponse200 | None:
        """Create an inventory operation

        An inventory operation is created by submitting a document along with multiple product transactions
        in a single API request. If a payment type is specified, the corresponding financial transactions
        will be generated automatically.

        POST /storage_operations/operation/{location_id} (operation `create_inventory_operation` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            body (CreateInventoryOperationBody): Create an inventory operation Example: {'type_id': 1,
                'comment': 'test document comment', 'create_date': '2026-09-21T23:00:00.000-05:00',
                'master_id': 0, 'storage_id': 91271, 'transactions': [{'good_id': 232674,
                'operation_unit_type': 1, 'amount': 1, 'cost_per_unit': 100, 'discount': 10, 'cost': 90,
                'client_id': 0, 'supplier_id': 0, 'comment': 'test transaction comment'}]}.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            CreateInventoryOperationResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.inventory.create_inventory_operation.sync``; ``client.aio`` has the async form.
        """

        from .create_inventory_operation import sync

        return sync(
            location_id=location_id,
            body=body,
            client=self._client,
            options=options,
        )

    def create_transaction(
        self,
        location_id: int,
        *,
        body: CreateTransactionBody,
        options: RequestOptions | None = None,
    ) -> CreateTransactionResponse200 | None:
        """Create Transaction

        POST /storage_operations/goods_transactions/{location_id} (operation `create_transaction` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            body (CreateTransactionBody): Create Transaction Example: {'document_id': 22254960,
                'good_id': 232674, 'amount': 1, 'cost_per_unit': 100, 'discount': 10, 'cost': 90,
                'operation_unit_type': 1, 'master_id': 26781, 'client_id': 0, 'supplier_id': 0, 'comment':
                'Transaction comment'}.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            CreateTransactionResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.inventory.create_transaction.sync``; ``client.aio`` has the async form.
        """

        from .create_transaction import sync

        return sync(
            location_id=location_id,
            body=body,
            client=self._client,
            options=options,
        )

    def delete_document(
        self,
        location_id: int,
        document_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """Delete document

        DELETE /storage_operations/documents/{location_id}/{document_id} (operation `delete_document` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            document_id (int): Document ID
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.inventory.delete_document.sync``; ``client.aio`` has the async form.
        """

        from .delete_document import sync

        return sync(
            location_id=location_id,
            document_id=document_id,
            client=self._client,
            options=options,
        )

    def delete_transaction(
        self,
        location_id: int,
        transaction_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """Deleting a transaction

        DELETE /storage_operations/goods_transactions/{location_id}/{transaction_id} (operation `delete_transaction` of the Business Management API); needs the partner and the user token.

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
            The same as ``altegio_b2b.api.inventory.delete_transaction.sync``; ``client.aio`` has the async form.
        """

        from .delete_transaction import sync

        return sync(
            location_id=location_id,
            transaction_id=transaction_id,
            client=self._client,
            options=options,
        )

    def get_appointment_consumables(
        self,
        location_id: int,
        record_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[GetAppointmentConsumablesResponse200Item] | None:
        """Retrieve a list of bill of materials and consumables

        GET /technological_cards/record_consumables/{location_id}/{record_id} (operation `get_appointment_consumables` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): Location ID
            record_id (int): Appointment ID
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[GetAppointmentConsumablesResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.inventory.get_appointment_consumables.sync``; ``client.aio`` has the async form.
        """

        from .get_appointment_consumables import sync

        return sync(
            location_id=location_id,
            record_id=record_id,
            client=self._client,
            options=options,
        )

    def get_bill_of_materials_list(
        self,
        location_id: int,
        *,
        search: str | Unset = UNSET,
        page: int | Unset = UNSET,
        count: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[GetBillOfMaterialsListResponse200Item] | None:
        """Retrieve a list of bill of materials and consumables

        GET /technological_cards/{location_id} (operation `get_bill_of_materials_list` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): Location ID
            search (str | Unset): parameter for searching by the name of those lists
            page (int | Unset): page number
            count (int | Unset): number of those lists per page
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[GetBillOfMaterialsListResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.inventory.get_bill_of_materials_list.sync``; ``client.aio`` has the async form.
        """

        from .get_bill_of_materials_list import sync

        return sync(
            location_id=location_id,
            search=search,
            page=page,
            count=count,
            client=self._client,
            options=options,
        )

    def get_document(
        self,
        location_id: int,
        document_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> GetDocumentResponse200 | None:
        """Get document

        GET /storage_operations/documents/{location_id}/{document_id} (operation `get_document` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            document_id (int): Document ID
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            GetDocumentResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.inventory.get_document.sync``; ``client.aio`` has the async form.
        """

        from .get_document import sync

        return sync(
            location_id=location_id,
            document_id=document_id,
            client=self._client,
            options=options,
        )

    def get_document_product_transactions(
        self,
        document_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[GetDocumentProductTransactionsResponse200Item] | None:
        """Get Product Transactions of a Document

        GET /storage_operations/documents/goods_transactions/{document_id} (operation `get_document_product_transactions` of the Business Management API); needs the partner and the user token.

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
            list[GetDocumentProductTransactionsResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.inventory.get_document_product_transactions.sync``; ``client.aio`` has the async form.
        """

        from .get_document_product_transactions import sync

        return sync(
            document_id=document_id,
            client=self._client,
            options=options,
        )

    def get_location_inventories(
        self,
        location_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[GetLocationInventoriesResponse200Item] | None:
        """Get location inventories

        The location inventory object has the following fields:

        | Field | Type | Description |
        | ------------- | ------------- | ------------- |
        | id | number | Inventory ID |
        | title | string | Title |
        | for_services | number | 1 - if used for automatic write-off of consumables |
        | for_sale | number | 1 - if the default inventory for selling products |
        | comment | string | Description of the inventory |

        GET /storages/{location_id} (operation `get_location_inventories` of the Business Management API); needs the partner and the user token.

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
            list[GetLocationInventoriesResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.inventory.get_location_inventories.sync``; ``client.aio`` has the async form.
        """

        from .get_location_inventories import sync

        return sync(
            location_id=location_id,
            client=self._client,
            options=options,
        )

    def get_team_member_service_bill_of_materials(
        self,
        location_id: int,
        team_member_id: int,
        service_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> GetTeamMemberServiceBillOfMaterialsResponse200 | None:
        """Get the Bill of Materials for a Team Member’s Service

        GET /technological_cards/default_for_staff_and_service/{location_id}/{team_member_id}/{service_id} (operation `get_team_member_service_bill_of_materials` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): Location ID
            team_member_id (int): team member ID
            service_id (int): Service ID
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            GetTeamMemberServiceBillOfMaterialsResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.inventory.get_team_member_service_bill_of_materials.sync``; ``client.aio`` has the async form.
        """

        from .get_team_member_service_bill_of_materials import sync

        return sync(
            location_id=location_id,
            team_member_id=team_member_id,
            service_id=service_id,
            client=self._client,
            options=options,
        )

    def get_transaction(
        self,
        location_id: int,
        transaction_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> GetTransactionResponse200 | None:
        """Get a transaction

        GET /storage_operations/goods_transactions/{location_id}/{transaction_id} (operation `get_transaction` of the Business Management API); needs the partner and the user token.

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
            GetTransactionResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.inventory.get_transaction.sync``; ``client.aio`` has the async form.
        """

        from .get_transaction import sync

        return sync(
            location_id=location_id,
            transaction_id=transaction_id,
            client=self._client,
            options=options,
        )

    def search_for_product_transactions(
        self,
        location_id: int,
        *,
        page: int | Unset = UNSET,
        count: int | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        document_id: str | Unset = UNSET,
        changed_after: datetime.datetime | Unset = UNSET,
        changed_before: datetime.datetime | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[SearchForProductTransactionsResponse200Item] | None:
        """Search for product transactions

        GET /storages/transactions/{location_id} (operation `search_for_product_transactions` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            page (int | Unset): page number
            count (int | Unset): number of transactions per page
            start_date (datetime.date | Unset): period start date
            end_date (datetime.date | Unset): period end date
            document_id (str | Unset): Document ID
            changed_after (datetime.datetime | Unset): Filtering product transactions modified/created
                since a specific date and time
            changed_before (datetime.datetime | Unset): Filtering product transactions
                modified/created before a specific date and time
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[SearchForProductTransactionsResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.inventory.search_for_product_transactions.sync``; ``client.aio`` has the async form.
        """

        from .search_for_product_transactions import sync

        return sync(
            location_id=location_id,
            page=page,
            count=count,
            start_date=start_date,
            end_date=end_date,
            document_id=document_id,
            changed_after=changed_after,
            changed_before=changed_before,
            client=self._client,
            options=options,
        )

    def unlink_appointment_service_association(
        self,
        location_id: int,
        record_id: int,
        service_id: int,
        *,
        body: UnlinkAppointmentServiceAssociationBody | Unset = UNSET,
        delete_consumables: float | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[UnlinkAppointmentServiceAssociationResponse200Item] | None:
        """Unlink Appointment-Service Association

        DELETE /technological_cards/record_consumables/technological_cards/{location_id}/{record_id}/{service_id} (operation `unlink_appointment_service_association` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): Location ID
            record_id (int): Appointment ID
            service_id (int): Service ID
            delete_consumables (float | Unset): Whether to remove consumables along with deleting bill
                of materials. Default 0
            body (UnlinkAppointmentServiceAssociationBody | Unset):  Example: [].
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[UnlinkAppointmentServiceAssociationResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.inventory.unlink_appointment_service_association.sync``; ``client.aio`` has the async form.
        """

        from .unlink_appointment_service_association import sync

        return sync(
            location_id=location_id,
            record_id=record_id,
            service_id=service_id,
            body=body,
            delete_consumables=delete_consumables,
            client=self._client,
            options=options,
        )

    def update_appointment_service_consumables(
        self,
        location_id: int,
        record_id: int,
        service_id: int,
        *,
        body: UpdateAppointmentServiceConsumablesBody,
        options: RequestOptions | None = None,
    ) -> list[UpdateAppointmentServiceConsumablesResponse200Item] | None:
        """Update Consumables for the Appointment-Service Association

        PUT /technological_cards/record_consumables/consumables/{location_id}/{record_id}/{service_id} (operation `update_appointment_service_consumables` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): Location ID
            record_id (int): Appointment ID
            service_id (int): Service ID
            body (UpdateAppointmentServiceConsumablesBody):
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[UpdateAppointmentServiceConsumablesResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.inventory.update_appointment_service_consumables.sync``; ``client.aio`` has the async form.
        """

        from .update_appointment_service_consumables import sync

        return sync(
            location_id=location_id,
            record_id=record_id,
            service_id=service_id,
            body=body,
            client=self._client,
            options=options,
        )

    def update_document(
        self,
        location_id: int,
        document_id: int,
        *,
        body: UpdateDocumentBody,
        options: RequestOptions | None = None,
    ) -> UpdateDocumentResponse200 | None:
        """Update Document

        PUT /storage_operations/documents/{location_id}/{document_id} (operation `update_document` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            document_id (int): Document ID
            body (UpdateDocumentBody): Create document Example: {'type_id': 1, 'comment': 'Document
                comment', 'storage_id': 36539, 'create_date': '2026-09-21T23:00:00.000-05:00'}.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            UpdateDocumentResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.inventory.update_document.sync``; ``client.aio`` has the async form.
        """

        from .update_document import sync

        return sync(
            location_id=location_id,
            document_id=document_id,
            body=body,
            client=self._client,
            options=options,
        )

    def update_transaction(
        self,
        location_id: int,
        transaction_id: int,
        *,
        body: UpdateTransactionBody,
        options: RequestOptions | None = None,
    ) -> UpdateTransactionResponse200 | None:
        """Transaction update

        PUT /storage_operations/goods_transactions/{location_id}/{transaction_id} (operation `update_transaction` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            transaction_id (int): transaction ID
            body (UpdateTransactionBody): Create Transaction Example: {'document_id': 22254960,
                'good_id': 232674, 'amount': 1, 'cost_per_unit': 100, 'discount': 10, 'cost': 90,
                'operation_unit_type': 1, 'master_id': 26781, 'client_id': 0, 'supplier_id': 0, 'comment':
                'Transaction comment'}.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            UpdateTransactionResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.inventory.update_transaction.sync``; ``client.aio`` has the async form.
        """

        from .update_transaction import sync

        return sync(
            location_id=location_id,
            transaction_id=transaction_id,
            body=body,
            client=self._client,
            options=options,
        )


class AsyncInventory:
    """The async forms: ``await client.aio.inventory.<operation_id>(...)``."""

    __slots__ = ("_client",)

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<aio.inventory: {len(self.__dir__())} operations of {self._client!r}>"

    def __dir__(self) -> list[str]:
        return [
            "create_document",
            "create_inventory_operation",
            "create_transaction",
            "delete_document",
            "delete_transaction",
            "get_appointment_consumables",
            "get_bill_of_materials_list",
            "get_document",
            "get_document_product_transactions",
            "get_location_inventories",
            "get_team_member_service_bill_of_materials",
            "get_transaction",
            "search_for_product_transactions",
            "unlink_appointment_service_association",
            "update_appointment_service_consumables",
            "update_document",
            "update_transaction",
        ]

    async def create_document(
        self,
        location_id: int,
        *,
        body: CreateDocumentBody,
        options: RequestOptions | None = None,
    ) -> CreateDocumentResponse200 | None:
        """The async form of ``client.inventory.create_document`` (see its docstring)."""
        from .create_document import asyncio

        return await asyncio(
            location_id=location_id,
            body=body,
            client=self._client,
            options=options,
        )

    async def create_inventory_operation(
        self,
        location_id: int,
        *,
        body: CreateInventoryOperationBody,
        options: RequestOptions | None = None,
    ) -> CreateInventoryOperationResponse200 | None:
        """The async form of ``client.inventory.create_inventory_operation`` (see its docstring)."""
        from .create_inventory_operation import asyncio

        return await asyncio(
            location_id=location_id,
            body=body,
            client=self._client,
            options=options,
        )

    async def create_transaction(
        self,
        location_id: int,
        *,
        body: CreateTransactionBody,
        options: RequestOptions | None = None,
    ) -> CreateTransactionResponse200 | None:
        """The async form of ``client.inventory.create_transaction`` (see its docstring)."""
        from .create_transaction import asyncio

        return await asyncio(
            location_id=location_id,
            body=body,
            client=self._client,
            options=options,
        )

    async def delete_document(
        self,
        location_id: int,
        document_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """The async form of ``client.inventory.delete_document`` (see its docstring)."""
        from .delete_document import asyncio

        return await asyncio(
            location_id=location_id,
            document_id=document_id,
            client=self._client,
            options=options,
        )

    async def delete_transaction(
        self,
        location_id: int,
        transaction_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """The async form of ``client.inventory.delete_transaction`` (see its docstring)."""
        from .delete_transaction import asyncio

        return await asyncio(
            location_id=location_id,
            transaction_id=transaction_id,
            client=self._client,
            options=options,
        )

    async def get_appointment_consumables(
        self,
        location_id: int,
        record_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[GetAppointmentConsumablesResponse200Item] | None:
        """The async form of ``client.inventory.get_appointment_consumables`` (see its docstring)."""
        from .get_appointment_consumables import asyncio

        return await asyncio(
            location_id=location_id,
            record_id=record_id,
            client=self._client,
            options=options,
        )

    async def get_bill_of_materials_list(
        self,
        location_id: int,
        *,
        search: str | Unset = UNSET,
        page: int | Unset = UNSET,
        count: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[GetBillOfMaterialsListResponse200Item] | None:
        """The async form of ``client.inventory.get_bill_of_materials_list`` (see its docstring)."""
        from .get_bill_of_materials_list import asyncio

        return await asyncio(
            location_id=location_id,
            search=search,
            page=page,
            count=count,
            client=self._client,
            options=options,
        )

    async def get_document(
        self,
        location_id: int,
        document_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> GetDocumentResponse200 | None:
        """The async form of ``client.inventory.get_document`` (see its docstring)."""
        from .get_document import asyncio

        return await asyncio(
            location_id=location_id,
            document_id=document_id,
            client=self._client,
            options=options,
        )

    async def get_document_product_transactions(
        self,
        document_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[GetDocumentProductTransactionsResponse200Item] | None:
        """The async form of ``client.inventory.get_document_product_transactions`` (see its docstring)."""
        from .get_document_product_transactions import asyncio

        return await asyncio(
            document_id=document_id,
            client=self._client,
            options=options,
        )

    async def get_location_inventories(
        self,
        location_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[GetLocationInventoriesResponse200Item] | None:
        """The async form of ``client.inventory.get_location_inventories`` (see its docstring)."""
        from .get_location_inventories import asyncio

        return await asyncio(
            location_id=location_id,
            client=self._client,
            options=options,
        )

    async def get_team_member_service_bill_of_materials(
        self,
        location_id: int,
        team_member_id: int,
        service_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> GetTeamMemberServiceBillOfMaterialsResponse200 | None:
        """The async form of ``client.inventory.get_team_member_service_bill_of_materials`` (see its docstring)."""
        from .get_team_member_service_bill_of_materials import asyncio

        return await asyncio(
            location_id=location_id,
            team_member_id=team_member_id,
            service_id=service_id,
            client=self._client,
            options=options,
        )

    async def get_transaction(
        self,
        location_id: int,
        transaction_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> GetTransactionResponse200 | None:
        """The async form of ``client.inventory.get_transaction`` (see its docstring)."""
        from .get_transaction import asyncio

        return await asyncio(
            location_id=location_id,
            transaction_id=transaction_id,
            client=self._client,
            options=options,
        )

    async def search_for_product_transactions(
        self,
        location_id: int,
        *,
        page: int | Unset = UNSET,
        count: int | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        document_id: str | Unset = UNSET,
        changed_after: datetime.datetime | Unset = UNSET,
        changed_before: datetime.datetime | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[SearchForProductTransactionsResponse200Item] | None:
        """The async form of ``client.inventory.search_for_product_transactions`` (see its docstring)."""
        from .search_for_product_transactions import asyncio

        return await asyncio(
            location_id=location_id,
            page=page,
            count=count,
            start_date=start_date,
            end_date=end_date,
            document_id=document_id,
            changed_after=changed_after,
            changed_before=changed_before,
            client=self._client,
            options=options,
        )

    async def unlink_appointment_service_association(
        self,
        location_id: int,
        record_id: int,
        service_id: int,
        *,
        body: UnlinkAppointmentServiceAssociationBody | Unset = UNSET,
        delete_consumables: float | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[UnlinkAppointmentServiceAssociationResponse200Item] | None:
        """The async form of ``client.inventory.unlink_appointment_service_association`` (see its docstring)."""
        from .unlink_appointment_service_association import asyncio

        return await asyncio(
            location_id=location_id,
            record_id=record_id,
            service_id=service_id,
            body=body,
            delete_consumables=delete_consumables,
            client=self._client,
            options=options,
        )

    async def update_appointment_service_consumables(
        self,
        location_id: int,
        record_id: int,
        service_id: int,
        *,
        body: UpdateAppointmentServiceConsumablesBody,
        options: RequestOptions | None = None,
    ) -> list[UpdateAppointmentServiceConsumablesResponse200Item] | None:
        """The async form of ``client.inventory.update_appointment_service_consumables`` (see its docstring)."""
        from .update_appointment_service_consumables import asyncio

        return await asyncio(
            location_id=location_id,
            record_id=record_id,
            service_id=service_id,
            body=body,
            client=self._client,
            options=options,
        )

    async def update_document(
        self,
        location_id: int,
        document_id: int,
        *,
        body: UpdateDocumentBody,
        options: RequestOptions | None = None,
    ) -> UpdateDocumentResponse200 | None:
        """The async form of ``client.inventory.update_document`` (see its docstring)."""
        from .update_document import asyncio

        return await asyncio(
            location_id=location_id,
            document_id=document_id,
            body=body,
            client=self._client,
            options=options,
        )

    async def update_transaction(
        self,
        location_id: int,
        transaction_id: int,
        *,
        body: UpdateTransactionBody,
        options: RequestOptions | None = None,
    ) -> UpdateTransactionResponse200 | None:
        """The async form of ``client.inventory.update_transaction`` (see its docstring)."""
        from .update_transaction import asyncio

        return await asyncio(
            location_id=location_id,
            transaction_id=transaction_id,
            body=body,
            client=self._client,
            options=options,
        )
