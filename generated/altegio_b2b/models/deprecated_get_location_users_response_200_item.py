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
    from ..models.deprecated_get_location_users_response_200_item_access import (
        DeprecatedGetLocationUsersResponse200ItemAccess,
    )


T = TypeVar("T", bound="DeprecatedGetLocationUsersResponse200Item")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "firstname",
        "login",
        "email",
        "phone",
        "information",
        "access",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class DeprecatedGetLocationUsersResponse200Item:
    """
    Attributes:
        id (int | Unset): User ID
        firstname (str | Unset): Username
        login (str | Unset): user login for authorization in the system (for authorization, you can also use the phone
            and email fields as a login)
        email (str | Unset): User mailing address
        phone (str | Unset): User phone
        information (str | Unset): User information
        access (DeprecatedGetLocationUsersResponse200ItemAccess | Unset): Object of user access rights to system modules
    """

    id: int | Unset = UNSET
    firstname: str | Unset = UNSET
    login: str | Unset = UNSET
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    information: str | Unset = UNSET
    access: DeprecatedGetLocationUsersResponse200ItemAccess | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        firstname = self.firstname
        if type(firstname) is not str and firstname is not UNSET:
            firstname = _fields.write_string(firstname, "firstname")
        if firstname is not UNSET:
            field_dict["firstname"] = firstname

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

        phone = self.phone
        if type(phone) is not str and phone is not UNSET:
            phone = _fields.write_string(phone, "phone")
        if phone is not UNSET:
            field_dict["phone"] = phone

        information = self.information
        if type(information) is not str and information is not UNSET:
            information = _fields.write_string(information, "information")
        if information is not UNSET:
            field_dict["information"] = information

        access = self.access
        if access is not UNSET:
            field_dict["access"] = _fields.write_model(
                access, _models.DeprecatedGetLocationUsersResponse200ItemAccess, "access"
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

        firstname = _get("firstname", UNSET)
        if type(firstname) is not str and firstname is not UNSET:
            firstname = _fields.read_string(firstname, "firstname")

        login = _get("login", UNSET)
        if type(login) is not str and login is not UNSET:
            login = _fields.read_string(login, "login")

        email = _get("email", UNSET)
        if type(email) is not str and email is not UNSET:
            email = _fields.read_string(email, "email")

        phone = _get("phone", UNSET)
        if type(phone) is not str and phone is not UNSET:
            phone = _fields.read_string(phone, "phone")

        information = _get("information", UNSET)
        if type(information) is not str and information is not UNSET:
            information = _fields.read_string(information, "information")

        access = _get("access", UNSET)
        if access is not UNSET:
            try:
                access = _models.DeprecatedGetLocationUsersResponse200ItemAccess.from_dict(access)
            except _FieldError as _error:
                raise _error.within("access")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.firstname = firstname
        _model.login = login
        _model.email = email
        _model.phone = phone
        _model.information = information
        _model.access = access
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not DeprecatedGetLocationUsersResponse200Item:
            _fields.init_added_fields(_model, DeprecatedGetLocationUsersResponse200Item)
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
