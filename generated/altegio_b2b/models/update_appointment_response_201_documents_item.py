from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateAppointmentResponse201DocumentsItem")


@_attrs_define
class UpdateAppointmentResponse201DocumentsItem:
    """
    Attributes:
        category_id (int | Unset): Product category ID
        comment (str | Unset): Document comment
        company_id (int | Unset): location ID
        date_created (str | Unset): Document creation date
        id (int | Unset): Document ID
        number (float | Unset): Document Number
        record_id (int | Unset): Appointment ID
        storage_id (int | Unset): Inventory ID
        type_id (int | Unset): Document type
        type_title (str | Unset): The name of the entity to which the document belongs
        user_id (int | Unset): ID of the user who created the document
        visit_id (int | Unset): Visit ID
    """

    category_id: int | Unset = UNSET
    comment: str | Unset = UNSET
    company_id: int | Unset = UNSET
    date_created: str | Unset = UNSET
    id: int | Unset = UNSET
    number: float | Unset = UNSET
    record_id: int | Unset = UNSET
    storage_id: int | Unset = UNSET
    type_id: int | Unset = UNSET
    type_title: str | Unset = UNSET
    user_id: int | Unset = UNSET
    visit_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category_id = self.category_id

        comment = self.comment

        company_id = self.company_id

        date_created = self.date_created

        id = self.id

        number = self.number

        record_id = self.record_id

        storage_id = self.storage_id

        type_id = self.type_id

        type_title = self.type_title

        user_id = self.user_id

        visit_id = self.visit_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if comment is not UNSET:
            field_dict["comment"] = comment
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if id is not UNSET:
            field_dict["id"] = id
        if number is not UNSET:
            field_dict["number"] = number
        if record_id is not UNSET:
            field_dict["record_id"] = record_id
        if storage_id is not UNSET:
            field_dict["storage_id"] = storage_id
        if type_id is not UNSET:
            field_dict["type_id"] = type_id
        if type_title is not UNSET:
            field_dict["type_title"] = type_title
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if visit_id is not UNSET:
            field_dict["visit_id"] = visit_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category_id = d.pop("category_id", UNSET)

        comment = d.pop("comment", UNSET)

        company_id = d.pop("company_id", UNSET)

        date_created = d.pop("date_created", UNSET)

        id = d.pop("id", UNSET)

        number = d.pop("number", UNSET)

        record_id = d.pop("record_id", UNSET)

        storage_id = d.pop("storage_id", UNSET)

        type_id = d.pop("type_id", UNSET)

        type_title = d.pop("type_title", UNSET)

        user_id = d.pop("user_id", UNSET)

        visit_id = d.pop("visit_id", UNSET)

        update_appointment_response_201_documents_item = cls(
            category_id=category_id,
            comment=comment,
            company_id=company_id,
            date_created=date_created,
            id=id,
            number=number,
            record_id=record_id,
            storage_id=storage_id,
            type_id=type_id,
            type_title=type_title,
            user_id=user_id,
            visit_id=visit_id,
        )

        update_appointment_response_201_documents_item.additional_properties = d
        return update_appointment_response_201_documents_item

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
