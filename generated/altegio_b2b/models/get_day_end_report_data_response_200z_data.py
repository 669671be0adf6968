from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_day_end_report_data_response_200z_data_1481101200_item import (
        GetDayEndReportDataResponse200ZData1481101200Item,
    )


T = TypeVar("T", bound="GetDayEndReportDataResponse200ZData")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "1481101200",
    }
)
_EXTRA = _fields.ANY
_KIND_field_1481101200 = _fields.ListOf(_fields.Model("GetDayEndReportDataResponse200ZData1481101200Item"))


@_attrs_define
class GetDayEndReportDataResponse200ZData:
    """Data report

    Attributes:
        field_1481101200 (list[GetDayEndReportDataResponse200ZData1481101200Item] | Unset):
    """

    field_1481101200: list[GetDayEndReportDataResponse200ZData1481101200Item] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        field_1481101200 = self.field_1481101200
        if field_1481101200 is not UNSET:
            field_dict["1481101200"] = _KIND_field_1481101200.write_field(field_1481101200, "field_1481101200")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        field_1481101200 = _get("1481101200", UNSET)
        if field_1481101200 is not UNSET:
            field_1481101200 = _KIND_field_1481101200.read_field(field_1481101200, "1481101200")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.field_1481101200 = field_1481101200
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetDayEndReportDataResponse200ZData:
            _fields.init_added_fields(_model, GetDayEndReportDataResponse200ZData)
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
