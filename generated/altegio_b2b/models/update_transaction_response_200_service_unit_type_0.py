from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateTransactionResponse200ServiceUnitType0")


@_attrs_define
class UpdateTransactionResponse200ServiceUnitType0:
    """
    Attributes:
        company_id (int | Unset):
        id (int | Unset):
        short_title (str | Unset):
        title (str | Unset):
    """

    company_id: int | Unset = UNSET
    id: int | Unset = UNSET
    short_title: str | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id

        id = self.id

        short_title = self.short_title

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if id is not UNSET:
            field_dict["id"] = id
        if short_title is not UNSET:
            field_dict["short_title"] = short_title
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        company_id = d.pop("company_id", UNSET)

        id = d.pop("id", UNSET)

        short_title = d.pop("short_title", UNSET)

        title = d.pop("title", UNSET)

        update_transaction_response_200_service_unit_type_0 = cls(
            company_id=company_id,
            id=id,
            short_title=short_title,
            title=title,
        )

        update_transaction_response_200_service_unit_type_0.additional_properties = d
        return update_transaction_response_200_service_unit_type_0

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
