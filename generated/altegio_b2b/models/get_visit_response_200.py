from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_visit_response_200_records_item import GetVisitResponse200RecordsItem


T = TypeVar("T", bound="GetVisitResponse200")


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
        attendance = self.attendance

        datetime_: str | Unset = UNSET
        if not isinstance(self.datetime_, Unset):
            datetime_ = self.datetime_.isoformat()

        comment = self.comment

        records: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.records, Unset):
            records = []
            for records_item_data in self.records:
                records_item = records_item_data.to_dict()
                records.append(records_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attendance is not UNSET:
            field_dict["attendance"] = attendance
        if datetime_ is not UNSET:
            field_dict["datetime"] = datetime_
        if comment is not UNSET:
            field_dict["comment"] = comment
        if records is not UNSET:
            field_dict["records"] = records

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_visit_response_200_records_item import GetVisitResponse200RecordsItem  # noqa: PLC0415

        d = dict(src_dict)
        attendance = d.pop("attendance", UNSET)

        _datetime_ = d.pop("datetime", UNSET)
        datetime_: datetime.datetime | Unset
        if isinstance(_datetime_, Unset):
            datetime_ = UNSET
        else:
            datetime_ = _timestamps.parse_datetime(_datetime_)

        comment = d.pop("comment", UNSET)

        _records = d.pop("records", UNSET)
        records: list[GetVisitResponse200RecordsItem] | Unset = UNSET
        if _records is not UNSET:
            records = []
            for records_item_data in _records:
                records_item = GetVisitResponse200RecordsItem.from_dict(records_item_data)

                records.append(records_item)

        _model = cls(
            attendance=attendance,
            datetime_=datetime_,
            comment=comment,
            records=records,
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
