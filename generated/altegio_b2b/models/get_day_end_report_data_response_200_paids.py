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
    from ..models.get_day_end_report_data_response_200_paids_accounts_item import (
        GetDayEndReportDataResponse200PaidsAccountsItem,
    )
    from ..models.get_day_end_report_data_response_200_paids_discount_item import (
        GetDayEndReportDataResponse200PaidsDiscountItem,
    )
    from ..models.get_day_end_report_data_response_200_paids_total import GetDayEndReportDataResponse200PaidsTotal


T = TypeVar("T", bound="GetDayEndReportDataResponse200Paids")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "accounts",
        "discount",
        "total",
    }
)
_EXTRA = _fields.ANY
_KIND_accounts = _fields.ListOf(_fields.Model("GetDayEndReportDataResponse200PaidsAccountsItem"))
_KIND_discount = _fields.ListOf(_fields.Model("GetDayEndReportDataResponse200PaidsDiscountItem"))


@_attrs_define
class GetDayEndReportDataResponse200Paids:
    """Payments

    Attributes:
        accounts (list[GetDayEndReportDataResponse200PaidsAccountsItem] | Unset): Payments at the box office
        discount (list[GetDayEndReportDataResponse200PaidsDiscountItem] | Unset): Payment by discount and loyalty
        total (GetDayEndReportDataResponse200PaidsTotal | Unset): Outcome
    """

    accounts: list[GetDayEndReportDataResponse200PaidsAccountsItem] | Unset = UNSET
    discount: list[GetDayEndReportDataResponse200PaidsDiscountItem] | Unset = UNSET
    total: GetDayEndReportDataResponse200PaidsTotal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        accounts = self.accounts
        if accounts is not UNSET:
            field_dict["accounts"] = _KIND_accounts.write_field(accounts, "accounts")

        discount = self.discount
        if discount is not UNSET:
            field_dict["discount"] = _KIND_discount.write_field(discount, "discount")

        total = self.total
        if total is not UNSET:
            field_dict["total"] = _fields.write_model(total, _models.GetDayEndReportDataResponse200PaidsTotal, "total")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        accounts = _get("accounts", UNSET)
        if accounts is not UNSET:
            accounts = _KIND_accounts.read_field(accounts, "accounts")

        discount = _get("discount", UNSET)
        if discount is not UNSET:
            discount = _KIND_discount.read_field(discount, "discount")

        total = _get("total", UNSET)
        if total is not UNSET:
            try:
                total = _models.GetDayEndReportDataResponse200PaidsTotal.from_dict(total)
            except _FieldError as _error:
                raise _error.within("total")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.accounts = accounts
        _model.discount = discount
        _model.total = total
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetDayEndReportDataResponse200Paids:
            _fields.init_added_fields(_model, GetDayEndReportDataResponse200Paids)
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
