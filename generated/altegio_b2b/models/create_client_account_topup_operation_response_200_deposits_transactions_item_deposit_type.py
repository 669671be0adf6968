from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateClientAccountTopupOperationResponse200DepositsTransactionsItemDepositType")


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
        id = self.id

        salon_group_id = self.salon_group_id

        title = self.title

        date_create = self.date_create

        deleted = self.deleted

        date_delete = self.date_delete

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if salon_group_id is not UNSET:
            field_dict["salon_group_id"] = salon_group_id
        if title is not UNSET:
            field_dict["title"] = title
        if date_create is not UNSET:
            field_dict["date_create"] = date_create
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if date_delete is not UNSET:
            field_dict["date_delete"] = date_delete

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        salon_group_id = d.pop("salon_group_id", UNSET)

        title = d.pop("title", UNSET)

        date_create = d.pop("date_create", UNSET)

        deleted = d.pop("deleted", UNSET)

        date_delete = d.pop("date_delete", UNSET)

        _model = cls(
            id=id,
            salon_group_id=salon_group_id,
            title=title,
            date_create=date_create,
            deleted=deleted,
            date_delete=date_delete,
        )

        _model.additional_properties = d
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
