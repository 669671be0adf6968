from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_client_comment_response_201_type import CreateClientCommentResponse201Type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_client_comment_response_201_files_item import CreateClientCommentResponse201FilesItem
    from ..models.create_client_comment_response_201_user_type_0 import CreateClientCommentResponse201UserType0


T = TypeVar("T", bound="CreateClientCommentResponse201")


@_attrs_define
class CreateClientCommentResponse201:
    """Data for an existing comment for a client.

    Attributes:
        create_date (datetime.datetime | Unset): Datetime of a comment for a client created.
        files (list[CreateClientCommentResponse201FilesItem] | Unset): Files in a client details that triggered the
            comment creation (`type` = "file", for `type` = "default" the files array is returned empty).
        id (int | Unset): ID of a comment for a client.
        is_editable (bool | Unset): Whether this Business User can delete the comment
        text (str | Unset): Text of a comment for a client (`type` = "default", for `type` = "file" the text is returned
            empty).
        type_ (CreateClientCommentResponse201Type | Unset): Type of a comment for a client: `default`: - text comment;
            `file`: - uploaded file.
        update_date (datetime.datetime | Unset): Datetime of a comment for a client last updated.
        user (CreateClientCommentResponse201UserType0 | None | Unset): User created a comment for a client or uploaded
            files in a client details.
    """

    create_date: datetime.datetime | Unset = UNSET
    files: list[CreateClientCommentResponse201FilesItem] | Unset = UNSET
    id: int | Unset = UNSET
    is_editable: bool | Unset = UNSET
    text: str | Unset = UNSET
    type_: CreateClientCommentResponse201Type | Unset = UNSET
    update_date: datetime.datetime | Unset = UNSET
    user: CreateClientCommentResponse201UserType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_client_comment_response_201_user_type_0 import CreateClientCommentResponse201UserType0  # noqa: PLC0415

        create_date: str | Unset = UNSET
        if not isinstance(self.create_date, Unset):
            create_date = self.create_date.isoformat()

        files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = []
            for files_item_data in self.files:
                files_item = files_item_data.to_dict()
                files.append(files_item)

        id = self.id

        is_editable = self.is_editable

        text = self.text

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        update_date: str | Unset = UNSET
        if not isinstance(self.update_date, Unset):
            update_date = self.update_date.isoformat()

        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, CreateClientCommentResponse201UserType0):
            user = self.user.to_dict()
        else:
            user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if create_date is not UNSET:
            field_dict["create_date"] = create_date
        if files is not UNSET:
            field_dict["files"] = files
        if id is not UNSET:
            field_dict["id"] = id
        if is_editable is not UNSET:
            field_dict["is_editable"] = is_editable
        if text is not UNSET:
            field_dict["text"] = text
        if type_ is not UNSET:
            field_dict["type"] = type_
        if update_date is not UNSET:
            field_dict["update_date"] = update_date
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_client_comment_response_201_files_item import CreateClientCommentResponse201FilesItem  # noqa: PLC0415
        from ..models.create_client_comment_response_201_user_type_0 import CreateClientCommentResponse201UserType0  # noqa: PLC0415

        d = dict(src_dict)
        _create_date = d.pop("create_date", UNSET)
        create_date: datetime.datetime | Unset
        if isinstance(_create_date, Unset):
            create_date = UNSET
        else:
            create_date = datetime.datetime.fromisoformat(_create_date)

        _files = d.pop("files", UNSET)
        files: list[CreateClientCommentResponse201FilesItem] | Unset = UNSET
        if _files is not UNSET:
            files = []
            for files_item_data in _files:
                files_item = CreateClientCommentResponse201FilesItem.from_dict(files_item_data)

                files.append(files_item)

        id = d.pop("id", UNSET)

        is_editable = d.pop("is_editable", UNSET)

        text = d.pop("text", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: CreateClientCommentResponse201Type | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = CreateClientCommentResponse201Type(_type_)

        _update_date = d.pop("update_date", UNSET)
        update_date: datetime.datetime | Unset
        if isinstance(_update_date, Unset):
            update_date = UNSET
        else:
            update_date = datetime.datetime.fromisoformat(_update_date)

        def _parse_user(data: object) -> CreateClientCommentResponse201UserType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_type_0 = CreateClientCommentResponse201UserType0.from_dict(data)

                return user_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateClientCommentResponse201UserType0 | None | Unset, data)

        user = _parse_user(d.pop("user", UNSET))

        create_client_comment_response_201 = cls(
            create_date=create_date,
            files=files,
            id=id,
            is_editable=is_editable,
            text=text,
            type_=type_,
            update_date=update_date,
            user=user,
        )

        create_client_comment_response_201.additional_properties = d
        return create_client_comment_response_201

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
