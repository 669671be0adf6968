from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetMembershipTypeListResponse200Item")


@_attrs_define
class GetMembershipTypeListResponse200Item:
    """
    Attributes:
        id (int | Unset): Membership type ID
        salon_group_id (int | Unset): Identifier of the chain in which the membership type is valid
        title (str | Unset): Membership type name
        period (float | Unset): Subscription expiration date (0 if not set)
        period_unit_id (int | Unset): Subscription validity period unit (list of possible values, if not set - 0)
        allow_freeze (bool | Unset): Is it possible to freeze memberships? true - allowed, false - not allowed
        freeze_limit (float | Unset): Maximum total freezing period (days)
        is_allow_empty_code (bool | Unset): Allow the sale of a membership without a code? true - allow, false - do not
            allow
        is_united_balance (bool | Unset): Total or separate membership balance: true - total, false - separate
        united_balance_services_count (float | Unset): Number of visits for total balance
    """

    id: int | Unset = UNSET
    salon_group_id: int | Unset = UNSET
    title: str | Unset = UNSET
    period: float | Unset = UNSET
    period_unit_id: int | Unset = UNSET
    allow_freeze: bool | Unset = UNSET
    freeze_limit: float | Unset = UNSET
    is_allow_empty_code: bool | Unset = UNSET
    is_united_balance: bool | Unset = UNSET
    united_balance_services_count: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        salon_group_id = self.salon_group_id

        title = self.title

        period = self.period

        period_unit_id = self.period_unit_id

        allow_freeze = self.allow_freeze

        freeze_limit = self.freeze_limit

        is_allow_empty_code = self.is_allow_empty_code

        is_united_balance = self.is_united_balance

        united_balance_services_count = self.united_balance_services_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if salon_group_id is not UNSET:
            field_dict["salon_group_id"] = salon_group_id
        if title is not UNSET:
            field_dict["title"] = title
        if period is not UNSET:
            field_dict["period"] = period
        if period_unit_id is not UNSET:
            field_dict["period_unit_id"] = period_unit_id
        if allow_freeze is not UNSET:
            field_dict["allow_freeze"] = allow_freeze
        if freeze_limit is not UNSET:
            field_dict["freeze_limit"] = freeze_limit
        if is_allow_empty_code is not UNSET:
            field_dict["is_allow_empty_code"] = is_allow_empty_code
        if is_united_balance is not UNSET:
            field_dict["is_united_balance"] = is_united_balance
        if united_balance_services_count is not UNSET:
            field_dict["united_balance_services_count"] = united_balance_services_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        salon_group_id = d.pop("salon_group_id", UNSET)

        title = d.pop("title", UNSET)

        period = d.pop("period", UNSET)

        period_unit_id = d.pop("period_unit_id", UNSET)

        allow_freeze = d.pop("allow_freeze", UNSET)

        freeze_limit = d.pop("freeze_limit", UNSET)

        is_allow_empty_code = d.pop("is_allow_empty_code", UNSET)

        is_united_balance = d.pop("is_united_balance", UNSET)

        united_balance_services_count = d.pop("united_balance_services_count", UNSET)

        _model = cls(
            id=id,
            salon_group_id=salon_group_id,
            title=title,
            period=period,
            period_unit_id=period_unit_id,
            allow_freeze=allow_freeze,
            freeze_limit=freeze_limit,
            is_allow_empty_code=is_allow_empty_code,
            is_united_balance=is_united_balance,
            united_balance_services_count=united_balance_services_count,
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
