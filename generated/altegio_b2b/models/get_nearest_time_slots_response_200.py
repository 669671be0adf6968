from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_nearest_time_slots_response_200_seances_item import GetNearestTimeSlotsResponse200SeancesItem


T = TypeVar("T", bound="GetNearestTimeSlotsResponse200")


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
        seance_date: str | Unset = UNSET
        if not isinstance(self.seance_date, Unset):
            seance_date = self.seance_date.isoformat()

        seances: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.seances, Unset):
            seances = []
            for seances_item_data in self.seances:
                seances_item = seances_item_data.to_dict()
                seances.append(seances_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if seance_date is not UNSET:
            field_dict["seance_date"] = seance_date
        if seances is not UNSET:
            field_dict["seances"] = seances

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_nearest_time_slots_response_200_seances_item import GetNearestTimeSlotsResponse200SeancesItem  # noqa: PLC0415

        d = dict(src_dict)
        _seance_date = d.pop("seance_date", UNSET)
        seance_date: datetime.date | Unset
        if isinstance(_seance_date, Unset):
            seance_date = UNSET
        else:
            seance_date = _timestamps.parse_date(_seance_date)

        _seances = d.pop("seances", UNSET)
        seances: list[GetNearestTimeSlotsResponse200SeancesItem] | Unset = UNSET
        if _seances is not UNSET:
            seances = []
            for seances_item_data in _seances:
                seances_item = GetNearestTimeSlotsResponse200SeancesItem.from_dict(seances_item_data)

                seances.append(seances_item)

        _model = cls(
            seance_date=seance_date,
            seances=seances,
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
