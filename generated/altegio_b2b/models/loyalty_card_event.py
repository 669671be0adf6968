from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.loyalty_card_event_resource import LoyaltyCardEventResource
from ..models.loyalty_card_event_status import LoyaltyCardEventStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_loyalty_card_data import WebhookLoyaltyCardData


T = TypeVar("T", bound="LoyaltyCardEvent")


@_attrs_define
class LoyaltyCardEvent:
    """
    Attributes:
        company_id (int | Unset): Location ID where the event occurred.
        resource (LoyaltyCardEventResource | Unset): Resource type.
        resource_id (int | Unset): ID of the resource that was created, updated, or deleted.
        status (LoyaltyCardEventStatus | Unset): Type of change that occurred.
        data (WebhookLoyaltyCardData | Unset): Loyalty card data sent in webhook notifications. Uses a simplified
            transformer with essential fields only.
    """

    company_id: int | Unset = UNSET
    resource: LoyaltyCardEventResource | Unset = UNSET
    resource_id: int | Unset = UNSET
    status: LoyaltyCardEventStatus | Unset = UNSET
    data: WebhookLoyaltyCardData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id

        resource: str | Unset = UNSET
        if not isinstance(self.resource, Unset):
            resource = self.resource.value

        resource_id = self.resource_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if resource is not UNSET:
            field_dict["resource"] = resource
        if resource_id is not UNSET:
            field_dict["resource_id"] = resource_id
        if status is not UNSET:
            field_dict["status"] = status
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_loyalty_card_data import WebhookLoyaltyCardData  # noqa: PLC0415

        d = dict(src_dict)
        company_id = d.pop("company_id", UNSET)

        _resource = d.pop("resource", UNSET)
        resource: LoyaltyCardEventResource | Unset
        if isinstance(_resource, Unset):
            resource = UNSET
        else:
            resource = LoyaltyCardEventResource(_resource)

        resource_id = d.pop("resource_id", UNSET)

        _status = d.pop("status", UNSET)
        status: LoyaltyCardEventStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = LoyaltyCardEventStatus(_status)

        _data = d.pop("data", UNSET)
        data: WebhookLoyaltyCardData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = WebhookLoyaltyCardData.from_dict(_data)

        _model = cls(
            company_id=company_id,
            resource=resource,
            resource_id=resource_id,
            status=status,
            data=data,
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
