from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateServiceLinksBodyTeamMemberSettingsItem")


@_attrs_define
class UpdateServiceLinksBodyTeamMemberSettingsItem:
    """
    Attributes:
        hours (int | Unset): Service duration hours
        minutes (int | Unset): Service duration minutes
        price (Any | Unset):
        team_member_id (int | Unset): Team member ID
        tech_card_id (int | Unset): Tech card ID for this team member's service delivery
    """

    hours: int | Unset = UNSET
    minutes: int | Unset = UNSET
    price: Any | Unset = UNSET
    team_member_id: int | Unset = UNSET
    tech_card_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hours = self.hours

        minutes = self.minutes

        price = self.price

        team_member_id = self.team_member_id

        tech_card_id = self.tech_card_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hours is not UNSET:
            field_dict["hours"] = hours
        if minutes is not UNSET:
            field_dict["minutes"] = minutes
        if price is not UNSET:
            field_dict["price"] = price
        if team_member_id is not UNSET:
            field_dict["team_member_id"] = team_member_id
        if tech_card_id is not UNSET:
            field_dict["tech_card_id"] = tech_card_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        hours = d.pop("hours", UNSET)

        minutes = d.pop("minutes", UNSET)

        price = d.pop("price", UNSET)

        team_member_id = d.pop("team_member_id", UNSET)

        tech_card_id = d.pop("tech_card_id", UNSET)

        update_service_links_body_team_member_settings_item = cls(
            hours=hours,
            minutes=minutes,
            price=price,
            team_member_id=team_member_id,
            tech_card_id=tech_card_id,
        )

        update_service_links_body_team_member_settings_item.additional_properties = d
        return update_service_links_body_team_member_settings_item

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
