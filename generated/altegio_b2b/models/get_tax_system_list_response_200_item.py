from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_tax_system_list_response_200_item_vats_item import GetTaxSystemListResponse200ItemVatsItem


T = TypeVar("T", bound="GetTaxSystemListResponse200Item")


@_attrs_define
class GetTaxSystemListResponse200Item:
    """
    Attributes:
        title (str | Unset): Name of the taxation system
        slug (str | Unset): Code name for the taxation system
        vats (list[GetTaxSystemListResponse200ItemVatsItem] | Unset): List of available VAT for the taxation system
    """

    title: str | Unset = UNSET
    slug: str | Unset = UNSET
    vats: list[GetTaxSystemListResponse200ItemVatsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        slug = self.slug

        vats: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.vats, Unset):
            vats = []
            for vats_item_data in self.vats:
                vats_item = vats_item_data.to_dict()
                vats.append(vats_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if slug is not UNSET:
            field_dict["slug"] = slug
        if vats is not UNSET:
            field_dict["vats"] = vats

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_tax_system_list_response_200_item_vats_item import GetTaxSystemListResponse200ItemVatsItem  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title", UNSET)

        slug = d.pop("slug", UNSET)

        _vats = d.pop("vats", UNSET)
        vats: list[GetTaxSystemListResponse200ItemVatsItem] | Unset = UNSET
        if _vats is not UNSET:
            vats = []
            for vats_item_data in _vats:
                vats_item = GetTaxSystemListResponse200ItemVatsItem.from_dict(vats_item_data)

                vats.append(vats_item)

        _model = cls(
            title=title,
            slug=slug,
            vats=vats,
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
