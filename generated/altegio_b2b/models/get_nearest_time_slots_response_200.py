from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_nearest_time_slots_response_200_seances_item import GetNearestTimeSlotsResponse200SeancesItem


T = TypeVar("T", bound="GetNearestTimeSlotsResponse200")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "seance_date",
        "seances",
    }
)
_EXTRA = _fields.ANY
_KIND_seances = _fields.ListOf(_fields.Model("GetNearestTimeSlotsResponse200SeancesItem"))


@_attrs_define
class GetNearestTimeSlotsResponse200:
    """Object with data

    Attributes:
        seance_date (datetime.date | Unset): Upcoming date with available sessions
        seances (list[GetNearestTimeSlotsResponse200SeancesItem] | Unset): List of available sessions
    """

    seance_date: datetime.date | Unset = UNSET
    seances: list[GetNearestTimeSlotsResponse200SeancesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        seance_date = self.seance_date
        if seance_date is not UNSET:
            field_dict["seance_date"] = _fields.write_date(seance_date, "seance_date")

        seances = self.seances
        if seances is not UNSET:
            field_dict["seances"] = _KIND_seances.write_field(seances, "seances")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        seance_date = _get("seance_date", UNSET)
        if seance_date is not UNSET:
            try:
                seance_date = _fields.date_fromisoformat(seance_date)
            except (TypeError, ValueError):
                seance_date = _fields.read_date(seance_date, "seance_date")

        seances = _get("seances", UNSET)
        if seances is not UNSET:
            seances = _KIND_seances.read_field(seances, "seances")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.seance_date = seance_date
        _model.seances = seances
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetNearestTimeSlotsResponse200:
            _fields.init_added_fields(_model, GetNearestTimeSlotsResponse200)
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
