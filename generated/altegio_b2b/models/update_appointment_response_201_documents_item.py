from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateAppointmentResponse201DocumentsItem")


@_attrs_define
class UpdateAppointmentResponse201DocumentsItem:
    """
    Attributes:
        id (int | Unset): Document ID
        type_id (int | Unset): Document type
        storage_id (int | Unset): Inventory ID
        user_id (int | Unset): ID of the user who created the document
        company_id (int | Unset): location ID
        number (float | Unset): Document Number
        comment (str | Unset): Document comment
        date_created (datetime.datetime | Unset): Document creation date
        category_id (int | Unset): Product category ID
        visit_id (int | Unset): Visit ID
        record_id (int | Unset): Appointment ID
        type_title (str | Unset): The name of the entity to which the document belongs
    """

    id: int | Unset = UNSET
    type_id: int | Unset = UNSET
    storage_id: int | Unset = UNSET
    user_id: int | Unset = UNSET
    company_id: int | Unset = UNSET
    number: float | Unset = UNSET
    comment: str | Unset = UNSET
    date_created: datetime.datetime | Unset = UNSET
    category_id: int | Unset = UNSET
    visit_id: int | Unset = UNSET
    record_id: int | Unset = UNSET
    type_title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_id = self.type_id

        storage_id = self.storage_id

        user_id = self.user_id

        company_id = self.company_id

        number = self.number

        comment = self.comment

        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()

        category_id = self.category_id

        visit_id = self.visit_id

        record_id = self.record_id

        type_title = self.type_title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_id is not UNSET:
            field_dict["type_id"] = type_id
        if storage_id is not UNSET:
            field_dict["storage_id"] = storage_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if number is not UNSET:
            field_dict["number"] = number
        if comment is not UNSET:
            field_dict["comment"] = comment
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if visit_id is not UNSET:
            field_dict["visit_id"] = visit_id
        if record_id is not UNSET:
            field_dict["record_id"] = record_id
        if type_title is not UNSET:
            field_dict["type_title"] = type_title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        type_id = d.pop("type_id", UNSET)

        storage_id = d.pop("storage_id", UNSET)

        user_id = d.pop("user_id", UNSET)

        company_id = d.pop("company_id", UNSET)

        number = d.pop("number", UNSET)

        comment = d.pop("comment", UNSET)

        _date_created = d.pop("date_created", UNSET)
        date_created: datetime.datetime | Unset
        if isinstance(_date_created, Unset):
            date_created = UNSET
        else:
            date_created = _timestamps.parse_datetime(_date_created)

        category_id = d.pop("category_id", UNSET)

        visit_id = d.pop("visit_id", UNSET)

        record_id = d.pop("record_id", UNSET)

        type_title = d.pop("type_title", UNSET)

        _model = cls(
            id=id,
            type_id=type_id,
            storage_id=storage_id,
            user_id=user_id,
            company_id=company_id,
            number=number,
            comment=comment,
            date_created=date_created,
            category_id=category_id,
            visit_id=visit_id,
            record_id=record_id,
            type_title=type_title,
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
