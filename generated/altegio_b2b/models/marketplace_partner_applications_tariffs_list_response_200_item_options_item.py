from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="MarketplacePartnerApplicationsTariffsListResponse200ItemOptionsItem")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "title",
        "overall_price",
        "duration_in_months",
        "currency_iso",
        "staff_amount",
        "free_period_in_months",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class MarketplacePartnerApplicationsTariffsListResponse200ItemOptionsItem:
    """
    Attributes:
        id (int | Unset): Option ID Example: 123.
        title (str | Unset): Option name Example: Solo professional.
        overall_price (float | Unset): Total price Example: 500.
        duration_in_months (int | Unset): Duration in months Example: 1.
        currency_iso (str | Unset): Currency ISO code Example: USD.
        staff_amount (int | Unset): Maximum team members for this option Example: 1.
        free_period_in_months (int | Unset): Free trial period in months Example: 0.
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    overall_price: float | Unset = UNSET
    duration_in_months: int | Unset = UNSET
    currency_iso: str | Unset = UNSET
    staff_amount: int | Unset = UNSET
    free_period_in_months: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        title = self.title
        if type(title) is not str and title is not UNSET:
            title = _fields.write_string(title, "title")
        if title is not UNSET:
            field_dict["title"] = title

        overall_price = self.overall_price
        if overall_price is not UNSET:
            field_dict["overall_price"] = _fields.write_number(overall_price, "overall_price")

        duration_in_months = self.duration_in_months
        if type(duration_in_months) is not int and duration_in_months is not UNSET:
            duration_in_months = _fields.write_integer(duration_in_months, "duration_in_months")
        if duration_in_months is not UNSET:
            field_dict["duration_in_months"] = duration_in_months

        currency_iso = self.currency_iso
        if type(currency_iso) is not str and currency_iso is not UNSET:
            currency_iso = _fields.write_string(currency_iso, "currency_iso")
        if currency_iso is not UNSET:
            field_dict["currency_iso"] = currency_iso

        staff_amount = self.staff_amount
        if type(staff_amount) is not int and staff_amount is not UNSET:
            staff_amount = _fields.write_integer(staff_amount, "staff_amount")
        if staff_amount is not UNSET:
            field_dict["staff_amount"] = staff_amount

        free_period_in_months = self.free_period_in_months
        if type(free_period_in_months) is not int and free_period_in_months is not UNSET:
            free_period_in_months = _fields.write_integer(free_period_in_months, "free_period_in_months")
        if free_period_in_months is not UNSET:
            field_dict["free_period_in_months"] = free_period_in_months

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _fields.read_integer(id, "id")

        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _fields.read_string(title, "title")

        overall_price = _get("overall_price", UNSET)
        if type(overall_price) is not float and type(overall_price) is not int and overall_price is not UNSET:
            overall_price = _fields.read_number(overall_price, "overall_price")

        duration_in_months = _get("duration_in_months", UNSET)
        if type(duration_in_months) is not int and duration_in_months is not UNSET:
            duration_in_months = _fields.read_integer(duration_in_months, "duration_in_months")

        currency_iso = _get("currency_iso", UNSET)
        if type(currency_iso) is not str and currency_iso is not UNSET:
            currency_iso = _fields.read_string(currency_iso, "currency_iso")

        staff_amount = _get("staff_amount", UNSET)
        if type(staff_amount) is not int and staff_amount is not UNSET:
            staff_amount = _fields.read_integer(staff_amount, "staff_amount")

        free_period_in_months = _get("free_period_in_months", UNSET)
        if type(free_period_in_months) is not int and free_period_in_months is not UNSET:
            free_period_in_months = _fields.read_integer(free_period_in_months, "free_period_in_months")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.title = title
        _model.overall_price = overall_price
        _model.duration_in_months = duration_in_months
        _model.currency_iso = currency_iso
        _model.staff_amount = staff_amount
        _model.free_period_in_months = free_period_in_months
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not MarketplacePartnerApplicationsTariffsListResponse200ItemOptionsItem:
            _fields.init_added_fields(_model, MarketplacePartnerApplicationsTariffsListResponse200ItemOptionsItem)
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
