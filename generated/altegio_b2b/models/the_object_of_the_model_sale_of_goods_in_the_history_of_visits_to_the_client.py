from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_object_location_minimum_information import ModelObjectLocationMinimumInformation
    from ..models.object_of_model_team_member_with_position import ObjectOfModelTeamMemberWithPosition
    from ..models.the_object_of_the_model_sold_product_in_the_history_of_customer_visits import (
        TheObjectOfTheModelSoldProductInTheHistoryOfCustomerVisits,
    )


T = TypeVar("T", bound="TheObjectOfTheModelSaleOfGoodsInTheHistoryOfVisitsToTheClient")


@_attrs_define
class TheObjectOfTheModelSaleOfGoodsInTheHistoryOfVisitsToTheClient:
    """Product sales data.

    Example:
        {'id': 123, 'comment': 'Comment to the sale of products', 'date': '2026-01-31T12:34:56-05:00', 'visit_id': 0,
            'record_id': 0, 'goods': [{'id': 123, 'title': 'My product', 'amount': -1, 'unit': 'PCS.', 'cost_per_unit':
            1000, 'first_cost': -1000, 'discount_percent': 0, 'cost_to_pay': 1000, 'paid_sum': 1000, 'payment_status':
            'paid_full'}], 'staff': {'id': 123, 'name': 'James Smith', 'company_id': 123, 'specialization': 'Master',
            'avatar': 'https://app.alteg.io/images/no-master-sm.png', 'avatar_big': 'https://app.alteg.io/images/no-
            master.png', 'position': {'id': 123, 'title': 'team member'}}, 'company': {'id': 123, 'title': 'My branch
            office.'}}

    Attributes:
        id (int | Unset): Identifier of the transaction for the sale of products.
        comment (str | Unset): A comment.
        date (datetime.datetime | Unset): Date of sale.
        visit_id (int | Unset): Visit ID. Equals `0` if there is no connection to the visit.
        record_id (int | Unset): Appointment ID. Equals `0` if there is no link to the appointment.
        goods (list[TheObjectOfTheModelSoldProductInTheHistoryOfCustomerVisits] | Unset): List of products sold.
        staff (ObjectOfModelTeamMemberWithPosition | Unset):  Example: {'id': 123, 'name': 'John Johnson', 'company_id':
            123, 'specialization': 'Master', 'avatar': 'https://app.alteg.io/images/no-master-sm.png', 'avatar_big':
            'https://app.alteg.io/images/no-master.png', 'position': {'id': 123, 'title': 'Position'}, 'is_paid_staff':
            False}.
        company (ModelObjectLocationMinimumInformation | Unset):  Example: {'id': 123, 'title': 'My branch office.'}.
    """

    id: int | Unset = UNSET
    comment: str | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    visit_id: int | Unset = UNSET
    record_id: int | Unset = UNSET
    goods: list[TheObjectOfTheModelSoldProductInTheHistoryOfCustomerVisits] | Unset = UNSET
    staff: ObjectOfModelTeamMemberWithPosition | Unset = UNSET
    company: ModelObjectLocationMinimumInformation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        comment = self.comment

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        visit_id = self.visit_id

        record_id = self.record_id

        goods: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.goods, Unset):
            goods = []
            for goods_item_data in self.goods:
                goods_item = goods_item_data.to_dict()
                goods.append(goods_item)

        staff: dict[str, Any] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = self.staff.to_dict()

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if comment is not UNSET:
            field_dict["comment"] = comment
        if date is not UNSET:
            field_dict["date"] = date
        if visit_id is not UNSET:
            field_dict["visit_id"] = visit_id
        if record_id is not UNSET:
            field_dict["record_id"] = record_id
        if goods is not UNSET:
            field_dict["goods"] = goods
        if staff is not UNSET:
            field_dict["staff"] = staff
        if company is not UNSET:
            field_dict["company"] = company

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.model_object_location_minimum_information import ModelObjectLocationMinimumInformation  # noqa: PLC0415
        from ..models.object_of_model_team_member_with_position import ObjectOfModelTeamMemberWithPosition  # noqa: PLC0415
        from ..models.the_object_of_the_model_sold_product_in_the_history_of_customer_visits import (
            TheObjectOfTheModelSoldProductInTheHistoryOfCustomerVisits,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        comment = d.pop("comment", UNSET)

        _date = d.pop("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = _timestamps.parse_datetime(_date)

        visit_id = d.pop("visit_id", UNSET)

        record_id = d.pop("record_id", UNSET)

        _goods = d.pop("goods", UNSET)
        goods: list[TheObjectOfTheModelSoldProductInTheHistoryOfCustomerVisits] | Unset = UNSET
        if _goods is not UNSET:
            goods = []
            for goods_item_data in _goods:
                goods_item = TheObjectOfTheModelSoldProductInTheHistoryOfCustomerVisits.from_dict(goods_item_data)

                goods.append(goods_item)

        _staff = d.pop("staff", UNSET)
        staff: ObjectOfModelTeamMemberWithPosition | Unset
        if isinstance(_staff, Unset):
            staff = UNSET
        else:
            staff = ObjectOfModelTeamMemberWithPosition.from_dict(_staff)

        _company = d.pop("company", UNSET)
        company: ModelObjectLocationMinimumInformation | Unset
        if isinstance(_company, Unset):
            company = UNSET
        else:
            company = ModelObjectLocationMinimumInformation.from_dict(_company)

        _model = cls(
            id=id,
            comment=comment,
            date=date,
            visit_id=visit_id,
            record_id=record_id,
            goods=goods,
            staff=staff,
            company=company,
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
