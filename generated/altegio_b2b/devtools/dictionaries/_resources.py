"""``devtools.dictionaries``: the Dictionaries operations of Altegio's Developer Tools API as methods
(``client.devtools.dictionaries.<operation_id>(...)``; ``client.aio.devtools.dictionaries`` has the async forms). Each
is the module function ``altegio_b2b.devtools.dictionaries.<operation_id>.sync`` with the
client filled in: the same arguments, return type and errors."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ..._runtime.options import RequestOptions
    from ...client import AltegioClient
    from ...models.get_business_types_by_group_response_200_item import GetBusinessTypesByGroupResponse200Item
    from ...models.get_city_list_response_200_item import GetCityListResponse200Item
    from ...models.get_country_list_response_200_item import GetCountryListResponse200Item


class Dictionaries:
    """The Dictionaries operations as methods of ``client.devtools.dictionaries``."""

    __slots__ = ("_client",)

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<devtools.dictionaries: {len(self.__dir__())} operations of {self._client!r}>"

    def __dir__(self) -> list[str]:
        return [
            "get_business_types_by_group",
            "get_city_list",
            "get_country_list",
        ]

    def get_business_types_by_group(
        self,
        *,
        options: RequestOptions | None = None,
    ) -> list[GetBusinessTypesByGroupResponse200Item] | None:
        """Get business types by group

        GET /references/business_groups_with_types (operation `get_business_types_by_group` of the Developer Tools API); needs the partner token.

        Args:
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[GetBusinessTypesByGroupResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.devtools.dictionaries.get_business_types_by_group.sync``; ``client.aio`` has the async form.
        """

        from .get_business_types_by_group import sync

        return sync(
            client=self._client,
            options=options,
        )

    def get_city_list(
        self,
        *,
        country_id: int | Unset = UNSET,
        company_id: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[GetCityListResponse200Item] | None:
        """Get a list of cities

        GET /cities (operation `get_city_list` of the Developer Tools API); needs the partner token.

        Args:
            country_id (int | Unset): Country ID to get cities from
            company_id (int | Unset): Location ID. If passed, the city of the location will also be
                returned, regardless of whether it belongs to the specified country or not
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[GetCityListResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.devtools.dictionaries.get_city_list.sync``; ``client.aio`` has the async form.
        """

        from .get_city_list import sync

        return sync(
            country_id=country_id,
            company_id=company_id,
            client=self._client,
            options=options,
        )

    def get_country_list(
        self,
        *,
        options: RequestOptions | None = None,
    ) -> list[GetCountryListResponse200Item] | None:
        """Get a list of countries

        GET /countries (operation `get_country_list` of the Developer Tools API); needs the partner token.

        Args:
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[GetCountryListResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.devtools.dictionaries.get_country_list.sync``; ``client.aio`` has the async form.
        """

        from .get_country_list import sync

        return sync(
            client=self._client,
            options=options,
        )


class AsyncDictionaries:
    """The async forms: ``await client.aio.devtools.dictionaries.<operation_id>(...)``."""

    __slots__ = ("_client",)

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<aio.devtools.dictionaries: {len(self.__dir__())} operations of {self._client!r}>"

    def __dir__(self) -> list[str]:
        return [
            "get_business_types_by_group",
            "get_city_list",
            "get_country_list",
        ]

    async def get_business_types_by_group(
        self,
        *,
        options: RequestOptions | None = None,
    ) -> list[GetBusinessTypesByGroupResponse200Item] | None:
        """The async form of ``client.devtools.dictionaries.get_business_types_by_group`` (see its docstring)."""
        from .get_business_types_by_group import asyncio

        return await asyncio(
            client=self._client,
            options=options,
        )

    async def get_city_list(
        self,
        *,
        country_id: int | Unset = UNSET,
        company_id: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[GetCityListResponse200Item] | None:
        """The async form of ``client.devtools.dictionaries.get_city_list`` (see its docstring)."""
        from .get_city_list import asyncio

        return await asyncio(
            country_id=country_id,
            company_id=company_id,
            client=self._client,
            options=options,
        )

    async def get_country_list(
        self,
        *,
        options: RequestOptions | None = None,
    ) -> list[GetCountryListResponse200Item] | None:
        """The async form of ``client.devtools.dictionaries.get_country_list`` (see its docstring)."""
        from .get_country_list import asyncio

        return await asyncio(
            client=self._client,
            options=options,
        )
