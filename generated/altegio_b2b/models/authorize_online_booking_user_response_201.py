from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuthorizeOnlineBookingUserResponse201")


@_attrs_define
class AuthorizeOnlineBookingUserResponse201:
    """User authorization

    Example:
        {'id': 123456, 'user_token': 'wec23fh8cDfFV4432fc352456', 'name': 'James Smith', 'phone': '+13155550175',
            'login': 'j.smith', 'email': 'j.smith@example.com', 'avatar':
            'https://assets.alteg.io/general/0/01/123456789098765_12345678909876.png'}

    Attributes:
        id (int | Unset): User ID
        user_token (str | Unset): User_token of the user
        name (str | Unset): Username
        phone (str | Unset): User phone
        login (str | Unset): User login
        email (str | Unset): User mailing address
        avatar (str | Unset): Path to the user's avatar file
    """

    id: int | Unset = UNSET
    user_token: str | Unset = UNSET
    name: str | Unset = UNSET
    phone: str | Unset = UNSET
    login: str | Unset = UNSET
    email: str | Unset = UNSET
    avatar: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_token = self.user_token

        name = self.name

        phone = self.phone

        login = self.login

        email = self.email

        avatar = self.avatar

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if user_token is not UNSET:
            field_dict["user_token"] = user_token
        if name is not UNSET:
            field_dict["name"] = name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if login is not UNSET:
            field_dict["login"] = login
        if email is not UNSET:
            field_dict["email"] = email
        if avatar is not UNSET:
            field_dict["avatar"] = avatar

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        user_token = d.pop("user_token", UNSET)

        name = d.pop("name", UNSET)

        phone = d.pop("phone", UNSET)

        login = d.pop("login", UNSET)

        email = d.pop("email", UNSET)

        avatar = d.pop("avatar", UNSET)

        _model = cls(
            id=id,
            user_token=user_token,
            name=name,
            phone=phone,
            login=login,
            email=email,
            avatar=avatar,
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
