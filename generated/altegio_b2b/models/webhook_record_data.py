from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
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
        from ..models.webhook_record_data_client_type_0 import WebhookRecordDataClientType0  # noqa: PLC0415
        from ..models.webhook_record_data_comer_person_info_type_0 import WebhookRecordDataComerPersonInfoType0  # noqa: PLC0415
        from ..models.webhook_record_data_comer_type_0 import WebhookRecordDataComerType0  # noqa: PLC0415
        from ..models.webhook_record_data_composite_type_0 import WebhookRecordDataCompositeType0  # noqa: PLC0415
        from ..models.webhook_record_data_staff_type_0 import WebhookRecordDataStaffType0  # noqa: PLC0415

        id = self.id

        company_id = self.company_id

        staff_id = self.staff_id

        clients_count = self.clients_count

        date = self.date

        datetime_: str | Unset = UNSET
        if not isinstance(self.datetime_, Unset):
            datetime_ = self.datetime_.isoformat()

        create_date: str | Unset = UNSET
        if not isinstance(self.create_date, Unset):
            create_date = self.create_date.isoformat()

        last_change_date: str | Unset = UNSET
        if not isinstance(self.last_change_date, Unset):
            last_change_date = self.last_change_date.isoformat()

        comment = self.comment

        online = self.online

        visit_id = self.visit_id

        visit_attendance = self.visit_attendance

        attendance = self.attendance

        confirmed: int | Unset = UNSET
        if not isinstance(self.confirmed, Unset):
            confirmed = self.confirmed.value

        seance_length = self.seance_length

        length = self.length

        sms_before: int | Unset = UNSET
        if not isinstance(self.sms_before, Unset):
            sms_before = self.sms_before.value

        sms_now = self.sms_now

        sms_now_text = self.sms_now_text

        email_now: int | Unset = UNSET
        if not isinstance(self.email_now, Unset):
            email_now = self.email_now.value

        notified = self.notified

        master_request = self.master_request

        api_id = self.api_id

        from_url = self.from_url

        review_requested: int | Unset = UNSET
        if not isinstance(self.review_requested, Unset):
            review_requested = self.review_requested.value

        created_user_id = self.created_user_id

        deleted = self.deleted

        paid_full = self.paid_full

        prepaid = self.prepaid

        prepaid_confirmed = self.prepaid_confirmed

        is_update_blocked = self.is_update_blocked

        activity_id = self.activity_id

        bookform_id = self.bookform_id

        record_from = self.record_from

        is_mobile = self.is_mobile

        services: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = []
            for services_item_data in self.services:
                services_item = services_item_data.to_dict()
                services.append(services_item)

        staff: dict[str, Any] | None | Unset
        if isinstance(self.staff, Unset):
            staff = UNSET
        elif isinstance(self.staff, WebhookRecordDataStaffType0):
            staff = self.staff.to_dict()
        else:
            staff = self.staff

        client: dict[str, Any] | None | Unset
        if isinstance(self.client, Unset):
            client = UNSET
        elif isinstance(self.client, WebhookRecordDataClientType0):
            client = self.client.to_dict()
        else:
            client = self.client

        goods_transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.goods_transactions, Unset):
            goods_transactions = []
            for goods_transactions_item_data in self.goods_transactions:
                goods_transactions_item = goods_transactions_item_data.to_dict()
                goods_transactions.append(goods_transactions_item)

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        custom_color = self.custom_color

        custom_font_color = self.custom_font_color

        record_labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.record_labels, Unset):
            record_labels = []
            for record_labels_item_data in self.record_labels:
                record_labels_item = record_labels_item_data.to_dict()
                record_labels.append(record_labels_item)

        documents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.documents, Unset):
            documents = []
            for documents_item_data in self.documents:
                documents_item = documents_item_data.to_dict()
                documents.append(documents_item)

        short_link = self.short_link

        sms_remain_hours: int | None | Unset
        if isinstance(self.sms_remain_hours, Unset):
            sms_remain_hours = UNSET
        else:
            sms_remain_hours = self.sms_remain_hours

        email_remain_hours: int | None | Unset
        if isinstance(self.email_remain_hours, Unset):
            email_remain_hours = UNSET
        else:
            email_remain_hours = self.email_remain_hours

        comer: dict[str, Any] | None | Unset
        if isinstance(self.comer, Unset):
            comer = UNSET
        elif isinstance(self.comer, WebhookRecordDataComerType0):
            comer = self.comer.to_dict()
        else:
            comer = self.comer

        comer_person_info: dict[str, Any] | None | Unset
        if isinstance(self.comer_person_info, Unset):
            comer_person_info = UNSET
        elif isinstance(self.comer_person_info, WebhookRecordDataComerPersonInfoType0):
            comer_person_info = self.comer_person_info.to_dict()
        else:
            comer_person_info = self.comer_person_info

        composite: dict[str, Any] | list[Any] | Unset
        if isinstance(self.composite, Unset):
            composite = UNSET
        elif isinstance(self.composite, WebhookRecordDataCompositeType0):
            composite = self.composite.to_dict()
        else:
            composite = self.composite

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if clients_count is not UNSET:
            field_dict["clients_count"] = clients_count
        if date is not UNSET:
            field_dict["date"] = date
        if datetime_ is not UNSET:
            field_dict["datetime"] = datetime_
        if create_date is not UNSET:
            field_dict["create_date"] = create_date
        if last_change_date is not UNSET:
            field_dict["last_change_date"] = last_change_date
        if comment is not UNSET:
            field_dict["comment"] = comment
        if online is not UNSET:
            field_dict["online"] = online
        if visit_id is not UNSET:
            field_dict["visit_id"] = visit_id
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
        if is_update_blocked is not UNSET:
            field_dict["is_update_blocked"] = is_update_blocked
        if activity_id is not UNSET:
            field_dict["activity_id"] = activity_id
        if bookform_id is not UNSET:
            field_dict["bookform_id"] = bookform_id
        if record_from is not UNSET:
            field_dict["record_from"] = record_from
        if is_mobile is not UNSET:
            field_dict["is_mobile"] = is_mobile
        if services is not UNSET:
            field_dict["services"] = services
        if staff is not UNSET:
            field_dict["staff"] = staff
        if client is not UNSET:
            field_dict["client"] = client
        if goods_transactions is not UNSET:
            field_dict["goods_transactions"] = goods_transactions
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if custom_color is not UNSET:
            field_dict["custom_color"] = custom_color
        if custom_font_color is not UNSET:
            field_dict["custom_font_color"] = custom_font_color
        if record_labels is not UNSET:
            field_dict["record_labels"] = record_labels
        if documents is not UNSET:
            field_dict["documents"] = documents
        if short_link is not UNSET:
            field_dict["short_link"] = short_link
        if sms_remain_hours is not UNSET:
            field_dict["sms_remain_hours"] = sms_remain_hours
        if email_remain_hours is not UNSET:
            field_dict["email_remain_hours"] = email_remain_hours
        if comer is not UNSET:
            field_dict["comer"] = comer
        if comer_person_info is not UNSET:
            field_dict["comer_person_info"] = comer_person_info
        if composite is not UNSET:
            field_dict["composite"] = composite

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_record_data_client_type_0 import WebhookRecordDataClientType0  # noqa: PLC0415
        from ..models.webhook_record_data_comer_person_info_type_0 import WebhookRecordDataComerPersonInfoType0  # noqa: PLC0415
        from ..models.webhook_record_data_comer_type_0 import WebhookRecordDataComerType0  # noqa: PLC0415
        from ..models.webhook_record_data_composite_type_0 import WebhookRecordDataCompositeType0  # noqa: PLC0415
        from ..models.webhook_record_data_custom_fields_item import WebhookRecordDataCustomFieldsItem  # noqa: PLC0415
        from ..models.webhook_record_data_documents_item import WebhookRecordDataDocumentsItem  # noqa: PLC0415
        from ..models.webhook_record_data_goods_transactions_item import WebhookRecordDataGoodsTransactionsItem  # noqa: PLC0415
        from ..models.webhook_record_data_record_labels_item import WebhookRecordDataRecordLabelsItem  # noqa: PLC0415
        from ..models.webhook_record_data_services_item import WebhookRecordDataServicesItem  # noqa: PLC0415
        from ..models.webhook_record_data_staff_type_0 import WebhookRecordDataStaffType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        company_id = d.pop("company_id", UNSET)

        staff_id = d.pop("staff_id", UNSET)

        clients_count = d.pop("clients_count", UNSET)

        date = d.pop("date", UNSET)

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

        _last_change_date = d.pop("last_change_date", UNSET)
        last_change_date: datetime.datetime | Unset
        if isinstance(_last_change_date, Unset):
            last_change_date = UNSET
        else:
            last_change_date = _timestamps.parse_datetime(_last_change_date)

        comment = d.pop("comment", UNSET)

        online = d.pop("online", UNSET)

        visit_id = d.pop("visit_id", UNSET)

        visit_attendance = d.pop("visit_attendance", UNSET)

        attendance = d.pop("attendance", UNSET)

        _confirmed = d.pop("confirmed", UNSET)
        confirmed: WebhookRecordDataConfirmed | Unset
        if isinstance(_confirmed, Unset):
            confirmed = UNSET
        else:
            confirmed = WebhookRecordDataConfirmed(_confirmed)

        seance_length = d.pop("seance_length", UNSET)

        length = d.pop("length", UNSET)

        _sms_before = d.pop("sms_before", UNSET)
        sms_before: WebhookRecordDataSmsBefore | Unset
        if isinstance(_sms_before, Unset):
            sms_before = UNSET
        else:
            sms_before = WebhookRecordDataSmsBefore(_sms_before)

        sms_now = d.pop("sms_now", UNSET)

        sms_now_text = d.pop("sms_now_text", UNSET)

        _email_now = d.pop("email_now", UNSET)
        email_now: WebhookRecordDataEmailNow | Unset
        if isinstance(_email_now, Unset):
            email_now = UNSET
        else:
            email_now = WebhookRecordDataEmailNow(_email_now)

        notified = d.pop("notified", UNSET)

        master_request = d.pop("master_request", UNSET)

        api_id = d.pop("api_id", UNSET)

        from_url = d.pop("from_url", UNSET)

        _review_requested = d.pop("review_requested", UNSET)
        review_requested: WebhookRecordDataReviewRequested | Unset
        if isinstance(_review_requested, Unset):
            review_requested = UNSET
        else:
            review_requested = WebhookRecordDataReviewRequested(_review_requested)

        created_user_id = d.pop("created_user_id", UNSET)

        deleted = d.pop("deleted", UNSET)

        paid_full = d.pop("paid_full", UNSET)

        prepaid = d.pop("prepaid", UNSET)

        prepaid_confirmed = d.pop("prepaid_confirmed", UNSET)

        is_update_blocked = d.pop("is_update_blocked", UNSET)

        activity_id = d.pop("activity_id", UNSET)

        bookform_id = d.pop("bookform_id", UNSET)

        record_from = d.pop("record_from", UNSET)

        is_mobile = d.pop("is_mobile", UNSET)

        _services = d.pop("services", UNSET)
        services: list[WebhookRecordDataServicesItem] | Unset = UNSET
        if _services is not UNSET:
            services = []
            for services_item_data in _services:
                services_item = WebhookRecordDataServicesItem.from_dict(services_item_data)

                services.append(services_item)

        def _parse_staff(data: object) -> None | Unset | WebhookRecordDataStaffType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                staff_type_0 = WebhookRecordDataStaffType0.from_dict(data)

                return staff_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WebhookRecordDataStaffType0, data)

        staff = _parse_staff(d.pop("staff", UNSET))

        def _parse_client(data: object) -> None | Unset | WebhookRecordDataClientType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                client_type_0 = WebhookRecordDataClientType0.from_dict(data)

                return client_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WebhookRecordDataClientType0, data)

        client = _parse_client(d.pop("client", UNSET))

        _goods_transactions = d.pop("goods_transactions", UNSET)
        goods_transactions: list[WebhookRecordDataGoodsTransactionsItem] | Unset = UNSET
        if _goods_transactions is not UNSET:
            goods_transactions = []
            for goods_transactions_item_data in _goods_transactions:
                goods_transactions_item = WebhookRecordDataGoodsTransactionsItem.from_dict(goods_transactions_item_data)

                goods_transactions.append(goods_transactions_item)

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: list[WebhookRecordDataCustomFieldsItem] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = WebhookRecordDataCustomFieldsItem.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        custom_color = d.pop("custom_color", UNSET)

        custom_font_color = d.pop("custom_font_color", UNSET)

        _record_labels = d.pop("record_labels", UNSET)
        record_labels: list[WebhookRecordDataRecordLabelsItem] | Unset = UNSET
        if _record_labels is not UNSET:
            record_labels = []
            for record_labels_item_data in _record_labels:
                record_labels_item = WebhookRecordDataRecordLabelsItem.from_dict(record_labels_item_data)

                record_labels.append(record_labels_item)

        _documents = d.pop("documents", UNSET)
        documents: list[WebhookRecordDataDocumentsItem] | Unset = UNSET
        if _documents is not UNSET:
            documents = []
            for documents_item_data in _documents:
                documents_item = WebhookRecordDataDocumentsItem.from_dict(documents_item_data)

                documents.append(documents_item)

        short_link = d.pop("short_link", UNSET)

        def _parse_sms_remain_hours(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        sms_remain_hours = _parse_sms_remain_hours(d.pop("sms_remain_hours", UNSET))

        def _parse_email_remain_hours(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        email_remain_hours = _parse_email_remain_hours(d.pop("email_remain_hours", UNSET))

        def _parse_comer(data: object) -> None | Unset | WebhookRecordDataComerType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                comer_type_0 = WebhookRecordDataComerType0.from_dict(data)

                return comer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WebhookRecordDataComerType0, data)

        comer = _parse_comer(d.pop("comer", UNSET))

        def _parse_comer_person_info(data: object) -> None | Unset | WebhookRecordDataComerPersonInfoType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                comer_person_info_type_0 = WebhookRecordDataComerPersonInfoType0.from_dict(data)

                return comer_person_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WebhookRecordDataComerPersonInfoType0, data)

        comer_person_info = _parse_comer_person_info(d.pop("comer_person_info", UNSET))

        def _parse_composite(data: object) -> list[Any] | Unset | WebhookRecordDataCompositeType0:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                composite_type_0 = WebhookRecordDataCompositeType0.from_dict(data)

                return composite_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            composite_type_1 = cast(list[Any], data)

            return composite_type_1

        composite = _parse_composite(d.pop("composite", UNSET))

        _model = cls(
            id=id,
            company_id=company_id,
            staff_id=staff_id,
            clients_count=clients_count,
            date=date,
            datetime_=datetime_,
            create_date=create_date,
            last_change_date=last_change_date,
            comment=comment,
            online=online,
            visit_id=visit_id,
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
            created_user_id=created_user_id,
            deleted=deleted,
            paid_full=paid_full,
            prepaid=prepaid,
            prepaid_confirmed=prepaid_confirmed,
            is_update_blocked=is_update_blocked,
            activity_id=activity_id,
            bookform_id=bookform_id,
            record_from=record_from,
            is_mobile=is_mobile,
            services=services,
            staff=staff,
            client=client,
            goods_transactions=goods_transactions,
            custom_fields=custom_fields,
            custom_color=custom_color,
            custom_font_color=custom_font_color,
            record_labels=record_labels,
            documents=documents,
            short_link=short_link,
            sms_remain_hours=sms_remain_hours,
            email_remain_hours=email_remain_hours,
            comer=comer,
            comer_person_info=comer_person_info,
            composite=composite,
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
