from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_appointment_response_200_client_type_0 import GetAppointmentResponse200ClientType0
    from ..models.get_appointment_response_200_comer_person_info_type_0 import (
        GetAppointmentResponse200ComerPersonInfoType0,
    )
    from ..models.get_appointment_response_200_custom_fields_type_0 import GetAppointmentResponse200CustomFieldsType0
    from ..models.get_appointment_response_200_staff import GetAppointmentResponse200Staff


T = TypeVar("T", bound="GetAppointmentResponse200")


@_attrs_define
class GetAppointmentResponse200:
    """Object with data

    Attributes:
        acceptance_free (bool | None | Unset): Acceptance free flag
        activity_id (int | Unset): Group event ID
        api_id (str | Unset): External appointment ID
        attendance (float | Unset): Appointment status, 2 - User confirmed the appointment, 1 - The user has arrived,
            services have been rendered, 0 - the user is waiting, -1 - the user has not come to visit
        bookform_id (int | Unset): Online Appointment Form ID
        client (GetAppointmentResponse200ClientType0 | None | Unset): Customer data (may be empty)
        clients_count (float | Unset): Number of clients in appointment
        comer (bool | None | Unset): Comer flag
        comer_person_info (GetAppointmentResponse200ComerPersonInfoType0 | None | Unset): Comer person information
        comment (str | Unset): Appointment Comment
        company_id (int | Unset): location ID
        confirmed (float | Unset): Appointment confirmation status, 0 - not confirmed, 1 - confirmed
        consumables (list[Any] | Unset): Consumable Array
        create_date (str | Unset): Session creation date
        created_user_id (int | Unset): ID of the user who created the appointment
        custom_color (str | Unset): Log appointment color
        custom_fields (GetAppointmentResponse200CustomFieldsType0 | list[Any] | Unset): Custom appointment fields
            (object or empty array)
        custom_font_color (str | Unset): (Only when reading) Write font color
        date (str | Unset): Session date
        datetime_ (str | Unset): Session date in ISO
        deleted (bool | Unset): (Read only) Whether the appointment was deleted (true if deleted)
        documents (list[Any] | Unset):
        email_now (float | Unset): Has an email notification been sent?
        email_remain_hours (float | None | Unset): How many hours before the start of the visit to send a reminder email
        finance_transactions (list[Any] | Unset): Array of financial transactions
        from_url (str | Unset): From which page the transition was made to complete the appointment (website, VK
            application, etc.)
        goods_transactions (list[Any] | Unset): Array of commodity transactions
        id (int | Unset): Appointment ID
        is_mobile (float | Unset): Type of device used to register (0 - appointment created by administrator, via web
            version or mobile app for administrators, 1 - Mobile browser, online appointment widget, 2 - Desktop browser,
            online…
        is_remind_sms_sent (bool | Unset): Has reminder SMS been sent
        is_sale_bill_printed (bool | Unset): Is the sales receipt printed?
        is_update_blocked (bool | Unset): Update blocked flag
        last_change_date (str | Unset): The date and time when the appointment was last modified
        length (float | Unset): Appointment duration in seconds. Alias of seance_length. Includes
            technical_break_duration.
        master_request (float | Unset): Indicates whether a specific team member was selected for the appointment. Set
            to false if the "any team member" option was chosen
        notified (float | Unset): Flag for confirmation of the appointment by the location administrator, if the client
            asked to confirm the appointment
        online (bool | Unset): (Read only) Whether the appointment is online or not (false if the appointment was made
            by an administrator)
        paid_full (float | Unset): Flag, whether the appointment is paid in full (1 - if paid in full)
        payment_status (float | str | Unset): Payment status
        prepaid (bool | Unset): Is online payment available
        prepaid_confirmed (bool | Unset): Online payment status
        record_from (str | Unset): Name of online registration form
        record_labels (list[Any] | Unset): Array of appointment categories
        resource_instance_ids (list[Any] | Unset): Resource instance IDs
        review_requested (float | Unset): Flag for requesting visit feedback from the client
        seance_length (float | Unset): Appointment duration in seconds. Includes technical_break_duration. Equal to the
            sum of services plus the technical break.
        services (list[Any] | Unset): Array of objects with services in the appointment
        short_link (str | Unset): Short link to appointment
        sms_before (float | Unset): Whether to send an SMS reminder to the client (if the client is specified)
        sms_now (float | Unset): Did you send SMS when adding an appointment
        sms_now_text (str | Unset): SMS text
        sms_remain_hours (float | None | Unset): How many hours before the start of the visit to send an SMS with a
            reminder
        staff (GetAppointmentResponse200Staff | Unset): team member data object
        staff_id (int | Unset): team member ID
        technical_break_duration (float | Unset): Technical break duration in seconds
        visit_attendance (float | Unset): Visit status, 2 - The user confirmed the appointment, 1 - The user came, the
            services were provided, 0 - the user is waiting, -1 - the user did not come to the visit
        visit_id (int | Unset): Visit ID
    """

    acceptance_free: bool | None | Unset = UNSET
    activity_id: int | Unset = UNSET
    api_id: str | Unset = UNSET
    attendance: float | Unset = UNSET
    bookform_id: int | Unset = UNSET
    client: GetAppointmentResponse200ClientType0 | None | Unset = UNSET
    clients_count: float | Unset = UNSET
    comer: bool | None | Unset = UNSET
    comer_person_info: GetAppointmentResponse200ComerPersonInfoType0 | None | Unset = UNSET
    comment: str | Unset = UNSET
    company_id: int | Unset = UNSET
    confirmed: float | Unset = UNSET
    consumables: list[Any] | Unset = UNSET
    create_date: str | Unset = UNSET
    created_user_id: int | Unset = UNSET
    custom_color: str | Unset = UNSET
    custom_fields: GetAppointmentResponse200CustomFieldsType0 | list[Any] | Unset = UNSET
    custom_font_color: str | Unset = UNSET
    date: str | Unset = UNSET
    datetime_: str | Unset = UNSET
    deleted: bool | Unset = UNSET
    documents: list[Any] | Unset = UNSET
    email_now: float | Unset = UNSET
    email_remain_hours: float | None | Unset = UNSET
    finance_transactions: list[Any] | Unset = UNSET
    from_url: str | Unset = UNSET
    goods_transactions: list[Any] | Unset = UNSET
    id: int | Unset = UNSET
    is_mobile: float | Unset = UNSET
    is_remind_sms_sent: bool | Unset = UNSET
    is_sale_bill_printed: bool | Unset = UNSET
    is_update_blocked: bool | Unset = UNSET
    last_change_date: str | Unset = UNSET
    length: float | Unset = UNSET
    master_request: float | Unset = UNSET
    notified: float | Unset = UNSET
    online: bool | Unset = UNSET
    paid_full: float | Unset = UNSET
    payment_status: float | str | Unset = UNSET
    prepaid: bool | Unset = UNSET
    prepaid_confirmed: bool | Unset = UNSET
    record_from: str | Unset = UNSET
    record_labels: list[Any] | Unset = UNSET
    resource_instance_ids: list[Any] | Unset = UNSET
    review_requested: float | Unset = UNSET
    seance_length: float | Unset = UNSET
    services: list[Any] | Unset = UNSET
    short_link: str | Unset = UNSET
    sms_before: float | Unset = UNSET
    sms_now: float | Unset = UNSET
    sms_now_text: str | Unset = UNSET
    sms_remain_hours: float | None | Unset = UNSET
    staff: GetAppointmentResponse200Staff | Unset = UNSET
    staff_id: int | Unset = UNSET
    technical_break_duration: float | Unset = UNSET
    visit_attendance: float | Unset = UNSET
    visit_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.get_appointment_response_200_client_type_0 import GetAppointmentResponse200ClientType0  # noqa: PLC0415
        from ..models.get_appointment_response_200_comer_person_info_type_0 import (
            GetAppointmentResponse200ComerPersonInfoType0,  # noqa: PLC0415
        )
        from ..models.get_appointment_response_200_custom_fields_type_0 import (
            GetAppointmentResponse200CustomFieldsType0,  # noqa: PLC0415
        )

        acceptance_free: bool | None | Unset
        if isinstance(self.acceptance_free, Unset):
            acceptance_free = UNSET
        else:
            acceptance_free = self.acceptance_free

        activity_id = self.activity_id

        api_id = self.api_id

        attendance = self.attendance

        bookform_id = self.bookform_id

        client: dict[str, Any] | None | Unset
        if isinstance(self.client, Unset):
            client = UNSET
        elif isinstance(self.client, GetAppointmentResponse200ClientType0):
            client = self.client.to_dict()
        else:
            client = self.client

        clients_count = self.clients_count

        comer: bool | None | Unset
        if isinstance(self.comer, Unset):
            comer = UNSET
        else:
            comer = self.comer

        comer_person_info: dict[str, Any] | None | Unset
        if isinstance(self.comer_person_info, Unset):
            comer_person_info = UNSET
        elif isinstance(self.comer_person_info, GetAppointmentResponse200ComerPersonInfoType0):
            comer_person_info = self.comer_person_info.to_dict()
        else:
            comer_person_info = self.comer_person_info

        comment = self.comment

        company_id = self.company_id

        confirmed = self.confirmed

        consumables: list[Any] | Unset = UNSET
        if not isinstance(self.consumables, Unset):
            consumables = self.consumables

        create_date = self.create_date

        created_user_id = self.created_user_id

        custom_color = self.custom_color

        custom_fields: dict[str, Any] | list[Any] | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, GetAppointmentResponse200CustomFieldsType0):
            custom_fields = self.custom_fields.to_dict()
        else:
            custom_fields = self.custom_fields

        custom_font_color = self.custom_font_color

        date = self.date

        datetime_ = self.datetime_

        deleted = self.deleted

        documents: list[Any] | Unset = UNSET
        if not isinstance(self.documents, Unset):
            documents = self.documents

        email_now = self.email_now

        email_remain_hours: float | None | Unset
        if isinstance(self.email_remain_hours, Unset):
            email_remain_hours = UNSET
        else:
            email_remain_hours = self.email_remain_hours

        finance_transactions: list[Any] | Unset = UNSET
        if not isinstance(self.finance_transactions, Unset):
            finance_transactions = self.finance_transactions

        from_url = self.from_url

        goods_transactions: list[Any] | Unset = UNSET
        if not isinstance(self.goods_transactions, Unset):
            goods_transactions = self.goods_transactions

        id = self.id

        is_mobile = self.is_mobile

        is_remind_sms_sent = self.is_remind_sms_sent

        is_sale_bill_printed = self.is_sale_bill_printed

        is_update_blocked = self.is_update_blocked

        last_change_date = self.last_change_date

        length = self.length

        master_request = self.master_request

        notified = self.notified

        online = self.online

        paid_full = self.paid_full

        payment_status: float | str | Unset
        if isinstance(self.payment_status, Unset):
            payment_status = UNSET
        else:
            payment_status = self.payment_status

        prepaid = self.prepaid

        prepaid_confirmed = self.prepaid_confirmed

        record_from = self.record_from

        record_labels: list[Any] | Unset = UNSET
        if not isinstance(self.record_labels, Unset):
            record_labels = self.record_labels

        resource_instance_ids: list[Any] | Unset = UNSET
        if not isinstance(self.resource_instance_ids, Unset):
            resource_instance_ids = self.resource_instance_ids

        review_requested = self.review_requested

        seance_length = self.seance_length

        services: list[Any] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = self.services

        short_link = self.short_link

        sms_before = self.sms_before

        sms_now = self.sms_now

        sms_now_text = self.sms_now_text

        sms_remain_hours: float | None | Unset
        if isinstance(self.sms_remain_hours, Unset):
            sms_remain_hours = UNSET
        else:
            sms_remain_hours = self.sms_remain_hours

        staff: dict[str, Any] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = self.staff.to_dict()

        staff_id = self.staff_id

        technical_break_duration = self.technical_break_duration

        visit_attendance = self.visit_attendance

        visit_id = self.visit_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if acceptance_free is not UNSET:
            field_dict["acceptance_free"] = acceptance_free
        if activity_id is not UNSET:
            field_dict["activity_id"] = activity_id
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if attendance is not UNSET:
            field_dict["attendance"] = attendance
        if bookform_id is not UNSET:
            field_dict["bookform_id"] = bookform_id
        if client is not UNSET:
            field_dict["client"] = client
        if clients_count is not UNSET:
            field_dict["clients_count"] = clients_count
        if comer is not UNSET:
            field_dict["comer"] = comer
        if comer_person_info is not UNSET:
            field_dict["comer_person_info"] = comer_person_info
        if comment is not UNSET:
            field_dict["comment"] = comment
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if confirmed is not UNSET:
            field_dict["confirmed"] = confirmed
        if consumables is not UNSET:
            field_dict["consumables"] = consumables
        if create_date is not UNSET:
            field_dict["create_date"] = create_date
        if created_user_id is not UNSET:
            field_dict["created_user_id"] = created_user_id
        if custom_color is not UNSET:
            field_dict["custom_color"] = custom_color
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if custom_font_color is not UNSET:
            field_dict["custom_font_color"] = custom_font_color
        if date is not UNSET:
            field_dict["date"] = date
        if datetime_ is not UNSET:
            field_dict["datetime"] = datetime_
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if documents is not UNSET:
            field_dict["documents"] = documents
        if email_now is not UNSET:
            field_dict["email_now"] = email_now
        if email_remain_hours is not UNSET:
            field_dict["email_remain_hours"] = email_remain_hours
        if finance_transactions is not UNSET:
            field_dict["finance_transactions"] = finance_transactions
        if from_url is not UNSET:
            field_dict["from_url"] = from_url
        if goods_transactions is not UNSET:
            field_dict["goods_transactions"] = goods_transactions
        if id is not UNSET:
            field_dict["id"] = id
        if is_mobile is not UNSET:
            field_dict["is_mobile"] = is_mobile
        if is_remind_sms_sent is not UNSET:
            field_dict["is_remind_sms_sent"] = is_remind_sms_sent
        if is_sale_bill_printed is not UNSET:
            field_dict["is_sale_bill_printed"] = is_sale_bill_printed
        if is_update_blocked is not UNSET:
            field_dict["is_update_blocked"] = is_update_blocked
        if last_change_date is not UNSET:
            field_dict["last_change_date"] = last_change_date
        if length is not UNSET:
            field_dict["length"] = length
        if master_request is not UNSET:
            field_dict["master_request"] = master_request
        if notified is not UNSET:
            field_dict["notified"] = notified
        if online is not UNSET:
            field_dict["online"] = online
        if paid_full is not UNSET:
            field_dict["paid_full"] = paid_full
        if payment_status is not UNSET:
            field_dict["payment_status"] = payment_status
        if prepaid is not UNSET:
            field_dict["prepaid"] = prepaid
        if prepaid_confirmed is not UNSET:
            field_dict["prepaid_confirmed"] = prepaid_confirmed
        if record_from is not UNSET:
            field_dict["record_from"] = record_from
        if record_labels is not UNSET:
            field_dict["record_labels"] = record_labels
        if resource_instance_ids is not UNSET:
            field_dict["resource_instance_ids"] = resource_instance_ids
        if review_requested is not UNSET:
            field_dict["review_requested"] = review_requested
        if seance_length is not UNSET:
            field_dict["seance_length"] = seance_length
        if services is not UNSET:
            field_dict["services"] = services
        if short_link is not UNSET:
            field_dict["short_link"] = short_link
        if sms_before is not UNSET:
            field_dict["sms_before"] = sms_before
        if sms_now is not UNSET:
            field_dict["sms_now"] = sms_now
        if sms_now_text is not UNSET:
            field_dict["sms_now_text"] = sms_now_text
        if sms_remain_hours is not UNSET:
            field_dict["sms_remain_hours"] = sms_remain_hours
        if staff is not UNSET:
            field_dict["staff"] = staff
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if technical_break_duration is not UNSET:
            field_dict["technical_break_duration"] = technical_break_duration
        if visit_attendance is not UNSET:
            field_dict["visit_attendance"] = visit_attendance
        if visit_id is not UNSET:
            field_dict["visit_id"] = visit_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_appointment_response_200_client_type_0 import GetAppointmentResponse200ClientType0  # noqa: PLC0415
        from ..models.get_appointment_response_200_comer_person_info_type_0 import (
            GetAppointmentResponse200ComerPersonInfoType0,  # noqa: PLC0415
        )
        from ..models.get_appointment_response_200_custom_fields_type_0 import (
            GetAppointmentResponse200CustomFieldsType0,  # noqa: PLC0415
        )
        from ..models.get_appointment_response_200_staff import GetAppointmentResponse200Staff  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_acceptance_free(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        acceptance_free = _parse_acceptance_free(d.pop("acceptance_free", UNSET))

        activity_id = d.pop("activity_id", UNSET)

        api_id = d.pop("api_id", UNSET)

        attendance = d.pop("attendance", UNSET)

        bookform_id = d.pop("bookform_id", UNSET)

        def _parse_client(data: object) -> GetAppointmentResponse200ClientType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                client_type_0 = GetAppointmentResponse200ClientType0.from_dict(data)

                return client_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetAppointmentResponse200ClientType0 | None | Unset, data)

        client = _parse_client(d.pop("client", UNSET))

        clients_count = d.pop("clients_count", UNSET)

        def _parse_comer(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        comer = _parse_comer(d.pop("comer", UNSET))

        def _parse_comer_person_info(data: object) -> GetAppointmentResponse200ComerPersonInfoType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                comer_person_info_type_0 = GetAppointmentResponse200ComerPersonInfoType0.from_dict(data)

                return comer_person_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetAppointmentResponse200ComerPersonInfoType0 | None | Unset, data)

        comer_person_info = _parse_comer_person_info(d.pop("comer_person_info", UNSET))

        comment = d.pop("comment", UNSET)

        company_id = d.pop("company_id", UNSET)

        confirmed = d.pop("confirmed", UNSET)

        consumables = cast(list[Any], d.pop("consumables", UNSET))

        create_date = d.pop("create_date", UNSET)

        created_user_id = d.pop("created_user_id", UNSET)

        custom_color = d.pop("custom_color", UNSET)

        def _parse_custom_fields(data: object) -> GetAppointmentResponse200CustomFieldsType0 | list[Any] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_fields_type_0 = GetAppointmentResponse200CustomFieldsType0.from_dict(data)

                return custom_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            custom_fields_type_1 = cast(list[Any], data)

            return custom_fields_type_1

        custom_fields = _parse_custom_fields(d.pop("custom_fields", UNSET))

        custom_font_color = d.pop("custom_font_color", UNSET)

        date = d.pop("date", UNSET)

        datetime_ = d.pop("datetime", UNSET)

        deleted = d.pop("deleted", UNSET)

        documents = cast(list[Any], d.pop("documents", UNSET))

        email_now = d.pop("email_now", UNSET)

        def _parse_email_remain_hours(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        email_remain_hours = _parse_email_remain_hours(d.pop("email_remain_hours", UNSET))

        finance_transactions = cast(list[Any], d.pop("finance_transactions", UNSET))

        from_url = d.pop("from_url", UNSET)

        goods_transactions = cast(list[Any], d.pop("goods_transactions", UNSET))

        id = d.pop("id", UNSET)

        is_mobile = d.pop("is_mobile", UNSET)

        is_remind_sms_sent = d.pop("is_remind_sms_sent", UNSET)

        is_sale_bill_printed = d.pop("is_sale_bill_printed", UNSET)

        is_update_blocked = d.pop("is_update_blocked", UNSET)

        last_change_date = d.pop("last_change_date", UNSET)

        length = d.pop("length", UNSET)

        master_request = d.pop("master_request", UNSET)

        notified = d.pop("notified", UNSET)

        online = d.pop("online", UNSET)

        paid_full = d.pop("paid_full", UNSET)

        def _parse_payment_status(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        payment_status = _parse_payment_status(d.pop("payment_status", UNSET))

        prepaid = d.pop("prepaid", UNSET)

        prepaid_confirmed = d.pop("prepaid_confirmed", UNSET)

        record_from = d.pop("record_from", UNSET)

        record_labels = cast(list[Any], d.pop("record_labels", UNSET))

        resource_instance_ids = cast(list[Any], d.pop("resource_instance_ids", UNSET))

        review_requested = d.pop("review_requested", UNSET)

        seance_length = d.pop("seance_length", UNSET)

        services = cast(list[Any], d.pop("services", UNSET))

        short_link = d.pop("short_link", UNSET)

        sms_before = d.pop("sms_before", UNSET)

        sms_now = d.pop("sms_now", UNSET)

        sms_now_text = d.pop("sms_now_text", UNSET)

        def _parse_sms_remain_hours(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        sms_remain_hours = _parse_sms_remain_hours(d.pop("sms_remain_hours", UNSET))

        _staff = d.pop("staff", UNSET)
        staff: GetAppointmentResponse200Staff | Unset
        if isinstance(_staff, Unset):
            staff = UNSET
        else:
            staff = GetAppointmentResponse200Staff.from_dict(_staff)

        staff_id = d.pop("staff_id", UNSET)

        technical_break_duration = d.pop("technical_break_duration", UNSET)

        visit_attendance = d.pop("visit_attendance", UNSET)

        visit_id = d.pop("visit_id", UNSET)

        get_appointment_response_200 = cls(
            acceptance_free=acceptance_free,
            activity_id=activity_id,
            api_id=api_id,
            attendance=attendance,
            bookform_id=bookform_id,
            client=client,
            clients_count=clients_count,
            comer=comer,
            comer_person_info=comer_person_info,
            comment=comment,
            company_id=company_id,
            confirmed=confirmed,
            consumables=consumables,
            create_date=create_date,
            created_user_id=created_user_id,
            custom_color=custom_color,
            custom_fields=custom_fields,
            custom_font_color=custom_font_color,
            date=date,
            datetime_=datetime_,
            deleted=deleted,
            documents=documents,
            email_now=email_now,
            email_remain_hours=email_remain_hours,
            finance_transactions=finance_transactions,
            from_url=from_url,
            goods_transactions=goods_transactions,
            id=id,
            is_mobile=is_mobile,
            is_remind_sms_sent=is_remind_sms_sent,
            is_sale_bill_printed=is_sale_bill_printed,
            is_update_blocked=is_update_blocked,
            last_change_date=last_change_date,
            length=length,
            master_request=master_request,
            notified=notified,
            online=online,
            paid_full=paid_full,
            payment_status=payment_status,
            prepaid=prepaid,
            prepaid_confirmed=prepaid_confirmed,
            record_from=record_from,
            record_labels=record_labels,
            resource_instance_ids=resource_instance_ids,
            review_requested=review_requested,
            seance_length=seance_length,
            services=services,
            short_link=short_link,
            sms_before=sms_before,
            sms_now=sms_now,
            sms_now_text=sms_now_text,
            sms_remain_hours=sms_remain_hours,
            staff=staff,
            staff_id=staff_id,
            technical_break_duration=technical_break_duration,
            visit_attendance=visit_attendance,
            visit_id=visit_id,
        )

        get_appointment_response_200.additional_properties = d
        return get_appointment_response_200

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
