from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_permission_list_response_200_other_auth_list_allowed_ip_item import (
        GetPermissionListResponse200OtherAuthListAllowedIpItem,
    )


T = TypeVar("T", bound="GetPermissionListResponse200Other")


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
        stat_access = self.stat_access

        analytics_constructor_access = self.analytics_constructor_access

        billing_access = self.billing_access

        billing_invoices_access = self.billing_invoices_access

        send_sms = self.send_sms

        auth_enable_check_ip = self.auth_enable_check_ip

        auth_list_allowed_ip: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.auth_list_allowed_ip, Unset):
            auth_list_allowed_ip = []
            for auth_list_allowed_ip_item_data in self.auth_list_allowed_ip:
                auth_list_allowed_ip_item = auth_list_allowed_ip_item_data.to_dict()
                auth_list_allowed_ip.append(auth_list_allowed_ip_item)

        salon_to_salon_group_add_access = self.salon_to_salon_group_add_access

        is_salon_tips_manager = self.is_salon_tips_manager

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stat_access is not UNSET:
            field_dict["stat_access"] = stat_access
        if analytics_constructor_access is not UNSET:
            field_dict["analytics_constructor_access"] = analytics_constructor_access
        if billing_access is not UNSET:
            field_dict["billing_access"] = billing_access
        if billing_invoices_access is not UNSET:
            field_dict["billing_invoices_access"] = billing_invoices_access
        if send_sms is not UNSET:
            field_dict["send_sms"] = send_sms
        if auth_enable_check_ip is not UNSET:
            field_dict["auth_enable_check_ip"] = auth_enable_check_ip
        if auth_list_allowed_ip is not UNSET:
            field_dict["auth_list_allowed_ip"] = auth_list_allowed_ip
        if salon_to_salon_group_add_access is not UNSET:
            field_dict["salon_to_salon_group_add_access"] = salon_to_salon_group_add_access
        if is_salon_tips_manager is not UNSET:
            field_dict["is_salon_tips_manager"] = is_salon_tips_manager

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_permission_list_response_200_other_auth_list_allowed_ip_item import (
            GetPermissionListResponse200OtherAuthListAllowedIpItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        stat_access = d.pop("stat_access", UNSET)

        analytics_constructor_access = d.pop("analytics_constructor_access", UNSET)

        billing_access = d.pop("billing_access", UNSET)

        billing_invoices_access = d.pop("billing_invoices_access", UNSET)

        send_sms = d.pop("send_sms", UNSET)

        auth_enable_check_ip = d.pop("auth_enable_check_ip", UNSET)

        _auth_list_allowed_ip = d.pop("auth_list_allowed_ip", UNSET)
        auth_list_allowed_ip: list[GetPermissionListResponse200OtherAuthListAllowedIpItem] | Unset = UNSET
        if _auth_list_allowed_ip is not UNSET:
            auth_list_allowed_ip = []
            for auth_list_allowed_ip_item_data in _auth_list_allowed_ip:
                auth_list_allowed_ip_item = GetPermissionListResponse200OtherAuthListAllowedIpItem.from_dict(
                    auth_list_allowed_ip_item_data
                )

                auth_list_allowed_ip.append(auth_list_allowed_ip_item)

        salon_to_salon_group_add_access = d.pop("salon_to_salon_group_add_access", UNSET)

        is_salon_tips_manager = d.pop("is_salon_tips_manager", UNSET)

        _model = cls(
            stat_access=stat_access,
            analytics_constructor_access=analytics_constructor_access,
            billing_access=billing_access,
            billing_invoices_access=billing_invoices_access,
            send_sms=send_sms,
            auth_enable_check_ip=auth_enable_check_ip,
            auth_list_allowed_ip=auth_list_allowed_ip,
            salon_to_salon_group_add_access=salon_to_salon_group_add_access,
            is_salon_tips_manager=is_salon_tips_manager,
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
