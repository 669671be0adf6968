from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_client_memberships_response_200_item_type_balance_container_links_item import (
        GetClientMembershipsResponse200ItemTypeBalanceContainerLinksItem,
    )


T = TypeVar("T", bound="GetClientMembershipsResponse200ItemTypeBalanceContainer")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "links",
    }
)
_EXTRA = _fields.ANY
_KIND_links = _fields.ListOf(_fields.Model("GetClientMembershipsResponse200ItemTypeBalanceContainerLinksItem"))


@_attrs_define
class GetClientMembershipsResponse200ItemTypeBalanceContainer:
    """An object that includes the links array with information about the membership balance

    Attributes:
        links (list[GetClientMembershipsResponse200ItemTypeBalanceContainerLinksItem] | Unset): Array of services
            covered by the membership
    """

    links: list[GetClientMembershipsResponse200ItemTypeBalanceContainerLinksItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        links = self.links
        if links is not UNSET:
            field_dict["links"] = _KIND_links.write_field(links, "links")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        links = _get("links", UNSET)
        if links is not UNSET:
            links = _KIND_links.read_field(links, "links")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.links = links
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetClientMembershipsResponse200ItemTypeBalanceContainer:
            _fields.init_added_fields(_model, GetClientMembershipsResponse200ItemTypeBalanceContainer)
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
