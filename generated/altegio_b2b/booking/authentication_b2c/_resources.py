"""``booking.authentication_b2c``: the Authentication B2C operations of Altegio's Online Booking API as methods
(``client.booking.authentication_b2c.<operation_id>(...)``; ``client.aio.booking.authentication_b2c`` has the async forms). Each
is the module function ``altegio_b2b.booking.authentication_b2c.<operation_id>.sync`` with the
client filled in: the same arguments, return type and errors."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..._runtime.options import RequestOptions
    from ...client import AltegioClient
    from ...models.authorize_online_booking_user_body import AuthorizeOnlineBookingUserBody
    from ...models.authorize_online_booking_user_response_201 import AuthorizeOnlineBookingUserResponse201
    from ...models.log_in_with_phone_number_and_code_body import LogInWithPhoneNumberAndCodeBody
    from ...models.log_in_with_phone_number_and_code_response_201 import LogInWithPhoneNumberAndCodeResponse201
    from ...models.send_booking_verification_code_body import SendBookingVerificationCodeBody
    from ...models.send_booking_verification_code_response_201 import SendBookingVerificationCodeResponse201


class AuthenticationB2c:
    """The Authentication B2C operations as methods of ``client.booking.authentication_b2c``."""

    __slots__ = ("_client",)

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<booking.authentication_b2c: {len(self.__dir__())} operations of {self._client!r}>"

    def __dir__(self) -> list[str]:
        return [
            "authorize_online_booking_user",
            "log_in_with_phone_number_and_code",
            "send_booking_verification_code",
        ]

    def authorize_online_booking_user(
        self,
        *,
        body: AuthorizeOnlineBookingUserBody,
        options: RequestOptions | None = None,
    ) -> AuthorizeOnlineBookingUserResponse201 | None:
        """Authorize Online Booking User

        When a user of an online account changes their password, their API key will change and a new
        authorization will be required

        | Attribute | Type | Description |
        | ------------- | ------------- | ------------- |
        | login | string | The visitor's phone number in the format +13155550175, or their email address. |
        | password | string | Visitor password |

        POST /booking/auth (operation `authorize_online_booking_user` of the Online Booking API); needs the partner token.

        Args:
            body (AuthorizeOnlineBookingUserBody): User authorization Example: {'login':
                'testuser@alteg.io', 'password': 'testpass'}.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            AuthorizeOnlineBookingUserResponse201 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.booking.authentication_b2c.authorize_online_booking_user.sync``; ``client.aio`` has the async form.
        """

        from .authorize_online_booking_user import sync

        return sync(
            body=body,
            client=self._client,
            options=options,
        )

    def log_in_with_phone_number_and_code(
        self,
        *,
        body: LogInWithPhoneNumberAndCodeBody,
        options: RequestOptions | None = None,
    ) -> LogInWithPhoneNumberAndCodeResponse201 | None:
        """Log in with phone number and code

        To access both online and offline (e.g., phone-made) appointments, the user must log in by verifying
        their phone number. This is done by requesting a confirmation code to be sent via SMS using the "SMS
        phone number verification code" endpoint.

        POST /user/auth (operation `log_in_with_phone_number_and_code` of the Online Booking API); needs the partner token.

        Args:
            body (LogInWithPhoneNumberAndCodeBody): The phone number and the code sent to it by
                send_booking_verification_code
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            LogInWithPhoneNumberAndCodeResponse201 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.booking.authentication_b2c.log_in_with_phone_number_and_code.sync``; ``client.aio`` has the async form.
        """

        from .log_in_with_phone_number_and_code import sync

        return sync(
            body=body,
            client=self._client,
            options=options,
        )

    def send_booking_verification_code(
        self,
        location_id: int,
        *,
        body: SendBookingVerificationCodeBody,
        options: RequestOptions | None = None,
    ) -> SendBookingVerificationCodeResponse201 | None:
        """Send SMS Verification Code

        + Request body
            + phone (required, string, '+13155550175') - phone to which the code will be sent
            + fullname (option, sring, `James`) - Client name

        POST /book_code/{location_id} (operation `send_booking_verification_code` of the Online Booking API); needs the partner token.

        Args:
            location_id (int): location ID
            body (SendBookingVerificationCodeBody): Send SMS verification code for phone number
                Example: {'phone': '+13155550175', 'fulname': 'James Smith'}.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            SendBookingVerificationCodeResponse201 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.booking.authentication_b2c.send_booking_verification_code.sync``; ``client.aio`` has the async form.
        """

        from .send_booking_verification_code import sync

        return sync(
            location_id=location_id,
            body=body,
            client=self._client,
            options=options,
        )


class AsyncAuthenticationB2c:
    """The async forms: ``await client.aio.booking.authentication_b2c.<operation_id>(...)``."""

    __slots__ = ("_client",)

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<aio.booking.authentication_b2c: {len(self.__dir__())} operations of {self._client!r}>"

    def __dir__(self) -> list[str]:
        return [
            "authorize_online_booking_user",
            "log_in_with_phone_number_and_code",
            "send_booking_verification_code",
        ]

    async def authorize_online_booking_user(
        self,
        *,
        body: AuthorizeOnlineBookingUserBody,
        options: RequestOptions | None = None,
    ) -> AuthorizeOnlineBookingUserResponse201 | None:
        """The async form of ``client.booking.authentication_b2c.authorize_online_booking_user`` (see its docstring)."""
        from .authorize_online_booking_user import asyncio

        return await asyncio(
            body=body,
            client=self._client,
            options=options,
        )

    async def log_in_with_phone_number_and_code(
        self,
        *,
        body: LogInWithPhoneNumberAndCodeBody,
        options: RequestOptions | None = None,
    ) -> LogInWithPhoneNumberAndCodeResponse201 | None:
        """The async form of ``client.booking.authentication_b2c.log_in_with_phone_number_and_code`` (see its docstring)."""
        from .log_in_with_phone_number_and_code import asyncio

        return await asyncio(
            body=body,
            client=self._client,
            options=options,
        )

    async def send_booking_verification_code(
        self,
        location_id: int,
        *,
        body: SendBookingVerificationCodeBody,
        options: RequestOptions | None = None,
    ) -> SendBookingVerificationCodeResponse201 | None:
        """The async form of ``client.booking.authentication_b2c.send_booking_verification_code`` (see its docstring)."""
        from .send_booking_verification_code import asyncio

        return await asyncio(
            location_id=location_id,
            body=body,
            client=self._client,
            options=options,
        )
