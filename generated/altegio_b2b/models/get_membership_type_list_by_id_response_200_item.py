from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetMembershipTypeListByIdResponse200Item")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "salon_group_id",
        "title",
        "period",
        "period_unit_id",
        "allow_freeze",
        "freeze_limit",
        "is_allow_empty_code",
        "is_united_balance",
        "united_balance_services_count",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class GetMembershipTypeListByIdResponse200Item:
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
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        salon_group_id = self.salon_group_id
        if type(salon_group_id) is not int and salon_group_id is not UNSET:
            salon_group_id = _fields.write_integer(salon_group_id, "salon_group_id")
        if salon_group_id is not UNSET:
            field_dict["salon_group_id"] = salon_group_id

        title = self.title
        if type(title) is not str and title is not UNSET:
            title = _fields.write_string(title, "title")
        if title is not UNSET:
            field_dict["title"] = title

        period = self.period
        if period is not UNSET:
            field_dict["period"] = _fields.write_number(period, "period")

        period_unit_id = self.period_unit_id
        if type(period_unit_id) is not int and period_unit_id is not UNSET:
            period_unit_id = _fields.write_integer(period_unit_id, "period_unit_id")
        if period_unit_id is not UNSET:
            field_dict["period_unit_id"] = period_unit_id

        allow_freeze = self.allow_freeze
        if type(allow_freeze) is not bool and allow_freeze is not UNSET:
            allow_freeze = _fields.write_boolean(allow_freeze, "allow_freeze")
        if allow_freeze is not UNSET:
            field_dict["allow_freeze"] = allow_freeze

        freeze_limit = self.freeze_limit
        if freeze_limit is not UNSET:
            field_dict["freeze_limit"] = _fields.write_number(freeze_limit, "freeze_limit")

        is_allow_empty_code = self.is_allow_empty_code
        if type(is_allow_empty_code) is not bool and is_allow_empty_code is not UNSET:
            is_allow_empty_code = _fields.write_boolean(is_allow_empty_code, "is_allow_empty_code")
        if is_allow_empty_code is not UNSET:
            field_dict["is_allow_empty_code"] = is_allow_empty_code

        is_united_balance = self.is_united_balance
        if type(is_united_balance) is not bool and is_united_balance is not UNSET:
            is_united_balance = _fields.write_boolean(is_united_balance, "is_united_balance")
        if is_united_balance is not UNSET:
            field_dict["is_united_balance"] = is_united_balance

        united_balance_services_count = self.united_balance_services_count
        if united_balance_services_count is not UNSET:
            field_dict["united_balance_services_count"] = _fields.write_number(
                united_balance_services_count, "united_balance_services_count"
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _fields.read_integer(id, "id")

        salon_group_id = _get("salon_group_id", UNSET)
        if type(salon_group_id) is not int and salon_group_id is not UNSET:
            salon_group_id = _fields.read_integer(salon_group_id, "salon_group_id")

        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _fields.read_string(title, "title")

        period = _get("period", UNSET)
        if type(period) is not float and type(period) is not int and period is not UNSET:
            period = _fields.read_number(period, "period")

        period_unit_id = _get("period_unit_id", UNSET)
        if type(period_unit_id) is not int and period_unit_id is not UNSET:
            period_unit_id = _fields.read_integer(period_unit_id, "period_unit_id")

        allow_freeze = _get("allow_freeze", UNSET)
        if type(allow_freeze) is not bool and allow_freeze is not UNSET:
            allow_freeze = _fields.read_boolean(allow_freeze, "allow_freeze")

        freeze_limit = _get("freeze_limit", UNSET)
        if type(freeze_limit) is not float and type(freeze_limit) is not int and freeze_limit is not UNSET:
            freeze_limit = _fields.read_number(freeze_limit, "freeze_limit")

        is_allow_empty_code = _get("is_allow_empty_code", UNSET)
        if type(is_allow_empty_code) is not bool and is_allow_empty_code is not UNSET:
            is_allow_empty_code = _fields.read_boolean(is_allow_empty_code, "is_allow_empty_code")

        is_united_balance = _get("is_united_balance", UNSET)
        if type(is_united_balance) is not bool and is_united_balance is not UNSET:
            is_united_balance = _fields.read_boolean(is_united_balance, "is_united_balance")

        united_balance_services_count = _get("united_balance_services_count", UNSET)
        if (
            type(united_balance_services_count) is not float
            and type(united_balance_services_count) is not int
            and united_balance_services_count is not UNSET
        ):
            united_balance_services_count = _fields.read_number(
                united_balance_services_count, "united_balance_services_count"
            )

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.salon_group_id = salon_group_id
        _model.title = title
        _model.period = period
        _model.period_unit_id = period_unit_id
        _model.allow_freeze = allow_freeze
        _model.freeze_limit = freeze_limit
        _model.is_allow_empty_code = is_allow_empty_code
        _model.is_united_balance = is_united_balance
        _model.united_balance_services_count = united_balance_services_count
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetMembershipTypeListByIdResponse200Item:
            _fields.init_added_fields(_model, GetMembershipTypeListByIdResponse200Item)
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
