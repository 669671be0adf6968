from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._runtime import fields as _fields
from .._runtime.errors import FieldError as _FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_object_location_minimum_information import ModelObjectLocationMinimumInformation
    from ..models.object_of_model_team_member_with_position import ObjectOfModelTeamMemberWithPosition
    from ..models.the_object_of_the_model_sold_product_in_the_history_of_customer_visits import (
        TheObjectOfTheModelSoldProductInTheHistoryOfCustomerVisits,
    )


T = TypeVar("T", bound="TheObjectOfTheModelSaleOfGoodsInTheHistoryOfVisitsToTheClient")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "comment",
        "date",
        "visit_id",
        "record_id",
        "goods",
        "staff",
        "company",
    }
)
_EXTRA = _fields.ANY
_KIND_goods = _fields.ListOf(_fields.Model("TheObjectOfTheModelSoldProductInTheHistoryOfCustomerVisits"))


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
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        comment = self.comment
        if type(comment) is not str and comment is not UNSET:
            comment = _fields.write_string(comment, "comment")
        if comment is not UNSET:
            field_dict["comment"] = comment

        date = self.date
        if date is not UNSET:
            field_dict["date"] = _fields.write_datetime(date, "date")

        visit_id = self.visit_id
        if type(visit_id) is not int and visit_id is not UNSET:
            visit_id = _fields.write_integer(visit_id, "visit_id")
        if visit_id is not UNSET:
            field_dict["visit_id"] = visit_id

        record_id = self.record_id
        if type(record_id) is not int and record_id is not UNSET:
            record_id = _fields.write_integer(record_id, "record_id")
        if record_id is not UNSET:
            field_dict["record_id"] = record_id

        goods = self.goods
        if goods is not UNSET:
            field_dict["goods"] = _KIND_goods.write_field(goods, "goods")

        staff = self.staff
        if staff is not UNSET:
            field_dict["staff"] = _fields.write_model(staff, _models.ObjectOfModelTeamMemberWithPosition, "staff")

        company = self.company
        if company is not UNSET:
            field_dict["company"] = _fields.write_model(
                company, _models.ModelObjectLocationMinimumInformation, "company"
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _fields.read_integer(id, "id")

        comment = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = _fields.read_string(comment, "comment")

        date = _get("date", UNSET)
        if date is not UNSET:
            try:
                date = _fields.datetime_fromisoformat(date)
            except (TypeError, ValueError):
                date = _fields.read_datetime(date, "date")

        visit_id = _get("visit_id", UNSET)
        if type(visit_id) is not int and visit_id is not UNSET:
            visit_id = _fields.read_integer(visit_id, "visit_id")

        record_id = _get("record_id", UNSET)
        if type(record_id) is not int and record_id is not UNSET:
            record_id = _fields.read_integer(record_id, "record_id")

        goods = _get("goods", UNSET)
        if goods is not UNSET:
            goods = _KIND_goods.read_field(goods, "goods")

        staff = _get("staff", UNSET)
        if staff is not UNSET:
            try:
                staff = _models.ObjectOfModelTeamMemberWithPosition.from_dict(staff)
            except _FieldError as _error:
                raise _error.within("staff")

        company = _get("company", UNSET)
        if company is not UNSET:
            try:
                company = _models.ModelObjectLocationMinimumInformation.from_dict(company)
            except _FieldError as _error:
                raise _error.within("company")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.comment = comment
        _model.date = date
        _model.visit_id = visit_id
        _model.record_id = record_id
        _model.goods = goods
        _model.staff = staff
        _model.company = company
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not TheObjectOfTheModelSaleOfGoodsInTheHistoryOfVisitsToTheClient:
            _fields.init_added_fields(_model, TheObjectOfTheModelSaleOfGoodsInTheHistoryOfVisitsToTheClient)
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
