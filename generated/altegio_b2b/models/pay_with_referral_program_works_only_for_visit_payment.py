from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pay_with_referral_program_works_only_for_visit_payment_method import (
        PayWithReferralProgramWorksOnlyForVisitPaymentMethod,
    )


T = TypeVar("T", bound="PayWithReferralProgramWorksOnlyForVisitPayment")


@_attrs_define
class PayWithReferralProgramWorksOnlyForVisitPayment:
    """Object containing the payment method

    Attributes:
        method (PayWithReferralProgramWorksOnlyForVisitPaymentMethod | Unset): Payment method
        referrer_phone (str | Unset): Phone of the inviter
    """

    method: PayWithReferralProgramWorksOnlyForVisitPaymentMethod | Unset = UNSET
    referrer_phone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        method: dict[str, Any] | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method.to_dict()

        referrer_phone = self.referrer_phone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if method is not UNSET:
            field_dict["method"] = method
        if referrer_phone is not UNSET:
            field_dict["referrer_phone"] = referrer_phone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pay_with_referral_program_works_only_for_visit_payment_method import (
            PayWithReferralProgramWorksOnlyForVisitPaymentMethod,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _method = d.pop("method", UNSET)
        method: PayWithReferralProgramWorksOnlyForVisitPaymentMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = PayWithReferralProgramWorksOnlyForVisitPaymentMethod.from_dict(_method)

        referrer_phone = d.pop("referrer_phone", UNSET)

        _model = cls(
            method=method,
            referrer_phone=referrer_phone,
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
