from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._runtime import fields as _fields
from .._runtime.errors import FieldError as _FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_memberships_for_event_response_200_data_item_relationships_loyalty_abonement_type_data import (
        SearchMembershipsForEventResponse200DataItemRelationshipsLoyaltyAbonementTypeData,
    )


T = TypeVar("T", bound="SearchMembershipsForEventResponse200DataItemRelationshipsLoyaltyAbonementType")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "data",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class SearchMembershipsForEventResponse200DataItemRelationshipsLoyaltyAbonementType:
    """
    Attributes:
        data (SearchMembershipsForEventResponse200DataItemRelationshipsLoyaltyAbonementTypeData | Unset):
    """

    data: SearchMembershipsForEventResponse200DataItemRelationshipsLoyaltyAbonementTypeData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        data = self.data
        if data is not UNSET:
            field_dict["data"] = _fields.write_model(
                data, _models.SearchMembershipsForEventResponse200DataItemRelationshipsLoyaltyAbonementTypeData, "data"
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        data = _get("data", UNSET)
        if data is not UNSET:
            try:
                data = (
                    _models.SearchMembershipsForEventResponse200DataItemRelationshipsLoyaltyAbonementTypeData.from_dict(
                        data
                    )
                )
            except _FieldError as _error:
                raise _error.within("data")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.data = data
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not SearchMembershipsForEventResponse200DataItemRelationshipsLoyaltyAbonementType:
            _fields.init_added_fields(
                _model, SearchMembershipsForEventResponse200DataItemRelationshipsLoyaltyAbonementType
            )
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
