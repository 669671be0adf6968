from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._runtime import fields as _fields
from .._runtime.errors import FieldError as _FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pay_with_referral_program_works_only_for_visit_payment_method import (
        PayWithReferralProgramWorksOnlyForVisitPaymentMethod,
    )


T = TypeVar("T", bound="PayWithReferralProgramWorksOnlyForVisitPayment")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "method",
        "referrer_phone",
    }
)
_EXTRA = _fields.ANY


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
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        method = self.method
        if method is not UNSET:
            field_dict["method"] = _fields.write_model(
                method, _models.PayWithReferralProgramWorksOnlyForVisitPaymentMethod, "method"
            )

        referrer_phone = self.referrer_phone
        if type(referrer_phone) is not str and referrer_phone is not UNSET:
            referrer_phone = _fields.write_string(referrer_phone, "referrer_phone")
        if referrer_phone is not UNSET:
            field_dict["referrer_phone"] = referrer_phone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        method = _get("method", UNSET)
        if method is not UNSET:
            try:
                method = _models.PayWithReferralProgramWorksOnlyForVisitPaymentMethod.from_dict(method)
            except _FieldError as _error:
                raise _error.within("method")

        referrer_phone = _get("referrer_phone", UNSET)
        if type(referrer_phone) is not str and referrer_phone is not UNSET:
            referrer_phone = _fields.read_string(referrer_phone, "referrer_phone")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.method = method
        _model.referrer_phone = referrer_phone
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not PayWithReferralProgramWorksOnlyForVisitPayment:
            _fields.init_added_fields(_model, PayWithReferralProgramWorksOnlyForVisitPayment)
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
