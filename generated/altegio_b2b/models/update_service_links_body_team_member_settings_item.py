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
    from ..models.update_service_links_body_team_member_settings_item_price_type_0 import (
        UpdateServiceLinksBodyTeamMemberSettingsItemPriceType0,
    )


T = TypeVar("T", bound="UpdateServiceLinksBodyTeamMemberSettingsItem")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "team_member_id",
        "tech_card_id",
        "hours",
        "minutes",
        "price",
    }
)
_EXTRA = _fields.ANY
_KIND_price = _fields.OneOf(
    _fields.Model("UpdateServiceLinksBodyTeamMemberSettingsItemPriceType0"),
    _fields.NULL,
)


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
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        team_member_id = self.team_member_id
        if type(team_member_id) is not int and team_member_id is not UNSET:
            team_member_id = _fields.write_integer(team_member_id, "team_member_id")
        if team_member_id is not UNSET:
            field_dict["team_member_id"] = team_member_id

        tech_card_id = self.tech_card_id
        if type(tech_card_id) is not int and tech_card_id is not UNSET:
            tech_card_id = _fields.write_integer(tech_card_id, "tech_card_id")
        if tech_card_id is not UNSET:
            field_dict["tech_card_id"] = tech_card_id

        hours = self.hours
        if type(hours) is not int and hours is not UNSET:
            hours = _fields.write_integer(hours, "hours")
        if hours is not UNSET:
            field_dict["hours"] = hours

        minutes = self.minutes
        if type(minutes) is not int and minutes is not UNSET:
            minutes = _fields.write_integer(minutes, "minutes")
        if minutes is not UNSET:
            field_dict["minutes"] = minutes

        price = self.price
        if price is not UNSET:
            field_dict["price"] = _KIND_price.write_field(price, "price")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        team_member_id = _get("team_member_id", UNSET)
        if type(team_member_id) is not int and team_member_id is not UNSET:
            team_member_id = _fields.read_integer(team_member_id, "team_member_id")

        tech_card_id = _get("tech_card_id", UNSET)
        if type(tech_card_id) is not int and tech_card_id is not UNSET:
            tech_card_id = _fields.read_integer(tech_card_id, "tech_card_id")

        hours = _get("hours", UNSET)
        if type(hours) is not int and hours is not UNSET:
            hours = _fields.read_integer(hours, "hours")

        minutes = _get("minutes", UNSET)
        if type(minutes) is not int and minutes is not UNSET:
            minutes = _fields.read_integer(minutes, "minutes")

        price = _get("price", UNSET)
        if price is not UNSET and price is not None:
            try:
                price = _models.UpdateServiceLinksBodyTeamMemberSettingsItemPriceType0.from_dict(price)
            except _FieldError as _error:
                raise _error.within("price")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.team_member_id = team_member_id
        _model.tech_card_id = tech_card_id
        _model.hours = hours
        _model.minutes = minutes
        _model.price = price
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not UpdateServiceLinksBodyTeamMemberSettingsItem:
            _fields.init_added_fields(_model, UpdateServiceLinksBodyTeamMemberSettingsItem)
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
