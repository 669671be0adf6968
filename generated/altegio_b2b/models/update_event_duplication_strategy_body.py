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
        title (str): Name
        repeat_mode_id (int): Repeat Mode
        days (list[UpdateEventDuplicationStrategyBodyDaysItem] | Unset): Recurrence Days for Weekly Mode
        interval (float | Unset): Break in searching for dates
        content_type (float | Unset): Duplicate appointments? 1 - no, 2 - yes
    """

    title: str
    repeat_mode_id: int
    days: list[UpdateEventDuplicationStrategyBodyDaysItem] | Unset = UNSET
    interval: float | Unset = UNSET
    content_type: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        repeat_mode_id = self.repeat_mode_id

        days: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.days, Unset):
            days = []
            for days_item_data in self.days:
                days_item = days_item_data.to_dict()
                days.append(days_item)

        interval = self.interval

        content_type = self.content_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "repeat_mode_id": repeat_mode_id,
            }
        )
        if days is not UNSET:
            field_dict["days"] = days
        if interval is not UNSET:
            field_dict["interval"] = interval
        if content_type is not UNSET:
            field_dict["content_type"] = content_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_event_duplication_strategy_body_days_item import UpdateEventDuplicationStrategyBodyDaysItem  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title")

        repeat_mode_id = d.pop("repeat_mode_id")

        _days = d.pop("days", UNSET)
        days: list[UpdateEventDuplicationStrategyBodyDaysItem] | Unset = UNSET
        if _days is not UNSET:
            days = []
            for days_item_data in _days:
                days_item = UpdateEventDuplicationStrategyBodyDaysItem.from_dict(days_item_data)

                days.append(days_item)

        interval = d.pop("interval", UNSET)

        content_type = d.pop("content_type", UNSET)

        _model = cls(
            title=title,
            repeat_mode_id=repeat_mode_id,
            days=days,
            interval=interval,
            content_type=content_type,
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
