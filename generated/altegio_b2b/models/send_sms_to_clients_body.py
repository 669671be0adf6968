from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="SendSmsToClientsBody")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "client_ids",
        "text",
    }
)
_EXTRA = _fields.ANY
_KIND_client_ids = _fields.ListOf(_fields.NUMBER)


@_attrs_define
class SendSmsToClientsBody:
    """Send SMS to the list of clients

    Example:
        {'client_ids': [1, 2, 3, 4, 5], 'text': 'Dear clients, we congratulate you on being our clients! You are very
            lucky!'}

    Attributes:
        client_ids (list[float] | Unset): Array of client IDs
        text (str | Unset): SMS text message
    """

    client_ids: list[float] | Unset = UNSET
    text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        client_ids = self.client_ids
        if client_ids is not UNSET:
            field_dict["client_ids"] = _KIND_client_ids.write_field(client_ids, "client_ids")

        text = self.text
        if type(text) is not str and text is not UNSET:
            text = _fields.write_string(text, "text")
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        client_ids = _get("client_ids", UNSET)
        if client_ids is not UNSET:
            client_ids = _KIND_client_ids.read_field(client_ids, "client_ids")

        text = _get("text", UNSET)
        if type(text) is not str and text is not UNSET:
            text = _fields.read_string(text, "text")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.client_ids = client_ids
        _model.text = text
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not SendSmsToClientsBody:
            _fields.init_added_fields(_model, SendSmsToClientsBody)
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
