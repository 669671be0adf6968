from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetMarketplaceIntegrationStatusResponse200LogsItem")


@_attrs_define
class GetMarketplaceIntegrationStatusResponse200LogsItem:
    """
    Attributes:
        changed_at (str | Unset): Status change date
        status_from (str | Unset): Previous app status in location
        status_to (str | Unset): New application status in the location
        source (str | Unset): Status Change Source
    """

    changed_at: str | Unset = UNSET
    status_from: str | Unset = UNSET
    status_to: str | Unset = UNSET
    source: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        changed_at = self.changed_at

        status_from = self.status_from

        status_to = self.status_to

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if changed_at is not UNSET:
            field_dict["changed_at"] = changed_at
        if status_from is not UNSET:
            field_dict["status_from"] = status_from
        if status_to is not UNSET:
            field_dict["status_to"] = status_to
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        changed_at = d.pop("changed_at", UNSET)

        status_from = d.pop("status_from", UNSET)

        status_to = d.pop("status_to", UNSET)

        source = d.pop("source", UNSET)

        _model = cls(
            changed_at=changed_at,
            status_from=status_from,
            status_to=status_to,
            source=source,
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
