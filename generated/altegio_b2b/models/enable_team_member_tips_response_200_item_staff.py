from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.enable_team_member_tips_response_200_item_staff_employee import (
        EnableTeamMemberTipsResponse200ItemStaffEmployee,
    )
    from ..models.enable_team_member_tips_response_200_item_staff_position import (
        EnableTeamMemberTipsResponse200ItemStaffPosition,
    )
    from ..models.enable_team_member_tips_response_200_item_staff_user import (
        EnableTeamMemberTipsResponse200ItemStaffUser,
    )


T = TypeVar("T", bound="EnableTeamMemberTipsResponse200ItemStaff")


@_attrs_define
class EnableTeamMemberTipsResponse200ItemStaff:
    """Team Member

    Attributes:
        id (int | Unset): team member ID
        name (str | Unset): Team Member name
        specialization (str | Unset): Specialization
        avatar (str | Unset): Path to team member profile picture
        employee (EnableTeamMemberTipsResponse200ItemStaffEmployee | Unset): team member
        user (EnableTeamMemberTipsResponse200ItemStaffUser | Unset): User
        position (EnableTeamMemberTipsResponse200ItemStaffPosition | Unset): Position
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    specialization: str | Unset = UNSET
    avatar: str | Unset = UNSET
    employee: EnableTeamMemberTipsResponse200ItemStaffEmployee | Unset = UNSET
    user: EnableTeamMemberTipsResponse200ItemStaffUser | Unset = UNSET
    position: EnableTeamMemberTipsResponse200ItemStaffPosition | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        specialization = self.specialization

        avatar = self.avatar

        employee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.employee, Unset):
            employee = self.employee.to_dict()

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        position: dict[str, Any] | Unset = UNSET
        if not isinstance(self.position, Unset):
            position = self.position.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if specialization is not UNSET:
            field_dict["specialization"] = specialization
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if employee is not UNSET:
            field_dict["employee"] = employee
        if user is not UNSET:
            field_dict["user"] = user
        if position is not UNSET:
            field_dict["position"] = position

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.enable_team_member_tips_response_200_item_staff_employee import (
            EnableTeamMemberTipsResponse200ItemStaffEmployee,  # noqa: PLC0415
        )
        from ..models.enable_team_member_tips_response_200_item_staff_position import (
            EnableTeamMemberTipsResponse200ItemStaffPosition,  # noqa: PLC0415
        )
        from ..models.enable_team_member_tips_response_200_item_staff_user import (
            EnableTeamMemberTipsResponse200ItemStaffUser,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        specialization = d.pop("specialization", UNSET)

        avatar = d.pop("avatar", UNSET)

        _employee = d.pop("employee", UNSET)
        employee: EnableTeamMemberTipsResponse200ItemStaffEmployee | Unset
        if isinstance(_employee, Unset):
            employee = UNSET
        else:
            employee = EnableTeamMemberTipsResponse200ItemStaffEmployee.from_dict(_employee)

        _user = d.pop("user", UNSET)
        user: EnableTeamMemberTipsResponse200ItemStaffUser | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = EnableTeamMemberTipsResponse200ItemStaffUser.from_dict(_user)

        _position = d.pop("position", UNSET)
        position: EnableTeamMemberTipsResponse200ItemStaffPosition | Unset
        if isinstance(_position, Unset):
            position = UNSET
        else:
            position = EnableTeamMemberTipsResponse200ItemStaffPosition.from_dict(_position)

        _model = cls(
            id=id,
            name=name,
            specialization=specialization,
            avatar=avatar,
            employee=employee,
            user=user,
            position=position,
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
