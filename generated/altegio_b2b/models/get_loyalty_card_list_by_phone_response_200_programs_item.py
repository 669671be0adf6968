from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_loyalty_card_list_by_phone_response_200_programs_item_loyalty_type import (
        GetLoyaltyCardListByPhoneResponse200ProgramsItemLoyaltyType,
    )
    from ..models.get_loyalty_card_list_by_phone_response_200_programs_item_rules_item import (
        GetLoyaltyCardListByPhoneResponse200ProgramsItemRulesItem,
    )


T = TypeVar("T", bound="GetLoyaltyCardListByPhoneResponse200ProgramsItem")


@_attrs_define
class GetLoyaltyCardListByPhoneResponse200ProgramsItem:
    """
    Attributes:
        id (int | Unset): Promotion ID
        title (str | Unset): Share name
        value (int | Unset): The value from which the rule will work
        loyalty_type_id (int | Unset): Promotion type ID
        item_type_id (int | Unset): Is cashback earned on products?
        value_unit_id (int | Unset): Bonus field. Discount % or Fixed. sum
        group_id (int | Unset): ID of the chain where the promotion was created
        loyalty_type (GetLoyaltyCardListByPhoneResponse200ProgramsItemLoyaltyType | Unset): Object with information
            about the promotion
        rules (list[GetLoyaltyCardListByPhoneResponse200ProgramsItemRulesItem] | Unset): An array with information about
            the rules configured in the promotion
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    value: int | Unset = UNSET
    loyalty_type_id: int | Unset = UNSET
    item_type_id: int | Unset = UNSET
    value_unit_id: int | Unset = UNSET
    group_id: int | Unset = UNSET
    loyalty_type: GetLoyaltyCardListByPhoneResponse200ProgramsItemLoyaltyType | Unset = UNSET
    rules: list[GetLoyaltyCardListByPhoneResponse200ProgramsItemRulesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        value = self.value

        loyalty_type_id = self.loyalty_type_id

        item_type_id = self.item_type_id

        value_unit_id = self.value_unit_id

        group_id = self.group_id

        loyalty_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.loyalty_type, Unset):
            loyalty_type = self.loyalty_type.to_dict()

        rules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rules, Unset):
            rules = []
            for rules_item_data in self.rules:
                rules_item = rules_item_data.to_dict()
                rules.append(rules_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if value is not UNSET:
            field_dict["value"] = value
        if loyalty_type_id is not UNSET:
            field_dict["loyalty_type_id"] = loyalty_type_id
        if item_type_id is not UNSET:
            field_dict["item_type_id"] = item_type_id
        if value_unit_id is not UNSET:
            field_dict["value_unit_id"] = value_unit_id
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if loyalty_type is not UNSET:
            field_dict["loyalty_type"] = loyalty_type
        if rules is not UNSET:
            field_dict["rules"] = rules

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_loyalty_card_list_by_phone_response_200_programs_item_loyalty_type import (
            GetLoyaltyCardListByPhoneResponse200ProgramsItemLoyaltyType,  # noqa: PLC0415
        )
        from ..models.get_loyalty_card_list_by_phone_response_200_programs_item_rules_item import (
            GetLoyaltyCardListByPhoneResponse200ProgramsItemRulesItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        value = d.pop("value", UNSET)

        loyalty_type_id = d.pop("loyalty_type_id", UNSET)

        item_type_id = d.pop("item_type_id", UNSET)

        value_unit_id = d.pop("value_unit_id", UNSET)

        group_id = d.pop("group_id", UNSET)

        _loyalty_type = d.pop("loyalty_type", UNSET)
        loyalty_type: GetLoyaltyCardListByPhoneResponse200ProgramsItemLoyaltyType | Unset
        if isinstance(_loyalty_type, Unset):
            loyalty_type = UNSET
        else:
            loyalty_type = GetLoyaltyCardListByPhoneResponse200ProgramsItemLoyaltyType.from_dict(_loyalty_type)

        _rules = d.pop("rules", UNSET)
        rules: list[GetLoyaltyCardListByPhoneResponse200ProgramsItemRulesItem] | Unset = UNSET
        if _rules is not UNSET:
            rules = []
            for rules_item_data in _rules:
                rules_item = GetLoyaltyCardListByPhoneResponse200ProgramsItemRulesItem.from_dict(rules_item_data)

                rules.append(rules_item)

        _model = cls(
            id=id,
            title=title,
            value=value,
            loyalty_type_id=loyalty_type_id,
            item_type_id=item_type_id,
            value_unit_id=value_unit_id,
            group_id=group_id,
            loyalty_type=loyalty_type,
            rules=rules,
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
