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
    from ..models.disable_team_member_tips_response_200_item_staff import DisableTeamMemberTipsResponse200ItemStaff


T = TypeVar("T", bound="DisableTeamMemberTipsResponse200Item")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "location_id",
        "staff_id",
        "hash",
        "status",
        "status_title",
        "is_enabled",
        "landing_external",
        "master_tips_form_link",
        "invite_sms_sent",
        "staff",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class DisableTeamMemberTipsResponse200Item:
    """
    Attributes:
        id (int | Unset): Setting ID
        location_id (int | Unset):
        staff_id (int | Unset): team member ID
        hash_ (str | Unset): Hash token
        status (float | Unset): Setting status
        status_title (str | Unset): Status name
        is_enabled (bool | Unset): Is tip setting enabled
        landing_external (str | Unset):
        master_tips_form_link (str | Unset): Link to the page where you can leave a tip to the team member
        invite_sms_sent (bool | Unset):
        staff (DisableTeamMemberTipsResponse200ItemStaff | Unset): Team Member
    """

    id: int | Unset = UNSET
    location_id: int | Unset = UNSET
    staff_id: int | Unset = UNSET
    hash_: str | Unset = UNSET
    status: float | Unset = UNSET
    status_title: str | Unset = UNSET
    is_enabled: bool | Unset = UNSET
    landing_external: str | Unset = UNSET
    master_tips_form_link: str | Unset = UNSET
    invite_sms_sent: bool | Unset = UNSET
    staff: DisableTeamMemberTipsResponse200ItemStaff | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        location_id = self.location_id
        if type(location_id) is not int and location_id is not UNSET:
            location_id = _fields.write_integer(location_id, "location_id")
        if location_id is not UNSET:
            field_dict["location_id"] = location_id

        staff_id = self.staff_id
        if type(staff_id) is not int and staff_id is not UNSET:
            staff_id = _fields.write_integer(staff_id, "staff_id")
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id

        hash_ = self.hash_
        if type(hash_) is not str and hash_ is not UNSET:
            hash_ = _fields.write_string(hash_, "hash_")
        if hash_ is not UNSET:
            field_dict["hash"] = hash_

        status = self.status
        if status is not UNSET:
            field_dict["status"] = _fields.write_number(status, "status")

        status_title = self.status_title
        if type(status_title) is not str and status_title is not UNSET:
            status_title = _fields.write_string(status_title, "status_title")
        if status_title is not UNSET:
            field_dict["status_title"] = status_title

        is_enabled = self.is_enabled
        if type(is_enabled) is not bool and is_enabled is not UNSET:
            is_enabled = _fields.write_boolean(is_enabled, "is_enabled")
        if is_enabled is not UNSET:
            field_dict["is_enabled"] = is_enabled

        landing_external = self.landing_external
        if type(landing_external) is not str and landing_external is not UNSET:
            landing_external = _fields.write_string(landing_external, "landing_external")
        if landing_external is not UNSET:
            field_dict["landing_external"] = landing_external

        master_tips_form_link = self.master_tips_form_link
        if type(master_tips_form_link) is not str and master_tips_form_link is not UNSET:
            master_tips_form_link = _fields.write_string(master_tips_form_link, "master_tips_form_link")
        if master_tips_form_link is not UNSET:
            field_dict["master_tips_form_link"] = master_tips_form_link

        invite_sms_sent = self.invite_sms_sent
        if type(invite_sms_sent) is not bool and invite_sms_sent is not UNSET:
            invite_sms_sent = _fields.write_boolean(invite_sms_sent, "invite_sms_sent")
        if invite_sms_sent is not UNSET:
            field_dict["invite_sms_sent"] = invite_sms_sent

        staff = self.staff
        if staff is not UNSET:
            field_dict["staff"] = _fields.write_model(staff, _models.DisableTeamMemberTipsResponse200ItemStaff, "staff")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _fields.read_integer(id, "id")

        location_id = _get("location_id", UNSET)
        if type(location_id) is not int and location_id is not UNSET:
            location_id = _fields.read_integer(location_id, "location_id")

        staff_id = _get("staff_id", UNSET)
        if type(staff_id) is not int and staff_id is not UNSET:
            staff_id = _fields.read_integer(staff_id, "staff_id")

        hash_ = _get("hash", UNSET)
        if type(hash_) is not str and hash_ is not UNSET:
            hash_ = _fields.read_string(hash_, "hash")

        status = _get("status", UNSET)
        if type(status) is not float and type(status) is not int and status is not UNSET:
            status = _fields.read_number(status, "status")

        status_title = _get("status_title", UNSET)
        if type(status_title) is not str and status_title is not UNSET:
            status_title = _fields.read_string(status_title, "status_title")

        is_enabled = _get("is_enabled", UNSET)
        if type(is_enabled) is not bool and is_enabled is not UNSET:
            is_enabled = _fields.read_boolean(is_enabled, "is_enabled")

        landing_external = _get("landing_external", UNSET)
        if type(landing_external) is not str and landing_external is not UNSET:
            landing_external = _fields.read_string(landing_external, "landing_external")

        master_tips_form_link = _get("master_tips_form_link", UNSET)
        if type(master_tips_form_link) is not str and master_tips_form_link is not UNSET:
            master_tips_form_link = _fields.read_string(master_tips_form_link, "master_tips_form_link")

        invite_sms_sent = _get("invite_sms_sent", UNSET)
        if type(invite_sms_sent) is not bool and invite_sms_sent is not UNSET:
            invite_sms_sent = _fields.read_boolean(invite_sms_sent, "invite_sms_sent")

        staff = _get("staff", UNSET)
        if staff is not UNSET:
            try:
                staff = _models.DisableTeamMemberTipsResponse200ItemStaff.from_dict(staff)
            except _FieldError as _error:
                raise _error.within("staff")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.location_id = location_id
        _model.staff_id = staff_id
        _model.hash_ = hash_
        _model.status = status
        _model.status_title = status_title
        _model.is_enabled = is_enabled
        _model.landing_external = landing_external
        _model.master_tips_form_link = master_tips_form_link
        _model.invite_sms_sent = invite_sms_sent
        _model.staff = staff
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not DisableTeamMemberTipsResponse200Item:
            _fields.init_added_fields(_model, DisableTeamMemberTipsResponse200Item)
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
