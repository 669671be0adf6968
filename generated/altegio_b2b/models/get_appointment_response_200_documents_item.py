from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetAppointmentResponse200DocumentsItem")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "type_id",
        "storage_id",
        "user_id",
        "company_id",
        "number",
        "comment",
        "date_created",
        "category_id",
        "visit_id",
        "record_id",
        "type_title",
        "is_sale_bill_printed",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class GetAppointmentResponse200DocumentsItem:
    """
    Attributes:
        id (int | Unset): Document ID
        type_id (int | Unset): Document Type
        storage_id (int | Unset): Inventory ID
        user_id (int | Unset): ID of the user who created the document
        company_id (int | Unset): location ID
        number (float | Unset): Document Number
        comment (str | Unset): Document comment
        date_created (datetime.datetime | Unset): Document creation date
        category_id (int | Unset): Product category ID
        visit_id (int | Unset): Visit ID
        record_id (int | Unset): Appointment ID
        type_title (str | Unset): The name of the entity to which the document belongs
        is_sale_bill_printed (bool | Unset): Is the sales receipt printed?
    """

    id: int | Unset = UNSET
    type_id: int | Unset = UNSET
    storage_id: int | Unset = UNSET
    user_id: int | Unset = UNSET
    company_id: int | Unset = UNSET
    number: float | Unset = UNSET
    comment: str | Unset = UNSET
    date_created: datetime.datetime | Unset = UNSET
    category_id: int | Unset = UNSET
    visit_id: int | Unset = UNSET
    record_id: int | Unset = UNSET
    type_title: str | Unset = UNSET
    is_sale_bill_printed: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        type_id = self.type_id
        if type(type_id) is not int and type_id is not UNSET:
            type_id = _fields.write_integer(type_id, "type_id")
        if type_id is not UNSET:
            field_dict["type_id"] = type_id

        storage_id = self.storage_id
        if type(storage_id) is not int and storage_id is not UNSET:
            storage_id = _fields.write_integer(storage_id, "storage_id")
        if storage_id is not UNSET:
            field_dict["storage_id"] = storage_id

        user_id = self.user_id
        if type(user_id) is not int and user_id is not UNSET:
            user_id = _fields.write_integer(user_id, "user_id")
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        company_id = self.company_id
        if type(company_id) is not int and company_id is not UNSET:
            company_id = _fields.write_integer(company_id, "company_id")
        if company_id is not UNSET:
            field_dict["company_id"] = company_id

        number = self.number
        if number is not UNSET:
            field_dict["number"] = _fields.write_number(number, "number")

        comment = self.comment
        if type(comment) is not str and comment is not UNSET:
            comment = _fields.write_string(comment, "comment")
        if comment is not UNSET:
            field_dict["comment"] = comment

        date_created = self.date_created
        if date_created is not UNSET:
            field_dict["date_created"] = _fields.write_datetime(date_created, "date_created")

        category_id = self.category_id
        if type(category_id) is not int and category_id is not UNSET:
            category_id = _fields.write_integer(category_id, "category_id")
        if category_id is not UNSET:
            field_dict["category_id"] = category_id

        visit_id = self.visit_id
        if type(visit_id) is not int and visit_id is not UNSET:
            visit_id = _fields.write_integer(visit_id, "visit_id")
        if visit_id is not UNSET:
            field_dict["visit_id"] = visit_id

        record_id = self.record_id
        if type(record_id) is not int and record_id is not UNSET:
            record_id = _fields.write_integer(record_id, "record_id")
        if record_id is not UNSET:
            field_dict["record_id"] = record_id

        type_title = self.type_title
        if type(type_title) is not str and type_title is not UNSET:
            type_title = _fields.write_string(type_title, "type_title")
        if type_title is not UNSET:
            field_dict["type_title"] = type_title

        is_sale_bill_printed = self.is_sale_bill_printed
        if type(is_sale_bill_printed) is not bool and is_sale_bill_printed is not UNSET:
            is_sale_bill_printed = _fields.write_boolean(is_sale_bill_printed, "is_sale_bill_printed")
        if is_sale_bill_printed is not UNSET:
            field_dict["is_sale_bill_printed"] = is_sale_bill_printed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _fields.read_integer(id, "id")

        type_id = _get("type_id", UNSET)
        if type(type_id) is not int and type_id is not UNSET:
            type_id = _fields.read_integer(type_id, "type_id")

        storage_id = _get("storage_id", UNSET)
        if type(storage_id) is not int and storage_id is not UNSET:
            storage_id = _fields.read_integer(storage_id, "storage_id")

        user_id = _get("user_id", UNSET)
        if type(user_id) is not int and user_id is not UNSET:
            user_id = _fields.read_integer(user_id, "user_id")

        company_id = _get("company_id", UNSET)
        if type(company_id) is not int and company_id is not UNSET:
            company_id = _fields.read_integer(company_id, "company_id")

        number = _get("number", UNSET)
        if type(number) is not float and type(number) is not int and number is not UNSET:
            number = _fields.read_number(number, "number")

        comment = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = _fields.read_string(comment, "comment")

        date_created = _get("date_created", UNSET)
        if date_created is not UNSET:
            try:
                date_created = _fields.datetime_fromisoformat(date_created)
            except (TypeError, ValueError):
                date_created = _fields.read_datetime(date_created, "date_created")

        category_id = _get("category_id", UNSET)
        if type(category_id) is not int and category_id is not UNSET:
            category_id = _fields.read_integer(category_id, "category_id")

        visit_id = _get("visit_id", UNSET)
        if type(visit_id) is not int and visit_id is not UNSET:
            visit_id = _fields.read_integer(visit_id, "visit_id")

        record_id = _get("record_id", UNSET)
        if type(record_id) is not int and record_id is not UNSET:
            record_id = _fields.read_integer(record_id, "record_id")

        type_title = _get("type_title", UNSET)
        if type(type_title) is not str and type_title is not UNSET:
            type_title = _fields.read_string(type_title, "type_title")

        is_sale_bill_printed = _get("is_sale_bill_printed", UNSET)
        if type(is_sale_bill_printed) is not bool and is_sale_bill_printed is not UNSET:
            is_sale_bill_printed = _fields.read_boolean(is_sale_bill_printed, "is_sale_bill_printed")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.type_id = type_id
        _model.storage_id = storage_id
        _model.user_id = user_id
        _model.company_id = company_id
        _model.number = number
        _model.comment = comment
        _model.date_created = date_created
        _model.category_id = category_id
        _model.visit_id = visit_id
        _model.record_id = record_id
        _model.type_title = type_title
        _model.is_sale_bill_printed = is_sale_bill_printed
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetAppointmentResponse200DocumentsItem:
            _fields.init_added_fields(_model, GetAppointmentResponse200DocumentsItem)
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
