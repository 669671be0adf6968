"""``clients``: the Clients operations of Altegio's Business Management API as methods
(``client.clients.<operation_id>(...)``; ``client.aio.clients`` has the async forms). Each
is the module function ``altegio_b2b.api.clients.<operation_id>.sync`` with the
client filled in: the same arguments, return type and errors."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ..._runtime.options import RequestOptions
    from ...client import AltegioClient
    from ...models.bulk_create_clients_body_type_0 import BulkCreateClientsBodyType0
    from ...models.create_client_body import CreateClientBody
    from ...models.create_client_comment_body import CreateClientCommentBody
    from ...models.create_client_comment_response_201 import CreateClientCommentResponse201
    from ...models.delete_client_comment_response_204_type_0 import DeleteClientCommentResponse204Type0
    from ...models.deprecated_get_client_list_response_200_item import DeprecatedGetClientListResponse200Item
    from ...models.get_client_file_list_response_200_item import GetClientFileListResponse200Item
    from ...models.get_client_list_body import GetClientListBody
    from ...models.get_client_list_response_200_item import GetClientListResponse200Item
    from ...models.list_client_comments_response_200_item import ListClientCommentsResponse200Item
    from ...models.search_client_visits_body import SearchClientVisitsBody
    from ...models.search_client_visits_response_200 import SearchClientVisitsResponse200
    from ...models.update_client_body import UpdateClientBody
    from ...models.upload_client_file_body import UploadClientFileBody
    from ...models.upload_client_file_response_200_item import UploadClientFileResponse200Item


class Clients:
    """The Clients operations as methods of ``client.clients``."""

    __slots__ = ("_client",)

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<clients: {len(self.__dir__())} operations of {self._client!r}>"

    def __dir__(self) -> list[str]:
        return [
            "bulk_create_clients",
            "create_client",
            "create_client_comment",
            "delete_client",
            "delete_client_comment",
            "delete_client_file",
            "deprecated_get_client_list",
            "get_client",
            "get_client_file_list",
            "get_client_list",
            "list_client_comments",
            "search_client_visits",
            "update_client",
            "upload_client_file",
        ]

    def bulk_create_clients(
        self,
        location_id: int,
        *,
        body: BulkCreateClientsBodyType0 | list[Any] | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """Bulk adding clients

        POST /clients/{location_id}/bulk (operation `bulk_create_clients` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            body (BulkCreateClientsBodyType0 | list[Any] | Unset):  Example: [{'name': 'James',
                'surname': 'Smith', 'middle_name': 'James', 'phone': 13155550181, 'email':
                'j.smith@example.com', 'gender_id': 1, 'discount': 15, 'importance_id': 1, 'card':
                555888666, 'birth_date': '952041600', 'comment': 'throws show-off', 'sms_check': 0,
                'sms_not': 0, 'spent': 1000, 'balance': -200, 'categories': [101, 102]}, {'name': 'James',
                'surname': 'Smith', 'middle_name': 'James', 'phone': 13155550181}, {'phone': 13155550182},
                {'name': 'James', 'surname': 'Smith', 'middle_name': 'James', 'phone': 13155550183},
                {'name': 'Theodore', 'surname': 'Hicks', 'middle_name': 'Richardson'}].
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.clients.bulk_create_clients.sync``; ``client.aio`` has the async form.
        """

        from .bulk_create_clients import sync

        return sync(
            location_id=location_id,
            body=body,
            client=self._client,
            options=options,
        )

    def create_client(
        self,
        location_id: int,
        *,
        body: CreateClientBody | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """Adding a Client

        POST /clients/{location_id} (operation `create_client` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            body (CreateClientBody | Unset):  Example: {'name': 'James', 'surname': 'Smith',
                'middle_name': 'James', 'phone': 13155550179, 'email': 'j.smith@example.com', 'gender_id':
                1, 'discount': 15, 'importance_id': 1, 'card': 555888666, 'birth_date': '952041600',
                'comment': 'throws show-off', 'sms_check': 0, 'sms_not': 0, 'spent': 1000, 'balance':
                -200, 'categories': [101, 102], 'custom_fields': {'key-1': 'value-1'}}.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.clients.create_client.sync``; ``client.aio`` has the async form.
        """

        from .create_client import sync

        return sync(
            location_id=location_id,
            body=body,
            client=self._client,
            options=options,
        )

    def create_client_comment(
        self,
        location_id: int,
        client_id: int,
        *,
        body: CreateClientCommentBody | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> CreateClientCommentResponse201 | None:
        """Add a comment for a client

        Creates a new text comment for a client.

        POST /company/{location_id}/clients/{client_id}/comments (operation `create_client_comment` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): ID of a location.
            client_id (int): ID of a location client.
            body (CreateClientCommentBody | Unset):
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            CreateClientCommentResponse201 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.clients.create_client_comment.sync``; ``client.aio`` has the async form.
        """

        from .create_client_comment import sync

        return sync(
            location_id=location_id,
            client_id=client_id,
            body=body,
            client=self._client,
            options=options,
        )

    def delete_client(
        self,
        location_id: int,
        id: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """Delete client

        DELETE /client/{location_id}/{id} (operation `delete_client` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            id (int): Client ID
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.clients.delete_client.sync``; ``client.aio`` has the async form.
        """

        from .delete_client import sync

        return sync(
            location_id=location_id,
            id=id,
            client=self._client,
            options=options,
        )

    def delete_client_comment(
        self,
        location_id: int,
        client_id: int,
        comment_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> DeleteClientCommentResponse204Type0 | None | None:
        """Delete a comment for a client

        Deletes a comment for a client; does not delete files uploaded that triggered creation of a comment.

        DELETE /company/{location_id}/clients/{client_id}/comments/{comment_id} (operation `delete_client_comment` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): ID of a location.
            client_id (int): ID of a location client.
            comment_id (int): ID of a comment for client.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            DeleteClientCommentResponse204Type0 | None | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.clients.delete_client_comment.sync``; ``client.aio`` has the async form.
        """

        from .delete_client_comment import sync

        return sync(
            location_id=location_id,
            client_id=client_id,
            comment_id=comment_id,
            client=self._client,
            options=options,
        )

    def delete_client_file(
        self,
        location_id: int,
        client_id: int,
        file_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """Delete request example

        DELETE /company/{location_id}/clients/files/{client_id}/{file_id} (operation `delete_client_file` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            client_id (int): Client ID
            file_id (int): File ID
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.clients.delete_client_file.sync``; ``client.aio`` has the async form.
        """

        from .delete_client_file import sync

        return sync(
            location_id=location_id,
            client_id=client_id,
            file_id=file_id,
            client=self._client,
            options=options,
        )

    def deprecated_get_client_list(
        self,
        location_id: int,
        *,
        fullname: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        email: str | Unset = UNSET,
        paid_min: float | Unset = UNSET,
        paid_max: float | Unset = UNSET,
        page: int | Unset = UNSET,
        count: int | Unset = UNSET,
        location_id_alt: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[DeprecatedGetClientListResponse200Item] | None:
        """Deprecated. Get a list of clients

        Deprecated: Altegio marks this operation deprecated; expect it to be removed.

        + Parameter
            + company_id (required, number, `1`) - location ID
            + page (number, `1`) - Page number
            + count (number, `20`) - Number of clients per page


        #### Client filtering
        + fullname:Joh (optional, string) - Name (part of name) to filter clients
        + phone:1315 (optional, string) - Phone (part of the number) for filtering clients
        + email:test@ (optional, string) - Email (part) for client filtering
        + card:5663rt (optional, string) - Card (part) for filtering customers by loyalty card number
        + paid_min:100 (optional, number) - Minimum amount paid, to filter customers by the amount of
        payments
        + paid_max:0 (optional, number) - Maximum amount paid, to filter customers by the amount of payments
        + paid_max:0 (optional, number) - Maximum amount paid, to filter customers by the amount of payments
        + id:66 (optional, number) - ID of one client for filtering clients
        + id[]: 66 (optional, array) - IDs of multiple clients to filter
        + changed_after: '2000-01-01T00:00:00' (optional, string) - Filtering clients changed/created since
        a specific date and time
        + changed_before: '2020-12-31T23:59:59' (optional, string) - Filtering clients changed/created
        before a specific date and time

        GET /clients/{location_id} (operation `deprecated_get_client_list` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            fullname (str | Unset): Name (part of the name) for client filtering
            phone (str | Unset): Phone (part of the number) for customer filtering
            email (str | Unset): Email (part) for customer filtering
            paid_min (float | Unset): Minimum amount paid, to filter customers by the amount of
                payments
            paid_max (float | Unset): Maximum amount paid, to filter customers by the amount of
                payments
            page (int | Unset): Page number
            count (int | Unset): Number of customers per page
            location_id_alt (int | Unset): ID of one or more clients to filter clients
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[DeprecatedGetClientListResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.clients.deprecated_get_client_list.sync``; ``client.aio`` has the async form.
        """

        from .deprecated_get_client_list import sync

        return sync(
            location_id=location_id,
            fullname=fullname,
            phone=phone,
            email=email,
            paid_min=paid_min,
            paid_max=paid_max,
            page=page,
            count=count,
            location_id_alt=location_id_alt,
            client=self._client,
            options=options,
        )

    def get_client(
        self,
        location_id: int,
        id: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """Get a client

        GET /client/{location_id}/{id} (operation `get_client` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            id (int): Client ID
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.clients.get_client.sync``; ``client.aio`` has the async form.
        """

        from .get_client import sync

        return sync(
            location_id=location_id,
            id=id,
            client=self._client,
            options=options,
        )

    def get_client_file_list(
        self,
        location_id: int,
        client_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[GetClientFileListResponse200Item] | None:
        """Sample Request to Get a List of Client Files

        A list of uploaded client files can be retrieved by providing both the location ID and the client ID
        in the request.
        The client ID can be obtained from the client collection.

        The response returns an array of [client files](#client-file).

        <a name="client-file"></a>
        Each client file has the following structure:

        | Field | Type | Description |
        | -----------------| ------- | --------------------------------------------------
        ------------------------ |
        | id | number | File ID |
        | client_id | number | Client ID |
        | name | string | Filename with extension |
        | description | string | File description |
        | extension | string | File name extension |
        | mime | string | MIME file type |
        | link | string | File download link |
        | date_create | string | File upload date in ISO8601 format |
        | size | string | Formatted file size string |
        | username | string | The name of the user who uploaded the file |
        | user_avatar | string | Avatar of the user who uploaded the file |
        | can_edit | boolean | Is there a right to change and delete the file? true - there is a right,
        false - there is no right |

        GET /company/{location_id}/clients/files/{client_id} (operation `get_client_file_list` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            client_id (int): Client ID
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[GetClientFileListResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.clients.get_client_file_list.sync``; ``client.aio`` has the async form.
        """

        from .get_client_file_list import sync

        return sync(
            location_id=location_id,
            client_id=client_id,
            client=self._client,
            options=options,
        )

    def get_client_list(
        self,
        location_id: int,
        *,
        body: GetClientListBody,
        options: RequestOptions | None = None,
    ) -> list[GetClientListResponse200Item] | None:
        """Get a list of clients

        POST /company/{location_id}/clients/search (operation `get_client_list` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            body (GetClientListBody): Get a list of clients Example: {'page': 1, 'page_size': 3,
                'fields': ['id', 'name'], 'order_by': 'name', 'order_by_direction': 'desc', 'operation':
                'AND', 'filters': [{'type': 'id', 'state': {'value': [1, 2, 3]}}, {'type': 'sold_amount',
                'state': {'from': 0, 'to': 100.77}}, {'type': 'quick_search', 'state': {'value': 'James
                Smith'}}, {'type': 'importance', 'state': {'value': [0, 1, 2, 3]}}, {'type':
                'has_mobile_app', 'state': {'value': True}}, {'type': 'category', 'state': {'value': [1,
                7]}}, {'type': 'has_passteam_card', 'state': {'value': True}}, {'type':
                'passteam_card_ids', 'state': {'value': ['111122223333aaaabbbbcccc']}}, {'type':
                'birthday', 'state': {'from': '1990-01-01 00:00:00', 'to': '2000-01-01 23:59:59'}},
                {'type': 'gender', 'state': {'value': [0, 1, 2]}}, {'type': 'record', 'state': {'staff':
                {'value': [1, 2]}, 'service': {'value': [2, 3]}, 'service_category': {'value': [4, 5]},
                'status': {'value': [1]}, 'created': {'from': '2026-01-01 00:00:00', 'to': '2026-01-01
                23:59:59'}, 'records_count': {'from': 1, 'to': 99999}, 'sold_amount': {'from': 1.001,
                'to': 99999.09}}}, {'type': 'client', 'state': {'id': {'value': [1, 2, 3]}, 'birthday':
                {'from': '1990-01-01 00:00:00', 'to': '2000-01-01 23:59:59'}}}, {'type': 'sale', 'state':
                {'abonement_balance': {'from': 2, 'to': 3}}}]}.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[GetClientListResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.clients.get_client_list.sync``; ``client.aio`` has the async form.
        """

        from .get_client_list import sync

        return sync(
            location_id=location_id,
            body=body,
            client=self._client,
            options=options,
        )

    def list_client_comments(
        self,
        location_id: int,
        client_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[ListClientCommentsResponse200Item] | None:
        """List of a comments for a client

        Returns a list of a comments for a client and a files in a client details uploads history.

        GET /company/{location_id}/clients/{client_id}/comments (operation `list_client_comments` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): ID of a location.
            client_id (int): ID of a location client.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[ListClientCommentsResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.clients.list_client_comments.sync``; ``client.aio`` has the async form.
        """

        from .list_client_comments import sync

        return sync(
            location_id=location_id,
            client_id=client_id,
            client=self._client,
            options=options,
        )

    def search_client_visits(
        self,
        location_id: int,
        *,
        body: SearchClientVisitsBody | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> SearchClientVisitsResponse200 | None:
        """Search by customer history

        Displays the client’s visit history.This method returns the client’s appointment and product
        purchase history, grouped by visit. Data is filtered based on visit status and paid status.
        The client is identified using either the client_id or client_phone parameter. All other parameters
        are optional.
        Results are sorted by visit date and paginated in batches of 25 items. If multiple visits share the
        same date as the last item on the page, they will be included on the current page to ensure complete
        grouping.
        To retrieve the next page, use the from and to values provided in the meta field of the current
        response.

        POST /company/{location_id}/clients/visits/search (operation `search_client_visits` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): ID of a location.
            body (SearchClientVisitsBody | Unset):
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            SearchClientVisitsResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.clients.search_client_visits.sync``; ``client.aio`` has the async form.
        """

        from .search_client_visits import sync

        return sync(
            location_id=location_id,
            body=body,
            client=self._client,
            options=options,
        )

    def update_client(
        self,
        location_id: int,
        id: int,
        *,
        body: UpdateClientBody | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """Edit client

        PUT /client/{location_id}/{id} (operation `update_client` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            id (int): Client ID
            body (UpdateClientBody | Unset):  Example: {'name': 'James', 'surname': 'Smith',
                'middle_name': 'James', 'phone': 13155550179, 'email': 'j.smith@example.com', 'gender_id':
                1, 'discount': 15, 'importance_id': 1, 'card': 555888666, 'birth_date': '952041600',
                'comment': 'throws show-off', 'sms_check': 0, 'sms_not': 0, 'spent': 1000, 'balance':
                -200, 'labels': [101, 102], 'custom_fields': {'key-1': 'value-1'}}.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.clients.update_client.sync``; ``client.aio`` has the async form.
        """

        from .update_client import sync

        return sync(
            location_id=location_id,
            id=id,
            body=body,
            client=self._client,
            options=options,
        )

    def upload_client_file(
        self,
        location_id: int,
        client_id: int,
        *,
        body: UploadClientFileBody,
        options: RequestOptions | None = None,
    ) -> list[UploadClientFileResponse200Item] | None:
        """Upload a completed document to a client card

        Uploads one completed file as multipart form data under the field name
        `file`. Requires `clients_access` and `client_files_upload_access`. The
        Location client must match the path. Accepted filename extensions are
        jpeg, jpg, png, gif, doc, docx, pdf, xls, xlsx, and txt (also uppercase);
        the file must be smaller than 12 MiB. A successful upload also creates a
        `type: file` entry in the client comment history. The response returns the
        current complete file list, not only the newly uploaded file.

        Save a form URL through the client comment endpoint if the form is still
        being filled out. Call this endpoint with the finished file bytes when the
        document is complete; posting a URL string here does not fetch its contents.

        POST /company/{location_id}/clients/files/{client_id} (operation `upload_client_file` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): Location ID
            client_id (int): Client ID
            body (UploadClientFileBody):
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[UploadClientFileResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.clients.upload_client_file.sync``; ``client.aio`` has the async form.
        """

        from .upload_client_file import sync

        return sync(
            location_id=location_id,
            client_id=client_id,
            body=body,
            client=self._client,
            options=options,
        )


class AsyncClients:
    """The async forms: ``await client.aio.clients.<operation_id>(...)``."""

    __slots__ = ("_client",)

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<aio.clients: {len(self.__dir__())} operations of {self._client!r}>"

    def __dir__(self) -> list[str]:
        return [
            "bulk_create_clients",
            "create_client",
            "create_client_comment",
            "delete_client",
            "delete_client_comment",
            "delete_client_file",
            "deprecated_get_client_list",
            "get_client",
            "get_client_file_list",
            "get_client_list",
            "list_client_comments",
            "search_client_visits",
            "update_client",
            "upload_client_file",
        ]

    async def bulk_create_clients(
        self,
        location_id: int,
        *,
        body: BulkCreateClientsBodyType0 | list[Any] | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """The async form of ``client.clients.bulk_create_clients`` (see its docstring)."""
        from .bulk_create_clients import asyncio

        return await asyncio(
            location_id=location_id,
            body=body,
            client=self._client,
            options=options,
        )

    async def create_client(
        self,
        location_id: int,
        *,
        body: CreateClientBody | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """The async form of ``client.clients.create_client`` (see its docstring)."""
        from .create_client import asyncio

        return await asyncio(
            location_id=location_id,
            body=body,
            client=self._client,
            options=options,
        )

    async def create_client_comment(
        self,
        location_id: int,
        client_id: int,
        *,
        body: CreateClientCommentBody | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> CreateClientCommentResponse201 | None:
        """The async form of ``client.clients.create_client_comment`` (see its docstring)."""
        from .create_client_comment import asyncio

        return await asyncio(
            location_id=location_id,
            client_id=client_id,
            body=body,
            client=self._client,
            options=options,
        )

    async def delete_client(
        self,
        location_id: int,
        id: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """The async form of ``client.clients.delete_client`` (see its docstring)."""
        from .delete_client import asyncio

        return await asyncio(
            location_id=location_id,
            id=id,
            client=self._client,
            options=options,
        )

    async def delete_client_comment(
        self,
        location_id: int,
        client_id: int,
        comment_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> DeleteClientCommentResponse204Type0 | None | None:
        """The async form of ``client.clients.delete_client_comment`` (see its docstring)."""
        from .delete_client_comment import asyncio

        return await asyncio(
            location_id=location_id,
            client_id=client_id,
            comment_id=comment_id,
            client=self._client,
            options=options,
        )

    async def delete_client_file(
        self,
        location_id: int,
        client_id: int,
        file_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """The async form of ``client.clients.delete_client_file`` (see its docstring)."""
        from .delete_client_file import asyncio

        return await asyncio(
            location_id=location_id,
            client_id=client_id,
            file_id=file_id,
            client=self._client,
            options=options,
        )

    async def deprecated_get_client_list(
        self,
        location_id: int,
        *,
        fullname: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        email: str | Unset = UNSET,
        paid_min: float | Unset = UNSET,
        paid_max: float | Unset = UNSET,
        page: int | Unset = UNSET,
        count: int | Unset = UNSET,
        location_id_alt: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[DeprecatedGetClientListResponse200Item] | None:
        """The async form of ``client.clients.deprecated_get_client_list`` (see its docstring)."""
        from .deprecated_get_client_list import asyncio

        return await asyncio(
            location_id=location_id,
            fullname=fullname,
            phone=phone,
            email=email,
            paid_min=paid_min,
            paid_max=paid_max,
            page=page,
            count=count,
            location_id_alt=location_id_alt,
            client=self._client,
            options=options,
        )

    async def get_client(
        self,
        location_id: int,
        id: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """The async form of ``client.clients.get_client`` (see its docstring)."""
        from .get_client import asyncio

        return await asyncio(
            location_id=location_id,
            id=id,
            client=self._client,
            options=options,
        )

    async def get_client_file_list(
        self,
        location_id: int,
        client_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[GetClientFileListResponse200Item] | None:
        """The async form of ``client.clients.get_client_file_list`` (see its docstring)."""
        from .get_client_file_list import asyncio

        return await asyncio(
            location_id=location_id,
            client_id=client_id,
            client=self._client,
            options=options,
        )

    async def get_client_list(
        self,
        location_id: int,
        *,
        body: GetClientListBody,
        options: RequestOptions | None = None,
    ) -> list[GetClientListResponse200Item] | None:
        """The async form of ``client.clients.get_client_list`` (see its docstring)."""
        from .get_client_list import asyncio

        return await asyncio(
            location_id=location_id,
            body=body,
            client=self._client,
            options=options,
        )

    async def list_client_comments(
        self,
        location_id: int,
        client_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[ListClientCommentsResponse200Item] | None:
        """The async form of ``client.clients.list_client_comments`` (see its docstring)."""
        from .list_client_comments import asyncio

        return await asyncio(
            location_id=location_id,
            client_id=client_id,
            client=self._client,
            options=options,
        )

    async def search_client_visits(
        self,
        location_id: int,
        *,
        body: SearchClientVisitsBody | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> SearchClientVisitsResponse200 | None:
        """The async form of ``client.clients.search_client_visits`` (see its docstring)."""
        from .search_client_visits import asyncio

        return await asyncio(
            location_id=location_id,
            body=body,
            client=self._client,
            options=options,
        )

    async def update_client(
        self,
        location_id: int,
        id: int,
        *,
        body: UpdateClientBody | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """The async form of ``client.clients.update_client`` (see its docstring)."""
        from .update_client import asyncio

        return await asyncio(
            location_id=location_id,
            id=id,
            body=body,
            client=self._client,
            options=options,
        )

    async def upload_client_file(
        self,
        location_id: int,
        client_id: int,
        *,
        body: UploadClientFileBody,
        options: RequestOptions | None = None,
    ) -> list[UploadClientFileResponse200Item] | None:
        """The async form of ``client.clients.upload_client_file`` (see its docstring)."""
        from .upload_client_file import asyncio

        return await asyncio(
            location_id=location_id,
            client_id=client_id,
            body=body,
            client=self._client,
            options=options,
        )
