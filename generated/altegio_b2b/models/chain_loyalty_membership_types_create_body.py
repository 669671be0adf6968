from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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


@_attrs_define
class ChainLoyaltyMembershipTypesCreateBody:
    """
    Attributes:
        cost (float): Subscription price
        is_united_balance (bool): Balance type: true = unified balance, false = separate balance
        salon_group_id (int): Chain ID (API uses salon_group_id parameter name)
        service_categories (ChainLoyaltyMembershipTypesCreateBodyServiceCategories): Object with service category IDs as
            keys and usage count as values. For separate balance: count = number of visits per category. For unified
            balance: count value is ignored (set to any number or 0).…
        title (str): Membership type name
        united_balance_services_count (int): Number of visits for unified balance
        allow_freeze (bool | Unset): Whether membership can be frozen Default: False.
        autoactivation_period (int | Unset): Maximum autoactivation period
        autoactivation_time_in_days (int | Unset): Time units for autoactivation
        autoactivation_time_unit_id (ChainLoyaltyMembershipTypesCreateBodyAutoactivationTimeUnitId | Unset):
            Autoactivation time unit: 1 = days, 2 = weeks, 3 = months, 4 = years
        availability (list[ChainLoyaltyMembershipTypesCreateBodyAvailabilityItem] | Unset): Time-based availability
            rules. Empty array = available anytime.
        balance_edit_type_id (ChainLoyaltyMembershipTypesCreateBodyBalanceEditTypeId | Unset): Balance adjustment
            permission: 0 = prohibited, 1 = only at sale location, 2 = at all locations
        category (str | Unset): Subscription category type (always "standard") Default: 'standard'.
        delete_online_image (bool | Unset): Whether to delete existing online sale image Default: False.
        expiration_type_id (ChainLoyaltyMembershipTypesCreateBodyExpirationTypeId | Unset): Activation type: 1 = on
            sale, 2 = on first use, 3 = from specific date
        freeze_limit (int | Unset): Maximum total freeze period
        freeze_limit_unit_id (ChainLoyaltyMembershipTypesCreateBodyFreezeLimitUnitId | Unset): Freeze period unit: 1 =
            day, 2 = week, 3 = month, 4 = year
        is_allow_empty_code (bool | Unset): Personal vs shared subscription. - true = personal (only purchaser can use)
            - false = shared (multiple people can use with code) Default: True.
        is_archived (bool | Unset): Whether membership type is archived Default: False.
        is_online_sale_enabled (bool | Unset): Whether online sale is enabled. If true, online_sale_price becomes
            required. Default: False.
        location_ids (list[int] | Unset): List of location IDs where this membership type is available
        online_image (str | Unset): Image URL for online sale
        online_sale_description (str | Unset): Subscription description for online sale
        online_sale_price (float | Unset): Price for online sale (required if is_online_sale_enabled = true)
        online_sale_title (str | Unset): Subscription title for online sale
        period (int | Unset): Validity period duration
        period_unit_id (ChainLoyaltyMembershipTypesCreateBodyPeriodUnitId | Unset): Period unit type: 1 = day, 2 = week,
            3 = month, 4 = year
        salon_ids (list[int] | Unset): List of location IDs where this membership type is available
        service_price_correction (bool | Unset): Whether service price can be adjusted when using membership Default:
            False.
        services (ChainLoyaltyMembershipTypesCreateBodyServices | Unset): Object with service IDs as keys and usage
            count as values. For separate balance: count = number of visits per service. For unified balance: use empty
            object {}. **Important:** This is an object (key-…
    """

    cost: float
    is_united_balance: bool
    salon_group_id: int
    service_categories: ChainLoyaltyMembershipTypesCreateBodyServiceCategories
    title: str
    united_balance_services_count: int
    allow_freeze: bool | Unset = False
    autoactivation_period: int | Unset = UNSET
    autoactivation_time_in_days: int | Unset = UNSET
    autoactivation_time_unit_id: ChainLoyaltyMembershipTypesCreateBodyAutoactivationTimeUnitId | Unset = UNSET
    availability: list[ChainLoyaltyMembershipTypesCreateBodyAvailabilityItem] | Unset = UNSET
    balance_edit_type_id: ChainLoyaltyMembershipTypesCreateBodyBalanceEditTypeId | Unset = UNSET
    category: str | Unset = "standard"
    delete_online_image: bool | Unset = False
    expiration_type_id: ChainLoyaltyMembershipTypesCreateBodyExpirationTypeId | Unset = UNSET
    freeze_limit: int | Unset = UNSET
    freeze_limit_unit_id: ChainLoyaltyMembershipTypesCreateBodyFreezeLimitUnitId | Unset = UNSET
    is_allow_empty_code: bool | Unset = True
    is_archived: bool | Unset = False
    is_online_sale_enabled: bool | Unset = False
    location_ids: list[int] | Unset = UNSET
    online_image: str | Unset = UNSET
    online_sale_description: str | Unset = UNSET
    online_sale_price: float | Unset = UNSET
    online_sale_title: str | Unset = UNSET
    period: int | Unset = UNSET
    period_unit_id: ChainLoyaltyMembershipTypesCreateBodyPeriodUnitId | Unset = UNSET
    salon_ids: list[int] | Unset = UNSET
    service_price_correction: bool | Unset = False
    services: ChainLoyaltyMembershipTypesCreateBodyServices | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cost = self.cost

        is_united_balance = self.is_united_balance

        salon_group_id = self.salon_group_id

        service_categories = self.service_categories.to_dict()

        title = self.title

        united_balance_services_count = self.united_balance_services_count

        allow_freeze = self.allow_freeze

        autoactivation_period = self.autoactivation_period

        autoactivation_time_in_days = self.autoactivation_time_in_days

        autoactivation_time_unit_id: int | Unset = UNSET
        if not isinstance(self.autoactivation_time_unit_id, Unset):
            autoactivation_time_unit_id = self.autoactivation_time_unit_id.value

        availability: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.availability, Unset):
            availability = []
            for availability_item_data in self.availability:
                availability_item = availability_item_data.to_dict()
                availability.append(availability_item)

        balance_edit_type_id: int | Unset = UNSET
        if not isinstance(self.balance_edit_type_id, Unset):
            balance_edit_type_id = self.balance_edit_type_id.value

        category = self.category

        delete_online_image = self.delete_online_image

        expiration_type_id: int | Unset = UNSET
        if not isinstance(self.expiration_type_id, Unset):
            expiration_type_id = self.expiration_type_id.value

        freeze_limit = self.freeze_limit

        freeze_limit_unit_id: int | Unset = UNSET
        if not isinstance(self.freeze_limit_unit_id, Unset):
            freeze_limit_unit_id = self.freeze_limit_unit_id.value

        is_allow_empty_code = self.is_allow_empty_code

        is_archived = self.is_archived

        is_online_sale_enabled = self.is_online_sale_enabled

        location_ids: list[int] | Unset = UNSET
        if not isinstance(self.location_ids, Unset):
            location_ids = self.location_ids

        online_image = self.online_image

        online_sale_description = self.online_sale_description

        online_sale_price = self.online_sale_price

        online_sale_title = self.online_sale_title

        period = self.period

        period_unit_id: int | Unset = UNSET
        if not isinstance(self.period_unit_id, Unset):
            period_unit_id = self.period_unit_id.value

        salon_ids: list[int] | Unset = UNSET
        if not isinstance(self.salon_ids, Unset):
            salon_ids = self.salon_ids

        service_price_correction = self.service_price_correction

        services: dict[str, Any] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = self.services.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cost": cost,
                "is_united_balance": is_united_balance,
                "salon_group_id": salon_group_id,
                "service_categories": service_categories,
                "title": title,
                "united_balance_services_count": united_balance_services_count,
            }
        )
        if allow_freeze is not UNSET:
            field_dict["allow_freeze"] = allow_freeze
        if autoactivation_period is not UNSET:
            field_dict["autoactivation_period"] = autoactivation_period
        if autoactivation_time_in_days is not UNSET:
            field_dict["autoactivation_time_in_days"] = autoactivation_time_in_days
        if autoactivation_time_unit_id is not UNSET:
            field_dict["autoactivation_time_unit_id"] = autoactivation_time_unit_id
        if availability is not UNSET:
            field_dict["availability"] = availability
        if balance_edit_type_id is not UNSET:
            field_dict["balance_edit_type_id"] = balance_edit_type_id
        if category is not UNSET:
            field_dict["category"] = category
        if delete_online_image is not UNSET:
            field_dict["delete_online_image"] = delete_online_image
        if expiration_type_id is not UNSET:
            field_dict["expiration_type_id"] = expiration_type_id
        if freeze_limit is not UNSET:
            field_dict["freeze_limit"] = freeze_limit
        if freeze_limit_unit_id is not UNSET:
            field_dict["freeze_limit_unit_id"] = freeze_limit_unit_id
        if is_allow_empty_code is not UNSET:
            field_dict["is_allow_empty_code"] = is_allow_empty_code
        if is_archived is not UNSET:
            field_dict["is_archived"] = is_archived
        if is_online_sale_enabled is not UNSET:
            field_dict["is_online_sale_enabled"] = is_online_sale_enabled
        if location_ids is not UNSET:
            field_dict["location_ids"] = location_ids
        if online_image is not UNSET:
            field_dict["online_image"] = online_image
        if online_sale_description is not UNSET:
            field_dict["online_sale_description"] = online_sale_description
        if online_sale_price is not UNSET:
            field_dict["online_sale_price"] = online_sale_price
        if online_sale_title is not UNSET:
            field_dict["online_sale_title"] = online_sale_title
        if period is not UNSET:
            field_dict["period"] = period
        if period_unit_id is not UNSET:
            field_dict["period_unit_id"] = period_unit_id
        if salon_ids is not UNSET:
            field_dict["salon_ids"] = salon_ids
        if service_price_correction is not UNSET:
            field_dict["service_price_correction"] = service_price_correction
        if services is not UNSET:
            field_dict["services"] = services

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chain_loyalty_membership_types_create_body_availability_item import (
            ChainLoyaltyMembershipTypesCreateBodyAvailabilityItem,  # noqa: PLC0415
        )
        from ..models.chain_loyalty_membership_types_create_body_service_categories import (
            ChainLoyaltyMembershipTypesCreateBodyServiceCategories,  # noqa: PLC0415
        )
        from ..models.chain_loyalty_membership_types_create_body_services import (
            ChainLoyaltyMembershipTypesCreateBodyServices,  # noqa: PLC0415
        )

        d = dict(src_dict)
        cost = d.pop("cost")

        is_united_balance = d.pop("is_united_balance")

        salon_group_id = d.pop("salon_group_id")

        service_categories = ChainLoyaltyMembershipTypesCreateBodyServiceCategories.from_dict(
            d.pop("service_categories")
        )

        title = d.pop("title")

        united_balance_services_count = d.pop("united_balance_services_count")

        allow_freeze = d.pop("allow_freeze", UNSET)

        autoactivation_period = d.pop("autoactivation_period", UNSET)

        autoactivation_time_in_days = d.pop("autoactivation_time_in_days", UNSET)

        _autoactivation_time_unit_id = d.pop("autoactivation_time_unit_id", UNSET)
        autoactivation_time_unit_id: ChainLoyaltyMembershipTypesCreateBodyAutoactivationTimeUnitId | Unset
        if isinstance(_autoactivation_time_unit_id, Unset):
            autoactivation_time_unit_id = UNSET
        else:
            autoactivation_time_unit_id = ChainLoyaltyMembershipTypesCreateBodyAutoactivationTimeUnitId(
                _autoactivation_time_unit_id
            )

        _availability = d.pop("availability", UNSET)
        availability: list[ChainLoyaltyMembershipTypesCreateBodyAvailabilityItem] | Unset = UNSET
        if _availability is not UNSET:
            availability = []
            for availability_item_data in _availability:
                availability_item = ChainLoyaltyMembershipTypesCreateBodyAvailabilityItem.from_dict(
                    availability_item_data
                )

                availability.append(availability_item)

        _balance_edit_type_id = d.pop("balance_edit_type_id", UNSET)
        balance_edit_type_id: ChainLoyaltyMembershipTypesCreateBodyBalanceEditTypeId | Unset
        if isinstance(_balance_edit_type_id, Unset):
            balance_edit_type_id = UNSET
        else:
            balance_edit_type_id = ChainLoyaltyMembershipTypesCreateBodyBalanceEditTypeId(_balance_edit_type_id)

        category = d.pop("category", UNSET)

        delete_online_image = d.pop("delete_online_image", UNSET)

        _expiration_type_id = d.pop("expiration_type_id", UNSET)
        expiration_type_id: ChainLoyaltyMembershipTypesCreateBodyExpirationTypeId | Unset
        if isinstance(_expiration_type_id, Unset):
            expiration_type_id = UNSET
        else:
            expiration_type_id = ChainLoyaltyMembershipTypesCreateBodyExpirationTypeId(_expiration_type_id)

        freeze_limit = d.pop("freeze_limit", UNSET)

        _freeze_limit_unit_id = d.pop("freeze_limit_unit_id", UNSET)
        freeze_limit_unit_id: ChainLoyaltyMembershipTypesCreateBodyFreezeLimitUnitId | Unset
        if isinstance(_freeze_limit_unit_id, Unset):
            freeze_limit_unit_id = UNSET
        else:
            freeze_limit_unit_id = ChainLoyaltyMembershipTypesCreateBodyFreezeLimitUnitId(_freeze_limit_unit_id)

        is_allow_empty_code = d.pop("is_allow_empty_code", UNSET)

        is_archived = d.pop("is_archived", UNSET)

        is_online_sale_enabled = d.pop("is_online_sale_enabled", UNSET)

        location_ids = cast(list[int], d.pop("location_ids", UNSET))

        online_image = d.pop("online_image", UNSET)

        online_sale_description = d.pop("online_sale_description", UNSET)

        online_sale_price = d.pop("online_sale_price", UNSET)

        online_sale_title = d.pop("online_sale_title", UNSET)

        period = d.pop("period", UNSET)

        _period_unit_id = d.pop("period_unit_id", UNSET)
        period_unit_id: ChainLoyaltyMembershipTypesCreateBodyPeriodUnitId | Unset
        if isinstance(_period_unit_id, Unset):
            period_unit_id = UNSET
        else:
            period_unit_id = ChainLoyaltyMembershipTypesCreateBodyPeriodUnitId(_period_unit_id)

        salon_ids = cast(list[int], d.pop("salon_ids", UNSET))

        service_price_correction = d.pop("service_price_correction", UNSET)

        _services = d.pop("services", UNSET)
        services: ChainLoyaltyMembershipTypesCreateBodyServices | Unset
        if isinstance(_services, Unset):
            services = UNSET
        else:
            services = ChainLoyaltyMembershipTypesCreateBodyServices.from_dict(_services)

        chain_loyalty_membership_types_create_body = cls(
            cost=cost,
            is_united_balance=is_united_balance,
            salon_group_id=salon_group_id,
            service_categories=service_categories,
            title=title,
            united_balance_services_count=united_balance_services_count,
            allow_freeze=allow_freeze,
            autoactivation_period=autoactivation_period,
            autoactivation_time_in_days=autoactivation_time_in_days,
            autoactivation_time_unit_id=autoactivation_time_unit_id,
            availability=availability,
            balance_edit_type_id=balance_edit_type_id,
            category=category,
            delete_online_image=delete_online_image,
            expiration_type_id=expiration_type_id,
            freeze_limit=freeze_limit,
            freeze_limit_unit_id=freeze_limit_unit_id,
            is_allow_empty_code=is_allow_empty_code,
            is_archived=is_archived,
            is_online_sale_enabled=is_online_sale_enabled,
            location_ids=location_ids,
            online_image=online_image,
            online_sale_description=online_sale_description,
            online_sale_price=online_sale_price,
            online_sale_title=online_sale_title,
            period=period,
            period_unit_id=period_unit_id,
            salon_ids=salon_ids,
            service_price_correction=service_price_correction,
            services=services,
        )

        chain_loyalty_membership_types_create_body.additional_properties = d
        return chain_loyalty_membership_types_create_body

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
