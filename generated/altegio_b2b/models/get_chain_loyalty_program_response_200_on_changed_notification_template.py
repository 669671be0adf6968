from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_chain_loyalty_program_response_200_on_changed_notification_template_message_type import (
    GetChainLoyaltyProgramResponse200OnChangedNotificationTemplateMessageType,
)
from ..models.get_chain_loyalty_program_response_200_on_changed_notification_template_type import (
    GetChainLoyaltyProgramResponse200OnChangedNotificationTemplateType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetChainLoyaltyProgramResponse200OnChangedNotificationTemplate")


@_attrs_define
class GetChainLoyaltyProgramResponse200OnChangedNotificationTemplate:
    """Loyalty notification template

    Attributes:
        body (str | Unset): Template text
        id (int | Unset): Template ID
        message_type (GetChainLoyaltyProgramResponse200OnChangedNotificationTemplateMessageType | Unset): Message type
        type_ (GetChainLoyaltyProgramResponse200OnChangedNotificationTemplateType | Unset): Template option
    """

    body: str | Unset = UNSET
    id: int | Unset = UNSET
    message_type: GetChainLoyaltyProgramResponse200OnChangedNotificationTemplateMessageType | Unset = UNSET
    type_: GetChainLoyaltyProgramResponse200OnChangedNotificationTemplateType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        id = self.id

        message_type: str | Unset = UNSET
        if not isinstance(self.message_type, Unset):
            message_type = self.message_type.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if body is not UNSET:
            field_dict["body"] = body
        if id is not UNSET:
            field_dict["id"] = id
        if message_type is not UNSET:
            field_dict["message_type"] = message_type
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        body = d.pop("body", UNSET)

        id = d.pop("id", UNSET)

        _message_type = d.pop("message_type", UNSET)
        message_type: GetChainLoyaltyProgramResponse200OnChangedNotificationTemplateMessageType | Unset
        if isinstance(_message_type, Unset):
            message_type = UNSET
        else:
            message_type = GetChainLoyaltyProgramResponse200OnChangedNotificationTemplateMessageType(_message_type)

        _type_ = d.pop("type", UNSET)
        type_: GetChainLoyaltyProgramResponse200OnChangedNotificationTemplateType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = GetChainLoyaltyProgramResponse200OnChangedNotificationTemplateType(_type_)

        get_chain_loyalty_program_response_200_on_changed_notification_template = cls(
            body=body,
            id=id,
            message_type=message_type,
            type_=type_,
        )

        get_chain_loyalty_program_response_200_on_changed_notification_template.additional_properties = d
        return get_chain_loyalty_program_response_200_on_changed_notification_template

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
