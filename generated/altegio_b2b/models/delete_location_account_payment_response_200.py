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
    from ..models.delete_location_account_payment_response_200_kkm_state import (
        DeleteLocationAccountPaymentResponse200KkmState,
    )
    from ..models.delete_location_account_payment_response_200_payment_methods_item import (
        DeleteLocationAccountPaymentResponse200PaymentMethodsItem,
    )
    from ..models.delete_location_account_payment_response_200_state import DeleteLocationAccountPaymentResponse200State


T = TypeVar("T", bound="DeleteLocationAccountPaymentResponse200")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "state",
        "kkm_state",
        "payment_methods",
    }
)
_EXTRA = _fields.ANY
_KIND_payment_methods = _fields.ListOf(_fields.Model("DeleteLocationAccountPaymentResponse200PaymentMethodsItem"))


@_attrs_define
class DeleteLocationAccountPaymentResponse200:
    """Object with data

    Attributes:
        state (DeleteLocationAccountPaymentResponse200State | Unset):
        kkm_state (DeleteLocationAccountPaymentResponse200KkmState | Unset):
        payment_methods (list[DeleteLocationAccountPaymentResponse200PaymentMethodsItem] | Unset):
    """

    state: DeleteLocationAccountPaymentResponse200State | Unset = UNSET
    kkm_state: DeleteLocationAccountPaymentResponse200KkmState | Unset = UNSET
    payment_methods: list[DeleteLocationAccountPaymentResponse200PaymentMethodsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        state = self.state
        if state is not UNSET:
            field_dict["state"] = _fields.write_model(
                state, _models.DeleteLocationAccountPaymentResponse200State, "state"
            )

        kkm_state = self.kkm_state
        if kkm_state is not UNSET:
            field_dict["kkm_state"] = _fields.write_model(
                kkm_state, _models.DeleteLocationAccountPaymentResponse200KkmState, "kkm_state"
            )

        payment_methods = self.payment_methods
        if payment_methods is not UNSET:
            field_dict["payment_methods"] = _KIND_payment_methods.write_field(payment_methods, "payment_methods")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        state = _get("state", UNSET)
        if state is not UNSET:
            try:
                state = _models.DeleteLocationAccountPaymentResponse200State.from_dict(state)
            except _FieldError as _error:
                raise _error.within("state")

        kkm_state = _get("kkm_state", UNSET)
        if kkm_state is not UNSET:
            try:
                kkm_state = _models.DeleteLocationAccountPaymentResponse200KkmState.from_dict(kkm_state)
            except _FieldError as _error:
                raise _error.within("kkm_state")

        payment_methods = _get("payment_methods", UNSET)
        if payment_methods is not UNSET:
            payment_methods = _KIND_payment_methods.read_field(payment_methods, "payment_methods")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.state = state
        _model.kkm_state = kkm_state
        _model.payment_methods = payment_methods
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not DeleteLocationAccountPaymentResponse200:
            _fields.init_added_fields(_model, DeleteLocationAccountPaymentResponse200)
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
