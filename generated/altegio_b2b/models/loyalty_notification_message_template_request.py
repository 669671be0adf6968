from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..models.loyalty_notification_message_template_request_type import LoyaltyNotificationMessageTemplateRequestType
from ..types import UNSET, Unset

T = TypeVar("T", bound="LoyaltyNotificationMessageTemplateRequest")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "type",
        "body",
    }
)
_EXTRA = _fields.ANY
_KIND_type_ = _fields.EnumOf("LoyaltyNotificationMessageTemplateRequestType", _fields.STRING)


@_attrs_define
class LoyaltyNotificationMessageTemplateRequest:
    """Body of the request to bind the loyalty notification template

    Example:
        {'type': 'custom', 'body': 'Message text'}

    Attributes:
        type_ (LoyaltyNotificationMessageTemplateRequestType | Unset): Template option
        body (str | Unset): Template text (custom only)
    """

    type_: LoyaltyNotificationMessageTemplateRequestType | Unset = UNSET
    body: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        type_ = self.type_
        if type_ is not UNSET:
            field_dict["type"] = _KIND_type_.write_field(type_, "type_")

        body = self.body
        if type(body) is not str and body is not UNSET:
            body = _fields.write_string(body, "body")
        if body is not UNSET:
            field_dict["body"] = body

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        type_ = _get("type", UNSET)
        if type_ is not UNSET:
            type_ = _KIND_type_.read_field(type_, "type")

        body = _get("body", UNSET)
        if type(body) is not str and body is not UNSET:
            body = _fields.read_string(body, "body")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.type_ = type_
        _model.body = body
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not LoyaltyNotificationMessageTemplateRequest:
            _fields.init_added_fields(_model, LoyaltyNotificationMessageTemplateRequest)
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
