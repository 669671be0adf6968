from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetFeedbackFormStatusResponse200AgreementLinks")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "terms_of_use",
        "confidentiality_agreement",
    }
)
_EXTRA = _fields.ANY


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
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        terms_of_use = self.terms_of_use
        if type(terms_of_use) is not str and terms_of_use is not UNSET:
            terms_of_use = _fields.write_string(terms_of_use, "terms_of_use")
        if terms_of_use is not UNSET:
            field_dict["terms_of_use"] = terms_of_use

        confidentiality_agreement = self.confidentiality_agreement
        if type(confidentiality_agreement) is not str and confidentiality_agreement is not UNSET:
            confidentiality_agreement = _fields.write_string(confidentiality_agreement, "confidentiality_agreement")
        if confidentiality_agreement is not UNSET:
            field_dict["confidentiality_agreement"] = confidentiality_agreement

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        terms_of_use = _get("terms_of_use", UNSET)
        if type(terms_of_use) is not str and terms_of_use is not UNSET:
            terms_of_use = _fields.read_string(terms_of_use, "terms_of_use")

        confidentiality_agreement = _get("confidentiality_agreement", UNSET)
        if type(confidentiality_agreement) is not str and confidentiality_agreement is not UNSET:
            confidentiality_agreement = _fields.read_string(confidentiality_agreement, "confidentiality_agreement")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.terms_of_use = terms_of_use
        _model.confidentiality_agreement = confidentiality_agreement
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetFeedbackFormStatusResponse200AgreementLinks:
            _fields.init_added_fields(_model, GetFeedbackFormStatusResponse200AgreementLinks)
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
