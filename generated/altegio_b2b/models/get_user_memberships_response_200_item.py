from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._runtime import fields as _fields
from .._runtime.errors import FieldError as _FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_user_memberships_response_200_item_balance_container import (
        GetUserMembershipsResponse200ItemBalanceContainer,
    )
    from ..models.get_user_memberships_response_200_item_status import GetUserMembershipsResponse200ItemStatus
    from ..models.get_user_memberships_response_200_item_type import GetUserMembershipsResponse200ItemType


T = TypeVar("T", bound="GetUserMembershipsResponse200Item")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "number",
        "balance_string",
        "is_frozen",
        "freeze_period",
        "period",
        "period_unit_id",
        "expiration_date",
        "created_date",
        "activated_date",
        "is_united_balance",
        "is_united_balance_unlimited",
        "united_balance_services_count",
        "goods_transaction_id",
        "slug",
        "status",
        "balance_container",
        "type",
    }
)
_EXTRA = _fields.ANY
_KIND_expiration_date = _fields.OneOf(
    _fields.DATETIME,
    _fields.NULL,
)
_KIND_activated_date = _fields.OneOf(
    _fields.DATETIME,
    _fields.NULL,
)


@_attrs_define
class GetUserMembershipsResponse200Item:
    """
    Attributes:
        id (int | Unset): Membership ID
        number (str | Unset): Subscription code
        balance_string (str | Unset): Service name, with number of uses
        is_frozen (bool | Unset): Is the membership frozen?
        freeze_period (int | Unset): The period the membership was frozen
        period (int | Unset): Subscription expiration value
        period_unit_id (int | Unset): Identifier of the expiration units. 1 - day, 2 - week, 3 - month, 4 - year
        expiration_date (datetime.datetime | None | Unset): Subscription expiration date
        created_date (datetime.datetime | Unset): Subscription creation date
        activated_date (datetime.datetime | None | Unset): Subscription activation date
        is_united_balance (bool | Unset): Whether membership has unified balance
        is_united_balance_unlimited (bool | Unset): Whether unified balance is unlimited
        united_balance_services_count (int | Unset): Number of services for unified balance
        goods_transaction_id (int | Unset): Product transaction ID
        slug (str | Unset): Subscription type slug
        status (GetUserMembershipsResponse200ItemStatus | Unset): Current membership status
        balance_container (GetUserMembershipsResponse200ItemBalanceContainer | Unset): An object that includes the links
            array with information about the membership balance
        type_ (GetUserMembershipsResponse200ItemType | Unset): Object with information about membership type
    """

    id: int | Unset = UNSET
    number: str | Unset = UNSET
    balance_string: str | Unset = UNSET
    is_frozen: bool | Unset = UNSET
    freeze_period: int | Unset = UNSET
    period: int | Unset = UNSET
    period_unit_id: int | Unset = UNSET
    expiration_date: datetime.datetime | None | Unset = UNSET
    created_date: datetime.datetime | Unset = UNSET
    activated_date: datetime.datetime | None | Unset = UNSET
    is_united_balance: bool | Unset = UNSET
    is_united_balance_unlimited: bool | Unset = UNSET
    united_balance_services_count: int | Unset = UNSET
    goods_transaction_id: int | Unset = UNSET
    slug: str | Unset = UNSET
    status: GetUserMembershipsResponse200ItemStatus | Unset = UNSET
    balance_container: GetUserMembershipsResponse200ItemBalanceContainer | Unset = UNSET
    type_: GetUserMembershipsResponse200ItemType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        number = self.number
        if type(number) is not str and number is not UNSET:
            number = _fields.write_string(number, "number")
        if number is not UNSET:
            field_dict["number"] = number

        balance_string = self.balance_string
        if type(balance_string) is not str and balance_string is not UNSET:
            balance_string = _fields.write_string(balance_string, "balance_string")
        if balance_string is not UNSET:
            field_dict["balance_string"] = balance_string

        is_frozen = self.is_frozen
        if type(is_frozen) is not bool and is_frozen is not UNSET:
            is_frozen = _fields.write_boolean(is_frozen, "is_frozen")
        if is_frozen is not UNSET:
            field_dict["is_frozen"] = is_frozen

        freeze_period = self.freeze_period
        if type(freeze_period) is not int and freeze_period is not UNSET:
            freeze_period = _fields.write_integer(freeze_period, "freeze_period")
        if freeze_period is not UNSET:
            field_dict["freeze_period"] = freeze_period

        period = self.period
        if type(period) is not int and period is not UNSET:
            period = _fields.write_integer(period, "period")
        if period is not UNSET:
            field_dict["period"] = period

        period_unit_id = self.period_unit_id
        if type(period_unit_id) is not int and period_unit_id is not UNSET:
            period_unit_id = _fields.write_integer(period_unit_id, "period_unit_id")
        if period_unit_id is not UNSET:
            field_dict["period_unit_id"] = period_unit_id

        expiration_date = self.expiration_date
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = _KIND_expiration_date.write_field(expiration_date, "expiration_date")

        created_date = self.created_date
        if created_date is not UNSET:
            field_dict["created_date"] = _fields.write_datetime(created_date, "created_date")

        activated_date = self.activated_date
        if activated_date is not UNSET:
            field_dict["activated_date"] = _KIND_activated_date.write_field(activated_date, "activated_date")

        is_united_balance = self.is_united_balance
        if type(is_united_balance) is not bool and is_united_balance is not UNSET:
            is_united_balance = _fields.write_boolean(is_united_balance, "is_united_balance")
        if is_united_balance is not UNSET:
            field_dict["is_united_balance"] = is_united_balance

        is_united_balance_unlimited = self.is_united_balance_unlimited
        if type(is_united_balance_unlimited) is not bool and is_united_balance_unlimited is not UNSET:
            is_united_balance_unlimited = _fields.write_boolean(
                is_united_balance_unlimited, "is_united_balance_unlimited"
            )
        if is_united_balance_unlimited is not UNSET:
            field_dict["is_united_balance_unlimited"] = is_united_balance_unlimited

        united_balance_services_count = self.united_balance_services_count
        if type(united_balance_services_count) is not int and united_balance_services_count is not UNSET:
            united_balance_services_count = _fields.write_integer(
                united_balance_services_count, "united_balance_services_count"
            )
        if united_balance_services_count is not UNSET:
            field_dict["united_balance_services_count"] = united_balance_services_count

        goods_transaction_id = self.goods_transaction_id
        if type(goods_transaction_id) is not int and goods_transaction_id is not UNSET:
            goods_transaction_id = _fields.write_integer(goods_transaction_id, "goods_transaction_id")
        if goods_transaction_id is not UNSET:
            field_dict["goods_transaction_id"] = goods_transaction_id

        slug = self.slug
        if type(slug) is not str and slug is not UNSET:
            slug = _fields.write_string(slug, "slug")
        if slug is not UNSET:
            field_dict["slug"] = slug

        status = self.status
        if status is not UNSET:
            field_dict["status"] = _fields.write_model(
                status, _models.GetUserMembershipsResponse200ItemStatus, "status"
            )

        balance_container = self.balance_container
        if balance_container is not UNSET:
            field_dict["balance_container"] = _fields.write_model(
                balance_container, _models.GetUserMembershipsResponse200ItemBalanceContainer, "balance_container"
            )

        type_ = self.type_
        if type_ is not UNSET:
            field_dict["type"] = _fields.write_model(type_, _models.GetUserMembershipsResponse200ItemType, "type_")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _fields.read_integer(id, "id")

        number = _get("number", UNSET)
        if type(number) is not str and number is not UNSET:
            number = _fields.read_string(number, "number")

        balance_string = _get("balance_string", UNSET)
        if type(balance_string) is not str and balance_string is not UNSET:
            balance_string = _fields.read_string(balance_string, "balance_string")

        is_frozen = _get("is_frozen", UNSET)
        if type(is_frozen) is not bool and is_frozen is not UNSET:
            is_frozen = _fields.read_boolean(is_frozen, "is_frozen")

        freeze_period = _get("freeze_period", UNSET)
        if type(freeze_period) is not int and freeze_period is not UNSET:
            freeze_period = _fields.read_integer(freeze_period, "freeze_period")

        period = _get("period", UNSET)
        if type(period) is not int and period is not UNSET:
            period = _fields.read_integer(period, "period")

        period_unit_id = _get("period_unit_id", UNSET)
        if type(period_unit_id) is not int and period_unit_id is not UNSET:
            period_unit_id = _fields.read_integer(period_unit_id, "period_unit_id")

        expiration_date = _get("expiration_date", UNSET)
        if expiration_date is not UNSET and expiration_date is not None:
            try:
                expiration_date = _fields.datetime_fromisoformat(expiration_date)
            except (TypeError, ValueError):
                expiration_date = _fields.read_datetime(expiration_date, "expiration_date")

        created_date = _get("created_date", UNSET)
        if created_date is not UNSET:
            try:
                created_date = _fields.datetime_fromisoformat(created_date)
            except (TypeError, ValueError):
                created_date = _fields.read_datetime(created_date, "created_date")

        activated_date = _get("activated_date", UNSET)
        if activated_date is not UNSET and activated_date is not None:
            try:
                activated_date = _fields.datetime_fromisoformat(activated_date)
            except (TypeError, ValueError):
                activated_date = _fields.read_datetime(activated_date, "activated_date")

        is_united_balance = _get("is_united_balance", UNSET)
        if type(is_united_balance) is not bool and is_united_balance is not UNSET:
            is_united_balance = _fields.read_boolean(is_united_balance, "is_united_balance")

        is_united_balance_unlimited = _get("is_united_balance_unlimited", UNSET)
        if type(is_united_balance_unlimited) is not bool and is_united_balance_unlimited is not UNSET:
            is_united_balance_unlimited = _fields.read_boolean(
                is_united_balance_unlimited, "is_united_balance_unlimited"
            )

        united_balance_services_count = _get("united_balance_services_count", UNSET)
        if type(united_balance_services_count) is not int and united_balance_services_count is not UNSET:
            united_balance_services_count = _fields.read_integer(
                united_balance_services_count, "united_balance_services_count"
            )

        goods_transaction_id = _get("goods_transaction_id", UNSET)
        if type(goods_transaction_id) is not int and goods_transaction_id is not UNSET:
            goods_transaction_id = _fields.read_integer(goods_transaction_id, "goods_transaction_id")

        slug = _get("slug", UNSET)
        if type(slug) is not str and slug is not UNSET:
            slug = _fields.read_string(slug, "slug")

        status = _get("status", UNSET)
        if status is not UNSET:
            try:
                status = _models.GetUserMembershipsResponse200ItemStatus.from_dict(status)
            except _FieldError as _error:
                raise _error.within("status")

        balance_container = _get("balance_container", UNSET)
        if balance_container is not UNSET:
            try:
                balance_container = _models.GetUserMembershipsResponse200ItemBalanceContainer.from_dict(
                    balance_container
                )
            except _FieldError as _error:
                raise _error.within("balance_container")

        type_ = _get("type", UNSET)
        if type_ is not UNSET:
            try:
                type_ = _models.GetUserMembershipsResponse200ItemType.from_dict(type_)
            except _FieldError as _error:
                raise _error.within("type")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.number = number
        _model.balance_string = balance_string
        _model.is_frozen = is_frozen
        _model.freeze_period = freeze_period
        _model.period = period
        _model.period_unit_id = period_unit_id
        _model.expiration_date = expiration_date
        _model.created_date = created_date
        _model.activated_date = activated_date
        _model.is_united_balance = is_united_balance
        _model.is_united_balance_unlimited = is_united_balance_unlimited
        _model.united_balance_services_count = united_balance_services_count
        _model.goods_transaction_id = goods_transaction_id
        _model.slug = slug
        _model.status = status
        _model.balance_container = balance_container
        _model.type_ = type_
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetUserMembershipsResponse200Item:
            _fields.init_added_fields(_model, GetUserMembershipsResponse200Item)
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
