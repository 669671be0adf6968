from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deprecated_get_service_list_by_id_response_200_staff_item import (
        DeprecatedGetServiceListByIdResponse200StaffItem,
    )


T = TypeVar("T", bound="DeprecatedGetServiceListByIdResponse200")


@_attrs_define
class DeprecatedGetServiceListByIdResponse200:
    """Service data object

    Attributes:
        active (float | Unset): 1 - available for online booking, 0 - not available
        api_id (str | Unset): External Service ID
        category_id (int | Unset): Identifier of the category in which the service consists
        comment (str | Unset): Comment on the service
        discount (float | Unset): Discount
        id (int | Unset): Service ID
        price_max (float | Unset): Maximum price for the service
        price_min (float | Unset): Minimum price for the service
        salon_service_id (int | Unset): Service ID for a location on the chain
        staff (list[DeprecatedGetServiceListByIdResponse200StaffItem] | Unset): List of team members providing the
            service and session duration
        title (str | Unset): Service name
        weight (float | Unset): Service weight (used to sort categories when displayed)
    """

    active: float | Unset = UNSET
    api_id: str | Unset = UNSET
    category_id: int | Unset = UNSET
    comment: str | Unset = UNSET
    discount: float | Unset = UNSET
    id: int | Unset = UNSET
    price_max: float | Unset = UNSET
    price_min: float | Unset = UNSET
    salon_service_id: int | Unset = UNSET
    staff: list[DeprecatedGetServiceListByIdResponse200StaffItem] | Unset = UNSET
    title: str | Unset = UNSET
    weight: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        api_id = self.api_id

        category_id = self.category_id

        comment = self.comment

        discount = self.discount

        id = self.id

        price_max = self.price_max

        price_min = self.price_min

        salon_service_id = self.salon_service_id

        staff: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = []
            for staff_item_data in self.staff:
                staff_item = staff_item_data.to_dict()
                staff.append(staff_item)

        title = self.title

        weight = self.weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if comment is not UNSET:
            field_dict["comment"] = comment
        if discount is not UNSET:
            field_dict["discount"] = discount
        if id is not UNSET:
            field_dict["id"] = id
        if price_max is not UNSET:
            field_dict["price_max"] = price_max
        if price_min is not UNSET:
            field_dict["price_min"] = price_min
        if salon_service_id is not UNSET:
            field_dict["salon_service_id"] = salon_service_id
        if staff is not UNSET:
            field_dict["staff"] = staff
        if title is not UNSET:
            field_dict["title"] = title
        if weight is not UNSET:
            field_dict["weight"] = weight

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deprecated_get_service_list_by_id_response_200_staff_item import (
            DeprecatedGetServiceListByIdResponse200StaffItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        active = d.pop("active", UNSET)

        api_id = d.pop("api_id", UNSET)

        category_id = d.pop("category_id", UNSET)

        comment = d.pop("comment", UNSET)

        discount = d.pop("discount", UNSET)

        id = d.pop("id", UNSET)

        price_max = d.pop("price_max", UNSET)

        price_min = d.pop("price_min", UNSET)

        salon_service_id = d.pop("salon_service_id", UNSET)

        _staff = d.pop("staff", UNSET)
        staff: list[DeprecatedGetServiceListByIdResponse200StaffItem] | Unset = UNSET
        if _staff is not UNSET:
            staff = []
            for staff_item_data in _staff:
                staff_item = DeprecatedGetServiceListByIdResponse200StaffItem.from_dict(staff_item_data)

                staff.append(staff_item)

        title = d.pop("title", UNSET)

        weight = d.pop("weight", UNSET)

        deprecated_get_service_list_by_id_response_200 = cls(
            active=active,
            api_id=api_id,
            category_id=category_id,
            comment=comment,
            discount=discount,
            id=id,
            price_max=price_max,
            price_min=price_min,
            salon_service_id=salon_service_id,
            staff=staff,
            title=title,
            weight=weight,
        )

        deprecated_get_service_list_by_id_response_200.additional_properties = d
        return deprecated_get_service_list_by_id_response_200

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
