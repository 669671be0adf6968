"""``locations``: the Locations operations of Altegio's Business Management API as methods
(``client.locations.<operation_id>(...)``; ``client.aio.locations`` has the async forms). Each
is the module function ``altegio_b2b.api.locations.<operation_id>.sync`` with the
client filled in: the same arguments, return type and errors."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ..._runtime.options import RequestOptions
    from ...client import AltegioClient
    from ...models.create_location_body import CreateLocationBody
    from ...models.create_location_response_201 import CreateLocationResponse201
    from ...models.get_location_list_include_item import GetLocationListIncludeItem
    from ...models.get_location_list_response_200_item import GetLocationListResponse200Item
    from ...models.get_location_response_200 import GetLocationResponse200
    from ...models.update_location_body import UpdateLocationBody
    from ...models.update_location_response_200 import UpdateLocationResponse200


class Locations:
    """The Locations operations as methods of ``client.locations``."""

    __slots__ = ("_client",)

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<locations: {len(self.__dir__())} operations of {self._client!r}>"

    def __dir__(self) -> list[str]:
        return [
            "create_location",
            "delete_location",
            "get_location",
            "get_location_list",
            "update_location",
        ]

    def create_location(
        self,
        *,
        body: CreateLocationBody,
        options: RequestOptions | None = None,
    ) -> CreateLocationResponse201 | None:
        """Create a location

        Create new location

        POST /companies (operation `create_location` of the Business Management API); needs the partner and the user token.

        Args:
            body (CreateLocationBody): Create a location Example: {'title': 'James Smith LLC',
                'country_id': 7, 'city_id': 2, 'address': 'New York, 787 Jackson Drive', 'site': 'james-
                smith-company.com', 'coordinate_lat': 40.73061, 'coordinate_lot': -73.935242,
                'business_type_id': 1, 'short_descr': 'Beauty studio'}.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            CreateLocationResponse201 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.locations.create_location.sync``; ``client.aio`` has the async form.
        """

        from .create_location import sync

        return sync(
            body=body,
            client=self._client,
            options=options,
        )

    def delete_location(
        self,
        location_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """Delete location

        Delete a location.

        DELETE /company/{location_id} (operation `delete_location` of the Business Management API); needs the partner and the user token.

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
            Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.locations.delete_location.sync``; ``client.aio`` has the async form.
        """

        from .delete_location import sync

        return sync(
            location_id=location_id,
            client=self._client,
            options=options,
        )

    def get_location(
        self,
        location_id: int,
        *,
        my: int | Unset = UNSET,
        for_booking: int | Unset = UNSET,
        show_groups: int | Unset = UNSET,
        show_bookforms: int | Unset = UNSET,
        bookform_id: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> GetLocationResponse200 | None:
        """Get location

        Getting information about the location.

        GET /company/{location_id} (operation `get_location` of the Business Management API); needs the partner token.

        Args:
            location_id (int): The ID of the location to get information about.
            my (int | Unset): For authorized user only. If you need additional data for the location
                that the user has rights to manage
            for_booking (int | Unset): Date and time of the next free session in the location
                (ISO8601).
            show_groups (int | Unset): Include in the location object a list of chains that this
                location belongs to
            show_bookforms (int | Unset): Show location online booking forms (widgets)
            bookform_id (int | Unset): Show url of online booking form with specified ID
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            GetLocationResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.locations.get_location.sync``; ``client.aio`` has the async form.
        """

        from .get_location import sync

        return sync(
            location_id=location_id,
            my=my,
            for_booking=for_booking,
            show_groups=show_groups,
            show_bookforms=show_bookforms,
            bookform_id=bookform_id,
            client=self._client,
            options=options,
        )

    def get_location_list(
        self,
        *,
        id: int | Unset = UNSET,
        group_id: int | Unset = UNSET,
        my: int | Unset = UNSET,
        active: int | Unset = UNSET,
        for_booking: int | Unset = UNSET,
        show_groups: int | Unset = UNSET,
        city_id: int | Unset = UNSET,
        show_bookforms: int | Unset = UNSET,
        min_id: int | Unset = UNSET,
        show_deleted: int | Unset = UNSET,
        hide_record_type_single: int | Unset = UNSET,
        hide_record_type_activity: int | Unset = UNSET,
        hide_record_type_mixed: int | Unset = UNSET,
        business_group_id: int | Unset = UNSET,
        business_type_id: int | Unset = UNSET,
        include: list[GetLocationListIncludeItem] | Unset = UNSET,
        count: int | Unset = UNSET,
        page: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[GetLocationListResponse200Item] | None:
        """Get a list of locations

        Get a list of locations with data

        GET /companies (operation `get_location_list` of the Business Management API); needs the partner token.

        Args:
            id (int | Unset): Filter by location ID
            group_id (int | Unset): Filter by location chain ID _Default: 83_
            my (int | Unset): For authorized user only. If you need locations that the user has rights
                to manage
            active (int | Unset): If you need to get only locations with an active license and an
                available appointment
            for_booking (int | Unset): Include date and time of the next free session in the location
                (ISO8601)
            show_groups (int | Unset): Include in the location object a list of chains that this
                location belongs to
            city_id (int | Unset): Filter by city ID ([cities getting method](#cities))
            show_bookforms (int | Unset): Include in the location object a list of location online
                booking forms
            min_id (int | Unset): Filter by minimum location ID
            show_deleted (int | Unset): Include deleted locations
            hide_record_type_single (int | Unset): Hide locations with individual appointment
            hide_record_type_activity (int | Unset): Hide locations with group appointment
            hide_record_type_mixed (int | Unset): Hide locations with mixed appointment
            business_group_id (int | Unset): Filter by business group ID
            business_type_id (int | Unset): Filter by business type ID
            include (list[GetLocationListIncludeItem] | Unset): Include additional data in the
                location object
            count (int | Unset): Number of locations per page
            page (int | Unset): Page number
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[GetLocationListResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.locations.get_location_list.sync``; ``client.aio`` has the async form.
        """

        from .get_location_list import sync

        return sync(
            id=id,
            group_id=group_id,
            my=my,
            active=active,
            for_booking=for_booking,
            show_groups=show_groups,
            city_id=city_id,
            show_bookforms=show_bookforms,
            min_id=min_id,
            show_deleted=show_deleted,
            hide_record_type_single=hide_record_type_single,
            hide_record_type_activity=hide_record_type_activity,
            hide_record_type_mixed=hide_record_type_mixed,
            business_group_id=business_group_id,
            business_type_id=business_type_id,
            include=include,
            count=count,
            page=page,
            client=self._client,
            options=options,
        )

    def update_location(
        self,
        location_id: int,
        *,
        body: UpdateLocationBody,
        options: RequestOptions | None = None,
    ) -> UpdateLocationResponse200 | None:
        """Change location

        Change location data

        PUT /company/{location_id} (operation `update_location` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            body (UpdateLocationBody): Change location Example: {'title': 'James Smith LLC',
                'country': 'United States', 'city': 'New York', 'address': 'New York, 787 Jackson Drive',
                'zip': '11435', 'phones': ['12125357710', '12125357711'], 'social': {'instagram':
                'instagram.com/james_smith_company/'}, 'site': 'james-smith-company.com',
                'coordinate_lat': 40.73061, 'coordinate_lon': -73.935242, 'description': 'The
                <strong>James Smith</strong> location', 'business_type_id': 1, 'short_descr': 'Beauty
                studio'}.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            UpdateLocationResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.locations.update_location.sync``; ``client.aio`` has the async form.
        """

        from .update_location import sync

        return sync(
            location_id=location_id,
            body=body,
            client=self._client,
            options=options,
        )


class AsyncLocations:
    """The async forms: ``await client.aio.locations.<operation_id>(...)``."""

    __slots__ = ("_client",)

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<aio.locations: {len(self.__dir__())} operations of {self._client!r}>"

    def __dir__(self) -> list[str]:
        return [
            "create_location",
            "delete_location",
            "get_location",
            "get_location_list",
            "update_location",
        ]

    async def create_location(
        self,
        *,
        body: CreateLocationBody,
        options: RequestOptions | None = None,
    ) -> CreateLocationResponse201 | None:
        """The async form of ``client.locations.create_location`` (see its docstring)."""
        from .create_location import asyncio

        return await asyncio(
            body=body,
            client=self._client,
            options=options,
        )

    async def delete_location(
        self,
        location_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """The async form of ``client.locations.delete_location`` (see its docstring)."""
        from .delete_location import asyncio

        return await asyncio(
            location_id=location_id,
            client=self._client,
            options=options,
        )

    async def get_location(
        self,
        location_id: int,
        *,
        my: int | Unset = UNSET,
        for_booking: int | Unset = UNSET,
        show_groups: int | Unset = UNSET,
        show_bookforms: int | Unset = UNSET,
        bookform_id: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> GetLocationResponse200 | None:
        """The async form of ``client.locations.get_location`` (see its docstring)."""
        from .get_location import asyncio

        return await asyncio(
            location_id=location_id,
            my=my,
            for_booking=for_booking,
            show_groups=show_groups,
            show_bookforms=show_bookforms,
            bookform_id=bookform_id,
            client=self._client,
            options=options,
        )

    async def get_location_list(
        self,
        *,
        id: int | Unset = UNSET,
        group_id: int | Unset = UNSET,
        my: int | Unset = UNSET,
        active: int | Unset = UNSET,
        for_booking: int | Unset = UNSET,
        show_groups: int | Unset = UNSET,
        city_id: int | Unset = UNSET,
        show_bookforms: int | Unset = UNSET,
        min_id: int | Unset = UNSET,
        show_deleted: int | Unset = UNSET,
        hide_record_type_single: int | Unset = UNSET,
        hide_record_type_activity: int | Unset = UNSET,
        hide_record_type_mixed: int | Unset = UNSET,
        business_group_id: int | Unset = UNSET,
        business_type_id: int | Unset = UNSET,
        include: list[GetLocationListIncludeItem] | Unset = UNSET,
        count: int | Unset = UNSET,
        page: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[GetLocationListResponse200Item] | None:
        """The async form of ``client.locations.get_location_list`` (see its docstring)."""
        from .get_location_list import asyncio

        return await asyncio(
            id=id,
            group_id=group_id,
            my=my,
            active=active,
            for_booking=for_booking,
            show_groups=show_groups,
            city_id=city_id,
            show_bookforms=show_bookforms,
            min_id=min_id,
            show_deleted=show_deleted,
            hide_record_type_single=hide_record_type_single,
            hide_record_type_activity=hide_record_type_activity,
            hide_record_type_mixed=hide_record_type_mixed,
            business_group_id=business_group_id,
            business_type_id=business_type_id,
            include=include,
            count=count,
            page=page,
            client=self._client,
            options=options,
        )

    async def update_location(
        self,
        location_id: int,
        *,
        body: UpdateLocationBody,
        options: RequestOptions | None = None,
    ) -> UpdateLocationResponse200 | None:
        """The async form of ``client.locations.update_location`` (see its docstring)."""
        from .update_location import asyncio

        return await asyncio(
            location_id=location_id,
            body=body,
            client=self._client,
            options=options,
        )
