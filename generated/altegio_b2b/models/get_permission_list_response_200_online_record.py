from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetPermissionListResponse200OnlineRecord")


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
        online_record_access = self.online_record_access

        online_record_privacy_policy_access = self.online_record_privacy_policy_access

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if online_record_access is not UNSET:
            field_dict["online_record_access"] = online_record_access
        if online_record_privacy_policy_access is not UNSET:
            field_dict["online_record_privacy_policy_access"] = online_record_privacy_policy_access

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        online_record_access = d.pop("online_record_access", UNSET)

        online_record_privacy_policy_access = d.pop("online_record_privacy_policy_access", UNSET)

        _model = cls(
            online_record_access=online_record_access,
            online_record_privacy_policy_access=online_record_privacy_policy_access,
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
