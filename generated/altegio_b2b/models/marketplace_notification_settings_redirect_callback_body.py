from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MarketplaceNotificationSettingsRedirectCallbackBody")


@_attrs_define
class MarketplaceNotificationSettingsRedirectCallbackBody:
    """
    Attributes:
        salon_id (int): Location ID. Example: 123.
        application_id (int): Application ID. Example: 123.
        api_key (float | Unset): API-key for messaging module. Example: 2f181e2a-5c22-4ae7-9d9b-07104f312c28.
        webhook_urls (list[str] | Unset): Webhooks array Example: ['https://example.com/webhook'].
    """

    salon_id: int
    application_id: int
    api_key: float | Unset = UNSET
    webhook_urls: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        salon_id = self.salon_id

        application_id = self.application_id

        api_key = self.api_key

        webhook_urls: list[str] | Unset = UNSET
        if not isinstance(self.webhook_urls, Unset):
            webhook_urls = self.webhook_urls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "salon_id": salon_id,
                "application_id": application_id,
            }
        )
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if webhook_urls is not UNSET:
            field_dict["webhook_urls"] = webhook_urls

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        salon_id = d.pop("salon_id")

        application_id = d.pop("application_id")

        api_key = d.pop("api_key", UNSET)

        webhook_urls = cast(list[str], d.pop("webhook_urls", UNSET))

        _model = cls(
            salon_id=salon_id,
            application_id=application_id,
            api_key=api_key,
            webhook_urls=webhook_urls,
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
