from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateDocumentBody")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "type_id",
        "storage_id",
        "create_date",
        "comment",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class CreateDocumentBody:
    """Create document

    Example:
        {'type_id': 1, 'comment': 'Document comment', 'storage_id': 36539, 'create_date':
            '2026-09-21T23:00:00.000-05:00'}

    Attributes:
        type_id (int): Document type (sale 1, receipt 3, write-off 7)
        storage_id (int): Inventory ID
        create_date (datetime.datetime): Date of the inventory transaction
        comment (str | Unset): A comment
    """

    type_id: int
    storage_id: int
    create_date: datetime.datetime
    comment: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        type_id = self.type_id
        if type(type_id) is not int:
            type_id = _fields.write_integer(type_id, "type_id")
        field_dict["type_id"] = type_id

        storage_id = self.storage_id
        if type(storage_id) is not int:
            storage_id = _fields.write_integer(storage_id, "storage_id")
        field_dict["storage_id"] = storage_id

        create_date = self.create_date
        field_dict["create_date"] = _fields.write_datetime(create_date, "create_date")

        comment = self.comment
        if type(comment) is not str and comment is not UNSET:
            comment = _fields.write_string(comment, "comment")
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        type_id = _get("type_id", UNSET)
        if type(type_id) is not int:
            type_id = _fields.read_integer(type_id, "type_id")

        storage_id = _get("storage_id", UNSET)
        if type(storage_id) is not int:
            storage_id = _fields.read_integer(storage_id, "storage_id")

        create_date = _get("create_date", UNSET)
        try:
            create_date = _fields.datetime_fromisoformat(create_date)
        except (TypeError, ValueError):
            create_date = _fields.read_datetime(create_date, "create_date")

        comment = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = _fields.read_string(comment, "comment")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.type_id = type_id
        _model.storage_id = storage_id
        _model.create_date = create_date
        _model.comment = comment
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not CreateDocumentBody:
            _fields.init_added_fields(_model, CreateDocumentBody)
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
