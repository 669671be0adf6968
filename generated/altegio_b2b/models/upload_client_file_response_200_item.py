from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="UploadClientFileResponse200Item")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "can_edit",
        "client_id",
        "create_date",
        "date_create",
        "description",
        "extension",
        "full_link",
        "id",
        "link",
        "mime",
        "name",
        "size",
        "user_avatar",
        "user_name",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class UploadClientFileResponse200Item:
    """
    Attributes:
        can_edit (bool | Unset): Is there a right to change and delete the file? true - there is a right, false - there
            is no right
        client_id (int | Unset): Client ID
        create_date (str | Unset): Legacy Location-formatted creation date; prefer date_create
        date_create (datetime.datetime | Unset): File upload date in ISO8601 format
        description (str | Unset): File Description
        extension (str | Unset): File name extension
        full_link (str | Unset): Absolute file download URL
        id (int | Unset): File ID
        link (str | Unset): File download link
        mime (str | Unset): MIME file type
        name (str | Unset): File name with extension
        size (str | Unset): Formatted file size string
        user_avatar (str | Unset): Avatar of the user who uploaded the file
        user_name (str | Unset): The name of the user who uploaded the file
    """

    can_edit: bool | Unset = UNSET
    client_id: int | Unset = UNSET
    create_date: str | Unset = UNSET
    date_create: datetime.datetime | Unset = UNSET
    description: str | Unset = UNSET
    extension: str | Unset = UNSET
    full_link: str | Unset = UNSET
    id: int | Unset = UNSET
    link: str | Unset = UNSET
    mime: str | Unset = UNSET
    name: str | Unset = UNSET
    size: str | Unset = UNSET
    user_avatar: str | Unset = UNSET
    user_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        can_edit = self.can_edit
        if type(can_edit) is not bool and can_edit is not UNSET:
            can_edit = _fields.write_boolean(can_edit, "can_edit")
        if can_edit is not UNSET:
            field_dict["can_edit"] = can_edit

        client_id = self.client_id
        if type(client_id) is not int and client_id is not UNSET:
            client_id = _fields.write_integer(client_id, "client_id")
        if client_id is not UNSET:
            field_dict["client_id"] = client_id

        create_date = self.create_date
        if type(create_date) is not str and create_date is not UNSET:
            create_date = _fields.write_string(create_date, "create_date")
        if create_date is not UNSET:
            field_dict["create_date"] = create_date

        date_create = self.date_create
        if date_create is not UNSET:
            field_dict["date_create"] = _fields.write_datetime(date_create, "date_create")

        description = self.description
        if type(description) is not str and description is not UNSET:
            description = _fields.write_string(description, "description")
        if description is not UNSET:
            field_dict["description"] = description

        extension = self.extension
        if type(extension) is not str and extension is not UNSET:
            extension = _fields.write_string(extension, "extension")
        if extension is not UNSET:
            field_dict["extension"] = extension

        full_link = self.full_link
        if type(full_link) is not str and full_link is not UNSET:
            full_link = _fields.write_string(full_link, "full_link")
        if full_link is not UNSET:
            field_dict["full_link"] = full_link

        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        link = self.link
        if type(link) is not str and link is not UNSET:
            link = _fields.write_string(link, "link")
        if link is not UNSET:
            field_dict["link"] = link

        mime = self.mime
        if type(mime) is not str and mime is not UNSET:
            mime = _fields.write_string(mime, "mime")
        if mime is not UNSET:
            field_dict["mime"] = mime

        name = self.name
        if type(name) is not str and name is not UNSET:
            name = _fields.write_string(name, "name")
        if name is not UNSET:
            field_dict["name"] = name

        size = self.size
        if type(size) is not str and size is not UNSET:
            size = _fields.write_string(size, "size")
        if size is not UNSET:
            field_dict["size"] = size

        user_avatar = self.user_avatar
        if type(user_avatar) is not str and user_avatar is not UNSET:
            user_avatar = _fields.write_string(user_avatar, "user_avatar")
        if user_avatar is not UNSET:
            field_dict["user_avatar"] = user_avatar

        user_name = self.user_name
        if type(user_name) is not str and user_name is not UNSET:
            user_name = _fields.write_string(user_name, "user_name")
        if user_name is not UNSET:
            field_dict["user_name"] = user_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        can_edit = _get("can_edit", UNSET)
        if type(can_edit) is not bool and can_edit is not UNSET:
            can_edit = _fields.read_boolean(can_edit, "can_edit")

        client_id = _get("client_id", UNSET)
        if type(client_id) is not int and client_id is not UNSET:
            client_id = _fields.read_integer(client_id, "client_id")

        create_date = _get("create_date", UNSET)
        if type(create_date) is not str and create_date is not UNSET:
            create_date = _fields.read_string(create_date, "create_date")

        date_create = _get("date_create", UNSET)
        if date_create is not UNSET:
            try:
                date_create = _fields.datetime_fromisoformat(date_create)
            except (TypeError, ValueError):
                date_create = _fields.read_datetime(date_create, "date_create")

        description = _get("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = _fields.read_string(description, "description")

        extension = _get("extension", UNSET)
        if type(extension) is not str and extension is not UNSET:
            extension = _fields.read_string(extension, "extension")

        full_link = _get("full_link", UNSET)
        if type(full_link) is not str and full_link is not UNSET:
            full_link = _fields.read_string(full_link, "full_link")

        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _fields.read_integer(id, "id")

        link = _get("link", UNSET)
        if type(link) is not str and link is not UNSET:
            link = _fields.read_string(link, "link")

        mime = _get("mime", UNSET)
        if type(mime) is not str and mime is not UNSET:
            mime = _fields.read_string(mime, "mime")

        name = _get("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = _fields.read_string(name, "name")

        size = _get("size", UNSET)
        if type(size) is not str and size is not UNSET:
            size = _fields.read_string(size, "size")

        user_avatar = _get("user_avatar", UNSET)
        if type(user_avatar) is not str and user_avatar is not UNSET:
            user_avatar = _fields.read_string(user_avatar, "user_avatar")

        user_name = _get("user_name", UNSET)
        if type(user_name) is not str and user_name is not UNSET:
            user_name = _fields.read_string(user_name, "user_name")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.can_edit = can_edit
        _model.client_id = client_id
        _model.create_date = create_date
        _model.date_create = date_create
        _model.description = description
        _model.extension = extension
        _model.full_link = full_link
        _model.id = id
        _model.link = link
        _model.mime = mime
        _model.name = name
        _model.size = size
        _model.user_avatar = user_avatar
        _model.user_name = user_name
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not UploadClientFileResponse200Item:
            _fields.init_added_fields(_model, UploadClientFileResponse200Item)
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
