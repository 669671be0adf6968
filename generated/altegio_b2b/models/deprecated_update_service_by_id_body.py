from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deprecated_update_service_by_id_body_staff_item import DeprecatedUpdateServiceByIdBodyStaffItem


T = TypeVar("T", bound="DeprecatedUpdateServiceByIdBody")


@_attrs_define
class DeprecatedUpdateServiceByIdBody:
    """Create a service

    Example:
        {'title': "Men's haircut", 'category_id': 83167, 'price_min': 1300, 'price_max': 1300, 'duration': 3600,
            'discount': 0, 'comment': '', 'weight': 6, 'active': 1, 'api_id': '00000000042', 'staff': [{'id': 5905,
            'seance_length': 2700}, {'id': 5907, 'seance_length': 3600}, {'id': 8973, 'seance_length': 3600}, {'id': 13616,
            'seance_length': 3600}, {'id': 16681, 'seance_length': 3600}, {'id': 1796, 'seance_length': 3600}, {'id': 34006,
            'seance_length': 3600}]}

    Attributes:
        title (str | Unset): Service name
        category_id (int | Unset): Service Category ID
        price_min (float | Unset): The minimum cost of the service
        price_max (float | Unset): Maximum cost of the service
        duration (float | Unset): Service duration, default is 3600 seconds
        technical_break_duration (float | None | Unset): Technical break duration in seconds.
            - If not provided, defaults to null
            - null = use location default (Settings → Appointment Log → Technical Breaks)
            - Must be in multiples of 300 (5-minute intervals)
            - Maximum value is 3600 (1 hour)
        discount (float | Unset): Service discount
        comment (str | Unset): Comment on the service
        weight (float | Unset): Service weight (used to sort services when displayed)
        active (float | Unset): Is the service available for online booking? 1 - available, 0 not available.
        api_id (str | Unset): External Service ID
        staff (list[DeprecatedUpdateServiceByIdBodyStaffItem] | Unset): team members who provide the service, along with
            the duration of the service for each team member
    """

    title: str | Unset = UNSET
    category_id: int | Unset = UNSET
    price_min: float | Unset = UNSET
    price_max: float | Unset = UNSET
    duration: float | Unset = UNSET
    technical_break_duration: float | None | Unset = UNSET
    discount: float | Unset = UNSET
    comment: str | Unset = UNSET
    weight: float | Unset = UNSET
    active: float | Unset = UNSET
    api_id: str | Unset = UNSET
    staff: list[DeprecatedUpdateServiceByIdBodyStaffItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

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
        from ..models.deprecated_update_service_by_id_body_staff_item import DeprecatedUpdateServiceByIdBodyStaffItem  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title", UNSET)

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

        weight = d.pop("weight", UNSET)

        active = d.pop("active", UNSET)

        api_id = d.pop("api_id", UNSET)

        _staff = d.pop("staff", UNSET)
        staff: list[DeprecatedUpdateServiceByIdBodyStaffItem] | Unset = UNSET
        if _staff is not UNSET:
            staff = []
            for staff_item_data in _staff:
                staff_item = DeprecatedUpdateServiceByIdBodyStaffItem.from_dict(staff_item_data)

                staff.append(staff_item)

        _model = cls(
            title=title,
            category_id=category_id,
            price_min=price_min,
            price_max=price_max,
            duration=duration,
            technical_break_duration=technical_break_duration,
            discount=discount,
            comment=comment,
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
