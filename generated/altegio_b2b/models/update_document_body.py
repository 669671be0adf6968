from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateDocumentBody")


@_attrs_define
class UpdateDocumentBody:
    """Create document

    Example:
        {'type_id': 1, 'comment': 'Document comment', 'storage_id': 36539, 'create_date':
            '2026-09-21T23:00:00.000-05:00'}

    Attributes:
        type_id (int): Document type (sale 1, receipt 3, write-off 7)
        storage_id (int): Inventory ID
        create_date (datetime.datetime): Date of the inventory transaction
        comment (str | Unset): A comment
    """

    type_id: int
    storage_id: int
    create_date: datetime.datetime
    comment: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_id = self.type_id

        storage_id = self.storage_id

        create_date = self.create_date.isoformat()

        comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type_id": type_id,
                "storage_id": storage_id,
                "create_date": create_date,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_id = d.pop("type_id")

        storage_id = d.pop("storage_id")

        create_date = _timestamps.parse_datetime(d.pop("create_date"))

        comment = d.pop("comment", UNSET)

        _model = cls(
            type_id=type_id,
            storage_id=storage_id,
            create_date=create_date,
            comment=comment,
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
