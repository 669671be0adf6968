from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChainLoyaltyCertificateTypesUpdateBodyOnlineSale")


@_attrs_define
class ChainLoyaltyCertificateTypesUpdateBodyOnlineSale:
    """Online sale settings

    Attributes:
        is_enabled (bool): Enable online purchase?
        description (str | Unset): Description for online store
        price (float | Unset): Online sale price
        title (str | Unset): Title for online store
    """

    is_enabled: bool
    description: str | Unset = UNSET
    price: float | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_enabled = self.is_enabled

        description = self.description

        price = self.price

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "is_enabled": is_enabled,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if price is not UNSET:
            field_dict["price"] = price
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_enabled = d.pop("is_enabled")

        description = d.pop("description", UNSET)

        price = d.pop("price", UNSET)

        title = d.pop("title", UNSET)

        chain_loyalty_certificate_types_update_body_online_sale = cls(
            is_enabled=is_enabled,
            description=description,
            price=price,
            title=title,
        )

        chain_loyalty_certificate_types_update_body_online_sale.additional_properties = d
        return chain_loyalty_certificate_types_update_body_online_sale

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
