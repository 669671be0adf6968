"""``team_members``: the Team Members operations of Altegio's Business Management API as methods
(``client.team_members.<operation_id>(...)``; ``client.aio.team_members`` has the async forms). Each
is the module function ``altegio_b2b.api.team_members.<operation_id>.sync`` with the
client filled in: the same arguments, return type and errors."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ..._runtime.options import RequestOptions
    from ...client import AltegioClient
    from ...models.create_position_quick_body import CreatePositionQuickBody
    from ...models.create_position_quick_response_201 import CreatePositionQuickResponse201
    from ...models.create_team_member_quick_body import CreateTeamMemberQuickBody
    from ...models.create_team_member_quick_response_201 import CreateTeamMemberQuickResponse201
    from ...models.deprecated_create_team_member_body import DeprecatedCreateTeamMemberBody
    from ...models.deprecated_create_team_member_response_201 import DeprecatedCreateTeamMemberResponse201
    from ...models.get_team_member_by_id_response_200_item import GetTeamMemberByIdResponse200Item
    from ...models.get_team_member_list_response_200_item import GetTeamMemberListResponse200Item
    from ...models.get_team_member_response_200_item import GetTeamMemberResponse200Item
    from ...models.staff_position_variant_0 import StaffPositionVariant0
    from ...models.update_team_member_body import UpdateTeamMemberBody
    from ...models.update_team_member_response_200 import UpdateTeamMemberResponse200


class TeamMembers:
    """The Team Members operations as methods of ``client.team_members``."""

    __slots__ = ("_client",)

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<team_members: {len(self.__dir__())} operations of {self._client!r}>"

    def __dir__(self) -> list[str]:
        return [
            "create_position_quick",
            "create_team_member_quick",
            "delete_team_member",
            "deprecated_create_team_member",
            "get_position_list",
            "get_team_member",
            "get_team_member_by_id",
            "get_team_member_list",
            "update_team_member",
        ]

    def create_position_quick(
        self,
        location_id: int,
        *,
        body: CreatePositionQuickBody | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> CreatePositionQuickResponse201 | None:
        """Deprecated. Quick create a position

        Deprecated: Altegio marks this operation deprecated; expect it to be removed.

        **This endpoint is deprecated.** Use `POST /v2/companies/{company_id}/positions` instead.

        Creates a new position in a location; position is created as a chain entity and at the same time
        linked to a location initiated its creation.

        **Migration:** The V2 Positions API provides full CRUD operations with enhanced validation and
        JSON:API format responses. See operation `create_position` for details.

        POST /company/{location_id}/positions/quick (operation `create_position_quick` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): ID of a location.
            body (CreatePositionQuickBody | Unset):
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            CreatePositionQuickResponse201 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.team_members.create_position_quick.sync``; ``client.aio`` has the async form.
        """

        from .create_position_quick import sync

        return sync(
            location_id=location_id,
            body=body,
            client=self._client,
            options=options,
        )

    def create_team_member_quick(
        self,
        location_id: int,
        *,
        body: CreateTeamMemberQuickBody | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> CreateTeamMemberQuickResponse201 | None:
        """Quick create a team member

        Creates a new team member with a minimal set of parameters.

        POST /company/{location_id}/staff/quick (operation `create_team_member_quick` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): ID of a location.
            body (CreateTeamMemberQuickBody | Unset):
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            CreateTeamMemberQuickResponse201 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.team_members.create_team_member_quick.sync``; ``client.aio`` has the async form.
        """

        from .create_team_member_quick import sync

        return sync(
            location_id=location_id,
            body=body,
            client=self._client,
            options=options,
        )

    def delete_team_member(
        self,
        location_id: int,
        team_member_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """Delete team member

        DELETE /staff/{location_id}/{team_member_id} (operation `delete_team_member` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            team_member_id (int): team member ID
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.team_members.delete_team_member.sync``; ``client.aio`` has the async form.
        """

        from .delete_team_member import sync

        return sync(
            location_id=location_id,
            team_member_id=team_member_id,
            client=self._client,
            options=options,
        )

    def deprecated_create_team_member(
        self,
        location_id: int,
        *,
        body: DeprecatedCreateTeamMemberBody,
        options: RequestOptions | None = None,
    ) -> DeprecatedCreateTeamMemberResponse201 | None:
        """Add new team member

        POST /staff/{location_id} (operation `deprecated_create_team_member` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            body (DeprecatedCreateTeamMemberBody): Add new team member Example: {'name': 'Basil',
                'specialization': 'the hairdresser', 'weight': 10, 'information': 'Trimming with three
                hands', 'api_id': '42', 'hidden': 0, 'fired': 0, 'user_id': 123, 'has_access_timetable':
                True, 'is_paid_staff': False, 'is_included_in_payment_policy': True}.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            DeprecatedCreateTeamMemberResponse201 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.team_members.deprecated_create_team_member.sync``; ``client.aio`` has the async form.
        """

        from .deprecated_create_team_member import sync

        return sync(
            location_id=location_id,
            body=body,
            client=self._client,
            options=options,
        )

    def get_position_list(
        self,
        location_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[list[Any] | None | StaffPositionVariant0] | None:
        """Deprecated. Get a list of location positions

        Deprecated: Altegio marks this operation deprecated; expect it to be removed.

        **This endpoint is deprecated.** Use `GET /v2/companies/{company_id}/positions` instead.

        The method allows you to get a list of current positions in the location.

        **Migration:** The V2 Positions API provides enhanced functionality with full CRUD operations,
        pagination, and JSON:API format responses. See operation `list_positions` for details.

        GET /company/{location_id}/staff/positions (operation `get_position_list` of the Business Management API); needs the partner and the user token.

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
            list[list[Any] | None | StaffPositionVariant0] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.team_members.get_position_list.sync``; ``client.aio`` has the async form.
        """

        from .get_position_list import sync

        return sync(
            location_id=location_id,
            client=self._client,
            options=options,
        )

    def get_team_member(
        self,
        location_id: int,
        team_member_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[GetTeamMemberResponse200Item] | None:
        """Get Team Members / Specific Team Member

        GET /company/{location_id}/staff/{team_member_id} (operation `get_team_member` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): Location ID
            team_member_id (int): team member ID, if you need to work with a specific team member.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[GetTeamMemberResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.team_members.get_team_member.sync``; ``client.aio`` has the async form.
        """

        from .get_team_member import sync

        return sync(
            location_id=location_id,
            team_member_id=team_member_id,
            client=self._client,
            options=options,
        )

    def get_team_member_by_id(
        self,
        location_id: int,
        team_member_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[GetTeamMemberByIdResponse200Item] | None:
        """Get a specific team member

        GET /staff/{location_id}/{team_member_id} (operation `get_team_member_by_id` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            team_member_id (int): team member ID, if you need to work with a specific team member.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[GetTeamMemberByIdResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.team_members.get_team_member_by_id.sync``; ``client.aio`` has the async form.
        """

        from .get_team_member_by_id import sync

        return sync(
            location_id=location_id,
            team_member_id=team_member_id,
            client=self._client,
            options=options,
        )

    def get_team_member_list(
        self,
        location_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[GetTeamMemberListResponse200Item] | None:
        """Get list of team members

        Returns all team members for the specified location.

        Each team member includes:
        - Basic info (name, specialization, avatar)
        - Rating and reviews data
        - Schedule availability
        - Position and status

        GET /staff/{location_id} (operation `get_team_member_list` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): Location ID
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[GetTeamMemberListResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.team_members.get_team_member_list.sync``; ``client.aio`` has the async form.
        """

        from .get_team_member_list import sync

        return sync(
            location_id=location_id,
            client=self._client,
            options=options,
        )

    def update_team_member(
        self,
        location_id: int,
        team_member_id: int,
        *,
        body: UpdateTeamMemberBody,
        options: RequestOptions | None = None,
    ) -> UpdateTeamMemberResponse200 | None:
        """Edit Team Member

        PUT /staff/{location_id}/{team_member_id} (operation `update_team_member` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            team_member_id (int): team member ID
            body (UpdateTeamMemberBody): Add new team member Example: {'name': 'Basil',
                'specialization': 'the hairdresser', 'weight': 10, 'information': 'Trimming with three
                hands', 'api_id': '42', 'hidden': 0, 'fired': 0, 'user_id': 123, 'has_access_timetable':
                True, 'is_paid_staff': False, 'is_included_in_payment_policy': True}.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            UpdateTeamMemberResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.team_members.update_team_member.sync``; ``client.aio`` has the async form.
        """

        from .update_team_member import sync

        return sync(
            location_id=location_id,
            team_member_id=team_member_id,
            body=body,
            client=self._client,
            options=options,
        )


class AsyncTeamMembers:
    """The async forms: ``await client.aio.team_members.<operation_id>(...)``."""

    __slots__ = ("_client",)

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<aio.team_members: {len(self.__dir__())} operations of {self._client!r}>"

    def __dir__(self) -> list[str]:
        return [
            "create_position_quick",
            "create_team_member_quick",
            "delete_team_member",
            "deprecated_create_team_member",
            "get_position_list",
            "get_team_member",
            "get_team_member_by_id",
            "get_team_member_list",
            "update_team_member",
        ]

    async def create_position_quick(
        self,
        location_id: int,
        *,
        body: CreatePositionQuickBody | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> CreatePositionQuickResponse201 | None:
        """The async form of ``client.team_members.create_position_quick`` (see its docstring)."""
        from .create_position_quick import asyncio

        return await asyncio(
            location_id=location_id,
            body=body,
            client=self._client,
            options=options,
        )

    async def create_team_member_quick(
        self,
        location_id: int,
        *,
        body: CreateTeamMemberQuickBody | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> CreateTeamMemberQuickResponse201 | None:
        """The async form of ``client.team_members.create_team_member_quick`` (see its docstring)."""
        from .create_team_member_quick import asyncio

        return await asyncio(
            location_id=location_id,
            body=body,
            client=self._client,
            options=options,
        )

    async def delete_team_member(
        self,
        location_id: int,
        team_member_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """The async form of ``client.team_members.delete_team_member`` (see its docstring)."""
        from .delete_team_member import asyncio

        return await asyncio(
            location_id=location_id,
            team_member_id=team_member_id,
            client=self._client,
            options=options,
        )

    async def deprecated_create_team_member(
        self,
        location_id: int,
        *,
        body: DeprecatedCreateTeamMemberBody,
        options: RequestOptions | None = None,
    ) -> DeprecatedCreateTeamMemberResponse201 | None:
        """The async form of ``client.team_members.deprecated_create_team_member`` (see its docstring)."""
        from .deprecated_create_team_member import asyncio

        return await asyncio(
            location_id=location_id,
            body=body,
            client=self._client,
            options=options,
        )

    async def get_position_list(
        self,
        location_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[list[Any] | None | StaffPositionVariant0] | None:
        """The async form of ``client.team_members.get_position_list`` (see its docstring)."""
        from .get_position_list import asyncio

        return await asyncio(
            location_id=location_id,
            client=self._client,
            options=options,
        )

    async def get_team_member(
        self,
        location_id: int,
        team_member_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[GetTeamMemberResponse200Item] | None:
        """The async form of ``client.team_members.get_team_member`` (see its docstring)."""
        from .get_team_member import asyncio

        return await asyncio(
            location_id=location_id,
            team_member_id=team_member_id,
            client=self._client,
            options=options,
        )

    async def get_team_member_by_id(
        self,
        location_id: int,
        team_member_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[GetTeamMemberByIdResponse200Item] | None:
        """The async form of ``client.team_members.get_team_member_by_id`` (see its docstring)."""
        from .get_team_member_by_id import asyncio

        return await asyncio(
            location_id=location_id,
            team_member_id=team_member_id,
            client=self._client,
            options=options,
        )

    async def get_team_member_list(
        self,
        location_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[GetTeamMemberListResponse200Item] | None:
        """The async form of ``client.team_members.get_team_member_list`` (see its docstring)."""
        from .get_team_member_list import asyncio

        return await asyncio(
            location_id=location_id,
            client=self._client,
            options=options,
        )

    async def update_team_member(
        self,
        location_id: int,
        team_member_id: int,
        *,
        body: UpdateTeamMemberBody,
        options: RequestOptions | None = None,
    ) -> UpdateTeamMemberResponse200 | None:
        """The async form of ``client.team_members.update_team_member`` (see its docstring)."""
        from .update_team_member import asyncio

        return await asyncio(
            location_id=location_id,
            team_member_id=team_member_id,
            body=body,
            client=self._client,
            options=options,
        )
