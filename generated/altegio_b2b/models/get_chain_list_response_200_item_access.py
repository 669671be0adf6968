from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetChainListResponse200ItemAccess")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "settings_access",
        "clients_access",
        "deposits_access",
        "deposit_types_access",
        "users_access",
        "loyalty_access",
        "loyalty_abonement_types_access",
        "loyalty_abonement_balance_edit_access",
        "loyalty_abonement_period_edit_access",
        "loyalty_abonement_history_access",
        "loyalty_cards_manual_transactions_access",
        "loyalty_certificate_types_access",
        "loyalty_programs_access",
        "network_services_access",
        "analytics_access",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class GetChainListResponse200ItemAccess:
    """User access rights on the chain

    Attributes:
        settings_access (float | Unset): 1 - there is access to the settings section, 0 - no access
        clients_access (float | Unset): 1 - there is access to the client base, 0 - no access
        deposits_access (float | Unset): 1 - there is access to client accounts, 0 - no access
        deposit_types_access (float | Unset): 1 - there is access to client account types, 0 - no access
        users_access (float | Unset): 1 - there is access to user management, 0 - no access
        loyalty_access (float | Unset): 1 - there is access to loyalty, 0 - no access
        loyalty_abonement_types_access (float | Unset): 1 - there is access to membership types, 0 - no access
        loyalty_abonement_balance_edit_access (float | Unset): 1 - there is access to edit membership balance, 0 - no
            access
        loyalty_abonement_period_edit_access (float | Unset): 1 - there is access to edit membership period, 0 - no
            access
        loyalty_abonement_history_access (float | Unset): 1 - there is access to membership history, 0 - no access
        loyalty_cards_manual_transactions_access (float | Unset): 1 - there is access to manual replenishment/withdrawal
            from loyalty cards, 0 - no access
        loyalty_certificate_types_access (float | Unset): 1 - there is access to certificate types, 0 - no access
        loyalty_programs_access (float | Unset): 1 - there is access to loyalty programs, 0 - no access
        network_services_access (float | Unset): 1 - there is access to chain services management, 0 - no access
        analytics_access (float | Unset): 1 - there is access to analytics, 0 - no access
    """

    settings_access: float | Unset = UNSET
    clients_access: float | Unset = UNSET
    deposits_access: float | Unset = UNSET
    deposit_types_access: float | Unset = UNSET
    users_access: float | Unset = UNSET
    loyalty_access: float | Unset = UNSET
    loyalty_abonement_types_access: float | Unset = UNSET
    loyalty_abonement_balance_edit_access: float | Unset = UNSET
    loyalty_abonement_period_edit_access: float | Unset = UNSET
    loyalty_abonement_history_access: float | Unset = UNSET
    loyalty_cards_manual_transactions_access: float | Unset = UNSET
    loyalty_certificate_types_access: float | Unset = UNSET
    loyalty_programs_access: float | Unset = UNSET
    network_services_access: float | Unset = UNSET
    analytics_access: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        settings_access = self.settings_access
        if settings_access is not UNSET:
            field_dict["settings_access"] = _fields.write_number(settings_access, "settings_access")

        clients_access = self.clients_access
        if clients_access is not UNSET:
            field_dict["clients_access"] = _fields.write_number(clients_access, "clients_access")

        deposits_access = self.deposits_access
        if deposits_access is not UNSET:
            field_dict["deposits_access"] = _fields.write_number(deposits_access, "deposits_access")

        deposit_types_access = self.deposit_types_access
        if deposit_types_access is not UNSET:
            field_dict["deposit_types_access"] = _fields.write_number(deposit_types_access, "deposit_types_access")

        users_access = self.users_access
        if users_access is not UNSET:
            field_dict["users_access"] = _fields.write_number(users_access, "users_access")

        loyalty_access = self.loyalty_access
        if loyalty_access is not UNSET:
            field_dict["loyalty_access"] = _fields.write_number(loyalty_access, "loyalty_access")

        loyalty_abonement_types_access = self.loyalty_abonement_types_access
        if loyalty_abonement_types_access is not UNSET:
            field_dict["loyalty_abonement_types_access"] = _fields.write_number(
                loyalty_abonement_types_access, "loyalty_abonement_types_access"
            )

        loyalty_abonement_balance_edit_access = self.loyalty_abonement_balance_edit_access
        if loyalty_abonement_balance_edit_access is not UNSET:
            field_dict["loyalty_abonement_balance_edit_access"] = _fields.write_number(
                loyalty_abonement_balance_edit_access, "loyalty_abonement_balance_edit_access"
            )

        loyalty_abonement_period_edit_access = self.loyalty_abonement_period_edit_access
        if loyalty_abonement_period_edit_access is not UNSET:
            field_dict["loyalty_abonement_period_edit_access"] = _fields.write_number(
                loyalty_abonement_period_edit_access, "loyalty_abonement_period_edit_access"
            )

        loyalty_abonement_history_access = self.loyalty_abonement_history_access
        if loyalty_abonement_history_access is not UNSET:
            field_dict["loyalty_abonement_history_access"] = _fields.write_number(
                loyalty_abonement_history_access, "loyalty_abonement_history_access"
            )

        loyalty_cards_manual_transactions_access = self.loyalty_cards_manual_transactions_access
        if loyalty_cards_manual_transactions_access is not UNSET:
            field_dict["loyalty_cards_manual_transactions_access"] = _fields.write_number(
                loyalty_cards_manual_transactions_access, "loyalty_cards_manual_transactions_access"
            )

        loyalty_certificate_types_access = self.loyalty_certificate_types_access
        if loyalty_certificate_types_access is not UNSET:
            field_dict["loyalty_certificate_types_access"] = _fields.write_number(
                loyalty_certificate_types_access, "loyalty_certificate_types_access"
            )

        loyalty_programs_access = self.loyalty_programs_access
        if loyalty_programs_access is not UNSET:
            field_dict["loyalty_programs_access"] = _fields.write_number(
                loyalty_programs_access, "loyalty_programs_access"
            )

        network_services_access = self.network_services_access
        if network_services_access is not UNSET:
            field_dict["network_services_access"] = _fields.write_number(
                network_services_access, "network_services_access"
            )

        analytics_access = self.analytics_access
        if analytics_access is not UNSET:
            field_dict["analytics_access"] = _fields.write_number(analytics_access, "analytics_access")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        settings_access = _get("settings_access", UNSET)
        if type(settings_access) is not float and type(settings_access) is not int and settings_access is not UNSET:
            settings_access = _fields.read_number(settings_access, "settings_access")

        clients_access = _get("clients_access", UNSET)
        if type(clients_access) is not float and type(clients_access) is not int and clients_access is not UNSET:
            clients_access = _fields.read_number(clients_access, "clients_access")

        deposits_access = _get("deposits_access", UNSET)
        if type(deposits_access) is not float and type(deposits_access) is not int and deposits_access is not UNSET:
            deposits_access = _fields.read_number(deposits_access, "deposits_access")

        deposit_types_access = _get("deposit_types_access", UNSET)
        if (
            type(deposit_types_access) is not float
            and type(deposit_types_access) is not int
            and deposit_types_access is not UNSET
        ):
            deposit_types_access = _fields.read_number(deposit_types_access, "deposit_types_access")

        users_access = _get("users_access", UNSET)
        if type(users_access) is not float and type(users_access) is not int and users_access is not UNSET:
            users_access = _fields.read_number(users_access, "users_access")

        loyalty_access = _get("loyalty_access", UNSET)
        if type(loyalty_access) is not float and type(loyalty_access) is not int and loyalty_access is not UNSET:
            loyalty_access = _fields.read_number(loyalty_access, "loyalty_access")

        loyalty_abonement_types_access = _get("loyalty_abonement_types_access", UNSET)
        if (
            type(loyalty_abonement_types_access) is not float
            and type(loyalty_abonement_types_access) is not int
            and loyalty_abonement_types_access is not UNSET
        ):
            loyalty_abonement_types_access = _fields.read_number(
                loyalty_abonement_types_access, "loyalty_abonement_types_access"
            )

        loyalty_abonement_balance_edit_access = _get("loyalty_abonement_balance_edit_access", UNSET)
        if (
            type(loyalty_abonement_balance_edit_access) is not float
            and type(loyalty_abonement_balance_edit_access) is not int
            and loyalty_abonement_balance_edit_access is not UNSET
        ):
            loyalty_abonement_balance_edit_access = _fields.read_number(
                loyalty_abonement_balance_edit_access, "loyalty_abonement_balance_edit_access"
            )

        loyalty_abonement_period_edit_access = _get("loyalty_abonement_period_edit_access", UNSET)
        if (
            type(loyalty_abonement_period_edit_access) is not float
            and type(loyalty_abonement_period_edit_access) is not int
            and loyalty_abonement_period_edit_access is not UNSET
        ):
            loyalty_abonement_period_edit_access = _fields.read_number(
                loyalty_abonement_period_edit_access, "loyalty_abonement_period_edit_access"
            )

        loyalty_abonement_history_access = _get("loyalty_abonement_history_access", UNSET)
        if (
            type(loyalty_abonement_history_access) is not float
            and type(loyalty_abonement_history_access) is not int
            and loyalty_abonement_history_access is not UNSET
        ):
            loyalty_abonement_history_access = _fields.read_number(
                loyalty_abonement_history_access, "loyalty_abonement_history_access"
            )

        loyalty_cards_manual_transactions_access = _get("loyalty_cards_manual_transactions_access", UNSET)
        if (
            type(loyalty_cards_manual_transactions_access) is not float
            and type(loyalty_cards_manual_transactions_access) is not int
            and loyalty_cards_manual_transactions_access is not UNSET
        ):
            loyalty_cards_manual_transactions_access = _fields.read_number(
                loyalty_cards_manual_transactions_access, "loyalty_cards_manual_transactions_access"
            )

        loyalty_certificate_types_access = _get("loyalty_certificate_types_access", UNSET)
        if (
            type(loyalty_certificate_types_access) is not float
            and type(loyalty_certificate_types_access) is not int
            and loyalty_certificate_types_access is not UNSET
        ):
            loyalty_certificate_types_access = _fields.read_number(
                loyalty_certificate_types_access, "loyalty_certificate_types_access"
            )

        loyalty_programs_access = _get("loyalty_programs_access", UNSET)
        if (
            type(loyalty_programs_access) is not float
            and type(loyalty_programs_access) is not int
            and loyalty_programs_access is not UNSET
        ):
            loyalty_programs_access = _fields.read_number(loyalty_programs_access, "loyalty_programs_access")

        network_services_access = _get("network_services_access", UNSET)
        if (
            type(network_services_access) is not float
            and type(network_services_access) is not int
            and network_services_access is not UNSET
        ):
            network_services_access = _fields.read_number(network_services_access, "network_services_access")

        analytics_access = _get("analytics_access", UNSET)
        if type(analytics_access) is not float and type(analytics_access) is not int and analytics_access is not UNSET:
            analytics_access = _fields.read_number(analytics_access, "analytics_access")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.settings_access = settings_access
        _model.clients_access = clients_access
        _model.deposits_access = deposits_access
        _model.deposit_types_access = deposit_types_access
        _model.users_access = users_access
        _model.loyalty_access = loyalty_access
        _model.loyalty_abonement_types_access = loyalty_abonement_types_access
        _model.loyalty_abonement_balance_edit_access = loyalty_abonement_balance_edit_access
        _model.loyalty_abonement_period_edit_access = loyalty_abonement_period_edit_access
        _model.loyalty_abonement_history_access = loyalty_abonement_history_access
        _model.loyalty_cards_manual_transactions_access = loyalty_cards_manual_transactions_access
        _model.loyalty_certificate_types_access = loyalty_certificate_types_access
        _model.loyalty_programs_access = loyalty_programs_access
        _model.network_services_access = network_services_access
        _model.analytics_access = analytics_access
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetChainListResponse200ItemAccess:
            _fields.init_added_fields(_model, GetChainListResponse200ItemAccess)
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
