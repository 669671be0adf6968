from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._runtime import fields as _fields
from .._runtime.errors import FieldError as _FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_document_response_200_company import GetDocumentResponse200Company
    from ..models.get_document_response_200_storage import GetDocumentResponse200Storage
    from ..models.get_document_response_200_type import GetDocumentResponse200Type
    from ..models.get_document_response_200_user import GetDocumentResponse200User


T = TypeVar("T", bound="GetDocumentResponse200")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "type_id",
        "type",
        "storage_id",
        "user_id",
        "company_id",
        "number",
        "comment",
        "create_date",
        "bill_print_status",
        "storage",
        "company",
        "user",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class GetDocumentResponse200:
    """Object with data

    Attributes:
        id (int | Unset): Document ID
        type_id (int | Unset): Document type identifier
        type_ (GetDocumentResponse200Type | Unset): Document type
        storage_id (int | Unset): Inventory ID
        user_id (int | Unset): User ID
        company_id (int | Unset): location ID
        number (float | Unset): Document Number
        comment (str | Unset): A comment
        create_date (datetime.datetime | Unset): date of creation
        bill_print_status (float | Unset): Bill print status
        storage (GetDocumentResponse200Storage | Unset): Inventory
        company (GetDocumentResponse200Company | Unset): location
        user (GetDocumentResponse200User | Unset): User
    """

    id: int | Unset = UNSET
    type_id: int | Unset = UNSET
    type_: GetDocumentResponse200Type | Unset = UNSET
    storage_id: int | Unset = UNSET
    user_id: int | Unset = UNSET
    company_id: int | Unset = UNSET
    number: float | Unset = UNSET
    comment: str | Unset = UNSET
    create_date: datetime.datetime | Unset = UNSET
    bill_print_status: float | Unset = UNSET
    storage: GetDocumentResponse200Storage | Unset = UNSET
    company: GetDocumentResponse200Company | Unset = UNSET
    user: GetDocumentResponse200User | Unset = UNSET
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

        type_ = self.type_
        if type_ is not UNSET:
            field_dict["type"] = _fields.write_model(type_, _models.GetDocumentResponse200Type, "type_")

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

        create_date = self.create_date
        if create_date is not UNSET:
            field_dict["create_date"] = _fields.write_datetime(create_date, "create_date")

        bill_print_status = self.bill_print_status
        if bill_print_status is not UNSET:
            field_dict["bill_print_status"] = _fields.write_number(bill_print_status, "bill_print_status")

        storage = self.storage
        if storage is not UNSET:
            field_dict["storage"] = _fields.write_model(storage, _models.GetDocumentResponse200Storage, "storage")

        company = self.company
        if company is not UNSET:
            field_dict["company"] = _fields.write_model(company, _models.GetDocumentResponse200Company, "company")

        user = self.user
        if user is not UNSET:
            field_dict["user"] = _fields.write_model(user, _models.GetDocumentResponse200User, "user")

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

        type_ = _get("type", UNSET)
        if type_ is not UNSET:
            try:
                type_ = _models.GetDocumentResponse200Type.from_dict(type_)
            except _FieldError as _error:
                raise _error.within("type")

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

        create_date = _get("create_date", UNSET)
        if create_date is not UNSET:
            try:
                create_date = _fields.datetime_fromisoformat(create_date)
            except (TypeError, ValueError):
                create_date = _fields.read_datetime(create_date, "create_date")

        bill_print_status = _get("bill_print_status", UNSET)
        if (
            type(bill_print_status) is not float
            and type(bill_print_status) is not int
            and bill_print_status is not UNSET
        ):
            bill_print_status = _fields.read_number(bill_print_status, "bill_print_status")

        storage = _get("storage", UNSET)
        if storage is not UNSET:
            try:
                storage = _models.GetDocumentResponse200Storage.from_dict(storage)
            except _FieldError as _error:
                raise _error.within("storage")

        company = _get("company", UNSET)
        if company is not UNSET:
            try:
                company = _models.GetDocumentResponse200Company.from_dict(company)
            except _FieldError as _error:
                raise _error.within("company")

        user = _get("user", UNSET)
        if user is not UNSET:
            try:
                user = _models.GetDocumentResponse200User.from_dict(user)
            except _FieldError as _error:
                raise _error.within("user")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.type_id = type_id
        _model.type_ = type_
        _model.storage_id = storage_id
        _model.user_id = user_id
        _model.company_id = company_id
        _model.number = number
        _model.comment = comment
        _model.create_date = create_date
        _model.bill_print_status = bill_print_status
        _model.storage = storage
        _model.company = company
        _model.user = user
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetDocumentResponse200:
            _fields.init_added_fields(_model, GetDocumentResponse200)
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
