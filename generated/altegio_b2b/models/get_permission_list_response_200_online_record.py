from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetPermissionListResponse200OnlineRecord")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "online_record_access",
        "online_record_privacy_policy_access",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class GetPermissionListResponse200OnlineRecord:
    """Section Online Booking

    Attributes:
        online_record_access (bool | Unset): true - there is access to online booking, false - no access
        online_record_privacy_policy_access (bool | Unset): true - there is access to privacy policy settings for online
            booking, false - no access
    """

    online_record_access: bool | Unset = UNSET
    online_record_privacy_policy_access: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        online_record_access = self.online_record_access
        if type(online_record_access) is not bool and online_record_access is not UNSET:
            online_record_access = _fields.write_boolean(online_record_access, "online_record_access")
        if online_record_access is not UNSET:
            field_dict["online_record_access"] = online_record_access

        online_record_privacy_policy_access = self.online_record_privacy_policy_access
        if type(online_record_privacy_policy_access) is not bool and online_record_privacy_policy_access is not UNSET:
            online_record_privacy_policy_access = _fields.write_boolean(
                online_record_privacy_policy_access, "online_record_privacy_policy_access"
            )
        if online_record_privacy_policy_access is not UNSET:
            field_dict["online_record_privacy_policy_access"] = online_record_privacy_policy_access

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        online_record_access = _get("online_record_access", UNSET)
        if type(online_record_access) is not bool and online_record_access is not UNSET:
            online_record_access = _fields.read_boolean(online_record_access, "online_record_access")

        online_record_privacy_policy_access = _get("online_record_privacy_policy_access", UNSET)
        if type(online_record_privacy_policy_access) is not bool and online_record_privacy_policy_access is not UNSET:
            online_record_privacy_policy_access = _fields.read_boolean(
                online_record_privacy_policy_access, "online_record_privacy_policy_access"
            )

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.online_record_access = online_record_access
        _model.online_record_privacy_policy_access = online_record_privacy_policy_access
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetPermissionListResponse200OnlineRecord:
            _fields.init_added_fields(_model, GetPermissionListResponse200OnlineRecord)
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
