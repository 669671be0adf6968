from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_service_links_body_team_member_settings_item_price_type_0 import (
        UpdateServiceLinksBodyTeamMemberSettingsItemPriceType0,
    )


T = TypeVar("T", bound="UpdateServiceLinksBodyTeamMemberSettingsItem")


@_attrs_define
class UpdateServiceLinksBodyTeamMemberSettingsItem:
    """
    Attributes:
        team_member_id (int | Unset): Team member ID Example: 2033728.
        tech_card_id (int | Unset): Tech card ID for this team member's service delivery Example: 291341.
        hours (int | Unset): Service duration hours Example: 0.
        minutes (int | Unset): Service duration minutes Example: 45.
        price (None | Unset | UpdateServiceLinksBodyTeamMemberSettingsItemPriceType0):
    """

    team_member_id: int | Unset = UNSET
    tech_card_id: int | Unset = UNSET
    hours: int | Unset = UNSET
    minutes: int | Unset = UNSET
    price: None | Unset | UpdateServiceLinksBodyTeamMemberSettingsItemPriceType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.update_service_links_body_team_member_settings_item_price_type_0 import (
            UpdateServiceLinksBodyTeamMemberSettingsItemPriceType0,  # noqa: PLC0415
        )

        team_member_id = self.team_member_id

        tech_card_id = self.tech_card_id

        hours = self.hours

        minutes = self.minutes

        price: dict[str, Any] | None | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        elif isinstance(self.price, UpdateServiceLinksBodyTeamMemberSettingsItemPriceType0):
            price = self.price.to_dict()
        else:
            price = self.price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if team_member_id is not UNSET:
            field_dict["team_member_id"] = team_member_id
        if tech_card_id is not UNSET:
            field_dict["tech_card_id"] = tech_card_id
        if hours is not UNSET:
            field_dict["hours"] = hours
        if minutes is not UNSET:
            field_dict["minutes"] = minutes
        if price is not UNSET:
            field_dict["price"] = price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_service_links_body_team_member_settings_item_price_type_0 import (
            UpdateServiceLinksBodyTeamMemberSettingsItemPriceType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        team_member_id = d.pop("team_member_id", UNSET)

        tech_card_id = d.pop("tech_card_id", UNSET)

        hours = d.pop("hours", UNSET)

        minutes = d.pop("minutes", UNSET)

        def _parse_price(data: object) -> None | Unset | UpdateServiceLinksBodyTeamMemberSettingsItemPriceType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                price_type_0 = UpdateServiceLinksBodyTeamMemberSettingsItemPriceType0.from_dict(data)

                return price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateServiceLinksBodyTeamMemberSettingsItemPriceType0, data)

        price = _parse_price(d.pop("price", UNSET))

        _model = cls(
            team_member_id=team_member_id,
            tech_card_id=tech_card_id,
            hours=hours,
            minutes=minutes,
            price=price,
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
