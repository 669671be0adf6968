from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_chain_loyalty_program_body_on_changed_notification_template_type import (
    UpdateChainLoyaltyProgramBodyOnChangedNotificationTemplateType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateChainLoyaltyProgramBodyOnChangedNotificationTemplate")


@_attrs_define
class UpdateChainLoyaltyProgramBodyOnChangedNotificationTemplate:
    """Body of the request to bind the loyalty notification template

    Attributes:
        body (str | Unset): Template text (custom only)
        type_ (UpdateChainLoyaltyProgramBodyOnChangedNotificationTemplateType | Unset): Template option
    """

    body: str | Unset = UNSET
    type_: UpdateChainLoyaltyProgramBodyOnChangedNotificationTemplateType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if body is not UNSET:
            field_dict["body"] = body
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        body = d.pop("body", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: UpdateChainLoyaltyProgramBodyOnChangedNotificationTemplateType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = UpdateChainLoyaltyProgramBodyOnChangedNotificationTemplateType(_type_)

        update_chain_loyalty_program_body_on_changed_notification_template = cls(
            body=body,
            type_=type_,
        )

        update_chain_loyalty_program_body_on_changed_notification_template.additional_properties = d
        return update_chain_loyalty_program_body_on_changed_notification_template

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
