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
    from ..models.get_sale_transaction_response_200_payment_methods_item_account import (
        GetSaleTransactionResponse200PaymentMethodsItemAccount,
    )


T = TypeVar("T", bound="GetSaleTransactionResponse200PaymentMethodsItem")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "slug",
        "is_applicable",
        "applicable_amount",
        "applicable_count",
        "applicable_value",
        "account_id",
        "account",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class GetSaleTransactionResponse200PaymentMethodsItem:
    """
    Attributes:
        slug (str | Unset): Payment method type
        is_applicable (bool | Unset): Is it possible to use this method
        applicable_amount (float | Unset): Possible amount accepted for payment
        applicable_count (int | Unset): Possible number of visits (in case of membership)
        applicable_value (float | Unset): Applicable bonus (in the case of a loyalty program)
        account_id (int | Unset): Checkout ID (depends on slug)
        account (GetSaleTransactionResponse200PaymentMethodsItemAccount | Unset): Location account
    """

    slug: str | Unset = UNSET
    is_applicable: bool | Unset = UNSET
    applicable_amount: float | Unset = UNSET
    applicable_count: int | Unset = UNSET
    applicable_value: float | Unset = UNSET
    account_id: int | Unset = UNSET
    account: GetSaleTransactionResponse200PaymentMethodsItemAccount | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        slug = self.slug
        if type(slug) is not str and slug is not UNSET:
            slug = _fields.write_string(slug, "slug")
        if slug is not UNSET:
            field_dict["slug"] = slug

        is_applicable = self.is_applicable
        if type(is_applicable) is not bool and is_applicable is not UNSET:
            is_applicable = _fields.write_boolean(is_applicable, "is_applicable")
        if is_applicable is not UNSET:
            field_dict["is_applicable"] = is_applicable

        applicable_amount = self.applicable_amount
        if applicable_amount is not UNSET:
            field_dict["applicable_amount"] = _fields.write_number(applicable_amount, "applicable_amount")

        applicable_count = self.applicable_count
        if type(applicable_count) is not int and applicable_count is not UNSET:
            applicable_count = _fields.write_integer(applicable_count, "applicable_count")
        if applicable_count is not UNSET:
            field_dict["applicable_count"] = applicable_count

        applicable_value = self.applicable_value
        if applicable_value is not UNSET:
            field_dict["applicable_value"] = _fields.write_number(applicable_value, "applicable_value")

        account_id = self.account_id
        if type(account_id) is not int and account_id is not UNSET:
            account_id = _fields.write_integer(account_id, "account_id")
        if account_id is not UNSET:
            field_dict["account_id"] = account_id

        account = self.account
        if account is not UNSET:
            field_dict["account"] = _fields.write_model(
                account, _models.GetSaleTransactionResponse200PaymentMethodsItemAccount, "account"
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        slug = _get("slug", UNSET)
        if type(slug) is not str and slug is not UNSET:
            slug = _fields.read_string(slug, "slug")

        is_applicable = _get("is_applicable", UNSET)
        if type(is_applicable) is not bool and is_applicable is not UNSET:
            is_applicable = _fields.read_boolean(is_applicable, "is_applicable")

        applicable_amount = _get("applicable_amount", UNSET)
        if (
            type(applicable_amount) is not float
            and type(applicable_amount) is not int
            and applicable_amount is not UNSET
        ):
            applicable_amount = _fields.read_number(applicable_amount, "applicable_amount")

        applicable_count = _get("applicable_count", UNSET)
        if type(applicable_count) is not int and applicable_count is not UNSET:
            applicable_count = _fields.read_integer(applicable_count, "applicable_count")

        applicable_value = _get("applicable_value", UNSET)
        if type(applicable_value) is not float and type(applicable_value) is not int and applicable_value is not UNSET:
            applicable_value = _fields.read_number(applicable_value, "applicable_value")

        account_id = _get("account_id", UNSET)
        if type(account_id) is not int and account_id is not UNSET:
            account_id = _fields.read_integer(account_id, "account_id")

        account = _get("account", UNSET)
        if account is not UNSET:
            try:
                account = _models.GetSaleTransactionResponse200PaymentMethodsItemAccount.from_dict(account)
            except _FieldError as _error:
                raise _error.within("account")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.slug = slug
        _model.is_applicable = is_applicable
        _model.applicable_amount = applicable_amount
        _model.applicable_count = applicable_count
        _model.applicable_value = applicable_value
        _model.account_id = account_id
        _model.account = account
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetSaleTransactionResponse200PaymentMethodsItem:
            _fields.init_added_fields(_model, GetSaleTransactionResponse200PaymentMethodsItem)
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
