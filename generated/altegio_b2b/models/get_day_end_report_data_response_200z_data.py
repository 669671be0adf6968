from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_day_end_report_data_response_200z_data_1481101200_item import (
        GetDayEndReportDataResponse200ZData1481101200Item,
    )


T = TypeVar("T", bound="GetDayEndReportDataResponse200ZData")


@_attrs_define
class GetDayEndReportDataResponse200ZData:
    """Data report

    Attributes:
        field_1481101200 (list[GetDayEndReportDataResponse200ZData1481101200Item] | Unset):
    """

    field_1481101200: list[GetDayEndReportDataResponse200ZData1481101200Item] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_1481101200: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.field_1481101200, Unset):
            field_1481101200 = []
            for field_1481101200_item_data in self.field_1481101200:
                field_1481101200_item = field_1481101200_item_data.to_dict()
                field_1481101200.append(field_1481101200_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field_1481101200 is not UNSET:
            field_dict["1481101200"] = field_1481101200

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_day_end_report_data_response_200z_data_1481101200_item import (
            GetDayEndReportDataResponse200ZData1481101200Item,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _field_1481101200 = d.pop("1481101200", UNSET)
        field_1481101200: list[GetDayEndReportDataResponse200ZData1481101200Item] | Unset = UNSET
        if _field_1481101200 is not UNSET:
            field_1481101200 = []
            for field_1481101200_item_data in _field_1481101200:
                field_1481101200_item = GetDayEndReportDataResponse200ZData1481101200Item.from_dict(
                    field_1481101200_item_data
                )

                field_1481101200.append(field_1481101200_item)

        _model = cls(
            field_1481101200=field_1481101200,
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
