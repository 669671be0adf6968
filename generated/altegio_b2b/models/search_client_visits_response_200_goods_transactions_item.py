from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_client_visits_response_200_goods_transactions_item_company import (
        SearchClientVisitsResponse200GoodsTransactionsItemCompany,
    )
    from ..models.search_client_visits_response_200_goods_transactions_item_staff import (
        SearchClientVisitsResponse200GoodsTransactionsItemStaff,
    )


T = TypeVar("T", bound="SearchClientVisitsResponse200GoodsTransactionsItem")


@_attrs_define
class SearchClientVisitsResponse200GoodsTransactionsItem:
    """Product sales data.

    Attributes:
        comment (str | Unset): A comment.
        company (SearchClientVisitsResponse200GoodsTransactionsItemCompany | Unset): Minimum information about the store
            where the product was sold.
        date (str | Unset): Date of sale.
        goods (list[Any] | Unset): List of products sold.
        id (int | Unset): Identifier of the transaction for the sale of products.
        record_id (int | Unset): Appointment ID. Equals `0` if there is no link to the appointment.
        staff (SearchClientVisitsResponse200GoodsTransactionsItemStaff | Unset): team member who sold the product.
        visit_id (int | Unset): Visit ID. Equals `0` if there is no connection to the visit.
    """

    comment: str | Unset = UNSET
    company: SearchClientVisitsResponse200GoodsTransactionsItemCompany | Unset = UNSET
    date: str | Unset = UNSET
    goods: list[Any] | Unset = UNSET
    id: int | Unset = UNSET
    record_id: int | Unset = UNSET
    staff: SearchClientVisitsResponse200GoodsTransactionsItemStaff | Unset = UNSET
    visit_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        comment = self.comment

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        date = self.date

        goods: list[Any] | Unset = UNSET
        if not isinstance(self.goods, Unset):
            goods = self.goods

        id = self.id

        record_id = self.record_id

        staff: dict[str, Any] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = self.staff.to_dict()

        visit_id = self.visit_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if comment is not UNSET:
            field_dict["comment"] = comment
        if company is not UNSET:
            field_dict["company"] = company
        if date is not UNSET:
            field_dict["date"] = date
        if goods is not UNSET:
            field_dict["goods"] = goods
        if id is not UNSET:
            field_dict["id"] = id
        if record_id is not UNSET:
            field_dict["record_id"] = record_id
        if staff is not UNSET:
            field_dict["staff"] = staff
        if visit_id is not UNSET:
            field_dict["visit_id"] = visit_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.search_client_visits_response_200_goods_transactions_item_company import (
            SearchClientVisitsResponse200GoodsTransactionsItemCompany,  # noqa: PLC0415
        )
        from ..models.search_client_visits_response_200_goods_transactions_item_staff import (
            SearchClientVisitsResponse200GoodsTransactionsItemStaff,  # noqa: PLC0415
        )

        d = dict(src_dict)
        comment = d.pop("comment", UNSET)

        _company = d.pop("company", UNSET)
        company: SearchClientVisitsResponse200GoodsTransactionsItemCompany | Unset
        if isinstance(_company, Unset):
            company = UNSET
        else:
            company = SearchClientVisitsResponse200GoodsTransactionsItemCompany.from_dict(_company)

        date = d.pop("date", UNSET)

        goods = cast(list[Any], d.pop("goods", UNSET))

        id = d.pop("id", UNSET)

        record_id = d.pop("record_id", UNSET)

        _staff = d.pop("staff", UNSET)
        staff: SearchClientVisitsResponse200GoodsTransactionsItemStaff | Unset
        if isinstance(_staff, Unset):
            staff = UNSET
        else:
            staff = SearchClientVisitsResponse200GoodsTransactionsItemStaff.from_dict(_staff)

        visit_id = d.pop("visit_id", UNSET)

        search_client_visits_response_200_goods_transactions_item = cls(
            comment=comment,
            company=company,
            date=date,
            goods=goods,
            id=id,
            record_id=record_id,
            staff=staff,
            visit_id=visit_id,
        )

        search_client_visits_response_200_goods_transactions_item.additional_properties = d
        return search_client_visits_response_200_goods_transactions_item

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
