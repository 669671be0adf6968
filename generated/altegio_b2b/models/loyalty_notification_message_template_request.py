from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.loyalty_notification_message_template_request_type import LoyaltyNotificationMessageTemplateRequestType
from ..types import UNSET, Unset

T = TypeVar("T", bound="LoyaltyNotificationMessageTemplateRequest")


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
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        body = self.body

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if body is not UNSET:
            field_dict["body"] = body

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: LoyaltyNotificationMessageTemplateRequestType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = LoyaltyNotificationMessageTemplateRequestType(_type_)

        body = d.pop("body", UNSET)

        _model = cls(
            type_=type_,
            body=body,
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
