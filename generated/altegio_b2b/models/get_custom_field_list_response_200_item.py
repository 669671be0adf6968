from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_custom_field_list_response_200_item_custom_field import (
        GetCustomFieldListResponse200ItemCustomField,
    )


T = TypeVar("T", bound="GetCustomFieldListResponse200Item")


@_attrs_define
class GetCustomFieldListResponse200Item:
    """
    Attributes:
        id (int | Unset): Field ID
        salon_id (int | Unset): location ID
        custom_field (GetCustomFieldListResponse200ItemCustomField | Unset): Custom fields
    """

    id: int | Unset = UNSET
    salon_id: int | Unset = UNSET
    custom_field: GetCustomFieldListResponse200ItemCustomField | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        salon_id = self.salon_id

        custom_field: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_field, Unset):
            custom_field = self.custom_field.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if salon_id is not UNSET:
            field_dict["salon_id"] = salon_id
        if custom_field is not UNSET:
            field_dict["custom_field"] = custom_field

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_custom_field_list_response_200_item_custom_field import (
            GetCustomFieldListResponse200ItemCustomField,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        salon_id = d.pop("salon_id", UNSET)

        _custom_field = d.pop("custom_field", UNSET)
        custom_field: GetCustomFieldListResponse200ItemCustomField | Unset
        if isinstance(_custom_field, Unset):
            custom_field = UNSET
        else:
            custom_field = GetCustomFieldListResponse200ItemCustomField.from_dict(_custom_field)

        _model = cls(
            id=id,
            salon_id=salon_id,
            custom_field=custom_field,
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
