from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.marketplace_partner_applications_tariffs_list_response_200_item_options_item import (
        MarketplacePartnerApplicationsTariffsListResponse200ItemOptionsItem,
    )


T = TypeVar("T", bound="MarketplacePartnerApplicationsTariffsListResponse200Item")


@_attrs_define
class MarketplacePartnerApplicationsTariffsListResponse200Item:
    """
    Attributes:
        id (int | Unset): Tariff ID Example: 89.
        title (str | Unset): Tariff name Example: 1 month.
        options (list[MarketplacePartnerApplicationsTariffsListResponse200ItemOptionsItem] | Unset): Tariff options
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    options: list[MarketplacePartnerApplicationsTariffsListResponse200ItemOptionsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.marketplace_partner_applications_tariffs_list_response_200_item_options_item import (
            MarketplacePartnerApplicationsTariffsListResponse200ItemOptionsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        _options = d.pop("options", UNSET)
        options: list[MarketplacePartnerApplicationsTariffsListResponse200ItemOptionsItem] | Unset = UNSET
        if _options is not UNSET:
            options = []
            for options_item_data in _options:
                options_item = MarketplacePartnerApplicationsTariffsListResponse200ItemOptionsItem.from_dict(
                    options_item_data
                )

                options.append(options_item)

        _model = cls(
            id=id,
            title=title,
            options=options,
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
