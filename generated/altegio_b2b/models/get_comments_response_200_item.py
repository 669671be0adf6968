from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetCommentsResponse200Item")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "salon_id",
        "type",
        "master_id",
        "text",
        "date",
        "rating",
        "user_id",
        "user_name",
        "user_avatar",
        "record_id",
    }
)
_EXTRA = _fields.ANY


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
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        salon_id = self.salon_id
        if type(salon_id) is not int and salon_id is not UNSET:
            salon_id = _fields.write_integer(salon_id, "salon_id")
        if salon_id is not UNSET:
            field_dict["salon_id"] = salon_id

        type_ = self.type_
        if type_ is not UNSET:
            field_dict["type"] = _fields.write_number(type_, "type_")

        master_id = self.master_id
        if type(master_id) is not int and master_id is not UNSET:
            master_id = _fields.write_integer(master_id, "master_id")
        if master_id is not UNSET:
            field_dict["master_id"] = master_id

        text = self.text
        if type(text) is not str and text is not UNSET:
            text = _fields.write_string(text, "text")
        if text is not UNSET:
            field_dict["text"] = text

        date = self.date
        if date is not UNSET:
            field_dict["date"] = _fields.write_datetime(date, "date")

        rating = self.rating
        if type(rating) is not str and rating is not UNSET:
            rating = _fields.write_string(rating, "rating")
        if rating is not UNSET:
            field_dict["rating"] = rating

        user_id = self.user_id
        if type(user_id) is not int and user_id is not UNSET:
            user_id = _fields.write_integer(user_id, "user_id")
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        user_name = self.user_name
        if type(user_name) is not str and user_name is not UNSET:
            user_name = _fields.write_string(user_name, "user_name")
        if user_name is not UNSET:
            field_dict["user_name"] = user_name

        user_avatar = self.user_avatar
        if type(user_avatar) is not str and user_avatar is not UNSET:
            user_avatar = _fields.write_string(user_avatar, "user_avatar")
        if user_avatar is not UNSET:
            field_dict["user_avatar"] = user_avatar

        record_id = self.record_id
        if type(record_id) is not int and record_id is not UNSET:
            record_id = _fields.write_integer(record_id, "record_id")
        if record_id is not UNSET:
            field_dict["record_id"] = record_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _fields.read_integer(id, "id")

        salon_id = _get("salon_id", UNSET)
        if type(salon_id) is not int and salon_id is not UNSET:
            salon_id = _fields.read_integer(salon_id, "salon_id")

        type_ = _get("type", UNSET)
        if type(type_) is not float and type(type_) is not int and type_ is not UNSET:
            type_ = _fields.read_number(type_, "type")

        master_id = _get("master_id", UNSET)
        if type(master_id) is not int and master_id is not UNSET:
            master_id = _fields.read_integer(master_id, "master_id")

        text = _get("text", UNSET)
        if type(text) is not str and text is not UNSET:
            text = _fields.read_string(text, "text")

        date = _get("date", UNSET)
        if date is not UNSET:
            try:
                date = _fields.datetime_fromisoformat(date)
            except (TypeError, ValueError):
                date = _fields.read_datetime(date, "date")

        rating = _get("rating", UNSET)
        if type(rating) is not str and rating is not UNSET:
            rating = _fields.read_string(rating, "rating")

        user_id = _get("user_id", UNSET)
        if type(user_id) is not int and user_id is not UNSET:
            user_id = _fields.read_integer(user_id, "user_id")

        user_name = _get("user_name", UNSET)
        if type(user_name) is not str and user_name is not UNSET:
            user_name = _fields.read_string(user_name, "user_name")

        user_avatar = _get("user_avatar", UNSET)
        if type(user_avatar) is not str and user_avatar is not UNSET:
            user_avatar = _fields.read_string(user_avatar, "user_avatar")

        record_id = _get("record_id", UNSET)
        if type(record_id) is not int and record_id is not UNSET:
            record_id = _fields.read_integer(record_id, "record_id")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.salon_id = salon_id
        _model.type_ = type_
        _model.master_id = master_id
        _model.text = text
        _model.date = date
        _model.rating = rating
        _model.user_id = user_id
        _model.user_name = user_name
        _model.user_avatar = user_avatar
        _model.record_id = record_id
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetCommentsResponse200Item:
            _fields.init_added_fields(_model, GetCommentsResponse200Item)
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
