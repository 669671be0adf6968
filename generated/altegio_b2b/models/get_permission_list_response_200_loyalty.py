from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetPermissionListResponse200Loyalty")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "loyalty_access",
        "has_loyalty_access",
        "loyalty_cards_manual_transactions_access",
        "has_loyalty_cards_manual_transactions_access",
        "loyalty_certificate_and_abonement_manual_transactions_access",
        "loyalty_abonement_balance_edit_access",
        "loyalty_abonement_history_access",
        "loyalty_abonement_period_edit_access",
        "loyalty_cards_issue_and_removal_access",
        "loyalty_certificate_balance_edit_access",
        "loyalty_certificate_period_edit_access",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class GetPermissionListResponse200Loyalty:
    """Section Loyalty

    Attributes:
        loyalty_access (bool | Unset): true - there is access to loyalty, false - no access
        has_loyalty_access (bool | Unset): true - there is access to loyalty, false - no access
        loyalty_cards_manual_transactions_access (bool | Unset): true - there is access to manual
            replenishment/withdrawal from loyalty cards, false - no access
        has_loyalty_cards_manual_transactions_access (bool | Unset): true - there is access to manual
            replenishment/withdrawal from loyalty cards, false - no access
        loyalty_certificate_and_abonement_manual_transactions_access (bool | Unset): true - there is access to payment
            with a certificate and a membership without a code, false - no access
        loyalty_abonement_balance_edit_access (bool | Unset): true - there is access to edit membership balance, false -
            no access
        loyalty_abonement_history_access (bool | Unset): true - there is access to membership history, false - no access
        loyalty_abonement_period_edit_access (bool | Unset): true - there is access to edit membership period, false -
            no access
        loyalty_cards_issue_and_removal_access (bool | Unset): true - there is access to issue and remove loyalty cards,
            false - no access
        loyalty_certificate_balance_edit_access (bool | Unset): true - there is access to edit gift card balance, false
            - no access
        loyalty_certificate_period_edit_access (bool | Unset): true - there is access to edit gift card period, false -
            no access
    """

    loyalty_access: bool | Unset = UNSET
    has_loyalty_access: bool | Unset = UNSET
    loyalty_cards_manual_transactions_access: bool | Unset = UNSET
    has_loyalty_cards_manual_transactions_access: bool | Unset = UNSET
    loyalty_certificate_and_abonement_manual_transactions_access: bool | Unset = UNSET
    loyalty_abonement_balance_edit_access: bool | Unset = UNSET
    loyalty_abonement_history_access: bool | Unset = UNSET
    loyalty_abonement_period_edit_access: bool | Unset = UNSET
    loyalty_cards_issue_and_removal_access: bool | Unset = UNSET
    loyalty_certificate_balance_edit_access: bool | Unset = UNSET
    loyalty_certificate_period_edit_access: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        loyalty_access = self.loyalty_access
        if type(loyalty_access) is not bool and loyalty_access is not UNSET:
            loyalty_access = _fields.write_boolean(loyalty_access, "loyalty_access")
        if loyalty_access is not UNSET:
            field_dict["loyalty_access"] = loyalty_access

        has_loyalty_access = self.has_loyalty_access
        if type(has_loyalty_access) is not bool and has_loyalty_access is not UNSET:
            has_loyalty_access = _fields.write_boolean(has_loyalty_access, "has_loyalty_access")
        if has_loyalty_access is not UNSET:
            field_dict["has_loyalty_access"] = has_loyalty_access

        loyalty_cards_manual_transactions_access = self.loyalty_cards_manual_transactions_access
        if (
            type(loyalty_cards_manual_transactions_access) is not bool
            and loyalty_cards_manual_transactions_access is not UNSET
        ):
            loyalty_cards_manual_transactions_access = _fields.write_boolean(
                loyalty_cards_manual_transactions_access, "loyalty_cards_manual_transactions_access"
            )
        if loyalty_cards_manual_transactions_access is not UNSET:
            field_dict["loyalty_cards_manual_transactions_access"] = loyalty_cards_manual_transactions_access

        has_loyalty_cards_manual_transactions_access = self.has_loyalty_cards_manual_transactions_access
        if (
            type(has_loyalty_cards_manual_transactions_access) is not bool
            and has_loyalty_cards_manual_transactions_access is not UNSET
        ):
            has_loyalty_cards_manual_transactions_access = _fields.write_boolean(
                has_loyalty_cards_manual_transactions_access, "has_loyalty_cards_manual_transactions_access"
            )
        if has_loyalty_cards_manual_transactions_access is not UNSET:
            field_dict["has_loyalty_cards_manual_transactions_access"] = has_loyalty_cards_manual_transactions_access

        loyalty_certificate_and_abonement_manual_transactions_access = (
            self.loyalty_certificate_and_abonement_manual_transactions_access
        )
        if (
            type(loyalty_certificate_and_abonement_manual_transactions_access) is not bool
            and loyalty_certificate_and_abonement_manual_transactions_access is not UNSET
        ):
            loyalty_certificate_and_abonement_manual_transactions_access = _fields.write_boolean(
                loyalty_certificate_and_abonement_manual_transactions_access,
                "loyalty_certificate_and_abonement_manual_transactions_access",
            )
        if loyalty_certificate_and_abonement_manual_transactions_access is not UNSET:
            field_dict["loyalty_certificate_and_abonement_manual_transactions_access"] = (
                loyalty_certificate_and_abonement_manual_transactions_access
            )

        loyalty_abonement_balance_edit_access = self.loyalty_abonement_balance_edit_access
        if (
            type(loyalty_abonement_balance_edit_access) is not bool
            and loyalty_abonement_balance_edit_access is not UNSET
        ):
            loyalty_abonement_balance_edit_access = _fields.write_boolean(
                loyalty_abonement_balance_edit_access, "loyalty_abonement_balance_edit_access"
            )
        if loyalty_abonement_balance_edit_access is not UNSET:
            field_dict["loyalty_abonement_balance_edit_access"] = loyalty_abonement_balance_edit_access

        loyalty_abonement_history_access = self.loyalty_abonement_history_access
        if type(loyalty_abonement_history_access) is not bool and loyalty_abonement_history_access is not UNSET:
            loyalty_abonement_history_access = _fields.write_boolean(
                loyalty_abonement_history_access, "loyalty_abonement_history_access"
            )
        if loyalty_abonement_history_access is not UNSET:
            field_dict["loyalty_abonement_history_access"] = loyalty_abonement_history_access

        loyalty_abonement_period_edit_access = self.loyalty_abonement_period_edit_access
        if type(loyalty_abonement_period_edit_access) is not bool and loyalty_abonement_period_edit_access is not UNSET:
            loyalty_abonement_period_edit_access = _fields.write_boolean(
                loyalty_abonement_period_edit_access, "loyalty_abonement_period_edit_access"
            )
        if loyalty_abonement_period_edit_access is not UNSET:
            field_dict["loyalty_abonement_period_edit_access"] = loyalty_abonement_period_edit_access

        loyalty_cards_issue_and_removal_access = self.loyalty_cards_issue_and_removal_access
        if (
            type(loyalty_cards_issue_and_removal_access) is not bool
            and loyalty_cards_issue_and_removal_access is not UNSET
        ):
            loyalty_cards_issue_and_removal_access = _fields.write_boolean(
                loyalty_cards_issue_and_removal_access, "loyalty_cards_issue_and_removal_access"
            )
        if loyalty_cards_issue_and_removal_access is not UNSET:
            field_dict["loyalty_cards_issue_and_removal_access"] = loyalty_cards_issue_and_removal_access

        loyalty_certificate_balance_edit_access = self.loyalty_certificate_balance_edit_access
        if (
            type(loyalty_certificate_balance_edit_access) is not bool
            and loyalty_certificate_balance_edit_access is not UNSET
        ):
            loyalty_certificate_balance_edit_access = _fields.write_boolean(
                loyalty_certificate_balance_edit_access, "loyalty_certificate_balance_edit_access"
            )
        if loyalty_certificate_balance_edit_access is not UNSET:
            field_dict["loyalty_certificate_balance_edit_access"] = loyalty_certificate_balance_edit_access

        loyalty_certificate_period_edit_access = self.loyalty_certificate_period_edit_access
        if (
            type(loyalty_certificate_period_edit_access) is not bool
            and loyalty_certificate_period_edit_access is not UNSET
        ):
            loyalty_certificate_period_edit_access = _fields.write_boolean(
                loyalty_certificate_period_edit_access, "loyalty_certificate_period_edit_access"
            )
        if loyalty_certificate_period_edit_access is not UNSET:
            field_dict["loyalty_certificate_period_edit_access"] = loyalty_certificate_period_edit_access

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        loyalty_access = _get("loyalty_access", UNSET)
        if type(loyalty_access) is not bool and loyalty_access is not UNSET:
            loyalty_access = _fields.read_boolean(loyalty_access, "loyalty_access")

        has_loyalty_access = _get("has_loyalty_access", UNSET)
        if type(has_loyalty_access) is not bool and has_loyalty_access is not UNSET:
            has_loyalty_access = _fields.read_boolean(has_loyalty_access, "has_loyalty_access")

        loyalty_cards_manual_transactions_access = _get("loyalty_cards_manual_transactions_access", UNSET)
        if (
            type(loyalty_cards_manual_transactions_access) is not bool
            and loyalty_cards_manual_transactions_access is not UNSET
        ):
            loyalty_cards_manual_transactions_access = _fields.read_boolean(
                loyalty_cards_manual_transactions_access, "loyalty_cards_manual_transactions_access"
            )

        has_loyalty_cards_manual_transactions_access = _get("has_loyalty_cards_manual_transactions_access", UNSET)
        if (
            type(has_loyalty_cards_manual_transactions_access) is not bool
            and has_loyalty_cards_manual_transactions_access is not UNSET
        ):
            has_loyalty_cards_manual_transactions_access = _fields.read_boolean(
                has_loyalty_cards_manual_transactions_access, "has_loyalty_cards_manual_transactions_access"
            )

        loyalty_certificate_and_abonement_manual_transactions_access = _get(
            "loyalty_certificate_and_abonement_manual_transactions_access", UNSET
        )
        if (
            type(loyalty_certificate_and_abonement_manual_transactions_access) is not bool
            and loyalty_certificate_and_abonement_manual_transactions_access is not UNSET
        ):
            loyalty_certificate_and_abonement_manual_transactions_access = _fields.read_boolean(
                loyalty_certificate_and_abonement_manual_transactions_access,
                "loyalty_certificate_and_abonement_manual_transactions_access",
            )

        loyalty_abonement_balance_edit_access = _get("loyalty_abonement_balance_edit_access", UNSET)
        if (
            type(loyalty_abonement_balance_edit_access) is not bool
            and loyalty_abonement_balance_edit_access is not UNSET
        ):
            loyalty_abonement_balance_edit_access = _fields.read_boolean(
                loyalty_abonement_balance_edit_access, "loyalty_abonement_balance_edit_access"
            )

        loyalty_abonement_history_access = _get("loyalty_abonement_history_access", UNSET)
        if type(loyalty_abonement_history_access) is not bool and loyalty_abonement_history_access is not UNSET:
            loyalty_abonement_history_access = _fields.read_boolean(
                loyalty_abonement_history_access, "loyalty_abonement_history_access"
            )

        loyalty_abonement_period_edit_access = _get("loyalty_abonement_period_edit_access", UNSET)
        if type(loyalty_abonement_period_edit_access) is not bool and loyalty_abonement_period_edit_access is not UNSET:
            loyalty_abonement_period_edit_access = _fields.read_boolean(
                loyalty_abonement_period_edit_access, "loyalty_abonement_period_edit_access"
            )

        loyalty_cards_issue_and_removal_access = _get("loyalty_cards_issue_and_removal_access", UNSET)
        if (
            type(loyalty_cards_issue_and_removal_access) is not bool
            and loyalty_cards_issue_and_removal_access is not UNSET
        ):
            loyalty_cards_issue_and_removal_access = _fields.read_boolean(
                loyalty_cards_issue_and_removal_access, "loyalty_cards_issue_and_removal_access"
            )

        loyalty_certificate_balance_edit_access = _get("loyalty_certificate_balance_edit_access", UNSET)
        if (
            type(loyalty_certificate_balance_edit_access) is not bool
            and loyalty_certificate_balance_edit_access is not UNSET
        ):
            loyalty_certificate_balance_edit_access = _fields.read_boolean(
                loyalty_certificate_balance_edit_access, "loyalty_certificate_balance_edit_access"
            )

        loyalty_certificate_period_edit_access = _get("loyalty_certificate_period_edit_access", UNSET)
        if (
            type(loyalty_certificate_period_edit_access) is not bool
            and loyalty_certificate_period_edit_access is not UNSET
        ):
            loyalty_certificate_period_edit_access = _fields.read_boolean(
                loyalty_certificate_period_edit_access, "loyalty_certificate_period_edit_access"
            )

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.loyalty_access = loyalty_access
        _model.has_loyalty_access = has_loyalty_access
        _model.loyalty_cards_manual_transactions_access = loyalty_cards_manual_transactions_access
        _model.has_loyalty_cards_manual_transactions_access = has_loyalty_cards_manual_transactions_access
        _model.loyalty_certificate_and_abonement_manual_transactions_access = (
            loyalty_certificate_and_abonement_manual_transactions_access
        )
        _model.loyalty_abonement_balance_edit_access = loyalty_abonement_balance_edit_access
        _model.loyalty_abonement_history_access = loyalty_abonement_history_access
        _model.loyalty_abonement_period_edit_access = loyalty_abonement_period_edit_access
        _model.loyalty_cards_issue_and_removal_access = loyalty_cards_issue_and_removal_access
        _model.loyalty_certificate_balance_edit_access = loyalty_certificate_balance_edit_access
        _model.loyalty_certificate_period_edit_access = loyalty_certificate_period_edit_access
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetPermissionListResponse200Loyalty:
            _fields.init_added_fields(_model, GetPermissionListResponse200Loyalty)
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
