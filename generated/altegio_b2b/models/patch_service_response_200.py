from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.patch_service_response_200_dates_item_type_0 import PatchServiceResponse200DatesItemType0
    from ..models.patch_service_response_200_image_group_item import PatchServiceResponse200ImageGroupItem
    from ..models.patch_service_response_200_resources_item import PatchServiceResponse200ResourcesItem
    from ..models.patch_service_response_200_staff_item import PatchServiceResponse200StaffItem


T = TypeVar("T", bound="PatchServiceResponse200")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "title",
        "booking_title",
        "category_id",
        "price_min",
        "price_max",
        "duration",
        "technical_break_duration",
        "discount",
        "comment",
        "is_multi",
        "tax_variant",
        "vat_id",
        "is_need_limit_date",
        "date_from",
        "date_to",
        "seance_search_start",
        "seance_search_finish",
        "step",
        "seance_search_step",
        "weight",
        "active",
        "api_id",
        "print_title",
        "service_type",
        "api_service_id",
        "repeat_visit_days_step",
        "schedule_template_type",
        "online_invoicing_status",
        "is_abonement_autopayment_enabled",
        "autopayment_before_visit_time",
        "abonement_restriction_value",
        "is_chain",
        "is_price_managed_only_in_chain",
        "is_comment_managed_only_in_chain",
        "price_prepaid_amount",
        "price_prepaid_percent",
        "id",
        "salon_service_id",
        "prepaid",
        "capacity",
        "image_group",
        "dates",
        "resources",
        "is_online",
        "staff",
    }
)
_EXTRA = _fields.ANY
_KIND_technical_break_duration = _fields.OneOf(
    _fields.NUMBER,
    _fields.NULL,
)
_KIND_image_group = _fields.ListOf(_fields.Model("PatchServiceResponse200ImageGroupItem"))
_KIND_dates = _fields.ListOf(
    _fields.OneOf(
        _fields.Model("PatchServiceResponse200DatesItemType0"),
        _fields.STRING,
    )
)
_KIND_resources = _fields.ListOf(_fields.Model("PatchServiceResponse200ResourcesItem"))
_KIND_staff = _fields.ListOf(_fields.Model("PatchServiceResponse200StaffItem"))


@_attrs_define
class PatchServiceResponse200:
    """
    Attributes:
        title (str | Unset): Service name
        booking_title (str | Unset): Service name for appointment
        category_id (int | Unset): ID service category
        price_min (float | Unset): Minimum cost of the service
        price_max (float | Unset): Maximum cost of the service
        duration (float | Unset): Service duration, default value is 3600
        technical_break_duration (float | None | Unset): Technical break duration in seconds.
            - null = use location default
            - Value in multiples of 300 (5-minute intervals)
        discount (float | Unset): Service discount
        comment (str | Unset): Comment on the service
        is_multi (bool | Unset): false - Appointment, true - Event
        tax_variant (float | Unset): Bill ID
        vat_id (int | Unset): VAT ID
        is_need_limit_date (bool | Unset): The service is available for a limited time
        date_from (datetime.date | Unset): Service availability start date (YYYY-MM-DD)
        date_to (datetime.date | Unset): Service availability end date (YYYY-MM-DD)
        seance_search_start (float | Unset): Start of period is the appointment available, in seconds
        seance_search_finish (float | Unset): End of period is the appointment available, in seconds
        step (float | Unset): Display interval of slots, in seconds
        seance_search_step (float | Unset): Search interval of slots, in seconds
        weight (float | Unset): Service weight (used to sort services when displayed)
        active (float | Unset): 1 - available for online booking, 0 - not available
        api_id (str | Unset): External Service ID
        print_title (str | Unset): Service title for printing
        service_type (float | Unset): Service type
        api_service_id (int | Unset): External API service ID
        repeat_visit_days_step (None | str | Unset): Repeat visit days step
        schedule_template_type (float | Unset): Schedule template type
        online_invoicing_status (float | Unset): Online invoicing status
        is_abonement_autopayment_enabled (float | Unset): Is membership autopayment enabled (1/0)
        autopayment_before_visit_time (float | Unset): Autopayment before visit time
        abonement_restriction_value (float | Unset): Membership restriction value
        is_chain (bool | Unset): Is chain service
        is_price_managed_only_in_chain (bool | Unset): Is price managed only in chain
        is_comment_managed_only_in_chain (bool | Unset): Is comment managed only in chain
        price_prepaid_amount (float | Unset): Prepaid amount
        price_prepaid_percent (float | Unset): Prepaid percent
        id (int | Unset): Service ID
        salon_service_id (int | Unset): Location service ID
        prepaid (str | Unset): Prepaid status (forbidden/optional/required)
        capacity (float | Unset): Service capacity
        image_group (list[PatchServiceResponse200ImageGroupItem] | Unset): Image group
        dates (list[PatchServiceResponse200DatesItemType0 | str] | Unset): Service dates
        resources (list[PatchServiceResponse200ResourcesItem] | Unset): Service resources
        is_online (bool | Unset): Is available for online booking
        staff (list[PatchServiceResponse200StaffItem] | Unset): List of team members providing the service and session
            duration
    """

    title: str | Unset = UNSET
    booking_title: str | Unset = UNSET
    category_id: int | Unset = UNSET
    price_min: float | Unset = UNSET
    price_max: float | Unset = UNSET
    duration: float | Unset = UNSET
    technical_break_duration: float | None | Unset = UNSET
    discount: float | Unset = UNSET
    comment: str | Unset = UNSET
    is_multi: bool | Unset = UNSET
    tax_variant: float | Unset = UNSET
    vat_id: int | Unset = UNSET
    is_need_limit_date: bool | Unset = UNSET
    date_from: datetime.date | Unset = UNSET
    date_to: datetime.date | Unset = UNSET
    seance_search_start: float | Unset = UNSET
    seance_search_finish: float | Unset = UNSET
    step: float | Unset = UNSET
    seance_search_step: float | Unset = UNSET
    weight: float | Unset = UNSET
    active: float | Unset = UNSET
    api_id: str | Unset = UNSET
    print_title: str | Unset = UNSET
    service_type: float | Unset = UNSET
    api_service_id: int | Unset = UNSET
    repeat_visit_days_step: None | str | Unset = UNSET
    schedule_template_type: float | Unset = UNSET
    online_invoicing_status: float | Unset = UNSET
    is_abonement_autopayment_enabled: float | Unset = UNSET
    autopayment_before_visit_time: float | Unset = UNSET
    abonement_restriction_value: float | Unset = UNSET
    is_chain: bool | Unset = UNSET
    is_price_managed_only_in_chain: bool | Unset = UNSET
    is_comment_managed_only_in_chain: bool | Unset = UNSET
    price_prepaid_amount: float | Unset = UNSET
    price_prepaid_percent: float | Unset = UNSET
    id: int | Unset = UNSET
    salon_service_id: int | Unset = UNSET
    prepaid: str | Unset = UNSET
    capacity: float | Unset = UNSET
    image_group: list[PatchServiceResponse200ImageGroupItem] | Unset = UNSET
    dates: list[PatchServiceResponse200DatesItemType0 | str] | Unset = UNSET
    resources: list[PatchServiceResponse200ResourcesItem] | Unset = UNSET
    is_online: bool | Unset = UNSET
    staff: list[PatchServiceResponse200StaffItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        title = self.title
        if type(title) is not str and title is not UNSET:
            title = _fields.write_string(title, "title")
        if title is not UNSET:
            field_dict["title"] = title

        booking_title = self.booking_title
        if type(booking_title) is not str and booking_title is not UNSET:
            booking_title = _fields.write_string(booking_title, "booking_title")
        if booking_title is not UNSET:
            field_dict["booking_title"] = booking_title

        category_id = self.category_id
        if type(category_id) is not int and category_id is not UNSET:
            category_id = _fields.write_integer(category_id, "category_id")
        if category_id is not UNSET:
            field_dict["category_id"] = category_id

        price_min = self.price_min
        if price_min is not UNSET:
            field_dict["price_min"] = _fields.write_number(price_min, "price_min")

        price_max = self.price_max
        if price_max is not UNSET:
            field_dict["price_max"] = _fields.write_number(price_max, "price_max")

        duration = self.duration
        if duration is not UNSET:
            field_dict["duration"] = _fields.write_number(duration, "duration")

        technical_break_duration = self.technical_break_duration
        if technical_break_duration is not UNSET:
            field_dict["technical_break_duration"] = _KIND_technical_break_duration.write_field(
                technical_break_duration, "technical_break_duration"
            )

        discount = self.discount
        if discount is not UNSET:
            field_dict["discount"] = _fields.write_number(discount, "discount")

        comment = self.comment
        if type(comment) is not str and comment is not UNSET:
            comment = _fields.write_string(comment, "comment")
        if comment is not UNSET:
            field_dict["comment"] = comment

        is_multi = self.is_multi
        if type(is_multi) is not bool and is_multi is not UNSET:
            is_multi = _fields.write_boolean(is_multi, "is_multi")
        if is_multi is not UNSET:
            field_dict["is_multi"] = is_multi

        tax_variant = self.tax_variant
        if tax_variant is not UNSET:
            field_dict["tax_variant"] = _fields.write_number(tax_variant, "tax_variant")

        vat_id = self.vat_id
        if type(vat_id) is not int and vat_id is not UNSET:
            vat_id = _fields.write_integer(vat_id, "vat_id")
        if vat_id is not UNSET:
            field_dict["vat_id"] = vat_id

        is_need_limit_date = self.is_need_limit_date
        if type(is_need_limit_date) is not bool and is_need_limit_date is not UNSET:
            is_need_limit_date = _fields.write_boolean(is_need_limit_date, "is_need_limit_date")
        if is_need_limit_date is not UNSET:
            field_dict["is_need_limit_date"] = is_need_limit_date

        date_from = self.date_from
        if date_from is not UNSET:
            field_dict["date_from"] = _fields.write_date(date_from, "date_from")

        date_to = self.date_to
        if date_to is not UNSET:
            field_dict["date_to"] = _fields.write_date(date_to, "date_to")

        seance_search_start = self.seance_search_start
        if seance_search_start is not UNSET:
            field_dict["seance_search_start"] = _fields.write_number(seance_search_start, "seance_search_start")

        seance_search_finish = self.seance_search_finish
        if seance_search_finish is not UNSET:
            field_dict["seance_search_finish"] = _fields.write_number(seance_search_finish, "seance_search_finish")

        step = self.step
        if step is not UNSET:
            field_dict["step"] = _fields.write_number(step, "step")

        seance_search_step = self.seance_search_step
        if seance_search_step is not UNSET:
            field_dict["seance_search_step"] = _fields.write_number(seance_search_step, "seance_search_step")

        weight = self.weight
        if weight is not UNSET:
            field_dict["weight"] = _fields.write_number(weight, "weight")

        active = self.active
        if active is not UNSET:
            field_dict["active"] = _fields.write_number(active, "active")

        api_id = self.api_id
        if type(api_id) is not str and api_id is not UNSET:
            api_id = _fields.write_string(api_id, "api_id")
        if api_id is not UNSET:
            field_dict["api_id"] = api_id

        print_title = self.print_title
        if type(print_title) is not str and print_title is not UNSET:
            print_title = _fields.write_string(print_title, "print_title")
        if print_title is not UNSET:
            field_dict["print_title"] = print_title

        service_type = self.service_type
        if service_type is not UNSET:
            field_dict["service_type"] = _fields.write_number(service_type, "service_type")

        api_service_id = self.api_service_id
        if type(api_service_id) is not int and api_service_id is not UNSET:
            api_service_id = _fields.write_integer(api_service_id, "api_service_id")
        if api_service_id is not UNSET:
            field_dict["api_service_id"] = api_service_id

        repeat_visit_days_step = self.repeat_visit_days_step
        if (
            type(repeat_visit_days_step) is not str
            and repeat_visit_days_step is not UNSET
            and repeat_visit_days_step is not None
        ):
            repeat_visit_days_step = _fields.write_string(repeat_visit_days_step, "repeat_visit_days_step")
        if repeat_visit_days_step is not UNSET:
            field_dict["repeat_visit_days_step"] = repeat_visit_days_step

        schedule_template_type = self.schedule_template_type
        if schedule_template_type is not UNSET:
            field_dict["schedule_template_type"] = _fields.write_number(
                schedule_template_type, "schedule_template_type"
            )

        online_invoicing_status = self.online_invoicing_status
        if online_invoicing_status is not UNSET:
            field_dict["online_invoicing_status"] = _fields.write_number(
                online_invoicing_status, "online_invoicing_status"
            )

        is_abonement_autopayment_enabled = self.is_abonement_autopayment_enabled
        if is_abonement_autopayment_enabled is not UNSET:
            field_dict["is_abonement_autopayment_enabled"] = _fields.write_number(
                is_abonement_autopayment_enabled, "is_abonement_autopayment_enabled"
            )

        autopayment_before_visit_time = self.autopayment_before_visit_time
        if autopayment_before_visit_time is not UNSET:
            field_dict["autopayment_before_visit_time"] = _fields.write_number(
                autopayment_before_visit_time, "autopayment_before_visit_time"
            )

        abonement_restriction_value = self.abonement_restriction_value
        if abonement_restriction_value is not UNSET:
            field_dict["abonement_restriction_value"] = _fields.write_number(
                abonement_restriction_value, "abonement_restriction_value"
            )

        is_chain = self.is_chain
        if type(is_chain) is not bool and is_chain is not UNSET:
            is_chain = _fields.write_boolean(is_chain, "is_chain")
        if is_chain is not UNSET:
            field_dict["is_chain"] = is_chain

        is_price_managed_only_in_chain = self.is_price_managed_only_in_chain
        if type(is_price_managed_only_in_chain) is not bool and is_price_managed_only_in_chain is not UNSET:
            is_price_managed_only_in_chain = _fields.write_boolean(
                is_price_managed_only_in_chain, "is_price_managed_only_in_chain"
            )
        if is_price_managed_only_in_chain is not UNSET:
            field_dict["is_price_managed_only_in_chain"] = is_price_managed_only_in_chain

        is_comment_managed_only_in_chain = self.is_comment_managed_only_in_chain
        if type(is_comment_managed_only_in_chain) is not bool and is_comment_managed_only_in_chain is not UNSET:
            is_comment_managed_only_in_chain = _fields.write_boolean(
                is_comment_managed_only_in_chain, "is_comment_managed_only_in_chain"
            )
        if is_comment_managed_only_in_chain is not UNSET:
            field_dict["is_comment_managed_only_in_chain"] = is_comment_managed_only_in_chain

        price_prepaid_amount = self.price_prepaid_amount
        if price_prepaid_amount is not UNSET:
            field_dict["price_prepaid_amount"] = _fields.write_number(price_prepaid_amount, "price_prepaid_amount")

        price_prepaid_percent = self.price_prepaid_percent
        if price_prepaid_percent is not UNSET:
            field_dict["price_prepaid_percent"] = _fields.write_number(price_prepaid_percent, "price_prepaid_percent")

        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        salon_service_id = self.salon_service_id
        if type(salon_service_id) is not int and salon_service_id is not UNSET:
            salon_service_id = _fields.write_integer(salon_service_id, "salon_service_id")
        if salon_service_id is not UNSET:
            field_dict["salon_service_id"] = salon_service_id

        prepaid = self.prepaid
        if type(prepaid) is not str and prepaid is not UNSET:
            prepaid = _fields.write_string(prepaid, "prepaid")
        if prepaid is not UNSET:
            field_dict["prepaid"] = prepaid

        capacity = self.capacity
        if capacity is not UNSET:
            field_dict["capacity"] = _fields.write_number(capacity, "capacity")

        image_group = self.image_group
        if image_group is not UNSET:
            field_dict["image_group"] = _KIND_image_group.write_field(image_group, "image_group")

        dates = self.dates
        if dates is not UNSET:
            field_dict["dates"] = _KIND_dates.write_field(dates, "dates")

        resources = self.resources
        if resources is not UNSET:
            field_dict["resources"] = _KIND_resources.write_field(resources, "resources")

        is_online = self.is_online
        if type(is_online) is not bool and is_online is not UNSET:
            is_online = _fields.write_boolean(is_online, "is_online")
        if is_online is not UNSET:
            field_dict["is_online"] = is_online

        staff = self.staff
        if staff is not UNSET:
            field_dict["staff"] = _KIND_staff.write_field(staff, "staff")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _fields.read_string(title, "title")

        booking_title = _get("booking_title", UNSET)
        if type(booking_title) is not str and booking_title is not UNSET:
            booking_title = _fields.read_string(booking_title, "booking_title")

        category_id = _get("category_id", UNSET)
        if type(category_id) is not int and category_id is not UNSET:
            category_id = _fields.read_integer(category_id, "category_id")

        price_min = _get("price_min", UNSET)
        if type(price_min) is not float and type(price_min) is not int and price_min is not UNSET:
            price_min = _fields.read_number(price_min, "price_min")

        price_max = _get("price_max", UNSET)
        if type(price_max) is not float and type(price_max) is not int and price_max is not UNSET:
            price_max = _fields.read_number(price_max, "price_max")

        duration = _get("duration", UNSET)
        if type(duration) is not float and type(duration) is not int and duration is not UNSET:
            duration = _fields.read_number(duration, "duration")

        technical_break_duration = _get("technical_break_duration", UNSET)
        if (
            type(technical_break_duration) is not float
            and type(technical_break_duration) is not int
            and technical_break_duration is not UNSET
            and technical_break_duration is not None
        ):
            technical_break_duration = _fields.read_number(technical_break_duration, "technical_break_duration")

        discount = _get("discount", UNSET)
        if type(discount) is not float and type(discount) is not int and discount is not UNSET:
            discount = _fields.read_number(discount, "discount")

        comment = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = _fields.read_string(comment, "comment")

        is_multi = _get("is_multi", UNSET)
        if type(is_multi) is not bool and is_multi is not UNSET:
            is_multi = _fields.read_boolean(is_multi, "is_multi")

        tax_variant = _get("tax_variant", UNSET)
        if type(tax_variant) is not float and type(tax_variant) is not int and tax_variant is not UNSET:
            tax_variant = _fields.read_number(tax_variant, "tax_variant")

        vat_id = _get("vat_id", UNSET)
        if type(vat_id) is not int and vat_id is not UNSET:
            vat_id = _fields.read_integer(vat_id, "vat_id")

        is_need_limit_date = _get("is_need_limit_date", UNSET)
        if type(is_need_limit_date) is not bool and is_need_limit_date is not UNSET:
            is_need_limit_date = _fields.read_boolean(is_need_limit_date, "is_need_limit_date")

        date_from = _get("date_from", UNSET)
        if date_from is not UNSET:
            try:
                date_from = _fields.date_fromisoformat(date_from)
            except (TypeError, ValueError):
                date_from = _fields.read_date(date_from, "date_from")

        date_to = _get("date_to", UNSET)
        if date_to is not UNSET:
            try:
                date_to = _fields.date_fromisoformat(date_to)
            except (TypeError, ValueError):
                date_to = _fields.read_date(date_to, "date_to")

        seance_search_start = _get("seance_search_start", UNSET)
        if (
            type(seance_search_start) is not float
            and type(seance_search_start) is not int
            and seance_search_start is not UNSET
        ):
            seance_search_start = _fields.read_number(seance_search_start, "seance_search_start")

        seance_search_finish = _get("seance_search_finish", UNSET)
        if (
            type(seance_search_finish) is not float
            and type(seance_search_finish) is not int
            and seance_search_finish is not UNSET
        ):
            seance_search_finish = _fields.read_number(seance_search_finish, "seance_search_finish")

        step = _get("step", UNSET)
        if type(step) is not float and type(step) is not int and step is not UNSET:
            step = _fields.read_number(step, "step")

        seance_search_step = _get("seance_search_step", UNSET)
        if (
            type(seance_search_step) is not float
            and type(seance_search_step) is not int
            and seance_search_step is not UNSET
        ):
            seance_search_step = _fields.read_number(seance_search_step, "seance_search_step")

        weight = _get("weight", UNSET)
        if type(weight) is not float and type(weight) is not int and weight is not UNSET:
            weight = _fields.read_number(weight, "weight")

        active = _get("active", UNSET)
        if type(active) is not float and type(active) is not int and active is not UNSET:
            active = _fields.read_number(active, "active")

        api_id = _get("api_id", UNSET)
        if type(api_id) is not str and api_id is not UNSET:
            api_id = _fields.read_string(api_id, "api_id")

        print_title = _get("print_title", UNSET)
        if type(print_title) is not str and print_title is not UNSET:
            print_title = _fields.read_string(print_title, "print_title")

        service_type = _get("service_type", UNSET)
        if type(service_type) is not float and type(service_type) is not int and service_type is not UNSET:
            service_type = _fields.read_number(service_type, "service_type")

        api_service_id = _get("api_service_id", UNSET)
        if type(api_service_id) is not int and api_service_id is not UNSET:
            api_service_id = _fields.read_integer(api_service_id, "api_service_id")

        repeat_visit_days_step = _get("repeat_visit_days_step", UNSET)
        if (
            type(repeat_visit_days_step) is not str
            and repeat_visit_days_step is not UNSET
            and repeat_visit_days_step is not None
        ):
            repeat_visit_days_step = _fields.read_string(repeat_visit_days_step, "repeat_visit_days_step")

        schedule_template_type = _get("schedule_template_type", UNSET)
        if (
            type(schedule_template_type) is not float
            and type(schedule_template_type) is not int
            and schedule_template_type is not UNSET
        ):
            schedule_template_type = _fields.read_number(schedule_template_type, "schedule_template_type")

        online_invoicing_status = _get("online_invoicing_status", UNSET)
        if (
            type(online_invoicing_status) is not float
            and type(online_invoicing_status) is not int
            and online_invoicing_status is not UNSET
        ):
            online_invoicing_status = _fields.read_number(online_invoicing_status, "online_invoicing_status")

        is_abonement_autopayment_enabled = _get("is_abonement_autopayment_enabled", UNSET)
        if (
            type(is_abonement_autopayment_enabled) is not float
            and type(is_abonement_autopayment_enabled) is not int
            and is_abonement_autopayment_enabled is not UNSET
        ):
            is_abonement_autopayment_enabled = _fields.read_number(
                is_abonement_autopayment_enabled, "is_abonement_autopayment_enabled"
            )

        autopayment_before_visit_time = _get("autopayment_before_visit_time", UNSET)
        if (
            type(autopayment_before_visit_time) is not float
            and type(autopayment_before_visit_time) is not int
            and autopayment_before_visit_time is not UNSET
        ):
            autopayment_before_visit_time = _fields.read_number(
                autopayment_before_visit_time, "autopayment_before_visit_time"
            )

        abonement_restriction_value = _get("abonement_restriction_value", UNSET)
        if (
            type(abonement_restriction_value) is not float
            and type(abonement_restriction_value) is not int
            and abonement_restriction_value is not UNSET
        ):
            abonement_restriction_value = _fields.read_number(
                abonement_restriction_value, "abonement_restriction_value"
            )

        is_chain = _get("is_chain", UNSET)
        if type(is_chain) is not bool and is_chain is not UNSET:
            is_chain = _fields.read_boolean(is_chain, "is_chain")

        is_price_managed_only_in_chain = _get("is_price_managed_only_in_chain", UNSET)
        if type(is_price_managed_only_in_chain) is not bool and is_price_managed_only_in_chain is not UNSET:
            is_price_managed_only_in_chain = _fields.read_boolean(
                is_price_managed_only_in_chain, "is_price_managed_only_in_chain"
            )

        is_comment_managed_only_in_chain = _get("is_comment_managed_only_in_chain", UNSET)
        if type(is_comment_managed_only_in_chain) is not bool and is_comment_managed_only_in_chain is not UNSET:
            is_comment_managed_only_in_chain = _fields.read_boolean(
                is_comment_managed_only_in_chain, "is_comment_managed_only_in_chain"
            )

        price_prepaid_amount = _get("price_prepaid_amount", UNSET)
        if (
            type(price_prepaid_amount) is not float
            and type(price_prepaid_amount) is not int
            and price_prepaid_amount is not UNSET
        ):
            price_prepaid_amount = _fields.read_number(price_prepaid_amount, "price_prepaid_amount")

        price_prepaid_percent = _get("price_prepaid_percent", UNSET)
        if (
            type(price_prepaid_percent) is not float
            and type(price_prepaid_percent) is not int
            and price_prepaid_percent is not UNSET
        ):
            price_prepaid_percent = _fields.read_number(price_prepaid_percent, "price_prepaid_percent")

        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _fields.read_integer(id, "id")

        salon_service_id = _get("salon_service_id", UNSET)
        if type(salon_service_id) is not int and salon_service_id is not UNSET:
            salon_service_id = _fields.read_integer(salon_service_id, "salon_service_id")

        prepaid = _get("prepaid", UNSET)
        if type(prepaid) is not str and prepaid is not UNSET:
            prepaid = _fields.read_string(prepaid, "prepaid")

        capacity = _get("capacity", UNSET)
        if type(capacity) is not float and type(capacity) is not int and capacity is not UNSET:
            capacity = _fields.read_number(capacity, "capacity")

        image_group = _get("image_group", UNSET)
        if image_group is not UNSET:
            image_group = _KIND_image_group.read_field(image_group, "image_group")

        dates = _get("dates", UNSET)
        if dates is not UNSET:
            dates = _KIND_dates.read_field(dates, "dates")

        resources = _get("resources", UNSET)
        if resources is not UNSET:
            resources = _KIND_resources.read_field(resources, "resources")

        is_online = _get("is_online", UNSET)
        if type(is_online) is not bool and is_online is not UNSET:
            is_online = _fields.read_boolean(is_online, "is_online")

        staff = _get("staff", UNSET)
        if staff is not UNSET:
            staff = _KIND_staff.read_field(staff, "staff")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.title = title
        _model.booking_title = booking_title
        _model.category_id = category_id
        _model.price_min = price_min
        _model.price_max = price_max
        _model.duration = duration
        _model.technical_break_duration = technical_break_duration
        _model.discount = discount
        _model.comment = comment
        _model.is_multi = is_multi
        _model.tax_variant = tax_variant
        _model.vat_id = vat_id
        _model.is_need_limit_date = is_need_limit_date
        _model.date_from = date_from
        _model.date_to = date_to
        _model.seance_search_start = seance_search_start
        _model.seance_search_finish = seance_search_finish
        _model.step = step
        _model.seance_search_step = seance_search_step
        _model.weight = weight
        _model.active = active
        _model.api_id = api_id
        _model.print_title = print_title
        _model.service_type = service_type
        _model.api_service_id = api_service_id
        _model.repeat_visit_days_step = repeat_visit_days_step
        _model.schedule_template_type = schedule_template_type
        _model.online_invoicing_status = online_invoicing_status
        _model.is_abonement_autopayment_enabled = is_abonement_autopayment_enabled
        _model.autopayment_before_visit_time = autopayment_before_visit_time
        _model.abonement_restriction_value = abonement_restriction_value
        _model.is_chain = is_chain
        _model.is_price_managed_only_in_chain = is_price_managed_only_in_chain
        _model.is_comment_managed_only_in_chain = is_comment_managed_only_in_chain
        _model.price_prepaid_amount = price_prepaid_amount
        _model.price_prepaid_percent = price_prepaid_percent
        _model.id = id
        _model.salon_service_id = salon_service_id
        _model.prepaid = prepaid
        _model.capacity = capacity
        _model.image_group = image_group
        _model.dates = dates
        _model.resources = resources
        _model.is_online = is_online
        _model.staff = staff
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not PatchServiceResponse200:
            _fields.init_added_fields(_model, PatchServiceResponse200)
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
