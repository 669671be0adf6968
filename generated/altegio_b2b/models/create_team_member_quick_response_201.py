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
    from ..models.object_of_model_position import ObjectOfModelPosition


T = TypeVar("T", bound="CreateTeamMemberQuickResponse201")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "company_id",
        "specialization",
        "avatar",
        "avatar_big",
        "position",
        "is_paid_staff",
    }
)
_EXTRA = _fields.ANY


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
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        name = self.name
        if type(name) is not str and name is not UNSET:
            name = _fields.write_string(name, "name")
        if name is not UNSET:
            field_dict["name"] = name

        company_id = self.company_id
        if type(company_id) is not int and company_id is not UNSET:
            company_id = _fields.write_integer(company_id, "company_id")
        if company_id is not UNSET:
            field_dict["company_id"] = company_id

        specialization = self.specialization
        if type(specialization) is not str and specialization is not UNSET:
            specialization = _fields.write_string(specialization, "specialization")
        if specialization is not UNSET:
            field_dict["specialization"] = specialization

        avatar = self.avatar
        if type(avatar) is not str and avatar is not UNSET:
            avatar = _fields.write_string(avatar, "avatar")
        if avatar is not UNSET:
            field_dict["avatar"] = avatar

        avatar_big = self.avatar_big
        if type(avatar_big) is not str and avatar_big is not UNSET:
            avatar_big = _fields.write_string(avatar_big, "avatar_big")
        if avatar_big is not UNSET:
            field_dict["avatar_big"] = avatar_big

        position = self.position
        if position is not UNSET:
            field_dict["position"] = _fields.write_model(position, _models.ObjectOfModelPosition, "position")

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
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _fields.read_integer(id, "id")

        name = _get("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = _fields.read_string(name, "name")

        company_id = _get("company_id", UNSET)
        if type(company_id) is not int and company_id is not UNSET:
            company_id = _fields.read_integer(company_id, "company_id")

        specialization = _get("specialization", UNSET)
        if type(specialization) is not str and specialization is not UNSET:
            specialization = _fields.read_string(specialization, "specialization")

        avatar = _get("avatar", UNSET)
        if type(avatar) is not str and avatar is not UNSET:
            avatar = _fields.read_string(avatar, "avatar")

        avatar_big = _get("avatar_big", UNSET)
        if type(avatar_big) is not str and avatar_big is not UNSET:
            avatar_big = _fields.read_string(avatar_big, "avatar_big")

        position = _get("position", UNSET)
        if position is not UNSET:
            try:
                position = _models.ObjectOfModelPosition.from_dict(position)
            except _FieldError as _error:
                raise _error.within("position")

        is_paid_staff = _get("is_paid_staff", UNSET)
        if type(is_paid_staff) is not bool and is_paid_staff is not UNSET:
            is_paid_staff = _fields.read_boolean(is_paid_staff, "is_paid_staff")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.name = name
        _model.company_id = company_id
        _model.specialization = specialization
        _model.avatar = avatar
        _model.avatar_big = avatar_big
        _model.position = position
        _model.is_paid_staff = is_paid_staff
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not CreateTeamMemberQuickResponse201:
            _fields.init_added_fields(_model, CreateTeamMemberQuickResponse201)
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
