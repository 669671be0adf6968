from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuthorizeUserResponse201")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "user_token",
        "name",
        "phone",
        "login",
        "email",
        "avatar",
        "is_approved",
        "is_email_confirmed",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class AuthorizeUserResponse201:
    """
    Attributes:
        id (int | Unset): User ID
        user_token (str | Unset): User_token of the user
        name (str | Unset): Username
        phone (str | Unset): User phone
        login (str | Unset): User login
        email (str | Unset): User mailing address
        avatar (str | Unset): Path to the user's avatar file
        is_approved (bool | Unset): Is the user verified in the system
        is_email_confirmed (bool | Unset): Is the user email confirmed
    """

    id: int | Unset = UNSET
    user_token: str | Unset = UNSET
    name: str | Unset = UNSET
    phone: str | Unset = UNSET
    login: str | Unset = UNSET
    email: str | Unset = UNSET
    avatar: str | Unset = UNSET
    is_approved: bool | Unset = UNSET
    is_email_confirmed: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        user_token = self.user_token
        if type(user_token) is not str and user_token is not UNSET:
            user_token = _fields.write_string(user_token, "user_token")
        if user_token is not UNSET:
            field_dict["user_token"] = user_token

        name = self.name
        if type(name) is not str and name is not UNSET:
            name = _fields.write_string(name, "name")
        if name is not UNSET:
            field_dict["name"] = name

        phone = self.phone
        if type(phone) is not str and phone is not UNSET:
            phone = _fields.write_string(phone, "phone")
        if phone is not UNSET:
            field_dict["phone"] = phone

        login = self.login
        if type(login) is not str and login is not UNSET:
            login = _fields.write_string(login, "login")
        if login is not UNSET:
            field_dict["login"] = login

        email = self.email
        if type(email) is not str and email is not UNSET:
            email = _fields.write_string(email, "email")
        if email is not UNSET:
            field_dict["email"] = email

        avatar = self.avatar
        if type(avatar) is not str and avatar is not UNSET:
            avatar = _fields.write_string(avatar, "avatar")
        if avatar is not UNSET:
            field_dict["avatar"] = avatar

        is_approved = self.is_approved
        if type(is_approved) is not bool and is_approved is not UNSET:
            is_approved = _fields.write_boolean(is_approved, "is_approved")
        if is_approved is not UNSET:
            field_dict["is_approved"] = is_approved

        is_email_confirmed = self.is_email_confirmed
        if type(is_email_confirmed) is not bool and is_email_confirmed is not UNSET:
            is_email_confirmed = _fields.write_boolean(is_email_confirmed, "is_email_confirmed")
        if is_email_confirmed is not UNSET:
            field_dict["is_email_confirmed"] = is_email_confirmed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _fields.read_integer(id, "id")

        user_token = _get("user_token", UNSET)
        if type(user_token) is not str and user_token is not UNSET:
            user_token = _fields.read_string(user_token, "user_token")

        name = _get("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = _fields.read_string(name, "name")

        phone = _get("phone", UNSET)
        if type(phone) is not str and phone is not UNSET:
            phone = _fields.read_string(phone, "phone")

        login = _get("login", UNSET)
        if type(login) is not str and login is not UNSET:
            login = _fields.read_string(login, "login")

        email = _get("email", UNSET)
        if type(email) is not str and email is not UNSET:
            email = _fields.read_string(email, "email")

        avatar = _get("avatar", UNSET)
        if type(avatar) is not str and avatar is not UNSET:
            avatar = _fields.read_string(avatar, "avatar")

        is_approved = _get("is_approved", UNSET)
        if type(is_approved) is not bool and is_approved is not UNSET:
            is_approved = _fields.read_boolean(is_approved, "is_approved")

        is_email_confirmed = _get("is_email_confirmed", UNSET)
        if type(is_email_confirmed) is not bool and is_email_confirmed is not UNSET:
            is_email_confirmed = _fields.read_boolean(is_email_confirmed, "is_email_confirmed")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.user_token = user_token
        _model.name = name
        _model.phone = phone
        _model.login = login
        _model.email = email
        _model.avatar = avatar
        _model.is_approved = is_approved
        _model.is_email_confirmed = is_email_confirmed
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not AuthorizeUserResponse201:
            _fields.init_added_fields(_model, AuthorizeUserResponse201)
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
