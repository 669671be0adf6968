from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_title import ServiceTitle


T = TypeVar("T", bound="GetChainServiceCategoryListResponse200Item")


@_attrs_define
class GetChainServiceCategoryListResponse200Item:
    """Service category name

    Example:
        {'id': 41, 'title': 'Service category', 'services': [{'id': 52, 'title': 'Service 1'}, {'id': 45, 'title':
            'Service 2'}]}

    Attributes:
        id (int | Unset): Service Category ID
        title (str | Unset): Service category name
        services (list[ServiceTitle] | Unset): Services in the category (on request)
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    services: list[ServiceTitle] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        services: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = []
            for services_item_data in self.services:
                services_item = services_item_data.to_dict()
                services.append(services_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if services is not UNSET:
            field_dict["services"] = services

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.service_title import ServiceTitle  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        _services = d.pop("services", UNSET)
        services: list[ServiceTitle] | Unset = UNSET
        if _services is not UNSET:
            services = []
            for services_item_data in _services:
                services_item = ServiceTitle.from_dict(services_item_data)

                services.append(services_item)

        _model = cls(
            id=id,
            title=title,
            services=services,
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
