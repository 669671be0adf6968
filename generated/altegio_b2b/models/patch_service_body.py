from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.patch_service_body_staff_item import PatchServiceBodyStaffItem


T = TypeVar("T", bound="PatchServiceBody")


@_attrs_define
class PatchServiceBody:
    """Change service

    Attributes:
        booking_title (str): Service name for appointment
        category_id (int): ID service category
        duration (float): Service duration, default value is 3600
        is_multi (bool): false - Appointment, true - Event
        is_need_limit_date (bool): The service is available for a limited time
        price_max (float): Maximum cost of the service
        price_min (float): Minimum cost of the service
        seance_search_finish (float): End of period is the appointment available, in seconds
        seance_search_start (float): Start of period is the appointment available, in seconds
        seance_search_step (float): Search interval of slots, in seconds
        step (float): Display interval of slots, in seconds
        tax_variant (float): Bill ID
        title (str): Service name
        vat_id (int): VAT ID
        active (float | Unset): 1 - available for online booking, 0 - not available
        api_id (str | Unset): External Service ID
        comment (str | Unset): Comment on the service
        date_from (datetime.date | Unset): Service availability start date (YYYY-MM-DD)
        date_to (datetime.date | Unset): Service availability end date (YYYY-MM-DD)
        discount (float | Unset): Service discount
        staff (list[PatchServiceBodyStaffItem] | Unset): List of team members providing the service and session duration
        technical_break_duration (float | None | Unset): Technical break duration in seconds. - If not provided,
            defaults to null - null = use location default (Settings → Appointment Log → Technical Breaks) - Must be in
            multiples of 300 (5-minute interval…
        weight (float | Unset): Service weight (used to sort services when displayed)
    """

    booking_title: str
    category_id: int
    duration: float
    is_multi: bool
    is_need_limit_date: bool
    price_max: float
    price_min: float
    seance_search_finish: float
    seance_search_start: float
    seance_search_step: float
    step: float
    tax_variant: float
    title: str
    vat_id: int
    active: float | Unset = UNSET
    api_id: str | Unset = UNSET
    comment: str | Unset = UNSET
    date_from: datetime.date | Unset = UNSET
    date_to: datetime.date | Unset = UNSET
    discount: float | Unset = UNSET
    staff: list[PatchServiceBodyStaffItem] | Unset = UNSET
    technical_break_duration: float | None | Unset = UNSET
    weight: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        booking_title = self.booking_title

        category_id = self.category_id

        duration = self.duration

        is_multi = self.is_multi

        is_need_limit_date = self.is_need_limit_date

        price_max = self.price_max

        price_min = self.price_min

        seance_search_finish = self.seance_search_finish

        seance_search_start = self.seance_search_start

        seance_search_step = self.seance_search_step

        step = self.step

        tax_variant = self.tax_variant

        title = self.title

        vat_id = self.vat_id

        active = self.active

        api_id = self.api_id

        comment = self.comment

        date_from: str | Unset = UNSET
        if not isinstance(self.date_from, Unset):
            date_from = self.date_from.isoformat()

        date_to: str | Unset = UNSET
        if not isinstance(self.date_to, Unset):
            date_to = self.date_to.isoformat()

        discount = self.discount

        staff: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = []
            for staff_item_data in self.staff:
                staff_item = staff_item_data.to_dict()
                staff.append(staff_item)

        technical_break_duration: float | None | Unset
        if isinstance(self.technical_break_duration, Unset):
            technical_break_duration = UNSET
        else:
            technical_break_duration = self.technical_break_duration

        weight = self.weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "booking_title": booking_title,
                "category_id": category_id,
                "duration": duration,
                "is_multi": is_multi,
                "is_need_limit_date": is_need_limit_date,
                "price_max": price_max,
                "price_min": price_min,
                "seance_search_finish": seance_search_finish,
                "seance_search_start": seance_search_start,
                "seance_search_step": seance_search_step,
                "step": step,
                "tax_variant": tax_variant,
                "title": title,
                "vat_id": vat_id,
            }
        )
        if active is not UNSET:
            field_dict["active"] = active
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if comment is not UNSET:
            field_dict["comment"] = comment
        if date_from is not UNSET:
            field_dict["date_from"] = date_from
        if date_to is not UNSET:
            field_dict["date_to"] = date_to
        if discount is not UNSET:
            field_dict["discount"] = discount
        if staff is not UNSET:
            field_dict["staff"] = staff
        if technical_break_duration is not UNSET:
            field_dict["technical_break_duration"] = technical_break_duration
        if weight is not UNSET:
            field_dict["weight"] = weight

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.patch_service_body_staff_item import PatchServiceBodyStaffItem  # noqa: PLC0415

        d = dict(src_dict)
        booking_title = d.pop("booking_title")

        category_id = d.pop("category_id")

        duration = d.pop("duration")

        is_multi = d.pop("is_multi")

        is_need_limit_date = d.pop("is_need_limit_date")

        price_max = d.pop("price_max")

        price_min = d.pop("price_min")

        seance_search_finish = d.pop("seance_search_finish")

        seance_search_start = d.pop("seance_search_start")

        seance_search_step = d.pop("seance_search_step")

        step = d.pop("step")

        tax_variant = d.pop("tax_variant")

        title = d.pop("title")

        vat_id = d.pop("vat_id")

        active = d.pop("active", UNSET)

        api_id = d.pop("api_id", UNSET)

        comment = d.pop("comment", UNSET)

        _date_from = d.pop("date_from", UNSET)
        date_from: datetime.date | Unset
        if isinstance(_date_from, Unset):
            date_from = UNSET
        else:
            date_from = datetime.date.fromisoformat(_date_from)

        _date_to = d.pop("date_to", UNSET)
        date_to: datetime.date | Unset
        if isinstance(_date_to, Unset):
            date_to = UNSET
        else:
            date_to = datetime.date.fromisoformat(_date_to)

        discount = d.pop("discount", UNSET)

        _staff = d.pop("staff", UNSET)
        staff: list[PatchServiceBodyStaffItem] | Unset = UNSET
        if _staff is not UNSET:
            staff = []
            for staff_item_data in _staff:
                staff_item = PatchServiceBodyStaffItem.from_dict(staff_item_data)

                staff.append(staff_item)

        def _parse_technical_break_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        technical_break_duration = _parse_technical_break_duration(d.pop("technical_break_duration", UNSET))

        weight = d.pop("weight", UNSET)

        patch_service_body = cls(
            booking_title=booking_title,
            category_id=category_id,
            duration=duration,
            is_multi=is_multi,
            is_need_limit_date=is_need_limit_date,
            price_max=price_max,
            price_min=price_min,
            seance_search_finish=seance_search_finish,
            seance_search_start=seance_search_start,
            seance_search_step=seance_search_step,
            step=step,
            tax_variant=tax_variant,
            title=title,
            vat_id=vat_id,
            active=active,
            api_id=api_id,
            comment=comment,
            date_from=date_from,
            date_to=date_to,
            discount=discount,
            staff=staff,
            technical_break_duration=technical_break_duration,
            weight=weight,
        )

        patch_service_body.additional_properties = d
        return patch_service_body

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
