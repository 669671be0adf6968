from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_document_response_200_company import GetDocumentResponse200Company
    from ..models.get_document_response_200_storage import GetDocumentResponse200Storage
    from ..models.get_document_response_200_type import GetDocumentResponse200Type
    from ..models.get_document_response_200_user import GetDocumentResponse200User


T = TypeVar("T", bound="GetDocumentResponse200")


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
        id = self.id

        type_id = self.type_id

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.to_dict()

        storage_id = self.storage_id

        user_id = self.user_id

        company_id = self.company_id

        number = self.number

        comment = self.comment

        create_date: str | Unset = UNSET
        if not isinstance(self.create_date, Unset):
            create_date = self.create_date.isoformat()

        bill_print_status = self.bill_print_status

        storage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.storage, Unset):
            storage = self.storage.to_dict()

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_id is not UNSET:
            field_dict["type_id"] = type_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if storage_id is not UNSET:
            field_dict["storage_id"] = storage_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if number is not UNSET:
            field_dict["number"] = number
        if comment is not UNSET:
            field_dict["comment"] = comment
        if create_date is not UNSET:
            field_dict["create_date"] = create_date
        if bill_print_status is not UNSET:
            field_dict["bill_print_status"] = bill_print_status
        if storage is not UNSET:
            field_dict["storage"] = storage
        if company is not UNSET:
            field_dict["company"] = company
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_document_response_200_company import GetDocumentResponse200Company  # noqa: PLC0415
        from ..models.get_document_response_200_storage import GetDocumentResponse200Storage  # noqa: PLC0415
        from ..models.get_document_response_200_type import GetDocumentResponse200Type  # noqa: PLC0415
        from ..models.get_document_response_200_user import GetDocumentResponse200User  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        type_id = d.pop("type_id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: GetDocumentResponse200Type | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = GetDocumentResponse200Type.from_dict(_type_)

        storage_id = d.pop("storage_id", UNSET)

        user_id = d.pop("user_id", UNSET)

        company_id = d.pop("company_id", UNSET)

        number = d.pop("number", UNSET)

        comment = d.pop("comment", UNSET)

        _create_date = d.pop("create_date", UNSET)
        create_date: datetime.datetime | Unset
        if isinstance(_create_date, Unset):
            create_date = UNSET
        else:
            create_date = _timestamps.parse_datetime(_create_date)

        bill_print_status = d.pop("bill_print_status", UNSET)

        _storage = d.pop("storage", UNSET)
        storage: GetDocumentResponse200Storage | Unset
        if isinstance(_storage, Unset):
            storage = UNSET
        else:
            storage = GetDocumentResponse200Storage.from_dict(_storage)

        _company = d.pop("company", UNSET)
        company: GetDocumentResponse200Company | Unset
        if isinstance(_company, Unset):
            company = UNSET
        else:
            company = GetDocumentResponse200Company.from_dict(_company)

        _user = d.pop("user", UNSET)
        user: GetDocumentResponse200User | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = GetDocumentResponse200User.from_dict(_user)

        _model = cls(
            id=id,
            type_id=type_id,
            type_=type_,
            storage_id=storage_id,
            user_id=user_id,
            company_id=company_id,
            number=number,
            comment=comment,
            create_date=create_date,
            bill_print_status=bill_print_status,
            storage=storage,
            company=company,
            user=user,
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
