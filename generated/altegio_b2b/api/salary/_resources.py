"""``salary``: the Salary operations of Altegio's Business Management API as methods
(``client.salary.<operation_id>(...)``; ``client.aio.salary`` has the async forms). Each
is the module function ``altegio_b2b.api.salary.<operation_id>.sync`` with the
client filled in: the same arguments, return type and errors."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import datetime

    from ..._runtime.options import RequestOptions
    from ...client import AltegioClient
    from ...models.get_team_member_calculation_schemes_count_response_200 import (
        GetTeamMemberCalculationSchemesCountResponse200,
    )
    from ...models.get_team_member_payroll_calculation_response_200 import GetTeamMemberPayrollCalculationResponse200
    from ...models.get_team_member_salary_calculation_response_200 import GetTeamMemberSalaryCalculationResponse200
    from ...models.get_team_member_salary_period_response_200 import GetTeamMemberSalaryPeriodResponse200
    from ...models.get_team_member_salary_schemes_response_200_item import GetTeamMemberSalarySchemesResponse200Item
    from ...models.search_team_member_calculation_daily_salary_response_200 import (
        SearchTeamMemberCalculationDailySalaryResponse200,
    )
    from ...models.search_team_member_calculation_salary_response_200 import (
        SearchTeamMemberCalculationSalaryResponse200,
    )
    from ...models.search_team_member_payroll_calculation_response_200_item import (
        SearchTeamMemberPayrollCalculationResponse200Item,
    )
    from ...models.search_team_member_period_daily_salary_response_200 import (
        SearchTeamMemberPeriodDailySalaryResponse200,
    )
    from ...models.search_team_member_period_salary_response_200 import SearchTeamMemberPeriodSalaryResponse200


class Salary:
    """The Salary operations as methods of ``client.salary``."""

    __slots__ = ("_client",)

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<salary: {len(self.__dir__())} operations of {self._client!r}>"

    def __dir__(self) -> list[str]:
        return [
            "get_team_member_calculation_schemes_count",
            "get_team_member_payroll_calculation",
            "get_team_member_salary_calculation",
            "get_team_member_salary_period",
            "get_team_member_salary_schemes",
            "search_team_member_calculation_daily_salary",
            "search_team_member_calculation_salary",
            "search_team_member_payroll_calculation",
            "search_team_member_period_daily_salary",
            "search_team_member_period_salary",
        ]

    def get_team_member_calculation_schemes_count(
        self,
        location_id: int,
        team_member_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> GetTeamMemberCalculationSchemesCountResponse200 | None:
        """Obtaining payroll schemes count for a team member

        The method allows you to get salary calculation schemes count for a team member before trying to
        obtain calculation data.

        GET /company/{location_id}/salary/calculation/staff/{team_member_id}/salary_schemes_count (operation `get_team_member_calculation_schemes_count` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): ID of a location.
            team_member_id (int): ID of a team member.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            GetTeamMemberCalculationSchemesCountResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.salary.get_team_member_calculation_schemes_count.sync``; ``client.aio`` has the async form.
        """

        from .get_team_member_calculation_schemes_count import sync

        return sync(
            location_id=location_id,
            team_member_id=team_member_id,
            client=self._client,
            options=options,
        )

    def get_team_member_payroll_calculation(
        self,
        location_id: int,
        team_member_id: int,
        calculation_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> GetTeamMemberPayrollCalculationResponse200 | None:
        """Get payroll calculation details of a team member

        The method allows location owner to get details of a specific payroll calculation.

        GET /company/{location_id}/salary/payroll/staff/{team_member_id}/calculation/{calculation_id} (operation `get_team_member_payroll_calculation` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): ID of a location.
            team_member_id (int): ID of a team member.
            calculation_id (int): ID of a salary calculation.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            GetTeamMemberPayrollCalculationResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.salary.get_team_member_payroll_calculation.sync``; ``client.aio`` has the async form.
        """

        from .get_team_member_payroll_calculation import sync

        return sync(
            location_id=location_id,
            team_member_id=team_member_id,
            calculation_id=calculation_id,
            client=self._client,
            options=options,
        )

    def get_team_member_salary_calculation(
        self,
        location_id: int,
        team_member_id: int,
        *,
        date_from: datetime.date,
        date_to: datetime.date,
        options: RequestOptions | None = None,
    ) -> GetTeamMemberSalaryCalculationResponse200 | None:
        """Get Mutual Settlements for a Specific Team Member

        The method allows you to get mutual settlements of a specific team member. In the user's access
        rights, the checkbox "Access to payroll only for a specific team member" must be specified.

        GET /company/{location_id}/salary/staff/{team_member_id}/calculation (operation `get_team_member_salary_calculation` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): ID of a location.
            team_member_id (int): ID of a team member.
            date_from (datetime.date): Start from date.
            date_to (datetime.date): End to date.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            GetTeamMemberSalaryCalculationResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.salary.get_team_member_salary_calculation.sync``; ``client.aio`` has the async form.
        """

        from .get_team_member_salary_calculation import sync

        return sync(
            location_id=location_id,
            team_member_id=team_member_id,
            date_from=date_from,
            date_to=date_to,
            client=self._client,
            options=options,
        )

    def get_team_member_salary_period(
        self,
        location_id: int,
        team_member_id: int,
        *,
        date_from: datetime.date,
        date_to: datetime.date,
        options: RequestOptions | None = None,
    ) -> GetTeamMemberSalaryPeriodResponse200 | None:
        """Get Payroll for a Specific Team Member for a Given Period

        The method allows you to get the calculation for the period for a specific team member.
        In the user's access rights, the checkbox "Access to payroll only for a specific team member" must
        be checked.

        GET /company/{location_id}/salary/staff/{team_member_id}/period (operation `get_team_member_salary_period` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): ID of a location.
            team_member_id (int): ID of a team member.
            date_from (datetime.date): Start from date.
            date_to (datetime.date): End to date.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            GetTeamMemberSalaryPeriodResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.salary.get_team_member_salary_period.sync``; ``client.aio`` has the async form.
        """

        from .get_team_member_salary_period import sync

        return sync(
            location_id=location_id,
            team_member_id=team_member_id,
            date_from=date_from,
            date_to=date_to,
            client=self._client,
            options=options,
        )

    def get_team_member_salary_schemes(
        self,
        location_id: int,
        team_member_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[GetTeamMemberSalarySchemesResponse200Item] | None:
        """Obtaining own payroll schemes for a specific team member

        The method allows you to get own salary calculation schemes for a specific team member.
        In the user's access rights, the checkbox "Access to payroll only for a specific team member" must
        be specified.

        GET /company/{location_id}/salary/staff/{team_member_id}/salary_schemes (operation `get_team_member_salary_schemes` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): ID of a location.
            team_member_id (int): ID of a team member.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[GetTeamMemberSalarySchemesResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.salary.get_team_member_salary_schemes.sync``; ``client.aio`` has the async form.
        """

        from .get_team_member_salary_schemes import sync

        return sync(
            location_id=location_id,
            team_member_id=team_member_id,
            client=self._client,
            options=options,
        )

    def search_team_member_calculation_daily_salary(
        self,
        location_id: int,
        team_member_id: int,
        *,
        date_from: datetime.date,
        date_to: datetime.date,
        options: RequestOptions | None = None,
    ) -> SearchTeamMemberCalculationDailySalaryResponse200 | None:
        """Receipt of mutual settlements of a team member grouped by date

        The method allows location owner to get mutual settlements of a team member grouped by date.

        GET /company/{location_id}/salary/calculation/staff/daily/{team_member_id} (operation `search_team_member_calculation_daily_salary` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): ID of a location.
            team_member_id (int): ID of a team member.
            date_from (datetime.date): Start from date.
            date_to (datetime.date): End to date.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            SearchTeamMemberCalculationDailySalaryResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.salary.search_team_member_calculation_daily_salary.sync``; ``client.aio`` has the async form.
        """

        from .search_team_member_calculation_daily_salary import sync

        return sync(
            location_id=location_id,
            team_member_id=team_member_id,
            date_from=date_from,
            date_to=date_to,
            client=self._client,
            options=options,
        )

    def search_team_member_calculation_salary(
        self,
        location_id: int,
        team_member_id: int,
        *,
        date_from: datetime.date,
        date_to: datetime.date,
        options: RequestOptions | None = None,
    ) -> SearchTeamMemberCalculationSalaryResponse200 | None:
        """Receipt of mutual settlements of a team member

        The method allows location owner to get mutual settlements of a team member.

        GET /company/{location_id}/salary/calculation/staff/{team_member_id} (operation `search_team_member_calculation_salary` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): ID of a location.
            team_member_id (int): ID of a team member.
            date_from (datetime.date): Start from date.
            date_to (datetime.date): End to date.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            SearchTeamMemberCalculationSalaryResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.salary.search_team_member_calculation_salary.sync``; ``client.aio`` has the async form.
        """

        from .search_team_member_calculation_salary import sync

        return sync(
            location_id=location_id,
            team_member_id=team_member_id,
            date_from=date_from,
            date_to=date_to,
            client=self._client,
            options=options,
        )

    def search_team_member_payroll_calculation(
        self,
        location_id: int,
        team_member_id: int,
        *,
        date_from: datetime.date,
        date_to: datetime.date,
        options: RequestOptions | None = None,
    ) -> list[SearchTeamMemberPayrollCalculationResponse200Item] | None:
        """Search payroll calculations of a team member

        The method allows location owner to search payroll calculations for the period for a team member.

        GET /company/{location_id}/salary/payroll/staff/{team_member_id}/calculation (operation `search_team_member_payroll_calculation` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): ID of a location.
            team_member_id (int): ID of a team member.
            date_from (datetime.date): Start from date.
            date_to (datetime.date): End to date.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[SearchTeamMemberPayrollCalculationResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.salary.search_team_member_payroll_calculation.sync``; ``client.aio`` has the async form.
        """

        from .search_team_member_payroll_calculation import sync

        return sync(
            location_id=location_id,
            team_member_id=team_member_id,
            date_from=date_from,
            date_to=date_to,
            client=self._client,
            options=options,
        )

    def search_team_member_period_daily_salary(
        self,
        location_id: int,
        team_member_id: int,
        *,
        date_from: datetime.date,
        date_to: datetime.date,
        options: RequestOptions | None = None,
    ) -> SearchTeamMemberPeriodDailySalaryResponse200 | None:
        """Getting payroll for a period for a team member grouped by date

        The method allows location owner to get the calculation for the period for a team member grouped by
        date.

        GET /company/{location_id}/salary/period/staff/daily/{team_member_id} (operation `search_team_member_period_daily_salary` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): ID of a location.
            team_member_id (int): ID of a team member.
            date_from (datetime.date): Start from date.
            date_to (datetime.date): End to date.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            SearchTeamMemberPeriodDailySalaryResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.salary.search_team_member_period_daily_salary.sync``; ``client.aio`` has the async form.
        """

        from .search_team_member_period_daily_salary import sync

        return sync(
            location_id=location_id,
            team_member_id=team_member_id,
            date_from=date_from,
            date_to=date_to,
            client=self._client,
            options=options,
        )

    def search_team_member_period_salary(
        self,
        location_id: int,
        team_member_id: int,
        *,
        date_from: datetime.date,
        date_to: datetime.date,
        options: RequestOptions | None = None,
    ) -> SearchTeamMemberPeriodSalaryResponse200 | None:
        """Getting payroll for a period for a team member

        The method allows location owner to get the calculation for the period for a team member.

        GET /company/{location_id}/salary/period/staff/{team_member_id} (operation `search_team_member_period_salary` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): ID of a location.
            team_member_id (int): ID of a team member.
            date_from (datetime.date): Start from date.
            date_to (datetime.date): End to date.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            SearchTeamMemberPeriodSalaryResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.salary.search_team_member_period_salary.sync``; ``client.aio`` has the async form.
        """

        from .search_team_member_period_salary import sync

        return sync(
            location_id=location_id,
            team_member_id=team_member_id,
            date_from=date_from,
            date_to=date_to,
            client=self._client,
            options=options,
        )


class AsyncSalary:
    """The async forms: ``await client.aio.salary.<operation_id>(...)``."""

    __slots__ = ("_client",)

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<aio.salary: {len(self.__dir__())} operations of {self._client!r}>"

    def __dir__(self) -> list[str]:
        return [
            "get_team_member_calculation_schemes_count",
            "get_team_member_payroll_calculation",
            "get_team_member_salary_calculation",
            "get_team_member_salary_period",
            "get_team_member_salary_schemes",
            "search_team_member_calculation_daily_salary",
            "search_team_member_calculation_salary",
            "search_team_member_payroll_calculation",
            "search_team_member_period_daily_salary",
            "search_team_member_period_salary",
        ]

    async def get_team_member_calculation_schemes_count(
        self,
        location_id: int,
        team_member_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> GetTeamMemberCalculationSchemesCountResponse200 | None:
        """The async form of ``client.salary.get_team_member_calculation_schemes_count`` (see its docstring)."""
        from .get_team_member_calculation_schemes_count import asyncio

        return await asyncio(
            location_id=location_id,
            team_member_id=team_member_id,
            client=self._client,
            options=options,
        )

    async def get_team_member_payroll_calculation(
        self,
        location_id: int,
        team_member_id: int,
        calculation_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> GetTeamMemberPayrollCalculationResponse200 | None:
        """The async form of ``client.salary.get_team_member_payroll_calculation`` (see its docstring)."""
        from .get_team_member_payroll_calculation import asyncio

        return await asyncio(
            location_id=location_id,
            team_member_id=team_member_id,
            calculation_id=calculation_id,
            client=self._client,
            options=options,
        )

    async def get_team_member_salary_calculation(
        self,
        location_id: int,
        team_member_id: int,
        *,
        date_from: datetime.date,
        date_to: datetime.date,
        options: RequestOptions | None = None,
    ) -> GetTeamMemberSalaryCalculationResponse200 | None:
        """The async form of ``client.salary.get_team_member_salary_calculation`` (see its docstring)."""
        from .get_team_member_salary_calculation import asyncio

        return await asyncio(
            location_id=location_id,
            team_member_id=team_member_id,
            date_from=date_from,
            date_to=date_to,
            client=self._client,
            options=options,
        )

    async def get_team_member_salary_period(
        self,
        location_id: int,
        team_member_id: int,
        *,
        date_from: datetime.date,
        date_to: datetime.date,
        options: RequestOptions | None = None,
    ) -> GetTeamMemberSalaryPeriodResponse200 | None:
        """The async form of ``client.salary.get_team_member_salary_period`` (see its docstring)."""
        from .get_team_member_salary_period import asyncio

        return await asyncio(
            location_id=location_id,
            team_member_id=team_member_id,
            date_from=date_from,
            date_to=date_to,
            client=self._client,
            options=options,
        )

    async def get_team_member_salary_schemes(
        self,
        location_id: int,
        team_member_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[GetTeamMemberSalarySchemesResponse200Item] | None:
        """The async form of ``client.salary.get_team_member_salary_schemes`` (see its docstring)."""
        from .get_team_member_salary_schemes import asyncio

        return await asyncio(
            location_id=location_id,
            team_member_id=team_member_id,
            client=self._client,
            options=options,
        )

    async def search_team_member_calculation_daily_salary(
        self,
        location_id: int,
        team_member_id: int,
        *,
        date_from: datetime.date,
        date_to: datetime.date,
        options: RequestOptions | None = None,
    ) -> SearchTeamMemberCalculationDailySalaryResponse200 | None:
        """The async form of ``client.salary.search_team_member_calculation_daily_salary`` (see its docstring)."""
        from .search_team_member_calculation_daily_salary import asyncio

        return await asyncio(
            location_id=location_id,
            team_member_id=team_member_id,
            date_from=date_from,
            date_to=date_to,
            client=self._client,
            options=options,
        )

    async def search_team_member_calculation_salary(
        self,
        location_id: int,
        team_member_id: int,
        *,
        date_from: datetime.date,
        date_to: datetime.date,
        options: RequestOptions | None = None,
    ) -> SearchTeamMemberCalculationSalaryResponse200 | None:
        """The async form of ``client.salary.search_team_member_calculation_salary`` (see its docstring)."""
        from .search_team_member_calculation_salary import asyncio

        return await asyncio(
            location_id=location_id,
            team_member_id=team_member_id,
            date_from=date_from,
            date_to=date_to,
            client=self._client,
            options=options,
        )

    async def search_team_member_payroll_calculation(
        self,
        location_id: int,
        team_member_id: int,
        *,
        date_from: datetime.date,
        date_to: datetime.date,
        options: RequestOptions | None = None,
    ) -> list[SearchTeamMemberPayrollCalculationResponse200Item] | None:
        """The async form of ``client.salary.search_team_member_payroll_calculation`` (see its docstring)."""
        from .search_team_member_payroll_calculation import asyncio

        return await asyncio(
            location_id=location_id,
            team_member_id=team_member_id,
            date_from=date_from,
            date_to=date_to,
            client=self._client,
            options=options,
        )

    async def search_team_member_period_daily_salary(
        self,
        location_id: int,
        team_member_id: int,
        *,
        date_from: datetime.date,
        date_to: datetime.date,
        options: RequestOptions | None = None,
    ) -> SearchTeamMemberPeriodDailySalaryResponse200 | None:
        """The async form of ``client.salary.search_team_member_period_daily_salary`` (see its docstring)."""
        from .search_team_member_period_daily_salary import asyncio

        return await asyncio(
            location_id=location_id,
            team_member_id=team_member_id,
            date_from=date_from,
            date_to=date_to,
            client=self._client,
            options=options,
        )

    async def search_team_member_period_salary(
        self,
        location_id: int,
        team_member_id: int,
        *,
        date_from: datetime.date,
        date_to: datetime.date,
        options: RequestOptions | None = None,
    ) -> SearchTeamMemberPeriodSalaryResponse200 | None:
        """The async form of ``client.salary.search_team_member_period_salary`` (see its docstring)."""
        from .search_team_member_period_salary import asyncio

        return await asyncio(
            location_id=location_id,
            team_member_id=team_member_id,
            date_from=date_from,
            date_to=date_to,
            client=self._client,
            options=options,
        )
