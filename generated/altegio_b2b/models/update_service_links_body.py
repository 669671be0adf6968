from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.update_service_links_body_team_member_settings_item import (
        UpdateServiceLinksBodyTeamMemberSettingsItem,
    )
    from ..models.update_service_links_body_translations_item import UpdateServiceLinksBodyTranslationsItem


T = TypeVar("T", bound="UpdateServiceLinksBody")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "service_id",
        "team_member_settings",
        "resource_ids",
        "translations",
    }
)
_EXTRA = _fields.ANY
_KIND_team_member_settings = _fields.ListOf(_fields.Model("UpdateServiceLinksBodyTeamMemberSettingsItem"))
_KIND_resource_ids = _fields.ListOf(_fields.INTEGER)
_KIND_translations = _fields.ListOf(_fields.Model("UpdateServiceLinksBodyTranslationsItem"))


@_attrs_define
class UpdateServiceLinksBody:
    """
    Attributes:
        service_id (int): Service ID to update Example: 10832939.
        team_member_settings (list[UpdateServiceLinksBodyTeamMemberSettingsItem]): List of team members providing this
            service with duration and tech cards
        resource_ids (list[int]): List of resource IDs required to provide this service Example: [62173].
        translations (list[UpdateServiceLinksBodyTranslationsItem]): Service name translations for different languages
    """

    service_id: int
    team_member_settings: list[UpdateServiceLinksBodyTeamMemberSettingsItem]
    resource_ids: list[int]
    translations: list[UpdateServiceLinksBodyTranslationsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        service_id = self.service_id
        if type(service_id) is not int:
            service_id = _fields.write_integer(service_id, "service_id")
        field_dict["service_id"] = service_id

        team_member_settings = self.team_member_settings
        field_dict["team_member_settings"] = _KIND_team_member_settings.write_field(
            team_member_settings, "team_member_settings"
        )

        resource_ids = self.resource_ids
        field_dict["resource_ids"] = _KIND_resource_ids.write_field(resource_ids, "resource_ids")

        translations = self.translations
        field_dict["translations"] = _KIND_translations.write_field(translations, "translations")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        service_id = _get("service_id", UNSET)
        if type(service_id) is not int:
            service_id = _fields.read_integer(service_id, "service_id")

        team_member_settings = _get("team_member_settings", UNSET)
        team_member_settings = _KIND_team_member_settings.read_field(team_member_settings, "team_member_settings")

        resource_ids = _get("resource_ids", UNSET)
        resource_ids = _KIND_resource_ids.read_field(resource_ids, "resource_ids")

        translations = _get("translations", UNSET)
        translations = _KIND_translations.read_field(translations, "translations")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.service_id = service_id
        _model.team_member_settings = team_member_settings
        _model.resource_ids = resource_ids
        _model.translations = translations
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not UpdateServiceLinksBody:
            _fields.init_added_fields(_model, UpdateServiceLinksBody)
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
