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
    from ..models.get_user_memberships_response_200_item_type_balance_container import (
        GetUserMembershipsResponse200ItemTypeBalanceContainer,
    )


T = TypeVar("T", bound="GetUserMembershipsResponse200ItemType")
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
        "freeze_limit_unit_id",
        "is_booking_when_frozen_allowed",
        "category_id",
        "is_allow_empty_code",
        "is_united_balance",
        "united_balance_services_count",
        "is_united_balance_unlimited",
        "slug",
        "is_code_required",
        "balance_edit_type_id",
        "cost",
        "is_archived",
        "date_archived",
        "expiration_type_id",
        "expiration_type_title",
        "service_price_correction",
        "is_online_sale_enabled",
        "online_sale_title",
        "online_sale_description",
        "online_sale_price",
        "autoactivation_time",
        "autoactivation_time_unit_id",
        "weight",
        "category",
        "balance_container",
    }
)
_EXTRA = _fields.ANY
_KIND_date_archived = _fields.OneOf(
    _fields.DATETIME,
    _fields.NULL,
)


@_attrs_define
class GetUserMembershipsResponse200ItemType:
    """Object with information about membership type

    Attributes:
        id (int | Unset): Membership type ID
        salon_group_id (int | Unset): Identifier of the chain in which the membership type is valid
        title (str | Unset): Membership type name
        period (int | Unset): Subscription expiration date (0 if not set)
        period_unit_id (int | Unset): Subscription validity period unit (list of possible values, if not set - 0)
        allow_freeze (bool | Unset): Is it possible to freeze memberships? true - allowed, false - not allowed
        freeze_limit (int | Unset): Maximum total freezing period (days)
        freeze_limit_unit_id (int | Unset): Freeze period unit: 1 = day, 2 = week, 3 = month, 4 = year
        is_booking_when_frozen_allowed (bool | Unset): Allow booking when membership is frozen
        category_id (int | None | Unset): Category ID restriction
        is_allow_empty_code (bool | Unset): Allow the sale of a membership without a code? true - allow, false - do not
            allow
        is_united_balance (bool | Unset): Total or separate membership balance: true - total, false - separate
        united_balance_services_count (int | Unset): Number of visits for total balance
        is_united_balance_unlimited (bool | Unset): Whether unified balance is unlimited
        slug (str | Unset): Subscription type slug
        is_code_required (bool | Unset): Whether activation code is required
        balance_edit_type_id (int | Unset): Balance edit permission level
        cost (float | Unset): Subscription price
        is_archived (bool | Unset): Whether membership type is archived
        date_archived (datetime.datetime | None | Unset): Date when archived
        expiration_type_id (int | Unset): Activation type: 1 = on sale, 2 = on first use, 3 = from specific date
        expiration_type_title (str | Unset): Human-readable expiration type
        service_price_correction (bool | Unset): Whether service price can be adjusted
        is_online_sale_enabled (bool | Unset): Whether online sale is enabled
        online_sale_title (str | Unset): Title for online sale
        online_sale_description (str | Unset): Description for online sale
        online_sale_price (float | Unset): Price for online sale
        autoactivation_time (int | Unset): Time units for autoactivation
        autoactivation_time_unit_id (int | Unset): Autoactivation time unit: 1 = days, 2 = weeks, 3 = months, 4 = years
        weight (int | Unset): Sort order weight
        category (str | Unset): Subscription type category
        balance_container (GetUserMembershipsResponse200ItemTypeBalanceContainer | Unset): An object that includes the
            links array with information about the membership balance
    """

    id: int | Unset = UNSET
    salon_group_id: int | Unset = UNSET
    title: str | Unset = UNSET
    period: int | Unset = UNSET
    period_unit_id: int | Unset = UNSET
    allow_freeze: bool | Unset = UNSET
    freeze_limit: int | Unset = UNSET
    freeze_limit_unit_id: int | Unset = UNSET
    is_booking_when_frozen_allowed: bool | Unset = UNSET
    category_id: int | None | Unset = UNSET
    is_allow_empty_code: bool | Unset = UNSET
    is_united_balance: bool | Unset = UNSET
    united_balance_services_count: int | Unset = UNSET
    is_united_balance_unlimited: bool | Unset = UNSET
    slug: str | Unset = UNSET
    is_code_required: bool | Unset = UNSET
    balance_edit_type_id: int | Unset = UNSET
    cost: float | Unset = UNSET
    is_archived: bool | Unset = UNSET
    date_archived: datetime.datetime | None | Unset = UNSET
    expiration_type_id: int | Unset = UNSET
    expiration_type_title: str | Unset = UNSET
    service_price_correction: bool | Unset = UNSET
    is_online_sale_enabled: bool | Unset = UNSET
    online_sale_title: str | Unset = UNSET
    online_sale_description: str | Unset = UNSET
    online_sale_price: float | Unset = UNSET
    autoactivation_time: int | Unset = UNSET
    autoactivation_time_unit_id: int | Unset = UNSET
    weight: int | Unset = UNSET
    category: str | Unset = UNSET
    balance_container: GetUserMembershipsResponse200ItemTypeBalanceContainer | Unset = UNSET
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
        if type(period) is not int and period is not UNSET:
            period = _fields.write_integer(period, "period")
        if period is not UNSET:
            field_dict["period"] = period

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
        if type(freeze_limit) is not int and freeze_limit is not UNSET:
            freeze_limit = _fields.write_integer(freeze_limit, "freeze_limit")
        if freeze_limit is not UNSET:
            field_dict["freeze_limit"] = freeze_limit

        freeze_limit_unit_id = self.freeze_limit_unit_id
        if type(freeze_limit_unit_id) is not int and freeze_limit_unit_id is not UNSET:
            freeze_limit_unit_id = _fields.write_integer(freeze_limit_unit_id, "freeze_limit_unit_id")
        if freeze_limit_unit_id is not UNSET:
            field_dict["freeze_limit_unit_id"] = freeze_limit_unit_id

        is_booking_when_frozen_allowed = self.is_booking_when_frozen_allowed
        if type(is_booking_when_frozen_allowed) is not bool and is_booking_when_frozen_allowed is not UNSET:
            is_booking_when_frozen_allowed = _fields.write_boolean(
                is_booking_when_frozen_allowed, "is_booking_when_frozen_allowed"
            )
        if is_booking_when_frozen_allowed is not UNSET:
            field_dict["is_booking_when_frozen_allowed"] = is_booking_when_frozen_allowed

        category_id = self.category_id
        if type(category_id) is not int and category_id is not UNSET and category_id is not None:
            category_id = _fields.write_integer(category_id, "category_id")
        if category_id is not UNSET:
            field_dict["category_id"] = category_id

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
        if type(united_balance_services_count) is not int and united_balance_services_count is not UNSET:
            united_balance_services_count = _fields.write_integer(
                united_balance_services_count, "united_balance_services_count"
            )
        if united_balance_services_count is not UNSET:
            field_dict["united_balance_services_count"] = united_balance_services_count

        is_united_balance_unlimited = self.is_united_balance_unlimited
        if type(is_united_balance_unlimited) is not bool and is_united_balance_unlimited is not UNSET:
            is_united_balance_unlimited = _fields.write_boolean(
                is_united_balance_unlimited, "is_united_balance_unlimited"
            )
        if is_united_balance_unlimited is not UNSET:
            field_dict["is_united_balance_unlimited"] = is_united_balance_unlimited

        slug = self.slug
        if type(slug) is not str and slug is not UNSET:
            slug = _fields.write_string(slug, "slug")
        if slug is not UNSET:
            field_dict["slug"] = slug

        is_code_required = self.is_code_required
        if type(is_code_required) is not bool and is_code_required is not UNSET:
            is_code_required = _fields.write_boolean(is_code_required, "is_code_required")
        if is_code_required is not UNSET:
            field_dict["is_code_required"] = is_code_required

        balance_edit_type_id = self.balance_edit_type_id
        if type(balance_edit_type_id) is not int and balance_edit_type_id is not UNSET:
            balance_edit_type_id = _fields.write_integer(balance_edit_type_id, "balance_edit_type_id")
        if balance_edit_type_id is not UNSET:
            field_dict["balance_edit_type_id"] = balance_edit_type_id

        cost = self.cost
        if cost is not UNSET:
            field_dict["cost"] = _fields.write_number(cost, "cost")

        is_archived = self.is_archived
        if type(is_archived) is not bool and is_archived is not UNSET:
            is_archived = _fields.write_boolean(is_archived, "is_archived")
        if is_archived is not UNSET:
            field_dict["is_archived"] = is_archived

        date_archived = self.date_archived
        if date_archived is not UNSET:
            field_dict["date_archived"] = _KIND_date_archived.write_field(date_archived, "date_archived")

        expiration_type_id = self.expiration_type_id
        if type(expiration_type_id) is not int and expiration_type_id is not UNSET:
            expiration_type_id = _fields.write_integer(expiration_type_id, "expiration_type_id")
        if expiration_type_id is not UNSET:
            field_dict["expiration_type_id"] = expiration_type_id

        expiration_type_title = self.expiration_type_title
        if type(expiration_type_title) is not str and expiration_type_title is not UNSET:
            expiration_type_title = _fields.write_string(expiration_type_title, "expiration_type_title")
        if expiration_type_title is not UNSET:
            field_dict["expiration_type_title"] = expiration_type_title

        service_price_correction = self.service_price_correction
        if type(service_price_correction) is not bool and service_price_correction is not UNSET:
            service_price_correction = _fields.write_boolean(service_price_correction, "service_price_correction")
        if service_price_correction is not UNSET:
            field_dict["service_price_correction"] = service_price_correction

        is_online_sale_enabled = self.is_online_sale_enabled
        if type(is_online_sale_enabled) is not bool and is_online_sale_enabled is not UNSET:
            is_online_sale_enabled = _fields.write_boolean(is_online_sale_enabled, "is_online_sale_enabled")
        if is_online_sale_enabled is not UNSET:
            field_dict["is_online_sale_enabled"] = is_online_sale_enabled

        online_sale_title = self.online_sale_title
        if type(online_sale_title) is not str and online_sale_title is not UNSET:
            online_sale_title = _fields.write_string(online_sale_title, "online_sale_title")
        if online_sale_title is not UNSET:
            field_dict["online_sale_title"] = online_sale_title

        online_sale_description = self.online_sale_description
        if type(online_sale_description) is not str and online_sale_description is not UNSET:
            online_sale_description = _fields.write_string(online_sale_description, "online_sale_description")
        if online_sale_description is not UNSET:
            field_dict["online_sale_description"] = online_sale_description

        online_sale_price = self.online_sale_price
        if online_sale_price is not UNSET:
            field_dict["online_sale_price"] = _fields.write_number(online_sale_price, "online_sale_price")

        autoactivation_time = self.autoactivation_time
        if type(autoactivation_time) is not int and autoactivation_time is not UNSET:
            autoactivation_time = _fields.write_integer(autoactivation_time, "autoactivation_time")
        if autoactivation_time is not UNSET:
            field_dict["autoactivation_time"] = autoactivation_time

        autoactivation_time_unit_id = self.autoactivation_time_unit_id
        if type(autoactivation_time_unit_id) is not int and autoactivation_time_unit_id is not UNSET:
            autoactivation_time_unit_id = _fields.write_integer(
                autoactivation_time_unit_id, "autoactivation_time_unit_id"
            )
        if autoactivation_time_unit_id is not UNSET:
            field_dict["autoactivation_time_unit_id"] = autoactivation_time_unit_id

        weight = self.weight
        if type(weight) is not int and weight is not UNSET:
            weight = _fields.write_integer(weight, "weight")
        if weight is not UNSET:
            field_dict["weight"] = weight

        category = self.category
        if type(category) is not str and category is not UNSET:
            category = _fields.write_string(category, "category")
        if category is not UNSET:
            field_dict["category"] = category

        balance_container = self.balance_container
        if balance_container is not UNSET:
            field_dict["balance_container"] = _fields.write_model(
                balance_container, _models.GetUserMembershipsResponse200ItemTypeBalanceContainer, "balance_container"
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
        if type(period) is not int and period is not UNSET:
            period = _fields.read_integer(period, "period")

        period_unit_id = _get("period_unit_id", UNSET)
        if type(period_unit_id) is not int and period_unit_id is not UNSET:
            period_unit_id = _fields.read_integer(period_unit_id, "period_unit_id")

        allow_freeze = _get("allow_freeze", UNSET)
        if type(allow_freeze) is not bool and allow_freeze is not UNSET:
            allow_freeze = _fields.read_boolean(allow_freeze, "allow_freeze")

        freeze_limit = _get("freeze_limit", UNSET)
        if type(freeze_limit) is not int and freeze_limit is not UNSET:
            freeze_limit = _fields.read_integer(freeze_limit, "freeze_limit")

        freeze_limit_unit_id = _get("freeze_limit_unit_id", UNSET)
        if type(freeze_limit_unit_id) is not int and freeze_limit_unit_id is not UNSET:
            freeze_limit_unit_id = _fields.read_integer(freeze_limit_unit_id, "freeze_limit_unit_id")

        is_booking_when_frozen_allowed = _get("is_booking_when_frozen_allowed", UNSET)
        if type(is_booking_when_frozen_allowed) is not bool and is_booking_when_frozen_allowed is not UNSET:
            is_booking_when_frozen_allowed = _fields.read_boolean(
                is_booking_when_frozen_allowed, "is_booking_when_frozen_allowed"
            )

        category_id = _get("category_id", UNSET)
        if type(category_id) is not int and category_id is not UNSET and category_id is not None:
            category_id = _fields.read_integer(category_id, "category_id")

        is_allow_empty_code = _get("is_allow_empty_code", UNSET)
        if type(is_allow_empty_code) is not bool and is_allow_empty_code is not UNSET:
            is_allow_empty_code = _fields.read_boolean(is_allow_empty_code, "is_allow_empty_code")

        is_united_balance = _get("is_united_balance", UNSET)
        if type(is_united_balance) is not bool and is_united_balance is not UNSET:
            is_united_balance = _fields.read_boolean(is_united_balance, "is_united_balance")

        united_balance_services_count = _get("united_balance_services_count", UNSET)
        if type(united_balance_services_count) is not int and united_balance_services_count is not UNSET:
            united_balance_services_count = _fields.read_integer(
                united_balance_services_count, "united_balance_services_count"
            )

        is_united_balance_unlimited = _get("is_united_balance_unlimited", UNSET)
        if type(is_united_balance_unlimited) is not bool and is_united_balance_unlimited is not UNSET:
            is_united_balance_unlimited = _fields.read_boolean(
                is_united_balance_unlimited, "is_united_balance_unlimited"
            )

        slug = _get("slug", UNSET)
        if type(slug) is not str and slug is not UNSET:
            slug = _fields.read_string(slug, "slug")

        is_code_required = _get("is_code_required", UNSET)
        if type(is_code_required) is not bool and is_code_required is not UNSET:
            is_code_required = _fields.read_boolean(is_code_required, "is_code_required")

        balance_edit_type_id = _get("balance_edit_type_id", UNSET)
        if type(balance_edit_type_id) is not int and balance_edit_type_id is not UNSET:
            balance_edit_type_id = _fields.read_integer(balance_edit_type_id, "balance_edit_type_id")

        cost = _get("cost", UNSET)
        if type(cost) is not float and type(cost) is not int and cost is not UNSET:
            cost = _fields.read_number(cost, "cost")

        is_archived = _get("is_archived", UNSET)
        if type(is_archived) is not bool and is_archived is not UNSET:
            is_archived = _fields.read_boolean(is_archived, "is_archived")

        date_archived = _get("date_archived", UNSET)
        if date_archived is not UNSET and date_archived is not None:
            try:
                date_archived = _fields.datetime_fromisoformat(date_archived)
            except (TypeError, ValueError):
                date_archived = _fields.read_datetime(date_archived, "date_archived")

        expiration_type_id = _get("expiration_type_id", UNSET)
        if type(expiration_type_id) is not int and expiration_type_id is not UNSET:
            expiration_type_id = _fields.read_integer(expiration_type_id, "expiration_type_id")

        expiration_type_title = _get("expiration_type_title", UNSET)
        if type(expiration_type_title) is not str and expiration_type_title is not UNSET:
            expiration_type_title = _fields.read_string(expiration_type_title, "expiration_type_title")

        service_price_correction = _get("service_price_correction", UNSET)
        if type(service_price_correction) is not bool and service_price_correction is not UNSET:
            service_price_correction = _fields.read_boolean(service_price_correction, "service_price_correction")

        is_online_sale_enabled = _get("is_online_sale_enabled", UNSET)
        if type(is_online_sale_enabled) is not bool and is_online_sale_enabled is not UNSET:
            is_online_sale_enabled = _fields.read_boolean(is_online_sale_enabled, "is_online_sale_enabled")

        online_sale_title = _get("online_sale_title", UNSET)
        if type(online_sale_title) is not str and online_sale_title is not UNSET:
            online_sale_title = _fields.read_string(online_sale_title, "online_sale_title")

        online_sale_description = _get("online_sale_description", UNSET)
        if type(online_sale_description) is not str and online_sale_description is not UNSET:
            online_sale_description = _fields.read_string(online_sale_description, "online_sale_description")

        online_sale_price = _get("online_sale_price", UNSET)
        if (
            type(online_sale_price) is not float
            and type(online_sale_price) is not int
            and online_sale_price is not UNSET
        ):
            online_sale_price = _fields.read_number(online_sale_price, "online_sale_price")

        autoactivation_time = _get("autoactivation_time", UNSET)
        if type(autoactivation_time) is not int and autoactivation_time is not UNSET:
            autoactivation_time = _fields.read_integer(autoactivation_time, "autoactivation_time")

        autoactivation_time_unit_id = _get("autoactivation_time_unit_id", UNSET)
        if type(autoactivation_time_unit_id) is not int and autoactivation_time_unit_id is not UNSET:
            autoactivation_time_unit_id = _fields.read_integer(
                autoactivation_time_unit_id, "autoactivation_time_unit_id"
            )

        weight = _get("weight", UNSET)
        if type(weight) is not int and weight is not UNSET:
            weight = _fields.read_integer(weight, "weight")

        category = _get("category", UNSET)
        if type(category) is not str and category is not UNSET:
            category = _fields.read_string(category, "category")

        balance_container = _get("balance_container", UNSET)
        if balance_container is not UNSET:
            try:
                balance_container = _models.GetUserMembershipsResponse200ItemTypeBalanceContainer.from_dict(
                    balance_container
                )
            except _FieldError as _error:
                raise _error.within("balance_container")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.salon_group_id = salon_group_id
        _model.title = title
        _model.period = period
        _model.period_unit_id = period_unit_id
        _model.allow_freeze = allow_freeze
        _model.freeze_limit = freeze_limit
        _model.freeze_limit_unit_id = freeze_limit_unit_id
        _model.is_booking_when_frozen_allowed = is_booking_when_frozen_allowed
        _model.category_id = category_id
        _model.is_allow_empty_code = is_allow_empty_code
        _model.is_united_balance = is_united_balance
        _model.united_balance_services_count = united_balance_services_count
        _model.is_united_balance_unlimited = is_united_balance_unlimited
        _model.slug = slug
        _model.is_code_required = is_code_required
        _model.balance_edit_type_id = balance_edit_type_id
        _model.cost = cost
        _model.is_archived = is_archived
        _model.date_archived = date_archived
        _model.expiration_type_id = expiration_type_id
        _model.expiration_type_title = expiration_type_title
        _model.service_price_correction = service_price_correction
        _model.is_online_sale_enabled = is_online_sale_enabled
        _model.online_sale_title = online_sale_title
        _model.online_sale_description = online_sale_description
        _model.online_sale_price = online_sale_price
        _model.autoactivation_time = autoactivation_time
        _model.autoactivation_time_unit_id = autoactivation_time_unit_id
        _model.weight = weight
        _model.category = category
        _model.balance_container = balance_container
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetUserMembershipsResponse200ItemType:
            _fields.init_added_fields(_model, GetUserMembershipsResponse200ItemType)
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
