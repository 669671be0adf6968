from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_loyalty_card_list_by_client_id_response_200_programs_item_loyalty_type import (
        GetLoyaltyCardListByClientIdResponse200ProgramsItemLoyaltyType,
    )


T = TypeVar("T", bound="GetLoyaltyCardListByClientIdResponse200ProgramsItem")


@_attrs_define
class GetLoyaltyCardListByClientIdResponse200ProgramsItem:
    """
    Attributes:
        group_id (int | Unset): ID of the chain where the promotion was created
        id (int | Unset): Promotion ID
        item_type_id (int | Unset): Is cashback earned on products?
        loyalty_type (GetLoyaltyCardListByClientIdResponse200ProgramsItemLoyaltyType | Unset): Object with information
            about the promotion
        loyalty_type_id (int | Unset): Promotion type ID
        rules (list[Any] | Unset): An array with information about the rules configured in the promotion
        title (str | Unset): Share name
        value (int | Unset): The value from which the rule will work
        value_unit_id (int | Unset): Bonus field. Discount % or Fixed. sum
    """

    group_id: int | Unset = UNSET
    id: int | Unset = UNSET
    item_type_id: int | Unset = UNSET
    loyalty_type: GetLoyaltyCardListByClientIdResponse200ProgramsItemLoyaltyType | Unset = UNSET
    loyalty_type_id: int | Unset = UNSET
    rules: list[Any] | Unset = UNSET
    title: str | Unset = UNSET
    value: int | Unset = UNSET
    value_unit_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group_id = self.group_id

        id = self.id

        item_type_id = self.item_type_id

        loyalty_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.loyalty_type, Unset):
            loyalty_type = self.loyalty_type.to_dict()

        loyalty_type_id = self.loyalty_type_id

        rules: list[Any] | Unset = UNSET
        if not isinstance(self.rules, Unset):
            rules = self.rules

        title = self.title

        value = self.value

        value_unit_id = self.value_unit_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if id is not UNSET:
            field_dict["id"] = id
        if item_type_id is not UNSET:
            field_dict["item_type_id"] = item_type_id
        if loyalty_type is not UNSET:
            field_dict["loyalty_type"] = loyalty_type
        if loyalty_type_id is not UNSET:
            field_dict["loyalty_type_id"] = loyalty_type_id
        if rules is not UNSET:
            field_dict["rules"] = rules
        if title is not UNSET:
            field_dict["title"] = title
        if value is not UNSET:
            field_dict["value"] = value
        if value_unit_id is not UNSET:
            field_dict["value_unit_id"] = value_unit_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_loyalty_card_list_by_client_id_response_200_programs_item_loyalty_type import (
            GetLoyaltyCardListByClientIdResponse200ProgramsItemLoyaltyType,  # noqa: PLC0415
        )

        d = dict(src_dict)
        group_id = d.pop("group_id", UNSET)

        id = d.pop("id", UNSET)

        item_type_id = d.pop("item_type_id", UNSET)

        _loyalty_type = d.pop("loyalty_type", UNSET)
        loyalty_type: GetLoyaltyCardListByClientIdResponse200ProgramsItemLoyaltyType | Unset
        if isinstance(_loyalty_type, Unset):
            loyalty_type = UNSET
        else:
            loyalty_type = GetLoyaltyCardListByClientIdResponse200ProgramsItemLoyaltyType.from_dict(_loyalty_type)

        loyalty_type_id = d.pop("loyalty_type_id", UNSET)

        rules = cast(list[Any], d.pop("rules", UNSET))

        title = d.pop("title", UNSET)

        value = d.pop("value", UNSET)

        value_unit_id = d.pop("value_unit_id", UNSET)

        get_loyalty_card_list_by_client_id_response_200_programs_item = cls(
            group_id=group_id,
            id=id,
            item_type_id=item_type_id,
            loyalty_type=loyalty_type,
            loyalty_type_id=loyalty_type_id,
            rules=rules,
            title=title,
            value=value,
            value_unit_id=value_unit_id,
        )

        get_loyalty_card_list_by_client_id_response_200_programs_item.additional_properties = d
        return get_loyalty_card_list_by_client_id_response_200_programs_item

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
