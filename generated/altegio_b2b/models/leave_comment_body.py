from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET

T = TypeVar("T", bound="LeaveCommentBody")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "mark",
        "text",
        "name",
    }
)
_EXTRA = _fields.ANY


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
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        mark = self.mark
        field_dict["mark"] = _fields.write_number(mark, "mark")

        text = self.text
        if type(text) is not str:
            text = _fields.write_string(text, "text")
        field_dict["text"] = text

        name = self.name
        if type(name) is not str:
            name = _fields.write_string(name, "name")
        field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        mark = _get("mark", UNSET)
        if type(mark) is not float and type(mark) is not int:
            mark = _fields.read_number(mark, "mark")

        text = _get("text", UNSET)
        if type(text) is not str:
            text = _fields.read_string(text, "text")

        name = _get("name", UNSET)
        if type(name) is not str:
            name = _fields.read_string(name, "name")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.mark = mark
        _model.text = text
        _model.name = name
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not LeaveCommentBody:
            _fields.init_added_fields(_model, LeaveCommentBody)
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
