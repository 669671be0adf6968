from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetFeedbackFormStatusResponse200AgreementLinks")


@_attrs_define
class GetFeedbackFormStatusResponse200AgreementLinks:
    """Links to agreements

    Attributes:
        terms_of_use (str | Unset): Processing of personal data
        confidentiality_agreement (str | Unset): Privacy Policy
    """

    terms_of_use: str | Unset = UNSET
    confidentiality_agreement: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        terms_of_use = self.terms_of_use

        confidentiality_agreement = self.confidentiality_agreement

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if terms_of_use is not UNSET:
            field_dict["terms_of_use"] = terms_of_use
        if confidentiality_agreement is not UNSET:
            field_dict["confidentiality_agreement"] = confidentiality_agreement

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        terms_of_use = d.pop("terms_of_use", UNSET)

        confidentiality_agreement = d.pop("confidentiality_agreement", UNSET)

        _model = cls(
            terms_of_use=terms_of_use,
            confidentiality_agreement=confidentiality_agreement,
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
