from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_team_member_response_200_item_position_type_0 import GetTeamMemberResponse200ItemPositionType0


T = TypeVar("T", bound="GetTeamMemberResponse200Item")


@_attrs_define
class GetTeamMemberResponse200Item:
    """Team member data object

    Attributes:
        id (int | Unset): team member ID
        name (str | Unset): team member name
        company_id (int | Unset): location ID
        specialization (str | Unset): team member specialization
        position (GetTeamMemberResponse200ItemPositionType0 | list[Any] | None | Unset): Team member's position (object
            when assigned, null or empty array when unassigned)
        avatar (str | Unset): Path to team member avatar file
        avatar_big (str | Unset): The path to the team member's avatar file in a higher resolution
        fired (float | Unset): Whether the team member was fired, 1 - fired, 0 - not fired
        status (float | Unset): Is the team member removed, 1 - removed, 0 - not removed
        hidden (float | Unset): Whether the team member is hidden for online appointment, 1 - hidden, 0 - not hidden
        user_id (int | None | Unset): team member's linked user ID
        is_paid_staff (bool | Unset): Whether the team member is a paid staff member counted in license price
        is_included_in_payment_policy (bool | Unset): Whether the team member is included in the location''s active
            payment policy scope.

            Always returned. Defaults to `true` when the `payment_policy` feature is disabled for the location or no active
            payment policy exists.
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    company_id: int | Unset = UNSET
    specialization: str | Unset = UNSET
    position: GetTeamMemberResponse200ItemPositionType0 | list[Any] | None | Unset = UNSET
    avatar: str | Unset = UNSET
    avatar_big: str | Unset = UNSET
    fired: float | Unset = UNSET
    status: float | Unset = UNSET
    hidden: float | Unset = UNSET
    user_id: int | None | Unset = UNSET
    is_paid_staff: bool | Unset = UNSET
    is_included_in_payment_policy: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.get_team_member_response_200_item_position_type_0 import GetTeamMemberResponse200ItemPositionType0  # noqa: PLC0415

        id = self.id

        name = self.name

        company_id = self.company_id

        specialization = self.specialization

        position: dict[str, Any] | list[Any] | None | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        elif isinstance(self.position, GetTeamMemberResponse200ItemPositionType0):
            position = self.position.to_dict()
        elif isinstance(self.position, list):
            position = self.position

        else:
            position = self.position

        avatar = self.avatar

        avatar_big = self.avatar_big

        fired = self.fired

        status = self.status

        hidden = self.hidden

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        is_paid_staff = self.is_paid_staff

        is_included_in_payment_policy = self.is_included_in_payment_policy

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
        if position is not UNSET:
            field_dict["position"] = position
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if avatar_big is not UNSET:
            field_dict["avatar_big"] = avatar_big
        if fired is not UNSET:
            field_dict["fired"] = fired
        if status is not UNSET:
            field_dict["status"] = status
        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if is_paid_staff is not UNSET:
            field_dict["is_paid_staff"] = is_paid_staff
        if is_included_in_payment_policy is not UNSET:
            field_dict["is_included_in_payment_policy"] = is_included_in_payment_policy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_team_member_response_200_item_position_type_0 import GetTeamMemberResponse200ItemPositionType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        company_id = d.pop("company_id", UNSET)

        specialization = d.pop("specialization", UNSET)

        def _parse_position(data: object) -> GetTeamMemberResponse200ItemPositionType0 | list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                position_type_0 = GetTeamMemberResponse200ItemPositionType0.from_dict(data)

                return position_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                position_type_1 = cast(list[Any], data)

                return position_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetTeamMemberResponse200ItemPositionType0 | list[Any] | None | Unset, data)

        position = _parse_position(d.pop("position", UNSET))

        avatar = d.pop("avatar", UNSET)

        avatar_big = d.pop("avatar_big", UNSET)

        fired = d.pop("fired", UNSET)

        status = d.pop("status", UNSET)

        hidden = d.pop("hidden", UNSET)

        def _parse_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        is_paid_staff = d.pop("is_paid_staff", UNSET)

        is_included_in_payment_policy = d.pop("is_included_in_payment_policy", UNSET)

        _model = cls(
            id=id,
            name=name,
            company_id=company_id,
            specialization=specialization,
            position=position,
            avatar=avatar,
            avatar_big=avatar_big,
            fired=fired,
            status=status,
            hidden=hidden,
            user_id=user_id,
            is_paid_staff=is_paid_staff,
            is_included_in_payment_policy=is_included_in_payment_policy,
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
