"""``appointments``: the Appointments operations of Altegio's Business Management API as methods
(``client.appointments.<operation_id>(...)``; ``client.aio.appointments`` has the async forms). Each
is the module function ``altegio_b2b.api.appointments.<operation_id>.sync`` with the
client filled in: the same arguments, return type and errors."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ..._runtime.options import RequestOptions
    from ...client import AltegioClient
    from ...models.create_appointment_response_201_item import CreateAppointmentResponse201Item
    from ...models.create_timetable_client_schedule_body import CreateTimetableClientScheduleBody
    from ...models.create_timetable_client_schedule_response_201 import CreateTimetableClientScheduleResponse201
    from ...models.delete_timetable_client_schedule_response_204_type_0 import (
        DeleteTimetableClientScheduleResponse204Type0,
    )
    from ...models.get_appointment_list_response_200_item import GetAppointmentListResponse200Item
    from ...models.get_appointment_response_200 import GetAppointmentResponse200
    from ...models.get_comments_response_200_item import GetCommentsResponse200Item
    from ...models.get_visit_details_response_200 import GetVisitDetailsResponse200
    from ...models.get_visit_response_200 import GetVisitResponse200
    from ...models.group_event_appointment import GroupEventAppointment
    from ...models.leave_comment_body import LeaveCommentBody
    from ...models.leave_comment_response_201 import LeaveCommentResponse201
    from ...models.standard_appointment import StandardAppointment
    from ...models.update_appointment_attendance_body import UpdateAppointmentAttendanceBody
    from ...models.update_appointment_attendance_response_200 import UpdateAppointmentAttendanceResponse200
    from ...models.update_appointment_response_201 import UpdateAppointmentResponse201
    from ...models.update_timetable_client_schedule_body import UpdateTimetableClientScheduleBody
    from ...models.update_timetable_client_schedule_response_200 import UpdateTimetableClientScheduleResponse200
    from ...models.update_visit_body import UpdateVisitBody
    from ...types import File


class Appointments:
    """The Appointments operations as methods of ``client.appointments``."""

    __slots__ = ("_client",)

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<appointments: {len(self.__dir__())} operations of {self._client!r}>"

    def __dir__(self) -> list[str]:
        return [
            "create_appointment",
            "create_timetable_client_schedule",
            "delete_appointment",
            "delete_timetable_client_schedule",
            "get_appointment",
            "get_appointment_list",
            "get_comments",
            "get_partner_appointment_list",
            "get_visit",
            "get_visit_details",
            "get_visit_receipt_pdf",
            "leave_comment",
            "update_appointment",
            "update_appointment_attendance",
            "update_timetable_client_schedule",
            "update_visit",
        ]

    def create_appointment(
        self,
        location_id: int,
        *,
        body: GroupEventAppointment | StandardAppointment,
        options: RequestOptions | None = None,
    ) -> list[CreateAppointmentResponse201Item] | None:
        """Create a New Appointment

        Creates a standard Appointment or an Appointment in a Group Event.

        For a standard Appointment, `staff_id`, `services`, `client`, `datetime`, and
        `seance_length` are required.

        For a Group Event Appointment, `activity_id` and `client` are required. The API
        obtains `staff_id`, `services`, `datetime`, and `seance_length` from the Group Event.

        To set custom Appointment Fields, pass an object in `custom_fields`, with each key
        matching a field code configured for the Location. The Business User must have both
        `custom_fields_record_values_read_access` and
        `custom_fields_record_values_edit_access`.

        POST /records/{location_id} (operation `create_appointment` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            body (GroupEventAppointment | StandardAppointment): Request body for creating or fully
                updating an Appointment. Example: {'staff_id': 8886, 'services': [{'id': 331,
                'first_cost': 9000, 'discount': 50, 'cost': 4500}, {'id': 333, 'first_cost': 2000,
                'discount': 10, 'cost': 1800}], 'client': {'phone': '+13155550175', 'name': 'James Smith',
                'email': 'j.smith@example.com'}, 'save_if_busy': False, 'datetime':
                '2026-09-21T23:00:00.000-05:00', 'seance_length': 3600, 'send_sms': True, 'comment': 'test
                appointment!', 'sms_remain_hours': 6, 'email_remain_hours': 24, 'attendance': 1, 'api_id':
                '777', 'custom_color': 'f44336', 'record_labels': ['67345', '104474'], 'custom_fields':
                {'my_custom_field': 123, 'some_another_field': ['first value', 'second value']}}.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[CreateAppointmentResponse201Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.appointments.create_appointment.sync``; ``client.aio`` has the async form.
        """

        from .create_appointment import sync

        return sync(
            location_id=location_id,
            body=body,
            client=self._client,
            options=options,
        )

    def create_timetable_client_schedule(
        self,
        location_id: int,
        schedule_id: int,
        *,
        body: CreateTimetableClientScheduleBody | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> CreateTimetableClientScheduleResponse201 | None:
        """Create Recurring Appointments

        Creates a recurring appointment series for a client based on an event schedule. Automatically
        generates future appointments according to the schedule pattern.

        POST /company/{location_id}/schedules/{schedule_id}/client_schedules (operation `create_timetable_client_schedule` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): ID of a location.
            schedule_id (int): ID of a schedule.
            body (CreateTimetableClientScheduleBody | Unset):
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            CreateTimetableClientScheduleResponse201 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.appointments.create_timetable_client_schedule.sync``; ``client.aio`` has the async form.
        """

        from .create_timetable_client_schedule import sync

        return sync(
            location_id=location_id,
            schedule_id=schedule_id,
            body=body,
            client=self._client,
            options=options,
        )

    def delete_appointment(
        self,
        location_id: int,
        record_id: int,
        *,
        include_consumables: float | Unset = UNSET,
        include_finance_transactions: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """Delete Appointment

        DELETE /record/{location_id}/{record_id} (operation `delete_appointment` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            record_id (int): Appointment ID
            include_consumables (float | Unset):
            include_finance_transactions (int | Unset):
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.appointments.delete_appointment.sync``; ``client.aio`` has the async form.
        """

        from .delete_appointment import sync

        return sync(
            location_id=location_id,
            record_id=record_id,
            include_consumables=include_consumables,
            include_finance_transactions=include_finance_transactions,
            client=self._client,
            options=options,
        )

    def delete_timetable_client_schedule(
        self,
        location_id: int,
        schedule_id: int,
        client_schedule_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> DeleteTimetableClientScheduleResponse204Type0 | None | None:
        """Delete Recurring Appointments

        Deletes a recurring appointment series and all associated future appointments.

        DELETE /company/{location_id}/schedules/{schedule_id}/client_schedules/{client_schedule_id} (operation `delete_timetable_client_schedule` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): ID of a location.
            schedule_id (int): ID of a schedule.
            client_schedule_id (int): ID of a client schedule.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            DeleteTimetableClientScheduleResponse204Type0 | None | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.appointments.delete_timetable_client_schedule.sync``; ``client.aio`` has the async form.
        """

        from .delete_timetable_client_schedule import sync

        return sync(
            location_id=location_id,
            schedule_id=schedule_id,
            client_schedule_id=client_schedule_id,
            client=self._client,
            options=options,
        )

    def get_appointment(
        self,
        location_id: int,
        record_id: int,
        *,
        include_consumables: float | Unset = UNSET,
        include_finance_transactions: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> GetAppointmentResponse200 | None:
        """Get an Appointment

        GET /record/{location_id}/{record_id} (operation `get_appointment` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            record_id (int): Appointment ID
            include_consumables (float | Unset):
            include_finance_transactions (int | Unset):
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            GetAppointmentResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.appointments.get_appointment.sync``; ``client.aio`` has the async form.
        """

        from .get_appointment import sync

        return sync(
            location_id=location_id,
            record_id=record_id,
            include_consumables=include_consumables,
            include_finance_transactions=include_finance_transactions,
            client=self._client,
            options=options,
        )

    def get_appointment_list(
        self,
        location_id: int,
        *,
        page: int | Unset = UNSET,
        count: int | Unset = UNSET,
        team_member_id: int | Unset = UNSET,
        client_id: int | Unset = UNSET,
        created_user_id: int | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        c_start_date: datetime.date | Unset = UNSET,
        c_end_date: datetime.date | Unset = UNSET,
        changed_after: datetime.datetime | Unset = UNSET,
        changed_before: datetime.datetime | Unset = UNSET,
        include_consumables: float | Unset = UNSET,
        include_finance_transactions: int | Unset = UNSET,
        with_deleted: bool | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[GetAppointmentListResponse200Item] | None:
        """Get list of appointments

        ####  Filtering Appointments

        + staff_id: team member ID.

        Use this to retrieve appointments for a specific team member

        + client_id: Client ID

        Use this to retrieve appointments for a specific client

        + created_user_id: User ID

        User who created the appointment

        Use this to filter appointments created by a specific user

        + start_date: Session start date (inclusive)

        Returns appointments with a session starting on or after this date

        + end_date: Session end date (inclusive)

        Returns appointments with a session ending on or before this date

        + c_start_date: Appointment creation date from

        Returns appointments created on or after this date

        + c_end_date: Appointment creation date until

        Returns appointments created on or before this date

        + changed_after: Modified or created after this datetime

        Returns appointments created or modified after the specified date and time

        + changed_before: Modified or created before this datetime

        Returns appointments created or modified before the specified date and time

        GET /records/{location_id} (operation `get_appointment_list` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            page (int | Unset): Page number
            count (int | Unset): Number of appointments per page
            team_member_id (int | Unset): team member ID, if you only need appointments for a specific
                team member
            client_id (int | Unset): Client ID. If you need appointments for a specific client
            created_user_id (int | Unset): The ID of the user who created the appointment. If you need
                appointments created by a specific user
            start_date (datetime.date | Unset): Session date starting at (filter by session date). If
                you need appointments for a session starting from a specific date
            end_date (datetime.date | Unset): Session date to. If you need appointments for a session
                before a specific date
            c_start_date (datetime.date | Unset): Appointment creation date starting from(filter by
                appointment creation date). If you need appointments created since a specific date
            c_end_date (datetime.date | Unset): Appointment creation date by (filter by appointment
                creation date).
            changed_after (datetime.datetime | Unset): The date the appointment was modified/created.
                If you need appointments created/modified starting from a specific date and time
            changed_before (datetime.datetime | Unset): The date the appointment was modified/created.
                If you need appointments created/modified before a specific date and time
            include_consumables (float | Unset): Flag for including a list of consumables by
                appointments in the response
            include_finance_transactions (int | Unset): Flag to include in the response financial
                transactions by appointments
            with_deleted (bool | Unset): Include deleted appointments in output (with_deleted=1 will
                return deleted appointments as well)
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[GetAppointmentListResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.appointments.get_appointment_list.sync``; ``client.aio`` has the async form.
        """

        from .get_appointment_list import sync

        return sync(
            location_id=location_id,
            page=page,
            count=count,
            team_member_id=team_member_id,
            client_id=client_id,
            created_user_id=created_user_id,
            start_date=start_date,
            end_date=end_date,
            c_start_date=c_start_date,
            c_end_date=c_end_date,
            changed_after=changed_after,
            changed_before=changed_before,
            include_consumables=include_consumables,
            include_finance_transactions=include_finance_transactions,
            with_deleted=with_deleted,
            client=self._client,
            options=options,
        )

    def get_comments(
        self,
        location_id: int,
        *,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        team_member_id: int | Unset = UNSET,
        rating: float | Unset = UNSET,
        page: int | Unset = UNSET,
        count: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[GetCommentsResponse200Item] | None:
        """Get comments

        The comment object has the following fields:

        | Field | Type | Description |
        | ------------- | ------------- | ------------- |
        | id | number | Comment ID |
        | salon_id | number | location ID |
        | type | number | 1 - comment to the team member, 0 - to the location |
        | master_id | number | Team Member ID if type = 1 |
        | text | string | Comment text |
        | date | string | Date when the comment was left |
        | rating | number | Rating (from 1 to 5) |
        | user_id | number | Id of the user who left the comment |
        | username | string | Name of the user who left the comment |
        | user_avatar | string | Avatar of the user who left the comment |
        | record_id | number | ID of the post after which the review was left (the value will be non-zero if
        the review was left through a link asking for a review after the visit) |

        GET /comments/{location_id} (operation `get_comments` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            start_date (datetime.date | Unset): date in iso8601 format.
                Filter by date since (for example '2026-09-30')
            end_date (datetime.date | Unset): date in iso8601 format.
                Filter by date by (for example '2026-09-30')
            team_member_id (int | Unset): team member ID
            rating (float | Unset): Rating score. Filter by reviews with a specific rating.
            page (int | Unset): Page number
            count (int | Unset): Number of reviews per page
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[GetCommentsResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.appointments.get_comments.sync``; ``client.aio`` has the async form.
        """

        from .get_comments import sync

        return sync(
            location_id=location_id,
            start_date=start_date,
            end_date=end_date,
            team_member_id=team_member_id,
            rating=rating,
            page=page,
            count=count,
            client=self._client,
            options=options,
        )

    def get_partner_appointment_list(
        self,
        *,
        page: int | Unset = UNSET,
        editable_length: int | Unset = UNSET,
        salon_id: int | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        created_start_date: datetime.date | Unset = UNSET,
        created_end_date: datetime.date | Unset = UNSET,
        user_id: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """Get a List of Partner Appointments

        #### Filtering appointments

        + salon_id: Location ID

        Use this to filter appointments for a specific location

        + start_date: Visit date from

        Filters appointments with a visit date starting from the specified date (inclusive)

        + end_date: Visit date until

        Filters appointments with a visit date up to the specified date (inclusive)

        + created_start_date: Appointment creation date from

        Filters appointments created on or after this date

        + created_end_date: Appointment creation date until

        Returns appointments created on or before this date

        + user_id: User ID

        Filters appointments created by a specific user

        GET /records/partner (operation `get_partner_appointment_list` of the Business Management API); needs the partner and the user token.

        Args:
            page (int | Unset): Page number
            editable_length (int | Unset): Number of appointments per page, maximum 100
            salon_id (int | Unset): Location ID
            start_date (datetime.date | Unset): Filter by visit date from
            end_date (datetime.date | Unset): Filter by visit date by
            created_start_date (datetime.date | Unset): Filter by appointment creation date from
            created_end_date (datetime.date | Unset): Filter by appointment creation date by
            user_id (int | Unset): User ID
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.appointments.get_partner_appointment_list.sync``; ``client.aio`` has the async form.
        """

        from .get_partner_appointment_list import sync

        return sync(
            page=page,
            editable_length=editable_length,
            salon_id=salon_id,
            start_date=start_date,
            end_date=end_date,
            created_start_date=created_start_date,
            created_end_date=created_end_date,
            user_id=user_id,
            client=self._client,
            options=options,
        )

    def get_visit(
        self,
        visit_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> GetVisitResponse200 | None:
        """Get a visit

        GET /visits/{visit_id} (operation `get_visit` of the Business Management API); needs the partner and the user token.

        Args:
            visit_id (int):
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            GetVisitResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.appointments.get_visit.sync``; ``client.aio`` has the async form.
        """

        from .get_visit import sync

        return sync(
            visit_id=visit_id,
            client=self._client,
            options=options,
        )

    def get_visit_details(
        self,
        location_id: int,
        record_id: int,
        visit_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> GetVisitDetailsResponse200 | None:
        """Get Visit Details

        **Block "kkm_transaction_details_container"**

        Flag "last_operation_type"

        | Meaning | Description |
        | ------------- | ------------- |
        | 0 | Print return receipt |
        | 1 | Print sales receipt |

        Types of all transactions with location account

        | Meaning | Description |
        | ------------- | ------------- |
        | 0 |  Sales operation – Active for documents of type Visit |
        | 1 | Sale return operation – Active for documents of type Visit |
        | 2 | Correction operation |
        | 4 | Shift opening operation – Opens a new POS shift |
        | 5 | Shift closing operation – Closes the current POS shift |
        | 9 | Get POS status – Retrieves the current status of the POS device |
        | 11 | Get POS team status – Retrieves the status of all POS devices connected to the team |
        | 12 | Correction operation |
        | 13 | Print X-report – Prints a non-fiscal summary report of the current shift |
        | 6 | Cash deposit – Registers a cash-in transaction in the POS |
        | 7 | Cash withdrawal – Registers a cash-out transaction in the POS |

        Statuses of All POS Operations

        | Meaning | Description |
        | ------------- | ------------- |
        | 0 |  Connection error with POS – Unable to establish a connection with the POS device |
        | 1 |  Success – Operation completed successfully |
        | 2 | Sent for printing – The request has been sent to the POS and is waiting for print completion |
        | 3 | Runtime error – An error occurred while processing the operation on the POS device |
        | 4 | Status check error – Failed to retrieve the current status of the POS |
        | 5 | Waiting for POS readiness – Operation is pending until the POS device becomes ready |

        Document Types

        | Meaning | Description |
        | ------------- | ------------- |
        | 1 | Sale of products |
        | 2 | Provision of services |
        | 3 | Arrival of products |
        | 4 | Products write-off |
        | 5 | Transfer of products |
        | 6 | Inventory |
        | 7 | Visit |
        | 8 | Consumables write-off |

        GET /visit/details/{location_id}/{record_id}/{visit_id} (operation `get_visit_details` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int):
            record_id (int):
            visit_id (int):
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            GetVisitDetailsResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.appointments.get_visit_details.sync``; ``client.aio`` has the async form.
        """

        from .get_visit_details import sync

        return sync(
            location_id=location_id,
            record_id=record_id,
            visit_id=visit_id,
            client=self._client,
            options=options,
        )

    def get_visit_receipt_pdf(
        self,
        visit_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> File | None:
        """Receipt PDF for the visit

        GET /attendance/receipt_print/{visit_id} (operation `get_visit_receipt_pdf` of the Business Management API); needs the partner and the user token.

        Args:
            visit_id (int):
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            File | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.appointments.get_visit_receipt_pdf.sync``; ``client.aio`` has the async form.
        """

        from .get_visit_receipt_pdf import sync

        return sync(
            visit_id=visit_id,
            client=self._client,
            options=options,
        )

    def leave_comment(
        self,
        location_id: int,
        team_member_id: int,
        *,
        body: LeaveCommentBody,
        options: RequestOptions | None = None,
    ) -> LeaveCommentResponse201 | None:
        """Leave a Comment

        POST /comments/{location_id}/{team_member_id} (operation `leave_comment` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            team_member_id (int): team member ID, specify when creating a review for a team member
            body (LeaveCommentBody): Leave a Comment Example: {'mark': 4, 'text': 'Everything is very
                bad!', 'name': 'Victor'}.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            LeaveCommentResponse201 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.appointments.leave_comment.sync``; ``client.aio`` has the async form.
        """

        from .leave_comment import sync

        return sync(
            location_id=location_id,
            team_member_id=team_member_id,
            body=body,
            client=self._client,
            options=options,
        )

    def update_appointment(
        self,
        location_id: int,
        record_id: int,
        *,
        body: GroupEventAppointment | StandardAppointment,
        include_consumables: float | Unset = UNSET,
        include_finance_transactions: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> UpdateAppointmentResponse201 | None:
        """Edit Appointment

        Fully updates an Appointment. This is not a partial update: for a standard Appointment,
        resend `staff_id`, `services`, `client`, `datetime`, and `seance_length`, including when
        only `custom_fields` needs to change. A missing required field returns `422`.

        For a Group Event Appointment, send `activity_id` and `client`. The `activity_id` must
        match the Appointment's current Group Event. The API obtains `staff_id`, `services`,
        `datetime`, and `seance_length` from that Group Event.

        ### Updating only custom fields

        1. Get the current Appointment.
        2. Copy the required main fields into this request without changing them.
        3. Add the new values to `custom_fields`, using each configured field code as a key.

        The Business User must have both `custom_fields_record_values_read_access` and
        `custom_fields_record_values_edit_access`. Without both permissions, custom Appointment
        Field values are not updated.

        ### Editing restrictions

        The request can be rejected when the Appointment is waiting for online payment, lies
        outside the Business User's allowed editing period, is fully paid, or has an arrived
        client and the Business User lacks the corresponding edit permission.

        If `is_sale_bill_printed` is `true`, keep the resent date, time, client, attendance status,
        Team Member, and Services unchanged when updating only custom fields. Changes covered by
        the printed receipt can require reversing the receipt first.

        PUT /record/{location_id}/{record_id} (operation `update_appointment` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            record_id (int): Appointment ID
            include_consumables (float | Unset):
            include_finance_transactions (int | Unset):
            body (GroupEventAppointment | StandardAppointment): Request body for creating or fully
                updating an Appointment. Example: {'staff_id': 8886, 'services': [{'id': 331,
                'first_cost': 9000, 'discount': 50, 'cost': 4500}, {'id': 333, 'first_cost': 2000,
                'discount': 10, 'cost': 1800}], 'client': {'phone': '+13155550175', 'name': 'James Smith',
                'email': 'j.smith@example.com'}, 'save_if_busy': False, 'datetime':
                '2026-09-21T23:00:00.000-05:00', 'seance_length': 3600, 'send_sms': True, 'comment': 'test
                appointment!', 'sms_remain_hours': 6, 'email_remain_hours': 24, 'attendance': 1, 'api_id':
                '777', 'custom_color': 'f44336', 'record_labels': ['67345', '104474'], 'custom_fields':
                {'my_custom_field': 123, 'some_another_field': ['first value', 'second value']}}.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            UpdateAppointmentResponse201 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.appointments.update_appointment.sync``; ``client.aio`` has the async form.
        """

        from .update_appointment import sync

        return sync(
            location_id=location_id,
            record_id=record_id,
            body=body,
            include_consumables=include_consumables,
            include_finance_transactions=include_finance_transactions,
            client=self._client,
            options=options,
        )

    def update_appointment_attendance(
        self,
        location_id: int,
        record_id: int,
        *,
        body: UpdateAppointmentAttendanceBody,
        options: RequestOptions | None = None,
    ) -> UpdateAppointmentAttendanceResponse200 | None:
        """Change Appointment attendance status

        Change the attendance status of one Appointment without resending the full
        Appointment. The body field is `attendance` (not `visit_attendance`). The
        supported statuses are `-1` (did not come), `0` (waiting), `1` (came), and
        `2` (confirmed). Read the current status from the Appointment first.

        The Business User needs `record_form_access` and `edit_records_access` for
        this Location. The Appointment must fall within the Location's
        `records_edit_last_days_count` editing window (`-1` means no history limit).
        A request can also be rejected while online payment is pending, by payment
        policy, or when a printed sale receipt would be invalidated. With a printed
        receipt, only `1` and `2` remain eligible statuses. Submitting the current
        status leaves it unchanged.

        Appointments linked into one visit share an attendance group. Changing one
        Appointment can update the status of other Appointments in that visit and
        trigger related payment, loyalty, and notification processing. The `records`
        response field contains timetable change data; it is not a per-ID bulk result.

        For a bounded bulk workflow, select a finite set of Appointment IDs, read
        each Appointment and confirm its Location, current status, and visit link,
        then send one request per distinct attendance group. Re-read affected
        Appointments after each change, record successes and failures per group, and
        stop or report on a failed request. This endpoint offers no atomic bulk
        operation or all-or-nothing rollback.

        POST /company/{location_id}/records/{record_id}/attendance (operation `update_appointment_attendance` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): Location ID
            record_id (int): Appointment ID
            body (UpdateAppointmentAttendanceBody):
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            UpdateAppointmentAttendanceResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.appointments.update_appointment_attendance.sync``; ``client.aio`` has the async form.
        """

        from .update_appointment_attendance import sync

        return sync(
            location_id=location_id,
            record_id=record_id,
            body=body,
            client=self._client,
            options=options,
        )

    def update_timetable_client_schedule(
        self,
        location_id: int,
        schedule_id: int,
        client_schedule_id: int,
        *,
        body: UpdateTimetableClientScheduleBody | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> UpdateTimetableClientScheduleResponse200 | None:
        """Update Recurring Appointments

        Updates a recurring appointment series by attaching or detaching schedule days. This creates or
        removes future appointments accordingly.

        PATCH /company/{location_id}/schedules/{schedule_id}/client_schedules/{client_schedule_id} (operation `update_timetable_client_schedule` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): ID of a location.
            schedule_id (int): ID of a schedule.
            client_schedule_id (int): ID of a client schedule.
            body (UpdateTimetableClientScheduleBody | Unset):
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            UpdateTimetableClientScheduleResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.appointments.update_timetable_client_schedule.sync``; ``client.aio`` has the async form.
        """

        from .update_timetable_client_schedule import sync

        return sync(
            location_id=location_id,
            schedule_id=schedule_id,
            client_schedule_id=client_schedule_id,
            body=body,
            client=self._client,
            options=options,
        )

    def update_visit(
        self,
        visit_id: int,
        record_id: int,
        *,
        body: UpdateVisitBody,
        options: RequestOptions | None = None,
    ) -> Any:
        """Edit Visit

        PUT /visits/{visit_id}/{record_id} (operation `update_visit` of the Business Management API); needs the partner and the user token.

        Args:
            visit_id (int):
            record_id (int):
            body (UpdateVisitBody): Edit Visit Example: {'attendance': 1, 'comment': '',
                'new_transactions': [{'id': 12345, 'amount': 100, 'account_id': 23322}],
                'deleted_transaction_ids': [], 'fast_payment': 1, 'goods_transactions': [{'id': 2168657,
                'title': 'Vital Creme Shampoo Plus', 'barcode': '123', 'article': '120277', 'amount': -1,
                'cost_per_unit': 15, 'price': 15, 'cost': 12, 'operation_unit_type': 2, 'master_id':
                55436, 'storage_id': 91303, 'good_id': 232658, 'discount': 20}], 'services': [{'id':
                389045, 'title': 'Hand massage (10 min)', 'cost': 255, 'cost_per_unit': 300, 'discount':
                15, 'first_cost': 300, 'record_id': 10403702}]}.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.appointments.update_visit.sync``; ``client.aio`` has the async form.
        """

        from .update_visit import sync

        return sync(
            visit_id=visit_id,
            record_id=record_id,
            body=body,
            client=self._client,
            options=options,
        )


class AsyncAppointments:
    """The async forms: ``await client.aio.appointments.<operation_id>(...)``."""

    __slots__ = ("_client",)

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<aio.appointments: {len(self.__dir__())} operations of {self._client!r}>"

    def __dir__(self) -> list[str]:
        return [
            "create_appointment",
            "create_timetable_client_schedule",
            "delete_appointment",
            "delete_timetable_client_schedule",
            "get_appointment",
            "get_appointment_list",
            "get_comments",
            "get_partner_appointment_list",
            "get_visit",
            "get_visit_details",
            "get_visit_receipt_pdf",
            "leave_comment",
            "update_appointment",
            "update_appointment_attendance",
            "update_timetable_client_schedule",
            "update_visit",
        ]

    async def create_appointment(
        self,
        location_id: int,
        *,
        body: GroupEventAppointment | StandardAppointment,
        options: RequestOptions | None = None,
    ) -> list[CreateAppointmentResponse201Item] | None:
        """The async form of ``client.appointments.create_appointment`` (see its docstring)."""
        from .create_appointment import asyncio

        return await asyncio(
            location_id=location_id,
            body=body,
            client=self._client,
            options=options,
        )

    async def create_timetable_client_schedule(
        self,
        location_id: int,
        schedule_id: int,
        *,
        body: CreateTimetableClientScheduleBody | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> CreateTimetableClientScheduleResponse201 | None:
        """The async form of ``client.appointments.create_timetable_client_schedule`` (see its docstring)."""
        from .create_timetable_client_schedule import asyncio

        return await asyncio(
            location_id=location_id,
            schedule_id=schedule_id,
            body=body,
            client=self._client,
            options=options,
        )

    async def delete_appointment(
        self,
        location_id: int,
        record_id: int,
        *,
        include_consumables: float | Unset = UNSET,
        include_finance_transactions: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """The async form of ``client.appointments.delete_appointment`` (see its docstring)."""
        from .delete_appointment import asyncio

        return await asyncio(
            location_id=location_id,
            record_id=record_id,
            include_consumables=include_consumables,
            include_finance_transactions=include_finance_transactions,
            client=self._client,
            options=options,
        )

    async def delete_timetable_client_schedule(
        self,
        location_id: int,
        schedule_id: int,
        client_schedule_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> DeleteTimetableClientScheduleResponse204Type0 | None | None:
        """The async form of ``client.appointments.delete_timetable_client_schedule`` (see its docstring)."""
        from .delete_timetable_client_schedule import asyncio

        return await asyncio(
            location_id=location_id,
            schedule_id=schedule_id,
            client_schedule_id=client_schedule_id,
            client=self._client,
            options=options,
        )

    async def get_appointment(
        self,
        location_id: int,
        record_id: int,
        *,
        include_consumables: float | Unset = UNSET,
        include_finance_transactions: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> GetAppointmentResponse200 | None:
        """The async form of ``client.appointments.get_appointment`` (see its docstring)."""
        from .get_appointment import asyncio

        return await asyncio(
            location_id=location_id,
            record_id=record_id,
            include_consumables=include_consumables,
            include_finance_transactions=include_finance_transactions,
            client=self._client,
            options=options,
        )

    async def get_appointment_list(
        self,
        location_id: int,
        *,
        page: int | Unset = UNSET,
        count: int | Unset = UNSET,
        team_member_id: int | Unset = UNSET,
        client_id: int | Unset = UNSET,
        created_user_id: int | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        c_start_date: datetime.date | Unset = UNSET,
        c_end_date: datetime.date | Unset = UNSET,
        changed_after: datetime.datetime | Unset = UNSET,
        changed_before: datetime.datetime | Unset = UNSET,
        include_consumables: float | Unset = UNSET,
        include_finance_transactions: int | Unset = UNSET,
        with_deleted: bool | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[GetAppointmentListResponse200Item] | None:
        """The async form of ``client.appointments.get_appointment_list`` (see its docstring)."""
        from .get_appointment_list import asyncio

        return await asyncio(
            location_id=location_id,
            page=page,
            count=count,
            team_member_id=team_member_id,
            client_id=client_id,
            created_user_id=created_user_id,
            start_date=start_date,
            end_date=end_date,
            c_start_date=c_start_date,
            c_end_date=c_end_date,
            changed_after=changed_after,
            changed_before=changed_before,
            include_consumables=include_consumables,
            include_finance_transactions=include_finance_transactions,
            with_deleted=with_deleted,
            client=self._client,
            options=options,
        )

    async def get_comments(
        self,
        location_id: int,
        *,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        team_member_id: int | Unset = UNSET,
        rating: float | Unset = UNSET,
        page: int | Unset = UNSET,
        count: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[GetCommentsResponse200Item] | None:
        """The async form of ``client.appointments.get_comments`` (see its docstring)."""
        from .get_comments import asyncio

        return await asyncio(
            location_id=location_id,
            start_date=start_date,
            end_date=end_date,
            team_member_id=team_member_id,
            rating=rating,
            page=page,
            count=count,
            client=self._client,
            options=options,
        )

    async def get_partner_appointment_list(
        self,
        *,
        page: int | Unset = UNSET,
        editable_length: int | Unset = UNSET,
        salon_id: int | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        created_start_date: datetime.date | Unset = UNSET,
        created_end_date: datetime.date | Unset = UNSET,
        user_id: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """The async form of ``client.appointments.get_partner_appointment_list`` (see its docstring)."""
        from .get_partner_appointment_list import asyncio

        return await asyncio(
            page=page,
            editable_length=editable_length,
            salon_id=salon_id,
            start_date=start_date,
            end_date=end_date,
            created_start_date=created_start_date,
            created_end_date=created_end_date,
            user_id=user_id,
            client=self._client,
            options=options,
        )

    async def get_visit(
        self,
        visit_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> GetVisitResponse200 | None:
        """The async form of ``client.appointments.get_visit`` (see its docstring)."""
        from .get_visit import asyncio

        return await asyncio(
            visit_id=visit_id,
            client=self._client,
            options=options,
        )

    async def get_visit_details(
        self,
        location_id: int,
        record_id: int,
        visit_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> GetVisitDetailsResponse200 | None:
        """The async form of ``client.appointments.get_visit_details`` (see its docstring)."""
        from .get_visit_details import asyncio

        return await asyncio(
            location_id=location_id,
            record_id=record_id,
            visit_id=visit_id,
            client=self._client,
            options=options,
        )

    async def get_visit_receipt_pdf(
        self,
        visit_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> File | None:
        """The async form of ``client.appointments.get_visit_receipt_pdf`` (see its docstring)."""
        from .get_visit_receipt_pdf import asyncio

        return await asyncio(
            visit_id=visit_id,
            client=self._client,
            options=options,
        )

    async def leave_comment(
        self,
        location_id: int,
        team_member_id: int,
        *,
        body: LeaveCommentBody,
        options: RequestOptions | None = None,
    ) -> LeaveCommentResponse201 | None:
        """The async form of ``client.appointments.leave_comment`` (see its docstring)."""
        from .leave_comment import asyncio

        return await asyncio(
            location_id=location_id,
            team_member_id=team_member_id,
            body=body,
            client=self._client,
            options=options,
        )

    async def update_appointment(
        self,
        location_id: int,
        record_id: int,
        *,
        body: GroupEventAppointment | StandardAppointment,
        include_consumables: float | Unset = UNSET,
        include_finance_transactions: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> UpdateAppointmentResponse201 | None:
        """The async form of ``client.appointments.update_appointment`` (see its docstring)."""
        from .update_appointment import asyncio

        return await asyncio(
            location_id=location_id,
            record_id=record_id,
            body=body,
            include_consumables=include_consumables,
            include_finance_transactions=include_finance_transactions,
            client=self._client,
            options=options,
        )

    async def update_appointment_attendance(
        self,
        location_id: int,
        record_id: int,
        *,
        body: UpdateAppointmentAttendanceBody,
        options: RequestOptions | None = None,
    ) -> UpdateAppointmentAttendanceResponse200 | None:
        """The async form of ``client.appointments.update_appointment_attendance`` (see its docstring)."""
        from .update_appointment_attendance import asyncio

        return await asyncio(
            location_id=location_id,
            record_id=record_id,
            body=body,
            client=self._client,
            options=options,
        )

    async def update_timetable_client_schedule(
        self,
        location_id: int,
        schedule_id: int,
        client_schedule_id: int,
        *,
        body: UpdateTimetableClientScheduleBody | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> UpdateTimetableClientScheduleResponse200 | None:
        """The async form of ``client.appointments.update_timetable_client_schedule`` (see its docstring)."""
        from .update_timetable_client_schedule import asyncio

        return await asyncio(
            location_id=location_id,
            schedule_id=schedule_id,
            client_schedule_id=client_schedule_id,
            body=body,
            client=self._client,
            options=options,
        )

    async def update_visit(
        self,
        visit_id: int,
        record_id: int,
        *,
        body: UpdateVisitBody,
        options: RequestOptions | None = None,
    ) -> Any:
        """The async form of ``client.appointments.update_visit`` (see its docstring)."""
        from .update_visit import asyncio

        return await asyncio(
            visit_id=visit_id,
            record_id=record_id,
            body=body,
            client=self._client,
            options=options,
        )
