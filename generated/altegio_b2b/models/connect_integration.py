from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ConnectIntegration")


@_attrs_define
class ConnectIntegration:
    """Connect integration

    Example:
        {'command': 'setup', 'type': 'enable', 'crm_token': '7cf262d6-1656-43f9-86ac-2826bdc125d2'}

    Attributes:
        command (str): Operation type: 'setup'
        type_ (str): Operation type, in this case 'enable'
        crm_token (str): CRM-token from the VoIP Integration in the client's chain section
    """

    command: str
    type_: str
    crm_token: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        command = self.command

        type_ = self.type_

        crm_token = self.crm_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "command": command,
                "type": type_,
                "crm_token": crm_token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        command = d.pop("command")

        type_ = d.pop("type")

        crm_token = d.pop("crm_token")

        _model = cls(
            command=command,
            type_=type_,
            crm_token=crm_token,
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
