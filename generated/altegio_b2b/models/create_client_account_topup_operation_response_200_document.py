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
    from ..models.create_client_account_topup_operation_response_200_document_salon import (
        CreateClientAccountTopupOperationResponse200DocumentSalon,
    )
    from ..models.create_client_account_topup_operation_response_200_document_type import (
        CreateClientAccountTopupOperationResponse200DocumentType,
    )
    from ..models.create_client_account_topup_operation_response_200_document_user import (
        CreateClientAccountTopupOperationResponse200DocumentUser,
    )


T = TypeVar("T", bound="CreateClientAccountTopupOperationResponse200Document")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "user_id",
        "salon_id",
        "type_id",
        "type",
        "comment",
        "number",
        "salon",
        "user",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class CreateClientAccountTopupOperationResponse200Document:
    """
    Attributes:
        id (int | Unset): Document ID
        user_id (int | Unset): User ID
        salon_id (int | Unset): location ID
        type_id (int | Unset): Document type identifier
        type_ (CreateClientAccountTopupOperationResponse200DocumentType | Unset): Document Type
        comment (str | Unset): A comment
        number (float | Unset): Document Number
        salon (CreateClientAccountTopupOperationResponse200DocumentSalon | Unset):
        user (CreateClientAccountTopupOperationResponse200DocumentUser | Unset): User
    """

    id: int | Unset = UNSET
    user_id: int | Unset = UNSET
    salon_id: int | Unset = UNSET
    type_id: int | Unset = UNSET
    type_: CreateClientAccountTopupOperationResponse200DocumentType | Unset = UNSET
    comment: str | Unset = UNSET
    number: float | Unset = UNSET
    salon: CreateClientAccountTopupOperationResponse200DocumentSalon | Unset = UNSET
    user: CreateClientAccountTopupOperationResponse200DocumentUser | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        user_id = self.user_id
        if type(user_id) is not int and user_id is not UNSET:
            user_id = _fields.write_integer(user_id, "user_id")
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        salon_id = self.salon_id
        if type(salon_id) is not int and salon_id is not UNSET:
            salon_id = _fields.write_integer(salon_id, "salon_id")
        if salon_id is not UNSET:
            field_dict["salon_id"] = salon_id

        type_id = self.type_id
        if type(type_id) is not int and type_id is not UNSET:
            type_id = _fields.write_integer(type_id, "type_id")
        if type_id is not UNSET:
            field_dict["type_id"] = type_id

        type_ = self.type_
        if type_ is not UNSET:
            field_dict["type"] = _fields.write_model(
                type_, _models.CreateClientAccountTopupOperationResponse200DocumentType, "type_"
            )

        comment = self.comment
        if type(comment) is not str and comment is not UNSET:
            comment = _fields.write_string(comment, "comment")
        if comment is not UNSET:
            field_dict["comment"] = comment

        number = self.number
        if number is not UNSET:
            field_dict["number"] = _fields.write_number(number, "number")

        salon = self.salon
        if salon is not UNSET:
            field_dict["salon"] = _fields.write_model(
                salon, _models.CreateClientAccountTopupOperationResponse200DocumentSalon, "salon"
            )

        user = self.user
        if user is not UNSET:
            field_dict["user"] = _fields.write_model(
                user, _models.CreateClientAccountTopupOperationResponse200DocumentUser, "user"
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

        user_id = _get("user_id", UNSET)
        if type(user_id) is not int and user_id is not UNSET:
            user_id = _fields.read_integer(user_id, "user_id")

        salon_id = _get("salon_id", UNSET)
        if type(salon_id) is not int and salon_id is not UNSET:
            salon_id = _fields.read_integer(salon_id, "salon_id")

        type_id = _get("type_id", UNSET)
        if type(type_id) is not int and type_id is not UNSET:
            type_id = _fields.read_integer(type_id, "type_id")

        type_ = _get("type", UNSET)
        if type_ is not UNSET:
            try:
                type_ = _models.CreateClientAccountTopupOperationResponse200DocumentType.from_dict(type_)
            except _FieldError as _error:
                raise _error.within("type")

        comment = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = _fields.read_string(comment, "comment")

        number = _get("number", UNSET)
        if type(number) is not float and type(number) is not int and number is not UNSET:
            number = _fields.read_number(number, "number")

        salon = _get("salon", UNSET)
        if salon is not UNSET:
            try:
                salon = _models.CreateClientAccountTopupOperationResponse200DocumentSalon.from_dict(salon)
            except _FieldError as _error:
                raise _error.within("salon")

        user = _get("user", UNSET)
        if user is not UNSET:
            try:
                user = _models.CreateClientAccountTopupOperationResponse200DocumentUser.from_dict(user)
            except _FieldError as _error:
                raise _error.within("user")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.user_id = user_id
        _model.salon_id = salon_id
        _model.type_id = type_id
        _model.type_ = type_
        _model.comment = comment
        _model.number = number
        _model.salon = salon
        _model.user = user
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not CreateClientAccountTopupOperationResponse200Document:
            _fields.init_added_fields(_model, CreateClientAccountTopupOperationResponse200Document)
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
