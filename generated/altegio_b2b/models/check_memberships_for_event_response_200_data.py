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
    from ..models.check_memberships_for_event_response_200_data_attributes import (
        CheckMembershipsForEventResponse200DataAttributes,
    )


T = TypeVar("T", bound="CheckMembershipsForEventResponse200Data")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "attributes",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class CheckMembershipsForEventResponse200Data:
    """
    Attributes:
        id (str | Unset): Check result ID Example: check_1.
        type_ (str | Unset):  Example: loyalty_abonement_check.
        attributes (CheckMembershipsForEventResponse200DataAttributes | Unset):
    """

    id: str | Unset = UNSET
    type_: str | Unset = UNSET
    attributes: CheckMembershipsForEventResponse200DataAttributes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not str and id is not UNSET:
            id = _fields.write_string(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        type_ = self.type_
        if type(type_) is not str and type_ is not UNSET:
            type_ = _fields.write_string(type_, "type_")
        if type_ is not UNSET:
            field_dict["type"] = type_

        attributes = self.attributes
        if attributes is not UNSET:
            field_dict["attributes"] = _fields.write_model(
                attributes, _models.CheckMembershipsForEventResponse200DataAttributes, "attributes"
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not str and id is not UNSET:
            id = _fields.read_string(id, "id")

        type_ = _get("type", UNSET)
        if type(type_) is not str and type_ is not UNSET:
            type_ = _fields.read_string(type_, "type")

        attributes = _get("attributes", UNSET)
        if attributes is not UNSET:
            try:
                attributes = _models.CheckMembershipsForEventResponse200DataAttributes.from_dict(attributes)
            except _FieldError as _error:
                raise _error.within("attributes")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.type_ = type_
        _model.attributes = attributes
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not CheckMembershipsForEventResponse200Data:
            _fields.init_added_fields(_model, CheckMembershipsForEventResponse200Data)
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
