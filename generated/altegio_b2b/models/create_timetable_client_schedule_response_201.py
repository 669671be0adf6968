from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.object_of_model_schedule_series import ObjectOfModelScheduleSeries


T = TypeVar("T", bound="CreateTimetableClientScheduleResponse201")


@_attrs_define
class CreateTimetableClientScheduleResponse201:
    """Data for an existing client schedule in a location.

    Example:
        {'id': 123, 'loyalty_abonement_id': None, 'final_day': '2022-01-01 12:12:12', 'days': [{'id': 123, 'created_at':
            '2026-01-01T12:12:12-05:00', 'updated_at': '2026-01-01T12:12:12-05:00', 'deleted_at': None,
            'timetable_event_schedule_id': 123, 'day_of_week': 'mon', 'events_time': '14:00:00', 'events_duration': 3600,
            'event_technical_break_duration': 0, 'events_master': {'id': 123, 'name': 'John Johnson', 'company_id': 123,
            'specialization': 'Team Member', 'avatar': 'https://app.alteg.io/images/no-master-sm.png', 'avatar_big':
            'https://app.alteg.io/images/no-master.png', 'position': {'id': 123, 'title': 'Team Member'}}, 'events_labels':
            [{'id': 123, 'title': 'Tag', 'color': '#ff0000'}], 'events_resource_instances': [{'id': 123, 'title': 'Resource
            #1', 'resource_id': 123}]}]}

    Attributes:
        id (int | Unset): ID of a client schedule.
        loyalty_abonement_id (int | None | Unset): ID of a loyalty membership used for client schedule (not supported at
            the moment).
        final_day (str | Unset): Datetime of a client schedule end.
        days (list[ObjectOfModelScheduleSeries] | Unset): Schedule series linked to a client schedule.
    """

    id: int | Unset = UNSET
    loyalty_abonement_id: int | None | Unset = UNSET
    final_day: str | Unset = UNSET
    days: list[ObjectOfModelScheduleSeries] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        loyalty_abonement_id: int | None | Unset
        if isinstance(self.loyalty_abonement_id, Unset):
            loyalty_abonement_id = UNSET
        else:
            loyalty_abonement_id = self.loyalty_abonement_id

        final_day = self.final_day

        days: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.days, Unset):
            days = []
            for days_item_data in self.days:
                days_item = days_item_data.to_dict()
                days.append(days_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if loyalty_abonement_id is not UNSET:
            field_dict["loyalty_abonement_id"] = loyalty_abonement_id
        if final_day is not UNSET:
            field_dict["final_day"] = final_day
        if days is not UNSET:
            field_dict["days"] = days

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.object_of_model_schedule_series import ObjectOfModelScheduleSeries  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_loyalty_abonement_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        loyalty_abonement_id = _parse_loyalty_abonement_id(d.pop("loyalty_abonement_id", UNSET))

        final_day = d.pop("final_day", UNSET)

        _days = d.pop("days", UNSET)
        days: list[ObjectOfModelScheduleSeries] | Unset = UNSET
        if _days is not UNSET:
            days = []
            for days_item_data in _days:
                days_item = ObjectOfModelScheduleSeries.from_dict(days_item_data)

                days.append(days_item)

        _model = cls(
            id=id,
            loyalty_abonement_id=loyalty_abonement_id,
            final_day=final_day,
            days=days,
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
