from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_event_duplication_strategy_body_days_item import CreateEventDuplicationStrategyBodyDaysItem


T = TypeVar("T", bound="CreateEventDuplicationStrategyBody")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "title",
        "repeat_mode_id",
        "days",
        "interval",
        "content_type",
    }
)
_EXTRA = _fields.ANY
_KIND_days = _fields.ListOf(_fields.Model("CreateEventDuplicationStrategyBodyDaysItem"))


@_attrs_define
class CreateEventDuplicationStrategyBody:
    """
    Attributes:
        title (str): Name
        repeat_mode_id (int): Repeat Mode
        days (list[CreateEventDuplicationStrategyBodyDaysItem] | Unset): Recurrence Days for Weekly Mode
        interval (float | Unset): Break in searching for dates
        content_type (float | Unset): Duplicate appointments? 1 - no, 2 - yes
    """

    title: str
    repeat_mode_id: int
    days: list[CreateEventDuplicationStrategyBodyDaysItem] | Unset = UNSET
    interval: float | Unset = UNSET
    content_type: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        title = self.title
        if type(title) is not str:
            title = _fields.write_string(title, "title")
        field_dict["title"] = title

        repeat_mode_id = self.repeat_mode_id
        if type(repeat_mode_id) is not int:
            repeat_mode_id = _fields.write_integer(repeat_mode_id, "repeat_mode_id")
        field_dict["repeat_mode_id"] = repeat_mode_id

        days = self.days
        if days is not UNSET:
            field_dict["days"] = _KIND_days.write_field(days, "days")

        interval = self.interval
        if interval is not UNSET:
            field_dict["interval"] = _fields.write_number(interval, "interval")

        content_type = self.content_type
        if content_type is not UNSET:
            field_dict["content_type"] = _fields.write_number(content_type, "content_type")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        title = _get("title", UNSET)
        if type(title) is not str:
            title = _fields.read_string(title, "title")

        repeat_mode_id = _get("repeat_mode_id", UNSET)
        if type(repeat_mode_id) is not int:
            repeat_mode_id = _fields.read_integer(repeat_mode_id, "repeat_mode_id")

        days = _get("days", UNSET)
        if days is not UNSET:
            days = _KIND_days.read_field(days, "days")

        interval = _get("interval", UNSET)
        if type(interval) is not float and type(interval) is not int and interval is not UNSET:
            interval = _fields.read_number(interval, "interval")

        content_type = _get("content_type", UNSET)
        if type(content_type) is not float and type(content_type) is not int and content_type is not UNSET:
            content_type = _fields.read_number(content_type, "content_type")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.title = title
        _model.repeat_mode_id = repeat_mode_id
        _model.days = days
        _model.interval = interval
        _model.content_type = content_type
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not CreateEventDuplicationStrategyBody:
            _fields.init_added_fields(_model, CreateEventDuplicationStrategyBody)
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
