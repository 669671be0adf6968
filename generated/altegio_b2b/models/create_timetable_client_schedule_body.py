from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateTimetableClientScheduleBody")


@_attrs_define
class CreateTimetableClientScheduleBody:
    """
    Attributes:
        client_id (int): ID of client for creating a client schedule. Example: 123.
        schedule_days_ids (list[float]): IDs of schedule series, min of 1 series, max of 7 series.
        comer_id (int | Unset): ID of client`s comer for creating a client schedule. Example: 123.
    """

    client_id: int
    schedule_days_ids: list[float]
    comer_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        schedule_days_ids = self.schedule_days_ids

        comer_id = self.comer_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client_id": client_id,
                "schedule_days_ids": schedule_days_ids,
            }
        )
        if comer_id is not UNSET:
            field_dict["comer_id"] = comer_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_id = d.pop("client_id")

        schedule_days_ids = cast(list[float], d.pop("schedule_days_ids"))

        comer_id = d.pop("comer_id", UNSET)

        _model = cls(
            client_id=client_id,
            schedule_days_ids=schedule_days_ids,
            comer_id=comer_id,
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
