from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET

T = TypeVar("T", bound="CreateCustomFieldBody")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "type",
        "code",
        "title",
        "user_can_edit",
        "show_in_ui",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class CreateCustomFieldBody:
    """Adding a Custom Field

    Example:
        {'type': 'text', 'code': 'my_text_field', 'title': 'test field', 'user_can_edit': True, 'show_in_ui': True}

    Attributes:
        type_ (str): Field type
        code (str): Field ID
        title (str): Field name
        user_can_edit (bool): Can the user edit the field
        show_in_ui (bool): Whether to show the field in the interface
    """

    type_: str
    code: str
    title: str
    user_can_edit: bool
    show_in_ui: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        type_ = self.type_
        if type(type_) is not str:
            type_ = _fields.write_string(type_, "type_")
        field_dict["type"] = type_

        code = self.code
        if type(code) is not str:
            code = _fields.write_string(code, "code")
        field_dict["code"] = code

        title = self.title
        if type(title) is not str:
            title = _fields.write_string(title, "title")
        field_dict["title"] = title

        user_can_edit = self.user_can_edit
        if type(user_can_edit) is not bool:
            user_can_edit = _fields.write_boolean(user_can_edit, "user_can_edit")
        field_dict["user_can_edit"] = user_can_edit

        show_in_ui = self.show_in_ui
        if type(show_in_ui) is not bool:
            show_in_ui = _fields.write_boolean(show_in_ui, "show_in_ui")
        field_dict["show_in_ui"] = show_in_ui

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        type_ = _get("type", UNSET)
        if type(type_) is not str:
            type_ = _fields.read_string(type_, "type")

        code = _get("code", UNSET)
        if type(code) is not str:
            code = _fields.read_string(code, "code")

        title = _get("title", UNSET)
        if type(title) is not str:
            title = _fields.read_string(title, "title")

        user_can_edit = _get("user_can_edit", UNSET)
        if type(user_can_edit) is not bool:
            user_can_edit = _fields.read_boolean(user_can_edit, "user_can_edit")

        show_in_ui = _get("show_in_ui", UNSET)
        if type(show_in_ui) is not bool:
            show_in_ui = _fields.read_boolean(show_in_ui, "show_in_ui")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.type_ = type_
        _model.code = code
        _model.title = title
        _model.user_can_edit = user_can_edit
        _model.show_in_ui = show_in_ui
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not CreateCustomFieldBody:
            _fields.init_added_fields(_model, CreateCustomFieldBody)
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
