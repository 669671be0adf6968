from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET

T = TypeVar("T", bound="MarketplaceNotificationPaymentCallbackBody")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "salon_id",
        "application_id",
        "currency_iso",
        "payment_sum",
        "payment_date",
        "period_from",
        "period_to",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class MarketplaceNotificationPaymentCallbackBody:
    """
    Attributes:
        salon_id (int): Location ID. Example: 123.
        application_id (int): Application ID. Example: 123.
        currency_iso (str): Currency ISO (e.g.: USD, EUR, BYN) Example: EUR.
        payment_sum (float): Payment amount. Example: 990.99.
        payment_date (str): Date and time of payment. Example: 2022-01-01 10:10:00.
        period_from (str): Date from which the paid period begins (inclusive). Example: 2022-01-01 10:10:00.
        period_to (str): Date from which the paid period ends (inclusive). Example: 2022-02-01 10:10:00.
    """

    salon_id: int
    application_id: int
    currency_iso: str
    payment_sum: float
    payment_date: str
    period_from: str
    period_to: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        salon_id = self.salon_id
        if type(salon_id) is not int:
            salon_id = _fields.write_integer(salon_id, "salon_id")
        field_dict["salon_id"] = salon_id

        application_id = self.application_id
        if type(application_id) is not int:
            application_id = _fields.write_integer(application_id, "application_id")
        field_dict["application_id"] = application_id

        currency_iso = self.currency_iso
        if type(currency_iso) is not str:
            currency_iso = _fields.write_string(currency_iso, "currency_iso")
        field_dict["currency_iso"] = currency_iso

        payment_sum = self.payment_sum
        field_dict["payment_sum"] = _fields.write_number(payment_sum, "payment_sum")

        payment_date = self.payment_date
        if type(payment_date) is not str:
            payment_date = _fields.write_string(payment_date, "payment_date")
        field_dict["payment_date"] = payment_date

        period_from = self.period_from
        if type(period_from) is not str:
            period_from = _fields.write_string(period_from, "period_from")
        field_dict["period_from"] = period_from

        period_to = self.period_to
        if type(period_to) is not str:
            period_to = _fields.write_string(period_to, "period_to")
        field_dict["period_to"] = period_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        salon_id = _get("salon_id", UNSET)
        if type(salon_id) is not int:
            salon_id = _fields.read_integer(salon_id, "salon_id")

        application_id = _get("application_id", UNSET)
        if type(application_id) is not int:
            application_id = _fields.read_integer(application_id, "application_id")

        currency_iso = _get("currency_iso", UNSET)
        if type(currency_iso) is not str:
            currency_iso = _fields.read_string(currency_iso, "currency_iso")

        payment_sum = _get("payment_sum", UNSET)
        if type(payment_sum) is not float and type(payment_sum) is not int:
            payment_sum = _fields.read_number(payment_sum, "payment_sum")

        payment_date = _get("payment_date", UNSET)
        if type(payment_date) is not str:
            payment_date = _fields.read_string(payment_date, "payment_date")

        period_from = _get("period_from", UNSET)
        if type(period_from) is not str:
            period_from = _fields.read_string(period_from, "period_from")

        period_to = _get("period_to", UNSET)
        if type(period_to) is not str:
            period_to = _fields.read_string(period_to, "period_to")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.salon_id = salon_id
        _model.application_id = application_id
        _model.currency_iso = currency_iso
        _model.payment_sum = payment_sum
        _model.payment_date = payment_date
        _model.period_from = period_from
        _model.period_to = period_to
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not MarketplaceNotificationPaymentCallbackBody:
            _fields.init_added_fields(_model, MarketplaceNotificationPaymentCallbackBody)
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
