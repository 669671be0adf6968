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
    from ..models.get_visit_response_200_records_item_client import GetVisitResponse200RecordsItemClient
    from ..models.get_visit_response_200_records_item_documents_item import GetVisitResponse200RecordsItemDocumentsItem
    from ..models.get_visit_response_200_records_item_events_item import GetVisitResponse200RecordsItemEventsItem
    from ..models.get_visit_response_200_records_item_goods_transactions_item import (
        GetVisitResponse200RecordsItemGoodsTransactionsItem,
    )
    from ..models.get_visit_response_200_records_item_services_item import GetVisitResponse200RecordsItemServicesItem
    from ..models.get_visit_response_200_records_item_staff import GetVisitResponse200RecordsItemStaff


T = TypeVar("T", bound="GetVisitResponse200RecordsItem")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "company_id",
        "staff_id",
        "services",
        "events",
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
        "activity_id",
        "documents",
    }
)
_EXTRA = _fields.ANY
_KIND_services = _fields.ListOf(_fields.Model("GetVisitResponse200RecordsItemServicesItem"))
_KIND_events = _fields.ListOf(_fields.Model("GetVisitResponse200RecordsItemEventsItem"))
_KIND_goods_transactions = _fields.ListOf(_fields.Model("GetVisitResponse200RecordsItemGoodsTransactionsItem"))
_KIND_documents = _fields.ListOf(_fields.Model("GetVisitResponse200RecordsItemDocumentsItem"))


@_attrs_define
class GetVisitResponse200RecordsItem:
    """
    Attributes:
        id (int | Unset): Appointment ID
        company_id (int | Unset): location ID
        staff_id (int | Unset): team member ID
        services (list[GetVisitResponse200RecordsItemServicesItem] | Unset): Services Array
        events (list[GetVisitResponse200RecordsItemEventsItem] | Unset):
        goods_transactions (list[GetVisitResponse200RecordsItemGoodsTransactionsItem] | Unset): Array of commodity
            transactions
        staff (GetVisitResponse200RecordsItemStaff | Unset): team member Information
        client (GetVisitResponse200RecordsItemClient | Unset): Client Information
        date (datetime.datetime | Unset): Date of visit
        datetime_ (datetime.datetime | Unset): Date of visit in ISO format
        create_date (datetime.datetime | Unset): Date the visit was created
        comment (str | Unset): Commentary on the visit
        online (bool | Unset): (Read only) Whether the appointment is online or not (false if the appointment was made
            by an administrator)
        visit_attendance (float | Unset): Visit status
        attendance (float | Unset): Status of the appointment in the visit
        confirmed (float | Unset): Is the appointment verified?
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
        activity_id (int | Unset): Group event ID
        documents (list[GetVisitResponse200RecordsItemDocumentsItem] | Unset):
    """

    id: int | Unset = UNSET
    company_id: int | Unset = UNSET
    staff_id: int | Unset = UNSET
    services: list[GetVisitResponse200RecordsItemServicesItem] | Unset = UNSET
    events: list[GetVisitResponse200RecordsItemEventsItem] | Unset = UNSET
    goods_transactions: list[GetVisitResponse200RecordsItemGoodsTransactionsItem] | Unset = UNSET
    staff: GetVisitResponse200RecordsItemStaff | Unset = UNSET
    client: GetVisitResponse200RecordsItemClient | Unset = UNSET
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
    activity_id: int | Unset = UNSET
    documents: list[GetVisitResponse200RecordsItemDocumentsItem] | Unset = UNSET
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

        events = self.events
        if events is not UNSET:
            field_dict["events"] = _KIND_events.write_field(events, "events")

        goods_transactions = self.goods_transactions
        if goods_transactions is not UNSET:
            field_dict["goods_transactions"] = _KIND_goods_transactions.write_field(
                goods_transactions, "goods_transactions"
            )

        staff = self.staff
        if staff is not UNSET:
            field_dict["staff"] = _fields.write_model(staff, _models.GetVisitResponse200RecordsItemStaff, "staff")

        client = self.client
        if client is not UNSET:
            field_dict["client"] = _fields.write_model(client, _models.GetVisitResponse200RecordsItemClient, "client")

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

        activity_id = self.activity_id
        if type(activity_id) is not int and activity_id is not UNSET:
            activity_id = _fields.write_integer(activity_id, "activity_id")
        if activity_id is not UNSET:
            field_dict["activity_id"] = activity_id

        documents = self.documents
        if documents is not UNSET:
            field_dict["documents"] = _KIND_documents.write_field(documents, "documents")

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

        events = _get("events", UNSET)
        if events is not UNSET:
            events = _KIND_events.read_field(events, "events")

        goods_transactions = _get("goods_transactions", UNSET)
        if goods_transactions is not UNSET:
            goods_transactions = _KIND_goods_transactions.read_field(goods_transactions, "goods_transactions")

        staff = _get("staff", UNSET)
        if staff is not UNSET:
            try:
                staff = _models.GetVisitResponse200RecordsItemStaff.from_dict(staff)
            except _FieldError as _error:
                raise _error.within("staff")

        client = _get("client", UNSET)
        if client is not UNSET:
            try:
                client = _models.GetVisitResponse200RecordsItemClient.from_dict(client)
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

        activity_id = _get("activity_id", UNSET)
        if type(activity_id) is not int and activity_id is not UNSET:
            activity_id = _fields.read_integer(activity_id, "activity_id")

        documents = _get("documents", UNSET)
        if documents is not UNSET:
            documents = _KIND_documents.read_field(documents, "documents")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.company_id = company_id
        _model.staff_id = staff_id
        _model.services = services
        _model.events = events
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
        _model.activity_id = activity_id
        _model.documents = documents
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetVisitResponse200RecordsItem:
            _fields.init_added_fields(_model, GetVisitResponse200RecordsItem)
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
