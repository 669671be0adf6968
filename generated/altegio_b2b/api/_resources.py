"""The tags of Altegio's Business Management API as attributes (``client.<tag>.<operation_id>(...)``),
each loaded on first use."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..api.analytics_reports._resources import AnalyticsReports, AsyncAnalyticsReports
    from ..api.appointments._resources import Appointments, AsyncAppointments
    from ..api.authentication_b2b._resources import AsyncAuthenticationB2b, AuthenticationB2b
    from ..api.chain_loyalty_programs._resources import AsyncChainLoyaltyPrograms, ChainLoyaltyPrograms
    from ..api.chain_management._resources import AsyncChainManagement, ChainManagement
    from ..api.clients._resources import AsyncClients, Clients
    from ..api.custom_fields._resources import AsyncCustomFields, CustomFields
    from ..api.deposits._resources import AsyncDeposits, Deposits
    from ..api.events._resources import AsyncEvents, Events
    from ..api.fiscalization._resources import AsyncFiscalization, Fiscalization
    from ..api.inventory._resources import AsyncInventory, Inventory
    from ..api.locations._resources import AsyncLocations, Locations
    from ..api.loyalty_cards._resources import AsyncLoyaltyCards, LoyaltyCards
    from ..api.loyalty_programs._resources import AsyncLoyaltyPrograms, LoyaltyPrograms
    from ..api.notifications._resources import AsyncNotifications, Notifications
    from ..api.online_booking_settings._resources import AsyncOnlineBookingSettings, OnlineBookingSettings
    from ..api.payments._resources import AsyncPayments, Payments
    from ..api.products._resources import AsyncProducts, Products
    from ..api.salary._resources import AsyncSalary, Salary
    from ..api.sales._resources import AsyncSales, Sales
    from ..api.schedule_resources._resources import AsyncScheduleResources, ScheduleResources
    from ..api.services._resources import AsyncServices, Services
    from ..api.subscriptions_certificates._resources import AsyncSubscriptionsCertificates, SubscriptionsCertificates
    from ..api.tags._resources import AsyncTags, Tags
    from ..api.team_members._resources import AsyncTeamMembers, TeamMembers
    from ..api.users_permissions._resources import AsyncUsersPermissions, UsersPermissions
    from ..api.utilities._resources import AsyncUtilities, Utilities
    from ..booking._resources import AsyncBookingResources
    from ..client import AltegioClient
    from ..devtools._resources import AsyncDevtoolsResources


class ApiResources:
    """The Business Management API's tags: ``client.<tag>``."""

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __dir__(self) -> list[str]:
        return [
            "analytics_reports",
            "appointments",
            "authentication_b2b",
            "chain_loyalty_programs",
            "chain_management",
            "clients",
            "custom_fields",
            "deposits",
            "events",
            "fiscalization",
            "inventory",
            "locations",
            "loyalty_cards",
            "loyalty_programs",
            "notifications",
            "online_booking_settings",
            "payments",
            "products",
            "salary",
            "sales",
            "schedule_resources",
            "services",
            "subscriptions_certificates",
            "tags",
            "team_members",
            "users_permissions",
            "utilities",
        ]

    @cached_property
    def analytics_reports(self) -> AnalyticsReports:
        """Analytics & Reports: 10 operations (``altegio_b2b.api.analytics_reports``)."""
        from ..api.analytics_reports._resources import AnalyticsReports

        return AnalyticsReports(self._client)

    @cached_property
    def appointments(self) -> Appointments:
        """Appointments: 16 operations (``altegio_b2b.api.appointments``)."""
        from ..api.appointments._resources import Appointments

        return Appointments(self._client)

    @cached_property
    def authentication_b2b(self) -> AuthenticationB2b:
        """Authentication B2B: 1 operation (``altegio_b2b.api.authentication_b2b``)."""
        from ..api.authentication_b2b._resources import AuthenticationB2b

        return AuthenticationB2b(self._client)

    @cached_property
    def chain_loyalty_programs(self) -> ChainLoyaltyPrograms:
        """Chain Loyalty Programs: 23 operations (``altegio_b2b.api.chain_loyalty_programs``)."""
        from ..api.chain_loyalty_programs._resources import ChainLoyaltyPrograms

        return ChainLoyaltyPrograms(self._client)

    @cached_property
    def chain_management(self) -> ChainManagement:
        """Chain Management: 2 operations (``altegio_b2b.api.chain_management``)."""
        from ..api.chain_management._resources import ChainManagement

        return ChainManagement(self._client)

    @cached_property
    def clients(self) -> Clients:
        """Clients: 14 operations (``altegio_b2b.api.clients``)."""
        from ..api.clients._resources import Clients

        return Clients(self._client)

    @cached_property
    def custom_fields(self) -> CustomFields:
        """Custom Fields: 4 operations (``altegio_b2b.api.custom_fields``)."""
        from ..api.custom_fields._resources import CustomFields

        return CustomFields(self._client)

    @cached_property
    def deposits(self) -> Deposits:
        """Deposits: 5 operations (``altegio_b2b.api.deposits``)."""
        from ..api.deposits._resources import Deposits

        return Deposits(self._client)

    @cached_property
    def events(self) -> Events:
        """Events: 13 operations (``altegio_b2b.api.events``)."""
        from ..api.events._resources import Events

        return Events(self._client)

    @cached_property
    def fiscalization(self) -> Fiscalization:
        """Fiscalization: 4 operations (``altegio_b2b.api.fiscalization``)."""
        from ..api.fiscalization._resources import Fiscalization

        return Fiscalization(self._client)

    @cached_property
    def inventory(self) -> Inventory:
        """Inventory: 17 operations (``altegio_b2b.api.inventory``)."""
        from ..api.inventory._resources import Inventory

        return Inventory(self._client)

    @cached_property
    def locations(self) -> Locations:
        """Locations: 5 operations (``altegio_b2b.api.locations``)."""
        from ..api.locations._resources import Locations

        return Locations(self._client)

    @cached_property
    def loyalty_cards(self) -> LoyaltyCards:
        """Loyalty Cards: 10 operations (``altegio_b2b.api.loyalty_cards``)."""
        from ..api.loyalty_cards._resources import LoyaltyCards

        return LoyaltyCards(self._client)

    @cached_property
    def loyalty_programs(self) -> LoyaltyPrograms:
        """Loyalty Programs: 8 operations (``altegio_b2b.api.loyalty_programs``)."""
        from ..api.loyalty_programs._resources import LoyaltyPrograms

        return LoyaltyPrograms(self._client)

    @cached_property
    def notifications(self) -> Notifications:
        """Notifications: 8 operations (``altegio_b2b.api.notifications``)."""
        from ..api.notifications._resources import Notifications

        return Notifications(self._client)

    @cached_property
    def online_booking_settings(self) -> OnlineBookingSettings:
        """Online Booking Settings: 8 operations (``altegio_b2b.api.online_booking_settings``)."""
        from ..api.online_booking_settings._resources import OnlineBookingSettings

        return OnlineBookingSettings(self._client)

    @cached_property
    def payments(self) -> Payments:
        """Payments: 8 operations (``altegio_b2b.api.payments``)."""
        from ..api.payments._resources import Payments

        return Payments(self._client)

    @cached_property
    def products(self) -> Products:
        """Products: 13 operations (``altegio_b2b.api.products``)."""
        from ..api.products._resources import Products

        return Products(self._client)

    @cached_property
    def salary(self) -> Salary:
        """Salary: 10 operations (``altegio_b2b.api.salary``)."""
        from ..api.salary._resources import Salary

        return Salary(self._client)

    @cached_property
    def sales(self) -> Sales:
        """Sales: 4 operations (``altegio_b2b.api.sales``)."""
        from ..api.sales._resources import Sales

        return Sales(self._client)

    @cached_property
    def schedule_resources(self) -> ScheduleResources:
        """Schedule & Resources: 18 operations (``altegio_b2b.api.schedule_resources``)."""
        from ..api.schedule_resources._resources import ScheduleResources

        return ScheduleResources(self._client)

    @cached_property
    def services(self) -> Services:
        """Services: 18 operations (``altegio_b2b.api.services``)."""
        from ..api.services._resources import Services

        return Services(self._client)

    @cached_property
    def subscriptions_certificates(self) -> SubscriptionsCertificates:
        """Subscriptions & Certificates: 12 operations (``altegio_b2b.api.subscriptions_certificates``)."""
        from ..api.subscriptions_certificates._resources import SubscriptionsCertificates

        return SubscriptionsCertificates(self._client)

    @cached_property
    def tags(self) -> Tags:
        """Tags: 4 operations (``altegio_b2b.api.tags``)."""
        from ..api.tags._resources import Tags

        return Tags(self._client)

    @cached_property
    def team_members(self) -> TeamMembers:
        """Team Members: 9 operations (``altegio_b2b.api.team_members``)."""
        from ..api.team_members._resources import TeamMembers

        return TeamMembers(self._client)

    @cached_property
    def users_permissions(self) -> UsersPermissions:
        """Users & Permissions: 11 operations (``altegio_b2b.api.users_permissions``)."""
        from ..api.users_permissions._resources import UsersPermissions

        return UsersPermissions(self._client)

    @cached_property
    def utilities(self) -> Utilities:
        """Utilities: 7 operations (``altegio_b2b.api.utilities``)."""
        from ..api.utilities._resources import Utilities

        return Utilities(self._client)


class AsyncApiResources:
    """The async forms: ``await client.aio.<tag>.<operation_id>(...)``."""

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __dir__(self) -> list[str]:
        return [
            "analytics_reports",
            "appointments",
            "authentication_b2b",
            "chain_loyalty_programs",
            "chain_management",
            "clients",
            "custom_fields",
            "deposits",
            "events",
            "fiscalization",
            "inventory",
            "locations",
            "loyalty_cards",
            "loyalty_programs",
            "notifications",
            "online_booking_settings",
            "payments",
            "products",
            "salary",
            "sales",
            "schedule_resources",
            "services",
            "subscriptions_certificates",
            "tags",
            "team_members",
            "users_permissions",
            "utilities",
            "booking",
            "devtools",
        ]

    @cached_property
    def analytics_reports(self) -> AsyncAnalyticsReports:
        """Analytics & Reports: 10 operations (``altegio_b2b.api.analytics_reports``)."""
        from ..api.analytics_reports._resources import AsyncAnalyticsReports

        return AsyncAnalyticsReports(self._client)

    @cached_property
    def appointments(self) -> AsyncAppointments:
        """Appointments: 16 operations (``altegio_b2b.api.appointments``)."""
        from ..api.appointments._resources import AsyncAppointments

        return AsyncAppointments(self._client)

    @cached_property
    def authentication_b2b(self) -> AsyncAuthenticationB2b:
        """Authentication B2B: 1 operation (``altegio_b2b.api.authentication_b2b``)."""
        from ..api.authentication_b2b._resources import AsyncAuthenticationB2b

        return AsyncAuthenticationB2b(self._client)

    @cached_property
    def chain_loyalty_programs(self) -> AsyncChainLoyaltyPrograms:
        """Chain Loyalty Programs: 23 operations (``altegio_b2b.api.chain_loyalty_programs``)."""
        from ..api.chain_loyalty_programs._resources import AsyncChainLoyaltyPrograms

        return AsyncChainLoyaltyPrograms(self._client)

    @cached_property
    def chain_management(self) -> AsyncChainManagement:
        """Chain Management: 2 operations (``altegio_b2b.api.chain_management``)."""
        from ..api.chain_management._resources import AsyncChainManagement

        return AsyncChainManagement(self._client)

    @cached_property
    def clients(self) -> AsyncClients:
        """Clients: 14 operations (``altegio_b2b.api.clients``)."""
        from ..api.clients._resources import AsyncClients

        return AsyncClients(self._client)

    @cached_property
    def custom_fields(self) -> AsyncCustomFields:
        """Custom Fields: 4 operations (``altegio_b2b.api.custom_fields``)."""
        from ..api.custom_fields._resources import AsyncCustomFields

        return AsyncCustomFields(self._client)

    @cached_property
    def deposits(self) -> AsyncDeposits:
        """Deposits: 5 operations (``altegio_b2b.api.deposits``)."""
        from ..api.deposits._resources import AsyncDeposits

        return AsyncDeposits(self._client)

    @cached_property
    def events(self) -> AsyncEvents:
        """Events: 13 operations (``altegio_b2b.api.events``)."""
        from ..api.events._resources import AsyncEvents

        return AsyncEvents(self._client)

    @cached_property
    def fiscalization(self) -> AsyncFiscalization:
        """Fiscalization: 4 operations (``altegio_b2b.api.fiscalization``)."""
        from ..api.fiscalization._resources import AsyncFiscalization

        return AsyncFiscalization(self._client)

    @cached_property
    def inventory(self) -> AsyncInventory:
        """Inventory: 17 operations (``altegio_b2b.api.inventory``)."""
        from ..api.inventory._resources import AsyncInventory

        return AsyncInventory(self._client)

    @cached_property
    def locations(self) -> AsyncLocations:
        """Locations: 5 operations (``altegio_b2b.api.locations``)."""
        from ..api.locations._resources import AsyncLocations

        return AsyncLocations(self._client)

    @cached_property
    def loyalty_cards(self) -> AsyncLoyaltyCards:
        """Loyalty Cards: 10 operations (``altegio_b2b.api.loyalty_cards``)."""
        from ..api.loyalty_cards._resources import AsyncLoyaltyCards

        return AsyncLoyaltyCards(self._client)

    @cached_property
    def loyalty_programs(self) -> AsyncLoyaltyPrograms:
        """Loyalty Programs: 8 operations (``altegio_b2b.api.loyalty_programs``)."""
        from ..api.loyalty_programs._resources import AsyncLoyaltyPrograms

        return AsyncLoyaltyPrograms(self._client)

    @cached_property
    def notifications(self) -> AsyncNotifications:
        """Notifications: 8 operations (``altegio_b2b.api.notifications``)."""
        from ..api.notifications._resources import AsyncNotifications

        return AsyncNotifications(self._client)

    @cached_property
    def online_booking_settings(self) -> AsyncOnlineBookingSettings:
        """Online Booking Settings: 8 operations (``altegio_b2b.api.online_booking_settings``)."""
        from ..api.online_booking_settings._resources import AsyncOnlineBookingSettings

        return AsyncOnlineBookingSettings(self._client)

    @cached_property
    def payments(self) -> AsyncPayments:
        """Payments: 8 operations (``altegio_b2b.api.payments``)."""
        from ..api.payments._resources import AsyncPayments

        return AsyncPayments(self._client)

    @cached_property
    def products(self) -> AsyncProducts:
        """Products: 13 operations (``altegio_b2b.api.products``)."""
        from ..api.products._resources import AsyncProducts

        return AsyncProducts(self._client)

    @cached_property
    def salary(self) -> AsyncSalary:
        """Salary: 10 operations (``altegio_b2b.api.salary``)."""
        from ..api.salary._resources import AsyncSalary

        return AsyncSalary(self._client)

    @cached_property
    def sales(self) -> AsyncSales:
        """Sales: 4 operations (``altegio_b2b.api.sales``)."""
        from ..api.sales._resources import AsyncSales

        return AsyncSales(self._client)

    @cached_property
    def schedule_resources(self) -> AsyncScheduleResources:
        """Schedule & Resources: 18 operations (``altegio_b2b.api.schedule_resources``)."""
        from ..api.schedule_resources._resources import AsyncScheduleResources

        return AsyncScheduleResources(self._client)

    @cached_property
    def services(self) -> AsyncServices:
        """Services: 18 operations (``altegio_b2b.api.services``)."""
        from ..api.services._resources import AsyncServices

        return AsyncServices(self._client)

    @cached_property
    def subscriptions_certificates(self) -> AsyncSubscriptionsCertificates:
        """Subscriptions & Certificates: 12 operations (``altegio_b2b.api.subscriptions_certificates``)."""
        from ..api.subscriptions_certificates._resources import AsyncSubscriptionsCertificates

        return AsyncSubscriptionsCertificates(self._client)

    @cached_property
    def tags(self) -> AsyncTags:
        """Tags: 4 operations (``altegio_b2b.api.tags``)."""
        from ..api.tags._resources import AsyncTags

        return AsyncTags(self._client)

    @cached_property
    def team_members(self) -> AsyncTeamMembers:
        """Team Members: 9 operations (``altegio_b2b.api.team_members``)."""
        from ..api.team_members._resources import AsyncTeamMembers

        return AsyncTeamMembers(self._client)

    @cached_property
    def users_permissions(self) -> AsyncUsersPermissions:
        """Users & Permissions: 11 operations (``altegio_b2b.api.users_permissions``)."""
        from ..api.users_permissions._resources import AsyncUsersPermissions

        return AsyncUsersPermissions(self._client)

    @cached_property
    def utilities(self) -> AsyncUtilities:
        """Utilities: 7 operations (``altegio_b2b.api.utilities``)."""
        from ..api.utilities._resources import AsyncUtilities

        return AsyncUtilities(self._client)

    @cached_property
    def booking(self) -> AsyncBookingResources:
        """Altegio's Online Booking API: ``await client.aio.booking.<tag>.<operation_id>(...)``."""
        from ..booking._resources import AsyncBookingResources

        return AsyncBookingResources(self._client)

    @cached_property
    def devtools(self) -> AsyncDevtoolsResources:
        """Altegio's Developer Tools API: ``await client.aio.devtools.<tag>.<operation_id>(...)``."""
        from ..devtools._resources import AsyncDevtoolsResources

        return AsyncDevtoolsResources(self._client)
