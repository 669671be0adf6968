from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateTeamMemberBody")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "name",
        "specialization",
        "weight",
        "information",
        "api_id",
        "hidden",
        "fired",
        "user_id",
        "has_access_timetable",
        "is_paid_staff",
        "is_included_in_payment_policy",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class UpdateTeamMemberBody:
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
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        name = self.name
        if type(name) is not str and name is not UNSET:
            name = _fields.write_string(name, "name")
        if name is not UNSET:
            field_dict["name"] = name

        specialization = self.specialization
        if type(specialization) is not str and specialization is not UNSET:
            specialization = _fields.write_string(specialization, "specialization")
        if specialization is not UNSET:
            field_dict["specialization"] = specialization

        weight = self.weight
        if weight is not UNSET:
            field_dict["weight"] = _fields.write_number(weight, "weight")

        information = self.information
        if type(information) is not str and information is not UNSET:
            information = _fields.write_string(information, "information")
        if information is not UNSET:
            field_dict["information"] = information

        api_id = self.api_id
        if type(api_id) is not str and api_id is not UNSET:
            api_id = _fields.write_string(api_id, "api_id")
        if api_id is not UNSET:
            field_dict["api_id"] = api_id

        hidden = self.hidden
        if hidden is not UNSET:
            field_dict["hidden"] = _fields.write_number(hidden, "hidden")

        fired = self.fired
        if fired is not UNSET:
            field_dict["fired"] = _fields.write_number(fired, "fired")

        user_id = self.user_id
        if type(user_id) is not int and user_id is not UNSET:
            user_id = _fields.write_integer(user_id, "user_id")
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        has_access_timetable = self.has_access_timetable
        if type(has_access_timetable) is not bool and has_access_timetable is not UNSET:
            has_access_timetable = _fields.write_boolean(has_access_timetable, "has_access_timetable")
        if has_access_timetable is not UNSET:
            field_dict["has_access_timetable"] = has_access_timetable

        is_paid_staff = self.is_paid_staff
        if type(is_paid_staff) is not bool and is_paid_staff is not UNSET:
            is_paid_staff = _fields.write_boolean(is_paid_staff, "is_paid_staff")
        if is_paid_staff is not UNSET:
            field_dict["is_paid_staff"] = is_paid_staff

        is_included_in_payment_policy = self.is_included_in_payment_policy
        if type(is_included_in_payment_policy) is not bool and is_included_in_payment_policy is not UNSET:
            is_included_in_payment_policy = _fields.write_boolean(
                is_included_in_payment_policy, "is_included_in_payment_policy"
            )
        if is_included_in_payment_policy is not UNSET:
            field_dict["is_included_in_payment_policy"] = is_included_in_payment_policy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        name = _get("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = _fields.read_string(name, "name")

        specialization = _get("specialization", UNSET)
        if type(specialization) is not str and specialization is not UNSET:
            specialization = _fields.read_string(specialization, "specialization")

        weight = _get("weight", UNSET)
        if type(weight) is not float and type(weight) is not int and weight is not UNSET:
            weight = _fields.read_number(weight, "weight")

        information = _get("information", UNSET)
        if type(information) is not str and information is not UNSET:
            information = _fields.read_string(information, "information")

        api_id = _get("api_id", UNSET)
        if type(api_id) is not str and api_id is not UNSET:
            api_id = _fields.read_string(api_id, "api_id")

        hidden = _get("hidden", UNSET)
        if type(hidden) is not float and type(hidden) is not int and hidden is not UNSET:
            hidden = _fields.read_number(hidden, "hidden")

        fired = _get("fired", UNSET)
        if type(fired) is not float and type(fired) is not int and fired is not UNSET:
            fired = _fields.read_number(fired, "fired")

        user_id = _get("user_id", UNSET)
        if type(user_id) is not int and user_id is not UNSET:
            user_id = _fields.read_integer(user_id, "user_id")

        has_access_timetable = _get("has_access_timetable", UNSET)
        if type(has_access_timetable) is not bool and has_access_timetable is not UNSET:
            has_access_timetable = _fields.read_boolean(has_access_timetable, "has_access_timetable")

        is_paid_staff = _get("is_paid_staff", UNSET)
        if type(is_paid_staff) is not bool and is_paid_staff is not UNSET:
            is_paid_staff = _fields.read_boolean(is_paid_staff, "is_paid_staff")

        is_included_in_payment_policy = _get("is_included_in_payment_policy", UNSET)
        if type(is_included_in_payment_policy) is not bool and is_included_in_payment_policy is not UNSET:
            is_included_in_payment_policy = _fields.read_boolean(
                is_included_in_payment_policy, "is_included_in_payment_policy"
            )

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.name = name
        _model.specialization = specialization
        _model.weight = weight
        _model.information = information
        _model.api_id = api_id
        _model.hidden = hidden
        _model.fired = fired
        _model.user_id = user_id
        _model.has_access_timetable = has_access_timetable
        _model.is_paid_staff = is_paid_staff
        _model.is_included_in_payment_policy = is_included_in_payment_policy
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not UpdateTeamMemberBody:
            _fields.init_added_fields(_model, UpdateTeamMemberBody)
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
