from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_memberships_for_event_response_200_data_item_relationships_loyalty_abonement_type import (
        SearchMembershipsForEventResponse200DataItemRelationshipsLoyaltyAbonementType,
    )


T = TypeVar("T", bound="SearchMembershipsForEventResponse200DataItemRelationships")


@_attrs_define
class SearchMembershipsForEventResponse200DataItemRelationships:
    """
    Attributes:
        loyalty_abonement_type (SearchMembershipsForEventResponse200DataItemRelationshipsLoyaltyAbonementType | Unset):
    """

    loyalty_abonement_type: SearchMembershipsForEventResponse200DataItemRelationshipsLoyaltyAbonementType | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        loyalty_abonement_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.loyalty_abonement_type, Unset):
            loyalty_abonement_type = self.loyalty_abonement_type.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if loyalty_abonement_type is not UNSET:
            field_dict["loyalty_abonement_type"] = loyalty_abonement_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.search_memberships_for_event_response_200_data_item_relationships_loyalty_abonement_type import (
            SearchMembershipsForEventResponse200DataItemRelationshipsLoyaltyAbonementType,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _loyalty_abonement_type = d.pop("loyalty_abonement_type", UNSET)
        loyalty_abonement_type: SearchMembershipsForEventResponse200DataItemRelationshipsLoyaltyAbonementType | Unset
        if isinstance(_loyalty_abonement_type, Unset):
            loyalty_abonement_type = UNSET
        else:
            loyalty_abonement_type = (
                SearchMembershipsForEventResponse200DataItemRelationshipsLoyaltyAbonementType.from_dict(
                    _loyalty_abonement_type
                )
            )

        _model = cls(
            loyalty_abonement_type=loyalty_abonement_type,
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
