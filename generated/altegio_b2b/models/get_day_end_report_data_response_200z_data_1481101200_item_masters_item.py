from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._runtime import fields as _fields
from .._runtime.errors import FieldError as _FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_day_end_report_data_response_200z_data_1481101200_item_masters_item_good_item import (
        GetDayEndReportDataResponse200ZData1481101200ItemMastersItemGoodItem,
    )
    from ..models.get_day_end_report_data_response_200z_data_1481101200_item_masters_item_others import (
        GetDayEndReportDataResponse200ZData1481101200ItemMastersItemOthers,
    )
    from ..models.get_day_end_report_data_response_200z_data_1481101200_item_masters_item_service_item import (
        GetDayEndReportDataResponse200ZData1481101200ItemMastersItemServiceItem,
    )


T = TypeVar("T", bound="GetDayEndReportDataResponse200ZData1481101200ItemMastersItem")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "master_id",
        "master_name",
        "service",
        "good",
        "others",
    }
)
_EXTRA = _fields.ANY
_KIND_service = _fields.ListOf(_fields.Model("GetDayEndReportDataResponse200ZData1481101200ItemMastersItemServiceItem"))
_KIND_good = _fields.ListOf(_fields.Model("GetDayEndReportDataResponse200ZData1481101200ItemMastersItemGoodItem"))


@_attrs_define
class GetDayEndReportDataResponse200ZData1481101200ItemMastersItem:
    """
    Attributes:
        master_id (int | Unset): team member ID
        master_name (str | Unset): team member name
        service (list[GetDayEndReportDataResponse200ZData1481101200ItemMastersItemServiceItem] | Unset): Services
        good (list[GetDayEndReportDataResponse200ZData1481101200ItemMastersItemGoodItem] | Unset): Products
        others (GetDayEndReportDataResponse200ZData1481101200ItemMastersItemOthers | Unset):
    """

    master_id: int | Unset = UNSET
    master_name: str | Unset = UNSET
    service: list[GetDayEndReportDataResponse200ZData1481101200ItemMastersItemServiceItem] | Unset = UNSET
    good: list[GetDayEndReportDataResponse200ZData1481101200ItemMastersItemGoodItem] | Unset = UNSET
    others: GetDayEndReportDataResponse200ZData1481101200ItemMastersItemOthers | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        master_id = self.master_id
        if type(master_id) is not int and master_id is not UNSET:
            master_id = _fields.write_integer(master_id, "master_id")
        if master_id is not UNSET:
            field_dict["master_id"] = master_id

        master_name = self.master_name
        if type(master_name) is not str and master_name is not UNSET:
            master_name = _fields.write_string(master_name, "master_name")
        if master_name is not UNSET:
            field_dict["master_name"] = master_name

        service = self.service
        if service is not UNSET:
            field_dict["service"] = _KIND_service.write_field(service, "service")

        good = self.good
        if good is not UNSET:
            field_dict["good"] = _KIND_good.write_field(good, "good")

        others = self.others
        if others is not UNSET:
            field_dict["others"] = _fields.write_model(
                others, _models.GetDayEndReportDataResponse200ZData1481101200ItemMastersItemOthers, "others"
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        master_id = _get("master_id", UNSET)
        if type(master_id) is not int and master_id is not UNSET:
            master_id = _fields.read_integer(master_id, "master_id")

        master_name = _get("master_name", UNSET)
        if type(master_name) is not str and master_name is not UNSET:
            master_name = _fields.read_string(master_name, "master_name")

        service = _get("service", UNSET)
        if service is not UNSET:
            service = _KIND_service.read_field(service, "service")

        good = _get("good", UNSET)
        if good is not UNSET:
            good = _KIND_good.read_field(good, "good")

        others = _get("others", UNSET)
        if others is not UNSET:
            try:
                others = _models.GetDayEndReportDataResponse200ZData1481101200ItemMastersItemOthers.from_dict(others)
            except _FieldError as _error:
                raise _error.within("others")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.master_id = master_id
        _model.master_name = master_name
        _model.service = service
        _model.good = good
        _model.others = others
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetDayEndReportDataResponse200ZData1481101200ItemMastersItem:
            _fields.init_added_fields(_model, GetDayEndReportDataResponse200ZData1481101200ItemMastersItem)
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
