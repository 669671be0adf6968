"""``users_permissions``: the Users & Permissions operations of Altegio's Business Management API as methods
(``client.users_permissions.<operation_id>(...)``; ``client.aio.users_permissions`` has the async forms). Each
is the module function ``altegio_b2b.api.users_permissions.<operation_id>.sync`` with the
client filled in: the same arguments, return type and errors."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ..._runtime.options import RequestOptions
    from ...client import AltegioClient
    from ...models.copy_user_permissions_to_locations_body import CopyUserPermissionsToLocationsBody
    from ...models.copy_user_permissions_to_locations_response_200_type_0 import (
        CopyUserPermissionsToLocationsResponse200Type0,
    )
    from ...models.create_user_invitation_body import CreateUserInvitationBody
    from ...models.deprecated_get_location_users_response_200_item import DeprecatedGetLocationUsersResponse200Item
    from ...models.get_location_users_response_200_item import GetLocationUsersResponse200Item
    from ...models.get_permission_list_response_200 import GetPermissionListResponse200
    from ...models.get_user_permissions_response_200 import GetUserPermissionsResponse200
    from ...models.get_user_roles_include_item import GetUserRolesIncludeItem
    from ...models.get_user_roles_response_200_item import GetUserRolesResponse200Item
    from ...models.list_roles_include_item import ListRolesIncludeItem
    from ...models.list_roles_response_200_item import ListRolesResponse200Item
    from ...models.remove_user_from_locations_body import RemoveUserFromLocationsBody
    from ...models.remove_user_from_locations_response_200_type_0 import RemoveUserFromLocationsResponse200Type0
    from ...models.update_user_permissions_body import UpdateUserPermissionsBody
    from ...models.update_user_permissions_response_200 import UpdateUserPermissionsResponse200


class UsersPermissions:
    """The Users & Permissions operations as methods of ``client.users_permissions``."""

    __slots__ = ("_client",)

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<users_permissions: {len(self.__dir__())} operations of {self._client!r}>"

    def __dir__(self) -> list[str]:
        return [
            "copy_user_permissions_to_locations",
            "create_user_invitation",
            "deprecated_get_location_users",
            "get_location_users",
            "get_permission_list",
            "get_user_permissions",
            "get_user_roles",
            "list_roles",
            "remove_user_from_location",
            "remove_user_from_locations",
            "update_user_permissions",
        ]

    def copy_user_permissions_to_locations(
        self,
        location_id: int,
        user_id: int,
        *,
        body: CopyUserPermissionsToLocationsBody | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> CopyUserPermissionsToLocationsResponse200Type0 | None | None:
        """Copy a User to Companies

        Copies an active user and their permissions to multiple locations at once. If the user does not yet
        exist in a location, they will be added as an active user. If the user has already been invited to
        the location, only their permissions will be updated — however, they will still need to accept the
        invitation.

        POST /company/{location_id}/users/{user_id}/copy_to_companies (operation `copy_user_permissions_to_locations` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): ID of a location.
            user_id (int): ID of a user.
            body (CopyUserPermissionsToLocationsBody | Unset):
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            CopyUserPermissionsToLocationsResponse200Type0 | None | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.users_permissions.copy_user_permissions_to_locations.sync``; ``client.aio`` has the async form.
        """

        from .copy_user_permissions_to_locations import sync

        return sync(
            location_id=location_id,
            user_id=user_id,
            body=body,
            client=self._client,
            options=options,
        )

    def create_user_invitation(
        self,
        location_id: int,
        *,
        body: CreateUserInvitationBody | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> str | None:
        """Create and Send an Invitation

        An invitation to manage a location is sent via email or phone as a link. By following the link and
        completing registration, the user gains access to manage the location according to the permissions
        assigned.
        Permission assignment is performed in a separate request after the invitation is sent.

        POST /user/invite/{location_id} (operation `create_user_invitation` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): ID of a location.
            body (CreateUserInvitationBody | Unset):
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            str | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.users_permissions.create_user_invitation.sync``; ``client.aio`` has the async form.
        """

        from .create_user_invitation import sync

        return sync(
            location_id=location_id,
            body=body,
            client=self._client,
            options=options,
        )

    def deprecated_get_location_users(
        self,
        location_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[DeprecatedGetLocationUsersResponse200Item] | None:
        """Deprecated. Get location users

        Deprecated: Altegio marks this operation deprecated; expect it to be removed.

        location User object

        GET /company_users/{location_id} (operation `deprecated_get_location_users` of the Business Management API); needs the partner and the user token.

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
            list[DeprecatedGetLocationUsersResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.users_permissions.deprecated_get_location_users.sync``; ``client.aio`` has the async form.
        """

        from .deprecated_get_location_users import sync

        return sync(
            location_id=location_id,
            client=self._client,
            options=options,
        )

    def get_location_users(
        self,
        location_id: int,
        *,
        filteris_approved: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[GetLocationUsersResponse200Item] | None:
        """Get location users

        The method allows you to get users of the location.
         location User object:

        | Attribute  | Type | Description |
        | ------------- | ------------- | ------------- |
        |  id  |  number   | User ID   |
        |  name  | string  | User name  |
        |  phone  | string  | User phone |
        | email  | string  | User email |
        | information  | string  | User information |
        |  is_approved  |  boolean | Whether the user accepted the invitation to manage the location  |
        |  is_non_deletable  |  boolean  | Whether the user is non-deletable

        GET /company/{location_id}/users (operation `get_location_users` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            filteris_approved (int | Unset): Whether the user accepted the invitation to manage the
                location. 1 - accepted, 0 - not accepted
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[GetLocationUsersResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.users_permissions.get_location_users.sync``; ``client.aio`` has the async form.
        """

        from .get_location_users import sync

        return sync(
            location_id=location_id,
            filteris_approved=filteris_approved,
            client=self._client,
            options=options,
        )

    def get_permission_list(
        self,
        location_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> GetPermissionListResponse200 | None:
        """Get a list of rights

        + Parameter
            + company_id (required, number, `1`) - location ID

        GET /user/permissions/{location_id} (operation `get_permission_list` of the Business Management API); needs the partner and the user token.

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
            GetPermissionListResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.users_permissions.get_permission_list.sync``; ``client.aio`` has the async form.
        """

        from .get_permission_list import sync

        return sync(
            location_id=location_id,
            client=self._client,
            options=options,
        )

    def get_user_permissions(
        self,
        location_id: int,
        user_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> GetUserPermissionsResponse200 | None:
        """Getting permission values and user role

        Return user role and list of permissions values.

        GET /company/{location_id}/users/{user_id}/permissions (operation `get_user_permissions` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): ID of a location.
            user_id (int): ID of a user.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            GetUserPermissionsResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.users_permissions.get_user_permissions.sync``; ``client.aio`` has the async form.
        """

        from .get_user_permissions import sync

        return sync(
            location_id=location_id,
            user_id=user_id,
            client=self._client,
            options=options,
        )

    def get_user_roles(
        self,
        location_id: int,
        user_id: int,
        *,
        include: list[GetUserRolesIncludeItem] | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[GetUserRolesResponse200Item] | None:
        """Getting a list of user roles in the context of a location user

        Returns a list of user roles along with permissions for each role. Allows to get the editable status
        for each permission of a location user (`is_editable` field). This status depends on the current
        user's permissions.

        GET /company/{location_id}/users/{user_id}/roles (operation `get_user_roles` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): ID of a location.
            user_id (int): ID of a user.
            include (list[GetUserRolesIncludeItem] | Unset): Requested set of an included models.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[GetUserRolesResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.users_permissions.get_user_roles.sync``; ``client.aio`` has the async form.
        """

        from .get_user_roles import sync

        return sync(
            location_id=location_id,
            user_id=user_id,
            include=include,
            client=self._client,
            options=options,
        )

    def list_roles(
        self,
        location_id: int,
        *,
        include: list[ListRolesIncludeItem] | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[ListRolesResponse200Item] | None:
        """Getting a list of user roles

        Returns a list of user roles along with permissions for each role.

        GET /company/{location_id}/users/roles (operation `list_roles` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): ID of a location.
            include (list[ListRolesIncludeItem] | Unset): Requested set of an included models.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[ListRolesResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.users_permissions.list_roles.sync``; ``client.aio`` has the async form.
        """

        from .list_roles import sync

        return sync(
            location_id=location_id,
            include=include,
            client=self._client,
            options=options,
        )

    def remove_user_from_location(
        self,
        location_id: int,
        user_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """Remove the user from the location

        DELETE /company/{location_id}/users/{user_id} (operation `remove_user_from_location` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): ID of a location.
            user_id (int): User ID
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.users_permissions.remove_user_from_location.sync``; ``client.aio`` has the async form.
        """

        from .remove_user_from_location import sync

        return sync(
            location_id=location_id,
            user_id=user_id,
            client=self._client,
            options=options,
        )

    def remove_user_from_locations(
        self,
        location_id: int,
        user_id: int,
        *,
        body: RemoveUserFromLocationsBody | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> None | RemoveUserFromLocationsResponse200Type0 | None:
        """Removing a User from Companies

        Removes an active user from multiple companies at once.

        POST /company/{location_id}/users/{user_id}/remove_from_companies (operation `remove_user_from_locations` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): ID of a location.
            user_id (int): ID of a user.
            body (RemoveUserFromLocationsBody | Unset):
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            None | RemoveUserFromLocationsResponse200Type0 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.users_permissions.remove_user_from_locations.sync``; ``client.aio`` has the async form.
        """

        from .remove_user_from_locations import sync

        return sync(
            location_id=location_id,
            user_id=user_id,
            body=body,
            client=self._client,
            options=options,
        )

    def update_user_permissions(
        self,
        location_id: int,
        user_id: int,
        *,
        body: UpdateUserPermissionsBody | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> UpdateUserPermissionsResponse200 | None:
        """Updating permission values and user role

        Updates the role and permissions of the user, as well as the team member who is attached to this
        user.

        PUT /company/{location_id}/users/{user_id}/permissions (operation `update_user_permissions` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): ID of a location.
            user_id (int): ID of a user.
            body (UpdateUserPermissionsBody | Unset):
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            UpdateUserPermissionsResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.users_permissions.update_user_permissions.sync``; ``client.aio`` has the async form.
        """

        from .update_user_permissions import sync

        return sync(
            location_id=location_id,
            user_id=user_id,
            body=body,
            client=self._client,
            options=options,
        )


class AsyncUsersPermissions:
    """The async forms: ``await client.aio.users_permissions.<operation_id>(...)``."""

    __slots__ = ("_client",)

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<aio.users_permissions: {len(self.__dir__())} operations of {self._client!r}>"

    def __dir__(self) -> list[str]:
        return [
            "copy_user_permissions_to_locations",
            "create_user_invitation",
            "deprecated_get_location_users",
            "get_location_users",
            "get_permission_list",
            "get_user_permissions",
            "get_user_roles",
            "list_roles",
            "remove_user_from_location",
            "remove_user_from_locations",
            "update_user_permissions",
        ]

    async def copy_user_permissions_to_locations(
        self,
        location_id: int,
        user_id: int,
        *,
        body: CopyUserPermissionsToLocationsBody | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> CopyUserPermissionsToLocationsResponse200Type0 | None | None:
        """The async form of ``client.users_permissions.copy_user_permissions_to_locations`` (see its docstring)."""
        from .copy_user_permissions_to_locations import asyncio

        return await asyncio(
            location_id=location_id,
            user_id=user_id,
            body=body,
            client=self._client,
            options=options,
        )

    async def create_user_invitation(
        self,
        location_id: int,
        *,
        body: CreateUserInvitationBody | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> str | None:
        """The async form of ``client.users_permissions.create_user_invitation`` (see its docstring)."""
        from .create_user_invitation import asyncio

        return await asyncio(
            location_id=location_id,
            body=body,
            client=self._client,
            options=options,
        )

    async def deprecated_get_location_users(
        self,
        location_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[DeprecatedGetLocationUsersResponse200Item] | None:
        """The async form of ``client.users_permissions.deprecated_get_location_users`` (see its docstring)."""
        from .deprecated_get_location_users import asyncio

        return await asyncio(
            location_id=location_id,
            client=self._client,
            options=options,
        )

    async def get_location_users(
        self,
        location_id: int,
        *,
        filteris_approved: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[GetLocationUsersResponse200Item] | None:
        """The async form of ``client.users_permissions.get_location_users`` (see its docstring)."""
        from .get_location_users import asyncio

        return await asyncio(
            location_id=location_id,
            filteris_approved=filteris_approved,
            client=self._client,
            options=options,
        )

    async def get_permission_list(
        self,
        location_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> GetPermissionListResponse200 | None:
        """The async form of ``client.users_permissions.get_permission_list`` (see its docstring)."""
        from .get_permission_list import asyncio

        return await asyncio(
            location_id=location_id,
            client=self._client,
            options=options,
        )

    async def get_user_permissions(
        self,
        location_id: int,
        user_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> GetUserPermissionsResponse200 | None:
        """The async form of ``client.users_permissions.get_user_permissions`` (see its docstring)."""
        from .get_user_permissions import asyncio

        return await asyncio(
            location_id=location_id,
            user_id=user_id,
            client=self._client,
            options=options,
        )

    async def get_user_roles(
        self,
        location_id: int,
        user_id: int,
        *,
        include: list[GetUserRolesIncludeItem] | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[GetUserRolesResponse200Item] | None:
        """The async form of ``client.users_permissions.get_user_roles`` (see its docstring)."""
        from .get_user_roles import asyncio

        return await asyncio(
            location_id=location_id,
            user_id=user_id,
            include=include,
            client=self._client,
            options=options,
        )

    async def list_roles(
        self,
        location_id: int,
        *,
        include: list[ListRolesIncludeItem] | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[ListRolesResponse200Item] | None:
        """The async form of ``client.users_permissions.list_roles`` (see its docstring)."""
        from .list_roles import asyncio

        return await asyncio(
            location_id=location_id,
            include=include,
            client=self._client,
            options=options,
        )

    async def remove_user_from_location(
        self,
        location_id: int,
        user_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """The async form of ``client.users_permissions.remove_user_from_location`` (see its docstring)."""
        from .remove_user_from_location import asyncio

        return await asyncio(
            location_id=location_id,
            user_id=user_id,
            client=self._client,
            options=options,
        )

    async def remove_user_from_locations(
        self,
        location_id: int,
        user_id: int,
        *,
        body: RemoveUserFromLocationsBody | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> None | RemoveUserFromLocationsResponse200Type0 | None:
        """The async form of ``client.users_permissions.remove_user_from_locations`` (see its docstring)."""
        from .remove_user_from_locations import asyncio

        return await asyncio(
            location_id=location_id,
            user_id=user_id,
            body=body,
            client=self._client,
            options=options,
        )

    async def update_user_permissions(
        self,
        location_id: int,
        user_id: int,
        *,
        body: UpdateUserPermissionsBody | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> UpdateUserPermissionsResponse200 | None:
        """The async form of ``client.users_permissions.update_user_permissions`` (see its docstring)."""
        from .update_user_permissions import asyncio

        return await asyncio(
            location_id=location_id,
            user_id=user_id,
            body=body,
            client=self._client,
            options=options,
        )
