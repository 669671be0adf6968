"""``AltegioClient``: the object every generated endpoint function takes as ``client=``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._runtime.client import BaseClient

if TYPE_CHECKING:
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
