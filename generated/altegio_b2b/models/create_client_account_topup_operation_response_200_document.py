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
        id = self.id

        user_id = self.user_id

        salon_id = self.salon_id

        type_id = self.type_id

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.to_dict()

        comment = self.comment

        number = self.number

        salon: dict[str, Any] | Unset = UNSET
        if not isinstance(self.salon, Unset):
            salon = self.salon.to_dict()

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if salon_id is not UNSET:
            field_dict["salon_id"] = salon_id
        if type_id is not UNSET:
            field_dict["type_id"] = type_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if comment is not UNSET:
            field_dict["comment"] = comment
        if number is not UNSET:
            field_dict["number"] = number
        if salon is not UNSET:
            field_dict["salon"] = salon
        if user is not UNSET:
            field_dict["user"] = user

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
        id = d.pop("id", UNSET)

        user_id = d.pop("user_id", UNSET)

        salon_id = d.pop("salon_id", UNSET)

        type_id = d.pop("type_id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: CreateClientAccountTopupOperationResponse200DocumentType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = CreateClientAccountTopupOperationResponse200DocumentType.from_dict(_type_)

        comment = d.pop("comment", UNSET)

        number = d.pop("number", UNSET)

        _salon = d.pop("salon", UNSET)
        salon: CreateClientAccountTopupOperationResponse200DocumentSalon | Unset
        if isinstance(_salon, Unset):
            salon = UNSET
        else:
            salon = CreateClientAccountTopupOperationResponse200DocumentSalon.from_dict(_salon)

        _user = d.pop("user", UNSET)
        user: CreateClientAccountTopupOperationResponse200DocumentUser | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = CreateClientAccountTopupOperationResponse200DocumentUser.from_dict(_user)

        _model = cls(
            id=id,
            user_id=user_id,
            salon_id=salon_id,
            type_id=type_id,
            type_=type_,
            comment=comment,
            number=number,
            salon=salon,
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
