from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_visit_response_200_records_item import GetVisitResponse200RecordsItem


T = TypeVar("T", bound="GetVisitResponse200")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "attendance",
        "datetime",
        "comment",
        "records",
    }
)
_EXTRA = _fields.ANY
_KIND_records = _fields.ListOf(_fields.Model("GetVisitResponse200RecordsItem"))


@_attrs_define
class GetVisitResponse200:
    """Object with data

    Attributes:
        attendance (float | Unset): Visit status
        datetime_ (datetime.datetime | Unset): Date of visit
        comment (int | Unset): A comment
        records (list[GetVisitResponse200RecordsItem] | Unset): Appointment array
    """

    attendance: float | Unset = UNSET
    datetime_: datetime.datetime | Unset = UNSET
    comment: int | Unset = UNSET
    records: list[GetVisitResponse200RecordsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        attendance = self.attendance
        if attendance is not UNSET:
            field_dict["attendance"] = _fields.write_number(attendance, "attendance")

        datetime_ = self.datetime_
        if datetime_ is not UNSET:
            field_dict["datetime"] = _fields.write_datetime(datetime_, "datetime_")

        comment = self.comment
        if type(comment) is not int and comment is not UNSET:
            comment = _fields.write_integer(comment, "comment")
        if comment is not UNSET:
            field_dict["comment"] = comment

        records = self.records
        if records is not UNSET:
            field_dict["records"] = _KIND_records.write_field(records, "records")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        attendance = _get("attendance", UNSET)
        if type(attendance) is not float and type(attendance) is not int and attendance is not UNSET:
            attendance = _fields.read_number(attendance, "attendance")

        datetime_ = _get("datetime", UNSET)
        if datetime_ is not UNSET:
            try:
                datetime_ = _fields.datetime_fromisoformat(datetime_)
            except (TypeError, ValueError):
                datetime_ = _fields.read_datetime(datetime_, "datetime")

        comment = _get("comment", UNSET)
        if type(comment) is not int and comment is not UNSET:
            comment = _fields.read_integer(comment, "comment")

        records = _get("records", UNSET)
        if records is not UNSET:
            records = _KIND_records.read_field(records, "records")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.attendance = attendance
        _model.datetime_ = datetime_
        _model.comment = comment
        _model.records = records
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetVisitResponse200:
            _fields.init_added_fields(_model, GetVisitResponse200)
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
