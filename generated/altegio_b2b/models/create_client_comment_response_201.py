from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._runtime import fields as _fields
from .._runtime.errors import FieldError as _FieldError
from ..models.create_client_comment_response_201_type import CreateClientCommentResponse201Type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.object_of_model_file_in_a_client_details import ObjectOfModelFileInAClientDetails
    from ..models.object_of_model_user_with_name_and_avatar import ObjectOfModelUserWithNameAndAvatar


T = TypeVar("T", bound="CreateClientCommentResponse201")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "create_date",
        "update_date",
        "type",
        "text",
        "files",
        "user",
    }
)
_EXTRA = _fields.ANY
_KIND_type_ = _fields.EnumOf("CreateClientCommentResponse201Type", _fields.STRING)
_KIND_files = _fields.ListOf(_fields.Model("ObjectOfModelFileInAClientDetails"))


@_attrs_define
class CreateClientCommentResponse201:
    """Data for an existing comment for a client.

    Example:
        {'id': 123, 'create_date': '2026-01-01T12:12:12-05:00', 'update_date': '2026-01-01T12:12:12-05:00', 'type':
            'default', 'text': 'Comment for a client', 'files': [], 'user': {'id': 123, 'name': 'John Johnson', 'avatar':
            'https://api.alteg.io/images/avatar.png'}}

    Attributes:
        id (int | Unset): ID of a comment for a client.
        create_date (datetime.datetime | Unset): Datetime of a comment for a client created.
        update_date (datetime.datetime | Unset): Datetime of a comment for a client last updated.
        type_ (CreateClientCommentResponse201Type | Unset): Type of a comment for a client:
            `default`: - text comment;
            `file`: - uploaded file.
        text (str | Unset): Text of a comment for a client (`type` = "default", for `type` = "file" the text is returned
            empty).
        files (list[ObjectOfModelFileInAClientDetails] | Unset): Files in a client details that triggered the comment
            creation (`type` = "file", for `type` = "default" the files array is returned empty).
        user (ObjectOfModelUserWithNameAndAvatar | Unset): Data for an existing user. Example: {'id': 123, 'name': 'John
            Johnson', 'avatar': 'https://api.alteg.io/images/avatar.png'}.
    """

    id: int | Unset = UNSET
    create_date: datetime.datetime | Unset = UNSET
    update_date: datetime.datetime | Unset = UNSET
    type_: CreateClientCommentResponse201Type | Unset = UNSET
    text: str | Unset = UNSET
    files: list[ObjectOfModelFileInAClientDetails] | Unset = UNSET
    user: ObjectOfModelUserWithNameAndAvatar | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        create_date = self.create_date
        if create_date is not UNSET:
            field_dict["create_date"] = _fields.write_datetime(create_date, "create_date")

        update_date = self.update_date
        if update_date is not UNSET:
            field_dict["update_date"] = _fields.write_datetime(update_date, "update_date")

        type_ = self.type_
        if type_ is not UNSET:
            field_dict["type"] = _KIND_type_.write_field(type_, "type_")

        text = self.text
        if type(text) is not str and text is not UNSET:
            text = _fields.write_string(text, "text")
        if text is not UNSET:
            field_dict["text"] = text

        files = self.files
        if files is not UNSET:
            field_dict["files"] = _KIND_files.write_field(files, "files")

        user = self.user
        if user is not UNSET:
            field_dict["user"] = _fields.write_model(user, _models.ObjectOfModelUserWithNameAndAvatar, "user")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _fields.read_integer(id, "id")

        create_date = _get("create_date", UNSET)
        if create_date is not UNSET:
            try:
                create_date = _fields.datetime_fromisoformat(create_date)
            except (TypeError, ValueError):
                create_date = _fields.read_datetime(create_date, "create_date")

        update_date = _get("update_date", UNSET)
        if update_date is not UNSET:
            try:
                update_date = _fields.datetime_fromisoformat(update_date)
            except (TypeError, ValueError):
                update_date = _fields.read_datetime(update_date, "update_date")

        type_ = _get("type", UNSET)
        if type_ is not UNSET:
            type_ = _KIND_type_.read_field(type_, "type")

        text = _get("text", UNSET)
        if type(text) is not str and text is not UNSET:
            text = _fields.read_string(text, "text")

        files = _get("files", UNSET)
        if files is not UNSET:
            files = _KIND_files.read_field(files, "files")

        user = _get("user", UNSET)
        if user is not UNSET:
            try:
                user = _models.ObjectOfModelUserWithNameAndAvatar.from_dict(user)
            except _FieldError as _error:
                raise _error.within("user")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.create_date = create_date
        _model.update_date = update_date
        _model.type_ = type_
        _model.text = text
        _model.files = files
        _model.user = user
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not CreateClientCommentResponse201:
            _fields.init_added_fields(_model, CreateClientCommentResponse201)
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
