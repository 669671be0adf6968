from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_day_end_report_data_response_200_paids import GetDayEndReportDataResponse200Paids
    from ..models.get_day_end_report_data_response_200_stats import GetDayEndReportDataResponse200Stats
    from ..models.get_day_end_report_data_response_200z_data import GetDayEndReportDataResponse200ZData


T = TypeVar("T", bound="GetDayEndReportDataResponse200")


@_attrs_define
class GetDayEndReportDataResponse200:
    """Object with data

    Attributes:
        stats (GetDayEndReportDataResponse200Stats | Unset): general Statistics
        paids (GetDayEndReportDataResponse200Paids | Unset): Payments
        z_data (GetDayEndReportDataResponse200ZData | Unset): Data report
        currency (str | Unset): Currency
    """

    stats: GetDayEndReportDataResponse200Stats | Unset = UNSET
    paids: GetDayEndReportDataResponse200Paids | Unset = UNSET
    z_data: GetDayEndReportDataResponse200ZData | Unset = UNSET
    currency: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stats, Unset):
            stats = self.stats.to_dict()

        paids: dict[str, Any] | Unset = UNSET
        if not isinstance(self.paids, Unset):
            paids = self.paids.to_dict()

        z_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.z_data, Unset):
            z_data = self.z_data.to_dict()

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stats is not UNSET:
            field_dict["stats"] = stats
        if paids is not UNSET:
            field_dict["paids"] = paids
        if z_data is not UNSET:
            field_dict["z_data"] = z_data
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_day_end_report_data_response_200_paids import GetDayEndReportDataResponse200Paids  # noqa: PLC0415
        from ..models.get_day_end_report_data_response_200_stats import GetDayEndReportDataResponse200Stats  # noqa: PLC0415
        from ..models.get_day_end_report_data_response_200z_data import GetDayEndReportDataResponse200ZData  # noqa: PLC0415

        d = dict(src_dict)
        _stats = d.pop("stats", UNSET)
        stats: GetDayEndReportDataResponse200Stats | Unset
        if isinstance(_stats, Unset):
            stats = UNSET
        else:
            stats = GetDayEndReportDataResponse200Stats.from_dict(_stats)

        _paids = d.pop("paids", UNSET)
        paids: GetDayEndReportDataResponse200Paids | Unset
        if isinstance(_paids, Unset):
            paids = UNSET
        else:
            paids = GetDayEndReportDataResponse200Paids.from_dict(_paids)

        _z_data = d.pop("z_data", UNSET)
        z_data: GetDayEndReportDataResponse200ZData | Unset
        if isinstance(_z_data, Unset):
            z_data = UNSET
        else:
            z_data = GetDayEndReportDataResponse200ZData.from_dict(_z_data)

        currency = d.pop("currency", UNSET)

        _model = cls(
            stats=stats,
            paids=paids,
            z_data=z_data,
            currency=currency,
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
