from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..models.marketplace_partner_applications_update_channel_body_channel_slug import (
    MarketplacePartnerApplicationsUpdateChannelBodyChannelSlug,
)
from ..types import UNSET

T = TypeVar("T", bound="MarketplacePartnerApplicationsUpdateChannelBody")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "salon_id",
        "application_id",
        "channel_slug",
        "is_available",
    }
)
_EXTRA = _fields.ANY
_KIND_channel_slug = _fields.EnumOf("MarketplacePartnerApplicationsUpdateChannelBodyChannelSlug", _fields.STRING)


@_attrs_define
class MarketplacePartnerApplicationsUpdateChannelBody:
    """
    Attributes:
        salon_id (int): Location ID Example: 123.
        application_id (int): Application ID Example: 456.
        channel_slug (MarketplacePartnerApplicationsUpdateChannelBodyChannelSlug): Channel to update availability for
            Example: sms.
        is_available (bool): Channel availability flag Example: True.
    """

    salon_id: int
    application_id: int
    channel_slug: MarketplacePartnerApplicationsUpdateChannelBodyChannelSlug
    is_available: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        salon_id = self.salon_id
        if type(salon_id) is not int:
            salon_id = _fields.write_integer(salon_id, "salon_id")
        field_dict["salon_id"] = salon_id

        application_id = self.application_id
        if type(application_id) is not int:
            application_id = _fields.write_integer(application_id, "application_id")
        field_dict["application_id"] = application_id

        channel_slug = self.channel_slug
        field_dict["channel_slug"] = _KIND_channel_slug.write_field(channel_slug, "channel_slug")

        is_available = self.is_available
        if type(is_available) is not bool:
            is_available = _fields.write_boolean(is_available, "is_available")
        field_dict["is_available"] = is_available

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        salon_id = _get("salon_id", UNSET)
        if type(salon_id) is not int:
            salon_id = _fields.read_integer(salon_id, "salon_id")

        application_id = _get("application_id", UNSET)
        if type(application_id) is not int:
            application_id = _fields.read_integer(application_id, "application_id")

        channel_slug = _get("channel_slug", UNSET)
        channel_slug = _KIND_channel_slug.read_field(channel_slug, "channel_slug")

        is_available = _get("is_available", UNSET)
        if type(is_available) is not bool:
            is_available = _fields.read_boolean(is_available, "is_available")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.salon_id = salon_id
        _model.application_id = application_id
        _model.channel_slug = channel_slug
        _model.is_available = is_available
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not MarketplacePartnerApplicationsUpdateChannelBody:
            _fields.init_added_fields(_model, MarketplacePartnerApplicationsUpdateChannelBody)
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
