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
    from ..models.chain_loyalty_membership_types_create_response_201_availability_item import (
        ChainLoyaltyMembershipTypesCreateResponse201AvailabilityItem,
    )
    from ..models.chain_loyalty_membership_types_create_response_201_balance_container import (
        ChainLoyaltyMembershipTypesCreateResponse201BalanceContainer,
    )
    from ..models.chain_loyalty_membership_types_create_response_201_category_type_0 import (
        ChainLoyaltyMembershipTypesCreateResponse201CategoryType0,
    )


T = TypeVar("T", bound="ChainLoyaltyMembershipTypesCreateResponse201")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "salon_group_id",
        "category_id",
        "title",
        "period",
        "period_unit_id",
        "allow_freeze",
        "freeze_limit",
        "freeze_limit_unit_id",
        "is_booking_when_frozen_allowed",
        "is_allow_empty_code",
        "is_united_balance",
        "is_united_balance_unlimited",
        "is_code_required",
        "balance_edit_type_id",
        "cost",
        "chain_price_min",
        "chain_price_max",
        "is_chain",
        "expiration_type_id",
        "expiration_type_title",
        "category",
        "weight",
        "abonements_count",
        "is_online_sale_enabled",
        "online_sale_title",
        "online_sale_description",
        "online_sale_price",
        "service_price_correction",
        "united_balance_services_count",
        "autoactivation_time",
        "autoactivation_time_unit_id",
        "attached_location_ids",
        "attached_salon_ids",
        "online_sale_image",
        "is_archived",
        "date_archived",
        "availability",
        "balance_container",
    }
)
_EXTRA = _fields.ANY
_KIND_category = _fields.OneOf(
    _fields.Model("ChainLoyaltyMembershipTypesCreateResponse201CategoryType0"),
    _fields.NULL,
    _fields.STRING,
)
_KIND_attached_location_ids = _fields.ListOf(_fields.INTEGER)
_KIND_attached_salon_ids = _fields.ListOf(_fields.INTEGER)
_KIND_date_archived = _fields.OneOf(
    _fields.DATETIME,
    _fields.NULL,
)
_KIND_availability = _fields.ListOf(_fields.Model("ChainLoyaltyMembershipTypesCreateResponse201AvailabilityItem"))


@_attrs_define
class ChainLoyaltyMembershipTypesCreateResponse201:
    """Chain-level membership type object

    Attributes:
        id (int | Unset): Subscription type ID Example: 777.
        salon_group_id (int | Unset): Chain ID where membership type is available Example: 333.
        category_id (int | None | Unset): Category ID restriction (null if no category restriction)
        title (str | Unset): Subscription type name Example: 10-visit subscription.
        period (int | Unset): Validity period (0 if not set) Example: 10.
        period_unit_id (int | Unset): Period unit: 1 = day, 2 = week, 3 = month, 4 = year, 0 = not set Example: 3.
        allow_freeze (bool | Unset): Whether freezing is allowed Example: True.
        freeze_limit (int | Unset): Maximum total freeze period Example: 30.
        freeze_limit_unit_id (int | Unset): Freeze period unit: 1 = day, 2 = week, 3 = month, 4 = year Example: 1.
        is_booking_when_frozen_allowed (bool | Unset): Allow booking appointments when membership is frozen Example:
            False.
        is_allow_empty_code (bool | Unset): Allow sale without code: true = personal membership, false = shared with
            code Example: False.
        is_united_balance (bool | Unset): Balance type: true = unified, false = separate Example: True.
        is_united_balance_unlimited (bool | Unset): Whether unified balance is unlimited Example: False.
        is_code_required (bool | Unset): Whether activation code is required Example: False.
        balance_edit_type_id (int | Unset): Balance edit type: 1 = editable, 2 = not editable Example: 1.
        cost (float | Unset): Subscription price Example: 1000.
        chain_price_min (float | Unset): Minimum price across chain locations Example: 1000.
        chain_price_max (float | Unset): Maximum price across chain locations Example: 1500.
        is_chain (bool | Unset): Whether this is a chain-level membership type Example: True.
        expiration_type_id (int | Unset): Activation type: 1 = on sale, 2 = on first use, 3 = from specific date
            Example: 1.
        expiration_type_title (str | Unset): Human-readable expiration type Example: On sale.
        category (ChainLoyaltyMembershipTypesCreateResponse201CategoryType0 | None | str | Unset): Service category
            restriction (can be object, null, or string like "standard")
        weight (int | Unset): Sort order weight Example: 0.
        abonements_count (int | Unset): Number of active subscriptions of this type Example: 0.
        is_online_sale_enabled (bool | Unset): Online sale: true = enabled, false = disabled Example: False.
        online_sale_title (str | Unset): Title for online sale Example: 10-visit subscription.
        online_sale_description (str | Unset): Description for online sale Example: Sold online with discount.
        online_sale_price (float | Unset): Price for online sale Example: 550.
        service_price_correction (bool | Unset): Whether service price can be adjusted when applying membership Example:
            True.
        united_balance_services_count (int | Unset): Number of visits for unified balance Example: 10.
        autoactivation_time (int | Unset): Time units for autoactivation Example: 10.
        autoactivation_time_unit_id (int | Unset): Autoactivation time unit: 1 = days, 2 = weeks, 3 = months, 4 = years
            Example: 1.
        attached_location_ids (list[int] | Unset): List of location IDs attached to this membership type Example: [1, 2,
            3].
        attached_salon_ids (list[int] | Unset): Alternative name for attached_location_ids Example: [1, 2, 3].
        online_sale_image (None | str | Unset): Image URL for online sale Example:
            https://example.com/images/subscription_type.png.
        is_archived (bool | Unset): Whether membership type is archived Example: False.
        date_archived (datetime.datetime | None | Unset): Date when membership type was archived
        availability (list[ChainLoyaltyMembershipTypesCreateResponse201AvailabilityItem] | Unset): Time-based
            availability rules Example: [{'week_days': [1, 2, 3], 'intervals': [{'from': 3600, 'to': 7200}, {'from': 10800,
            'to': 14400}]}, {'week_days': [6, 7], 'intervals': [{'from': 36000, 'to': 72000}]}].
        balance_container (ChainLoyaltyMembershipTypesCreateResponse201BalanceContainer | Unset): Container with
            attached services and/or categories and their balance
    """

    id: int | Unset = UNSET
    salon_group_id: int | Unset = UNSET
    category_id: int | None | Unset = UNSET
    title: str | Unset = UNSET
    period: int | Unset = UNSET
    period_unit_id: int | Unset = UNSET
    allow_freeze: bool | Unset = UNSET
    freeze_limit: int | Unset = UNSET
    freeze_limit_unit_id: int | Unset = UNSET
    is_booking_when_frozen_allowed: bool | Unset = UNSET
    is_allow_empty_code: bool | Unset = UNSET
    is_united_balance: bool | Unset = UNSET
    is_united_balance_unlimited: bool | Unset = UNSET
    is_code_required: bool | Unset = UNSET
    balance_edit_type_id: int | Unset = UNSET
    cost: float | Unset = UNSET
    chain_price_min: float | Unset = UNSET
    chain_price_max: float | Unset = UNSET
    is_chain: bool | Unset = UNSET
    expiration_type_id: int | Unset = UNSET
    expiration_type_title: str | Unset = UNSET
    category: ChainLoyaltyMembershipTypesCreateResponse201CategoryType0 | None | str | Unset = UNSET
    weight: int | Unset = UNSET
    abonements_count: int | Unset = UNSET
    is_online_sale_enabled: bool | Unset = UNSET
    online_sale_title: str | Unset = UNSET
    online_sale_description: str | Unset = UNSET
    online_sale_price: float | Unset = UNSET
    service_price_correction: bool | Unset = UNSET
    united_balance_services_count: int | Unset = UNSET
    autoactivation_time: int | Unset = UNSET
    autoactivation_time_unit_id: int | Unset = UNSET
    attached_location_ids: list[int] | Unset = UNSET
    attached_salon_ids: list[int] | Unset = UNSET
    online_sale_image: None | str | Unset = UNSET
    is_archived: bool | Unset = UNSET
    date_archived: datetime.datetime | None | Unset = UNSET
    availability: list[ChainLoyaltyMembershipTypesCreateResponse201AvailabilityItem] | Unset = UNSET
    balance_container: ChainLoyaltyMembershipTypesCreateResponse201BalanceContainer | Unset = UNSET
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

        category_id = self.category_id
        if type(category_id) is not int and category_id is not UNSET and category_id is not None:
            category_id = _fields.write_integer(category_id, "category_id")
        if category_id is not UNSET:
            field_dict["category_id"] = category_id

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

        is_united_balance_unlimited = self.is_united_balance_unlimited
        if type(is_united_balance_unlimited) is not bool and is_united_balance_unlimited is not UNSET:
            is_united_balance_unlimited = _fields.write_boolean(
                is_united_balance_unlimited, "is_united_balance_unlimited"
            )
        if is_united_balance_unlimited is not UNSET:
            field_dict["is_united_balance_unlimited"] = is_united_balance_unlimited

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

        chain_price_min = self.chain_price_min
        if chain_price_min is not UNSET:
            field_dict["chain_price_min"] = _fields.write_number(chain_price_min, "chain_price_min")

        chain_price_max = self.chain_price_max
        if chain_price_max is not UNSET:
            field_dict["chain_price_max"] = _fields.write_number(chain_price_max, "chain_price_max")

        is_chain = self.is_chain
        if type(is_chain) is not bool and is_chain is not UNSET:
            is_chain = _fields.write_boolean(is_chain, "is_chain")
        if is_chain is not UNSET:
            field_dict["is_chain"] = is_chain

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

        category = self.category
        if category is not UNSET:
            field_dict["category"] = _KIND_category.write_field(category, "category")

        weight = self.weight
        if type(weight) is not int and weight is not UNSET:
            weight = _fields.write_integer(weight, "weight")
        if weight is not UNSET:
            field_dict["weight"] = weight

        abonements_count = self.abonements_count
        if type(abonements_count) is not int and abonements_count is not UNSET:
            abonements_count = _fields.write_integer(abonements_count, "abonements_count")
        if abonements_count is not UNSET:
            field_dict["abonements_count"] = abonements_count

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

        service_price_correction = self.service_price_correction
        if type(service_price_correction) is not bool and service_price_correction is not UNSET:
            service_price_correction = _fields.write_boolean(service_price_correction, "service_price_correction")
        if service_price_correction is not UNSET:
            field_dict["service_price_correction"] = service_price_correction

        united_balance_services_count = self.united_balance_services_count
        if type(united_balance_services_count) is not int and united_balance_services_count is not UNSET:
            united_balance_services_count = _fields.write_integer(
                united_balance_services_count, "united_balance_services_count"
            )
        if united_balance_services_count is not UNSET:
            field_dict["united_balance_services_count"] = united_balance_services_count

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

        attached_location_ids = self.attached_location_ids
        if attached_location_ids is not UNSET:
            field_dict["attached_location_ids"] = _KIND_attached_location_ids.write_field(
                attached_location_ids, "attached_location_ids"
            )

        attached_salon_ids = self.attached_salon_ids
        if attached_salon_ids is not UNSET:
            field_dict["attached_salon_ids"] = _KIND_attached_salon_ids.write_field(
                attached_salon_ids, "attached_salon_ids"
            )

        online_sale_image = self.online_sale_image
        if type(online_sale_image) is not str and online_sale_image is not UNSET and online_sale_image is not None:
            online_sale_image = _fields.write_string(online_sale_image, "online_sale_image")
        if online_sale_image is not UNSET:
            field_dict["online_sale_image"] = online_sale_image

        is_archived = self.is_archived
        if type(is_archived) is not bool and is_archived is not UNSET:
            is_archived = _fields.write_boolean(is_archived, "is_archived")
        if is_archived is not UNSET:
            field_dict["is_archived"] = is_archived

        date_archived = self.date_archived
        if date_archived is not UNSET:
            field_dict["date_archived"] = _KIND_date_archived.write_field(date_archived, "date_archived")

        availability = self.availability
        if availability is not UNSET:
            field_dict["availability"] = _KIND_availability.write_field(availability, "availability")

        balance_container = self.balance_container
        if balance_container is not UNSET:
            field_dict["balance_container"] = _fields.write_model(
                balance_container,
                _models.ChainLoyaltyMembershipTypesCreateResponse201BalanceContainer,
                "balance_container",
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

        category_id = _get("category_id", UNSET)
        if type(category_id) is not int and category_id is not UNSET and category_id is not None:
            category_id = _fields.read_integer(category_id, "category_id")

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

        is_allow_empty_code = _get("is_allow_empty_code", UNSET)
        if type(is_allow_empty_code) is not bool and is_allow_empty_code is not UNSET:
            is_allow_empty_code = _fields.read_boolean(is_allow_empty_code, "is_allow_empty_code")

        is_united_balance = _get("is_united_balance", UNSET)
        if type(is_united_balance) is not bool and is_united_balance is not UNSET:
            is_united_balance = _fields.read_boolean(is_united_balance, "is_united_balance")

        is_united_balance_unlimited = _get("is_united_balance_unlimited", UNSET)
        if type(is_united_balance_unlimited) is not bool and is_united_balance_unlimited is not UNSET:
            is_united_balance_unlimited = _fields.read_boolean(
                is_united_balance_unlimited, "is_united_balance_unlimited"
            )

        is_code_required = _get("is_code_required", UNSET)
        if type(is_code_required) is not bool and is_code_required is not UNSET:
            is_code_required = _fields.read_boolean(is_code_required, "is_code_required")

        balance_edit_type_id = _get("balance_edit_type_id", UNSET)
        if type(balance_edit_type_id) is not int and balance_edit_type_id is not UNSET:
            balance_edit_type_id = _fields.read_integer(balance_edit_type_id, "balance_edit_type_id")

        cost = _get("cost", UNSET)
        if type(cost) is not float and type(cost) is not int and cost is not UNSET:
            cost = _fields.read_number(cost, "cost")

        chain_price_min = _get("chain_price_min", UNSET)
        if type(chain_price_min) is not float and type(chain_price_min) is not int and chain_price_min is not UNSET:
            chain_price_min = _fields.read_number(chain_price_min, "chain_price_min")

        chain_price_max = _get("chain_price_max", UNSET)
        if type(chain_price_max) is not float and type(chain_price_max) is not int and chain_price_max is not UNSET:
            chain_price_max = _fields.read_number(chain_price_max, "chain_price_max")

        is_chain = _get("is_chain", UNSET)
        if type(is_chain) is not bool and is_chain is not UNSET:
            is_chain = _fields.read_boolean(is_chain, "is_chain")

        expiration_type_id = _get("expiration_type_id", UNSET)
        if type(expiration_type_id) is not int and expiration_type_id is not UNSET:
            expiration_type_id = _fields.read_integer(expiration_type_id, "expiration_type_id")

        expiration_type_title = _get("expiration_type_title", UNSET)
        if type(expiration_type_title) is not str and expiration_type_title is not UNSET:
            expiration_type_title = _fields.read_string(expiration_type_title, "expiration_type_title")

        category = _get("category", UNSET)
        if category is not UNSET:
            category = _KIND_category.read_field(category, "category")

        weight = _get("weight", UNSET)
        if type(weight) is not int and weight is not UNSET:
            weight = _fields.read_integer(weight, "weight")

        abonements_count = _get("abonements_count", UNSET)
        if type(abonements_count) is not int and abonements_count is not UNSET:
            abonements_count = _fields.read_integer(abonements_count, "abonements_count")

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

        service_price_correction = _get("service_price_correction", UNSET)
        if type(service_price_correction) is not bool and service_price_correction is not UNSET:
            service_price_correction = _fields.read_boolean(service_price_correction, "service_price_correction")

        united_balance_services_count = _get("united_balance_services_count", UNSET)
        if type(united_balance_services_count) is not int and united_balance_services_count is not UNSET:
            united_balance_services_count = _fields.read_integer(
                united_balance_services_count, "united_balance_services_count"
            )

        autoactivation_time = _get("autoactivation_time", UNSET)
        if type(autoactivation_time) is not int and autoactivation_time is not UNSET:
            autoactivation_time = _fields.read_integer(autoactivation_time, "autoactivation_time")

        autoactivation_time_unit_id = _get("autoactivation_time_unit_id", UNSET)
        if type(autoactivation_time_unit_id) is not int and autoactivation_time_unit_id is not UNSET:
            autoactivation_time_unit_id = _fields.read_integer(
                autoactivation_time_unit_id, "autoactivation_time_unit_id"
            )

        attached_location_ids = _get("attached_location_ids", UNSET)
        if attached_location_ids is not UNSET:
            attached_location_ids = _KIND_attached_location_ids.read_field(
                attached_location_ids, "attached_location_ids"
            )

        attached_salon_ids = _get("attached_salon_ids", UNSET)
        if attached_salon_ids is not UNSET:
            attached_salon_ids = _KIND_attached_salon_ids.read_field(attached_salon_ids, "attached_salon_ids")

        online_sale_image = _get("online_sale_image", UNSET)
        if type(online_sale_image) is not str and online_sale_image is not UNSET and online_sale_image is not None:
            online_sale_image = _fields.read_string(online_sale_image, "online_sale_image")

        is_archived = _get("is_archived", UNSET)
        if type(is_archived) is not bool and is_archived is not UNSET:
            is_archived = _fields.read_boolean(is_archived, "is_archived")

        date_archived = _get("date_archived", UNSET)
        if date_archived is not UNSET and date_archived is not None:
            try:
                date_archived = _fields.datetime_fromisoformat(date_archived)
            except (TypeError, ValueError):
                date_archived = _fields.read_datetime(date_archived, "date_archived")

        availability = _get("availability", UNSET)
        if availability is not UNSET:
            availability = _KIND_availability.read_field(availability, "availability")

        balance_container = _get("balance_container", UNSET)
        if balance_container is not UNSET:
            try:
                balance_container = _models.ChainLoyaltyMembershipTypesCreateResponse201BalanceContainer.from_dict(
                    balance_container
                )
            except _FieldError as _error:
                raise _error.within("balance_container")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.salon_group_id = salon_group_id
        _model.category_id = category_id
        _model.title = title
        _model.period = period
        _model.period_unit_id = period_unit_id
        _model.allow_freeze = allow_freeze
        _model.freeze_limit = freeze_limit
        _model.freeze_limit_unit_id = freeze_limit_unit_id
        _model.is_booking_when_frozen_allowed = is_booking_when_frozen_allowed
        _model.is_allow_empty_code = is_allow_empty_code
        _model.is_united_balance = is_united_balance
        _model.is_united_balance_unlimited = is_united_balance_unlimited
        _model.is_code_required = is_code_required
        _model.balance_edit_type_id = balance_edit_type_id
        _model.cost = cost
        _model.chain_price_min = chain_price_min
        _model.chain_price_max = chain_price_max
        _model.is_chain = is_chain
        _model.expiration_type_id = expiration_type_id
        _model.expiration_type_title = expiration_type_title
        _model.category = category
        _model.weight = weight
        _model.abonements_count = abonements_count
        _model.is_online_sale_enabled = is_online_sale_enabled
        _model.online_sale_title = online_sale_title
        _model.online_sale_description = online_sale_description
        _model.online_sale_price = online_sale_price
        _model.service_price_correction = service_price_correction
        _model.united_balance_services_count = united_balance_services_count
        _model.autoactivation_time = autoactivation_time
        _model.autoactivation_time_unit_id = autoactivation_time_unit_id
        _model.attached_location_ids = attached_location_ids
        _model.attached_salon_ids = attached_salon_ids
        _model.online_sale_image = online_sale_image
        _model.is_archived = is_archived
        _model.date_archived = date_archived
        _model.availability = availability
        _model.balance_container = balance_container
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not ChainLoyaltyMembershipTypesCreateResponse201:
            _fields.init_added_fields(_model, ChainLoyaltyMembershipTypesCreateResponse201)
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
