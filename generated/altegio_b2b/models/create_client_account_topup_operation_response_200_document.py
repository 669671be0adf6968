from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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


@_attrs_define
class CreateClientAccountTopupOperationResponse200Document:
    """
    Attributes:
        comment (str | Unset): A comment
        id (int | Unset): Document ID
        number (float | Unset): Document Number
        salon (CreateClientAccountTopupOperationResponse200DocumentSalon | Unset):
        salon_id (int | Unset): location ID
        type_ (CreateClientAccountTopupOperationResponse200DocumentType | Unset): Document Type
        type_id (int | Unset): Document type identifier
        user (CreateClientAccountTopupOperationResponse200DocumentUser | Unset): User
        user_id (int | Unset): User ID
    """

    comment: str | Unset = UNSET
    id: int | Unset = UNSET
    number: float | Unset = UNSET
    salon: CreateClientAccountTopupOperationResponse200DocumentSalon | Unset = UNSET
    salon_id: int | Unset = UNSET
    type_: CreateClientAccountTopupOperationResponse200DocumentType | Unset = UNSET
    type_id: int | Unset = UNSET
    user: CreateClientAccountTopupOperationResponse200DocumentUser | Unset = UNSET
    user_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        comment = self.comment

        id = self.id

        number = self.number

        salon: dict[str, Any] | Unset = UNSET
        if not isinstance(self.salon, Unset):
            salon = self.salon.to_dict()

        salon_id = self.salon_id

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.to_dict()

        type_id = self.type_id

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if comment is not UNSET:
            field_dict["comment"] = comment
        if id is not UNSET:
            field_dict["id"] = id
        if number is not UNSET:
            field_dict["number"] = number
        if salon is not UNSET:
            field_dict["salon"] = salon
        if salon_id is not UNSET:
            field_dict["salon_id"] = salon_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if type_id is not UNSET:
            field_dict["type_id"] = type_id
        if user is not UNSET:
            field_dict["user"] = user
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_client_account_topup_operation_response_200_document_salon import (
            CreateClientAccountTopupOperationResponse200DocumentSalon,  # noqa: PLC0415
        )
        from ..models.create_client_account_topup_operation_response_200_document_type import (
            CreateClientAccountTopupOperationResponse200DocumentType,  # noqa: PLC0415
        )
        from ..models.create_client_account_topup_operation_response_200_document_user import (
            CreateClientAccountTopupOperationResponse200DocumentUser,  # noqa: PLC0415
        )

        d = dict(src_dict)
        comment = d.pop("comment", UNSET)

        id = d.pop("id", UNSET)

        number = d.pop("number", UNSET)

        _salon = d.pop("salon", UNSET)
        salon: CreateClientAccountTopupOperationResponse200DocumentSalon | Unset
        if isinstance(_salon, Unset):
            salon = UNSET
        else:
            salon = CreateClientAccountTopupOperationResponse200DocumentSalon.from_dict(_salon)

        salon_id = d.pop("salon_id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: CreateClientAccountTopupOperationResponse200DocumentType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = CreateClientAccountTopupOperationResponse200DocumentType.from_dict(_type_)

        type_id = d.pop("type_id", UNSET)

        _user = d.pop("user", UNSET)
        user: CreateClientAccountTopupOperationResponse200DocumentUser | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = CreateClientAccountTopupOperationResponse200DocumentUser.from_dict(_user)

        user_id = d.pop("user_id", UNSET)

        create_client_account_topup_operation_response_200_document = cls(
            comment=comment,
            id=id,
            number=number,
            salon=salon,
            salon_id=salon_id,
            type_=type_,
            type_id=type_id,
            user=user,
            user_id=user_id,
        )

        create_client_account_topup_operation_response_200_document.additional_properties = d
        return create_client_account_topup_operation_response_200_document

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
