from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.loyalty_generate_code_200_data_option import LoyaltyGenerateCode200DataOption
    from ..models.loyalty_generate_code_200_option_meta_item import LoyaltyGenerateCode200OptionMetaItem


T = TypeVar("T", bound="LoyaltyGenerateCode200Option")


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
        success = self.success

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        meta: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = []
            for meta_item_data in self.meta:
                meta_item = meta_item_data.to_dict()
                meta.append(meta_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if data is not UNSET:
            field_dict["data"] = data
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.loyalty_generate_code_200_data_option import LoyaltyGenerateCode200DataOption  # noqa: PLC0415
        from ..models.loyalty_generate_code_200_option_meta_item import LoyaltyGenerateCode200OptionMetaItem  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        _data = d.pop("data", UNSET)
        data: LoyaltyGenerateCode200DataOption | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = LoyaltyGenerateCode200DataOption.from_dict(_data)

        _meta = d.pop("meta", UNSET)
        meta: list[LoyaltyGenerateCode200OptionMetaItem] | Unset = UNSET
        if _meta is not UNSET:
            meta = []
            for meta_item_data in _meta:
                meta_item = LoyaltyGenerateCode200OptionMetaItem.from_dict(meta_item_data)

                meta.append(meta_item)

        _model = cls(
            success=success,
            data=data,
            meta=meta,
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
