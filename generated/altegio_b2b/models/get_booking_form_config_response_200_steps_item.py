from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetBookingFormConfigResponse200StepsItem")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "step",
        "title",
        "num",
        "hidden",
        "default",
        "date_default",
        "time_default",
        "date_hidden",
        "time_hidden",
        "is_title_default",
        "category_view_type",
    }
)
_EXTRA = _fields.ANY
_KIND_default = _fields.OneOf(
    _fields.NUMBER,
    _fields.STRING,
)


@_attrs_define
class GetBookingFormConfigResponse200StepsItem:
    """appointment form design settings

    Attributes:
        step (str | Unset): Selection step (Service / team member / date)
        title (str | Unset): The name of the step to display in the interface
        num (float | Unset): What number should this step be displayed on (starting from 1)
        hidden (bool | Unset): Hide this step when appointment or not
        default (float | str | Unset): Default value for this step
        date_default (str | Unset): Default date value (for datetime step)
        time_default (float | Unset): Default time value (for datetime step)
        date_hidden (bool | Unset): Hide date selection (for datetime step)
        time_hidden (bool | Unset): Hide time selection (for datetime step)
        is_title_default (bool | Unset): Is title default or custom
        category_view_type (str | Unset): Category view type (e.g., "horizontal_tags")
    """

    step: str | Unset = UNSET
    title: str | Unset = UNSET
    num: float | Unset = UNSET
    hidden: bool | Unset = UNSET
    default: float | str | Unset = UNSET
    date_default: str | Unset = UNSET
    time_default: float | Unset = UNSET
    date_hidden: bool | Unset = UNSET
    time_hidden: bool | Unset = UNSET
    is_title_default: bool | Unset = UNSET
    category_view_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        step = self.step
        if type(step) is not str and step is not UNSET:
            step = _fields.write_string(step, "step")
        if step is not UNSET:
            field_dict["step"] = step

        title = self.title
        if type(title) is not str and title is not UNSET:
            title = _fields.write_string(title, "title")
        if title is not UNSET:
            field_dict["title"] = title

        num = self.num
        if num is not UNSET:
            field_dict["num"] = _fields.write_number(num, "num")

        hidden = self.hidden
        if type(hidden) is not bool and hidden is not UNSET:
            hidden = _fields.write_boolean(hidden, "hidden")
        if hidden is not UNSET:
            field_dict["hidden"] = hidden

        default = self.default
        if default is not UNSET:
            field_dict["default"] = _KIND_default.write_field(default, "default")

        date_default = self.date_default
        if type(date_default) is not str and date_default is not UNSET:
            date_default = _fields.write_string(date_default, "date_default")
        if date_default is not UNSET:
            field_dict["date_default"] = date_default

        time_default = self.time_default
        if time_default is not UNSET:
            field_dict["time_default"] = _fields.write_number(time_default, "time_default")

        date_hidden = self.date_hidden
        if type(date_hidden) is not bool and date_hidden is not UNSET:
            date_hidden = _fields.write_boolean(date_hidden, "date_hidden")
        if date_hidden is not UNSET:
            field_dict["date_hidden"] = date_hidden

        time_hidden = self.time_hidden
        if type(time_hidden) is not bool and time_hidden is not UNSET:
            time_hidden = _fields.write_boolean(time_hidden, "time_hidden")
        if time_hidden is not UNSET:
            field_dict["time_hidden"] = time_hidden

        is_title_default = self.is_title_default
        if type(is_title_default) is not bool and is_title_default is not UNSET:
            is_title_default = _fields.write_boolean(is_title_default, "is_title_default")
        if is_title_default is not UNSET:
            field_dict["is_title_default"] = is_title_default

        category_view_type = self.category_view_type
        if type(category_view_type) is not str and category_view_type is not UNSET:
            category_view_type = _fields.write_string(category_view_type, "category_view_type")
        if category_view_type is not UNSET:
            field_dict["category_view_type"] = category_view_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        step = _get("step", UNSET)
        if type(step) is not str and step is not UNSET:
            step = _fields.read_string(step, "step")

        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _fields.read_string(title, "title")

        num = _get("num", UNSET)
        if type(num) is not float and type(num) is not int and num is not UNSET:
            num = _fields.read_number(num, "num")

        hidden = _get("hidden", UNSET)
        if type(hidden) is not bool and hidden is not UNSET:
            hidden = _fields.read_boolean(hidden, "hidden")

        default = _get("default", UNSET)
        if default is not UNSET:
            default = _KIND_default.read_field(default, "default")

        date_default = _get("date_default", UNSET)
        if type(date_default) is not str and date_default is not UNSET:
            date_default = _fields.read_string(date_default, "date_default")

        time_default = _get("time_default", UNSET)
        if type(time_default) is not float and type(time_default) is not int and time_default is not UNSET:
            time_default = _fields.read_number(time_default, "time_default")

        date_hidden = _get("date_hidden", UNSET)
        if type(date_hidden) is not bool and date_hidden is not UNSET:
            date_hidden = _fields.read_boolean(date_hidden, "date_hidden")

        time_hidden = _get("time_hidden", UNSET)
        if type(time_hidden) is not bool and time_hidden is not UNSET:
            time_hidden = _fields.read_boolean(time_hidden, "time_hidden")

        is_title_default = _get("is_title_default", UNSET)
        if type(is_title_default) is not bool and is_title_default is not UNSET:
            is_title_default = _fields.read_boolean(is_title_default, "is_title_default")

        category_view_type = _get("category_view_type", UNSET)
        if type(category_view_type) is not str and category_view_type is not UNSET:
            category_view_type = _fields.read_string(category_view_type, "category_view_type")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.step = step
        _model.title = title
        _model.num = num
        _model.hidden = hidden
        _model.default = default
        _model.date_default = date_default
        _model.time_default = time_default
        _model.date_hidden = date_hidden
        _model.time_hidden = time_hidden
        _model.is_title_default = is_title_default
        _model.category_view_type = category_view_type
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetBookingFormConfigResponse200StepsItem:
            _fields.init_added_fields(_model, GetBookingFormConfigResponse200StepsItem)
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
