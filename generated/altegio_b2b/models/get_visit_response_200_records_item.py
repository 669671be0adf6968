from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_visit_response_200_records_item_client import GetVisitResponse200RecordsItemClient
    from ..models.get_visit_response_200_records_item_staff import GetVisitResponse200RecordsItemStaff


T = TypeVar("T", bound="GetVisitResponse200RecordsItem")


@_attrs_define
class GetVisitResponse200RecordsItem:
    """
    Attributes:
        activity_id (int | Unset): Group event ID
        api_id (str | Unset): External appointment ID
        attendance (float | Unset): Status of the appointment in the visit
        client (GetVisitResponse200RecordsItemClient | Unset): Client Information
        comment (str | Unset): Commentary on the visit
        company_id (int | Unset): location ID
        confirmed (float | Unset): Is the appointment verified?
        create_date (str | Unset): Date the visit was created
        date (str | Unset): Date of visit
        datetime_ (str | Unset): Date of visit in ISO format
        documents (list[Any] | Unset):
        email_now (float | Unset): Has an email notification been sent?
        events (list[Any] | Unset):
        from_url (str | Unset): From which page the transition was made to complete the appointment (website, VK
            application, etc.)
        goods_transactions (list[Any] | Unset): Array of commodity transactions
        id (int | Unset): Appointment ID
        length (float | Unset): Appointment duration in seconds. Alias of seance_length. Includes
            technical_break_duration.
        master_request (float | Unset): Indicates whether a specific team member was selected for the appointment. Set
            to false if the "any team member" option was chosen
        notified (float | Unset): Flag for confirmation of the appointment by the location administrator, if the client
            asked to confirm the appointment
        online (bool | Unset): (Read only) Whether the appointment is online or not (false if the appointment was made
            by an administrator)
        review_requested (float | Unset): Flag for requesting visit feedback from the client
        seance_length (float | Unset): Appointment duration in seconds. Includes technical_break_duration. Equal to the
            sum of services plus the technical break.
        services (list[Any] | Unset): Services Array
        sms_before (float | Unset): Whether to send an SMS reminder to the client (if the client is specified)
        sms_now (float | Unset): Did you send SMS when adding an appointment
        sms_now_text (str | Unset): SMS text
        staff (GetVisitResponse200RecordsItemStaff | Unset): team member Information
        staff_id (int | Unset): team member ID
        visit_attendance (float | Unset): Visit status
    """

    activity_id: int | Unset = UNSET
    api_id: str | Unset = UNSET
    attendance: float | Unset = UNSET
    client: GetVisitResponse200RecordsItemClient | Unset = UNSET
    comment: str | Unset = UNSET
    company_id: int | Unset = UNSET
    confirmed: float | Unset = UNSET
    create_date: str | Unset = UNSET
    date: str | Unset = UNSET
    datetime_: str | Unset = UNSET
    documents: list[Any] | Unset = UNSET
    email_now: float | Unset = UNSET
    events: list[Any] | Unset = UNSET
    from_url: str | Unset = UNSET
    goods_transactions: list[Any] | Unset = UNSET
    id: int | Unset = UNSET
    length: float | Unset = UNSET
    master_request: float | Unset = UNSET
    notified: float | Unset = UNSET
    online: bool | Unset = UNSET
    review_requested: float | Unset = UNSET
    seance_length: float | Unset = UNSET
    services: list[Any] | Unset = UNSET
    sms_before: float | Unset = UNSET
    sms_now: float | Unset = UNSET
    sms_now_text: str | Unset = UNSET
    staff: GetVisitResponse200RecordsItemStaff | Unset = UNSET
    staff_id: int | Unset = UNSET
    visit_attendance: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activity_id = self.activity_id

        api_id = self.api_id

        attendance = self.attendance

        client: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client, Unset):
            client = self.client.to_dict()

        comment = self.comment

        company_id = self.company_id

        confirmed = self.confirmed

        create_date = self.create_date

        date = self.date

        datetime_ = self.datetime_

        documents: list[Any] | Unset = UNSET
        if not isinstance(self.documents, Unset):
            documents = self.documents

        email_now = self.email_now

        events: list[Any] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = self.events

        from_url = self.from_url

        goods_transactions: list[Any] | Unset = UNSET
        if not isinstance(self.goods_transactions, Unset):
            goods_transactions = self.goods_transactions

        id = self.id

        length = self.length

        master_request = self.master_request

        notified = self.notified

        online = self.online

        review_requested = self.review_requested

        seance_length = self.seance_length

        services: list[Any] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = self.services

        sms_before = self.sms_before

        sms_now = self.sms_now

        sms_now_text = self.sms_now_text

        staff: dict[str, Any] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = self.staff.to_dict()

        staff_id = self.staff_id

        visit_attendance = self.visit_attendance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if activity_id is not UNSET:
            field_dict["activity_id"] = activity_id
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if attendance is not UNSET:
            field_dict["attendance"] = attendance
        if client is not UNSET:
            field_dict["client"] = client
        if comment is not UNSET:
            field_dict["comment"] = comment
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if confirmed is not UNSET:
            field_dict["confirmed"] = confirmed
        if create_date is not UNSET:
            field_dict["create_date"] = create_date
        if date is not UNSET:
            field_dict["date"] = date
        if datetime_ is not UNSET:
            field_dict["datetime"] = datetime_
        if documents is not UNSET:
            field_dict["documents"] = documents
        if email_now is not UNSET:
            field_dict["email_now"] = email_now
        if events is not UNSET:
            field_dict["events"] = events
        if from_url is not UNSET:
            field_dict["from_url"] = from_url
        if goods_transactions is not UNSET:
            field_dict["goods_transactions"] = goods_transactions
        if id is not UNSET:
            field_dict["id"] = id
        if length is not UNSET:
            field_dict["length"] = length
        if master_request is not UNSET:
            field_dict["master_request"] = master_request
        if notified is not UNSET:
            field_dict["notified"] = notified
        if online is not UNSET:
            field_dict["online"] = online
        if review_requested is not UNSET:
            field_dict["review_requested"] = review_requested
        if seance_length is not UNSET:
            field_dict["seance_length"] = seance_length
        if services is not UNSET:
            field_dict["services"] = services
        if sms_before is not UNSET:
            field_dict["sms_before"] = sms_before
        if sms_now is not UNSET:
            field_dict["sms_now"] = sms_now
        if sms_now_text is not UNSET:
            field_dict["sms_now_text"] = sms_now_text
        if staff is not UNSET:
            field_dict["staff"] = staff
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if visit_attendance is not UNSET:
            field_dict["visit_attendance"] = visit_attendance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_visit_response_200_records_item_client import GetVisitResponse200RecordsItemClient  # noqa: PLC0415
        from ..models.get_visit_response_200_records_item_staff import GetVisitResponse200RecordsItemStaff  # noqa: PLC0415

        d = dict(src_dict)
        activity_id = d.pop("activity_id", UNSET)

        api_id = d.pop("api_id", UNSET)

        attendance = d.pop("attendance", UNSET)

        _client = d.pop("client", UNSET)
        client: GetVisitResponse200RecordsItemClient | Unset
        if isinstance(_client, Unset):
            client = UNSET
        else:
            client = GetVisitResponse200RecordsItemClient.from_dict(_client)

        comment = d.pop("comment", UNSET)

        company_id = d.pop("company_id", UNSET)

        confirmed = d.pop("confirmed", UNSET)

        create_date = d.pop("create_date", UNSET)

        date = d.pop("date", UNSET)

        datetime_ = d.pop("datetime", UNSET)

        documents = cast(list[Any], d.pop("documents", UNSET))

        email_now = d.pop("email_now", UNSET)

        events = cast(list[Any], d.pop("events", UNSET))

        from_url = d.pop("from_url", UNSET)

        goods_transactions = cast(list[Any], d.pop("goods_transactions", UNSET))

        id = d.pop("id", UNSET)

        length = d.pop("length", UNSET)

        master_request = d.pop("master_request", UNSET)

        notified = d.pop("notified", UNSET)

        online = d.pop("online", UNSET)

        review_requested = d.pop("review_requested", UNSET)

        seance_length = d.pop("seance_length", UNSET)

        services = cast(list[Any], d.pop("services", UNSET))

        sms_before = d.pop("sms_before", UNSET)

        sms_now = d.pop("sms_now", UNSET)

        sms_now_text = d.pop("sms_now_text", UNSET)

        _staff = d.pop("staff", UNSET)
        staff: GetVisitResponse200RecordsItemStaff | Unset
        if isinstance(_staff, Unset):
            staff = UNSET
        else:
            staff = GetVisitResponse200RecordsItemStaff.from_dict(_staff)

        staff_id = d.pop("staff_id", UNSET)

        visit_attendance = d.pop("visit_attendance", UNSET)

        get_visit_response_200_records_item = cls(
            activity_id=activity_id,
            api_id=api_id,
            attendance=attendance,
            client=client,
            comment=comment,
            company_id=company_id,
            confirmed=confirmed,
            create_date=create_date,
            date=date,
            datetime_=datetime_,
            documents=documents,
            email_now=email_now,
            events=events,
            from_url=from_url,
            goods_transactions=goods_transactions,
            id=id,
            length=length,
            master_request=master_request,
            notified=notified,
            online=online,
            review_requested=review_requested,
            seance_length=seance_length,
            services=services,
            sms_before=sms_before,
            sms_now=sms_now,
            sms_now_text=sms_now_text,
            staff=staff,
            staff_id=staff_id,
            visit_attendance=visit_attendance,
        )

        get_visit_response_200_records_item.additional_properties = d
        return get_visit_response_200_records_item

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
