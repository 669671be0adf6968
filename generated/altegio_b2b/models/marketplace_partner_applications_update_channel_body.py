from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.marketplace_partner_applications_update_channel_body_channel_slug import (
    MarketplacePartnerApplicationsUpdateChannelBodyChannelSlug,
)

T = TypeVar("T", bound="MarketplacePartnerApplicationsUpdateChannelBody")


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
        salon_id = self.salon_id

        application_id = self.application_id

        channel_slug = self.channel_slug.value

        is_available = self.is_available

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "salon_id": salon_id,
                "application_id": application_id,
                "channel_slug": channel_slug,
                "is_available": is_available,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        salon_id = d.pop("salon_id")

        application_id = d.pop("application_id")

        channel_slug = MarketplacePartnerApplicationsUpdateChannelBodyChannelSlug(d.pop("channel_slug"))

        is_available = d.pop("is_available")

        _model = cls(
            salon_id=salon_id,
            application_id=application_id,
            channel_slug=channel_slug,
            is_available=is_available,
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
