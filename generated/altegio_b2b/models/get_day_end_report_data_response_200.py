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
    from ..models.get_day_end_report_data_response_200_paids import GetDayEndReportDataResponse200Paids
    from ..models.get_day_end_report_data_response_200_stats import GetDayEndReportDataResponse200Stats
    from ..models.get_day_end_report_data_response_200z_data import GetDayEndReportDataResponse200ZData


T = TypeVar("T", bound="GetDayEndReportDataResponse200")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "stats",
        "paids",
        "z_data",
        "currency",
    }
)
_EXTRA = _fields.ANY


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
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        stats = self.stats
        if stats is not UNSET:
            field_dict["stats"] = _fields.write_model(stats, _models.GetDayEndReportDataResponse200Stats, "stats")

        paids = self.paids
        if paids is not UNSET:
            field_dict["paids"] = _fields.write_model(paids, _models.GetDayEndReportDataResponse200Paids, "paids")

        z_data = self.z_data
        if z_data is not UNSET:
            field_dict["z_data"] = _fields.write_model(z_data, _models.GetDayEndReportDataResponse200ZData, "z_data")

        currency = self.currency
        if type(currency) is not str and currency is not UNSET:
            currency = _fields.write_string(currency, "currency")
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        stats = _get("stats", UNSET)
        if stats is not UNSET:
            try:
                stats = _models.GetDayEndReportDataResponse200Stats.from_dict(stats)
            except _FieldError as _error:
                raise _error.within("stats")

        paids = _get("paids", UNSET)
        if paids is not UNSET:
            try:
                paids = _models.GetDayEndReportDataResponse200Paids.from_dict(paids)
            except _FieldError as _error:
                raise _error.within("paids")

        z_data = _get("z_data", UNSET)
        if z_data is not UNSET:
            try:
                z_data = _models.GetDayEndReportDataResponse200ZData.from_dict(z_data)
            except _FieldError as _error:
                raise _error.within("z_data")

        currency = _get("currency", UNSET)
        if type(currency) is not str and currency is not UNSET:
            currency = _fields.read_string(currency, "currency")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.stats = stats
        _model.paids = paids
        _model.z_data = z_data
        _model.currency = currency
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetDayEndReportDataResponse200:
            _fields.init_added_fields(_model, GetDayEndReportDataResponse200)
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
