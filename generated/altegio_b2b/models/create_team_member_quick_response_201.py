from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.object_of_model_position import ObjectOfModelPosition


T = TypeVar("T", bound="CreateTeamMemberQuickResponse201")


@_attrs_define
class CreateTeamMemberQuickResponse201:
    """
    Example:
        {'id': 123, 'name': 'John Johnson', 'company_id': 123, 'specialization': 'Master', 'avatar':
            'https://app.alteg.io/images/no-master-sm.png', 'avatar_big': 'https://app.alteg.io/images/no-master.png',
            'position': {'id': 123, 'title': 'Position'}, 'is_paid_staff': False}

    Attributes:
        id (int | Unset): ID of a team member.
        name (str | Unset): Name of a team member.
        company_id (int | Unset): ID of a location, where team member was created.
        specialization (str | Unset): Specialization of a team member.
        avatar (str | Unset): Link to the avatar of a team member (small).
        avatar_big (str | Unset): Link to the avatar of a team member (original).
        position (ObjectOfModelPosition | Unset): Data for an existing position in a chain. Example: {'id': 123,
            'title': 'Position'}.
        is_paid_staff (bool | Unset): Whether the team member is a paid staff member counted in license price.
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    company_id: int | Unset = UNSET
    specialization: str | Unset = UNSET
    avatar: str | Unset = UNSET
    avatar_big: str | Unset = UNSET
    position: ObjectOfModelPosition | Unset = UNSET
    is_paid_staff: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        company_id = self.company_id

        specialization = self.specialization

        avatar = self.avatar

        avatar_big = self.avatar_big

        position: dict[str, Any] | Unset = UNSET
        if not isinstance(self.position, Unset):
            position = self.position.to_dict()

        is_paid_staff = self.is_paid_staff

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if specialization is not UNSET:
            field_dict["specialization"] = specialization
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if avatar_big is not UNSET:
            field_dict["avatar_big"] = avatar_big
        if position is not UNSET:
            field_dict["position"] = position
        if is_paid_staff is not UNSET:
            field_dict["is_paid_staff"] = is_paid_staff

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.object_of_model_position import ObjectOfModelPosition  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        company_id = d.pop("company_id", UNSET)

        specialization = d.pop("specialization", UNSET)

        avatar = d.pop("avatar", UNSET)

        avatar_big = d.pop("avatar_big", UNSET)

        _position = d.pop("position", UNSET)
        position: ObjectOfModelPosition | Unset
        if isinstance(_position, Unset):
            position = UNSET
        else:
            position = ObjectOfModelPosition.from_dict(_position)

        is_paid_staff = d.pop("is_paid_staff", UNSET)

        _model = cls(
            id=id,
            name=name,
            company_id=company_id,
            specialization=specialization,
            avatar=avatar,
            avatar_big=avatar_big,
            position=position,
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
