from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.marketplace_event_event import MarketplaceEventEvent
from ..types import UNSET, Unset

T = TypeVar("T", bound="MarketplaceEvent")


@_attrs_define
class MarketplaceEvent:
    """
    Attributes:
        salon_id (int | Unset): Location ID. Example: 123.
        application_id (int | Unset): Application ID. Example: 123.
        event (MarketplaceEventEvent | Unset): Event Slug. Example: uninstall.
        partner_token (str | Unset): Bearer token of the developer's location (to verify the origin of the webhook)
            Example: yasdfkjah2328aj.
    """

    salon_id: int | Unset = UNSET
    application_id: int | Unset = UNSET
    event: MarketplaceEventEvent | Unset = UNSET
    partner_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        salon_id = self.salon_id

        application_id = self.application_id

        event: str | Unset = UNSET
        if not isinstance(self.event, Unset):
            event = self.event.value

        partner_token = self.partner_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if salon_id is not UNSET:
            field_dict["salon_id"] = salon_id
        if application_id is not UNSET:
            field_dict["application_id"] = application_id
        if event is not UNSET:
            field_dict["event"] = event
        if partner_token is not UNSET:
            field_dict["partner_token"] = partner_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        salon_id = d.pop("salon_id", UNSET)

        application_id = d.pop("application_id", UNSET)

        _event = d.pop("event", UNSET)
        event: MarketplaceEventEvent | Unset
        if isinstance(_event, Unset):
            event = UNSET
        else:
            event = MarketplaceEventEvent(_event)

        partner_token = d.pop("partner_token", UNSET)

        _model = cls(
            salon_id=salon_id,
            application_id=application_id,
            event=event,
            partner_token=partner_token,
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
