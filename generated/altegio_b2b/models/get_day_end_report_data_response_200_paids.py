from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        accounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.accounts, Unset):
            accounts = []
            for accounts_item_data in self.accounts:
                accounts_item = accounts_item_data.to_dict()
                accounts.append(accounts_item)

        discount: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.discount, Unset):
            discount = []
            for discount_item_data in self.discount:
                discount_item = discount_item_data.to_dict()
                discount.append(discount_item)

        total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = self.total.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if accounts is not UNSET:
            field_dict["accounts"] = accounts
        if discount is not UNSET:
            field_dict["discount"] = discount
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_day_end_report_data_response_200_paids_accounts_item import (
            GetDayEndReportDataResponse200PaidsAccountsItem,  # noqa: PLC0415
        )
        from ..models.get_day_end_report_data_response_200_paids_discount_item import (
            GetDayEndReportDataResponse200PaidsDiscountItem,  # noqa: PLC0415
        )
        from ..models.get_day_end_report_data_response_200_paids_total import GetDayEndReportDataResponse200PaidsTotal  # noqa: PLC0415

        d = dict(src_dict)
        _accounts = d.pop("accounts", UNSET)
        accounts: list[GetDayEndReportDataResponse200PaidsAccountsItem] | Unset = UNSET
        if _accounts is not UNSET:
            accounts = []
            for accounts_item_data in _accounts:
                accounts_item = GetDayEndReportDataResponse200PaidsAccountsItem.from_dict(accounts_item_data)

                accounts.append(accounts_item)

        _discount = d.pop("discount", UNSET)
        discount: list[GetDayEndReportDataResponse200PaidsDiscountItem] | Unset = UNSET
        if _discount is not UNSET:
            discount = []
            for discount_item_data in _discount:
                discount_item = GetDayEndReportDataResponse200PaidsDiscountItem.from_dict(discount_item_data)

                discount.append(discount_item)

        _total = d.pop("total", UNSET)
        total: GetDayEndReportDataResponse200PaidsTotal | Unset
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = GetDayEndReportDataResponse200PaidsTotal.from_dict(_total)

        _model = cls(
            accounts=accounts,
            discount=discount,
            total=total,
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
