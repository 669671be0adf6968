from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateClientAccountTopupOperationResponse200DepositsTransactionsItemDepositType")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "salon_group_id",
        "title",
        "date_create",
        "deleted",
        "date_delete",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class CreateClientAccountTopupOperationResponse200DepositsTransactionsItemDepositType:
    """Type of personal account

    Attributes:
        id (int | Unset): Personal account type identifier
        salon_group_id (int | Unset): Chain ID
        title (str | Unset): Name of personal account type
        date_create (str | Unset): date of creation
        deleted (bool | Unset): Has the personal account type been removed?
        date_delete (str | Unset): Deletion date
    """

    id: int | Unset = UNSET
    salon_group_id: int | Unset = UNSET
    title: str | Unset = UNSET
    date_create: str | Unset = UNSET
    deleted: bool | Unset = UNSET
    date_delete: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        salon_group_id = self.salon_group_id
        if type(salon_group_id) is not int and salon_group_id is not UNSET:
            salon_group_id = _fields.write_integer(salon_group_id, "salon_group_id")
        if salon_group_id is not UNSET:
            field_dict["salon_group_id"] = salon_group_id

        title = self.title
        if type(title) is not str and title is not UNSET:
            title = _fields.write_string(title, "title")
        if title is not UNSET:
            field_dict["title"] = title

        date_create = self.date_create
        if type(date_create) is not str and date_create is not UNSET:
            date_create = _fields.write_string(date_create, "date_create")
        if date_create is not UNSET:
            field_dict["date_create"] = date_create

        deleted = self.deleted
        if type(deleted) is not bool and deleted is not UNSET:
            deleted = _fields.write_boolean(deleted, "deleted")
        if deleted is not UNSET:
            field_dict["deleted"] = deleted

        date_delete = self.date_delete
        if type(date_delete) is not str and date_delete is not UNSET:
            date_delete = _fields.write_string(date_delete, "date_delete")
        if date_delete is not UNSET:
            field_dict["date_delete"] = date_delete

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _fields.read_integer(id, "id")

        salon_group_id = _get("salon_group_id", UNSET)
        if type(salon_group_id) is not int and salon_group_id is not UNSET:
            salon_group_id = _fields.read_integer(salon_group_id, "salon_group_id")

        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _fields.read_string(title, "title")

        date_create = _get("date_create", UNSET)
        if type(date_create) is not str and date_create is not UNSET:
            date_create = _fields.read_string(date_create, "date_create")

        deleted = _get("deleted", UNSET)
        if type(deleted) is not bool and deleted is not UNSET:
            deleted = _fields.read_boolean(deleted, "deleted")

        date_delete = _get("date_delete", UNSET)
        if type(date_delete) is not str and date_delete is not UNSET:
            date_delete = _fields.read_string(date_delete, "date_delete")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.salon_group_id = salon_group_id
        _model.title = title
        _model.date_create = date_create
        _model.deleted = deleted
        _model.date_delete = date_delete
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not CreateClientAccountTopupOperationResponse200DepositsTransactionsItemDepositType:
            _fields.init_added_fields(
                _model, CreateClientAccountTopupOperationResponse200DepositsTransactionsItemDepositType
            )
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
