from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LeaveCommentBody")


@_attrs_define
class LeaveCommentBody:
    """Leave a Comment

    Example:
        {'mark': 4, 'text': 'Everything is very bad!', 'name': 'Victor'}

    Attributes:
        mark (float): Rating from 1 to 5
        text (str): Feedback text
        name (str): Username to be displayed on the review page
    """

    mark: float
    text: str
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mark = self.mark

        text = self.text

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mark": mark,
                "text": text,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mark = d.pop("mark")

        text = d.pop("text")

        name = d.pop("name")

        _model = cls(
            mark=mark,
            text=text,
            name=name,
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
