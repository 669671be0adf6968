from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pay_with_a_loyalty_program_payment_method import PayWithALoyaltyProgramPaymentMethod


T = TypeVar("T", bound="PayWithALoyaltyProgramPayment")


@_attrs_define
class PayWithALoyaltyProgramPayment:
    """Object containing the payment method

    Attributes:
        method (PayWithALoyaltyProgramPaymentMethod | Unset): Payment method
    """

    method: PayWithALoyaltyProgramPaymentMethod | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        method: dict[str, Any] | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if method is not UNSET:
            field_dict["method"] = method

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pay_with_a_loyalty_program_payment_method import PayWithALoyaltyProgramPaymentMethod  # noqa: PLC0415

        d = dict(src_dict)
        _method = d.pop("method", UNSET)
        method: PayWithALoyaltyProgramPaymentMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = PayWithALoyaltyProgramPaymentMethod.from_dict(_method)

        _model = cls(
            method=method,
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
