from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetLoyaltyCardListByPhoneResponse200ProgramsItemRulesItem")


@_attrs_define
class GetLoyaltyCardListByPhoneResponse200ProgramsItemRulesItem:
    """
    Attributes:
        id (int | Unset): Rule ID
        loyalty_program_id (int | Unset): Identifier of the stock to which the rule is attached
        loyalty_type_id (int | Unset): Promotion type ID
        value (int | Unset): The value from which the rule will work
        parameter (int | Unset):
    """

    id: int | Unset = UNSET
    loyalty_program_id: int | Unset = UNSET
    loyalty_type_id: int | Unset = UNSET
    value: int | Unset = UNSET
    parameter: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        loyalty_program_id = self.loyalty_program_id

        loyalty_type_id = self.loyalty_type_id

        value = self.value

        parameter = self.parameter

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if loyalty_program_id is not UNSET:
            field_dict["loyalty_program_id"] = loyalty_program_id
        if loyalty_type_id is not UNSET:
            field_dict["loyalty_type_id"] = loyalty_type_id
        if value is not UNSET:
            field_dict["value"] = value
        if parameter is not UNSET:
            field_dict["parameter"] = parameter

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        loyalty_program_id = d.pop("loyalty_program_id", UNSET)

        loyalty_type_id = d.pop("loyalty_type_id", UNSET)

        value = d.pop("value", UNSET)

        parameter = d.pop("parameter", UNSET)

        _model = cls(
            id=id,
            loyalty_program_id=loyalty_program_id,
            loyalty_type_id=loyalty_type_id,
            value=value,
            parameter=parameter,
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
