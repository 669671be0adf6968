from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._runtime import fields as _fields
from .._runtime.errors import FieldError as _FieldError
from ..models.chain_loyalty_membership_types_create_body_autoactivation_time_unit_id import (
    ChainLoyaltyMembershipTypesCreateBodyAutoactivationTimeUnitId,
)
from ..models.chain_loyalty_membership_types_create_body_balance_edit_type_id import (
    ChainLoyaltyMembershipTypesCreateBodyBalanceEditTypeId,
)
from ..models.chain_loyalty_membership_types_create_body_expiration_type_id import (
    ChainLoyaltyMembershipTypesCreateBodyExpirationTypeId,
)
from ..models.chain_loyalty_membership_types_create_body_freeze_limit_unit_id import (
    ChainLoyaltyMembershipTypesCreateBodyFreezeLimitUnitId,
)
from ..models.chain_loyalty_membership_types_create_body_period_unit_id import (
    ChainLoyaltyMembershipTypesCreateBodyPeriodUnitId,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chain_loyalty_membership_types_create_body_availability_item import (
        ChainLoyaltyMembershipTypesCreateBodyAvailabilityItem,
    )
    from ..models.chain_loyalty_membership_types_create_body_service_categories import (
        ChainLoyaltyMembershipTypesCreateBodyServiceCategories,
    )
    from ..models.chain_loyalty_membership_types_create_body_services import (
        ChainLoyaltyMembershipTypesCreateBodyServices,
    )


T = TypeVar("T", bound="ChainLoyaltyMembershipTypesCreateBody")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "title",
        "salon_group_id",
        "cost",
        "is_united_balance",
        "united_balance_services_count",
        "service_categories",
        "location_ids",
        "period",
        "period_unit_id",
        "allow_freeze",
        "freeze_limit",
        "freeze_limit_unit_id",
        "service_price_correction",
        "expiration_type_id",
        "is_allow_empty_code",
        "balance_edit_type_id",
        "is_online_sale_enabled",
        "online_sale_title",
        "online_sale_description",
        "online_sale_price",
        "online_image",
        "autoactivation_period",
        "autoactivation_time_in_days",
        "autoactivation_time_unit_id",
        "is_archived",
        "category",
        "salon_ids",
        "services",
        "delete_online_image",
        "availability",
    }
)
_EXTRA = _fields.ANY
_KIND_location_ids = _fields.ListOf(_fields.INTEGER)
_KIND_period_unit_id = _fields.EnumOf("ChainLoyaltyMembershipTypesCreateBodyPeriodUnitId", _fields.INTEGER)
_KIND_freeze_limit_unit_id = _fields.EnumOf("ChainLoyaltyMembershipTypesCreateBodyFreezeLimitUnitId", _fields.INTEGER)
_KIND_expiration_type_id = _fields.EnumOf("ChainLoyaltyMembershipTypesCreateBodyExpirationTypeId", _fields.INTEGER)
_KIND_balance_edit_type_id = _fields.EnumOf("ChainLoyaltyMembershipTypesCreateBodyBalanceEditTypeId", _fields.INTEGER)
_KIND_autoactivation_time_unit_id = _fields.EnumOf(
    "ChainLoyaltyMembershipTypesCreateBodyAutoactivationTimeUnitId", _fields.INTEGER
)
_KIND_salon_ids = _fields.ListOf(_fields.INTEGER)
_KIND_availability = _fields.ListOf(_fields.Model("ChainLoyaltyMembershipTypesCreateBodyAvailabilityItem"))


@_attrs_define
class ChainLoyaltyMembershipTypesCreateBody:
    """
    Attributes:
        title (str): Membership type name Example: Fitness 10-pack.
        salon_group_id (int): Chain ID (API uses salon_group_id parameter name) Example: 1.
        cost (float): Subscription price Example: 500.
        is_united_balance (bool): Balance type: true = unified balance, false = separate balance Example: False.
        united_balance_services_count (int): Number of visits for unified balance Example: 10.
        service_categories (ChainLoyaltyMembershipTypesCreateBodyServiceCategories): Object with service category IDs as
            keys and usage count as values.
            For separate balance: count = number of visits per category.
            For unified balance: count value is ignored (set to any number or 0).

            **Important:** This is an object (key-value pairs), NOT an array.
             Example: {'13160806': 10}.
        location_ids (list[int] | Unset): List of location IDs where this membership type is available Example: [123,
            456].
        period (int | Unset): Validity period duration Example: 30.
        period_unit_id (ChainLoyaltyMembershipTypesCreateBodyPeriodUnitId | Unset): Period unit type: 1 = day, 2 = week,
            3 = month, 4 = year Example: 3.
        allow_freeze (bool | Unset): Whether membership can be frozen Default: False. Example: True.
        freeze_limit (int | Unset): Maximum total freeze period Example: 14.
        freeze_limit_unit_id (ChainLoyaltyMembershipTypesCreateBodyFreezeLimitUnitId | Unset): Freeze period unit: 1 =
            day, 2 = week, 3 = month, 4 = year Example: 1.
        service_price_correction (bool | Unset): Whether service price can be adjusted when using membership Default:
            False. Example: True.
        expiration_type_id (ChainLoyaltyMembershipTypesCreateBodyExpirationTypeId | Unset): Activation type: 1 = on
            sale, 2 = on first use, 3 = from specific date Example: 1.
        is_allow_empty_code (bool | Unset): Personal vs shared subscription.
            - true = personal (only purchaser can use)
            - false = shared (multiple people can use with code)
             Default: True. Example: True.
        balance_edit_type_id (ChainLoyaltyMembershipTypesCreateBodyBalanceEditTypeId | Unset): Balance adjustment
            permission: 0 = prohibited, 1 = only at sale location, 2 = at all locations Example: 2.
        is_online_sale_enabled (bool | Unset): Whether online sale is enabled.
            If true, online_sale_price becomes required.
             Default: False. Example: False.
        online_sale_title (str | Unset): Subscription title for online sale Example: Fitness Pack - 10 sessions.
        online_sale_description (str | Unset): Subscription description for online sale Example: Perfect for beginners.
            Valid for 3 months..
        online_sale_price (float | Unset): Price for online sale (required if is_online_sale_enabled = true) Example:
            450.
        online_image (str | Unset): Image URL for online sale Example: https://example.com/images/fitness-pack.jpg.
        autoactivation_period (int | Unset): Maximum autoactivation period Example: 3.
        autoactivation_time_in_days (int | Unset): Time units for autoactivation Example: 10.
        autoactivation_time_unit_id (ChainLoyaltyMembershipTypesCreateBodyAutoactivationTimeUnitId | Unset):
            Autoactivation time unit: 1 = days, 2 = weeks, 3 = months, 4 = years Example: 1.
        is_archived (bool | Unset): Whether membership type is archived Default: False. Example: False.
        category (str | Unset): Subscription category type (always "standard") Default: 'standard'. Example: standard.
        salon_ids (list[int] | Unset): List of location IDs where this membership type is available Example: [720441,
            703092].
        services (ChainLoyaltyMembershipTypesCreateBodyServices | Unset): Object with service IDs as keys and usage
            count as values.
            For separate balance: count = number of visits per service.
            For unified balance: use empty object {}.

            **Important:** This is an object (key-value pairs), NOT an array.
             Example: {'13160808': 5, '13160809': 3}.
        delete_online_image (bool | Unset): Whether to delete existing online sale image Default: False. Example: False.
        availability (list[ChainLoyaltyMembershipTypesCreateBodyAvailabilityItem] | Unset): Time-based availability
            rules. Empty array = available anytime.
    """

    title: str
    salon_group_id: int
    cost: float
    is_united_balance: bool
    united_balance_services_count: int
    service_categories: ChainLoyaltyMembershipTypesCreateBodyServiceCategories
    location_ids: list[int] | Unset = UNSET
    period: int | Unset = UNSET
    period_unit_id: ChainLoyaltyMembershipTypesCreateBodyPeriodUnitId | Unset = UNSET
    allow_freeze: bool | Unset = False
    freeze_limit: int | Unset = UNSET
    freeze_limit_unit_id: ChainLoyaltyMembershipTypesCreateBodyFreezeLimitUnitId | Unset = UNSET
    service_price_correction: bool | Unset = False
    expiration_type_id: ChainLoyaltyMembershipTypesCreateBodyExpirationTypeId | Unset = UNSET
    is_allow_empty_code: bool | Unset = True
    balance_edit_type_id: ChainLoyaltyMembershipTypesCreateBodyBalanceEditTypeId | Unset = UNSET
    is_online_sale_enabled: bool | Unset = False
    online_sale_title: str | Unset = UNSET
    online_sale_description: str | Unset = UNSET
    online_sale_price: float | Unset = UNSET
    online_image: str | Unset = UNSET
    autoactivation_period: int | Unset = UNSET
    autoactivation_time_in_days: int | Unset = UNSET
    autoactivation_time_unit_id: ChainLoyaltyMembershipTypesCreateBodyAutoactivationTimeUnitId | Unset = UNSET
    is_archived: bool | Unset = False
    category: str | Unset = "standard"
    salon_ids: list[int] | Unset = UNSET
    services: ChainLoyaltyMembershipTypesCreateBodyServices | Unset = UNSET
    delete_online_image: bool | Unset = False
    availability: list[ChainLoyaltyMembershipTypesCreateBodyAvailabilityItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        title = self.title
        if type(title) is not str:
            title = _fields.write_string(title, "title")
        field_dict["title"] = title

        salon_group_id = self.salon_group_id
        if type(salon_group_id) is not int:
            salon_group_id = _fields.write_integer(salon_group_id, "salon_group_id")
        field_dict["salon_group_id"] = salon_group_id

        cost = self.cost
        field_dict["cost"] = _fields.write_number(cost, "cost")

        is_united_balance = self.is_united_balance
        if type(is_united_balance) is not bool:
            is_united_balance = _fields.write_boolean(is_united_balance, "is_united_balance")
        field_dict["is_united_balance"] = is_united_balance

        united_balance_services_count = self.united_balance_services_count
        if type(united_balance_services_count) is not int:
            united_balance_services_count = _fields.write_integer(
                united_balance_services_count, "united_balance_services_count"
            )
        field_dict["united_balance_services_count"] = united_balance_services_count

        service_categories = self.service_categories
        field_dict["service_categories"] = _fields.write_model(
            service_categories, _models.ChainLoyaltyMembershipTypesCreateBodyServiceCategories, "service_categories"
        )

        location_ids = self.location_ids
        if location_ids is not UNSET:
            field_dict["location_ids"] = _KIND_location_ids.write_field(location_ids, "location_ids")

        period = self.period
        if type(period) is not int and period is not UNSET:
            period = _fields.write_integer(period, "period")
        if period is not UNSET:
            field_dict["period"] = period

        period_unit_id = self.period_unit_id
        if period_unit_id is not UNSET:
            field_dict["period_unit_id"] = _KIND_period_unit_id.write_field(period_unit_id, "period_unit_id")

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
        if freeze_limit_unit_id is not UNSET:
            field_dict["freeze_limit_unit_id"] = _KIND_freeze_limit_unit_id.write_field(
                freeze_limit_unit_id, "freeze_limit_unit_id"
            )

        service_price_correction = self.service_price_correction
        if type(service_price_correction) is not bool and service_price_correction is not UNSET:
            service_price_correction = _fields.write_boolean(service_price_correction, "service_price_correction")
        if service_price_correction is not UNSET:
            field_dict["service_price_correction"] = service_price_correction

        expiration_type_id = self.expiration_type_id
        if expiration_type_id is not UNSET:
            field_dict["expiration_type_id"] = _KIND_expiration_type_id.write_field(
                expiration_type_id, "expiration_type_id"
            )

        is_allow_empty_code = self.is_allow_empty_code
        if type(is_allow_empty_code) is not bool and is_allow_empty_code is not UNSET:
            is_allow_empty_code = _fields.write_boolean(is_allow_empty_code, "is_allow_empty_code")
        if is_allow_empty_code is not UNSET:
            field_dict["is_allow_empty_code"] = is_allow_empty_code

        balance_edit_type_id = self.balance_edit_type_id
        if balance_edit_type_id is not UNSET:
            field_dict["balance_edit_type_id"] = _KIND_balance_edit_type_id.write_field(
                balance_edit_type_id, "balance_edit_type_id"
            )

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

        online_image = self.online_image
        if type(online_image) is not str and online_image is not UNSET:
            online_image = _fields.write_string(online_image, "online_image")
        if online_image is not UNSET:
            field_dict["online_image"] = online_image

        autoactivation_period = self.autoactivation_period
        if type(autoactivation_period) is not int and autoactivation_period is not UNSET:
            autoactivation_period = _fields.write_integer(autoactivation_period, "autoactivation_period")
        if autoactivation_period is not UNSET:
            field_dict["autoactivation_period"] = autoactivation_period

        autoactivation_time_in_days = self.autoactivation_time_in_days
        if type(autoactivation_time_in_days) is not int and autoactivation_time_in_days is not UNSET:
            autoactivation_time_in_days = _fields.write_integer(
                autoactivation_time_in_days, "autoactivation_time_in_days"
            )
        if autoactivation_time_in_days is not UNSET:
            field_dict["autoactivation_time_in_days"] = autoactivation_time_in_days

        autoactivation_time_unit_id = self.autoactivation_time_unit_id
        if autoactivation_time_unit_id is not UNSET:
            field_dict["autoactivation_time_unit_id"] = _KIND_autoactivation_time_unit_id.write_field(
                autoactivation_time_unit_id, "autoactivation_time_unit_id"
            )

        is_archived = self.is_archived
        if type(is_archived) is not bool and is_archived is not UNSET:
            is_archived = _fields.write_boolean(is_archived, "is_archived")
        if is_archived is not UNSET:
            field_dict["is_archived"] = is_archived

        category = self.category
        if type(category) is not str and category is not UNSET:
            category = _fields.write_string(category, "category")
        if category is not UNSET:
            field_dict["category"] = category

        salon_ids = self.salon_ids
        if salon_ids is not UNSET:
            field_dict["salon_ids"] = _KIND_salon_ids.write_field(salon_ids, "salon_ids")

        services = self.services
        if services is not UNSET:
            field_dict["services"] = _fields.write_model(
                services, _models.ChainLoyaltyMembershipTypesCreateBodyServices, "services"
            )

        delete_online_image = self.delete_online_image
        if type(delete_online_image) is not bool and delete_online_image is not UNSET:
            delete_online_image = _fields.write_boolean(delete_online_image, "delete_online_image")
        if delete_online_image is not UNSET:
            field_dict["delete_online_image"] = delete_online_image

        availability = self.availability
        if availability is not UNSET:
            field_dict["availability"] = _KIND_availability.write_field(availability, "availability")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        title = _get("title", UNSET)
        if type(title) is not str:
            title = _fields.read_string(title, "title")

        salon_group_id = _get("salon_group_id", UNSET)
        if type(salon_group_id) is not int:
            salon_group_id = _fields.read_integer(salon_group_id, "salon_group_id")

        cost = _get("cost", UNSET)
        if type(cost) is not float and type(cost) is not int:
            cost = _fields.read_number(cost, "cost")

        is_united_balance = _get("is_united_balance", UNSET)
        if type(is_united_balance) is not bool:
            is_united_balance = _fields.read_boolean(is_united_balance, "is_united_balance")

        united_balance_services_count = _get("united_balance_services_count", UNSET)
        if type(united_balance_services_count) is not int:
            united_balance_services_count = _fields.read_integer(
                united_balance_services_count, "united_balance_services_count"
            )

        service_categories = _get("service_categories", UNSET)
        try:
            service_categories = _models.ChainLoyaltyMembershipTypesCreateBodyServiceCategories.from_dict(
                service_categories
            )
        except _FieldError as _error:
            raise _error.within("service_categories")

        location_ids = _get("location_ids", UNSET)
        if location_ids is not UNSET:
            location_ids = _KIND_location_ids.read_field(location_ids, "location_ids")

        period = _get("period", UNSET)
        if type(period) is not int and period is not UNSET:
            period = _fields.read_integer(period, "period")

        period_unit_id = _get("period_unit_id", UNSET)
        if period_unit_id is not UNSET:
            period_unit_id = _KIND_period_unit_id.read_field(period_unit_id, "period_unit_id")

        allow_freeze = _get("allow_freeze", UNSET)
        if type(allow_freeze) is not bool and allow_freeze is not UNSET:
            allow_freeze = _fields.read_boolean(allow_freeze, "allow_freeze")

        freeze_limit = _get("freeze_limit", UNSET)
        if type(freeze_limit) is not int and freeze_limit is not UNSET:
            freeze_limit = _fields.read_integer(freeze_limit, "freeze_limit")

        freeze_limit_unit_id = _get("freeze_limit_unit_id", UNSET)
        if freeze_limit_unit_id is not UNSET:
            freeze_limit_unit_id = _KIND_freeze_limit_unit_id.read_field(freeze_limit_unit_id, "freeze_limit_unit_id")

        service_price_correction = _get("service_price_correction", UNSET)
        if type(service_price_correction) is not bool and service_price_correction is not UNSET:
            service_price_correction = _fields.read_boolean(service_price_correction, "service_price_correction")

        expiration_type_id = _get("expiration_type_id", UNSET)
        if expiration_type_id is not UNSET:
            expiration_type_id = _KIND_expiration_type_id.read_field(expiration_type_id, "expiration_type_id")

        is_allow_empty_code = _get("is_allow_empty_code", UNSET)
        if type(is_allow_empty_code) is not bool and is_allow_empty_code is not UNSET:
            is_allow_empty_code = _fields.read_boolean(is_allow_empty_code, "is_allow_empty_code")

        balance_edit_type_id = _get("balance_edit_type_id", UNSET)
        if balance_edit_type_id is not UNSET:
            balance_edit_type_id = _KIND_balance_edit_type_id.read_field(balance_edit_type_id, "balance_edit_type_id")

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

        online_image = _get("online_image", UNSET)
        if type(online_image) is not str and online_image is not UNSET:
            online_image = _fields.read_string(online_image, "online_image")

        autoactivation_period = _get("autoactivation_period", UNSET)
        if type(autoactivation_period) is not int and autoactivation_period is not UNSET:
            autoactivation_period = _fields.read_integer(autoactivation_period, "autoactivation_period")

        autoactivation_time_in_days = _get("autoactivation_time_in_days", UNSET)
        if type(autoactivation_time_in_days) is not int and autoactivation_time_in_days is not UNSET:
            autoactivation_time_in_days = _fields.read_integer(
                autoactivation_time_in_days, "autoactivation_time_in_days"
            )

        autoactivation_time_unit_id = _get("autoactivation_time_unit_id", UNSET)
        if autoactivation_time_unit_id is not UNSET:
            autoactivation_time_unit_id = _KIND_autoactivation_time_unit_id.read_field(
                autoactivation_time_unit_id, "autoactivation_time_unit_id"
            )

        is_archived = _get("is_archived", UNSET)
        if type(is_archived) is not bool and is_archived is not UNSET:
            is_archived = _fields.read_boolean(is_archived, "is_archived")

        category = _get("category", UNSET)
        if type(category) is not str and category is not UNSET:
            category = _fields.read_string(category, "category")

        salon_ids = _get("salon_ids", UNSET)
        if salon_ids is not UNSET:
            salon_ids = _KIND_salon_ids.read_field(salon_ids, "salon_ids")

        services = _get("services", UNSET)
        if services is not UNSET:
            try:
                services = _models.ChainLoyaltyMembershipTypesCreateBodyServices.from_dict(services)
            except _FieldError as _error:
                raise _error.within("services")

        delete_online_image = _get("delete_online_image", UNSET)
        if type(delete_online_image) is not bool and delete_online_image is not UNSET:
            delete_online_image = _fields.read_boolean(delete_online_image, "delete_online_image")

        availability = _get("availability", UNSET)
        if availability is not UNSET:
            availability = _KIND_availability.read_field(availability, "availability")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.title = title
        _model.salon_group_id = salon_group_id
        _model.cost = cost
        _model.is_united_balance = is_united_balance
        _model.united_balance_services_count = united_balance_services_count
        _model.service_categories = service_categories
        _model.location_ids = location_ids
        _model.period = period
        _model.period_unit_id = period_unit_id
        _model.allow_freeze = allow_freeze
        _model.freeze_limit = freeze_limit
        _model.freeze_limit_unit_id = freeze_limit_unit_id
        _model.service_price_correction = service_price_correction
        _model.expiration_type_id = expiration_type_id
        _model.is_allow_empty_code = is_allow_empty_code
        _model.balance_edit_type_id = balance_edit_type_id
        _model.is_online_sale_enabled = is_online_sale_enabled
        _model.online_sale_title = online_sale_title
        _model.online_sale_description = online_sale_description
        _model.online_sale_price = online_sale_price
        _model.online_image = online_image
        _model.autoactivation_period = autoactivation_period
        _model.autoactivation_time_in_days = autoactivation_time_in_days
        _model.autoactivation_time_unit_id = autoactivation_time_unit_id
        _model.is_archived = is_archived
        _model.category = category
        _model.salon_ids = salon_ids
        _model.services = services
        _model.delete_online_image = delete_online_image
        _model.availability = availability
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not ChainLoyaltyMembershipTypesCreateBody:
            _fields.init_added_fields(_model, ChainLoyaltyMembershipTypesCreateBody)
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
