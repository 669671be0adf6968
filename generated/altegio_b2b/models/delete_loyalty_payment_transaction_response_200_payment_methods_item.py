from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.delete_loyalty_payment_transaction_response_200_payment_methods_item_account import (
        DeleteLoyaltyPaymentTransactionResponse200PaymentMethodsItemAccount,
    )


T = TypeVar("T", bound="DeleteLoyaltyPaymentTransactionResponse200PaymentMethodsItem")


@_attrs_define
class DeleteLoyaltyPaymentTransactionResponse200PaymentMethodsItem:
    """
    Attributes:
        slug (str | Unset): Payment method type
        is_applicable (bool | Unset): Is it possible to use this method
        applicable_amount (float | Unset): Possible amount accepted for payment
        applicable_count (int | Unset): Possible number of visits (in case of membership)
        applicable_value (float | Unset): Applicable bonus (in the case of a loyalty program)
        account_id (int | Unset): Checkout ID (depends on slug)
        account (DeleteLoyaltyPaymentTransactionResponse200PaymentMethodsItemAccount | Unset): Location account
    """

    slug: str | Unset = UNSET
    is_applicable: bool | Unset = UNSET
    applicable_amount: float | Unset = UNSET
    applicable_count: int | Unset = UNSET
    applicable_value: float | Unset = UNSET
    account_id: int | Unset = UNSET
    account: DeleteLoyaltyPaymentTransactionResponse200PaymentMethodsItemAccount | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        is_applicable = self.is_applicable

        applicable_amount = self.applicable_amount

        applicable_count = self.applicable_count

        applicable_value = self.applicable_value

        account_id = self.account_id

        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if slug is not UNSET:
            field_dict["slug"] = slug
        if is_applicable is not UNSET:
            field_dict["is_applicable"] = is_applicable
        if applicable_amount is not UNSET:
            field_dict["applicable_amount"] = applicable_amount
        if applicable_count is not UNSET:
            field_dict["applicable_count"] = applicable_count
        if applicable_value is not UNSET:
            field_dict["applicable_value"] = applicable_value
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if account is not UNSET:
            field_dict["account"] = account

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.delete_loyalty_payment_transaction_response_200_payment_methods_item_account import (
            DeleteLoyaltyPaymentTransactionResponse200PaymentMethodsItemAccount,  # noqa: PLC0415
        )

        d = dict(src_dict)
        slug = d.pop("slug", UNSET)

        is_applicable = d.pop("is_applicable", UNSET)

        applicable_amount = d.pop("applicable_amount", UNSET)

        applicable_count = d.pop("applicable_count", UNSET)

        applicable_value = d.pop("applicable_value", UNSET)

        account_id = d.pop("account_id", UNSET)

        _account = d.pop("account", UNSET)
        account: DeleteLoyaltyPaymentTransactionResponse200PaymentMethodsItemAccount | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = DeleteLoyaltyPaymentTransactionResponse200PaymentMethodsItemAccount.from_dict(_account)

        _model = cls(
            slug=slug,
            is_applicable=is_applicable,
            applicable_amount=applicable_amount,
            applicable_count=applicable_count,
            applicable_value=applicable_value,
            account_id=account_id,
            account=account,
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
