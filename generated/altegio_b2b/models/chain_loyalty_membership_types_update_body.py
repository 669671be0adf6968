from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chain_loyalty_membership_types_update_body_autoactivation_time_unit_id import (
    ChainLoyaltyMembershipTypesUpdateBodyAutoactivationTimeUnitId,
)
from ..models.chain_loyalty_membership_types_update_body_balance_edit_type_id import (
    ChainLoyaltyMembershipTypesUpdateBodyBalanceEditTypeId,
)
from ..models.chain_loyalty_membership_types_update_body_expiration_type_id import (
    ChainLoyaltyMembershipTypesUpdateBodyExpirationTypeId,
)
from ..models.chain_loyalty_membership_types_update_body_freeze_limit_unit_id import (
    ChainLoyaltyMembershipTypesUpdateBodyFreezeLimitUnitId,
)
from ..models.chain_loyalty_membership_types_update_body_period_unit_id import (
    ChainLoyaltyMembershipTypesUpdateBodyPeriodUnitId,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chain_loyalty_membership_types_update_body_availability_item import (
        ChainLoyaltyMembershipTypesUpdateBodyAvailabilityItem,
    )


T = TypeVar("T", bound="ChainLoyaltyMembershipTypesUpdateBody")


@_attrs_define
class ChainLoyaltyMembershipTypesUpdateBody:
    """
    Attributes:
        title (str): Membership type name Example: Updated Fitness 10-pack.
        salon_group_id (int): Chain ID (API uses salon_group_id parameter name) Example: 1.
        cost (float): Subscription price Example: 550.
        is_united_balance (bool): Balance type: true = unified balance, false = separate balance Example: False.
        united_balance_services_count (int): Number of visits for unified balance Example: 10.
        service_categories (list[int]): List of service category IDs. Pass empty array to preserve existing categories.
             Example: [].
        location_ids (list[int] | Unset): List of location IDs where this membership type is available Example: [123,
            456].
        period (int | Unset): Validity period duration Example: 90.
        period_unit_id (ChainLoyaltyMembershipTypesUpdateBodyPeriodUnitId | Unset): Period unit type: 1 = day, 2 = week,
            3 = month, 4 = year Example: 1.
        allow_freeze (bool | Unset): Whether membership can be frozen Default: False. Example: True.
        freeze_limit (int | Unset): Maximum total freeze period Example: 30.
        freeze_limit_unit_id (ChainLoyaltyMembershipTypesUpdateBodyFreezeLimitUnitId | Unset): Freeze period unit: 1 =
            day, 2 = week, 3 = month, 4 = year Example: 1.
        service_price_correction (bool | Unset): Whether service price can be adjusted when using membership Default:
            False. Example: True.
        expiration_type_id (ChainLoyaltyMembershipTypesUpdateBodyExpirationTypeId | Unset): Activation type: 1 = on
            sale, 2 = on first use, 3 = from specific date Example: 1.
        is_allow_empty_code (bool | Unset): Personal vs shared subscription.
            - true = personal (only purchaser can use)
            - false = shared (multiple people can use with code)
             Default: True. Example: True.
        balance_edit_type_id (ChainLoyaltyMembershipTypesUpdateBodyBalanceEditTypeId | Unset): Balance adjustment
            permission: 0 = prohibited, 1 = only at sale location, 2 = at all locations Example: 2.
        is_online_sale_enabled (bool | Unset): Whether online sale is enabled Default: False. Example: False.
        online_sale_title (str | Unset): Subscription title for online sale Example: Updated Fitness Pack.
        online_sale_description (str | Unset): Subscription description for online sale Example: Updated description.
        online_sale_price (float | Unset): Price for online sale Example: 500.
        online_image (str | Unset): Image URL for online sale Example: https://example.com/images/updated.jpg.
        autoactivation_period (int | Unset): Maximum autoactivation period Example: 3.
        autoactivation_time_in_days (int | Unset): Time units for autoactivation Example: 10.
        autoactivation_time_unit_id (ChainLoyaltyMembershipTypesUpdateBodyAutoactivationTimeUnitId | Unset):
            Autoactivation time unit: 1 = days, 2 = weeks, 3 = months, 4 = years Example: 1.
        is_archived (bool | Unset): Whether membership type is archived Default: False. Example: False.
        services (list[int] | Unset): List of service IDs. Pass empty array to preserve existing services.
             Example: [].
        availability (list[ChainLoyaltyMembershipTypesUpdateBodyAvailabilityItem] | Unset): Time-based availability
            rules. Empty array = available anytime.
    """

    title: str
    salon_group_id: int
    cost: float
    is_united_balance: bool
    united_balance_services_count: int
    service_categories: list[int]
    location_ids: list[int] | Unset = UNSET
    period: int | Unset = UNSET
    period_unit_id: ChainLoyaltyMembershipTypesUpdateBodyPeriodUnitId | Unset = UNSET
    allow_freeze: bool | Unset = False
    freeze_limit: int | Unset = UNSET
    freeze_limit_unit_id: ChainLoyaltyMembershipTypesUpdateBodyFreezeLimitUnitId | Unset = UNSET
    service_price_correction: bool | Unset = False
    expiration_type_id: ChainLoyaltyMembershipTypesUpdateBodyExpirationTypeId | Unset = UNSET
    is_allow_empty_code: bool | Unset = True
    balance_edit_type_id: ChainLoyaltyMembershipTypesUpdateBodyBalanceEditTypeId | Unset = UNSET
    is_online_sale_enabled: bool | Unset = False
    online_sale_title: str | Unset = UNSET
    online_sale_description: str | Unset = UNSET
    online_sale_price: float | Unset = UNSET
    online_image: str | Unset = UNSET
    autoactivation_period: int | Unset = UNSET
    autoactivation_time_in_days: int | Unset = UNSET
    autoactivation_time_unit_id: ChainLoyaltyMembershipTypesUpdateBodyAutoactivationTimeUnitId | Unset = UNSET
    is_archived: bool | Unset = False
    services: list[int] | Unset = UNSET
    availability: list[ChainLoyaltyMembershipTypesUpdateBodyAvailabilityItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        salon_group_id = self.salon_group_id

        cost = self.cost

        is_united_balance = self.is_united_balance

        united_balance_services_count = self.united_balance_services_count

        service_categories = self.service_categories

        location_ids: list[int] | Unset = UNSET
        if not isinstance(self.location_ids, Unset):
            location_ids = self.location_ids

        period = self.period

        period_unit_id: int | Unset = UNSET
        if not isinstance(self.period_unit_id, Unset):
            period_unit_id = self.period_unit_id.value

        allow_freeze = self.allow_freeze

        freeze_limit = self.freeze_limit

        freeze_limit_unit_id: int | Unset = UNSET
        if not isinstance(self.freeze_limit_unit_id, Unset):
            freeze_limit_unit_id = self.freeze_limit_unit_id.value

        service_price_correction = self.service_price_correction

        expiration_type_id: int | Unset = UNSET
        if not isinstance(self.expiration_type_id, Unset):
            expiration_type_id = self.expiration_type_id.value

        is_allow_empty_code = self.is_allow_empty_code

        balance_edit_type_id: int | Unset = UNSET
        if not isinstance(self.balance_edit_type_id, Unset):
            balance_edit_type_id = self.balance_edit_type_id.value

        is_online_sale_enabled = self.is_online_sale_enabled

        online_sale_title = self.online_sale_title

        online_sale_description = self.online_sale_description

        online_sale_price = self.online_sale_price

        online_image = self.online_image

        autoactivation_period = self.autoactivation_period

        autoactivation_time_in_days = self.autoactivation_time_in_days

        autoactivation_time_unit_id: int | Unset = UNSET
        if not isinstance(self.autoactivation_time_unit_id, Unset):
            autoactivation_time_unit_id = self.autoactivation_time_unit_id.value

        is_archived = self.is_archived

        services: list[int] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = self.services

        availability: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.availability, Unset):
            availability = []
            for availability_item_data in self.availability:
                availability_item = availability_item_data.to_dict()
                availability.append(availability_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "salon_group_id": salon_group_id,
                "cost": cost,
                "is_united_balance": is_united_balance,
                "united_balance_services_count": united_balance_services_count,
                "service_categories": service_categories,
            }
        )
        if location_ids is not UNSET:
            field_dict["location_ids"] = location_ids
        if period is not UNSET:
            field_dict["period"] = period
        if period_unit_id is not UNSET:
            field_dict["period_unit_id"] = period_unit_id
        if allow_freeze is not UNSET:
            field_dict["allow_freeze"] = allow_freeze
        if freeze_limit is not UNSET:
            field_dict["freeze_limit"] = freeze_limit
        if freeze_limit_unit_id is not UNSET:
            field_dict["freeze_limit_unit_id"] = freeze_limit_unit_id
        if service_price_correction is not UNSET:
            field_dict["service_price_correction"] = service_price_correction
        if expiration_type_id is not UNSET:
            field_dict["expiration_type_id"] = expiration_type_id
        if is_allow_empty_code is not UNSET:
            field_dict["is_allow_empty_code"] = is_allow_empty_code
        if balance_edit_type_id is not UNSET:
            field_dict["balance_edit_type_id"] = balance_edit_type_id
        if is_online_sale_enabled is not UNSET:
            field_dict["is_online_sale_enabled"] = is_online_sale_enabled
        if online_sale_title is not UNSET:
            field_dict["online_sale_title"] = online_sale_title
        if online_sale_description is not UNSET:
            field_dict["online_sale_description"] = online_sale_description
        if online_sale_price is not UNSET:
            field_dict["online_sale_price"] = online_sale_price
        if online_image is not UNSET:
            field_dict["online_image"] = online_image
        if autoactivation_period is not UNSET:
            field_dict["autoactivation_period"] = autoactivation_period
        if autoactivation_time_in_days is not UNSET:
            field_dict["autoactivation_time_in_days"] = autoactivation_time_in_days
        if autoactivation_time_unit_id is not UNSET:
            field_dict["autoactivation_time_unit_id"] = autoactivation_time_unit_id
        if is_archived is not UNSET:
            field_dict["is_archived"] = is_archived
        if services is not UNSET:
            field_dict["services"] = services
        if availability is not UNSET:
            field_dict["availability"] = availability

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chain_loyalty_membership_types_update_body_availability_item import (
            ChainLoyaltyMembershipTypesUpdateBodyAvailabilityItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        title = d.pop("title")

        salon_group_id = d.pop("salon_group_id")

        cost = d.pop("cost")

        is_united_balance = d.pop("is_united_balance")

        united_balance_services_count = d.pop("united_balance_services_count")

        service_categories = cast(list[int], d.pop("service_categories"))

        location_ids = cast(list[int], d.pop("location_ids", UNSET))

        period = d.pop("period", UNSET)

        _period_unit_id = d.pop("period_unit_id", UNSET)
        period_unit_id: ChainLoyaltyMembershipTypesUpdateBodyPeriodUnitId | Unset
        if isinstance(_period_unit_id, Unset):
            period_unit_id = UNSET
        else:
            period_unit_id = ChainLoyaltyMembershipTypesUpdateBodyPeriodUnitId(_period_unit_id)

        allow_freeze = d.pop("allow_freeze", UNSET)

        freeze_limit = d.pop("freeze_limit", UNSET)

        _freeze_limit_unit_id = d.pop("freeze_limit_unit_id", UNSET)
        freeze_limit_unit_id: ChainLoyaltyMembershipTypesUpdateBodyFreezeLimitUnitId | Unset
        if isinstance(_freeze_limit_unit_id, Unset):
            freeze_limit_unit_id = UNSET
        else:
            freeze_limit_unit_id = ChainLoyaltyMembershipTypesUpdateBodyFreezeLimitUnitId(_freeze_limit_unit_id)

        service_price_correction = d.pop("service_price_correction", UNSET)

        _expiration_type_id = d.pop("expiration_type_id", UNSET)
        expiration_type_id: ChainLoyaltyMembershipTypesUpdateBodyExpirationTypeId | Unset
        if isinstance(_expiration_type_id, Unset):
            expiration_type_id = UNSET
        else:
            expiration_type_id = ChainLoyaltyMembershipTypesUpdateBodyExpirationTypeId(_expiration_type_id)

        is_allow_empty_code = d.pop("is_allow_empty_code", UNSET)

        _balance_edit_type_id = d.pop("balance_edit_type_id", UNSET)
        balance_edit_type_id: ChainLoyaltyMembershipTypesUpdateBodyBalanceEditTypeId | Unset
        if isinstance(_balance_edit_type_id, Unset):
            balance_edit_type_id = UNSET
        else:
            balance_edit_type_id = ChainLoyaltyMembershipTypesUpdateBodyBalanceEditTypeId(_balance_edit_type_id)

        is_online_sale_enabled = d.pop("is_online_sale_enabled", UNSET)

        online_sale_title = d.pop("online_sale_title", UNSET)

        online_sale_description = d.pop("online_sale_description", UNSET)

        online_sale_price = d.pop("online_sale_price", UNSET)

        online_image = d.pop("online_image", UNSET)

        autoactivation_period = d.pop("autoactivation_period", UNSET)

        autoactivation_time_in_days = d.pop("autoactivation_time_in_days", UNSET)

        _autoactivation_time_unit_id = d.pop("autoactivation_time_unit_id", UNSET)
        autoactivation_time_unit_id: ChainLoyaltyMembershipTypesUpdateBodyAutoactivationTimeUnitId | Unset
        if isinstance(_autoactivation_time_unit_id, Unset):
            autoactivation_time_unit_id = UNSET
        else:
            autoactivation_time_unit_id = ChainLoyaltyMembershipTypesUpdateBodyAutoactivationTimeUnitId(
                _autoactivation_time_unit_id
            )

        is_archived = d.pop("is_archived", UNSET)

        services = cast(list[int], d.pop("services", UNSET))

        _availability = d.pop("availability", UNSET)
        availability: list[ChainLoyaltyMembershipTypesUpdateBodyAvailabilityItem] | Unset = UNSET
        if _availability is not UNSET:
            availability = []
            for availability_item_data in _availability:
                availability_item = ChainLoyaltyMembershipTypesUpdateBodyAvailabilityItem.from_dict(
                    availability_item_data
                )

                availability.append(availability_item)

        _model = cls(
            title=title,
            salon_group_id=salon_group_id,
            cost=cost,
            is_united_balance=is_united_balance,
            united_balance_services_count=united_balance_services_count,
            service_categories=service_categories,
            location_ids=location_ids,
            period=period,
            period_unit_id=period_unit_id,
            allow_freeze=allow_freeze,
            freeze_limit=freeze_limit,
            freeze_limit_unit_id=freeze_limit_unit_id,
            service_price_correction=service_price_correction,
            expiration_type_id=expiration_type_id,
            is_allow_empty_code=is_allow_empty_code,
            balance_edit_type_id=balance_edit_type_id,
            is_online_sale_enabled=is_online_sale_enabled,
            online_sale_title=online_sale_title,
            online_sale_description=online_sale_description,
            online_sale_price=online_sale_price,
            online_image=online_image,
            autoactivation_period=autoactivation_period,
            autoactivation_time_in_days=autoactivation_time_in_days,
            autoactivation_time_unit_id=autoactivation_time_unit_id,
            is_archived=is_archived,
            services=services,
            availability=availability,
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
