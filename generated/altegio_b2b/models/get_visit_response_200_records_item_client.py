from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetVisitResponse200RecordsItemClient")


@_attrs_define
class GetVisitResponse200RecordsItemClient:
    """Client Information

    Attributes:
        id (int | Unset): Client ID
        name (str | Unset): Client name
        phone (str | Unset): Customer phone number
        card (str | Unset): Client card number
        email (str | Unset): Client's email address
        success_visits_count (float | Unset): Number of customer visits, in the "Customer arrived" status
        fail_visits_count (float | Unset): Number of canceled customer visits
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    phone: str | Unset = UNSET
    card: str | Unset = UNSET
    email: str | Unset = UNSET
    success_visits_count: float | Unset = UNSET
    fail_visits_count: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        phone = self.phone

        card = self.card

        email = self.email

        success_visits_count = self.success_visits_count

        fail_visits_count = self.fail_visits_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if card is not UNSET:
            field_dict["card"] = card
        if email is not UNSET:
            field_dict["email"] = email
        if success_visits_count is not UNSET:
            field_dict["success_visits_count"] = success_visits_count
        if fail_visits_count is not UNSET:
            field_dict["fail_visits_count"] = fail_visits_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        phone = d.pop("phone", UNSET)

        card = d.pop("card", UNSET)

        email = d.pop("email", UNSET)

        success_visits_count = d.pop("success_visits_count", UNSET)

        fail_visits_count = d.pop("fail_visits_count", UNSET)

        _model = cls(
            id=id,
            name=name,
            phone=phone,
            card=card,
            email=email,
            success_visits_count=success_visits_count,
            fail_visits_count=fail_visits_count,
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
