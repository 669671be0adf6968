from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..models.marketplace_event_event import MarketplaceEventEvent
from ..types import UNSET, Unset

T = TypeVar("T", bound="MarketplaceEvent")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "salon_id",
        "application_id",
        "event",
        "partner_token",
    }
)
_EXTRA = _fields.ANY
_KIND_event = _fields.EnumOf("MarketplaceEventEvent", _fields.STRING)


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
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        salon_id = self.salon_id
        if type(salon_id) is not int and salon_id is not UNSET:
            salon_id = _fields.write_integer(salon_id, "salon_id")
        if salon_id is not UNSET:
            field_dict["salon_id"] = salon_id

        application_id = self.application_id
        if type(application_id) is not int and application_id is not UNSET:
            application_id = _fields.write_integer(application_id, "application_id")
        if application_id is not UNSET:
            field_dict["application_id"] = application_id

        event = self.event
        if event is not UNSET:
            field_dict["event"] = _KIND_event.write_field(event, "event")

        partner_token = self.partner_token
        if type(partner_token) is not str and partner_token is not UNSET:
            partner_token = _fields.write_string(partner_token, "partner_token")
        if partner_token is not UNSET:
            field_dict["partner_token"] = partner_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        salon_id = _get("salon_id", UNSET)
        if type(salon_id) is not int and salon_id is not UNSET:
            salon_id = _fields.read_integer(salon_id, "salon_id")

        application_id = _get("application_id", UNSET)
        if type(application_id) is not int and application_id is not UNSET:
            application_id = _fields.read_integer(application_id, "application_id")

        event = _get("event", UNSET)
        if event is not UNSET:
            event = _KIND_event.read_field(event, "event")

        partner_token = _get("partner_token", UNSET)
        if type(partner_token) is not str and partner_token is not UNSET:
            partner_token = _fields.read_string(partner_token, "partner_token")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.salon_id = salon_id
        _model.application_id = application_id
        _model.event = event
        _model.partner_token = partner_token
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not MarketplaceEvent:
            _fields.init_added_fields(_model, MarketplaceEvent)
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
