from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_payment_with_loyalty_methods_response_200_kkm_state import (
        CreatePaymentWithLoyaltyMethodsResponse200KkmState,
    )
    from ..models.create_payment_with_loyalty_methods_response_200_payment_methods_item import (
        CreatePaymentWithLoyaltyMethodsResponse200PaymentMethodsItem,
    )
    from ..models.create_payment_with_loyalty_methods_response_200_state import (
        CreatePaymentWithLoyaltyMethodsResponse200State,
    )


T = TypeVar("T", bound="CreatePaymentWithLoyaltyMethodsResponse200")


@_attrs_define
class CreatePaymentWithLoyaltyMethodsResponse200:
    """Object with data

    Attributes:
        state (CreatePaymentWithLoyaltyMethodsResponse200State | Unset):
        kkm_state (CreatePaymentWithLoyaltyMethodsResponse200KkmState | Unset):
        payment_methods (list[CreatePaymentWithLoyaltyMethodsResponse200PaymentMethodsItem] | Unset):
    """

    state: CreatePaymentWithLoyaltyMethodsResponse200State | Unset = UNSET
    kkm_state: CreatePaymentWithLoyaltyMethodsResponse200KkmState | Unset = UNSET
    payment_methods: list[CreatePaymentWithLoyaltyMethodsResponse200PaymentMethodsItem] | Unset = UNSET
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
        from ..models.create_payment_with_loyalty_methods_response_200_kkm_state import (
            CreatePaymentWithLoyaltyMethodsResponse200KkmState,  # noqa: PLC0415
        )
        from ..models.create_payment_with_loyalty_methods_response_200_payment_methods_item import (
            CreatePaymentWithLoyaltyMethodsResponse200PaymentMethodsItem,  # noqa: PLC0415
        )
        from ..models.create_payment_with_loyalty_methods_response_200_state import (
            CreatePaymentWithLoyaltyMethodsResponse200State,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _state = d.pop("state", UNSET)
        state: CreatePaymentWithLoyaltyMethodsResponse200State | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = CreatePaymentWithLoyaltyMethodsResponse200State.from_dict(_state)

        _kkm_state = d.pop("kkm_state", UNSET)
        kkm_state: CreatePaymentWithLoyaltyMethodsResponse200KkmState | Unset
        if isinstance(_kkm_state, Unset):
            kkm_state = UNSET
        else:
            kkm_state = CreatePaymentWithLoyaltyMethodsResponse200KkmState.from_dict(_kkm_state)

        _payment_methods = d.pop("payment_methods", UNSET)
        payment_methods: list[CreatePaymentWithLoyaltyMethodsResponse200PaymentMethodsItem] | Unset = UNSET
        if _payment_methods is not UNSET:
            payment_methods = []
            for payment_methods_item_data in _payment_methods:
                payment_methods_item = CreatePaymentWithLoyaltyMethodsResponse200PaymentMethodsItem.from_dict(
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
