from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.disable_team_member_tips_response_200_item_staff import DisableTeamMemberTipsResponse200ItemStaff


T = TypeVar("T", bound="DisableTeamMemberTipsResponse200Item")


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
        id = self.id

        location_id = self.location_id

        staff_id = self.staff_id

        hash_ = self.hash_

        status = self.status

        status_title = self.status_title

        is_enabled = self.is_enabled

        landing_external = self.landing_external

        master_tips_form_link = self.master_tips_form_link

        invite_sms_sent = self.invite_sms_sent

        staff: dict[str, Any] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = self.staff.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if location_id is not UNSET:
            field_dict["location_id"] = location_id
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if hash_ is not UNSET:
            field_dict["hash"] = hash_
        if status is not UNSET:
            field_dict["status"] = status
        if status_title is not UNSET:
            field_dict["status_title"] = status_title
        if is_enabled is not UNSET:
            field_dict["is_enabled"] = is_enabled
        if landing_external is not UNSET:
            field_dict["landing_external"] = landing_external
        if master_tips_form_link is not UNSET:
            field_dict["master_tips_form_link"] = master_tips_form_link
        if invite_sms_sent is not UNSET:
            field_dict["invite_sms_sent"] = invite_sms_sent
        if staff is not UNSET:
            field_dict["staff"] = staff

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.disable_team_member_tips_response_200_item_staff import DisableTeamMemberTipsResponse200ItemStaff  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        location_id = d.pop("location_id", UNSET)

        staff_id = d.pop("staff_id", UNSET)

        hash_ = d.pop("hash", UNSET)

        status = d.pop("status", UNSET)

        status_title = d.pop("status_title", UNSET)

        is_enabled = d.pop("is_enabled", UNSET)

        landing_external = d.pop("landing_external", UNSET)

        master_tips_form_link = d.pop("master_tips_form_link", UNSET)

        invite_sms_sent = d.pop("invite_sms_sent", UNSET)

        _staff = d.pop("staff", UNSET)
        staff: DisableTeamMemberTipsResponse200ItemStaff | Unset
        if isinstance(_staff, Unset):
            staff = UNSET
        else:
            staff = DisableTeamMemberTipsResponse200ItemStaff.from_dict(_staff)

        _model = cls(
            id=id,
            location_id=location_id,
            staff_id=staff_id,
            hash_=hash_,
            status=status,
            status_title=status_title,
            is_enabled=is_enabled,
            landing_external=landing_external,
            master_tips_form_link=master_tips_form_link,
            invite_sms_sent=invite_sms_sent,
            staff=staff,
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
