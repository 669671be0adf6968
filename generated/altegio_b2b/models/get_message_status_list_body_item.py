from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetMessageStatusListBodyItem")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "status",
        "payment_sum",
        "currency_iso",
        "parts_amount",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class GetMessageStatusListBodyItem:
    """
    Attributes:
        id (str | Unset): Identifier
        status (float | Unset): Message status
        payment_sum (float | Unset): Full message cost
        currency_iso (str | Unset): Currency ISO
        parts_amount (float | Unset): Amount of message's parts
    """

    id: str | Unset = UNSET
    status: float | Unset = UNSET
    payment_sum: float | Unset = UNSET
    currency_iso: str | Unset = UNSET
    parts_amount: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not str and id is not UNSET:
            id = _fields.write_string(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        status = self.status
        if status is not UNSET:
            field_dict["status"] = _fields.write_number(status, "status")

        payment_sum = self.payment_sum
        if payment_sum is not UNSET:
            field_dict["payment_sum"] = _fields.write_number(payment_sum, "payment_sum")

        currency_iso = self.currency_iso
        if type(currency_iso) is not str and currency_iso is not UNSET:
            currency_iso = _fields.write_string(currency_iso, "currency_iso")
        if currency_iso is not UNSET:
            field_dict["currency_iso"] = currency_iso

        parts_amount = self.parts_amount
        if parts_amount is not UNSET:
            field_dict["parts_amount"] = _fields.write_number(parts_amount, "parts_amount")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not str and id is not UNSET:
            id = _fields.read_string(id, "id")

        status = _get("status", UNSET)
        if type(status) is not float and type(status) is not int and status is not UNSET:
            status = _fields.read_number(status, "status")

        payment_sum = _get("payment_sum", UNSET)
        if type(payment_sum) is not float and type(payment_sum) is not int and payment_sum is not UNSET:
            payment_sum = _fields.read_number(payment_sum, "payment_sum")

        currency_iso = _get("currency_iso", UNSET)
        if type(currency_iso) is not str and currency_iso is not UNSET:
            currency_iso = _fields.read_string(currency_iso, "currency_iso")

        parts_amount = _get("parts_amount", UNSET)
        if type(parts_amount) is not float and type(parts_amount) is not int and parts_amount is not UNSET:
            parts_amount = _fields.read_number(parts_amount, "parts_amount")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.status = status
        _model.payment_sum = payment_sum
        _model.currency_iso = currency_iso
        _model.parts_amount = parts_amount
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetMessageStatusListBodyItem:
            _fields.init_added_fields(_model, GetMessageStatusListBodyItem)
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
