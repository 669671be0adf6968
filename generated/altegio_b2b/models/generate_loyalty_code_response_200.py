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
    from ..models.generate_loyalty_code_response_200_meta_item import GenerateLoyaltyCodeResponse200MetaItem
    from ..models.loyalty_generate_code_200_data_option import LoyaltyGenerateCode200DataOption
    from ..models.loyalty_generate_code_200_option import LoyaltyGenerateCode200Option


T = TypeVar("T", bound="GenerateLoyaltyCodeResponse200")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "LoyaltyGenerateCode200Option",
        "data",
        "meta",
        "success",
    }
)
_EXTRA = _fields.ANY
_KIND_meta = _fields.ListOf(_fields.Model("GenerateLoyaltyCodeResponse200MetaItem"))


@_attrs_define
class GenerateLoyaltyCodeResponse200:
    """
    Attributes:
        loyalty_generate_code_200_option (LoyaltyGenerateCode200Option | Unset):
        data (LoyaltyGenerateCode200DataOption | Unset):
        meta (list[GenerateLoyaltyCodeResponse200MetaItem] | Unset):
        success (bool | Unset):
    """

    loyalty_generate_code_200_option: LoyaltyGenerateCode200Option | Unset = UNSET
    data: LoyaltyGenerateCode200DataOption | Unset = UNSET
    meta: list[GenerateLoyaltyCodeResponse200MetaItem] | Unset = UNSET
    success: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        loyalty_generate_code_200_option = self.loyalty_generate_code_200_option
        if loyalty_generate_code_200_option is not UNSET:
            field_dict["LoyaltyGenerateCode200Option"] = _fields.write_model(
                loyalty_generate_code_200_option,
                _models.LoyaltyGenerateCode200Option,
                "loyalty_generate_code_200_option",
            )

        data = self.data
        if data is not UNSET:
            field_dict["data"] = _fields.write_model(data, _models.LoyaltyGenerateCode200DataOption, "data")

        meta = self.meta
        if meta is not UNSET:
            field_dict["meta"] = _KIND_meta.write_field(meta, "meta")

        success = self.success
        if type(success) is not bool and success is not UNSET:
            success = _fields.write_boolean(success, "success")
        if success is not UNSET:
            field_dict["success"] = success

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        loyalty_generate_code_200_option = _get("LoyaltyGenerateCode200Option", UNSET)
        if loyalty_generate_code_200_option is not UNSET:
            try:
                loyalty_generate_code_200_option = _models.LoyaltyGenerateCode200Option.from_dict(
                    loyalty_generate_code_200_option
                )
            except _FieldError as _error:
                raise _error.within("LoyaltyGenerateCode200Option")

        data = _get("data", UNSET)
        if data is not UNSET:
            try:
                data = _models.LoyaltyGenerateCode200DataOption.from_dict(data)
            except _FieldError as _error:
                raise _error.within("data")

        meta = _get("meta", UNSET)
        if meta is not UNSET:
            meta = _KIND_meta.read_field(meta, "meta")

        success = _get("success", UNSET)
        if type(success) is not bool and success is not UNSET:
            success = _fields.read_boolean(success, "success")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.loyalty_generate_code_200_option = loyalty_generate_code_200_option
        _model.data = data
        _model.meta = meta
        _model.success = success
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GenerateLoyaltyCodeResponse200:
            _fields.init_added_fields(_model, GenerateLoyaltyCodeResponse200)
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
