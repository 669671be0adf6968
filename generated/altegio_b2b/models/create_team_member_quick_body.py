from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateTeamMemberQuickBody")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "name",
        "specialization",
        "position_id",
        "phone_number",
        "user_email",
        "user_phone",
        "is_user_invite",
        "is_paid_staff",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class CreateTeamMemberQuickBody:
    """
    Attributes:
        name (str): Name of a team member. Example: John Johnson.
        specialization (str): Specialization of a team member. Example: Cosmetologist.
        position_id (int | None): ID of a position that should be linked to a team member. Example: 123.
        phone_number (None | str): Phone number of a user that should be linked to a team member (without "+", 9 to 15
            digits). Example: 11234567890.
        user_email (str): Email address of the user to be created or linked to the team member. Example:
            john.johnson@example.com.
        user_phone (str): User phone number (without "+", 9 to 15 digits). Can be the same as phone_number or different
            for user account login. Example: 11234567890.
        is_user_invite (bool): Whether to send an invitation email to the user. Set to true to send invitation, false to
            create without sending invitation. Example: False.
        is_paid_staff (bool | Unset): Whether the team member is a paid staff member. Example: False.
    """

    name: str
    specialization: str
    position_id: int | None
    phone_number: None | str
    user_email: str
    user_phone: str
    is_user_invite: bool
    is_paid_staff: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        name = self.name
        if type(name) is not str:
            name = _fields.write_string(name, "name")
        field_dict["name"] = name

        specialization = self.specialization
        if type(specialization) is not str:
            specialization = _fields.write_string(specialization, "specialization")
        field_dict["specialization"] = specialization

        position_id = self.position_id
        if type(position_id) is not int and position_id is not None:
            position_id = _fields.write_integer(position_id, "position_id")
        field_dict["position_id"] = position_id

        phone_number = self.phone_number
        if type(phone_number) is not str and phone_number is not None:
            phone_number = _fields.write_string(phone_number, "phone_number")
        field_dict["phone_number"] = phone_number

        user_email = self.user_email
        if type(user_email) is not str:
            user_email = _fields.write_string(user_email, "user_email")
        field_dict["user_email"] = user_email

        user_phone = self.user_phone
        if type(user_phone) is not str:
            user_phone = _fields.write_string(user_phone, "user_phone")
        field_dict["user_phone"] = user_phone

        is_user_invite = self.is_user_invite
        if type(is_user_invite) is not bool:
            is_user_invite = _fields.write_boolean(is_user_invite, "is_user_invite")
        field_dict["is_user_invite"] = is_user_invite

        is_paid_staff = self.is_paid_staff
        if type(is_paid_staff) is not bool and is_paid_staff is not UNSET:
            is_paid_staff = _fields.write_boolean(is_paid_staff, "is_paid_staff")
        if is_paid_staff is not UNSET:
            field_dict["is_paid_staff"] = is_paid_staff

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        name = _get("name", UNSET)
        if type(name) is not str:
            name = _fields.read_string(name, "name")

        specialization = _get("specialization", UNSET)
        if type(specialization) is not str:
            specialization = _fields.read_string(specialization, "specialization")

        position_id = _get("position_id", UNSET)
        if type(position_id) is not int and position_id is not None:
            position_id = _fields.read_integer(position_id, "position_id")

        phone_number = _get("phone_number", UNSET)
        if type(phone_number) is not str and phone_number is not None:
            phone_number = _fields.read_string(phone_number, "phone_number")

        user_email = _get("user_email", UNSET)
        if type(user_email) is not str:
            user_email = _fields.read_string(user_email, "user_email")

        user_phone = _get("user_phone", UNSET)
        if type(user_phone) is not str:
            user_phone = _fields.read_string(user_phone, "user_phone")

        is_user_invite = _get("is_user_invite", UNSET)
        if type(is_user_invite) is not bool:
            is_user_invite = _fields.read_boolean(is_user_invite, "is_user_invite")

        is_paid_staff = _get("is_paid_staff", UNSET)
        if type(is_paid_staff) is not bool and is_paid_staff is not UNSET:
            is_paid_staff = _fields.read_boolean(is_paid_staff, "is_paid_staff")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.name = name
        _model.specialization = specialization
        _model.position_id = position_id
        _model.phone_number = phone_number
        _model.user_email = user_email
        _model.user_phone = user_phone
        _model.is_user_invite = is_user_invite
        _model.is_paid_staff = is_paid_staff
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not CreateTeamMemberQuickBody:
            _fields.init_added_fields(_model, CreateTeamMemberQuickBody)
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
