from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetClientFileListResponse200Item")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "client_id",
        "name",
        "description",
        "date_create",
        "extension",
        "mime",
        "link",
        "user_name",
        "user_avatar",
        "size",
        "can_edit",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class GetClientFileListResponse200Item:
    """
    Attributes:
        id (int | Unset): File ID
        client_id (int | Unset): Client ID
        name (str | Unset): File name with extension
        description (str | Unset): File Description
        date_create (datetime.datetime | Unset): File upload date in ISO8601 format
        extension (str | Unset): File name extension
        mime (str | Unset): MIME file type
        link (str | Unset): File download link
        user_name (str | Unset): The name of the user who uploaded the file
        user_avatar (str | Unset): Avatar of the user who uploaded the file
        size (str | Unset): Formatted file size string
        can_edit (bool | Unset): Is there a right to change and delete the file? true - there is a right, false - there
            is no right
    """

    id: int | Unset = UNSET
    client_id: int | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    date_create: datetime.datetime | Unset = UNSET
    extension: str | Unset = UNSET
    mime: str | Unset = UNSET
    link: str | Unset = UNSET
    user_name: str | Unset = UNSET
    user_avatar: str | Unset = UNSET
    size: str | Unset = UNSET
    can_edit: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        client_id = self.client_id
        if type(client_id) is not int and client_id is not UNSET:
            client_id = _fields.write_integer(client_id, "client_id")
        if client_id is not UNSET:
            field_dict["client_id"] = client_id

        name = self.name
        if type(name) is not str and name is not UNSET:
            name = _fields.write_string(name, "name")
        if name is not UNSET:
            field_dict["name"] = name

        description = self.description
        if type(description) is not str and description is not UNSET:
            description = _fields.write_string(description, "description")
        if description is not UNSET:
            field_dict["description"] = description

        date_create = self.date_create
        if date_create is not UNSET:
            field_dict["date_create"] = _fields.write_datetime(date_create, "date_create")

        extension = self.extension
        if type(extension) is not str and extension is not UNSET:
            extension = _fields.write_string(extension, "extension")
        if extension is not UNSET:
            field_dict["extension"] = extension

        mime = self.mime
        if type(mime) is not str and mime is not UNSET:
            mime = _fields.write_string(mime, "mime")
        if mime is not UNSET:
            field_dict["mime"] = mime

        link = self.link
        if type(link) is not str and link is not UNSET:
            link = _fields.write_string(link, "link")
        if link is not UNSET:
            field_dict["link"] = link

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

        size = self.size
        if type(size) is not str and size is not UNSET:
            size = _fields.write_string(size, "size")
        if size is not UNSET:
            field_dict["size"] = size

        can_edit = self.can_edit
        if type(can_edit) is not bool and can_edit is not UNSET:
            can_edit = _fields.write_boolean(can_edit, "can_edit")
        if can_edit is not UNSET:
            field_dict["can_edit"] = can_edit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _fields.read_integer(id, "id")

        client_id = _get("client_id", UNSET)
        if type(client_id) is not int and client_id is not UNSET:
            client_id = _fields.read_integer(client_id, "client_id")

        name = _get("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = _fields.read_string(name, "name")

        description = _get("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = _fields.read_string(description, "description")

        date_create = _get("date_create", UNSET)
        if date_create is not UNSET:
            try:
                date_create = _fields.datetime_fromisoformat(date_create)
            except (TypeError, ValueError):
                date_create = _fields.read_datetime(date_create, "date_create")

        extension = _get("extension", UNSET)
        if type(extension) is not str and extension is not UNSET:
            extension = _fields.read_string(extension, "extension")

        mime = _get("mime", UNSET)
        if type(mime) is not str and mime is not UNSET:
            mime = _fields.read_string(mime, "mime")

        link = _get("link", UNSET)
        if type(link) is not str and link is not UNSET:
            link = _fields.read_string(link, "link")

        user_name = _get("user_name", UNSET)
        if type(user_name) is not str and user_name is not UNSET:
            user_name = _fields.read_string(user_name, "user_name")

        user_avatar = _get("user_avatar", UNSET)
        if type(user_avatar) is not str and user_avatar is not UNSET:
            user_avatar = _fields.read_string(user_avatar, "user_avatar")

        size = _get("size", UNSET)
        if type(size) is not str and size is not UNSET:
            size = _fields.read_string(size, "size")

        can_edit = _get("can_edit", UNSET)
        if type(can_edit) is not bool and can_edit is not UNSET:
            can_edit = _fields.read_boolean(can_edit, "can_edit")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.client_id = client_id
        _model.name = name
        _model.description = description
        _model.date_create = date_create
        _model.extension = extension
        _model.mime = mime
        _model.link = link
        _model.user_name = user_name
        _model.user_avatar = user_avatar
        _model.size = size
        _model.can_edit = can_edit
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetClientFileListResponse200Item:
            _fields.init_added_fields(_model, GetClientFileListResponse200Item)
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
