from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_appointment_response_201_client import UpdateAppointmentResponse201Client
    from ..models.update_appointment_response_201_documents_item import UpdateAppointmentResponse201DocumentsItem
    from ..models.update_appointment_response_201_services_item import UpdateAppointmentResponse201ServicesItem
    from ..models.update_appointment_response_201_staff import UpdateAppointmentResponse201Staff


T = TypeVar("T", bound="UpdateAppointmentResponse201")


@_attrs_define
class UpdateAppointmentResponse201:
    """Object with data

    Attributes:
        id (int | Unset):
        services (list[UpdateAppointmentResponse201ServicesItem] | Unset):
        client (UpdateAppointmentResponse201Client | Unset):
        clients_count (float | Unset): Number of occupied places in a group appointment
        staff (UpdateAppointmentResponse201Staff | Unset):
        datetime_ (datetime.datetime | Unset): Session date
        seance_length (float | Unset): Appointment duration in seconds. Includes technical_break_duration. Equal to the
            sum of services plus the technical break.
        create_date (datetime.datetime | Unset): date of creation
        comment (str | Unset): Appointment Comment
        confirmed (float | Unset): Is the appointment verified?
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
        activity_id (int | Unset): Group  event ID
        documents (list[UpdateAppointmentResponse201DocumentsItem] | Unset):
    """

    id: int | Unset = UNSET
    services: list[UpdateAppointmentResponse201ServicesItem] | Unset = UNSET
    client: UpdateAppointmentResponse201Client | Unset = UNSET
    clients_count: float | Unset = UNSET
    staff: UpdateAppointmentResponse201Staff | Unset = UNSET
    datetime_: datetime.datetime | Unset = UNSET
    seance_length: float | Unset = UNSET
    create_date: datetime.datetime | Unset = UNSET
    comment: str | Unset = UNSET
    confirmed: float | Unset = UNSET
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
    documents: list[UpdateAppointmentResponse201DocumentsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        services: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = []
            for services_item_data in self.services:
                services_item = services_item_data.to_dict()
                services.append(services_item)

        client: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client, Unset):
            client = self.client.to_dict()

        clients_count = self.clients_count

        staff: dict[str, Any] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = self.staff.to_dict()

        datetime_: str | Unset = UNSET
        if not isinstance(self.datetime_, Unset):
            datetime_ = self.datetime_.isoformat()

        seance_length = self.seance_length

        create_date: str | Unset = UNSET
        if not isinstance(self.create_date, Unset):
            create_date = self.create_date.isoformat()

        comment = self.comment

        confirmed = self.confirmed

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
        if services is not UNSET:
            field_dict["services"] = services
        if client is not UNSET:
            field_dict["client"] = client
        if clients_count is not UNSET:
            field_dict["clients_count"] = clients_count
        if staff is not UNSET:
            field_dict["staff"] = staff
        if datetime_ is not UNSET:
            field_dict["datetime"] = datetime_
        if seance_length is not UNSET:
            field_dict["seance_length"] = seance_length
        if create_date is not UNSET:
            field_dict["create_date"] = create_date
        if comment is not UNSET:
            field_dict["comment"] = comment
        if confirmed is not UNSET:
            field_dict["confirmed"] = confirmed
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
        from ..models.update_appointment_response_201_client import UpdateAppointmentResponse201Client  # noqa: PLC0415
        from ..models.update_appointment_response_201_documents_item import UpdateAppointmentResponse201DocumentsItem  # noqa: PLC0415
        from ..models.update_appointment_response_201_services_item import UpdateAppointmentResponse201ServicesItem  # noqa: PLC0415
        from ..models.update_appointment_response_201_staff import UpdateAppointmentResponse201Staff  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _services = d.pop("services", UNSET)
        services: list[UpdateAppointmentResponse201ServicesItem] | Unset = UNSET
        if _services is not UNSET:
            services = []
            for services_item_data in _services:
                services_item = UpdateAppointmentResponse201ServicesItem.from_dict(services_item_data)

                services.append(services_item)

        _client = d.pop("client", UNSET)
        client: UpdateAppointmentResponse201Client | Unset
        if isinstance(_client, Unset):
            client = UNSET
        else:
            client = UpdateAppointmentResponse201Client.from_dict(_client)

        clients_count = d.pop("clients_count", UNSET)

        _staff = d.pop("staff", UNSET)
        staff: UpdateAppointmentResponse201Staff | Unset
        if isinstance(_staff, Unset):
            staff = UNSET
        else:
            staff = UpdateAppointmentResponse201Staff.from_dict(_staff)

        _datetime_ = d.pop("datetime", UNSET)
        datetime_: datetime.datetime | Unset
        if isinstance(_datetime_, Unset):
            datetime_ = UNSET
        else:
            datetime_ = _timestamps.parse_datetime(_datetime_)

        seance_length = d.pop("seance_length", UNSET)

        _create_date = d.pop("create_date", UNSET)
        create_date: datetime.datetime | Unset
        if isinstance(_create_date, Unset):
            create_date = UNSET
        else:
            create_date = _timestamps.parse_datetime(_create_date)

        comment = d.pop("comment", UNSET)

        confirmed = d.pop("confirmed", UNSET)

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
        documents: list[UpdateAppointmentResponse201DocumentsItem] | Unset = UNSET
        if _documents is not UNSET:
            documents = []
            for documents_item_data in _documents:
                documents_item = UpdateAppointmentResponse201DocumentsItem.from_dict(documents_item_data)

                documents.append(documents_item)

        _model = cls(
            id=id,
            services=services,
            client=client,
            clients_count=clients_count,
            staff=staff,
            datetime_=datetime_,
            seance_length=seance_length,
            create_date=create_date,
            comment=comment,
            confirmed=confirmed,
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
