from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetPermissionListResponse200Comers")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "comers_access",
        "comers_info_vehicle_view_access",
        "comers_info_vehicle_edit_access",
    }
)
_EXTRA = _fields.ANY


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
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        comers_access = self.comers_access
        if type(comers_access) is not bool and comers_access is not UNSET:
            comers_access = _fields.write_boolean(comers_access, "comers_access")
        if comers_access is not UNSET:
            field_dict["comers_access"] = comers_access

        comers_info_vehicle_view_access = self.comers_info_vehicle_view_access
        if type(comers_info_vehicle_view_access) is not bool and comers_info_vehicle_view_access is not UNSET:
            comers_info_vehicle_view_access = _fields.write_boolean(
                comers_info_vehicle_view_access, "comers_info_vehicle_view_access"
            )
        if comers_info_vehicle_view_access is not UNSET:
            field_dict["comers_info_vehicle_view_access"] = comers_info_vehicle_view_access

        comers_info_vehicle_edit_access = self.comers_info_vehicle_edit_access
        if type(comers_info_vehicle_edit_access) is not bool and comers_info_vehicle_edit_access is not UNSET:
            comers_info_vehicle_edit_access = _fields.write_boolean(
                comers_info_vehicle_edit_access, "comers_info_vehicle_edit_access"
            )
        if comers_info_vehicle_edit_access is not UNSET:
            field_dict["comers_info_vehicle_edit_access"] = comers_info_vehicle_edit_access

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        comers_access = _get("comers_access", UNSET)
        if type(comers_access) is not bool and comers_access is not UNSET:
            comers_access = _fields.read_boolean(comers_access, "comers_access")

        comers_info_vehicle_view_access = _get("comers_info_vehicle_view_access", UNSET)
        if type(comers_info_vehicle_view_access) is not bool and comers_info_vehicle_view_access is not UNSET:
            comers_info_vehicle_view_access = _fields.read_boolean(
                comers_info_vehicle_view_access, "comers_info_vehicle_view_access"
            )

        comers_info_vehicle_edit_access = _get("comers_info_vehicle_edit_access", UNSET)
        if type(comers_info_vehicle_edit_access) is not bool and comers_info_vehicle_edit_access is not UNSET:
            comers_info_vehicle_edit_access = _fields.read_boolean(
                comers_info_vehicle_edit_access, "comers_info_vehicle_edit_access"
            )

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.comers_access = comers_access
        _model.comers_info_vehicle_view_access = comers_info_vehicle_view_access
        _model.comers_info_vehicle_edit_access = comers_info_vehicle_edit_access
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetPermissionListResponse200Comers:
            _fields.init_added_fields(_model, GetPermissionListResponse200Comers)
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
