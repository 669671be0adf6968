from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_event_duplication_strategy_body_days_item import UpdateEventDuplicationStrategyBodyDaysItem


T = TypeVar("T", bound="UpdateEventDuplicationStrategyBody")


@_attrs_define
class UpdateEventDuplicationStrategyBody:
    """
    Attributes:
        repeat_mode_id (int): Repeat Mode
        title (str): Name
        content_type (float | Unset): Duplicate appointments? 1 - no, 2 - yes
        days (list[UpdateEventDuplicationStrategyBodyDaysItem] | Unset): Recurrence Days for Weekly Mode
        interval (float | Unset): Break in searching for dates
    """

    repeat_mode_id: int
    title: str
    content_type: float | Unset = UNSET
    days: list[UpdateEventDuplicationStrategyBodyDaysItem] | Unset = UNSET
    interval: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        repeat_mode_id = self.repeat_mode_id

        title = self.title

        content_type = self.content_type

        days: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.days, Unset):
            days = []
            for days_item_data in self.days:
                days_item = days_item_data.to_dict()
                days.append(days_item)

        interval = self.interval

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "repeat_mode_id": repeat_mode_id,
                "title": title,
            }
        )
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if days is not UNSET:
            field_dict["days"] = days
        if interval is not UNSET:
            field_dict["interval"] = interval

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_event_duplication_strategy_body_days_item import UpdateEventDuplicationStrategyBodyDaysItem  # noqa: PLC0415

        d = dict(src_dict)
        repeat_mode_id = d.pop("repeat_mode_id")

        title = d.pop("title")

        content_type = d.pop("content_type", UNSET)

        _days = d.pop("days", UNSET)
        days: list[UpdateEventDuplicationStrategyBodyDaysItem] | Unset = UNSET
        if _days is not UNSET:
            days = []
            for days_item_data in _days:
                days_item = UpdateEventDuplicationStrategyBodyDaysItem.from_dict(days_item_data)

                days.append(days_item)

        interval = d.pop("interval", UNSET)

        update_event_duplication_strategy_body = cls(
            repeat_mode_id=repeat_mode_id,
            title=title,
            content_type=content_type,
            days=days,
            interval=interval,
        )

        update_event_duplication_strategy_body.additional_properties = d
        return update_event_duplication_strategy_body

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
