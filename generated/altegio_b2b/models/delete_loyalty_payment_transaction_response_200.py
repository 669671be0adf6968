from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.delete_loyalty_payment_transaction_response_200_kkm_state import (
        DeleteLoyaltyPaymentTransactionResponse200KkmState,
    )
    from ..models.delete_loyalty_payment_transaction_response_200_payment_methods_item import (
        DeleteLoyaltyPaymentTransactionResponse200PaymentMethodsItem,
    )
    from ..models.delete_loyalty_payment_transaction_response_200_state import (
        DeleteLoyaltyPaymentTransactionResponse200State,
    )


T = TypeVar("T", bound="DeleteLoyaltyPaymentTransactionResponse200")


@_attrs_define
class DeleteLoyaltyPaymentTransactionResponse200:
    """Object with data

    Attributes:
        state (DeleteLoyaltyPaymentTransactionResponse200State | Unset):
        kkm_state (DeleteLoyaltyPaymentTransactionResponse200KkmState | Unset):
        payment_methods (list[DeleteLoyaltyPaymentTransactionResponse200PaymentMethodsItem] | Unset):
    """

    state: DeleteLoyaltyPaymentTransactionResponse200State | Unset = UNSET
    kkm_state: DeleteLoyaltyPaymentTransactionResponse200KkmState | Unset = UNSET
    payment_methods: list[DeleteLoyaltyPaymentTransactionResponse200PaymentMethodsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        state: dict[str, Any] | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.to_dict()

        kkm_state: dict[str, Any] | Unset = UNSET
        if not isinstance(self.kkm_state, Unset):
            kkm_state = self.kkm_state.to_dict()

        payment_methods: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payment_methods, Unset):
            payment_methods = []
            for payment_methods_item_data in self.payment_methods:
                payment_methods_item = payment_methods_item_data.to_dict()
                payment_methods.append(payment_methods_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if state is not UNSET:
            field_dict["state"] = state
        if kkm_state is not UNSET:
            field_dict["kkm_state"] = kkm_state
        if payment_methods is not UNSET:
            field_dict["payment_methods"] = payment_methods

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.delete_loyalty_payment_transaction_response_200_kkm_state import (
            DeleteLoyaltyPaymentTransactionResponse200KkmState,  # noqa: PLC0415
        )
        from ..models.delete_loyalty_payment_transaction_response_200_payment_methods_item import (
            DeleteLoyaltyPaymentTransactionResponse200PaymentMethodsItem,  # noqa: PLC0415
        )
        from ..models.delete_loyalty_payment_transaction_response_200_state import (
            DeleteLoyaltyPaymentTransactionResponse200State,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _state = d.pop("state", UNSET)
        state: DeleteLoyaltyPaymentTransactionResponse200State | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = DeleteLoyaltyPaymentTransactionResponse200State.from_dict(_state)

        _kkm_state = d.pop("kkm_state", UNSET)
        kkm_state: DeleteLoyaltyPaymentTransactionResponse200KkmState | Unset
        if isinstance(_kkm_state, Unset):
            kkm_state = UNSET
        else:
            kkm_state = DeleteLoyaltyPaymentTransactionResponse200KkmState.from_dict(_kkm_state)

        _payment_methods = d.pop("payment_methods", UNSET)
        payment_methods: list[DeleteLoyaltyPaymentTransactionResponse200PaymentMethodsItem] | Unset = UNSET
        if _payment_methods is not UNSET:
            payment_methods = []
            for payment_methods_item_data in _payment_methods:
                payment_methods_item = DeleteLoyaltyPaymentTransactionResponse200PaymentMethodsItem.from_dict(
                    payment_methods_item_data
                )

                payment_methods.append(payment_methods_item)

        _model = cls(
            state=state,
            kkm_state=kkm_state,
            payment_methods=payment_methods,
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
