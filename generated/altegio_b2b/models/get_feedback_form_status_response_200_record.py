from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetFeedbackFormStatusResponse200Record")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "payed_cost",
        "date",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class GetFeedbackFormStatusResponse200Record:
    """Recording

    Attributes:
        id (int | Unset): Appointment ID
        payed_cost (float | Unset): Paid cost
        date (datetime.datetime | Unset): date
    """

    id: int | Unset = UNSET
    payed_cost: float | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        payed_cost = self.payed_cost
        if payed_cost is not UNSET:
            field_dict["payed_cost"] = _fields.write_number(payed_cost, "payed_cost")

        date = self.date
        if date is not UNSET:
            field_dict["date"] = _fields.write_datetime(date, "date")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _fields.read_integer(id, "id")

        payed_cost = _get("payed_cost", UNSET)
        if type(payed_cost) is not float and type(payed_cost) is not int and payed_cost is not UNSET:
            payed_cost = _fields.read_number(payed_cost, "payed_cost")

        date = _get("date", UNSET)
        if date is not UNSET:
            try:
                date = _fields.datetime_fromisoformat(date)
            except (TypeError, ValueError):
                date = _fields.read_datetime(date, "date")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.payed_cost = payed_cost
        _model.date = date
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetFeedbackFormStatusResponse200Record:
            _fields.init_added_fields(_model, GetFeedbackFormStatusResponse200Record)
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
