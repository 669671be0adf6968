from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..models.loyalty_notification_message_template_message_type import LoyaltyNotificationMessageTemplateMessageType
from ..models.loyalty_notification_message_template_type import LoyaltyNotificationMessageTemplateType
from ..types import UNSET, Unset

T = TypeVar("T", bound="LoyaltyNotificationMessageTemplate")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "body",
        "message_type",
    }
)
_EXTRA = _fields.ANY
_KIND_type_ = _fields.EnumOf("LoyaltyNotificationMessageTemplateType", _fields.STRING)
_KIND_message_type = _fields.EnumOf("LoyaltyNotificationMessageTemplateMessageType", _fields.STRING)


@_attrs_define
class LoyaltyNotificationMessageTemplate:
    """Loyalty notification template

    Example:
        {'id': 12, 'type': 'small', 'message_type': 'loyalty_discount_expiration', 'body': 'Your discount expires
            tomorrow'}

    Attributes:
        id (int | Unset): Template ID
        type_ (LoyaltyNotificationMessageTemplateType | Unset): Template option
        body (str | Unset): Template text
        message_type (LoyaltyNotificationMessageTemplateMessageType | Unset): Message type
    """

    id: int | Unset = UNSET
    type_: LoyaltyNotificationMessageTemplateType | Unset = UNSET
    body: str | Unset = UNSET
    message_type: LoyaltyNotificationMessageTemplateMessageType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        type_ = self.type_
        if type_ is not UNSET:
            field_dict["type"] = _KIND_type_.write_field(type_, "type_")

        body = self.body
        if type(body) is not str and body is not UNSET:
            body = _fields.write_string(body, "body")
        if body is not UNSET:
            field_dict["body"] = body

        message_type = self.message_type
        if message_type is not UNSET:
            field_dict["message_type"] = _KIND_message_type.write_field(message_type, "message_type")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _fields.read_integer(id, "id")

        type_ = _get("type", UNSET)
        if type_ is not UNSET:
            type_ = _KIND_type_.read_field(type_, "type")

        body = _get("body", UNSET)
        if type(body) is not str and body is not UNSET:
            body = _fields.read_string(body, "body")

        message_type = _get("message_type", UNSET)
        if message_type is not UNSET:
            message_type = _KIND_message_type.read_field(message_type, "message_type")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.type_ = type_
        _model.body = body
        _model.message_type = message_type
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not LoyaltyNotificationMessageTemplate:
            _fields.init_added_fields(_model, LoyaltyNotificationMessageTemplate)
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
