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

    Example:
        {'name': 'Basil', 'specialization': 'the hairdresser', 'weight': 10, 'information': 'Trimming with three hands',
            'api_id': '42', 'hidden': 0, 'fired': 0, 'user_id': 123, 'has_access_timetable': True, 'is_paid_staff': False,
            'is_included_in_payment_policy': True}

    Attributes:
        name (str | Unset): team member name
        specialization (str | Unset): team member specialization
        weight (float | Unset): team member weight. team members are sorted by weight on exit, heavier first
        information (str | Unset): team member information (HTML format)
        api_id (str | Unset): External team member ID
        hidden (float | Unset): Display status in online appointment, 1 - hidden, 0 - not hidden
        fired (float | Unset): the team member's dismissal status, 1 - dismissed, 0 - not dismissed
        user_id (int | Unset): Linked user ID, 0 - unlink user
        has_access_timetable (bool | Unset): Whether the team member has access to the appointment calendar (can have
            working hours set).

            When `true`, the team member can be assigned schedules and appear in booking.
            When `false` (default for new team members), schedule-related operations will fail.

            **Note:** This may be limited by your subscription plan.
             Example: True.
        is_paid_staff (bool | Unset): Whether the team member is a paid staff member (optional)
        is_included_in_payment_policy (bool | Unset): Whether the team member is included in the location''s active
            payment policy scope (optional).

            Toggling this field requires the `payment_policy_update_access` permission; otherwise the request fails with
            403.
            The field is silently ignored when the `payment_policy` feature is disabled for the location or no active
            payment policy exists.
    """

    name: str | Unset = UNSET
    specialization: str | Unset = UNSET
    weight: float | Unset = UNSET
    information: str | Unset = UNSET
    api_id: str | Unset = UNSET
    hidden: float | Unset = UNSET
    fired: float | Unset = UNSET
    user_id: int | Unset = UNSET
    has_access_timetable: bool | Unset = UNSET
    is_paid_staff: bool | Unset = UNSET
    is_included_in_payment_policy: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        specialization = self.specialization

        weight = self.weight

        information = self.information

        api_id = self.api_id

        hidden = self.hidden

        fired = self.fired

        user_id = self.user_id

        has_access_timetable = self.has_access_timetable

        is_paid_staff = self.is_paid_staff

        is_included_in_payment_policy = self.is_included_in_payment_policy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if specialization is not UNSET:
            field_dict["specialization"] = specialization
        if weight is not UNSET:
            field_dict["weight"] = weight
        if information is not UNSET:
            field_dict["information"] = information
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        if fired is not UNSET:
            field_dict["fired"] = fired
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if has_access_timetable is not UNSET:
            field_dict["has_access_timetable"] = has_access_timetable
        if is_paid_staff is not UNSET:
            field_dict["is_paid_staff"] = is_paid_staff
        if is_included_in_payment_policy is not UNSET:
            field_dict["is_included_in_payment_policy"] = is_included_in_payment_policy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        specialization = d.pop("specialization", UNSET)

        weight = d.pop("weight", UNSET)

        information = d.pop("information", UNSET)

        api_id = d.pop("api_id", UNSET)

        hidden = d.pop("hidden", UNSET)

        fired = d.pop("fired", UNSET)

        user_id = d.pop("user_id", UNSET)

        has_access_timetable = d.pop("has_access_timetable", UNSET)

        is_paid_staff = d.pop("is_paid_staff", UNSET)

        is_included_in_payment_policy = d.pop("is_included_in_payment_policy", UNSET)

        _model = cls(
            name=name,
            specialization=specialization,
            weight=weight,
            information=information,
            api_id=api_id,
            hidden=hidden,
            fired=fired,
            user_id=user_id,
            has_access_timetable=has_access_timetable,
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
