from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
from ..models.create_client_comment_response_201_type import CreateClientCommentResponse201Type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.object_of_model_file_in_a_client_details import ObjectOfModelFileInAClientDetails
    from ..models.object_of_model_user_with_name_and_avatar import ObjectOfModelUserWithNameAndAvatar


T = TypeVar("T", bound="CreateClientCommentResponse201")


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
        id = self.id

        create_date: str | Unset = UNSET
        if not isinstance(self.create_date, Unset):
            create_date = self.create_date.isoformat()

        update_date: str | Unset = UNSET
        if not isinstance(self.update_date, Unset):
            update_date = self.update_date.isoformat()

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        text = self.text

        files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = []
            for files_item_data in self.files:
                files_item = files_item_data.to_dict()
                files.append(files_item)

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if create_date is not UNSET:
            field_dict["create_date"] = create_date
        if update_date is not UNSET:
            field_dict["update_date"] = update_date
        if type_ is not UNSET:
            field_dict["type"] = type_
        if text is not UNSET:
            field_dict["text"] = text
        if files is not UNSET:
            field_dict["files"] = files
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.object_of_model_file_in_a_client_details import ObjectOfModelFileInAClientDetails  # noqa: PLC0415
        from ..models.object_of_model_user_with_name_and_avatar import ObjectOfModelUserWithNameAndAvatar  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _create_date = d.pop("create_date", UNSET)
        create_date: datetime.datetime | Unset
        if isinstance(_create_date, Unset):
            create_date = UNSET
        else:
            create_date = _timestamps.parse_datetime(_create_date)

        _update_date = d.pop("update_date", UNSET)
        update_date: datetime.datetime | Unset
        if isinstance(_update_date, Unset):
            update_date = UNSET
        else:
            update_date = _timestamps.parse_datetime(_update_date)

        _type_ = d.pop("type", UNSET)
        type_: CreateClientCommentResponse201Type | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = CreateClientCommentResponse201Type(_type_)

        text = d.pop("text", UNSET)

        _files = d.pop("files", UNSET)
        files: list[ObjectOfModelFileInAClientDetails] | Unset = UNSET
        if _files is not UNSET:
            files = []
            for files_item_data in _files:
                files_item = ObjectOfModelFileInAClientDetails.from_dict(files_item_data)

                files.append(files_item)

        _user = d.pop("user", UNSET)
        user: ObjectOfModelUserWithNameAndAvatar | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = ObjectOfModelUserWithNameAndAvatar.from_dict(_user)

        _model = cls(
            id=id,
            create_date=create_date,
            update_date=update_date,
            type_=type_,
            text=text,
            files=files,
            user=user,
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
