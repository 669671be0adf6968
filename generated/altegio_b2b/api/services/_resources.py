"""``services``: the Services operations of Altegio's Business Management API as methods
(``client.services.<operation_id>(...)``; ``client.aio.services`` has the async forms). Each
is the module function ``altegio_b2b.api.services.<operation_id>.sync`` with the
client filled in: the same arguments, return type and errors."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ..._runtime.options import RequestOptions
    from ...client import AltegioClient
    from ...models.assign_service_to_team_member_body import AssignServiceToTeamMemberBody
    from ...models.assign_service_to_team_member_response_201 import AssignServiceToTeamMemberResponse201
    from ...models.create_service_body import CreateServiceBody
    from ...models.create_service_category_body import CreateServiceCategoryBody
    from ...models.create_service_category_response_201 import CreateServiceCategoryResponse201
    from ...models.create_service_response_201 import CreateServiceResponse201
    from ...models.deprecated_get_service_category_list_response_200_item import (
        DeprecatedGetServiceCategoryListResponse200Item,
    )
    from ...models.deprecated_get_service_list_by_id_response_200_item import (
        DeprecatedGetServiceListByIdResponse200Item,
    )
    from ...models.deprecated_update_service_by_id_body import DeprecatedUpdateServiceByIdBody
    from ...models.deprecated_update_service_by_id_response_200 import DeprecatedUpdateServiceByIdResponse200
    from ...models.deprecated_update_service_by_id_response_201 import DeprecatedUpdateServiceByIdResponse201
    from ...models.get_chain_service_category_list_include import GetChainServiceCategoryListInclude
    from ...models.get_chain_service_category_list_response_200_item import GetChainServiceCategoryListResponse200Item
    from ...models.get_service_category_list_response_200_item import GetServiceCategoryListResponse200Item
    from ...models.get_service_category_response_200 import GetServiceCategoryResponse200
    from ...models.get_service_list_response_200_item import GetServiceListResponse200Item
    from ...models.get_service_response_200_item import GetServiceResponse200Item
    from ...models.patch_service_body import PatchServiceBody
    from ...models.patch_service_response_200 import PatchServiceResponse200
    from ...models.remove_service_from_team_member_response_204_type_0 import (
        RemoveServiceFromTeamMemberResponse204Type0,
    )
    from ...models.update_service_category_body import UpdateServiceCategoryBody
    from ...models.update_service_category_response_200 import UpdateServiceCategoryResponse200
    from ...models.update_service_links_body import UpdateServiceLinksBody
    from ...models.update_service_links_response_200 import UpdateServiceLinksResponse200
    from ...models.update_service_team_member_assignment_body import UpdateServiceTeamMemberAssignmentBody
    from ...models.update_service_team_member_assignment_response_200 import (
        UpdateServiceTeamMemberAssignmentResponse200,
    )


class Services:
    """The Services operations as methods of ``client.services``."""

    __slots__ = ("_client",)

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<services: {len(self.__dir__())} operations of {self._client!r}>"

    def __dir__(self) -> list[str]:
        return [
            "assign_service_to_team_member",
            "create_service",
            "create_service_category",
            "delete_service",
            "delete_service_category",
            "deprecated_get_service_category_list",
            "deprecated_get_service_list_by_id",
            "deprecated_update_service_by_id",
            "get_chain_service_category_list",
            "get_service",
            "get_service_category",
            "get_service_category_list",
            "get_service_list",
            "patch_service",
            "remove_service_from_team_member",
            "update_service_category",
            "update_service_links",
            "update_service_team_member_assignment",
        ]

    def assign_service_to_team_member(
        self,
        location_id: int,
        service_id: int,
        *,
        body: AssignServiceToTeamMemberBody | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> AssignServiceToTeamMemberResponse201 | None:
        """Linking a Team Member to a Provided Service

        Creates a team member service link with provided duration and bill of materials.

        POST /company/{location_id}/services/{service_id}/staff (operation `assign_service_to_team_member` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): ID of a location.
            service_id (int): ID of service.
            body (AssignServiceToTeamMemberBody | Unset):
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            AssignServiceToTeamMemberResponse201 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.services.assign_service_to_team_member.sync``; ``client.aio`` has the async form.
        """

        from .assign_service_to_team_member import sync

        return sync(
            location_id=location_id,
            service_id=service_id,
            body=body,
            client=self._client,
            options=options,
        )

    def create_service(
        self,
        location_id: int,
        *,
        body: CreateServiceBody,
        options: RequestOptions | None = None,
    ) -> CreateServiceResponse201 | None:
        """Create a service

        Method to create a service

        POST /services/{location_id} (operation `create_service` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            body (CreateServiceBody): Create a service Example: {'title': "Men's haircut",
                'category_id': 83167, 'price_min': 1300, 'price_max': 1300, 'duration': 3600, 'discount':
                0, 'comment': '', 'weight': 6, 'active': 1, 'api_id': '00000000042', 'staff': [{'id':
                5905, 'seance_length': 2700}, {'id': 5907, 'seance_length': 3600}, {'id': 8973,
                'seance_length': 3600}, {'id': 13616, 'seance_length': 3600}, {'id': 16681,
                'seance_length': 3600}, {'id': 1796, 'seance_length': 3600}, {'id': 34006,
                'seance_length': 3600}]}.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            CreateServiceResponse201 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.services.create_service.sync``; ``client.aio`` has the async form.
        """

        from .create_service import sync

        return sync(
            location_id=location_id,
            body=body,
            client=self._client,
            options=options,
        )

    def create_service_category(
        self,
        location_id: int,
        *,
        body: CreateServiceCategoryBody,
        options: RequestOptions | None = None,
    ) -> CreateServiceCategoryResponse201 | None:
        """Create a service category

        POST /service_categories/{location_id} (operation `create_service_category` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            body (CreateServiceCategoryBody): Create service category Example: {'title': 'Haircut very
                feminine', 'api_id': 'adw322', 'weight': 111, 'staff': [5006, 8901]}.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            CreateServiceCategoryResponse201 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.services.create_service_category.sync``; ``client.aio`` has the async form.
        """

        from .create_service_category import sync

        return sync(
            location_id=location_id,
            body=body,
            client=self._client,
            options=options,
        )

    def delete_service(
        self,
        location_id: int,
        service_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """Delete a service

        Method to remove a service

        DELETE /services/{location_id}/{service_id} (operation `delete_service` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            service_id (int): Service ID
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.services.delete_service.sync``; ``client.aio`` has the async form.
        """

        from .delete_service import sync

        return sync(
            location_id=location_id,
            service_id=service_id,
            client=self._client,
            options=options,
        )

    def delete_service_category(
        self,
        location_id: int,
        id: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """Delete service category

        DELETE /service_category/{location_id}/{id} (operation `delete_service_category` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            id (int): Service Category ID
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.services.delete_service_category.sync``; ``client.aio`` has the async form.
        """

        from .delete_service_category import sync

        return sync(
            location_id=location_id,
            id=id,
            client=self._client,
            options=options,
        )

    def deprecated_get_service_category_list(
        self,
        location_id: int,
        id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[DeprecatedGetServiceCategoryListResponse200Item] | None:
        """Deprecated. Get a list of service categories

        Deprecated: Altegio marks this operation deprecated; expect it to be removed.

        Get a list of service categories

        GET /service_categories/{location_id}/{id} (operation `deprecated_get_service_category_list` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            id (int): Service category identifier
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[DeprecatedGetServiceCategoryListResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.services.deprecated_get_service_category_list.sync``; ``client.aio`` has the async form.
        """

        from .deprecated_get_service_category_list import sync

        return sync(
            location_id=location_id,
            id=id,
            client=self._client,
            options=options,
        )

    def deprecated_get_service_list_by_id(
        self,
        location_id: int,
        service_id: int,
        *,
        staff_id: int | Unset = UNSET,
        category_id: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[DeprecatedGetServiceListByIdResponse200Item] | None:
        """Deprecated. Get a list of services / specific service

        Deprecated: Altegio marks this operation deprecated; expect it to be removed.

        GET /services/{location_id}/{service_id} (operation `deprecated_get_service_list_by_id` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            service_id (int): Service ID, if you need to work with a specific service.
            staff_id (int | Unset): team member ID, if you want to filter by team member
            category_id (int | Unset): Category ID, if you want to filter by category
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[DeprecatedGetServiceListByIdResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.services.deprecated_get_service_list_by_id.sync``; ``client.aio`` has the async form.
        """

        from .deprecated_get_service_list_by_id import sync

        return sync(
            location_id=location_id,
            service_id=service_id,
            staff_id=staff_id,
            category_id=category_id,
            client=self._client,
            options=options,
        )

    def deprecated_update_service_by_id(
        self,
        location_id: int,
        service_id: int,
        *,
        body: DeprecatedUpdateServiceByIdBody,
        options: RequestOptions | None = None,
    ) -> DeprecatedUpdateServiceByIdResponse200 | DeprecatedUpdateServiceByIdResponse201 | None:
        """Update a service

        Method to update a service by ID

        PUT /services/{location_id}/{service_id} (operation `deprecated_update_service_by_id` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            service_id (int): Service ID
            body (DeprecatedUpdateServiceByIdBody): Create a service Example: {'title': "Men's
                haircut", 'category_id': 83167, 'price_min': 1300, 'price_max': 1300, 'duration': 3600,
                'discount': 0, 'comment': '', 'weight': 6, 'active': 1, 'api_id': '00000000042', 'staff':
                [{'id': 5905, 'seance_length': 2700}, {'id': 5907, 'seance_length': 3600}, {'id': 8973,
                'seance_length': 3600}, {'id': 13616, 'seance_length': 3600}, {'id': 16681,
                'seance_length': 3600}, {'id': 1796, 'seance_length': 3600}, {'id': 34006,
                'seance_length': 3600}]}.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            DeprecatedUpdateServiceByIdResponse200 | DeprecatedUpdateServiceByIdResponse201 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.services.deprecated_update_service_by_id.sync``; ``client.aio`` has the async form.
        """

        from .deprecated_update_service_by_id import sync

        return sync(
            location_id=location_id,
            service_id=service_id,
            body=body,
            client=self._client,
            options=options,
        )

    def get_chain_service_category_list(
        self,
        chain_id: int,
        *,
        include: GetChainServiceCategoryListInclude | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[GetChainServiceCategoryListResponse200Item] | None:
        """Get a list of chain service categories

        GET /chain/{chain_id}/service_categories (operation `get_chain_service_category_list` of the Business Management API); needs the partner token.

        Args:
            chain_id (int): Chain ID
            include (GetChainServiceCategoryListInclude | Unset): Include additional resources in
                response
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[GetChainServiceCategoryListResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.services.get_chain_service_category_list.sync``; ``client.aio`` has the async form.
        """

        from .get_chain_service_category_list import sync

        return sync(
            chain_id=chain_id,
            include=include,
            client=self._client,
            options=options,
        )

    def get_service(
        self,
        location_id: int,
        service_id: int,
        *,
        staff_id: int | Unset = UNSET,
        category_id: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[GetServiceResponse200Item] | None:
        """Get a list of services / specific service

        + Parameter
            + company_id (required, number, `1`) - location ID
            + service_id (optional, number, `1`) - service ID

        GET /company/{location_id}/services/{service_id} (operation `get_service` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            service_id (int): Service ID, if you need to work with a specific service.
            staff_id (int | Unset): team member ID, if you want to filter by team member
            category_id (int | Unset): Category ID, if you want to filter by category
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[GetServiceResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.services.get_service.sync``; ``client.aio`` has the async form.
        """

        from .get_service import sync

        return sync(
            location_id=location_id,
            service_id=service_id,
            staff_id=staff_id,
            category_id=category_id,
            client=self._client,
            options=options,
        )

    def get_service_category(
        self,
        location_id: int,
        id: int,
        *,
        options: RequestOptions | None = None,
    ) -> GetServiceCategoryResponse200 | None:
        """Get service category

        GET /service_category/{location_id}/{id} (operation `get_service_category` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            id (int): Service Category ID
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            GetServiceCategoryResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.services.get_service_category.sync``; ``client.aio`` has the async form.
        """

        from .get_service_category import sync

        return sync(
            location_id=location_id,
            id=id,
            client=self._client,
            options=options,
        )

    def get_service_category_list(
        self,
        location_id: int,
        id: int,
        *,
        staff_id: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[GetServiceCategoryListResponse200Item] | None:
        """Get a list of service categories

        + Options
            + company_id (required, number) - location ID
            + id (optional, number) - service category ID (to work with a specific category)
            + staff_id (optional, number) - team member ID (to get categories associated with a team member)

        GET /company/{location_id}/service_categories/{id} (operation `get_service_category_list` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            id (int): Service Category ID
            staff_id (int | Unset): team member ID (to get categories associated with a team member)
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[GetServiceCategoryListResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.services.get_service_category_list.sync``; ``client.aio`` has the async form.
        """

        from .get_service_category_list import sync

        return sync(
            location_id=location_id,
            id=id,
            staff_id=staff_id,
            client=self._client,
            options=options,
        )

    def get_service_list(
        self,
        location_id: int,
        *,
        staff_id: int | Unset = UNSET,
        category_id: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[GetServiceListResponse200Item] | None:
        """Get a list of services

        Returns a list of all services for the specified location

        GET /services/{location_id} (operation `get_service_list` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            staff_id (int | Unset): Team member ID, if you want to filter by team member
            category_id (int | Unset): Category ID, if you want to filter by category
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[GetServiceListResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.services.get_service_list.sync``; ``client.aio`` has the async form.
        """

        from .get_service_list import sync

        return sync(
            location_id=location_id,
            staff_id=staff_id,
            category_id=category_id,
            client=self._client,
            options=options,
        )

    def patch_service(
        self,
        location_id: int,
        service_id: int,
        *,
        body: PatchServiceBody,
        options: RequestOptions | None = None,
    ) -> PatchServiceResponse200 | None:
        """Update a service (partial)

        Method to partially update a service

        PATCH /services/{location_id}/{service_id} (operation `patch_service` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            service_id (int): Service ID
            body (PatchServiceBody): Change service Example: {'title': "Men's haircut",
                'booking_title': "Men's haircut", 'category_id': 83167, 'price_min': 1300, 'price_max':
                1300, 'duration': 3600, 'discount': 0, 'tax_variant': 1, 'vat_id': 3, 'is_multi': False,
                'is_need_limit_date': True, 'date_from': '2022-09-19', 'date_to': '2022-09-30',
                'seance_search_start': 36000, 'seance_search_finish': 84600, 'step': 300,
                'seance_search_step': 900, 'comment': '', 'weight': 6, 'active': 1, 'api_id':
                '00000000042', 'staff': [{'id': 5905, 'seance_length': 2700}, {'id': 5907,
                'seance_length': 3600}, {'id': 8973, 'seance_length': 3600}, {'id': 13616,
                'seance_length': 3600}, {'id': 16681, 'seance_length': 3600}, {'id': 1796,
                'seance_length': 3600}, {'id': 34006, 'seance_length': 3600}]}.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            PatchServiceResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.services.patch_service.sync``; ``client.aio`` has the async form.
        """

        from .patch_service import sync

        return sync(
            location_id=location_id,
            service_id=service_id,
            body=body,
            client=self._client,
            options=options,
        )

    def remove_service_from_team_member(
        self,
        location_id: int,
        service_id: int,
        team_member_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> None | RemoveServiceFromTeamMemberResponse204Type0 | None:
        """Deleting a Team Member Service Link

        Deletes a team member service link.

        DELETE /company/{location_id}/services/{service_id}/staff/{team_member_id} (operation `remove_service_from_team_member` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): ID of a location.
            service_id (int): ID of service.
            team_member_id (int): ID of team member.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            None | RemoveServiceFromTeamMemberResponse204Type0 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.services.remove_service_from_team_member.sync``; ``client.aio`` has the async form.
        """

        from .remove_service_from_team_member import sync

        return sync(
            location_id=location_id,
            service_id=service_id,
            team_member_id=team_member_id,
            client=self._client,
            options=options,
        )

    def update_service_category(
        self,
        location_id: int,
        id: int,
        *,
        body: UpdateServiceCategoryBody,
        options: RequestOptions | None = None,
    ) -> UpdateServiceCategoryResponse200 | None:
        """Change service category

        PUT /service_category/{location_id}/{id} (operation `update_service_category` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            id (int): Service Category ID
            body (UpdateServiceCategoryBody): Create service category Example: {'title': 'Haircut very
                feminine', 'api_id': 'adw322', 'weight': 111, 'staff': [5006, 8901]}.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            UpdateServiceCategoryResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.services.update_service_category.sync``; ``client.aio`` has the async form.
        """

        from .update_service_category import sync

        return sync(
            location_id=location_id,
            id=id,
            body=body,
            client=self._client,
            options=options,
        )

    def update_service_links(
        self,
        location_id: int,
        *,
        body: UpdateServiceLinksBody,
        options: RequestOptions | None = None,
    ) -> UpdateServiceLinksResponse200 | None:
        """Update service links

        Updates service configuration including:
        - Team member assignments with custom duration and pricing
        - Tech cards (technological cards) for each team member
        - Required resources for the service
        - Service name translations for different languages

        This endpoint allows bulk updating of service-team member relationships
        without affecting other service properties.

        POST /company/{location_id}/services/links (operation `update_service_links` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): Location ID
            body (UpdateServiceLinksBody):
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            UpdateServiceLinksResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.services.update_service_links.sync``; ``client.aio`` has the async form.
        """

        from .update_service_links import sync

        return sync(
            location_id=location_id,
            body=body,
            client=self._client,
            options=options,
        )

    def update_service_team_member_assignment(
        self,
        location_id: int,
        service_id: int,
        team_member_id: int,
        *,
        body: UpdateServiceTeamMemberAssignmentBody | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> UpdateServiceTeamMemberAssignmentResponse200 | None:
        """Updating Team Member Service Link Settings

        Updates a team member service link with provided duration and bill of materials.

        PUT /company/{location_id}/services/{service_id}/staff/{team_member_id} (operation `update_service_team_member_assignment` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): ID of a location.
            service_id (int): ID of service.
            team_member_id (int): ID of team member.
            body (UpdateServiceTeamMemberAssignmentBody | Unset):
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            UpdateServiceTeamMemberAssignmentResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.services.update_service_team_member_assignment.sync``; ``client.aio`` has the async form.
        """

        from .update_service_team_member_assignment import sync

        return sync(
            location_id=location_id,
            service_id=service_id,
            team_member_id=team_member_id,
            body=body,
            client=self._client,
            options=options,
        )


class AsyncServices:
    """The async forms: ``await client.aio.services.<operation_id>(...)``."""

    __slots__ = ("_client",)

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<aio.services: {len(self.__dir__())} operations of {self._client!r}>"

    def __dir__(self) -> list[str]:
        return [
            "assign_service_to_team_member",
            "create_service",
            "create_service_category",
            "delete_service",
            "delete_service_category",
            "deprecated_get_service_category_list",
            "deprecated_get_service_list_by_id",
            "deprecated_update_service_by_id",
            "get_chain_service_category_list",
            "get_service",
            "get_service_category",
            "get_service_category_list",
            "get_service_list",
            "patch_service",
            "remove_service_from_team_member",
            "update_service_category",
            "update_service_links",
            "update_service_team_member_assignment",
        ]

    async def assign_service_to_team_member(
        self,
        location_id: int,
        service_id: int,
        *,
        body: AssignServiceToTeamMemberBody | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> AssignServiceToTeamMemberResponse201 | None:
        """The async form of ``client.services.assign_service_to_team_member`` (see its docstring)."""
        from .assign_service_to_team_member import asyncio

        return await asyncio(
            location_id=location_id,
            service_id=service_id,
            body=body,
            client=self._client,
            options=options,
        )

    async def create_service(
        self,
        location_id: int,
        *,
        body: CreateServiceBody,
        options: RequestOptions | None = None,
    ) -> CreateServiceResponse201 | None:
        """The async form of ``client.services.create_service`` (see its docstring)."""
        from .create_service import asyncio

        return await asyncio(
            location_id=location_id,
            body=body,
            client=self._client,
            options=options,
        )

    async def create_service_category(
        self,
        location_id: int,
        *,
        body: CreateServiceCategoryBody,
        options: RequestOptions | None = None,
    ) -> CreateServiceCategoryResponse201 | None:
        """The async form of ``client.services.create_service_category`` (see its docstring)."""
        from .create_service_category import asyncio

        return await asyncio(
            location_id=location_id,
            body=body,
            client=self._client,
            options=options,
        )

    async def delete_service(
        self,
        location_id: int,
        service_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """The async form of ``client.services.delete_service`` (see its docstring)."""
        from .delete_service import asyncio

        return await asyncio(
            location_id=location_id,
            service_id=service_id,
            client=self._client,
            options=options,
        )

    async def delete_service_category(
        self,
        location_id: int,
        id: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """The async form of ``client.services.delete_service_category`` (see its docstring)."""
        from .delete_service_category import asyncio

        return await asyncio(
            location_id=location_id,
            id=id,
            client=self._client,
            options=options,
        )

    async def deprecated_get_service_category_list(
        self,
        location_id: int,
        id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[DeprecatedGetServiceCategoryListResponse200Item] | None:
        """The async form of ``client.services.deprecated_get_service_category_list`` (see its docstring)."""
        from .deprecated_get_service_category_list import asyncio

        return await asyncio(
            location_id=location_id,
            id=id,
            client=self._client,
            options=options,
        )

    async def deprecated_get_service_list_by_id(
        self,
        location_id: int,
        service_id: int,
        *,
        staff_id: int | Unset = UNSET,
        category_id: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[DeprecatedGetServiceListByIdResponse200Item] | None:
        """The async form of ``client.services.deprecated_get_service_list_by_id`` (see its docstring)."""
        from .deprecated_get_service_list_by_id import asyncio

        return await asyncio(
            location_id=location_id,
            service_id=service_id,
            staff_id=staff_id,
            category_id=category_id,
            client=self._client,
            options=options,
        )

    async def deprecated_update_service_by_id(
        self,
        location_id: int,
        service_id: int,
        *,
        body: DeprecatedUpdateServiceByIdBody,
        options: RequestOptions | None = None,
    ) -> DeprecatedUpdateServiceByIdResponse200 | DeprecatedUpdateServiceByIdResponse201 | None:
        """The async form of ``client.services.deprecated_update_service_by_id`` (see its docstring)."""
        from .deprecated_update_service_by_id import asyncio

        return await asyncio(
            location_id=location_id,
            service_id=service_id,
            body=body,
            client=self._client,
            options=options,
        )

    async def get_chain_service_category_list(
        self,
        chain_id: int,
        *,
        include: GetChainServiceCategoryListInclude | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[GetChainServiceCategoryListResponse200Item] | None:
        """The async form of ``client.services.get_chain_service_category_list`` (see its docstring)."""
        from .get_chain_service_category_list import asyncio

        return await asyncio(
            chain_id=chain_id,
            include=include,
            client=self._client,
            options=options,
        )

    async def get_service(
        self,
        location_id: int,
        service_id: int,
        *,
        staff_id: int | Unset = UNSET,
        category_id: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[GetServiceResponse200Item] | None:
        """The async form of ``client.services.get_service`` (see its docstring)."""
        from .get_service import asyncio

        return await asyncio(
            location_id=location_id,
            service_id=service_id,
            staff_id=staff_id,
            category_id=category_id,
            client=self._client,
            options=options,
        )

    async def get_service_category(
        self,
        location_id: int,
        id: int,
        *,
        options: RequestOptions | None = None,
    ) -> GetServiceCategoryResponse200 | None:
        """The async form of ``client.services.get_service_category`` (see its docstring)."""
        from .get_service_category import asyncio

        return await asyncio(
            location_id=location_id,
            id=id,
            client=self._client,
            options=options,
        )

    async def get_service_category_list(
        self,
        location_id: int,
        id: int,
        *,
        staff_id: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[GetServiceCategoryListResponse200Item] | None:
        """The async form of ``client.services.get_service_category_list`` (see its docstring)."""
        from .get_service_category_list import asyncio

        return await asyncio(
            location_id=location_id,
            id=id,
            staff_id=staff_id,
            client=self._client,
            options=options,
        )

    async def get_service_list(
        self,
        location_id: int,
        *,
        staff_id: int | Unset = UNSET,
        category_id: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[GetServiceListResponse200Item] | None:
        """The async form of ``client.services.get_service_list`` (see its docstring)."""
        from .get_service_list import asyncio

        return await asyncio(
            location_id=location_id,
            staff_id=staff_id,
            category_id=category_id,
            client=self._client,
            options=options,
        )

    async def patch_service(
        self,
        location_id: int,
        service_id: int,
        *,
        body: PatchServiceBody,
        options: RequestOptions | None = None,
    ) -> PatchServiceResponse200 | None:
        """The async form of ``client.services.patch_service`` (see its docstring)."""
        from .patch_service import asyncio

        return await asyncio(
            location_id=location_id,
            service_id=service_id,
            body=body,
            client=self._client,
            options=options,
        )

    async def remove_service_from_team_member(
        self,
        location_id: int,
        service_id: int,
        team_member_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> None | RemoveServiceFromTeamMemberResponse204Type0 | None:
        """The async form of ``client.services.remove_service_from_team_member`` (see its docstring)."""
        from .remove_service_from_team_member import asyncio

        return await asyncio(
            location_id=location_id,
            service_id=service_id,
            team_member_id=team_member_id,
            client=self._client,
            options=options,
        )

    async def update_service_category(
        self,
        location_id: int,
        id: int,
        *,
        body: UpdateServiceCategoryBody,
        options: RequestOptions | None = None,
    ) -> UpdateServiceCategoryResponse200 | None:
        """The async form of ``client.services.update_service_category`` (see its docstring)."""
        from .update_service_category import asyncio

        return await asyncio(
            location_id=location_id,
            id=id,
            body=body,
            client=self._client,
            options=options,
        )

    async def update_service_links(
        self,
        location_id: int,
        *,
        body: UpdateServiceLinksBody,
        options: RequestOptions | None = None,
    ) -> UpdateServiceLinksResponse200 | None:
        """The async form of ``client.services.update_service_links`` (see its docstring)."""
        from .update_service_links import asyncio

        return await asyncio(
            location_id=location_id,
            body=body,
            client=self._client,
            options=options,
        )

    async def update_service_team_member_assignment(
        self,
        location_id: int,
        service_id: int,
        team_member_id: int,
        *,
        body: UpdateServiceTeamMemberAssignmentBody | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> UpdateServiceTeamMemberAssignmentResponse200 | None:
        """The async form of ``client.services.update_service_team_member_assignment`` (see its docstring)."""
        from .update_service_team_member_assignment import asyncio

        return await asyncio(
            location_id=location_id,
            service_id=service_id,
            team_member_id=team_member_id,
            body=body,
            client=self._client,
            options=options,
        )
