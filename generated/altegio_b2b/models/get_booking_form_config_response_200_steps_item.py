from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetBookingFormConfigResponse200StepsItem")


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
        step = self.step

        title = self.title

        num = self.num

        hidden = self.hidden

        default: float | str | Unset
        if isinstance(self.default, Unset):
            default = UNSET
        else:
            default = self.default

        date_default = self.date_default

        time_default = self.time_default

        date_hidden = self.date_hidden

        time_hidden = self.time_hidden

        is_title_default = self.is_title_default

        category_view_type = self.category_view_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if step is not UNSET:
            field_dict["step"] = step
        if title is not UNSET:
            field_dict["title"] = title
        if num is not UNSET:
            field_dict["num"] = num
        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        if default is not UNSET:
            field_dict["default"] = default
        if date_default is not UNSET:
            field_dict["date_default"] = date_default
        if time_default is not UNSET:
            field_dict["time_default"] = time_default
        if date_hidden is not UNSET:
            field_dict["date_hidden"] = date_hidden
        if time_hidden is not UNSET:
            field_dict["time_hidden"] = time_hidden
        if is_title_default is not UNSET:
            field_dict["is_title_default"] = is_title_default
        if category_view_type is not UNSET:
            field_dict["category_view_type"] = category_view_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        step = d.pop("step", UNSET)

        title = d.pop("title", UNSET)

        num = d.pop("num", UNSET)

        hidden = d.pop("hidden", UNSET)

        def _parse_default(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        default = _parse_default(d.pop("default", UNSET))

        date_default = d.pop("date_default", UNSET)

        time_default = d.pop("time_default", UNSET)

        date_hidden = d.pop("date_hidden", UNSET)

        time_hidden = d.pop("time_hidden", UNSET)

        is_title_default = d.pop("is_title_default", UNSET)

        category_view_type = d.pop("category_view_type", UNSET)

        _model = cls(
            step=step,
            title=title,
            num=num,
            hidden=hidden,
            default=default,
            date_default=date_default,
            time_default=time_default,
            date_hidden=date_hidden,
            time_hidden=time_hidden,
            is_title_default=is_title_default,
            category_view_type=category_view_type,
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
