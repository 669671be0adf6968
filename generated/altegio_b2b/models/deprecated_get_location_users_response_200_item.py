from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deprecated_get_location_users_response_200_item_access import (
        DeprecatedGetLocationUsersResponse200ItemAccess,
    )


T = TypeVar("T", bound="DeprecatedGetLocationUsersResponse200Item")


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
        id = self.id

        firstname = self.firstname

        login = self.login

        email = self.email

        phone = self.phone

        information = self.information

        access: dict[str, Any] | Unset = UNSET
        if not isinstance(self.access, Unset):
            access = self.access.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if firstname is not UNSET:
            field_dict["firstname"] = firstname
        if login is not UNSET:
            field_dict["login"] = login
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if information is not UNSET:
            field_dict["information"] = information
        if access is not UNSET:
            field_dict["access"] = access

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deprecated_get_location_users_response_200_item_access import (
            DeprecatedGetLocationUsersResponse200ItemAccess,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        firstname = d.pop("firstname", UNSET)

        login = d.pop("login", UNSET)

        email = d.pop("email", UNSET)

        phone = d.pop("phone", UNSET)

        information = d.pop("information", UNSET)

        _access = d.pop("access", UNSET)
        access: DeprecatedGetLocationUsersResponse200ItemAccess | Unset
        if isinstance(_access, Unset):
            access = UNSET
        else:
            access = DeprecatedGetLocationUsersResponse200ItemAccess.from_dict(_access)

        _model = cls(
            id=id,
            firstname=firstname,
            login=login,
            email=email,
            phone=phone,
            information=information,
            access=access,
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
