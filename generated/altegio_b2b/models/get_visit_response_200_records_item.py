from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
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
        id = self.id

        company_id = self.company_id

        staff_id = self.staff_id

        services: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = []
            for services_item_data in self.services:
                services_item = services_item_data.to_dict()
                services.append(services_item)

        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        goods_transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.goods_transactions, Unset):
            goods_transactions = []
            for goods_transactions_item_data in self.goods_transactions:
                goods_transactions_item = goods_transactions_item_data.to_dict()
                goods_transactions.append(goods_transactions_item)

        staff: dict[str, Any] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = self.staff.to_dict()

        client: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client, Unset):
            client = self.client.to_dict()

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        datetime_: str | Unset = UNSET
        if not isinstance(self.datetime_, Unset):
            datetime_ = self.datetime_.isoformat()

        create_date: str | Unset = UNSET
        if not isinstance(self.create_date, Unset):
            create_date = self.create_date.isoformat()

        comment = self.comment

        online = self.online

        visit_attendance = self.visit_attendance

        attendance = self.attendance

        confirmed = self.confirmed

        seance_length = self.seance_length

        length = self.length

        sms_before = self.sms_before

        sms_now = self.sms_now

        sms_now_text = self.sms_now_text

        email_now = self.email_now

        notified = self.notified

        master_request = self.master_request

        api_id = self.api_id

        from_url = self.from_url

        review_requested = self.review_requested

        activity_id = self.activity_id

        documents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.documents, Unset):
            documents = []
            for documents_item_data in self.documents:
                documents_item = documents_item_data.to_dict()
                documents.append(documents_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if services is not UNSET:
            field_dict["services"] = services
        if events is not UNSET:
            field_dict["events"] = events
        if goods_transactions is not UNSET:
            field_dict["goods_transactions"] = goods_transactions
        if staff is not UNSET:
            field_dict["staff"] = staff
        if client is not UNSET:
            field_dict["client"] = client
        if date is not UNSET:
            field_dict["date"] = date
        if datetime_ is not UNSET:
            field_dict["datetime"] = datetime_
        if create_date is not UNSET:
            field_dict["create_date"] = create_date
        if comment is not UNSET:
            field_dict["comment"] = comment
        if online is not UNSET:
            field_dict["online"] = online
        if visit_attendance is not UNSET:
            field_dict["visit_attendance"] = visit_attendance
        if attendance is not UNSET:
            field_dict["attendance"] = attendance
        if confirmed is not UNSET:
            field_dict["confirmed"] = confirmed
        if seance_length is not UNSET:
            field_dict["seance_length"] = seance_length
        if length is not UNSET:
            field_dict["length"] = length
        if sms_before is not UNSET:
            field_dict["sms_before"] = sms_before
        if sms_now is not UNSET:
            field_dict["sms_now"] = sms_now
        if sms_now_text is not UNSET:
            field_dict["sms_now_text"] = sms_now_text
        if email_now is not UNSET:
            field_dict["email_now"] = email_now
        if notified is not UNSET:
            field_dict["notified"] = notified
        if master_request is not UNSET:
            field_dict["master_request"] = master_request
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if from_url is not UNSET:
            field_dict["from_url"] = from_url
        if review_requested is not UNSET:
            field_dict["review_requested"] = review_requested
        if activity_id is not UNSET:
            field_dict["activity_id"] = activity_id
        if documents is not UNSET:
            field_dict["documents"] = documents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_visit_response_200_records_item_client import GetVisitResponse200RecordsItemClient  # noqa: PLC0415
        from ..models.get_visit_response_200_records_item_documents_item import (
            GetVisitResponse200RecordsItemDocumentsItem,  # noqa: PLC0415
        )
        from ..models.get_visit_response_200_records_item_events_item import GetVisitResponse200RecordsItemEventsItem  # noqa: PLC0415
        from ..models.get_visit_response_200_records_item_goods_transactions_item import (
            GetVisitResponse200RecordsItemGoodsTransactionsItem,  # noqa: PLC0415
        )
        from ..models.get_visit_response_200_records_item_services_item import (
            GetVisitResponse200RecordsItemServicesItem,  # noqa: PLC0415
        )
        from ..models.get_visit_response_200_records_item_staff import GetVisitResponse200RecordsItemStaff  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        company_id = d.pop("company_id", UNSET)

        staff_id = d.pop("staff_id", UNSET)

        _services = d.pop("services", UNSET)
        services: list[GetVisitResponse200RecordsItemServicesItem] | Unset = UNSET
        if _services is not UNSET:
            services = []
            for services_item_data in _services:
                services_item = GetVisitResponse200RecordsItemServicesItem.from_dict(services_item_data)

                services.append(services_item)

        _events = d.pop("events", UNSET)
        events: list[GetVisitResponse200RecordsItemEventsItem] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = GetVisitResponse200RecordsItemEventsItem.from_dict(events_item_data)

                events.append(events_item)

        _goods_transactions = d.pop("goods_transactions", UNSET)
        goods_transactions: list[GetVisitResponse200RecordsItemGoodsTransactionsItem] | Unset = UNSET
        if _goods_transactions is not UNSET:
            goods_transactions = []
            for goods_transactions_item_data in _goods_transactions:
                goods_transactions_item = GetVisitResponse200RecordsItemGoodsTransactionsItem.from_dict(
                    goods_transactions_item_data
                )

                goods_transactions.append(goods_transactions_item)

        _staff = d.pop("staff", UNSET)
        staff: GetVisitResponse200RecordsItemStaff | Unset
        if isinstance(_staff, Unset):
            staff = UNSET
        else:
            staff = GetVisitResponse200RecordsItemStaff.from_dict(_staff)

        _client = d.pop("client", UNSET)
        client: GetVisitResponse200RecordsItemClient | Unset
        if isinstance(_client, Unset):
            client = UNSET
        else:
            client = GetVisitResponse200RecordsItemClient.from_dict(_client)

        _date = d.pop("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = _timestamps.parse_datetime(_date)

        _datetime_ = d.pop("datetime", UNSET)
        datetime_: datetime.datetime | Unset
        if isinstance(_datetime_, Unset):
            datetime_ = UNSET
        else:
            datetime_ = _timestamps.parse_datetime(_datetime_)

        _create_date = d.pop("create_date", UNSET)
        create_date: datetime.datetime | Unset
        if isinstance(_create_date, Unset):
            create_date = UNSET
        else:
            create_date = _timestamps.parse_datetime(_create_date)

        comment = d.pop("comment", UNSET)

        online = d.pop("online", UNSET)

        visit_attendance = d.pop("visit_attendance", UNSET)

        attendance = d.pop("attendance", UNSET)

        confirmed = d.pop("confirmed", UNSET)

        seance_length = d.pop("seance_length", UNSET)

        length = d.pop("length", UNSET)

        sms_before = d.pop("sms_before", UNSET)

        sms_now = d.pop("sms_now", UNSET)

        sms_now_text = d.pop("sms_now_text", UNSET)

        email_now = d.pop("email_now", UNSET)

        notified = d.pop("notified", UNSET)

        master_request = d.pop("master_request", UNSET)

        api_id = d.pop("api_id", UNSET)

        from_url = d.pop("from_url", UNSET)

        review_requested = d.pop("review_requested", UNSET)

        activity_id = d.pop("activity_id", UNSET)

        _documents = d.pop("documents", UNSET)
        documents: list[GetVisitResponse200RecordsItemDocumentsItem] | Unset = UNSET
        if _documents is not UNSET:
            documents = []
            for documents_item_data in _documents:
                documents_item = GetVisitResponse200RecordsItemDocumentsItem.from_dict(documents_item_data)

                documents.append(documents_item)

        _model = cls(
            id=id,
            company_id=company_id,
            staff_id=staff_id,
            services=services,
            events=events,
            goods_transactions=goods_transactions,
            staff=staff,
            client=client,
            date=date,
            datetime_=datetime_,
            create_date=create_date,
            comment=comment,
            online=online,
            visit_attendance=visit_attendance,
            attendance=attendance,
            confirmed=confirmed,
            seance_length=seance_length,
            length=length,
            sms_before=sms_before,
            sms_now=sms_now,
            sms_now_text=sms_now_text,
            email_now=email_now,
            notified=notified,
            master_request=master_request,
            api_id=api_id,
            from_url=from_url,
            review_requested=review_requested,
            activity_id=activity_id,
            documents=documents,
        )

        _model.additional_properties = d
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
