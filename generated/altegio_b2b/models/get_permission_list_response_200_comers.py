from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetPermissionListResponse200Comers")


@_attrs_define
class GetPermissionListResponse200Comers:
    """Section Visitors

    Attributes:
        comers_access (bool | Unset): true - there is access to visitors section, false - no access
        comers_info_vehicle_view_access (bool | Unset): true - there is access to view vehicle information for visitors,
            false - no access
        comers_info_vehicle_edit_access (bool | Unset): true - there is access to edit vehicle information for visitors,
            false - no access
    """

    comers_access: bool | Unset = UNSET
    comers_info_vehicle_view_access: bool | Unset = UNSET
    comers_info_vehicle_edit_access: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        comers_access = self.comers_access

        comers_info_vehicle_view_access = self.comers_info_vehicle_view_access

        comers_info_vehicle_edit_access = self.comers_info_vehicle_edit_access

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if comers_access is not UNSET:
            field_dict["comers_access"] = comers_access
        if comers_info_vehicle_view_access is not UNSET:
            field_dict["comers_info_vehicle_view_access"] = comers_info_vehicle_view_access
        if comers_info_vehicle_edit_access is not UNSET:
            field_dict["comers_info_vehicle_edit_access"] = comers_info_vehicle_edit_access

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        comers_access = d.pop("comers_access", UNSET)

        comers_info_vehicle_view_access = d.pop("comers_info_vehicle_view_access", UNSET)

        comers_info_vehicle_edit_access = d.pop("comers_info_vehicle_edit_access", UNSET)

        _model = cls(
            comers_access=comers_access,
            comers_info_vehicle_view_access=comers_info_vehicle_view_access,
            comers_info_vehicle_edit_access=comers_info_vehicle_edit_access,
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
