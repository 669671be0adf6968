from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_appointment_response_201_item_client_type_0 import CreateAppointmentResponse201ItemClientType0
    from ..models.create_appointment_response_201_item_consumables_item import (
        CreateAppointmentResponse201ItemConsumablesItem,
    )
    from ..models.create_appointment_response_201_item_custom_fields_type_0 import (
        CreateAppointmentResponse201ItemCustomFieldsType0,
    )
    from ..models.create_appointment_response_201_item_documents_item import (
        CreateAppointmentResponse201ItemDocumentsItem,
    )
    from ..models.create_appointment_response_201_item_finance_transactions_item import (
        CreateAppointmentResponse201ItemFinanceTransactionsItem,
    )
    from ..models.create_appointment_response_201_item_goods_transactions_item import (
        CreateAppointmentResponse201ItemGoodsTransactionsItem,
    )
    from ..models.create_appointment_response_201_item_record_labels_item import (
        CreateAppointmentResponse201ItemRecordLabelsItem,
    )
    from ..models.create_appointment_response_201_item_services_item import CreateAppointmentResponse201ItemServicesItem
    from ..models.create_appointment_response_201_item_staff import CreateAppointmentResponse201ItemStaff


T = TypeVar("T", bound="CreateAppointmentResponse201Item")


@_attrs_define
class CreateAppointmentResponse201Item:
    """
    Attributes:
        id (int | Unset): Appointment ID
        company_id (int | Unset): location ID
        staff_id (int | Unset): team member ID
        services (list[CreateAppointmentResponse201ItemServicesItem] | Unset): Array of objects with services in the
            appointment
        goods_transactions (list[CreateAppointmentResponse201ItemGoodsTransactionsItem] | Unset): Array of commodity
            transactions
        staff (CreateAppointmentResponse201ItemStaff | Unset): team member data object
        client (CreateAppointmentResponse201ItemClientType0 | None | Unset): Customer data (may be empty)
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
        record_labels (list[CreateAppointmentResponse201ItemRecordLabelsItem] | Unset): Post categories
        activity_id (int | Unset): Group event ID
        custom_fields (CreateAppointmentResponse201ItemCustomFieldsType0 | list[Any] | Unset): Custom fields (object or
            empty array)
        documents (list[CreateAppointmentResponse201ItemDocumentsItem] | Unset): Array of documents
        sms_remain_hours (float | None | Unset): How many hours before the start of the visit to send an SMS with a
            reminder
        email_remain_hours (float | None | Unset): How many hours before the start of the visit to send a reminder email
        bookform_id (int | Unset): Online Appointment Form ID
        record_from (str | Unset): Name of online registration form
        is_mobile (float | Unset): Type of device used to register (0 - appointment created by administrator, via web
            version or mobile app for administrators, 1 - Mobile browser, online appointment widget, 2 - Desktop browser,
            online appointment widget)
        is_sale_bill_printed (bool | Unset): Is the sales receipt printed?
        consumables (list[CreateAppointmentResponse201ItemConsumablesItem] | Unset): Consumable Array
        finance_transactions (list[CreateAppointmentResponse201ItemFinanceTransactionsItem] | Unset): Array of financial
            transactions
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
    services: list[CreateAppointmentResponse201ItemServicesItem] | Unset = UNSET
    goods_transactions: list[CreateAppointmentResponse201ItemGoodsTransactionsItem] | Unset = UNSET
    staff: CreateAppointmentResponse201ItemStaff | Unset = UNSET
    client: CreateAppointmentResponse201ItemClientType0 | None | Unset = UNSET
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
    record_labels: list[CreateAppointmentResponse201ItemRecordLabelsItem] | Unset = UNSET
    activity_id: int | Unset = UNSET
    custom_fields: CreateAppointmentResponse201ItemCustomFieldsType0 | list[Any] | Unset = UNSET
    documents: list[CreateAppointmentResponse201ItemDocumentsItem] | Unset = UNSET
    sms_remain_hours: float | None | Unset = UNSET
    email_remain_hours: float | None | Unset = UNSET
    bookform_id: int | Unset = UNSET
    record_from: str | Unset = UNSET
    is_mobile: float | Unset = UNSET
    is_sale_bill_printed: bool | Unset = UNSET
    consumables: list[CreateAppointmentResponse201ItemConsumablesItem] | Unset = UNSET
    finance_transactions: list[CreateAppointmentResponse201ItemFinanceTransactionsItem] | Unset = UNSET
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
        from ..models.create_appointment_response_201_item_client_type_0 import (
            CreateAppointmentResponse201ItemClientType0,  # noqa: PLC0415
        )
        from ..models.create_appointment_response_201_item_custom_fields_type_0 import (
            CreateAppointmentResponse201ItemCustomFieldsType0,  # noqa: PLC0415
        )

        id = self.id

        company_id = self.company_id

        staff_id = self.staff_id

        services: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = []
            for services_item_data in self.services:
                services_item = services_item_data.to_dict()
                services.append(services_item)

        goods_transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.goods_transactions, Unset):
            goods_transactions = []
            for goods_transactions_item_data in self.goods_transactions:
                goods_transactions_item = goods_transactions_item_data.to_dict()
                goods_transactions.append(goods_transactions_item)

        staff: dict[str, Any] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = self.staff.to_dict()

        client: dict[str, Any] | None | Unset
        if isinstance(self.client, Unset):
            client = UNSET
        elif isinstance(self.client, CreateAppointmentResponse201ItemClientType0):
            client = self.client.to_dict()
        else:
            client = self.client

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

        is_remind_sms_sent = self.is_remind_sms_sent

        visit_id = self.visit_id

        created_user_id = self.created_user_id

        deleted = self.deleted

        paid_full = self.paid_full

        prepaid = self.prepaid

        prepaid_confirmed = self.prepaid_confirmed

        last_change_date: str | Unset = UNSET
        if not isinstance(self.last_change_date, Unset):
            last_change_date = self.last_change_date.isoformat()

        custom_color = self.custom_color

        custom_font_color = self.custom_font_color

        record_labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.record_labels, Unset):
            record_labels = []
            for record_labels_item_data in self.record_labels:
                record_labels_item = record_labels_item_data.to_dict()
                record_labels.append(record_labels_item)

        activity_id = self.activity_id

        custom_fields: dict[str, Any] | list[Any] | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, CreateAppointmentResponse201ItemCustomFieldsType0):
            custom_fields = self.custom_fields.to_dict()
        else:
            custom_fields = self.custom_fields

        documents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.documents, Unset):
            documents = []
            for documents_item_data in self.documents:
                documents_item = documents_item_data.to_dict()
                documents.append(documents_item)

        sms_remain_hours: float | None | Unset
        if isinstance(self.sms_remain_hours, Unset):
            sms_remain_hours = UNSET
        else:
            sms_remain_hours = self.sms_remain_hours

        email_remain_hours: float | None | Unset
        if isinstance(self.email_remain_hours, Unset):
            email_remain_hours = UNSET
        else:
            email_remain_hours = self.email_remain_hours

        bookform_id = self.bookform_id

        record_from = self.record_from

        is_mobile = self.is_mobile

        is_sale_bill_printed = self.is_sale_bill_printed

        consumables: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.consumables, Unset):
            consumables = []
            for consumables_item_data in self.consumables:
                consumables_item = consumables_item_data.to_dict()
                consumables.append(consumables_item)

        finance_transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.finance_transactions, Unset):
            finance_transactions = []
            for finance_transactions_item_data in self.finance_transactions:
                finance_transactions_item = finance_transactions_item_data.to_dict()
                finance_transactions.append(finance_transactions_item)

        acceptance_free: bool | None | Unset
        if isinstance(self.acceptance_free, Unset):
            acceptance_free = UNSET
        else:
            acceptance_free = self.acceptance_free

        clients_count = self.clients_count

        comer: bool | None | Unset
        if isinstance(self.comer, Unset):
            comer = UNSET
        else:
            comer = self.comer

        is_update_blocked = self.is_update_blocked

        payment_status: float | str | Unset
        if isinstance(self.payment_status, Unset):
            payment_status = UNSET
        else:
            payment_status = self.payment_status

        resource_instance_ids: list[float] | Unset = UNSET
        if not isinstance(self.resource_instance_ids, Unset):
            resource_instance_ids = self.resource_instance_ids

        short_link = self.short_link

        technical_break_duration = self.technical_break_duration

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
        if is_remind_sms_sent is not UNSET:
            field_dict["is_remind_sms_sent"] = is_remind_sms_sent
        if visit_id is not UNSET:
            field_dict["visit_id"] = visit_id
        if created_user_id is not UNSET:
            field_dict["created_user_id"] = created_user_id
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if paid_full is not UNSET:
            field_dict["paid_full"] = paid_full
        if prepaid is not UNSET:
            field_dict["prepaid"] = prepaid
        if prepaid_confirmed is not UNSET:
            field_dict["prepaid_confirmed"] = prepaid_confirmed
        if last_change_date is not UNSET:
            field_dict["last_change_date"] = last_change_date
        if custom_color is not UNSET:
            field_dict["custom_color"] = custom_color
        if custom_font_color is not UNSET:
            field_dict["custom_font_color"] = custom_font_color
        if record_labels is not UNSET:
            field_dict["record_labels"] = record_labels
        if activity_id is not UNSET:
            field_dict["activity_id"] = activity_id
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if documents is not UNSET:
            field_dict["documents"] = documents
        if sms_remain_hours is not UNSET:
            field_dict["sms_remain_hours"] = sms_remain_hours
        if email_remain_hours is not UNSET:
            field_dict["email_remain_hours"] = email_remain_hours
        if bookform_id is not UNSET:
            field_dict["bookform_id"] = bookform_id
        if record_from is not UNSET:
            field_dict["record_from"] = record_from
        if is_mobile is not UNSET:
            field_dict["is_mobile"] = is_mobile
        if is_sale_bill_printed is not UNSET:
            field_dict["is_sale_bill_printed"] = is_sale_bill_printed
        if consumables is not UNSET:
            field_dict["consumables"] = consumables
        if finance_transactions is not UNSET:
            field_dict["finance_transactions"] = finance_transactions
        if acceptance_free is not UNSET:
            field_dict["acceptance_free"] = acceptance_free
        if clients_count is not UNSET:
            field_dict["clients_count"] = clients_count
        if comer is not UNSET:
            field_dict["comer"] = comer
        if is_update_blocked is not UNSET:
            field_dict["is_update_blocked"] = is_update_blocked
        if payment_status is not UNSET:
            field_dict["payment_status"] = payment_status
        if resource_instance_ids is not UNSET:
            field_dict["resource_instance_ids"] = resource_instance_ids
        if short_link is not UNSET:
            field_dict["short_link"] = short_link
        if technical_break_duration is not UNSET:
            field_dict["technical_break_duration"] = technical_break_duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_appointment_response_201_item_client_type_0 import (
            CreateAppointmentResponse201ItemClientType0,  # noqa: PLC0415
        )
        from ..models.create_appointment_response_201_item_consumables_item import (
            CreateAppointmentResponse201ItemConsumablesItem,  # noqa: PLC0415
        )
        from ..models.create_appointment_response_201_item_custom_fields_type_0 import (
            CreateAppointmentResponse201ItemCustomFieldsType0,  # noqa: PLC0415
        )
        from ..models.create_appointment_response_201_item_documents_item import (
            CreateAppointmentResponse201ItemDocumentsItem,  # noqa: PLC0415
        )
        from ..models.create_appointment_response_201_item_finance_transactions_item import (
            CreateAppointmentResponse201ItemFinanceTransactionsItem,  # noqa: PLC0415
        )
        from ..models.create_appointment_response_201_item_goods_transactions_item import (
            CreateAppointmentResponse201ItemGoodsTransactionsItem,  # noqa: PLC0415
        )
        from ..models.create_appointment_response_201_item_record_labels_item import (
            CreateAppointmentResponse201ItemRecordLabelsItem,  # noqa: PLC0415
        )
        from ..models.create_appointment_response_201_item_services_item import (
            CreateAppointmentResponse201ItemServicesItem,  # noqa: PLC0415
        )
        from ..models.create_appointment_response_201_item_staff import CreateAppointmentResponse201ItemStaff  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        company_id = d.pop("company_id", UNSET)

        staff_id = d.pop("staff_id", UNSET)

        _services = d.pop("services", UNSET)
        services: list[CreateAppointmentResponse201ItemServicesItem] | Unset = UNSET
        if _services is not UNSET:
            services = []
            for services_item_data in _services:
                services_item = CreateAppointmentResponse201ItemServicesItem.from_dict(services_item_data)

                services.append(services_item)

        _goods_transactions = d.pop("goods_transactions", UNSET)
        goods_transactions: list[CreateAppointmentResponse201ItemGoodsTransactionsItem] | Unset = UNSET
        if _goods_transactions is not UNSET:
            goods_transactions = []
            for goods_transactions_item_data in _goods_transactions:
                goods_transactions_item = CreateAppointmentResponse201ItemGoodsTransactionsItem.from_dict(
                    goods_transactions_item_data
                )

                goods_transactions.append(goods_transactions_item)

        _staff = d.pop("staff", UNSET)
        staff: CreateAppointmentResponse201ItemStaff | Unset
        if isinstance(_staff, Unset):
            staff = UNSET
        else:
            staff = CreateAppointmentResponse201ItemStaff.from_dict(_staff)

        def _parse_client(data: object) -> CreateAppointmentResponse201ItemClientType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                client_type_0 = CreateAppointmentResponse201ItemClientType0.from_dict(data)

                return client_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateAppointmentResponse201ItemClientType0 | None | Unset, data)

        client = _parse_client(d.pop("client", UNSET))

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

        is_remind_sms_sent = d.pop("is_remind_sms_sent", UNSET)

        visit_id = d.pop("visit_id", UNSET)

        created_user_id = d.pop("created_user_id", UNSET)

        deleted = d.pop("deleted", UNSET)

        paid_full = d.pop("paid_full", UNSET)

        prepaid = d.pop("prepaid", UNSET)

        prepaid_confirmed = d.pop("prepaid_confirmed", UNSET)

        _last_change_date = d.pop("last_change_date", UNSET)
        last_change_date: datetime.datetime | Unset
        if isinstance(_last_change_date, Unset):
            last_change_date = UNSET
        else:
            last_change_date = _timestamps.parse_datetime(_last_change_date)

        custom_color = d.pop("custom_color", UNSET)

        custom_font_color = d.pop("custom_font_color", UNSET)

        _record_labels = d.pop("record_labels", UNSET)
        record_labels: list[CreateAppointmentResponse201ItemRecordLabelsItem] | Unset = UNSET
        if _record_labels is not UNSET:
            record_labels = []
            for record_labels_item_data in _record_labels:
                record_labels_item = CreateAppointmentResponse201ItemRecordLabelsItem.from_dict(record_labels_item_data)

                record_labels.append(record_labels_item)

        activity_id = d.pop("activity_id", UNSET)

        def _parse_custom_fields(data: object) -> CreateAppointmentResponse201ItemCustomFieldsType0 | list[Any] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_fields_type_0 = CreateAppointmentResponse201ItemCustomFieldsType0.from_dict(data)

                return custom_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            custom_fields_type_1 = cast(list[Any], data)

            return custom_fields_type_1

        custom_fields = _parse_custom_fields(d.pop("custom_fields", UNSET))

        _documents = d.pop("documents", UNSET)
        documents: list[CreateAppointmentResponse201ItemDocumentsItem] | Unset = UNSET
        if _documents is not UNSET:
            documents = []
            for documents_item_data in _documents:
                documents_item = CreateAppointmentResponse201ItemDocumentsItem.from_dict(documents_item_data)

                documents.append(documents_item)

        def _parse_sms_remain_hours(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        sms_remain_hours = _parse_sms_remain_hours(d.pop("sms_remain_hours", UNSET))

        def _parse_email_remain_hours(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        email_remain_hours = _parse_email_remain_hours(d.pop("email_remain_hours", UNSET))

        bookform_id = d.pop("bookform_id", UNSET)

        record_from = d.pop("record_from", UNSET)

        is_mobile = d.pop("is_mobile", UNSET)

        is_sale_bill_printed = d.pop("is_sale_bill_printed", UNSET)

        _consumables = d.pop("consumables", UNSET)
        consumables: list[CreateAppointmentResponse201ItemConsumablesItem] | Unset = UNSET
        if _consumables is not UNSET:
            consumables = []
            for consumables_item_data in _consumables:
                consumables_item = CreateAppointmentResponse201ItemConsumablesItem.from_dict(consumables_item_data)

                consumables.append(consumables_item)

        _finance_transactions = d.pop("finance_transactions", UNSET)
        finance_transactions: list[CreateAppointmentResponse201ItemFinanceTransactionsItem] | Unset = UNSET
        if _finance_transactions is not UNSET:
            finance_transactions = []
            for finance_transactions_item_data in _finance_transactions:
                finance_transactions_item = CreateAppointmentResponse201ItemFinanceTransactionsItem.from_dict(
                    finance_transactions_item_data
                )

                finance_transactions.append(finance_transactions_item)

        def _parse_acceptance_free(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        acceptance_free = _parse_acceptance_free(d.pop("acceptance_free", UNSET))

        clients_count = d.pop("clients_count", UNSET)

        def _parse_comer(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        comer = _parse_comer(d.pop("comer", UNSET))

        is_update_blocked = d.pop("is_update_blocked", UNSET)

        def _parse_payment_status(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        payment_status = _parse_payment_status(d.pop("payment_status", UNSET))

        resource_instance_ids = cast(list[float], d.pop("resource_instance_ids", UNSET))

        short_link = d.pop("short_link", UNSET)

        technical_break_duration = d.pop("technical_break_duration", UNSET)

        _model = cls(
            id=id,
            company_id=company_id,
            staff_id=staff_id,
            services=services,
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
            is_remind_sms_sent=is_remind_sms_sent,
            visit_id=visit_id,
            created_user_id=created_user_id,
            deleted=deleted,
            paid_full=paid_full,
            prepaid=prepaid,
            prepaid_confirmed=prepaid_confirmed,
            last_change_date=last_change_date,
            custom_color=custom_color,
            custom_font_color=custom_font_color,
            record_labels=record_labels,
            activity_id=activity_id,
            custom_fields=custom_fields,
            documents=documents,
            sms_remain_hours=sms_remain_hours,
            email_remain_hours=email_remain_hours,
            bookform_id=bookform_id,
            record_from=record_from,
            is_mobile=is_mobile,
            is_sale_bill_printed=is_sale_bill_printed,
            consumables=consumables,
            finance_transactions=finance_transactions,
            acceptance_free=acceptance_free,
            clients_count=clients_count,
            comer=comer,
            is_update_blocked=is_update_blocked,
            payment_status=payment_status,
            resource_instance_ids=resource_instance_ids,
            short_link=short_link,
            technical_break_duration=technical_break_duration,
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
