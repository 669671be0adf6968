"""``analytics_reports``: the Analytics & Reports operations of Altegio's Business Management API as methods
(``client.analytics_reports.<operation_id>(...)``; ``client.aio.analytics_reports`` has the async forms). Each
is the module function ``altegio_b2b.api.analytics_reports.<operation_id>.sync`` with the
client filled in: the same arguments, return type and errors."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ..._runtime.options import RequestOptions
    from ...client import AltegioClient
    from ...models.get_appointment_analytics_by_source_response_200_item import (
        GetAppointmentAnalyticsBySourceResponse200Item,
    )
    from ...models.get_appointment_analytics_by_status_response_200_item import (
        GetAppointmentAnalyticsByStatusResponse200Item,
    )
    from ...models.get_day_end_report_data_response_200 import GetDayEndReportDataResponse200
    from ...models.get_location_analytics_appointments_daily_response_200_item import (
        GetLocationAnalyticsAppointmentsDailyResponse200Item,
    )
    from ...models.get_location_analytics_occupancy_daily_response_200_item import (
        GetLocationAnalyticsOccupancyDailyResponse200Item,
    )
    from ...models.get_location_analytics_overall_response_200 import GetLocationAnalyticsOverallResponse200
    from ...models.get_location_analytics_revenue_daily_response_200_item import (
        GetLocationAnalyticsRevenueDailyResponse200Item,
    )
    from ...models.get_loyalty_program_client_statistics_response_200 import (
        GetLoyaltyProgramClientStatisticsResponse200,
    )
    from ...models.get_loyalty_program_revenue_statistics_response_200 import (
        GetLoyaltyProgramRevenueStatisticsResponse200,
    )
    from ...models.get_loyalty_program_team_member_statistics_response_200_item import (
        GetLoyaltyProgramTeamMemberStatisticsResponse200Item,
    )


class AnalyticsReports:
    """The Analytics & Reports operations as methods of ``client.analytics_reports``."""

    __slots__ = ("_client",)

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<analytics_reports: {len(self.__dir__())} operations of {self._client!r}>"

    def __dir__(self) -> list[str]:
        return [
            "get_appointment_analytics_by_source",
            "get_appointment_analytics_by_status",
            "get_day_end_report_data",
            "get_location_analytics_appointments_daily",
            "get_location_analytics_occupancy_daily",
            "get_location_analytics_overall",
            "get_location_analytics_revenue_daily",
            "get_loyalty_program_client_statistics",
            "get_loyalty_program_revenue_statistics",
            "get_loyalty_program_team_member_statistics",
        ]

    def get_appointment_analytics_by_source(
        self,
        location_id: int,
        *,
        date_from: datetime.date,
        date_to: datetime.date,
        team_member_id: int | Unset = UNSET,
        user_id: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[GetAppointmentAnalyticsBySourceResponse200Item] | None:
        """Get the Structure of Appointments by Source

        GET /company/{location_id}/analytics/overall/charts/record_source (operation `get_appointment_analytics_by_source` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            date_from (datetime.date): Start date of the analyzed period
            date_to (datetime.date): End date of the analyzed period (included in the report)
            team_member_id (int | Unset): ID of the location team member whose work needs to be
                analyzed
            user_id (int | Unset): The user ID of the location whose work you want to analyze
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[GetAppointmentAnalyticsBySourceResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.analytics_reports.get_appointment_analytics_by_source.sync``; ``client.aio`` has the async form.
        """

        from .get_appointment_analytics_by_source import sync

        return sync(
            location_id=location_id,
            date_from=date_from,
            date_to=date_to,
            team_member_id=team_member_id,
            user_id=user_id,
            client=self._client,
            options=options,
        )

    def get_appointment_analytics_by_status(
        self,
        location_id: int,
        *,
        date_from: datetime.date,
        date_to: datetime.date,
        team_member_id: int | Unset = UNSET,
        user_id: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[GetAppointmentAnalyticsByStatusResponse200Item] | None:
        """Get the Structure of Appointments by Visit Status

        GET /company/{location_id}/analytics/overall/charts/record_status (operation `get_appointment_analytics_by_status` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            date_from (datetime.date): Start date of the analyzed period
            date_to (datetime.date): End date of the analyzed period (included in the report)
            team_member_id (int | Unset): ID of the location team member whose work needs to be
                analyzed
            user_id (int | Unset): The user ID of the location whose work you want to analyze
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[GetAppointmentAnalyticsByStatusResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.analytics_reports.get_appointment_analytics_by_status.sync``; ``client.aio`` has the async form.
        """

        from .get_appointment_analytics_by_status import sync

        return sync(
            location_id=location_id,
            date_from=date_from,
            date_to=date_to,
            team_member_id=team_member_id,
            user_id=user_id,
            client=self._client,
            options=options,
        )

    def get_day_end_report_data(
        self,
        location_id: int,
        *,
        start_date: datetime.date | Unset = UNSET,
        master_id: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> GetDayEndReportDataResponse200 | None:
        """Get day-end report data

        + start_date: Report date

        + team_member_id: team member ID

        GET /reports/z_report/{location_id} (operation `get_day_end_report_data` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            start_date (datetime.date | Unset): period start date
            master_id (int | Unset): team member ID
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            GetDayEndReportDataResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.analytics_reports.get_day_end_report_data.sync``; ``client.aio`` has the async form.
        """

        from .get_day_end_report_data import sync

        return sync(
            location_id=location_id,
            start_date=start_date,
            master_id=master_id,
            client=self._client,
            options=options,
        )

    def get_location_analytics_appointments_daily(
        self,
        location_id: int,
        *,
        date_from: datetime.date,
        date_to: datetime.date,
        team_member_id: int | Unset = UNSET,
        user_id: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[GetLocationAnalyticsAppointmentsDailyResponse200Item] | None:
        """Get Data on the Number of Appointments by Day

        GET /company/{location_id}/analytics/overall/charts/records_daily (operation `get_location_analytics_appointments_daily` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            date_from (datetime.date): Start date of the analyzed period
            date_to (datetime.date): End date of the analyzed period (included in the report)
            team_member_id (int | Unset): ID of the location team member whose work needs to be
                analyzed
            user_id (int | Unset): User ID of the location whose work you want to analyze
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[GetLocationAnalyticsAppointmentsDailyResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.analytics_reports.get_location_analytics_appointments_daily.sync``; ``client.aio`` has the async form.
        """

        from .get_location_analytics_appointments_daily import sync

        return sync(
            location_id=location_id,
            date_from=date_from,
            date_to=date_to,
            team_member_id=team_member_id,
            user_id=user_id,
            client=self._client,
            options=options,
        )

    def get_location_analytics_occupancy_daily(
        self,
        location_id: int,
        *,
        date_from: datetime.date,
        date_to: datetime.date,
        team_member_id: int | Unset = UNSET,
        user_id: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[GetLocationAnalyticsOccupancyDailyResponse200Item] | None:
        """Get occupancy data by day

        GET /company/{location_id}/analytics/overall/charts/fullness_daily (operation `get_location_analytics_occupancy_daily` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            date_from (datetime.date): Start date of the analyzed period
            date_to (datetime.date): End date of the analyzed period (included in the report)
            team_member_id (int | Unset): ID of the location team member whose work needs to be
                analyzed
            user_id (int | Unset): The user ID of the location whose work you want to analyze
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[GetLocationAnalyticsOccupancyDailyResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.analytics_reports.get_location_analytics_occupancy_daily.sync``; ``client.aio`` has the async form.
        """

        from .get_location_analytics_occupancy_daily import sync

        return sync(
            location_id=location_id,
            date_from=date_from,
            date_to=date_to,
            team_member_id=team_member_id,
            user_id=user_id,
            client=self._client,
            options=options,
        )

    def get_location_analytics_overall(
        self,
        location_id: int,
        *,
        date_from: datetime.date,
        date_to: datetime.date,
        team_member_id: int | Unset = UNSET,
        position_id: int | Unset = UNSET,
        user_id: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> GetLocationAnalyticsOverallResponse200 | None:
        """Get key location metrics

        The method allows you to get the main indicators of the location for the selected period and compare
        with the previous period of the same duration

        GET /company/{location_id}/analytics/overall (operation `get_location_analytics_overall` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            date_from (datetime.date): Start date of the analyzed period
            date_to (datetime.date): End date of the analyzed period (included in the report)
            team_member_id (int | Unset): ID of the location team member whose work needs to be
                analyzed
            position_id (int | Unset): location position ID to analyze the work of all team members
                belonging to the same position
            user_id (int | Unset): The user ID of the location whose work you want to analyze
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            GetLocationAnalyticsOverallResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.analytics_reports.get_location_analytics_overall.sync``; ``client.aio`` has the async form.
        """

        from .get_location_analytics_overall import sync

        return sync(
            location_id=location_id,
            date_from=date_from,
            date_to=date_to,
            team_member_id=team_member_id,
            position_id=position_id,
            user_id=user_id,
            client=self._client,
            options=options,
        )

    def get_location_analytics_revenue_daily(
        self,
        location_id: int,
        *,
        date_from: datetime.date,
        date_to: datetime.date,
        team_member_id: int | Unset = UNSET,
        position_id: int | Unset = UNSET,
        user_id: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[GetLocationAnalyticsRevenueDailyResponse200Item] | None:
        """Get data on revenue by day

        GET /company/{location_id}/analytics/overall/charts/income_daily (operation `get_location_analytics_revenue_daily` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            date_from (datetime.date): Start date of the analyzed period
            date_to (datetime.date): End date of the analyzed period (included in the report)
            team_member_id (int | Unset): ID of the location team member whose work needs to be
                analyzed
            position_id (int | Unset): location position ID to analyze the work of all team members
                belonging to the same position
            user_id (int | Unset): The user ID of the location whose work you want to analyze
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[GetLocationAnalyticsRevenueDailyResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.analytics_reports.get_location_analytics_revenue_daily.sync``; ``client.aio`` has the async form.
        """

        from .get_location_analytics_revenue_daily import sync

        return sync(
            location_id=location_id,
            date_from=date_from,
            date_to=date_to,
            team_member_id=team_member_id,
            position_id=position_id,
            user_id=user_id,
            client=self._client,
            options=options,
        )

    def get_loyalty_program_client_statistics(
        self,
        location_id: int,
        *,
        date_to: datetime.date,
        date_from: datetime.date,
        loyalty_program_id: str,
        options: RequestOptions | None = None,
    ) -> GetLoyaltyProgramClientStatisticsResponse200 | None:
        """Get customer statistics

        The method allows you to get statistics on returning, new and lost customers

        GET /company/{location_id}/analytics/loyalty_programs/visits (operation `get_loyalty_program_client_statistics` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            date_to (datetime.date): Period end date
            date_from (datetime.date): Period start date
            loyalty_program_id (str): Promotion ID
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            GetLoyaltyProgramClientStatisticsResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.analytics_reports.get_loyalty_program_client_statistics.sync``; ``client.aio`` has the async form.
        """

        from .get_loyalty_program_client_statistics import sync

        return sync(
            location_id=location_id,
            date_to=date_to,
            date_from=date_from,
            loyalty_program_id=loyalty_program_id,
            client=self._client,
            options=options,
        )

    def get_loyalty_program_revenue_statistics(
        self,
        location_id: int,
        *,
        date_to: datetime.date,
        date_from: datetime.date,
        loyalty_program_id: str,
        options: RequestOptions | None = None,
    ) -> GetLoyaltyProgramRevenueStatisticsResponse200 | None:
        """Get revenue statistics

        The method allows you to get statistics on revenue.

        GET /company/{location_id}/analytics/loyalty_programs/income (operation `get_loyalty_program_revenue_statistics` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            date_to (datetime.date): Period end date
            date_from (datetime.date): Period start date
            loyalty_program_id (str): Promotion ID
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            GetLoyaltyProgramRevenueStatisticsResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.analytics_reports.get_loyalty_program_revenue_statistics.sync``; ``client.aio`` has the async form.
        """

        from .get_loyalty_program_revenue_statistics import sync

        return sync(
            location_id=location_id,
            date_to=date_to,
            date_from=date_from,
            loyalty_program_id=loyalty_program_id,
            client=self._client,
            options=options,
        )

    def get_loyalty_program_team_member_statistics(
        self,
        location_id: int,
        *,
        date_to: datetime.date,
        date_from: datetime.date,
        loyalty_program_id: str,
        options: RequestOptions | None = None,
    ) -> list[GetLoyaltyProgramTeamMemberStatisticsResponse200Item] | None:
        """Get team member return

        The method allows you to get the return statistics for a team member

        GET /company/{location_id}/analytics/loyalty_programs/staff (operation `get_loyalty_program_team_member_statistics` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            date_to (datetime.date): Period end date
            date_from (datetime.date): Period start date
            loyalty_program_id (str): Promotion ID
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[GetLoyaltyProgramTeamMemberStatisticsResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.analytics_reports.get_loyalty_program_team_member_statistics.sync``; ``client.aio`` has the async form.
        """

        from .get_loyalty_program_team_member_statistics import sync

        return sync(
            location_id=location_id,
            date_to=date_to,
            date_from=date_from,
            loyalty_program_id=loyalty_program_id,
            client=self._client,
            options=options,
        )


class AsyncAnalyticsReports:
    """The async forms: ``await client.aio.analytics_reports.<operation_id>(...)``."""

    __slots__ = ("_client",)

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<aio.analytics_reports: {len(self.__dir__())} operations of {self._client!r}>"

    def __dir__(self) -> list[str]:
        return [
            "get_appointment_analytics_by_source",
            "get_appointment_analytics_by_status",
            "get_day_end_report_data",
            "get_location_analytics_appointments_daily",
            "get_location_analytics_occupancy_daily",
            "get_location_analytics_overall",
            "get_location_analytics_revenue_daily",
            "get_loyalty_program_client_statistics",
            "get_loyalty_program_revenue_statistics",
            "get_loyalty_program_team_member_statistics",
        ]

    async def get_appointment_analytics_by_source(
        self,
        location_id: int,
        *,
        date_from: datetime.date,
        date_to: datetime.date,
        team_member_id: int | Unset = UNSET,
        user_id: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[GetAppointmentAnalyticsBySourceResponse200Item] | None:
        """The async form of ``client.analytics_reports.get_appointment_analytics_by_source`` (see its docstring)."""
        from .get_appointment_analytics_by_source import asyncio

        return await asyncio(
            location_id=location_id,
            date_from=date_from,
            date_to=date_to,
            team_member_id=team_member_id,
            user_id=user_id,
            client=self._client,
            options=options,
        )

    async def get_appointment_analytics_by_status(
        self,
        location_id: int,
        *,
        date_from: datetime.date,
        date_to: datetime.date,
        team_member_id: int | Unset = UNSET,
        user_id: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[GetAppointmentAnalyticsByStatusResponse200Item] | None:
        """The async form of ``client.analytics_reports.get_appointment_analytics_by_status`` (see its docstring)."""
        from .get_appointment_analytics_by_status import asyncio

        return await asyncio(
            location_id=location_id,
            date_from=date_from,
            date_to=date_to,
            team_member_id=team_member_id,
            user_id=user_id,
            client=self._client,
            options=options,
        )

    async def get_day_end_report_data(
        self,
        location_id: int,
        *,
        start_date: datetime.date | Unset = UNSET,
        master_id: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> GetDayEndReportDataResponse200 | None:
        """The async form of ``client.analytics_reports.get_day_end_report_data`` (see its docstring)."""
        from .get_day_end_report_data import asyncio

        return await asyncio(
            location_id=location_id,
            start_date=start_date,
            master_id=master_id,
            client=self._client,
            options=options,
        )

    async def get_location_analytics_appointments_daily(
        self,
        location_id: int,
        *,
        date_from: datetime.date,
        date_to: datetime.date,
        team_member_id: int | Unset = UNSET,
        user_id: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[GetLocationAnalyticsAppointmentsDailyResponse200Item] | None:
        """The async form of ``client.analytics_reports.get_location_analytics_appointments_daily`` (see its docstring)."""
        from .get_location_analytics_appointments_daily import asyncio

        return await asyncio(
            location_id=location_id,
            date_from=date_from,
            date_to=date_to,
            team_member_id=team_member_id,
            user_id=user_id,
            client=self._client,
            options=options,
        )

    async def get_location_analytics_occupancy_daily(
        self,
        location_id: int,
        *,
        date_from: datetime.date,
        date_to: datetime.date,
        team_member_id: int | Unset = UNSET,
        user_id: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[GetLocationAnalyticsOccupancyDailyResponse200Item] | None:
        """The async form of ``client.analytics_reports.get_location_analytics_occupancy_daily`` (see its docstring)."""
        from .get_location_analytics_occupancy_daily import asyncio

        return await asyncio(
            location_id=location_id,
            date_from=date_from,
            date_to=date_to,
            team_member_id=team_member_id,
            user_id=user_id,
            client=self._client,
            options=options,
        )

    async def get_location_analytics_overall(
        self,
        location_id: int,
        *,
        date_from: datetime.date,
        date_to: datetime.date,
        team_member_id: int | Unset = UNSET,
        position_id: int | Unset = UNSET,
        user_id: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> GetLocationAnalyticsOverallResponse200 | None:
        """The async form of ``client.analytics_reports.get_location_analytics_overall`` (see its docstring)."""
        from .get_location_analytics_overall import asyncio

        return await asyncio(
            location_id=location_id,
            date_from=date_from,
            date_to=date_to,
            team_member_id=team_member_id,
            position_id=position_id,
            user_id=user_id,
            client=self._client,
            options=options,
        )

    async def get_location_analytics_revenue_daily(
        self,
        location_id: int,
        *,
        date_from: datetime.date,
        date_to: datetime.date,
        team_member_id: int | Unset = UNSET,
        position_id: int | Unset = UNSET,
        user_id: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[GetLocationAnalyticsRevenueDailyResponse200Item] | None:
        """The async form of ``client.analytics_reports.get_location_analytics_revenue_daily`` (see its docstring)."""
        from .get_location_analytics_revenue_daily import asyncio

        return await asyncio(
            location_id=location_id,
            date_from=date_from,
            date_to=date_to,
            team_member_id=team_member_id,
            position_id=position_id,
            user_id=user_id,
            client=self._client,
            options=options,
        )

    async def get_loyalty_program_client_statistics(
        self,
        location_id: int,
        *,
        date_to: datetime.date,
        date_from: datetime.date,
        loyalty_program_id: str,
        options: RequestOptions | None = None,
    ) -> GetLoyaltyProgramClientStatisticsResponse200 | None:
        """The async form of ``client.analytics_reports.get_loyalty_program_client_statistics`` (see its docstring)."""
        from .get_loyalty_program_client_statistics import asyncio

        return await asyncio(
            location_id=location_id,
            date_to=date_to,
            date_from=date_from,
            loyalty_program_id=loyalty_program_id,
            client=self._client,
            options=options,
        )

    async def get_loyalty_program_revenue_statistics(
        self,
        location_id: int,
        *,
        date_to: datetime.date,
        date_from: datetime.date,
        loyalty_program_id: str,
        options: RequestOptions | None = None,
    ) -> GetLoyaltyProgramRevenueStatisticsResponse200 | None:
        """The async form of ``client.analytics_reports.get_loyalty_program_revenue_statistics`` (see its docstring)."""
        from .get_loyalty_program_revenue_statistics import asyncio

        return await asyncio(
            location_id=location_id,
            date_to=date_to,
            date_from=date_from,
            loyalty_program_id=loyalty_program_id,
            client=self._client,
            options=options,
        )

    async def get_loyalty_program_team_member_statistics(
        self,
        location_id: int,
        *,
        date_to: datetime.date,
        date_from: datetime.date,
        loyalty_program_id: str,
        options: RequestOptions | None = None,
    ) -> list[GetLoyaltyProgramTeamMemberStatisticsResponse200Item] | None:
        """The async form of ``client.analytics_reports.get_loyalty_program_team_member_statistics`` (see its docstring)."""
        from .get_loyalty_program_team_member_statistics import asyncio

        return await asyncio(
            location_id=location_id,
            date_to=date_to,
            date_from=date_from,
            loyalty_program_id=loyalty_program_id,
            client=self._client,
            options=options,
        )
