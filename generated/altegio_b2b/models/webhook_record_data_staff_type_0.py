from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_record_data_staff_type_0_position import WebhookRecordDataStaffType0Position


T = TypeVar("T", bound="WebhookRecordDataStaffType0")


@_attrs_define
class WebhookRecordDataStaffType0:
    """Assigned team member.

    Attributes:
        id (int | Unset):
        api_id (str | Unset):
        name (str | Unset):
        specialization (str | Unset):
        position (WebhookRecordDataStaffType0Position | Unset):
        avatar (str | Unset):
        avatar_big (str | Unset):
        rating (float | Unset):
        votes_count (int | Unset):
    """

    id: int | Unset = UNSET
    api_id: str | Unset = UNSET
    name: str | Unset = UNSET
    specialization: str | Unset = UNSET
    position: WebhookRecordDataStaffType0Position | Unset = UNSET
    avatar: str | Unset = UNSET
    avatar_big: str | Unset = UNSET
    rating: float | Unset = UNSET
    votes_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        api_id = self.api_id

        name = self.name

        specialization = self.specialization

        position: dict[str, Any] | Unset = UNSET
        if not isinstance(self.position, Unset):
            position = self.position.to_dict()

        avatar = self.avatar

        avatar_big = self.avatar_big

        rating = self.rating

        votes_count = self.votes_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if name is not UNSET:
            field_dict["name"] = name
        if specialization is not UNSET:
            field_dict["specialization"] = specialization
        if position is not UNSET:
            field_dict["position"] = position
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if avatar_big is not UNSET:
            field_dict["avatar_big"] = avatar_big
        if rating is not UNSET:
            field_dict["rating"] = rating
        if votes_count is not UNSET:
            field_dict["votes_count"] = votes_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_record_data_staff_type_0_position import WebhookRecordDataStaffType0Position  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        api_id = d.pop("api_id", UNSET)

        name = d.pop("name", UNSET)

        specialization = d.pop("specialization", UNSET)

        _position = d.pop("position", UNSET)
        position: WebhookRecordDataStaffType0Position | Unset
        if isinstance(_position, Unset):
            position = UNSET
        else:
            position = WebhookRecordDataStaffType0Position.from_dict(_position)

        avatar = d.pop("avatar", UNSET)

        avatar_big = d.pop("avatar_big", UNSET)

        rating = d.pop("rating", UNSET)

        votes_count = d.pop("votes_count", UNSET)

        _model = cls(
            id=id,
            api_id=api_id,
            name=name,
            specialization=specialization,
            position=position,
            avatar=avatar,
            avatar_big=avatar_big,
            rating=rating,
            votes_count=votes_count,
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
