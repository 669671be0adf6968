from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._runtime import fields as _fields
from .._runtime.errors import FieldError as _FieldError
from ..models.webhook_record_data_confirmed import WebhookRecordDataConfirmed
from ..models.webhook_record_data_email_now import WebhookRecordDataEmailNow
from ..models.webhook_record_data_review_requested import WebhookRecordDataReviewRequested
from ..models.webhook_record_data_sms_before import WebhookRecordDataSmsBefore
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_record_data_client_type_0 import WebhookRecordDataClientType0
    from ..models.webhook_record_data_comer_person_info_type_0 import WebhookRecordDataComerPersonInfoType0
    from ..models.webhook_record_data_comer_type_0 import WebhookRecordDataComerType0
    from ..models.webhook_record_data_composite_type_0 import WebhookRecordDataCompositeType0
    from ..models.webhook_record_data_custom_fields_item import WebhookRecordDataCustomFieldsItem
    from ..models.webhook_record_data_documents_item import WebhookRecordDataDocumentsItem
    from ..models.webhook_record_data_goods_transactions_item import WebhookRecordDataGoodsTransactionsItem
    from ..models.webhook_record_data_record_labels_item import WebhookRecordDataRecordLabelsItem
    from ..models.webhook_record_data_services_item import WebhookRecordDataServicesItem
    from ..models.webhook_record_data_staff_type_0 import WebhookRecordDataStaffType0


T = TypeVar("T", bound="WebhookRecordData")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "company_id",
        "staff_id",
        "clients_count",
        "date",
        "datetime",
        "create_date",
        "last_change_date",
        "comment",
        "online",
        "visit_id",
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
        "created_user_id",
        "deleted",
        "paid_full",
        "prepaid",
        "prepaid_confirmed",
        "is_update_blocked",
        "activity_id",
        "bookform_id",
        "record_from",
        "is_mobile",
        "services",
        "staff",
        "client",
        "goods_transactions",
        "custom_fields",
        "custom_color",
        "custom_font_color",
        "record_labels",
        "documents",
        "short_link",
        "sms_remain_hours",
        "email_remain_hours",
        "comer",
        "comer_person_info",
        "composite",
    }
)
_EXTRA = _fields.ANY
_KIND_confirmed = _fields.EnumOf("WebhookRecordDataConfirmed", _fields.INTEGER)
_KIND_sms_before = _fields.EnumOf("WebhookRecordDataSmsBefore", _fields.INTEGER)
_KIND_email_now = _fields.EnumOf("WebhookRecordDataEmailNow", _fields.INTEGER)
_KIND_review_requested = _fields.EnumOf("WebhookRecordDataReviewRequested", _fields.INTEGER)
_KIND_services = _fields.ListOf(_fields.Model("WebhookRecordDataServicesItem"))
_KIND_staff = _fields.OneOf(
    _fields.Model("WebhookRecordDataStaffType0"),
    _fields.NULL,
)
_KIND_client = _fields.OneOf(
    _fields.Model("WebhookRecordDataClientType0"),
    _fields.NULL,
)
_KIND_goods_transactions = _fields.ListOf(_fields.Model("WebhookRecordDataGoodsTransactionsItem"))
_KIND_custom_fields = _fields.ListOf(_fields.Model("WebhookRecordDataCustomFieldsItem"))
_KIND_record_labels = _fields.ListOf(_fields.Model("WebhookRecordDataRecordLabelsItem"))
_KIND_documents = _fields.ListOf(_fields.Model("WebhookRecordDataDocumentsItem"))
_KIND_comer = _fields.OneOf(
    _fields.Model("WebhookRecordDataComerType0"),
    _fields.NULL,
)
_KIND_comer_person_info = _fields.OneOf(
    _fields.Model("WebhookRecordDataComerPersonInfoType0"),
    _fields.NULL,
)
_KIND_composite = _fields.OneOf(
    _fields.Model("WebhookRecordDataCompositeType0"),
    _fields.ListOf(_fields.ANY),
)


@_attrs_define
class WebhookRecordData:
    """Appointment data sent in webhook notifications. Contains comprehensive appointment details including services, team
    member, client, and financial information.

        Attributes:
            id (int | Unset): Appointment ID.
            company_id (int | Unset):
            staff_id (int | Unset):
            clients_count (int | Unset):
            date (str | Unset):
            datetime_ (datetime.datetime | Unset):
            create_date (datetime.datetime | Unset):
            last_change_date (datetime.datetime | Unset):
            comment (str | Unset):
            online (bool | Unset):
            visit_id (int | Unset):
            visit_attendance (int | Unset):
            attendance (int | Unset):
            confirmed (WebhookRecordDataConfirmed | Unset):
            seance_length (int | Unset): Duration in seconds.
            length (int | Unset):
            sms_before (WebhookRecordDataSmsBefore | Unset):
            sms_now (bool | Unset):
            sms_now_text (str | Unset):
            email_now (WebhookRecordDataEmailNow | Unset):
            notified (str | Unset):
            master_request (str | Unset):
            api_id (str | Unset):
            from_url (str | Unset):
            review_requested (WebhookRecordDataReviewRequested | Unset):
            created_user_id (int | Unset):
            deleted (bool | Unset):
            paid_full (bool | Unset):
            prepaid (bool | Unset):
            prepaid_confirmed (bool | Unset):
            is_update_blocked (bool | Unset):
            activity_id (int | Unset):
            bookform_id (int | Unset):
            record_from (str | Unset):
            is_mobile (bool | Unset):
            services (list[WebhookRecordDataServicesItem] | Unset): Booked services.
            staff (None | Unset | WebhookRecordDataStaffType0): Assigned team member.
            client (None | Unset | WebhookRecordDataClientType0): Client details.
            goods_transactions (list[WebhookRecordDataGoodsTransactionsItem] | Unset): Product operations linked to this
                appointment.
            custom_fields (list[WebhookRecordDataCustomFieldsItem] | Unset):
            custom_color (str | Unset): Hex color code.
            custom_font_color (str | Unset):
            record_labels (list[WebhookRecordDataRecordLabelsItem] | Unset):
            documents (list[WebhookRecordDataDocumentsItem] | Unset):
            short_link (str | Unset):
            sms_remain_hours (int | None | Unset):
            email_remain_hours (int | None | Unset):
            comer (None | Unset | WebhookRecordDataComerType0):
            comer_person_info (None | Unset | WebhookRecordDataComerPersonInfoType0):
            composite (list[Any] | Unset | WebhookRecordDataCompositeType0): Composite appointment data if applicable.
    """

    id: int | Unset = UNSET
    company_id: int | Unset = UNSET
    staff_id: int | Unset = UNSET
    clients_count: int | Unset = UNSET
    date: str | Unset = UNSET
    datetime_: datetime.datetime | Unset = UNSET
    create_date: datetime.datetime | Unset = UNSET
    last_change_date: datetime.datetime | Unset = UNSET
    comment: str | Unset = UNSET
    online: bool | Unset = UNSET
    visit_id: int | Unset = UNSET
    visit_attendance: int | Unset = UNSET
    attendance: int | Unset = UNSET
    confirmed: WebhookRecordDataConfirmed | Unset = UNSET
    seance_length: int | Unset = UNSET
    length: int | Unset = UNSET
    sms_before: WebhookRecordDataSmsBefore | Unset = UNSET
    sms_now: bool | Unset = UNSET
    sms_now_text: str | Unset = UNSET
    email_now: WebhookRecordDataEmailNow | Unset = UNSET
    notified: str | Unset = UNSET
    master_request: str | Unset = UNSET
    api_id: str | Unset = UNSET
    from_url: str | Unset = UNSET
    review_requested: WebhookRecordDataReviewRequested | Unset = UNSET
    created_user_id: int | Unset = UNSET
    deleted: bool | Unset = UNSET
    paid_full: bool | Unset = UNSET
    prepaid: bool | Unset = UNSET
    prepaid_confirmed: bool | Unset = UNSET
    is_update_blocked: bool | Unset = UNSET
    activity_id: int | Unset = UNSET
    bookform_id: int | Unset = UNSET
    record_from: str | Unset = UNSET
    is_mobile: bool | Unset = UNSET
    services: list[WebhookRecordDataServicesItem] | Unset = UNSET
    staff: None | Unset | WebhookRecordDataStaffType0 = UNSET
    client: None | Unset | WebhookRecordDataClientType0 = UNSET
    goods_transactions: list[WebhookRecordDataGoodsTransactionsItem] | Unset = UNSET
    custom_fields: list[WebhookRecordDataCustomFieldsItem] | Unset = UNSET
    custom_color: str | Unset = UNSET
    custom_font_color: str | Unset = UNSET
    record_labels: list[WebhookRecordDataRecordLabelsItem] | Unset = UNSET
    documents: list[WebhookRecordDataDocumentsItem] | Unset = UNSET
    short_link: str | Unset = UNSET
    sms_remain_hours: int | None | Unset = UNSET
    email_remain_hours: int | None | Unset = UNSET
    comer: None | Unset | WebhookRecordDataComerType0 = UNSET
    comer_person_info: None | Unset | WebhookRecordDataComerPersonInfoType0 = UNSET
    composite: list[Any] | Unset | WebhookRecordDataCompositeType0 = UNSET
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

        clients_count = self.clients_count
        if type(clients_count) is not int and clients_count is not UNSET:
            clients_count = _fields.write_integer(clients_count, "clients_count")
        if clients_count is not UNSET:
            field_dict["clients_count"] = clients_count

        date = self.date
        if type(date) is not str and date is not UNSET:
            date = _fields.write_string(date, "date")
        if date is not UNSET:
            field_dict["date"] = date

        datetime_ = self.datetime_
        if datetime_ is not UNSET:
            field_dict["datetime"] = _fields.write_datetime(datetime_, "datetime_")

        create_date = self.create_date
        if create_date is not UNSET:
            field_dict["create_date"] = _fields.write_datetime(create_date, "create_date")

        last_change_date = self.last_change_date
        if last_change_date is not UNSET:
            field_dict["last_change_date"] = _fields.write_datetime(last_change_date, "last_change_date")

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

        visit_id = self.visit_id
        if type(visit_id) is not int and visit_id is not UNSET:
            visit_id = _fields.write_integer(visit_id, "visit_id")
        if visit_id is not UNSET:
            field_dict["visit_id"] = visit_id

        visit_attendance = self.visit_attendance
        if type(visit_attendance) is not int and visit_attendance is not UNSET:
            visit_attendance = _fields.write_integer(visit_attendance, "visit_attendance")
        if visit_attendance is not UNSET:
            field_dict["visit_attendance"] = visit_attendance

        attendance = self.attendance
        if type(attendance) is not int and attendance is not UNSET:
            attendance = _fields.write_integer(attendance, "attendance")
        if attendance is not UNSET:
            field_dict["attendance"] = attendance

        confirmed = self.confirmed
        if confirmed is not UNSET:
            field_dict["confirmed"] = _KIND_confirmed.write_field(confirmed, "confirmed")

        seance_length = self.seance_length
        if type(seance_length) is not int and seance_length is not UNSET:
            seance_length = _fields.write_integer(seance_length, "seance_length")
        if seance_length is not UNSET:
            field_dict["seance_length"] = seance_length

        length = self.length
        if type(length) is not int and length is not UNSET:
            length = _fields.write_integer(length, "length")
        if length is not UNSET:
            field_dict["length"] = length

        sms_before = self.sms_before
        if sms_before is not UNSET:
            field_dict["sms_before"] = _KIND_sms_before.write_field(sms_before, "sms_before")

        sms_now = self.sms_now
        if type(sms_now) is not bool and sms_now is not UNSET:
            sms_now = _fields.write_boolean(sms_now, "sms_now")
        if sms_now is not UNSET:
            field_dict["sms_now"] = sms_now

        sms_now_text = self.sms_now_text
        if type(sms_now_text) is not str and sms_now_text is not UNSET:
            sms_now_text = _fields.write_string(sms_now_text, "sms_now_text")
        if sms_now_text is not UNSET:
            field_dict["sms_now_text"] = sms_now_text

        email_now = self.email_now
        if email_now is not UNSET:
            field_dict["email_now"] = _KIND_email_now.write_field(email_now, "email_now")

        notified = self.notified
        if type(notified) is not str and notified is not UNSET:
            notified = _fields.write_string(notified, "notified")
        if notified is not UNSET:
            field_dict["notified"] = notified

        master_request = self.master_request
        if type(master_request) is not str and master_request is not UNSET:
            master_request = _fields.write_string(master_request, "master_request")
        if master_request is not UNSET:
            field_dict["master_request"] = master_request

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
            field_dict["review_requested"] = _KIND_review_requested.write_field(review_requested, "review_requested")

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
        if type(paid_full) is not bool and paid_full is not UNSET:
            paid_full = _fields.write_boolean(paid_full, "paid_full")
        if paid_full is not UNSET:
            field_dict["paid_full"] = paid_full

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

        is_update_blocked = self.is_update_blocked
        if type(is_update_blocked) is not bool and is_update_blocked is not UNSET:
            is_update_blocked = _fields.write_boolean(is_update_blocked, "is_update_blocked")
        if is_update_blocked is not UNSET:
            field_dict["is_update_blocked"] = is_update_blocked

        activity_id = self.activity_id
        if type(activity_id) is not int and activity_id is not UNSET:
            activity_id = _fields.write_integer(activity_id, "activity_id")
        if activity_id is not UNSET:
            field_dict["activity_id"] = activity_id

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
        if type(is_mobile) is not bool and is_mobile is not UNSET:
            is_mobile = _fields.write_boolean(is_mobile, "is_mobile")
        if is_mobile is not UNSET:
            field_dict["is_mobile"] = is_mobile

        services = self.services
        if services is not UNSET:
            field_dict["services"] = _KIND_services.write_field(services, "services")

        staff = self.staff
        if staff is not UNSET:
            field_dict["staff"] = _KIND_staff.write_field(staff, "staff")

        client = self.client
        if client is not UNSET:
            field_dict["client"] = _KIND_client.write_field(client, "client")

        goods_transactions = self.goods_transactions
        if goods_transactions is not UNSET:
            field_dict["goods_transactions"] = _KIND_goods_transactions.write_field(
                goods_transactions, "goods_transactions"
            )

        custom_fields = self.custom_fields
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = _KIND_custom_fields.write_field(custom_fields, "custom_fields")

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

        documents = self.documents
        if documents is not UNSET:
            field_dict["documents"] = _KIND_documents.write_field(documents, "documents")

        short_link = self.short_link
        if type(short_link) is not str and short_link is not UNSET:
            short_link = _fields.write_string(short_link, "short_link")
        if short_link is not UNSET:
            field_dict["short_link"] = short_link

        sms_remain_hours = self.sms_remain_hours
        if type(sms_remain_hours) is not int and sms_remain_hours is not UNSET and sms_remain_hours is not None:
            sms_remain_hours = _fields.write_integer(sms_remain_hours, "sms_remain_hours")
        if sms_remain_hours is not UNSET:
            field_dict["sms_remain_hours"] = sms_remain_hours

        email_remain_hours = self.email_remain_hours
        if type(email_remain_hours) is not int and email_remain_hours is not UNSET and email_remain_hours is not None:
            email_remain_hours = _fields.write_integer(email_remain_hours, "email_remain_hours")
        if email_remain_hours is not UNSET:
            field_dict["email_remain_hours"] = email_remain_hours

        comer = self.comer
        if comer is not UNSET:
            field_dict["comer"] = _KIND_comer.write_field(comer, "comer")

        comer_person_info = self.comer_person_info
        if comer_person_info is not UNSET:
            field_dict["comer_person_info"] = _KIND_comer_person_info.write_field(
                comer_person_info, "comer_person_info"
            )

        composite = self.composite
        if composite is not UNSET:
            field_dict["composite"] = _KIND_composite.write_field(composite, "composite")

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

        clients_count = _get("clients_count", UNSET)
        if type(clients_count) is not int and clients_count is not UNSET:
            clients_count = _fields.read_integer(clients_count, "clients_count")

        date = _get("date", UNSET)
        if type(date) is not str and date is not UNSET:
            date = _fields.read_string(date, "date")

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

        last_change_date = _get("last_change_date", UNSET)
        if last_change_date is not UNSET:
            try:
                last_change_date = _fields.datetime_fromisoformat(last_change_date)
            except (TypeError, ValueError):
                last_change_date = _fields.read_datetime(last_change_date, "last_change_date")

        comment = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = _fields.read_string(comment, "comment")

        online = _get("online", UNSET)
        if type(online) is not bool and online is not UNSET:
            online = _fields.read_boolean(online, "online")

        visit_id = _get("visit_id", UNSET)
        if type(visit_id) is not int and visit_id is not UNSET:
            visit_id = _fields.read_integer(visit_id, "visit_id")

        visit_attendance = _get("visit_attendance", UNSET)
        if type(visit_attendance) is not int and visit_attendance is not UNSET:
            visit_attendance = _fields.read_integer(visit_attendance, "visit_attendance")

        attendance = _get("attendance", UNSET)
        if type(attendance) is not int and attendance is not UNSET:
            attendance = _fields.read_integer(attendance, "attendance")

        confirmed = _get("confirmed", UNSET)
        if confirmed is not UNSET:
            confirmed = _KIND_confirmed.read_field(confirmed, "confirmed")

        seance_length = _get("seance_length", UNSET)
        if type(seance_length) is not int and seance_length is not UNSET:
            seance_length = _fields.read_integer(seance_length, "seance_length")

        length = _get("length", UNSET)
        if type(length) is not int and length is not UNSET:
            length = _fields.read_integer(length, "length")

        sms_before = _get("sms_before", UNSET)
        if sms_before is not UNSET:
            sms_before = _KIND_sms_before.read_field(sms_before, "sms_before")

        sms_now = _get("sms_now", UNSET)
        if type(sms_now) is not bool and sms_now is not UNSET:
            sms_now = _fields.read_boolean(sms_now, "sms_now")

        sms_now_text = _get("sms_now_text", UNSET)
        if type(sms_now_text) is not str and sms_now_text is not UNSET:
            sms_now_text = _fields.read_string(sms_now_text, "sms_now_text")

        email_now = _get("email_now", UNSET)
        if email_now is not UNSET:
            email_now = _KIND_email_now.read_field(email_now, "email_now")

        notified = _get("notified", UNSET)
        if type(notified) is not str and notified is not UNSET:
            notified = _fields.read_string(notified, "notified")

        master_request = _get("master_request", UNSET)
        if type(master_request) is not str and master_request is not UNSET:
            master_request = _fields.read_string(master_request, "master_request")

        api_id = _get("api_id", UNSET)
        if type(api_id) is not str and api_id is not UNSET:
            api_id = _fields.read_string(api_id, "api_id")

        from_url = _get("from_url", UNSET)
        if type(from_url) is not str and from_url is not UNSET:
            from_url = _fields.read_string(from_url, "from_url")

        review_requested = _get("review_requested", UNSET)
        if review_requested is not UNSET:
            review_requested = _KIND_review_requested.read_field(review_requested, "review_requested")

        created_user_id = _get("created_user_id", UNSET)
        if type(created_user_id) is not int and created_user_id is not UNSET:
            created_user_id = _fields.read_integer(created_user_id, "created_user_id")

        deleted = _get("deleted", UNSET)
        if type(deleted) is not bool and deleted is not UNSET:
            deleted = _fields.read_boolean(deleted, "deleted")

        paid_full = _get("paid_full", UNSET)
        if type(paid_full) is not bool and paid_full is not UNSET:
            paid_full = _fields.read_boolean(paid_full, "paid_full")

        prepaid = _get("prepaid", UNSET)
        if type(prepaid) is not bool and prepaid is not UNSET:
            prepaid = _fields.read_boolean(prepaid, "prepaid")

        prepaid_confirmed = _get("prepaid_confirmed", UNSET)
        if type(prepaid_confirmed) is not bool and prepaid_confirmed is not UNSET:
            prepaid_confirmed = _fields.read_boolean(prepaid_confirmed, "prepaid_confirmed")

        is_update_blocked = _get("is_update_blocked", UNSET)
        if type(is_update_blocked) is not bool and is_update_blocked is not UNSET:
            is_update_blocked = _fields.read_boolean(is_update_blocked, "is_update_blocked")

        activity_id = _get("activity_id", UNSET)
        if type(activity_id) is not int and activity_id is not UNSET:
            activity_id = _fields.read_integer(activity_id, "activity_id")

        bookform_id = _get("bookform_id", UNSET)
        if type(bookform_id) is not int and bookform_id is not UNSET:
            bookform_id = _fields.read_integer(bookform_id, "bookform_id")

        record_from = _get("record_from", UNSET)
        if type(record_from) is not str and record_from is not UNSET:
            record_from = _fields.read_string(record_from, "record_from")

        is_mobile = _get("is_mobile", UNSET)
        if type(is_mobile) is not bool and is_mobile is not UNSET:
            is_mobile = _fields.read_boolean(is_mobile, "is_mobile")

        services = _get("services", UNSET)
        if services is not UNSET:
            services = _KIND_services.read_field(services, "services")

        staff = _get("staff", UNSET)
        if staff is not UNSET and staff is not None:
            try:
                staff = _models.WebhookRecordDataStaffType0.from_dict(staff)
            except _FieldError as _error:
                raise _error.within("staff")

        client = _get("client", UNSET)
        if client is not UNSET and client is not None:
            try:
                client = _models.WebhookRecordDataClientType0.from_dict(client)
            except _FieldError as _error:
                raise _error.within("client")

        goods_transactions = _get("goods_transactions", UNSET)
        if goods_transactions is not UNSET:
            goods_transactions = _KIND_goods_transactions.read_field(goods_transactions, "goods_transactions")

        custom_fields = _get("custom_fields", UNSET)
        if custom_fields is not UNSET:
            custom_fields = _KIND_custom_fields.read_field(custom_fields, "custom_fields")

        custom_color = _get("custom_color", UNSET)
        if type(custom_color) is not str and custom_color is not UNSET:
            custom_color = _fields.read_string(custom_color, "custom_color")

        custom_font_color = _get("custom_font_color", UNSET)
        if type(custom_font_color) is not str and custom_font_color is not UNSET:
            custom_font_color = _fields.read_string(custom_font_color, "custom_font_color")

        record_labels = _get("record_labels", UNSET)
        if record_labels is not UNSET:
            record_labels = _KIND_record_labels.read_field(record_labels, "record_labels")

        documents = _get("documents", UNSET)
        if documents is not UNSET:
            documents = _KIND_documents.read_field(documents, "documents")

        short_link = _get("short_link", UNSET)
        if type(short_link) is not str and short_link is not UNSET:
            short_link = _fields.read_string(short_link, "short_link")

        sms_remain_hours = _get("sms_remain_hours", UNSET)
        if type(sms_remain_hours) is not int and sms_remain_hours is not UNSET and sms_remain_hours is not None:
            sms_remain_hours = _fields.read_integer(sms_remain_hours, "sms_remain_hours")

        email_remain_hours = _get("email_remain_hours", UNSET)
        if type(email_remain_hours) is not int and email_remain_hours is not UNSET and email_remain_hours is not None:
            email_remain_hours = _fields.read_integer(email_remain_hours, "email_remain_hours")

        comer = _get("comer", UNSET)
        if comer is not UNSET and comer is not None:
            try:
                comer = _models.WebhookRecordDataComerType0.from_dict(comer)
            except _FieldError as _error:
                raise _error.within("comer")

        comer_person_info = _get("comer_person_info", UNSET)
        if comer_person_info is not UNSET and comer_person_info is not None:
            try:
                comer_person_info = _models.WebhookRecordDataComerPersonInfoType0.from_dict(comer_person_info)
            except _FieldError as _error:
                raise _error.within("comer_person_info")

        composite = _get("composite", UNSET)
        if composite is not UNSET:
            composite = _KIND_composite.read_field(composite, "composite")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.company_id = company_id
        _model.staff_id = staff_id
        _model.clients_count = clients_count
        _model.date = date
        _model.datetime_ = datetime_
        _model.create_date = create_date
        _model.last_change_date = last_change_date
        _model.comment = comment
        _model.online = online
        _model.visit_id = visit_id
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
        _model.created_user_id = created_user_id
        _model.deleted = deleted
        _model.paid_full = paid_full
        _model.prepaid = prepaid
        _model.prepaid_confirmed = prepaid_confirmed
        _model.is_update_blocked = is_update_blocked
        _model.activity_id = activity_id
        _model.bookform_id = bookform_id
        _model.record_from = record_from
        _model.is_mobile = is_mobile
        _model.services = services
        _model.staff = staff
        _model.client = client
        _model.goods_transactions = goods_transactions
        _model.custom_fields = custom_fields
        _model.custom_color = custom_color
        _model.custom_font_color = custom_font_color
        _model.record_labels = record_labels
        _model.documents = documents
        _model.short_link = short_link
        _model.sms_remain_hours = sms_remain_hours
        _model.email_remain_hours = email_remain_hours
        _model.comer = comer
        _model.comer_person_info = comer_person_info
        _model.composite = composite
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not WebhookRecordData:
            _fields.init_added_fields(_model, WebhookRecordData)
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
