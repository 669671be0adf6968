"""``AltegioClient``: the object every generated endpoint function takes as ``client=``, and the
operations as its methods (``client.<tag>.<operation_id>(...)``, ``client.aio...`` for async)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ._runtime.client import BaseClient

if TYPE_CHECKING:
    from .api._resources import AsyncApiResources
    from .api.analytics_reports._resources import AnalyticsReports
    from .api.appointments._resources import Appointments
    from .api.authentication_b2b._resources import AuthenticationB2b
    from .api.chain_loyalty_programs._resources import ChainLoyaltyPrograms
    from .api.chain_management._resources import ChainManagement
    from .api.clients._resources import Clients
    from .api.custom_fields._resources import CustomFields
    from .api.deposits._resources import Deposits
    from .api.events._resources import Events
    from .api.fiscalization._resources import Fiscalization
    from .api.inventory._resources import Inventory
    from .api.locations._resources import Locations
    from .api.loyalty_cards._resources import LoyaltyCards
    from .api.loyalty_programs._resources import LoyaltyPrograms
    from .api.notifications._resources import Notifications
    from .api.online_booking_settings._resources import OnlineBookingSettings
    from .api.payments._resources import Payments
    from .api.products._resources import Products
    from .api.salary._resources import Salary
    from .api.sales._resources import Sales
    from .api.schedule_resources._resources import ScheduleResources
    from .api.services._resources import Services
    from .api.subscriptions_certificates._resources import SubscriptionsCertificates
    from .api.tags._resources import Tags
    from .api.team_members._resources import TeamMembers
    from .api.users_permissions._resources import UsersPermissions
    from .api.utilities._resources import Utilities
    from .booking._resources import BookingResources
    from .devtools._resources import DevtoolsResources
    from .models.authorize_user_response_201 import AuthorizeUserResponse201
    from .models.log_in_with_phone_number_and_code_response_201 import LogInWithPhoneNumberAndCodeResponse201


class AltegioClient(BaseClient):
    """Tokens, base URL and transport policy for Altegio's v1 APIs.

    ``AltegioClient(partner_token, user_token=None, *, base_url="https://api.alteg.io/api/v1",
    timeout=None, total_timeout=None, max_response_size=None, max_decompressed_size=None,
    max_retries=None, retry_policy=None, rate_limiter=DEFAULT_LIMITER, httpx_client=None,
    async_httpx_client=None, headers=None, allow_insecure_http=False)`` or
    ``AltegioClient.from_env()``.

    Every request carries ``Authorization: Bearer {partner}``, plus ``, User {user}`` whenever a
    user token is set (``login()`` sets a staff user's, ``booking_login()`` an Online Booking
    customer's: one client per user) — except the logins themselves, which get the partner token
    only. An operation that needs the user fails fast when no user token is set. Pass your
    own ``httpx.Client``/``httpx.AsyncClient`` for proxies, custom transports or event hooks; auth,
    unwrapping, retries and the rate limiter still apply. ``rate_limiter=None`` turns limiting off.
    ``timeout`` defaults to 5 s to connect and 60 s per read, ``total_timeout`` (the whole call,
    retries included) to 300 s, ``max_retries`` to 2. Redirects are never followed (credentials
    stay with ``base_url``'s origin); plain ``http://`` needs ``allow_insecure_http=True`` unless
    the host is this machine.
    """

    @cached_property
    def analytics_reports(self) -> AnalyticsReports:
        """Analytics & Reports: 10 operations (``altegio_b2b.api.analytics_reports``)."""
        from .api.analytics_reports._resources import AnalyticsReports

        return AnalyticsReports(self)

    @cached_property
    def appointments(self) -> Appointments:
        """Appointments: 16 operations (``altegio_b2b.api.appointments``)."""
        from .api.appointments._resources import Appointments

        return Appointments(self)

    @cached_property
    def authentication_b2b(self) -> AuthenticationB2b:
        """Authentication B2B: 1 operation (``altegio_b2b.api.authentication_b2b``)."""
        from .api.authentication_b2b._resources import AuthenticationB2b

        return AuthenticationB2b(self)

    @cached_property
    def chain_loyalty_programs(self) -> ChainLoyaltyPrograms:
        """Chain Loyalty Programs: 23 operations (``altegio_b2b.api.chain_loyalty_programs``)."""
        from .api.chain_loyalty_programs._resources import ChainLoyaltyPrograms

        return ChainLoyaltyPrograms(self)

    @cached_property
    def chain_management(self) -> ChainManagement:
        """Chain Management: 2 operations (``altegio_b2b.api.chain_management``)."""
        from .api.chain_management._resources import ChainManagement

        return ChainManagement(self)

    @cached_property
    def clients(self) -> Clients:
        """Clients: 14 operations (``altegio_b2b.api.clients``)."""
        from .api.clients._resources import Clients

        return Clients(self)

    @cached_property
    def custom_fields(self) -> CustomFields:
        """Custom Fields: 4 operations (``altegio_b2b.api.custom_fields``)."""
        from .api.custom_fields._resources import CustomFields

        return CustomFields(self)

    @cached_property
    def deposits(self) -> Deposits:
        """Deposits: 5 operations (``altegio_b2b.api.deposits``)."""
        from .api.deposits._resources import Deposits

        return Deposits(self)

    @cached_property
    def events(self) -> Events:
        """Events: 13 operations (``altegio_b2b.api.events``)."""
        from .api.events._resources import Events

        return Events(self)

    @cached_property
    def fiscalization(self) -> Fiscalization:
        """Fiscalization: 4 operations (``altegio_b2b.api.fiscalization``)."""
        from .api.fiscalization._resources import Fiscalization

        return Fiscalization(self)

    @cached_property
    def inventory(self) -> Inventory:
        """Inventory: 17 operations (``altegio_b2b.api.inventory``)."""
        from .api.inventory._resources import Inventory

        return Inventory(self)

    @cached_property
    def locations(self) -> Locations:
        """Locations: 5 operations (``altegio_b2b.api.locations``)."""
        from .api.locations._resources import Locations

        return Locations(self)

    @cached_property
    def loyalty_cards(self) -> LoyaltyCards:
        """Loyalty Cards: 10 operations (``altegio_b2b.api.loyalty_cards``)."""
        from .api.loyalty_cards._resources import LoyaltyCards

        return LoyaltyCards(self)

    @cached_property
    def loyalty_programs(self) -> LoyaltyPrograms:
        """Loyalty Programs: 8 operations (``altegio_b2b.api.loyalty_programs``)."""
        from .api.loyalty_programs._resources import LoyaltyPrograms

        return LoyaltyPrograms(self)

    @cached_property
    def notifications(self) -> Notifications:
        """Notifications: 8 operations (``altegio_b2b.api.notifications``)."""
        from .api.notifications._resources import Notifications

        return Notifications(self)

    @cached_property
    def online_booking_settings(self) -> OnlineBookingSettings:
        """Online Booking Settings: 8 operations (``altegio_b2b.api.online_booking_settings``)."""
        from .api.online_booking_settings._resources import OnlineBookingSettings

        return OnlineBookingSettings(self)

    @cached_property
    def payments(self) -> Payments:
        """Payments: 8 operations (``altegio_b2b.api.payments``)."""
        from .api.payments._resources import Payments

        return Payments(self)

    @cached_property
    def products(self) -> Products:
        """Products: 13 operations (``altegio_b2b.api.products``)."""
        from .api.products._resources import Products

        return Products(self)

    @cached_property
    def salary(self) -> Salary:
        """Salary: 10 operations (``altegio_b2b.api.salary``)."""
        from .api.salary._resources import Salary

        return Salary(self)

    @cached_property
    def sales(self) -> Sales:
        """Sales: 4 operations (``altegio_b2b.api.sales``)."""
        from .api.sales._resources import Sales

        return Sales(self)

    @cached_property
    def schedule_resources(self) -> ScheduleResources:
        """Schedule & Resources: 18 operations (``altegio_b2b.api.schedule_resources``)."""
        from .api.schedule_resources._resources import ScheduleResources

        return ScheduleResources(self)

    @cached_property
    def services(self) -> Services:
        """Services: 18 operations (``altegio_b2b.api.services``)."""
        from .api.services._resources import Services

        return Services(self)

    @cached_property
    def subscriptions_certificates(self) -> SubscriptionsCertificates:
        """Subscriptions & Certificates: 12 operations (``altegio_b2b.api.subscriptions_certificates``)."""
        from .api.subscriptions_certificates._resources import SubscriptionsCertificates

        return SubscriptionsCertificates(self)

    @cached_property
    def tags(self) -> Tags:
        """Tags: 4 operations (``altegio_b2b.api.tags``)."""
        from .api.tags._resources import Tags

        return Tags(self)

    @cached_property
    def team_members(self) -> TeamMembers:
        """Team Members: 9 operations (``altegio_b2b.api.team_members``)."""
        from .api.team_members._resources import TeamMembers

        return TeamMembers(self)

    @cached_property
    def users_permissions(self) -> UsersPermissions:
        """Users & Permissions: 11 operations (``altegio_b2b.api.users_permissions``)."""
        from .api.users_permissions._resources import UsersPermissions

        return UsersPermissions(self)

    @cached_property
    def utilities(self) -> Utilities:
        """Utilities: 7 operations (``altegio_b2b.api.utilities``)."""
        from .api.utilities._resources import Utilities

        return Utilities(self)

    @cached_property
    def booking(self) -> BookingResources:
        """Altegio's Online Booking API: ``client.booking.<tag>.<operation_id>(...)``."""
        from .booking._resources import BookingResources

        return BookingResources(self)

    @cached_property
    def devtools(self) -> DevtoolsResources:
        """Altegio's Developer Tools API: ``client.devtools.<tag>.<operation_id>(...)``."""
        from .devtools._resources import DevtoolsResources

        return DevtoolsResources(self)

    @cached_property
    def aio(self) -> AsyncApiResources:
        """The operations' async forms: ``await client.aio.<tag>.<operation_id>(...)`` (and
        ``client.aio.booking/devtools.<tag>...``)."""
        from .api._resources import AsyncApiResources

        return AsyncApiResources(self)

    def login(self, login: str, password: str) -> AuthorizeUserResponse201:
        """``POST /auth`` with the partner token; stores the user token and returns the user."""
        from .api.authentication_b2b.authorize_user import sync
        from .models import AuthorizeUserBody

        try:
            body = AuthorizeUserBody(**self._login_fields(login, password))
        finally:
            del password  # a traceback keeps frame locals (error trackers record them); body's repr hides it
        return self._store_user(sync(client=self, body=body))

    async def alogin(self, login: str, password: str) -> AuthorizeUserResponse201:
        """The async form of :meth:`login`."""
        from .api.authentication_b2b.authorize_user import asyncio
        from .models import AuthorizeUserBody

        try:
            body = AuthorizeUserBody(**self._login_fields(login, password))
        finally:
            del password  # a traceback keeps frame locals (error trackers record them); body's repr hides it
        return self._store_user(await asyncio(client=self, body=body))

    def booking_login(self, phone: str, code: str) -> LogInWithPhoneNumberAndCodeResponse201:
        """Log in an Online Booking user (a customer) with the code sent to ``phone`` by SMS.

        ``POST /user/auth`` with the partner token; ``send_booking_verification_code`` sends
        the code. Stores the booking user's token and returns the answer.

        From then on every request of this client says ``User {token}`` for that customer: keep one
        client per booking user (``AltegioClient(partner_token, user_token=saved)`` later), apart
        from a client logged in as staff with :meth:`login`."""
        from .booking.authentication_b2c.log_in_with_phone_number_and_code import sync
        from .models import LogInWithPhoneNumberAndCodeBody

        try:
            body = LogInWithPhoneNumberAndCodeBody(**self._booking_login_fields(phone, code))
        finally:
            del code  # a traceback keeps frame locals (error trackers record them); body's repr hides it
        return self._store_user(sync(client=self, body=body))

    async def abooking_login(self, phone: str, code: str) -> LogInWithPhoneNumberAndCodeResponse201:
        """The async form of :meth:`booking_login`."""
        from .booking.authentication_b2c.log_in_with_phone_number_and_code import asyncio
        from .models import LogInWithPhoneNumberAndCodeBody

        try:
            body = LogInWithPhoneNumberAndCodeBody(**self._booking_login_fields(phone, code))
        finally:
            del code  # a traceback keeps frame locals (error trackers record them); body's repr hides it
        return self._store_user(await asyncio(client=self, body=body))
