from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MarketplacePartnerApplicationAddDiscountBody")


@_attrs_define
class MarketplacePartnerApplicationAddDiscountBody:
    """
    Attributes:
        salon_ids (list[int]): List of location IDs to apply discount Example: [123, 456].
        application_id (int): Application ID from marketplace Example: 123.
        discount (float): Discount amount (percentage or fixed amount depending on configuration) Example: 15.54.
    """

    salon_ids: list[int]
    application_id: int
    discount: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        salon_ids = self.salon_ids

        application_id = self.application_id

        discount = self.discount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "salon_ids": salon_ids,
                "application_id": application_id,
                "discount": discount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        salon_ids = cast(list[int], d.pop("salon_ids"))

        application_id = d.pop("application_id")

        discount = d.pop("discount")

        _model = cls(
            salon_ids=salon_ids,
            application_id=application_id,
            discount=discount,
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
