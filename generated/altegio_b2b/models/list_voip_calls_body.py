from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.list_voip_calls_body_statuses_item import ListVoipCallsBodyStatusesItem
from ..models.list_voip_calls_body_types_item import ListVoipCallsBodyTypesItem
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListVoipCallsBody")


@_attrs_define
class ListVoipCallsBody:
    """
    Attributes:
        salon_id (int): Location ID. Example: 615243.
        date_from (str): Start date. Example: 2026-01-01.
        date_to (str): End date. Example: 2026-02-01.
        phone (str | Unset): Phone number. Example: +13155550175.
        types (list[ListVoipCallsBodyTypesItem] | Unset): Call types list Example: ['incoming', 'internal'].
        statuses (list[ListVoipCallsBodyStatusesItem] | Unset): Call statuses list Example: ['success', 'cancel'].
        page (float | Unset): Page number Example: 1.
        limit (float | Unset): Amount of elements on page Example: 25.
    """

    salon_id: int
    date_from: str
    date_to: str
    phone: str | Unset = UNSET
    types: list[ListVoipCallsBodyTypesItem] | Unset = UNSET
    statuses: list[ListVoipCallsBodyStatusesItem] | Unset = UNSET
    page: float | Unset = UNSET
    limit: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        salon_id = self.salon_id

        date_from = self.date_from

        date_to = self.date_to

        phone = self.phone

        types: list[str] | Unset = UNSET
        if not isinstance(self.types, Unset):
            types = []
            for types_item_data in self.types:
                types_item = types_item_data.value
                types.append(types_item)

        statuses: list[str] | Unset = UNSET
        if not isinstance(self.statuses, Unset):
            statuses = []
            for statuses_item_data in self.statuses:
                statuses_item = statuses_item_data.value
                statuses.append(statuses_item)

        page = self.page

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "salon_id": salon_id,
                "date_from": date_from,
                "date_to": date_to,
            }
        )
        if phone is not UNSET:
            field_dict["phone"] = phone
        if types is not UNSET:
            field_dict["types"] = types
        if statuses is not UNSET:
            field_dict["statuses"] = statuses
        if page is not UNSET:
            field_dict["page"] = page
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        salon_id = d.pop("salon_id")

        date_from = d.pop("date_from")

        date_to = d.pop("date_to")

        phone = d.pop("phone", UNSET)

        _types = d.pop("types", UNSET)
        types: list[ListVoipCallsBodyTypesItem] | Unset = UNSET
        if _types is not UNSET:
            types = []
            for types_item_data in _types:
                types_item = ListVoipCallsBodyTypesItem(types_item_data)

                types.append(types_item)

        _statuses = d.pop("statuses", UNSET)
        statuses: list[ListVoipCallsBodyStatusesItem] | Unset = UNSET
        if _statuses is not UNSET:
            statuses = []
            for statuses_item_data in _statuses:
                statuses_item = ListVoipCallsBodyStatusesItem(statuses_item_data)

                statuses.append(statuses_item)

        page = d.pop("page", UNSET)

        limit = d.pop("limit", UNSET)

        _model = cls(
            salon_id=salon_id,
            date_from=date_from,
            date_to=date_to,
            phone=phone,
            types=types,
            statuses=statuses,
            page=page,
            limit=limit,
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
