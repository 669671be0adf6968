from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetLocationUsersResponse200Item")


@_attrs_define
class GetLocationUsersResponse200Item:
    """
    Attributes:
        email (str | Unset): User email
        id (int | Unset): User ID
        information (str | Unset): User information
        is_approved (bool | Unset): Whether the user accepted the invitation to manage the location
        is_non_deletable (bool | Unset): Whether the user is non-deletable
        name (str | Unset): User name
        phone (str | Unset): User phone
    """

    email: str | Unset = UNSET
    id: int | Unset = UNSET
    information: str | Unset = UNSET
    is_approved: bool | Unset = UNSET
    is_non_deletable: bool | Unset = UNSET
    name: str | Unset = UNSET
    phone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        id = self.id

        information = self.information

        is_approved = self.is_approved

        is_non_deletable = self.is_non_deletable

        name = self.name

        phone = self.phone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if id is not UNSET:
            field_dict["id"] = id
        if information is not UNSET:
            field_dict["information"] = information
        if is_approved is not UNSET:
            field_dict["is_approved"] = is_approved
        if is_non_deletable is not UNSET:
            field_dict["is_non_deletable"] = is_non_deletable
        if name is not UNSET:
            field_dict["name"] = name
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email", UNSET)

        id = d.pop("id", UNSET)

        information = d.pop("information", UNSET)

        is_approved = d.pop("is_approved", UNSET)

        is_non_deletable = d.pop("is_non_deletable", UNSET)

        name = d.pop("name", UNSET)

        phone = d.pop("phone", UNSET)

        get_location_users_response_200_item = cls(
            email=email,
            id=id,
            information=information,
            is_approved=is_approved,
            is_non_deletable=is_non_deletable,
            name=name,
            phone=phone,
        )

        get_location_users_response_200_item.additional_properties = d
        return get_location_users_response_200_item

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
