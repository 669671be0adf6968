from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_permission_list_response_200_other_auth_list_allowed_ip_item import (
        GetPermissionListResponse200OtherAuthListAllowedIpItem,
    )


T = TypeVar("T", bound="GetPermissionListResponse200Other")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "stat_access",
        "analytics_constructor_access",
        "billing_access",
        "billing_invoices_access",
        "send_sms",
        "auth_enable_check_ip",
        "auth_list_allowed_ip",
        "salon_to_salon_group_add_access",
        "is_salon_tips_manager",
    }
)
_EXTRA = _fields.ANY
_KIND_auth_list_allowed_ip = _fields.ListOf(_fields.Model("GetPermissionListResponse200OtherAuthListAllowedIpItem"))


@_attrs_define
class GetPermissionListResponse200Other:
    """Access to analytics, billing, SMS mailings and enabling access to a location by IP address

    Attributes:
        stat_access (bool | Unset): true - there is access to analytics, false - no access
        analytics_constructor_access (bool | Unset): true - there is access to analytics constructor, false - no access
        billing_access (bool | Unset): true - there is access to billing (balance menu section), false - no access
        billing_invoices_access (bool | Unset): true - there is access to billing invoices, false - no access
        send_sms (bool | Unset): true - there is access to SMS distribution to clients, false - no access
        auth_enable_check_ip (bool | Unset): true - there is access to the location only from IP addresses (v4, v6),
            false - no access
        auth_list_allowed_ip (list[GetPermissionListResponse200OtherAuthListAllowedIpItem] | Unset): list of IP
            addresses
        salon_to_salon_group_add_access (bool | Unset): true - there is access to add locations to location groups,
            false - no access
        is_salon_tips_manager (bool | Unset): true - user is a tips manager, false - not a tips manager
    """

    stat_access: bool | Unset = UNSET
    analytics_constructor_access: bool | Unset = UNSET
    billing_access: bool | Unset = UNSET
    billing_invoices_access: bool | Unset = UNSET
    send_sms: bool | Unset = UNSET
    auth_enable_check_ip: bool | Unset = UNSET
    auth_list_allowed_ip: list[GetPermissionListResponse200OtherAuthListAllowedIpItem] | Unset = UNSET
    salon_to_salon_group_add_access: bool | Unset = UNSET
    is_salon_tips_manager: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        stat_access = self.stat_access
        if type(stat_access) is not bool and stat_access is not UNSET:
            stat_access = _fields.write_boolean(stat_access, "stat_access")
        if stat_access is not UNSET:
            field_dict["stat_access"] = stat_access

        analytics_constructor_access = self.analytics_constructor_access
        if type(analytics_constructor_access) is not bool and analytics_constructor_access is not UNSET:
            analytics_constructor_access = _fields.write_boolean(
                analytics_constructor_access, "analytics_constructor_access"
            )
        if analytics_constructor_access is not UNSET:
            field_dict["analytics_constructor_access"] = analytics_constructor_access

        billing_access = self.billing_access
        if type(billing_access) is not bool and billing_access is not UNSET:
            billing_access = _fields.write_boolean(billing_access, "billing_access")
        if billing_access is not UNSET:
            field_dict["billing_access"] = billing_access

        billing_invoices_access = self.billing_invoices_access
        if type(billing_invoices_access) is not bool and billing_invoices_access is not UNSET:
            billing_invoices_access = _fields.write_boolean(billing_invoices_access, "billing_invoices_access")
        if billing_invoices_access is not UNSET:
            field_dict["billing_invoices_access"] = billing_invoices_access

        send_sms = self.send_sms
        if type(send_sms) is not bool and send_sms is not UNSET:
            send_sms = _fields.write_boolean(send_sms, "send_sms")
        if send_sms is not UNSET:
            field_dict["send_sms"] = send_sms

        auth_enable_check_ip = self.auth_enable_check_ip
        if type(auth_enable_check_ip) is not bool and auth_enable_check_ip is not UNSET:
            auth_enable_check_ip = _fields.write_boolean(auth_enable_check_ip, "auth_enable_check_ip")
        if auth_enable_check_ip is not UNSET:
            field_dict["auth_enable_check_ip"] = auth_enable_check_ip

        auth_list_allowed_ip = self.auth_list_allowed_ip
        if auth_list_allowed_ip is not UNSET:
            field_dict["auth_list_allowed_ip"] = _KIND_auth_list_allowed_ip.write_field(
                auth_list_allowed_ip, "auth_list_allowed_ip"
            )

        salon_to_salon_group_add_access = self.salon_to_salon_group_add_access
        if type(salon_to_salon_group_add_access) is not bool and salon_to_salon_group_add_access is not UNSET:
            salon_to_salon_group_add_access = _fields.write_boolean(
                salon_to_salon_group_add_access, "salon_to_salon_group_add_access"
            )
        if salon_to_salon_group_add_access is not UNSET:
            field_dict["salon_to_salon_group_add_access"] = salon_to_salon_group_add_access

        is_salon_tips_manager = self.is_salon_tips_manager
        if type(is_salon_tips_manager) is not bool and is_salon_tips_manager is not UNSET:
            is_salon_tips_manager = _fields.write_boolean(is_salon_tips_manager, "is_salon_tips_manager")
        if is_salon_tips_manager is not UNSET:
            field_dict["is_salon_tips_manager"] = is_salon_tips_manager

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        stat_access = _get("stat_access", UNSET)
        if type(stat_access) is not bool and stat_access is not UNSET:
            stat_access = _fields.read_boolean(stat_access, "stat_access")

        analytics_constructor_access = _get("analytics_constructor_access", UNSET)
        if type(analytics_constructor_access) is not bool and analytics_constructor_access is not UNSET:
            analytics_constructor_access = _fields.read_boolean(
                analytics_constructor_access, "analytics_constructor_access"
            )

        billing_access = _get("billing_access", UNSET)
        if type(billing_access) is not bool and billing_access is not UNSET:
            billing_access = _fields.read_boolean(billing_access, "billing_access")

        billing_invoices_access = _get("billing_invoices_access", UNSET)
        if type(billing_invoices_access) is not bool and billing_invoices_access is not UNSET:
            billing_invoices_access = _fields.read_boolean(billing_invoices_access, "billing_invoices_access")

        send_sms = _get("send_sms", UNSET)
        if type(send_sms) is not bool and send_sms is not UNSET:
            send_sms = _fields.read_boolean(send_sms, "send_sms")

        auth_enable_check_ip = _get("auth_enable_check_ip", UNSET)
        if type(auth_enable_check_ip) is not bool and auth_enable_check_ip is not UNSET:
            auth_enable_check_ip = _fields.read_boolean(auth_enable_check_ip, "auth_enable_check_ip")

        auth_list_allowed_ip = _get("auth_list_allowed_ip", UNSET)
        if auth_list_allowed_ip is not UNSET:
            auth_list_allowed_ip = _KIND_auth_list_allowed_ip.read_field(auth_list_allowed_ip, "auth_list_allowed_ip")

        salon_to_salon_group_add_access = _get("salon_to_salon_group_add_access", UNSET)
        if type(salon_to_salon_group_add_access) is not bool and salon_to_salon_group_add_access is not UNSET:
            salon_to_salon_group_add_access = _fields.read_boolean(
                salon_to_salon_group_add_access, "salon_to_salon_group_add_access"
            )

        is_salon_tips_manager = _get("is_salon_tips_manager", UNSET)
        if type(is_salon_tips_manager) is not bool and is_salon_tips_manager is not UNSET:
            is_salon_tips_manager = _fields.read_boolean(is_salon_tips_manager, "is_salon_tips_manager")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.stat_access = stat_access
        _model.analytics_constructor_access = analytics_constructor_access
        _model.billing_access = billing_access
        _model.billing_invoices_access = billing_invoices_access
        _model.send_sms = send_sms
        _model.auth_enable_check_ip = auth_enable_check_ip
        _model.auth_list_allowed_ip = auth_list_allowed_ip
        _model.salon_to_salon_group_add_access = salon_to_salon_group_add_access
        _model.is_salon_tips_manager = is_salon_tips_manager
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetPermissionListResponse200Other:
            _fields.init_added_fields(_model, GetPermissionListResponse200Other)
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
