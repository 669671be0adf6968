from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="PrintFiscalReceiptBody")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "document_id",
        "type",
        "is_pos_enabled",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class PrintFiscalReceiptBody:
    """
    Attributes:
        document_id (int): Document ID
        type_ (float): type of operation with location account (see table of types of all operations)
        is_pos_enabled (bool | Unset): enable POS terminal (default false)
    """

    document_id: int
    type_: float
    is_pos_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        document_id = self.document_id
        if type(document_id) is not int:
            document_id = _fields.write_integer(document_id, "document_id")
        field_dict["document_id"] = document_id

        type_ = self.type_
        field_dict["type"] = _fields.write_number(type_, "type_")

        is_pos_enabled = self.is_pos_enabled
        if type(is_pos_enabled) is not bool and is_pos_enabled is not UNSET:
            is_pos_enabled = _fields.write_boolean(is_pos_enabled, "is_pos_enabled")
        if is_pos_enabled is not UNSET:
            field_dict["is_pos_enabled"] = is_pos_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        document_id = _get("document_id", UNSET)
        if type(document_id) is not int:
            document_id = _fields.read_integer(document_id, "document_id")

        type_ = _get("type", UNSET)
        if type(type_) is not float and type(type_) is not int:
            type_ = _fields.read_number(type_, "type")

        is_pos_enabled = _get("is_pos_enabled", UNSET)
        if type(is_pos_enabled) is not bool and is_pos_enabled is not UNSET:
            is_pos_enabled = _fields.read_boolean(is_pos_enabled, "is_pos_enabled")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.document_id = document_id
        _model.type_ = type_
        _model.is_pos_enabled = is_pos_enabled
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not PrintFiscalReceiptBody:
            _fields.init_added_fields(_model, PrintFiscalReceiptBody)
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
