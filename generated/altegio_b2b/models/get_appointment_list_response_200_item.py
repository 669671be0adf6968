from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._runtime import fields as _fields
from .._runtime.errors import FieldError as _FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_appointment_list_response_200_item_client_type_0 import (
        GetAppointmentListResponse200ItemClientType0,
    )
    from ..models.get_appointment_list_response_200_item_consumables_item import (
        GetAppointmentListResponse200ItemConsumablesItem,
    )
    from ..models.get_appointment_list_response_200_item_custom_fields_type_0 import (
        GetAppointmentListResponse200ItemCustomFieldsType0,
    )
    from ..models.get_appointment_list_response_200_item_documents_item import (
        GetAppointmentListResponse200ItemDocumentsItem,
    )
    from ..models.get_appointment_list_response_200_item_finance_transactions_item import (
        GetAppointmentListResponse200ItemFinanceTransactionsItem,
    )
    from ..models.get_appointment_list_response_200_item_goods_transactions_item import (
        GetAppointmentListResponse200ItemGoodsTransactionsItem,
    )
    from ..models.get_appointment_list_response_200_item_record_labels_item import (
        GetAppointmentListResponse200ItemRecordLabelsItem,
    )
    from ..models.get_appointment_list_response_200_item_services_item import (
        GetAppointmentListResponse200ItemServicesItem,
    )
    from ..models.get_appointment_list_response_200_item_staff import GetAppointmentListResponse200ItemStaff


T = TypeVar("T", bound="GetAppointmentListResponse200Item")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "company_id",
        "staff_id",
        "services",
        "goods_transactions",
        "staff",
        "client",
        "date",
        "datetime",
        "create_date",
        "comment",
        "online",
        "visit_attendance",
        "attendance",
        "confirmed",
        "seance_length",
        "length",
        "sms_before",
        "sms_now",
        "sms_now_text",
        "email_now",
        "notified",
        "master_request",
        "api_id",
        "from_url",
        "review_requested",
        "is_remind_sms_sent",
        "visit_id",
        "created_user_id",
        "deleted",
        "paid_full",
        "prepaid",
        "prepaid_confirmed",
        "last_change_date",
        "custom_color",
        "custom_font_color",
        "record_labels",
        "activity_id",
        "custom_fields",
        "documents",
        "sms_remain_hours",
        "email_remain_hours",
        "bookform_id",
        "record_from",
        "is_mobile",
        "is_sale_bill_printed",
        "consumables",
        "finance_transactions",
        "acceptance_free",
        "clients_count",
        "comer",
        "is_update_blocked",
        "payment_status",
        "resource_instance_ids",
        "short_link",
        "technical_break_duration",
    }
)
_EXTRA = _fields.ANY
_KIND_services = _fields.ListOf(_fields.Model("GetAppointmentListResponse200ItemServicesItem"))
_KIND_goods_transactions = _fields.ListOf(_fields.Model("GetAppointmentListResponse200ItemGoodsTransactionsItem"))
_KIND_client = _fields.OneOf(
    _fields.Model("GetAppointmentListResponse200ItemClientType0"),
    _fields.NULL,
)
_KIND_record_labels = _fields.ListOf(_fields.Model("GetAppointmentListResponse200ItemRecordLabelsItem"))
_KIND_custom_fields = _fields.OneOf(
    _fields.Model("GetAppointmentListResponse200ItemCustomFieldsType0"),
    _fields.ListOf(_fields.ANY),
)
_KIND_documents = _fields.ListOf(_fields.Model("GetAppointmentListResponse200ItemDocumentsItem"))
_KIND_sms_remain_hours = _fields.OneOf(
    _fields.NUMBER,
    _fields.NULL,
)
_KIND_email_remain_hours = _fields.OneOf(
    _fields.NUMBER,
    _fields.NULL,
)
_KIND_consumables = _fields.ListOf(_fields.Model("GetAppointmentListResponse200ItemConsumablesItem"))
_KIND_finance_transactions = _fields.ListOf(_fields.Model("GetAppointmentListResponse200ItemFinanceTransactionsItem"))
_KIND_payment_status = _fields.OneOf(
    _fields.STRING,
    _fields.NUMBER,
)
_KIND_resource_instance_ids = _fields.ListOf(_fields.NUMBER)


@_attrs_define
class GetAppointmentListResponse200Item:
    """
    Attributes:
        id (int | Unset): Appointment ID
        company_id (int | Unset): location ID
        staff_id (int | Unset): team member ID
        services (list[GetAppointmentListResponse200ItemServicesItem] | Unset): Array of objects with services in the
            appointment
        goods_transactions (list[GetAppointmentListResponse200ItemGoodsTransactionsItem] | Unset): Array of commodity
            transactions
        staff (GetAppointmentListResponse200ItemStaff | Unset): team member data object
        client (GetAppointmentListResponse200ItemClientType0 | None | Unset): Customer data (may be empty)
        date (datetime.datetime | Unset): Session date
        datetime_ (datetime.datetime | Unset): Session date in ISO
        create_date (datetime.datetime | Unset): Session creation date
        comment (str | Unset): Appointment Comment
        online (bool | Unset): (Read only) Whether the appointment is online or not (false if the appointment was made
            by an administrator)
        visit_attendance (float | Unset): Visit status, 2 - The user confirmed the appointment, 1 - The user came, the
            services were provided, 0 - the user is waiting, -1 - the user did not come to the visit
        attendance (float | Unset): Appointment status, 2 - User confirmed the appointment, 1 - The user has arrived,
            services have been rendered, 0 - the user is waiting, -1 - the user has not come to visit
        confirmed (float | Unset): Appointment confirmation status, 0 - not confirmed, 1 - confirmed
        seance_length (float | Unset): Appointment duration in seconds. Includes technical_break_duration. Equal to the
            sum of services plus the technical break.
        length (float | Unset): Appointment duration in seconds. Alias of seance_length. Includes
            technical_break_duration.
        sms_before (float | Unset): Whether to send an SMS reminder to the client (if the client is specified)
        sms_now (float | Unset): Did you send SMS when adding an appointment
        sms_now_text (str | Unset): SMS text
        email_now (float | Unset): Has an email notification been sent?
        notified (float | Unset): Flag for confirmation of the appointment by the location administrator, if the client
            asked to confirm the appointment
        master_request (float | Unset): Indicates whether a specific team member was selected for the appointment. Set
            to false if the "any team member" option was chosen
        api_id (str | Unset): External appointment ID
        from_url (str | Unset): From which page the transition was made to complete the appointment (website, VK
            application, etc.)
        review_requested (float | Unset): Flag for requesting visit feedback from the client
        is_remind_sms_sent (bool | Unset): Has reminder SMS been sent
        visit_id (int | Unset): Visit ID
        created_user_id (int | Unset): ID of the user who created the appointment
        deleted (bool | Unset): (Read only) Whether the appointment was deleted (true if deleted)
        paid_full (float | Unset): Flag, whether the appointment is paid in full (1 - if paid in full)
        prepaid (bool | Unset): Is online payment available
        prepaid_confirmed (bool | Unset): Online payment status
        last_change_date (datetime.datetime | Unset): The date and time when the appointment was last modified
        custom_color (str | Unset): Log appointment color
        custom_font_color (str | Unset): (Only when reading) Write font color
        record_labels (list[GetAppointmentListResponse200ItemRecordLabelsItem] | Unset): Post categories
        activity_id (int | Unset): Group event ID
        custom_fields (GetAppointmentListResponse200ItemCustomFieldsType0 | list[Any] | Unset): Custom fields (object or
            empty array)
        documents (list[GetAppointmentListResponse200ItemDocumentsItem] | Unset): Array of documents
        sms_remain_hours (float | None | Unset): How many hours before the start of the visit to send an SMS with a
            reminder
        email_remain_hours (float | None | Unset): How many hours before the start of the visit to send a reminder email
        bookform_id (int | Unset): Online Appointment Form ID
        record_from (str | Unset): Name of online registration form
        is_mobile (float | Unset): Type of device used to register (0 - appointment created by administrator, via web
            version or mobile app for administrators, 1 - Mobile browser, online appointment widget, 2 - Desktop browser,
            online appointment widget)
        is_sale_bill_printed (bool | Unset): Is the sales receipt printed?
        consumables (list[GetAppointmentListResponse200ItemConsumablesItem] | Unset): Consumable Array
        finance_transactions (list[GetAppointmentListResponse200ItemFinanceTransactionsItem] | Unset): Array of
            financial transactions
        acceptance_free (bool | None | Unset): Acceptance free flag
        clients_count (float | Unset): Number of clients in appointment
        comer (bool | None | Unset): Comer flag
        is_update_blocked (bool | Unset): Update blocked flag
        payment_status (float | str | Unset): Payment status
        resource_instance_ids (list[float] | Unset): Resource instance IDs
        short_link (str | Unset): Short link to appointment
        technical_break_duration (float | Unset): Technical break duration in seconds
    """

    id: int | Unset = UNSET
    company_id: int | Unset = UNSET
    staff_id: int | Unset = UNSET
    services: list[GetAppointmentListResponse200ItemServicesItem] | Unset = UNSET
    goods_transactions: list[GetAppointmentListResponse200ItemGoodsTransactionsItem] | Unset = UNSET
    staff: GetAppointmentListResponse200ItemStaff | Unset = UNSET
    client: GetAppointmentListResponse200ItemClientType0 | None | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    datetime_: datetime.datetime | Unset = UNSET
    create_date: datetime.datetime | Unset = UNSET
    comment: str | Unset = UNSET
    online: bool | Unset = UNSET
    visit_attendance: float | Unset = UNSET
    attendance: float | Unset = UNSET
    confirmed: float | Unset = UNSET
    seance_length: float | Unset = UNSET
    length: float | Unset = UNSET
    sms_before: float | Unset = UNSET
    sms_now: float | Unset = UNSET
    sms_now_text: str | Unset = UNSET
    email_now: float | Unset = UNSET
    notified: float | Unset = UNSET
    master_request: float | Unset = UNSET
    api_id: str | Unset = UNSET
    from_url: str | Unset = UNSET
    review_requested: float | Unset = UNSET
    is_remind_sms_sent: bool | Unset = UNSET
    visit_id: int | Unset = UNSET
    created_user_id: int | Unset = UNSET
    deleted: bool | Unset = UNSET
    paid_full: float | Unset = UNSET
    prepaid: bool | Unset = UNSET
    prepaid_confirmed: bool | Unset = UNSET
    last_change_date: datetime.datetime | Unset = UNSET
    custom_color: str | Unset = UNSET
    custom_font_color: str | Unset = UNSET
    record_labels: list[GetAppointmentListResponse200ItemRecordLabelsItem] | Unset = UNSET
    activity_id: int | Unset = UNSET
    custom_fields: GetAppointmentListResponse200ItemCustomFieldsType0 | list[Any] | Unset = UNSET
    documents: list[GetAppointmentListResponse200ItemDocumentsItem] | Unset = UNSET
    sms_remain_hours: float | None | Unset = UNSET
    email_remain_hours: float | None | Unset = UNSET
    bookform_id: int | Unset = UNSET
    record_from: str | Unset = UNSET
    is_mobile: float | Unset = UNSET
    is_sale_bill_printed: bool | Unset = UNSET
    consumables: list[GetAppointmentListResponse200ItemConsumablesItem] | Unset = UNSET
    finance_transactions: list[GetAppointmentListResponse200ItemFinanceTransactionsItem] | Unset = UNSET
    acceptance_free: bool | None | Unset = UNSET
    clients_count: float | Unset = UNSET
    comer: bool | None | Unset = UNSET
    is_update_blocked: bool | Unset = UNSET
    payment_status: float | str | Unset = UNSET
    resource_instance_ids: list[float] | Unset = UNSET
    short_link: str | Unset = UNSET
    technical_break_duration: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        company_id = self.company_id
        if type(company_id) is not int and company_id is not UNSET:
            company_id = _fields.write_integer(company_id, "company_id")
        if company_id is not UNSET:
            field_dict["company_id"] = company_id

        staff_id = self.staff_id
        if type(staff_id) is not int and staff_id is not UNSET:
            staff_id = _fields.write_integer(staff_id, "staff_id")
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id

        services = self.services
        if services is not UNSET:
            field_dict["services"] = _KIND_services.write_field(services, "services")

        goods_transactions = self.goods_transactions
        if goods_transactions is not UNSET:
            field_dict["goods_transactions"] = _KIND_goods_transactions.write_field(
                goods_transactions, "goods_transactions"
            )

        staff = self.staff
        if staff is not UNSET:
            field_dict["staff"] = _fields.write_model(staff, _models.GetAppointmentListResponse200ItemStaff, "staff")

        client = self.client
        if client is not UNSET:
            field_dict["client"] = _KIND_client.write_field(client, "client")

        date = self.date
        if date is not UNSET:
            field_dict["date"] = _fields.write_datetime(date, "date")

        datetime_ = self.datetime_
        if datetime_ is not UNSET:
            field_dict["datetime"] = _fields.write_datetime(datetime_, "datetime_")

        create_date = self.create_date
        if create_date is not UNSET:
            field_dict["create_date"] = _fields.write_datetime(create_date, "create_date")

        comment = self.comment
        if type(comment) is not str and comment is not UNSET:
            comment = _fields.write_string(comment, "comment")
        if comment is not UNSET:
            field_dict["comment"] = comment

        online = self.online
        if type(online) is not bool and online is not UNSET:
            online = _fields.write_boolean(online, "online")
        if online is not UNSET:
            field_dict["online"] = online

        visit_attendance = self.visit_attendance
        if visit_attendance is not UNSET:
            field_dict["visit_attendance"] = _fields.write_number(visit_attendance, "visit_attendance")

        attendance = self.attendance
        if attendance is not UNSET:
            field_dict["attendance"] = _fields.write_number(attendance, "attendance")

        confirmed = self.confirmed
        if confirmed is not UNSET:
            field_dict["confirmed"] = _fields.write_number(confirmed, "confirmed")

        seance_length = self.seance_length
        if seance_length is not UNSET:
            field_dict["seance_length"] = _fields.write_number(seance_length, "seance_length")

        length = self.length
        if length is not UNSET:
            field_dict["length"] = _fields.write_number(length, "length")

        sms_before = self.sms_before
        if sms_before is not UNSET:
            field_dict["sms_before"] = _fields.write_number(sms_before, "sms_before")

        sms_now = self.sms_now
        if sms_now is not UNSET:
            field_dict["sms_now"] = _fields.write_number(sms_now, "sms_now")

        sms_now_text = self.sms_now_text
        if type(sms_now_text) is not str and sms_now_text is not UNSET:
            sms_now_text = _fields.write_string(sms_now_text, "sms_now_text")
        if sms_now_text is not UNSET:
            field_dict["sms_now_text"] = sms_now_text

        email_now = self.email_now
        if email_now is not UNSET:
            field_dict["email_now"] = _fields.write_number(email_now, "email_now")

        notified = self.notified
        if notified is not UNSET:
            field_dict["notified"] = _fields.write_number(notified, "notified")

        master_request = self.master_request
        if master_request is not UNSET:
            field_dict["master_request"] = _fields.write_number(master_request, "master_request")

        api_id = self.api_id
        if type(api_id) is not str and api_id is not UNSET:
            api_id = _fields.write_string(api_id, "api_id")
        if api_id is not UNSET:
            field_dict["api_id"] = api_id

        from_url = self.from_url
        if type(from_url) is not str and from_url is not UNSET:
            from_url = _fields.write_string(from_url, "from_url")
        if from_url is not UNSET:
            field_dict["from_url"] = from_url

        review_requested = self.review_requested
        if review_requested is not UNSET:
            field_dict["review_requested"] = _fields.write_number(review_requested, "review_requested")

        is_remind_sms_sent = self.is_remind_sms_sent
        if type(is_remind_sms_sent) is not bool and is_remind_sms_sent is not UNSET:
            is_remind_sms_sent = _fields.write_boolean(is_remind_sms_sent, "is_remind_sms_sent")
        if is_remind_sms_sent is not UNSET:
            field_dict["is_remind_sms_sent"] = is_remind_sms_sent

        visit_id = self.visit_id
        if type(visit_id) is not int and visit_id is not UNSET:
            visit_id = _fields.write_integer(visit_id, "visit_id")
        if visit_id is not UNSET:
            field_dict["visit_id"] = visit_id

        created_user_id = self.created_user_id
        if type(created_user_id) is not int and created_user_id is not UNSET:
            created_user_id = _fields.write_integer(created_user_id, "created_user_id")
        if created_user_id is not UNSET:
            field_dict["created_user_id"] = created_user_id

        deleted = self.deleted
        if type(deleted) is not bool and deleted is not UNSET:
            deleted = _fields.write_boolean(deleted, "deleted")
        if deleted is not UNSET:
            field_dict["deleted"] = deleted

        paid_full = self.paid_full
        if paid_full is not UNSET:
            field_dict["paid_full"] = _fields.write_number(paid_full, "paid_full")

        prepaid = self.prepaid
        if type(prepaid) is not bool and prepaid is not UNSET:
            prepaid = _fields.write_boolean(prepaid, "prepaid")
        if prepaid is not UNSET:
            field_dict["prepaid"] = prepaid

        prepaid_confirmed = self.prepaid_confirmed
        if type(prepaid_confirmed) is not bool and prepaid_confirmed is not UNSET:
            prepaid_confirmed = _fields.write_boolean(prepaid_confirmed, "prepaid_confirmed")
        if prepaid_confirmed is not UNSET:
            field_dict["prepaid_confirmed"] = prepaid_confirmed

        last_change_date = self.last_change_date
        if last_change_date is not UNSET:
            field_dict["last_change_date"] = _fields.write_datetime(last_change_date, "last_change_date")

        custom_color = self.custom_color
        if type(custom_color) is not str and custom_color is not UNSET:
            custom_color = _fields.write_string(custom_color, "custom_color")
        if custom_color is not UNSET:
            field_dict["custom_color"] = custom_color

        custom_font_color = self.custom_font_color
        if type(custom_font_color) is not str and custom_font_color is not UNSET:
            custom_font_color = _fields.write_string(custom_font_color, "custom_font_color")
        if custom_font_color is not UNSET:
            field_dict["custom_font_color"] = custom_font_color

        record_labels = self.record_labels
        if record_labels is not UNSET:
            field_dict["record_labels"] = _KIND_record_labels.write_field(record_labels, "record_labels")

        activity_id = self.activity_id
        if type(activity_id) is not int and activity_id is not UNSET:
            activity_id = _fields.write_integer(activity_id, "activity_id")
        if activity_id is not UNSET:
            field_dict["activity_id"] = activity_id

        custom_fields = self.custom_fields
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = _KIND_custom_fields.write_field(custom_fields, "custom_fields")

        documents = self.documents
        if documents is not UNSET:
            field_dict["documents"] = _KIND_documents.write_field(documents, "documents")

        sms_remain_hours = self.sms_remain_hours
        if sms_remain_hours is not UNSET:
            field_dict["sms_remain_hours"] = _KIND_sms_remain_hours.write_field(sms_remain_hours, "sms_remain_hours")

        email_remain_hours = self.email_remain_hours
        if email_remain_hours is not UNSET:
            field_dict["email_remain_hours"] = _KIND_email_remain_hours.write_field(
                email_remain_hours, "email_remain_hours"
            )

        bookform_id = self.bookform_id
        if type(bookform_id) is not int and bookform_id is not UNSET:
            bookform_id = _fields.write_integer(bookform_id, "bookform_id")
        if bookform_id is not UNSET:
            field_dict["bookform_id"] = bookform_id

        record_from = self.record_from
        if type(record_from) is not str and record_from is not UNSET:
            record_from = _fields.write_string(record_from, "record_from")
        if record_from is not UNSET:
            field_dict["record_from"] = record_from

        is_mobile = self.is_mobile
        if is_mobile is not UNSET:
            field_dict["is_mobile"] = _fields.write_number(is_mobile, "is_mobile")

        is_sale_bill_printed = self.is_sale_bill_printed
        if type(is_sale_bill_printed) is not bool and is_sale_bill_printed is not UNSET:
            is_sale_bill_printed = _fields.write_boolean(is_sale_bill_printed, "is_sale_bill_printed")
        if is_sale_bill_printed is not UNSET:
            field_dict["is_sale_bill_printed"] = is_sale_bill_printed

        consumables = self.consumables
        if consumables is not UNSET:
            field_dict["consumables"] = _KIND_consumables.write_field(consumables, "consumables")

        finance_transactions = self.finance_transactions
        if finance_transactions is not UNSET:
            field_dict["finance_transactions"] = _KIND_finance_transactions.write_field(
                finance_transactions, "finance_transactions"
            )

        acceptance_free = self.acceptance_free
        if type(acceptance_free) is not bool and acceptance_free is not UNSET and acceptance_free is not None:
            acceptance_free = _fields.write_boolean(acceptance_free, "acceptance_free")
        if acceptance_free is not UNSET:
            field_dict["acceptance_free"] = acceptance_free

        clients_count = self.clients_count
        if clients_count is not UNSET:
            field_dict["clients_count"] = _fields.write_number(clients_count, "clients_count")

        comer = self.comer
        if type(comer) is not bool and comer is not UNSET and comer is not None:
            comer = _fields.write_boolean(comer, "comer")
        if comer is not UNSET:
            field_dict["comer"] = comer

        is_update_blocked = self.is_update_blocked
        if type(is_update_blocked) is not bool and is_update_blocked is not UNSET:
            is_update_blocked = _fields.write_boolean(is_update_blocked, "is_update_blocked")
        if is_update_blocked is not UNSET:
            field_dict["is_update_blocked"] = is_update_blocked

        payment_status = self.payment_status
        if payment_status is not UNSET:
            field_dict["payment_status"] = _KIND_payment_status.write_field(payment_status, "payment_status")

        resource_instance_ids = self.resource_instance_ids
        if resource_instance_ids is not UNSET:
            field_dict["resource_instance_ids"] = _KIND_resource_instance_ids.write_field(
                resource_instance_ids, "resource_instance_ids"
            )

        short_link = self.short_link
        if type(short_link) is not str and short_link is not UNSET:
            short_link = _fields.write_string(short_link, "short_link")
        if short_link is not UNSET:
            field_dict["short_link"] = short_link

        technical_break_duration = self.technical_break_duration
        if technical_break_duration is not UNSET:
            field_dict["technical_break_duration"] = _fields.write_number(
                technical_break_duration, "technical_break_duration"
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _fields.read_integer(id, "id")

        company_id = _get("company_id", UNSET)
        if type(company_id) is not int and company_id is not UNSET:
            company_id = _fields.read_integer(company_id, "company_id")

        staff_id = _get("staff_id", UNSET)
        if type(staff_id) is not int and staff_id is not UNSET:
            staff_id = _fields.read_integer(staff_id, "staff_id")

        services = _get("services", UNSET)
        if services is not UNSET:
            services = _KIND_services.read_field(services, "services")

        goods_transactions = _get("goods_transactions", UNSET)
        if goods_transactions is not UNSET:
            goods_transactions = _KIND_goods_transactions.read_field(goods_transactions, "goods_transactions")

        staff = _get("staff", UNSET)
        if staff is not UNSET:
            try:
                staff = _models.GetAppointmentListResponse200ItemStaff.from_dict(staff)
            except _FieldError as _error:
                raise _error.within("staff")

        client = _get("client", UNSET)
        if client is not UNSET and client is not None:
            try:
                client = _models.GetAppointmentListResponse200ItemClientType0.from_dict(client)
            except _FieldError as _error:
                raise _error.within("client")

        date = _get("date", UNSET)
        if date is not UNSET:
            try:
                date = _fields.datetime_fromisoformat(date)
            except (TypeError, ValueError):
                date = _fields.read_datetime(date, "date")

        datetime_ = _get("datetime", UNSET)
        if datetime_ is not UNSET:
            try:
                datetime_ = _fields.datetime_fromisoformat(datetime_)
            except (TypeError, ValueError):
                datetime_ = _fields.read_datetime(datetime_, "datetime")

        create_date = _get("create_date", UNSET)
        if create_date is not UNSET:
            try:
                create_date = _fields.datetime_fromisoformat(create_date)
            except (TypeError, ValueError):
                create_date = _fields.read_datetime(create_date, "create_date")

        comment = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = _fields.read_string(comment, "comment")

        online = _get("online", UNSET)
        if type(online) is not bool and online is not UNSET:
            online = _fields.read_boolean(online, "online")

        visit_attendance = _get("visit_attendance", UNSET)
        if type(visit_attendance) is not float and type(visit_attendance) is not int and visit_attendance is not UNSET:
            visit_attendance = _fields.read_number(visit_attendance, "visit_attendance")

        attendance = _get("attendance", UNSET)
        if type(attendance) is not float and type(attendance) is not int and attendance is not UNSET:
            attendance = _fields.read_number(attendance, "attendance")

        confirmed = _get("confirmed", UNSET)
        if type(confirmed) is not float and type(confirmed) is not int and confirmed is not UNSET:
            confirmed = _fields.read_number(confirmed, "confirmed")

        seance_length = _get("seance_length", UNSET)
        if type(seance_length) is not float and type(seance_length) is not int and seance_length is not UNSET:
            seance_length = _fields.read_number(seance_length, "seance_length")

        length = _get("length", UNSET)
        if type(length) is not float and type(length) is not int and length is not UNSET:
            length = _fields.read_number(length, "length")

        sms_before = _get("sms_before", UNSET)
        if type(sms_before) is not float and type(sms_before) is not int and sms_before is not UNSET:
            sms_before = _fields.read_number(sms_before, "sms_before")

        sms_now = _get("sms_now", UNSET)
        if type(sms_now) is not float and type(sms_now) is not int and sms_now is not UNSET:
            sms_now = _fields.read_number(sms_now, "sms_now")

        sms_now_text = _get("sms_now_text", UNSET)
        if type(sms_now_text) is not str and sms_now_text is not UNSET:
            sms_now_text = _fields.read_string(sms_now_text, "sms_now_text")

        email_now = _get("email_now", UNSET)
        if type(email_now) is not float and type(email_now) is not int and email_now is not UNSET:
            email_now = _fields.read_number(email_now, "email_now")

        notified = _get("notified", UNSET)
        if type(notified) is not float and type(notified) is not int and notified is not UNSET:
            notified = _fields.read_number(notified, "notified")

        master_request = _get("master_request", UNSET)
        if type(master_request) is not float and type(master_request) is not int and master_request is not UNSET:
            master_request = _fields.read_number(master_request, "master_request")

        api_id = _get("api_id", UNSET)
        if type(api_id) is not str and api_id is not UNSET:
            api_id = _fields.read_string(api_id, "api_id")

        from_url = _get("from_url", UNSET)
        if type(from_url) is not str and from_url is not UNSET:
            from_url = _fields.read_string(from_url, "from_url")

        review_requested = _get("review_requested", UNSET)
        if type(review_requested) is not float and type(review_requested) is not int and review_requested is not UNSET:
            review_requested = _fields.read_number(review_requested, "review_requested")

        is_remind_sms_sent = _get("is_remind_sms_sent", UNSET)
        if type(is_remind_sms_sent) is not bool and is_remind_sms_sent is not UNSET:
            is_remind_sms_sent = _fields.read_boolean(is_remind_sms_sent, "is_remind_sms_sent")

        visit_id = _get("visit_id", UNSET)
        if type(visit_id) is not int and visit_id is not UNSET:
            visit_id = _fields.read_integer(visit_id, "visit_id")

        created_user_id = _get("created_user_id", UNSET)
        if type(created_user_id) is not int and created_user_id is not UNSET:
            created_user_id = _fields.read_integer(created_user_id, "created_user_id")

        deleted = _get("deleted", UNSET)
        if type(deleted) is not bool and deleted is not UNSET:
            deleted = _fields.read_boolean(deleted, "deleted")

        paid_full = _get("paid_full", UNSET)
        if type(paid_full) is not float and type(paid_full) is not int and paid_full is not UNSET:
            paid_full = _fields.read_number(paid_full, "paid_full")

        prepaid = _get("prepaid", UNSET)
        if type(prepaid) is not bool and prepaid is not UNSET:
            prepaid = _fields.read_boolean(prepaid, "prepaid")

        prepaid_confirmed = _get("prepaid_confirmed", UNSET)
        if type(prepaid_confirmed) is not bool and prepaid_confirmed is not UNSET:
            prepaid_confirmed = _fields.read_boolean(prepaid_confirmed, "prepaid_confirmed")

        last_change_date = _get("last_change_date", UNSET)
        if last_change_date is not UNSET:
            try:
                last_change_date = _fields.datetime_fromisoformat(last_change_date)
            except (TypeError, ValueError):
                last_change_date = _fields.read_datetime(last_change_date, "last_change_date")

        custom_color = _get("custom_color", UNSET)
        if type(custom_color) is not str and custom_color is not UNSET:
            custom_color = _fields.read_string(custom_color, "custom_color")

        custom_font_color = _get("custom_font_color", UNSET)
        if type(custom_font_color) is not str and custom_font_color is not UNSET:
            custom_font_color = _fields.read_string(custom_font_color, "custom_font_color")

        record_labels = _get("record_labels", UNSET)
        if record_labels is not UNSET:
            record_labels = _KIND_record_labels.read_field(record_labels, "record_labels")

        activity_id = _get("activity_id", UNSET)
        if type(activity_id) is not int and activity_id is not UNSET:
            activity_id = _fields.read_integer(activity_id, "activity_id")

        custom_fields = _get("custom_fields", UNSET)
        if custom_fields is not UNSET:
            custom_fields = _KIND_custom_fields.read_field(custom_fields, "custom_fields")

        documents = _get("documents", UNSET)
        if documents is not UNSET:
            documents = _KIND_documents.read_field(documents, "documents")

        sms_remain_hours = _get("sms_remain_hours", UNSET)
        if (
            type(sms_remain_hours) is not float
            and type(sms_remain_hours) is not int
            and sms_remain_hours is not UNSET
            and sms_remain_hours is not None
        ):
            sms_remain_hours = _fields.read_number(sms_remain_hours, "sms_remain_hours")

        email_remain_hours = _get("email_remain_hours", UNSET)
        if (
            type(email_remain_hours) is not float
            and type(email_remain_hours) is not int
            and email_remain_hours is not UNSET
            and email_remain_hours is not None
        ):
            email_remain_hours = _fields.read_number(email_remain_hours, "email_remain_hours")

        bookform_id = _get("bookform_id", UNSET)
        if type(bookform_id) is not int and bookform_id is not UNSET:
            bookform_id = _fields.read_integer(bookform_id, "bookform_id")

        record_from = _get("record_from", UNSET)
        if type(record_from) is not str and record_from is not UNSET:
            record_from = _fields.read_string(record_from, "record_from")

        is_mobile = _get("is_mobile", UNSET)
        if type(is_mobile) is not float and type(is_mobile) is not int and is_mobile is not UNSET:
            is_mobile = _fields.read_number(is_mobile, "is_mobile")

        is_sale_bill_printed = _get("is_sale_bill_printed", UNSET)
        if type(is_sale_bill_printed) is not bool and is_sale_bill_printed is not UNSET:
            is_sale_bill_printed = _fields.read_boolean(is_sale_bill_printed, "is_sale_bill_printed")

        consumables = _get("consumables", UNSET)
        if consumables is not UNSET:
            consumables = _KIND_consumables.read_field(consumables, "consumables")

        finance_transactions = _get("finance_transactions", UNSET)
        if finance_transactions is not UNSET:
            finance_transactions = _KIND_finance_transactions.read_field(finance_transactions, "finance_transactions")

        acceptance_free = _get("acceptance_free", UNSET)
        if type(acceptance_free) is not bool and acceptance_free is not UNSET and acceptance_free is not None:
            acceptance_free = _fields.read_boolean(acceptance_free, "acceptance_free")

        clients_count = _get("clients_count", UNSET)
        if type(clients_count) is not float and type(clients_count) is not int and clients_count is not UNSET:
            clients_count = _fields.read_number(clients_count, "clients_count")

        comer = _get("comer", UNSET)
        if type(comer) is not bool and comer is not UNSET and comer is not None:
            comer = _fields.read_boolean(comer, "comer")

        is_update_blocked = _get("is_update_blocked", UNSET)
        if type(is_update_blocked) is not bool and is_update_blocked is not UNSET:
            is_update_blocked = _fields.read_boolean(is_update_blocked, "is_update_blocked")

        payment_status = _get("payment_status", UNSET)
        if payment_status is not UNSET:
            payment_status = _KIND_payment_status.read_field(payment_status, "payment_status")

        resource_instance_ids = _get("resource_instance_ids", UNSET)
        if resource_instance_ids is not UNSET:
            resource_instance_ids = _KIND_resource_instance_ids.read_field(
                resource_instance_ids, "resource_instance_ids"
            )

        short_link = _get("short_link", UNSET)
        if type(short_link) is not str and short_link is not UNSET:
            short_link = _fields.read_string(short_link, "short_link")

        technical_break_duration = _get("technical_break_duration", UNSET)
        if (
            type(technical_break_duration) is not float
            and type(technical_break_duration) is not int
            and technical_break_duration is not UNSET
        ):
            technical_break_duration = _fields.read_number(technical_break_duration, "technical_break_duration")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.company_id = company_id
        _model.staff_id = staff_id
        _model.services = services
        _model.goods_transactions = goods_transactions
        _model.staff = staff
        _model.client = client
        _model.date = date
        _model.datetime_ = datetime_
        _model.create_date = create_date
        _model.comment = comment
        _model.online = online
        _model.visit_attendance = visit_attendance
        _model.attendance = attendance
        _model.confirmed = confirmed
        _model.seance_length = seance_length
        _model.length = length
        _model.sms_before = sms_before
        _model.sms_now = sms_now
        _model.sms_now_text = sms_now_text
        _model.email_now = email_now
        _model.notified = notified
        _model.master_request = master_request
        _model.api_id = api_id
        _model.from_url = from_url
        _model.review_requested = review_requested
        _model.is_remind_sms_sent = is_remind_sms_sent
        _model.visit_id = visit_id
        _model.created_user_id = created_user_id
        _model.deleted = deleted
        _model.paid_full = paid_full
        _model.prepaid = prepaid
        _model.prepaid_confirmed = prepaid_confirmed
        _model.last_change_date = last_change_date
        _model.custom_color = custom_color
        _model.custom_font_color = custom_font_color
        _model.record_labels = record_labels
        _model.activity_id = activity_id
        _model.custom_fields = custom_fields
        _model.documents = documents
        _model.sms_remain_hours = sms_remain_hours
        _model.email_remain_hours = email_remain_hours
        _model.bookform_id = bookform_id
        _model.record_from = record_from
        _model.is_mobile = is_mobile
        _model.is_sale_bill_printed = is_sale_bill_printed
        _model.consumables = consumables
        _model.finance_transactions = finance_transactions
        _model.acceptance_free = acceptance_free
        _model.clients_count = clients_count
        _model.comer = comer
        _model.is_update_blocked = is_update_blocked
        _model.payment_status = payment_status
        _model.resource_instance_ids = resource_instance_ids
        _model.short_link = short_link
        _model.technical_break_duration = technical_break_duration
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetAppointmentListResponse200Item:
            _fields.init_added_fields(_model, GetAppointmentListResponse200Item)
        return _model

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
