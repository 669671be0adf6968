from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetCommentsResponse200Item")


@_attrs_define
class GetCommentsResponse200Item:
    """
    Attributes:
        id (int | Unset): Comment ID
        salon_id (int | Unset): location ID
        type_ (float | Unset): 1 - comment to the team member, 0 - to the location
        master_id (int | Unset): Team Member ID if type = 1
        text (str | Unset): Comment text
        date (datetime.datetime | Unset): The date the comment was posted
        rating (str | Unset): Rating (from 1 to 5)
        user_id (int | Unset): ID of the user who left the comment
        user_name (str | Unset): Name of the user who left the comment
        user_avatar (str | Unset): Avatar of the user who left the comment
        record_id (int | Unset): ID of the post after which the review was left
    """

    id: int | Unset = UNSET
    salon_id: int | Unset = UNSET
    type_: float | Unset = UNSET
    master_id: int | Unset = UNSET
    text: str | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    rating: str | Unset = UNSET
    user_id: int | Unset = UNSET
    user_name: str | Unset = UNSET
    user_avatar: str | Unset = UNSET
    record_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        salon_id = self.salon_id

        type_ = self.type_

        master_id = self.master_id

        text = self.text

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        rating = self.rating

        user_id = self.user_id

        user_name = self.user_name

        user_avatar = self.user_avatar

        record_id = self.record_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if salon_id is not UNSET:
            field_dict["salon_id"] = salon_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if master_id is not UNSET:
            field_dict["master_id"] = master_id
        if text is not UNSET:
            field_dict["text"] = text
        if date is not UNSET:
            field_dict["date"] = date
        if rating is not UNSET:
            field_dict["rating"] = rating
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if user_name is not UNSET:
            field_dict["user_name"] = user_name
        if user_avatar is not UNSET:
            field_dict["user_avatar"] = user_avatar
        if record_id is not UNSET:
            field_dict["record_id"] = record_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        salon_id = d.pop("salon_id", UNSET)

        type_ = d.pop("type", UNSET)

        master_id = d.pop("master_id", UNSET)

        text = d.pop("text", UNSET)

        _date = d.pop("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = _timestamps.parse_datetime(_date)

        rating = d.pop("rating", UNSET)

        user_id = d.pop("user_id", UNSET)

        user_name = d.pop("user_name", UNSET)

        user_avatar = d.pop("user_avatar", UNSET)

        record_id = d.pop("record_id", UNSET)

        _model = cls(
            id=id,
            salon_id=salon_id,
            type_=type_,
            master_id=master_id,
            text=text,
            date=date,
            rating=rating,
            user_id=user_id,
            user_name=user_name,
            user_avatar=user_avatar,
            record_id=record_id,
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
