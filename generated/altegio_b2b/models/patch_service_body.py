from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.patch_service_body_staff_item import PatchServiceBodyStaffItem


T = TypeVar("T", bound="PatchServiceBody")


@_attrs_define
class PatchServiceBody:
    """Change service

    Example:
        {'title': "Men's haircut", 'booking_title': "Men's haircut", 'category_id': 83167, 'price_min': 1300,
            'price_max': 1300, 'duration': 3600, 'discount': 0, 'tax_variant': 1, 'vat_id': 3, 'is_multi': False,
            'is_need_limit_date': True, 'date_from': '2022-09-19', 'date_to': '2022-09-30', 'seance_search_start': 36000,
            'seance_search_finish': 84600, 'step': 300, 'seance_search_step': 900, 'comment': '', 'weight': 6, 'active': 1,
            'api_id': '00000000042', 'staff': [{'id': 5905, 'seance_length': 2700}, {'id': 5907, 'seance_length': 3600},
            {'id': 8973, 'seance_length': 3600}, {'id': 13616, 'seance_length': 3600}, {'id': 16681, 'seance_length': 3600},
            {'id': 1796, 'seance_length': 3600}, {'id': 34006, 'seance_length': 3600}]}

    Attributes:
        title (str | Unset): Service name
        booking_title (str | Unset): Service name for appointment
        category_id (int | Unset): ID service category
        price_min (float | Unset): Minimum cost of the service
        price_max (float | Unset): Maximum cost of the service
        duration (float | Unset): Service duration, default value is 3600
        technical_break_duration (float | None | Unset): Technical break duration in seconds.
            - If not provided, defaults to null
            - null = use location default (Settings → Appointment Log → Technical Breaks)
            - Must be in multiples of 300 (5-minute intervals)
            - Maximum value is 3600 (1 hour)
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
        staff (list[PatchServiceBodyStaffItem] | Unset): List of team members providing the service and session duration
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
    staff: list[PatchServiceBodyStaffItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        booking_title = self.booking_title

        category_id = self.category_id

        price_min = self.price_min

        price_max = self.price_max

        duration = self.duration

        technical_break_duration: float | None | Unset
        if isinstance(self.technical_break_duration, Unset):
            technical_break_duration = UNSET
        else:
            technical_break_duration = self.technical_break_duration

        discount = self.discount

        comment = self.comment

        is_multi = self.is_multi

        tax_variant = self.tax_variant

        vat_id = self.vat_id

        is_need_limit_date = self.is_need_limit_date

        date_from: str | Unset = UNSET
        if not isinstance(self.date_from, Unset):
            date_from = self.date_from.isoformat()

        date_to: str | Unset = UNSET
        if not isinstance(self.date_to, Unset):
            date_to = self.date_to.isoformat()

        seance_search_start = self.seance_search_start

        seance_search_finish = self.seance_search_finish

        step = self.step

        seance_search_step = self.seance_search_step

        weight = self.weight

        active = self.active

        api_id = self.api_id

        staff: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = []
            for staff_item_data in self.staff:
                staff_item = staff_item_data.to_dict()
                staff.append(staff_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if booking_title is not UNSET:
            field_dict["booking_title"] = booking_title
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if price_min is not UNSET:
            field_dict["price_min"] = price_min
        if price_max is not UNSET:
            field_dict["price_max"] = price_max
        if duration is not UNSET:
            field_dict["duration"] = duration
        if technical_break_duration is not UNSET:
            field_dict["technical_break_duration"] = technical_break_duration
        if discount is not UNSET:
            field_dict["discount"] = discount
        if comment is not UNSET:
            field_dict["comment"] = comment
        if is_multi is not UNSET:
            field_dict["is_multi"] = is_multi
        if tax_variant is not UNSET:
            field_dict["tax_variant"] = tax_variant
        if vat_id is not UNSET:
            field_dict["vat_id"] = vat_id
        if is_need_limit_date is not UNSET:
            field_dict["is_need_limit_date"] = is_need_limit_date
        if date_from is not UNSET:
            field_dict["date_from"] = date_from
        if date_to is not UNSET:
            field_dict["date_to"] = date_to
        if seance_search_start is not UNSET:
            field_dict["seance_search_start"] = seance_search_start
        if seance_search_finish is not UNSET:
            field_dict["seance_search_finish"] = seance_search_finish
        if step is not UNSET:
            field_dict["step"] = step
        if seance_search_step is not UNSET:
            field_dict["seance_search_step"] = seance_search_step
        if weight is not UNSET:
            field_dict["weight"] = weight
        if active is not UNSET:
            field_dict["active"] = active
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if staff is not UNSET:
            field_dict["staff"] = staff

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.patch_service_body_staff_item import PatchServiceBodyStaffItem  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title", UNSET)

        booking_title = d.pop("booking_title", UNSET)

        category_id = d.pop("category_id", UNSET)

        price_min = d.pop("price_min", UNSET)

        price_max = d.pop("price_max", UNSET)

        duration = d.pop("duration", UNSET)

        def _parse_technical_break_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        technical_break_duration = _parse_technical_break_duration(d.pop("technical_break_duration", UNSET))

        discount = d.pop("discount", UNSET)

        comment = d.pop("comment", UNSET)

        is_multi = d.pop("is_multi", UNSET)

        tax_variant = d.pop("tax_variant", UNSET)

        vat_id = d.pop("vat_id", UNSET)

        is_need_limit_date = d.pop("is_need_limit_date", UNSET)

        _date_from = d.pop("date_from", UNSET)
        date_from: datetime.date | Unset
        if isinstance(_date_from, Unset):
            date_from = UNSET
        else:
            date_from = _timestamps.parse_date(_date_from)

        _date_to = d.pop("date_to", UNSET)
        date_to: datetime.date | Unset
        if isinstance(_date_to, Unset):
            date_to = UNSET
        else:
            date_to = _timestamps.parse_date(_date_to)

        seance_search_start = d.pop("seance_search_start", UNSET)

        seance_search_finish = d.pop("seance_search_finish", UNSET)

        step = d.pop("step", UNSET)

        seance_search_step = d.pop("seance_search_step", UNSET)

        weight = d.pop("weight", UNSET)

        active = d.pop("active", UNSET)

        api_id = d.pop("api_id", UNSET)

        _staff = d.pop("staff", UNSET)
        staff: list[PatchServiceBodyStaffItem] | Unset = UNSET
        if _staff is not UNSET:
            staff = []
            for staff_item_data in _staff:
                staff_item = PatchServiceBodyStaffItem.from_dict(staff_item_data)

                staff.append(staff_item)

        _model = cls(
            title=title,
            booking_title=booking_title,
            category_id=category_id,
            price_min=price_min,
            price_max=price_max,
            duration=duration,
            technical_break_duration=technical_break_duration,
            discount=discount,
            comment=comment,
            is_multi=is_multi,
            tax_variant=tax_variant,
            vat_id=vat_id,
            is_need_limit_date=is_need_limit_date,
            date_from=date_from,
            date_to=date_to,
            seance_search_start=seance_search_start,
            seance_search_finish=seance_search_finish,
            step=step,
            seance_search_step=seance_search_step,
            weight=weight,
            active=active,
            api_id=api_id,
            staff=staff,
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
