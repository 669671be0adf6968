from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.generate_loyalty_code_response_200_meta_item import GenerateLoyaltyCodeResponse200MetaItem
    from ..models.loyalty_generate_code_200_data_option import LoyaltyGenerateCode200DataOption
    from ..models.loyalty_generate_code_200_option import LoyaltyGenerateCode200Option


T = TypeVar("T", bound="GenerateLoyaltyCodeResponse200")


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
        loyalty_generate_code_200_option: dict[str, Any] | Unset = UNSET
        if not isinstance(self.loyalty_generate_code_200_option, Unset):
            loyalty_generate_code_200_option = self.loyalty_generate_code_200_option.to_dict()

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        meta: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = []
            for meta_item_data in self.meta:
                meta_item = meta_item_data.to_dict()
                meta.append(meta_item)

        success = self.success

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if loyalty_generate_code_200_option is not UNSET:
            field_dict["LoyaltyGenerateCode200Option"] = loyalty_generate_code_200_option
        if data is not UNSET:
            field_dict["data"] = data
        if meta is not UNSET:
            field_dict["meta"] = meta
        if success is not UNSET:
            field_dict["success"] = success

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.generate_loyalty_code_response_200_meta_item import GenerateLoyaltyCodeResponse200MetaItem  # noqa: PLC0415
        from ..models.loyalty_generate_code_200_data_option import LoyaltyGenerateCode200DataOption  # noqa: PLC0415
        from ..models.loyalty_generate_code_200_option import LoyaltyGenerateCode200Option  # noqa: PLC0415

        d = dict(src_dict)
        _loyalty_generate_code_200_option = d.pop("LoyaltyGenerateCode200Option", UNSET)
        loyalty_generate_code_200_option: LoyaltyGenerateCode200Option | Unset
        if isinstance(_loyalty_generate_code_200_option, Unset):
            loyalty_generate_code_200_option = UNSET
        else:
            loyalty_generate_code_200_option = LoyaltyGenerateCode200Option.from_dict(_loyalty_generate_code_200_option)

        _data = d.pop("data", UNSET)
        data: LoyaltyGenerateCode200DataOption | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = LoyaltyGenerateCode200DataOption.from_dict(_data)

        _meta = d.pop("meta", UNSET)
        meta: list[GenerateLoyaltyCodeResponse200MetaItem] | Unset = UNSET
        if _meta is not UNSET:
            meta = []
            for meta_item_data in _meta:
                meta_item = GenerateLoyaltyCodeResponse200MetaItem.from_dict(meta_item_data)

                meta.append(meta_item)

        success = d.pop("success", UNSET)

        _model = cls(
            loyalty_generate_code_200_option=loyalty_generate_code_200_option,
            data=data,
            meta=meta,
            success=success,
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
