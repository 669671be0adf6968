from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateTeamMemberQuickBody")


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
        name = self.name

        specialization = self.specialization

        position_id: int | None
        position_id = self.position_id

        phone_number: None | str
        phone_number = self.phone_number

        user_email = self.user_email

        user_phone = self.user_phone

        is_user_invite = self.is_user_invite

        is_paid_staff = self.is_paid_staff

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "specialization": specialization,
                "position_id": position_id,
                "phone_number": phone_number,
                "user_email": user_email,
                "user_phone": user_phone,
                "is_user_invite": is_user_invite,
            }
        )
        if is_paid_staff is not UNSET:
            field_dict["is_paid_staff"] = is_paid_staff

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        specialization = d.pop("specialization")

        def _parse_position_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        position_id = _parse_position_id(d.pop("position_id"))

        def _parse_phone_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phone_number = _parse_phone_number(d.pop("phone_number"))

        user_email = d.pop("user_email")

        user_phone = d.pop("user_phone")

        is_user_invite = d.pop("is_user_invite")

        is_paid_staff = d.pop("is_paid_staff", UNSET)

        _model = cls(
            name=name,
            specialization=specialization,
            position_id=position_id,
            phone_number=phone_number,
            user_email=user_email,
            user_phone=user_phone,
            is_user_invite=is_user_invite,
            is_paid_staff=is_paid_staff,
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
