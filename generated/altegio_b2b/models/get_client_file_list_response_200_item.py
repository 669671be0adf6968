from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetClientFileListResponse200Item")


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
        id = self.id

        client_id = self.client_id

        name = self.name

        description = self.description

        date_create: str | Unset = UNSET
        if not isinstance(self.date_create, Unset):
            date_create = self.date_create.isoformat()

        extension = self.extension

        mime = self.mime

        link = self.link

        user_name = self.user_name

        user_avatar = self.user_avatar

        size = self.size

        can_edit = self.can_edit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if date_create is not UNSET:
            field_dict["date_create"] = date_create
        if extension is not UNSET:
            field_dict["extension"] = extension
        if mime is not UNSET:
            field_dict["mime"] = mime
        if link is not UNSET:
            field_dict["link"] = link
        if user_name is not UNSET:
            field_dict["user_name"] = user_name
        if user_avatar is not UNSET:
            field_dict["user_avatar"] = user_avatar
        if size is not UNSET:
            field_dict["size"] = size
        if can_edit is not UNSET:
            field_dict["can_edit"] = can_edit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        client_id = d.pop("client_id", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _date_create = d.pop("date_create", UNSET)
        date_create: datetime.datetime | Unset
        if isinstance(_date_create, Unset):
            date_create = UNSET
        else:
            date_create = _timestamps.parse_datetime(_date_create)

        extension = d.pop("extension", UNSET)

        mime = d.pop("mime", UNSET)

        link = d.pop("link", UNSET)

        user_name = d.pop("user_name", UNSET)

        user_avatar = d.pop("user_avatar", UNSET)

        size = d.pop("size", UNSET)

        can_edit = d.pop("can_edit", UNSET)

        _model = cls(
            id=id,
            client_id=client_id,
            name=name,
            description=description,
            date_create=date_create,
            extension=extension,
            mime=mime,
            link=link,
            user_name=user_name,
            user_avatar=user_avatar,
            size=size,
            can_edit=can_edit,
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
