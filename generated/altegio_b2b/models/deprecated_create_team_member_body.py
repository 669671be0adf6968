from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeprecatedCreateTeamMemberBody")


@_attrs_define
class DeprecatedCreateTeamMemberBody:
    """Add new team member

    Attributes:
        api_id (str | Unset): External team member ID
        fired (float | Unset): the team member's dismissal status, 1 - dismissed, 0 - not dismissed
        has_access_timetable (bool | Unset): Whether the team member has access to the appointment calendar (can have
            working hours set). When `true`, the team member can be assigned schedules and appear in booking. When `false`
            (default for ne…
        hidden (float | Unset): Display status in online appointment, 1 - hidden, 0 - not hidden
        information (str | Unset): team member information (HTML format)
        is_included_in_payment_policy (bool | Unset): Whether the team member is included in the location''s active
            payment policy scope (optional). Toggling this field requires the `payment_policy_update_access` permission;
            otherwise the request fails…
        is_paid_staff (bool | Unset): Whether the team member is a paid staff member (optional)
        name (str | Unset): team member name
        specialization (str | Unset): team member specialization
        user_id (int | Unset): Linked user ID, 0 - unlink user
        weight (float | Unset): team member weight. team members are sorted by weight on exit, heavier first
    """

    api_id: str | Unset = UNSET
    fired: float | Unset = UNSET
    has_access_timetable: bool | Unset = UNSET
    hidden: float | Unset = UNSET
    information: str | Unset = UNSET
    is_included_in_payment_policy: bool | Unset = UNSET
    is_paid_staff: bool | Unset = UNSET
    name: str | Unset = UNSET
    specialization: str | Unset = UNSET
    user_id: int | Unset = UNSET
    weight: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_id = self.api_id

        fired = self.fired

        has_access_timetable = self.has_access_timetable

        hidden = self.hidden

        information = self.information

        is_included_in_payment_policy = self.is_included_in_payment_policy

        is_paid_staff = self.is_paid_staff

        name = self.name

        specialization = self.specialization

        user_id = self.user_id

        weight = self.weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if fired is not UNSET:
            field_dict["fired"] = fired
        if has_access_timetable is not UNSET:
            field_dict["has_access_timetable"] = has_access_timetable
        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        if information is not UNSET:
            field_dict["information"] = information
        if is_included_in_payment_policy is not UNSET:
            field_dict["is_included_in_payment_policy"] = is_included_in_payment_policy
        if is_paid_staff is not UNSET:
            field_dict["is_paid_staff"] = is_paid_staff
        if name is not UNSET:
            field_dict["name"] = name
        if specialization is not UNSET:
            field_dict["specialization"] = specialization
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if weight is not UNSET:
            field_dict["weight"] = weight

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_id = d.pop("api_id", UNSET)

        fired = d.pop("fired", UNSET)

        has_access_timetable = d.pop("has_access_timetable", UNSET)

        hidden = d.pop("hidden", UNSET)

        information = d.pop("information", UNSET)

        is_included_in_payment_policy = d.pop("is_included_in_payment_policy", UNSET)

        is_paid_staff = d.pop("is_paid_staff", UNSET)

        name = d.pop("name", UNSET)

        specialization = d.pop("specialization", UNSET)

        user_id = d.pop("user_id", UNSET)

        weight = d.pop("weight", UNSET)

        deprecated_create_team_member_body = cls(
            api_id=api_id,
            fired=fired,
            has_access_timetable=has_access_timetable,
            hidden=hidden,
            information=information,
            is_included_in_payment_policy=is_included_in_payment_policy,
            is_paid_staff=is_paid_staff,
            name=name,
            specialization=specialization,
            user_id=user_id,
            weight=weight,
        )

        deprecated_create_team_member_body.additional_properties = d
        return deprecated_create_team_member_body

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
