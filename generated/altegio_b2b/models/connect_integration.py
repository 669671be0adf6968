from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET

T = TypeVar("T", bound="ConnectIntegration")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "command",
        "type",
        "crm_token",
    }
)
_EXTRA = _fields.ANY


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
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        command = self.command
        if type(command) is not str:
            command = _fields.write_string(command, "command")
        field_dict["command"] = command

        type_ = self.type_
        if type(type_) is not str:
            type_ = _fields.write_string(type_, "type_")
        field_dict["type"] = type_

        crm_token = self.crm_token
        if type(crm_token) is not str:
            crm_token = _fields.write_string(crm_token, "crm_token")
        field_dict["crm_token"] = crm_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        command = _get("command", UNSET)
        if type(command) is not str:
            command = _fields.read_string(command, "command")

        type_ = _get("type", UNSET)
        if type(type_) is not str:
            type_ = _fields.read_string(type_, "type")

        crm_token = _get("crm_token", UNSET)
        if type(crm_token) is not str:
            crm_token = _fields.read_string(crm_token, "crm_token")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.command = command
        _model.type_ = type_
        _model.crm_token = crm_token
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not ConnectIntegration:
            _fields.init_added_fields(_model, ConnectIntegration)
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
