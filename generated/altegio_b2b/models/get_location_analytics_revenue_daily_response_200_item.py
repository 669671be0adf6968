from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetLocationAnalyticsRevenueDailyResponse200Item")


@_attrs_define
class GetLocationAnalyticsRevenueDailyResponse200Item:
    """Data for plotting a chart by day in the Key Indicators report

    Example:
        {'label': 'Revenue', 'data': [['2026-09-21T23:00:00.000-05:00', 1000], ['2026-09-21T23:00:00.000-05:00', 500]]}

    Attributes:
        label (str | Unset): Name of data series
        data (list[list[float | int]] | Unset): Data for each day. Each day is an array of two numbers. The first number
            is the timestamp of the beginning of the day in the UTC zone, the second number is the value of the indicator on
            that day.
    """

    label: str | Unset = UNSET
    data: list[list[float | int]] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        data: list[list[float | int]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = []
                for componentsschemasanalytics_report_overall_chart_daily_row_item_item_data in data_item_data:
                    componentsschemasanalytics_report_overall_chart_daily_row_item_item: float | int
                    componentsschemasanalytics_report_overall_chart_daily_row_item_item = (
                        componentsschemasanalytics_report_overall_chart_daily_row_item_item_data
                    )
                    data_item.append(componentsschemasanalytics_report_overall_chart_daily_row_item_item)

                data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if label is not UNSET:
            field_dict["label"] = label
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("label", UNSET)

        _data = d.pop("data", UNSET)
        data: list[list[float | int]] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = []
                _data_item = data_item_data
                for componentsschemasanalytics_report_overall_chart_daily_row_item_item_data in _data_item:

                    def _parse_componentsschemasanalytics_report_overall_chart_daily_row_item_item(
                        data: object,
                    ) -> float | int:
                        return cast(float | int, data)

                    componentsschemasanalytics_report_overall_chart_daily_row_item_item = (
                        _parse_componentsschemasanalytics_report_overall_chart_daily_row_item_item(
                            componentsschemasanalytics_report_overall_chart_daily_row_item_item_data
                        )
                    )

                    data_item.append(componentsschemasanalytics_report_overall_chart_daily_row_item_item)

                data.append(data_item)

        _model = cls(
            label=label,
            data=data,
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
