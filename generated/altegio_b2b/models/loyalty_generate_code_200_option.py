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
    from ..models.loyalty_generate_code_200_data_option import LoyaltyGenerateCode200DataOption
    from ..models.loyalty_generate_code_200_option_meta_item import LoyaltyGenerateCode200OptionMetaItem


T = TypeVar("T", bound="LoyaltyGenerateCode200Option")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "success",
        "data",
        "meta",
    }
)
_EXTRA = _fields.ANY
_KIND_meta = _fields.ListOf(_fields.Model("LoyaltyGenerateCode200OptionMetaItem"))


@_attrs_define
class LoyaltyGenerateCode200Option:
    """
    Attributes:
        success (bool | Unset): flag indicating that the response was completed without errors (true)
        data (LoyaltyGenerateCode200DataOption | Unset):
        meta (list[LoyaltyGenerateCode200OptionMetaItem] | Unset): metadata (empty array)
    """

    success: bool | Unset = UNSET
    data: LoyaltyGenerateCode200DataOption | Unset = UNSET
    meta: list[LoyaltyGenerateCode200OptionMetaItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        success = self.success
        if type(success) is not bool and success is not UNSET:
            success = _fields.write_boolean(success, "success")
        if success is not UNSET:
            field_dict["success"] = success

        data = self.data
        if data is not UNSET:
            field_dict["data"] = _fields.write_model(data, _models.LoyaltyGenerateCode200DataOption, "data")

        meta = self.meta
        if meta is not UNSET:
            field_dict["meta"] = _KIND_meta.write_field(meta, "meta")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        success = _get("success", UNSET)
        if type(success) is not bool and success is not UNSET:
            success = _fields.read_boolean(success, "success")

        data = _get("data", UNSET)
        if data is not UNSET:
            try:
                data = _models.LoyaltyGenerateCode200DataOption.from_dict(data)
            except _FieldError as _error:
                raise _error.within("data")

        meta = _get("meta", UNSET)
        if meta is not UNSET:
            meta = _KIND_meta.read_field(meta, "meta")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.success = success
        _model.data = data
        _model.meta = meta
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not LoyaltyGenerateCode200Option:
            _fields.init_added_fields(_model, LoyaltyGenerateCode200Option)
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
