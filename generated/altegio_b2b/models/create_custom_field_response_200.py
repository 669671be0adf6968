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
    from ..models.create_custom_field_response_200_custom_field import CreateCustomFieldResponse200CustomField


T = TypeVar("T", bound="CreateCustomFieldResponse200")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "salon_id",
        "custom_field",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class CreateCustomFieldResponse200:
    """
    Attributes:
        id (int | Unset): Field ID
        salon_id (int | Unset): location ID
        custom_field (CreateCustomFieldResponse200CustomField | Unset): Custom fields
    """

    id: int | Unset = UNSET
    salon_id: int | Unset = UNSET
    custom_field: CreateCustomFieldResponse200CustomField | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        salon_id = self.salon_id
        if type(salon_id) is not int and salon_id is not UNSET:
            salon_id = _fields.write_integer(salon_id, "salon_id")
        if salon_id is not UNSET:
            field_dict["salon_id"] = salon_id

        custom_field = self.custom_field
        if custom_field is not UNSET:
            field_dict["custom_field"] = _fields.write_model(
                custom_field, _models.CreateCustomFieldResponse200CustomField, "custom_field"
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _fields.read_integer(id, "id")

        salon_id = _get("salon_id", UNSET)
        if type(salon_id) is not int and salon_id is not UNSET:
            salon_id = _fields.read_integer(salon_id, "salon_id")

        custom_field = _get("custom_field", UNSET)
        if custom_field is not UNSET:
            try:
                custom_field = _models.CreateCustomFieldResponse200CustomField.from_dict(custom_field)
            except _FieldError as _error:
                raise _error.within("custom_field")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.salon_id = salon_id
        _model.custom_field = custom_field
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not CreateCustomFieldResponse200:
            _fields.init_added_fields(_model, CreateCustomFieldResponse200)
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
