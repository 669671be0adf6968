from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="MarketplaceNotificationSettingsRedirectCallbackBody")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "salon_id",
        "application_id",
        "api_key",
        "webhook_urls",
    }
)
_EXTRA = _fields.ANY
_KIND_api_key = _fields.OneOf(
    _fields.NUMBER,
    _fields.STRING,
)
_KIND_webhook_urls = _fields.ListOf(_fields.STRING)


@_attrs_define
class MarketplaceNotificationSettingsRedirectCallbackBody:
    """
    Attributes:
        salon_id (int): Location ID. Example: 123.
        application_id (int): Application ID. Example: 123.
        api_key (float | str | Unset): API-key for messaging module. Example: 2f181e2a-5c22-4ae7-9d9b-07104f312c28.
        webhook_urls (list[str] | Unset): Webhooks array Example: ['https://example.com/webhook'].
    """

    salon_id: int
    application_id: int
    api_key: float | str | Unset = UNSET
    webhook_urls: list[str] | Unset = UNSET
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

        api_key = self.api_key
        if api_key is not UNSET:
            field_dict["api_key"] = _KIND_api_key.write_field(api_key, "api_key")

        webhook_urls = self.webhook_urls
        if webhook_urls is not UNSET:
            field_dict["webhook_urls"] = _KIND_webhook_urls.write_field(webhook_urls, "webhook_urls")

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

        api_key = _get("api_key", UNSET)
        if api_key is not UNSET:
            api_key = _KIND_api_key.read_field(api_key, "api_key")

        webhook_urls = _get("webhook_urls", UNSET)
        if webhook_urls is not UNSET:
            webhook_urls = _KIND_webhook_urls.read_field(webhook_urls, "webhook_urls")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.salon_id = salon_id
        _model.application_id = application_id
        _model.api_key = api_key
        _model.webhook_urls = webhook_urls
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not MarketplaceNotificationSettingsRedirectCallbackBody:
            _fields.init_added_fields(_model, MarketplaceNotificationSettingsRedirectCallbackBody)
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
