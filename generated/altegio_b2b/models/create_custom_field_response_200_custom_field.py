from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._runtime import fields as _fields
from .._runtime.errors import FieldError as _FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_custom_field_response_200_custom_field_type import CreateCustomFieldResponse200CustomFieldType


T = TypeVar("T", bound="CreateCustomFieldResponse200CustomField")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "code",
        "entity_type",
        "show_in_ui",
        "title",
        "user_can_edit",
        "type",
        "values",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class CreateCustomFieldResponse200CustomField:
    """Custom fields

    Attributes:
        id (int | Unset): Field ID
        code (str | Unset): Field code by which values for appointment fields are set
        entity_type (str | Unset): Entity type for which the field is valid (customer card, appointment window)
        show_in_ui (bool | Unset): Whether to show fields in the interface
        title (str | Unset): Name of add. fields
        user_can_edit (bool | Unset): Is editing allowed
        type_ (CreateCustomFieldResponse200CustomFieldType | Unset): Field type
        values (str | Unset): List of valid values for type "list"
    """

    id: int | Unset = UNSET
    code: str | Unset = UNSET
    entity_type: str | Unset = UNSET
    show_in_ui: bool | Unset = UNSET
    title: str | Unset = UNSET
    user_can_edit: bool | Unset = UNSET
    type_: CreateCustomFieldResponse200CustomFieldType | Unset = UNSET
    values: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        code = self.code
        if type(code) is not str and code is not UNSET:
            code = _fields.write_string(code, "code")
        if code is not UNSET:
            field_dict["code"] = code

        entity_type = self.entity_type
        if type(entity_type) is not str and entity_type is not UNSET:
            entity_type = _fields.write_string(entity_type, "entity_type")
        if entity_type is not UNSET:
            field_dict["entity_type"] = entity_type

        show_in_ui = self.show_in_ui
        if type(show_in_ui) is not bool and show_in_ui is not UNSET:
            show_in_ui = _fields.write_boolean(show_in_ui, "show_in_ui")
        if show_in_ui is not UNSET:
            field_dict["show_in_ui"] = show_in_ui

        title = self.title
        if type(title) is not str and title is not UNSET:
            title = _fields.write_string(title, "title")
        if title is not UNSET:
            field_dict["title"] = title

        user_can_edit = self.user_can_edit
        if type(user_can_edit) is not bool and user_can_edit is not UNSET:
            user_can_edit = _fields.write_boolean(user_can_edit, "user_can_edit")
        if user_can_edit is not UNSET:
            field_dict["user_can_edit"] = user_can_edit

        type_ = self.type_
        if type_ is not UNSET:
            field_dict["type"] = _fields.write_model(
                type_, _models.CreateCustomFieldResponse200CustomFieldType, "type_"
            )

        values = self.values
        if type(values) is not str and values is not UNSET:
            values = _fields.write_string(values, "values")
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _fields.read_integer(id, "id")

        code = _get("code", UNSET)
        if type(code) is not str and code is not UNSET:
            code = _fields.read_string(code, "code")

        entity_type = _get("entity_type", UNSET)
        if type(entity_type) is not str and entity_type is not UNSET:
            entity_type = _fields.read_string(entity_type, "entity_type")

        show_in_ui = _get("show_in_ui", UNSET)
        if type(show_in_ui) is not bool and show_in_ui is not UNSET:
            show_in_ui = _fields.read_boolean(show_in_ui, "show_in_ui")

        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _fields.read_string(title, "title")

        user_can_edit = _get("user_can_edit", UNSET)
        if type(user_can_edit) is not bool and user_can_edit is not UNSET:
            user_can_edit = _fields.read_boolean(user_can_edit, "user_can_edit")

        type_ = _get("type", UNSET)
        if type_ is not UNSET:
            try:
                type_ = _models.CreateCustomFieldResponse200CustomFieldType.from_dict(type_)
            except _FieldError as _error:
                raise _error.within("type")

        values = _get("values", UNSET)
        if type(values) is not str and values is not UNSET:
            values = _fields.read_string(values, "values")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.code = code
        _model.entity_type = entity_type
        _model.show_in_ui = show_in_ui
        _model.title = title
        _model.user_can_edit = user_can_edit
        _model.type_ = type_
        _model.values = values
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not CreateCustomFieldResponse200CustomField:
            _fields.init_added_fields(_model, CreateCustomFieldResponse200CustomField)
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
