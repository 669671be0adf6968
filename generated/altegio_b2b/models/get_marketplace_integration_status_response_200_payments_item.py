from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetMarketplaceIntegrationStatusResponse200PaymentsItem")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "payment_sum",
        "id",
        "payment_date",
        "is_refunded",
        "period_from",
        "period_to",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class GetMarketplaceIntegrationStatusResponse200PaymentsItem:
    """
    Attributes:
        payment_sum (float | Unset): The payment amount for the period.
        id (int | Unset): Payment ID.
        payment_date (str | Unset): The date of payment.
        is_refunded (bool | Unset): Was there a refund?
        period_from (str | Unset): Subscription start date
        period_to (str | Unset): Subscription end date
    """

    payment_sum: float | Unset = UNSET
    id: int | Unset = UNSET
    payment_date: str | Unset = UNSET
    is_refunded: bool | Unset = UNSET
    period_from: str | Unset = UNSET
    period_to: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        payment_sum = self.payment_sum
        if payment_sum is not UNSET:
            field_dict["payment_sum"] = _fields.write_number(payment_sum, "payment_sum")

        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        payment_date = self.payment_date
        if type(payment_date) is not str and payment_date is not UNSET:
            payment_date = _fields.write_string(payment_date, "payment_date")
        if payment_date is not UNSET:
            field_dict["payment_date"] = payment_date

        is_refunded = self.is_refunded
        if type(is_refunded) is not bool and is_refunded is not UNSET:
            is_refunded = _fields.write_boolean(is_refunded, "is_refunded")
        if is_refunded is not UNSET:
            field_dict["is_refunded"] = is_refunded

        period_from = self.period_from
        if type(period_from) is not str and period_from is not UNSET:
            period_from = _fields.write_string(period_from, "period_from")
        if period_from is not UNSET:
            field_dict["period_from"] = period_from

        period_to = self.period_to
        if type(period_to) is not str and period_to is not UNSET:
            period_to = _fields.write_string(period_to, "period_to")
        if period_to is not UNSET:
            field_dict["period_to"] = period_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        payment_sum = _get("payment_sum", UNSET)
        if type(payment_sum) is not float and type(payment_sum) is not int and payment_sum is not UNSET:
            payment_sum = _fields.read_number(payment_sum, "payment_sum")

        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _fields.read_integer(id, "id")

        payment_date = _get("payment_date", UNSET)
        if type(payment_date) is not str and payment_date is not UNSET:
            payment_date = _fields.read_string(payment_date, "payment_date")

        is_refunded = _get("is_refunded", UNSET)
        if type(is_refunded) is not bool and is_refunded is not UNSET:
            is_refunded = _fields.read_boolean(is_refunded, "is_refunded")

        period_from = _get("period_from", UNSET)
        if type(period_from) is not str and period_from is not UNSET:
            period_from = _fields.read_string(period_from, "period_from")

        period_to = _get("period_to", UNSET)
        if type(period_to) is not str and period_to is not UNSET:
            period_to = _fields.read_string(period_to, "period_to")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.payment_sum = payment_sum
        _model.id = id
        _model.payment_date = payment_date
        _model.is_refunded = is_refunded
        _model.period_from = period_from
        _model.period_to = period_to
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetMarketplaceIntegrationStatusResponse200PaymentsItem:
            _fields.init_added_fields(_model, GetMarketplaceIntegrationStatusResponse200PaymentsItem)
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
