"""``booking.client_personal_cabinet``: the Client Personal Cabinet operations of Altegio's Online Booking API as methods
(``client.booking.client_personal_cabinet.<operation_id>(...)``; ``client.aio.booking.client_personal_cabinet`` has the async forms). Each
is the module function ``altegio_b2b.booking.client_personal_cabinet.<operation_id>.sync`` with the
client filled in: the same arguments, return type and errors."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..._runtime.options import RequestOptions
    from ...client import AltegioClient
    from ...models.get_booking_user_response_200 import GetBookingUserResponse200
    from ...models.get_feedback_form_status_response_200 import GetFeedbackFormStatusResponse200
    from ...models.get_user_appointment_list_response_201_item import GetUserAppointmentListResponse201Item
    from ...models.submit_feedback_form_body import SubmitFeedbackFormBody
    from ...models.update_booking_user_body import UpdateBookingUserBody
    from ...models.update_booking_user_password_body import UpdateBookingUserPasswordBody
    from ...models.update_booking_user_password_response_200 import UpdateBookingUserPasswordResponse200


class ClientPersonalCabinet:
    """The Client Personal Cabinet operations as methods of ``client.booking.client_personal_cabinet``."""

    __slots__ = ("_client",)

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<booking.client_personal_cabinet: {len(self.__dir__())} operations of {self._client!r}>"

    def __dir__(self) -> list[str]:
        return [
            "delete_user_appointment",
            "get_booking_user",
            "get_feedback_form_status",
            "get_user_appointment_list",
            "send_phone_update_verification_code",
            "submit_feedback_form",
            "update_booking_user",
            "update_booking_user_password",
        ]

    def delete_user_appointment(
        self,
        record_id: int,
        record_hash: str,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """Delete User Appointment

        DELETE /user/records/{record_id}/{record_hash} (operation `delete_user_appointment` of the Online Booking API); needs the partner token.

        Args:
            record_id (int): Appointment ID (enough to delete the appointment if the user is
                authorized)
            record_hash (str): HASH appointments (required to delete the appointment if the user is
                not authorized)
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.booking.client_personal_cabinet.delete_user_appointment.sync``; ``client.aio`` has the async form.
        """

        from .delete_user_appointment import sync

        return sync(
            record_id=record_id,
            record_hash=record_hash,
            client=self._client,
            options=options,
        )

    def get_booking_user(
        self,
        *,
        options: RequestOptions | None = None,
    ) -> GetBookingUserResponse200 | None:
        """Get Online Booking User Data

        Retrieve online booking user data.

        GET /booking/user/data (operation `get_booking_user` of the Online Booking API); needs the partner and the user token.

        Args:
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            GetBookingUserResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.booking.client_personal_cabinet.get_booking_user.sync``; ``client.aio`` has the async form.
        """

        from .get_booking_user import sync

        return sync(
            client=self._client,
            options=options,
        )

    def get_feedback_form_status(
        self,
        record_token: str,
        *,
        options: RequestOptions | None = None,
    ) -> GetFeedbackFormStatusResponse200 | None:
        """Get appointment review

        GET /master_record_review/{record_token} (operation `get_feedback_form_status` of the Online Booking API); needs the partner token.

        Args:
            record_token (str): Short appointment token
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            GetFeedbackFormStatusResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.booking.client_personal_cabinet.get_feedback_form_status.sync``; ``client.aio`` has the async form.
        """

        from .get_feedback_form_status import sync

        return sync(
            record_token=record_token,
            client=self._client,
            options=options,
        )

    def get_user_appointment_list(
        self,
        record_id: int,
        record_hash: str,
        *,
        options: RequestOptions | None = None,
    ) -> list[GetUserAppointmentListResponse201Item] | None:
        """Get User Appointments

        The JSON Object containing the user appointment parameters has the following fields:

        | Field | Type | Mandatory | Description |
        | ------------- | ------------- | ------------- | ------------- |
        | id | number | YES | Appointment ID |
        | services | array of numbers | YES | List of ID service appointments |
        | location | object | YES | location parameters |
        | staff | object | YES | Parameters of the team member who was booked. Note: "staff" is a legacy
        field name for team member. |
        | clients_count | int | YES | Number of clients |
        | date | string | YES | Session date |
        | datetime | string | YES | Session date in ISO |
        | create_date | string | YES | Appointment creation date |
        | length | number | YES | Session duration |
        | deleted | boolean | YES | Has the appointment been created ? (true if deleted) |
        | notify_by_sms | number | NO | Number of hours in advance to send an SMS reminder for the
        appointment. Set to 0 to disable SMS reminders |
        | notify_by_email | number | NO | Number of hours in advance to send an email reminder for the
        appointment. Set to 0 to disable email reminders |
        | comment | string | YES | Appointment Comment |
        | master_requested | boolean | YES | Whether a specific team member was specified when appointment
        (false if "any team member" was specified) |
        | online | boolean | YES | Indicates whether the appointment was created online by the client (true)
        or manually by an administrator (false) |
        | visit_attendance | number | YES | 2 - The user confirmed the appointment, 1 - The user came, the
        services were provided, 0 - the user was waiting, -1 - the user did not come to visit |
        | api_id | string | NO | External Appointment ID |
        | last_change_date | string | NO | Date of the last edit of the appointment |
        | prepaid | boolean | NO | Is online payment available for appointment |
        | prepaid_confirmed | boolean | NO | Online payment status |
        | last_change_date | string | NO | Date of the last edit of the appointment |
        | activity_id | int | NO | Event ID (for group events) |

        Each object in the services array has the following fields:

        | Field | Type | Description |
        | ------------- | ------------- | ------------- |
        | id | number | Service ID |
        | title | string | Service name |
        | cost | float | Service cost |
        | price_min | float | Minimum price of the service |
        | price_max | float | Maximum service price |
        | discount | float | Discount |
        | amount | int | Number of ordered services |
        | session_length | int | Service duration in seconds (only if filter by team member is set) |

        The location object has the following fields:

        | Field | Type | Description |
        | ------------- | ------------- | ------------- |
        | id | number | location ID |
        | title | string | location name |
        | country_id | number | Identifier of the country in which the location is located |
        | country | string | location name |
        | city_id | number | Identifier of the city where the location is located) |
        | city | string | location city name |
        | time zone | string | timezone locations |
        | address | string | Address where the location is located |
        | phone | string | location's main phone number |
        | phones | array of strings | All phone numbers of the location |
        | coordinate_lat | float | Latitude where the location is located |
        | coordinate lng | float | Longitude |
        | allow_delete_record | boolean | Is it possible to delete an appointment |
        | allow_change_record | boolean | Is it possible to reschedule the appointment |
        | site | string | location website |
        | currency_short_title | string | Currency symbol |
        | allow_change_record_delay_step | int | Time after which you can reschedule the appointment |
        | allow_delete_record_delay_step | int | Time after which you can delete an appointment |

        The team member object has the following fields:

        | Field | Type | Description |
        | ------------- | ------------- | ------------- |
        | id | number | team member ID |
        | name | string | team member name |
        | specialization | string | team member specialization |
        | position | object | team member position |
        | show_rating | number | Whether to show team member's rating (1 - show, 0 - don't show) |
        | rating | number | team member rating |
        | votes_count | number | Number of votes rated team member |
        | comments_count | number | Number of comments to a team member |
        | avatar | string | Path to team member avatar file |

        GET /user/records/{record_id}/{record_hash} (operation `get_user_appointment_list` of the Online Booking API); needs the partner token.

        Args:
            record_id (int): Appointment ID
            record_hash (str): HASH of the appointment
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[GetUserAppointmentListResponse201Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.booking.client_personal_cabinet.get_user_appointment_list.sync``; ``client.aio`` has the async form.
        """

        from .get_user_appointment_list import sync

        return sync(
            record_id=record_id,
            record_hash=record_hash,
            client=self._client,
            options=options,
        )

    def send_phone_update_verification_code(
        self,
        *,
        company_id: int,
        group_id: int,
        phone: str,
        options: RequestOptions | None = None,
    ) -> Any:
        """Send SMS Verification Code for Phone Update

        The request must contain one of two parameters: company_id or group_id

        GET /booking/user/phone_confirmation (operation `send_phone_update_verification_code` of the Online Booking API); needs the partner and the user token.

        Args:
            company_id (int): location ID
            group_id (int): Chain ID
            phone (str): Phone number
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.booking.client_personal_cabinet.send_phone_update_verification_code.sync``; ``client.aio`` has the async form.
        """

        from .send_phone_update_verification_code import sync

        return sync(
            company_id=company_id,
            group_id=group_id,
            phone=phone,
            client=self._client,
            options=options,
        )

    def submit_feedback_form(
        self,
        record_token: str,
        *,
        body: SubmitFeedbackFormBody,
        options: RequestOptions | None = None,
    ) -> Any:
        """Submit appointment review

        POST /master_record_review/{record_token} (operation `submit_feedback_form` of the Online Booking API); needs the partner token.

        Args:
            record_token (str): Short appointment token
            body (SubmitFeedbackFormBody): Send feedback request Example: {'rating': 5, 'text':
                'Excellent service!', 'tips_amount': 22.5, 'redirect_prefix': 'https://n1.app.alteg.io'}.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.booking.client_personal_cabinet.submit_feedback_form.sync``; ``client.aio`` has the async form.
        """

        from .submit_feedback_form import sync

        return sync(
            record_token=record_token,
            body=body,
            client=self._client,
            options=options,
        )

    def update_booking_user(
        self,
        *,
        body: UpdateBookingUserBody,
        options: RequestOptions | None = None,
    ) -> Any:
        """Update Online Booking User Data

        Updating a team member’s data in online booking.

         When updating a phone number, the confirmation_code field must be included in the request. This
        code should be obtained using the [SMS confirmation code of the phone number to change
        data](#operation/Send%20SMS%20code%20confirmation%20number%20phone%20for%20change%20data)

        PUT /booking/user (operation `update_booking_user` of the Online Booking API); needs the partner and the user token.

        Args:
            body (UpdateBookingUserBody): Updating User Data in Online Booking Example: {'name':
                'James Smith', 'email': 'j.smith@example.com', 'phone': '+13155550175',
                'confirmation_code': '1234'}.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.booking.client_personal_cabinet.update_booking_user.sync``; ``client.aio`` has the async form.
        """

        from .update_booking_user import sync

        return sync(
            body=body,
            client=self._client,
            options=options,
        )

    def update_booking_user_password(
        self,
        *,
        body: UpdateBookingUserPasswordBody,
        options: RequestOptions | None = None,
    ) -> UpdateBookingUserPasswordResponse200 | None:
        """Update Online Booking User Password

        Updating the password of an online booking user.

        The response comes with a new user token.

        PUT /booking/user/password (operation `update_booking_user_password` of the Online Booking API); needs the partner and the user token.

        Args:
            body (UpdateBookingUserPasswordBody): Online Booking User Password Update Example:
                {'old_password': 'qwerty123', 'new_password': 'example!'}.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            UpdateBookingUserPasswordResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.booking.client_personal_cabinet.update_booking_user_password.sync``; ``client.aio`` has the async form.
        """

        from .update_booking_user_password import sync

        return sync(
            body=body,
            client=self._client,
            options=options,
        )


class AsyncClientPersonalCabinet:
    """The async forms: ``await client.aio.booking.client_personal_cabinet.<operation_id>(...)``."""

    __slots__ = ("_client",)

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<aio.booking.client_personal_cabinet: {len(self.__dir__())} operations of {self._client!r}>"

    def __dir__(self) -> list[str]:
        return [
            "delete_user_appointment",
            "get_booking_user",
            "get_feedback_form_status",
            "get_user_appointment_list",
            "send_phone_update_verification_code",
            "submit_feedback_form",
            "update_booking_user",
            "update_booking_user_password",
        ]

    async def delete_user_appointment(
        self,
        record_id: int,
        record_hash: str,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """The async form of ``client.booking.client_personal_cabinet.delete_user_appointment`` (see its docstring)."""
        from .delete_user_appointment import asyncio

        return await asyncio(
            record_id=record_id,
            record_hash=record_hash,
            client=self._client,
            options=options,
        )

    async def get_booking_user(
        self,
        *,
        options: RequestOptions | None = None,
    ) -> GetBookingUserResponse200 | None:
        """The async form of ``client.booking.client_personal_cabinet.get_booking_user`` (see its docstring)."""
        from .get_booking_user import asyncio

        return await asyncio(
            client=self._client,
            options=options,
        )

    async def get_feedback_form_status(
        self,
        record_token: str,
        *,
        options: RequestOptions | None = None,
    ) -> GetFeedbackFormStatusResponse200 | None:
        """The async form of ``client.booking.client_personal_cabinet.get_feedback_form_status`` (see its docstring)."""
        from .get_feedback_form_status import asyncio

        return await asyncio(
            record_token=record_token,
            client=self._client,
            options=options,
        )

    async def get_user_appointment_list(
        self,
        record_id: int,
        record_hash: str,
        *,
        options: RequestOptions | None = None,
    ) -> list[GetUserAppointmentListResponse201Item] | None:
        """The async form of ``client.booking.client_personal_cabinet.get_user_appointment_list`` (see its docstring)."""
        from .get_user_appointment_list import asyncio

        return await asyncio(
            record_id=record_id,
            record_hash=record_hash,
            client=self._client,
            options=options,
        )

    async def send_phone_update_verification_code(
        self,
        *,
        company_id: int,
        group_id: int,
        phone: str,
        options: RequestOptions | None = None,
    ) -> Any:
        """The async form of ``client.booking.client_personal_cabinet.send_phone_update_verification_code`` (see its docstring)."""
        from .send_phone_update_verification_code import asyncio

        return await asyncio(
            company_id=company_id,
            group_id=group_id,
            phone=phone,
            client=self._client,
            options=options,
        )

    async def submit_feedback_form(
        self,
        record_token: str,
        *,
        body: SubmitFeedbackFormBody,
        options: RequestOptions | None = None,
    ) -> Any:
        """The async form of ``client.booking.client_personal_cabinet.submit_feedback_form`` (see its docstring)."""
        from .submit_feedback_form import asyncio

        return await asyncio(
            record_token=record_token,
            body=body,
            client=self._client,
            options=options,
        )

    async def update_booking_user(
        self,
        *,
        body: UpdateBookingUserBody,
        options: RequestOptions | None = None,
    ) -> Any:
        """The async form of ``client.booking.client_personal_cabinet.update_booking_user`` (see its docstring)."""
        from .update_booking_user import asyncio

        return await asyncio(
            body=body,
            client=self._client,
            options=options,
        )

    async def update_booking_user_password(
        self,
        *,
        body: UpdateBookingUserPasswordBody,
        options: RequestOptions | None = None,
    ) -> UpdateBookingUserPasswordResponse200 | None:
        """The async form of ``client.booking.client_personal_cabinet.update_booking_user_password`` (see its docstring)."""
        from .update_booking_user_password import asyncio

        return await asyncio(
            body=body,
            client=self._client,
            options=options,
        )
