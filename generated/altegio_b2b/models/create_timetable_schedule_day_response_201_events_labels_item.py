from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateTimetableScheduleDayResponse201EventsLabelsItem")


@_attrs_define
class CreateTimetableScheduleDayResponse201EventsLabelsItem:
    """
    Attributes:
        color (str | Unset): Color of a tag (#rrggbb).
        id (int | Unset): ID of tag.
        title (str | Unset): Title of a tag.
    """

    color: str | Unset = UNSET
    id: int | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        color = self.color

        id = self.id

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if color is not UNSET:
            field_dict["color"] = color
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        color = d.pop("color", UNSET)

        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        create_timetable_schedule_day_response_201_events_labels_item = cls(
            color=color,
            id=id,
            title=title,
        )

        create_timetable_schedule_day_response_201_events_labels_item.additional_properties = d
        return create_timetable_schedule_day_response_201_events_labels_item

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
