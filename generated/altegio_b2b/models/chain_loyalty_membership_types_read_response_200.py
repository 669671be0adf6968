from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chain_loyalty_membership_types_read_response_200_availability_item import (
        ChainLoyaltyMembershipTypesReadResponse200AvailabilityItem,
    )
    from ..models.chain_loyalty_membership_types_read_response_200_balance_container import (
        ChainLoyaltyMembershipTypesReadResponse200BalanceContainer,
    )
    from ..models.chain_loyalty_membership_types_read_response_200_category_type_0 import (
        ChainLoyaltyMembershipTypesReadResponse200CategoryType0,
    )


T = TypeVar("T", bound="ChainLoyaltyMembershipTypesReadResponse200")


@_attrs_define
class ChainLoyaltyMembershipTypesReadResponse200:
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
        category (ChainLoyaltyMembershipTypesReadResponse200CategoryType0 | None | str | Unset): Service category
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
        availability (list[ChainLoyaltyMembershipTypesReadResponse200AvailabilityItem] | Unset): Time-based availability
            rules Example: [{'week_days': [1, 2, 3], 'intervals': [{'from': 3600, 'to': 7200}, {'from': 10800, 'to':
            14400}]}, {'week_days': [6, 7], 'intervals': [{'from': 36000, 'to': 72000}]}].
        balance_container (ChainLoyaltyMembershipTypesReadResponse200BalanceContainer | Unset): Container with attached
            services and/or categories and their balance
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
    category: ChainLoyaltyMembershipTypesReadResponse200CategoryType0 | None | str | Unset = UNSET
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
    availability: list[ChainLoyaltyMembershipTypesReadResponse200AvailabilityItem] | Unset = UNSET
    balance_container: ChainLoyaltyMembershipTypesReadResponse200BalanceContainer | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.chain_loyalty_membership_types_read_response_200_category_type_0 import (
            ChainLoyaltyMembershipTypesReadResponse200CategoryType0,  # noqa: PLC0415
        )

        id = self.id

        salon_group_id = self.salon_group_id

        category_id: int | None | Unset
        if isinstance(self.category_id, Unset):
            category_id = UNSET
        else:
            category_id = self.category_id

        title = self.title

        period = self.period

        period_unit_id = self.period_unit_id

        allow_freeze = self.allow_freeze

        freeze_limit = self.freeze_limit

        freeze_limit_unit_id = self.freeze_limit_unit_id

        is_booking_when_frozen_allowed = self.is_booking_when_frozen_allowed

        is_allow_empty_code = self.is_allow_empty_code

        is_united_balance = self.is_united_balance

        is_united_balance_unlimited = self.is_united_balance_unlimited

        is_code_required = self.is_code_required

        balance_edit_type_id = self.balance_edit_type_id

        cost = self.cost

        chain_price_min = self.chain_price_min

        chain_price_max = self.chain_price_max

        is_chain = self.is_chain

        expiration_type_id = self.expiration_type_id

        expiration_type_title = self.expiration_type_title

        category: dict[str, Any] | None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        elif isinstance(self.category, ChainLoyaltyMembershipTypesReadResponse200CategoryType0):
            category = self.category.to_dict()
        else:
            category = self.category

        weight = self.weight

        abonements_count = self.abonements_count

        is_online_sale_enabled = self.is_online_sale_enabled

        online_sale_title = self.online_sale_title

        online_sale_description = self.online_sale_description

        online_sale_price = self.online_sale_price

        service_price_correction = self.service_price_correction

        united_balance_services_count = self.united_balance_services_count

        autoactivation_time = self.autoactivation_time

        autoactivation_time_unit_id = self.autoactivation_time_unit_id

        attached_location_ids: list[int] | Unset = UNSET
        if not isinstance(self.attached_location_ids, Unset):
            attached_location_ids = self.attached_location_ids

        attached_salon_ids: list[int] | Unset = UNSET
        if not isinstance(self.attached_salon_ids, Unset):
            attached_salon_ids = self.attached_salon_ids

        online_sale_image: None | str | Unset
        if isinstance(self.online_sale_image, Unset):
            online_sale_image = UNSET
        else:
            online_sale_image = self.online_sale_image

        is_archived = self.is_archived

        date_archived: None | str | Unset
        if isinstance(self.date_archived, Unset):
            date_archived = UNSET
        elif isinstance(self.date_archived, datetime.datetime):
            date_archived = self.date_archived.isoformat()
        else:
            date_archived = self.date_archived

        availability: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.availability, Unset):
            availability = []
            for availability_item_data in self.availability:
                availability_item = availability_item_data.to_dict()
                availability.append(availability_item)

        balance_container: dict[str, Any] | Unset = UNSET
        if not isinstance(self.balance_container, Unset):
            balance_container = self.balance_container.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if salon_group_id is not UNSET:
            field_dict["salon_group_id"] = salon_group_id
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
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
        if freeze_limit_unit_id is not UNSET:
            field_dict["freeze_limit_unit_id"] = freeze_limit_unit_id
        if is_booking_when_frozen_allowed is not UNSET:
            field_dict["is_booking_when_frozen_allowed"] = is_booking_when_frozen_allowed
        if is_allow_empty_code is not UNSET:
            field_dict["is_allow_empty_code"] = is_allow_empty_code
        if is_united_balance is not UNSET:
            field_dict["is_united_balance"] = is_united_balance
        if is_united_balance_unlimited is not UNSET:
            field_dict["is_united_balance_unlimited"] = is_united_balance_unlimited
        if is_code_required is not UNSET:
            field_dict["is_code_required"] = is_code_required
        if balance_edit_type_id is not UNSET:
            field_dict["balance_edit_type_id"] = balance_edit_type_id
        if cost is not UNSET:
            field_dict["cost"] = cost
        if chain_price_min is not UNSET:
            field_dict["chain_price_min"] = chain_price_min
        if chain_price_max is not UNSET:
            field_dict["chain_price_max"] = chain_price_max
        if is_chain is not UNSET:
            field_dict["is_chain"] = is_chain
        if expiration_type_id is not UNSET:
            field_dict["expiration_type_id"] = expiration_type_id
        if expiration_type_title is not UNSET:
            field_dict["expiration_type_title"] = expiration_type_title
        if category is not UNSET:
            field_dict["category"] = category
        if weight is not UNSET:
            field_dict["weight"] = weight
        if abonements_count is not UNSET:
            field_dict["abonements_count"] = abonements_count
        if is_online_sale_enabled is not UNSET:
            field_dict["is_online_sale_enabled"] = is_online_sale_enabled
        if online_sale_title is not UNSET:
            field_dict["online_sale_title"] = online_sale_title
        if online_sale_description is not UNSET:
            field_dict["online_sale_description"] = online_sale_description
        if online_sale_price is not UNSET:
            field_dict["online_sale_price"] = online_sale_price
        if service_price_correction is not UNSET:
            field_dict["service_price_correction"] = service_price_correction
        if united_balance_services_count is not UNSET:
            field_dict["united_balance_services_count"] = united_balance_services_count
        if autoactivation_time is not UNSET:
            field_dict["autoactivation_time"] = autoactivation_time
        if autoactivation_time_unit_id is not UNSET:
            field_dict["autoactivation_time_unit_id"] = autoactivation_time_unit_id
        if attached_location_ids is not UNSET:
            field_dict["attached_location_ids"] = attached_location_ids
        if attached_salon_ids is not UNSET:
            field_dict["attached_salon_ids"] = attached_salon_ids
        if online_sale_image is not UNSET:
            field_dict["online_sale_image"] = online_sale_image
        if is_archived is not UNSET:
            field_dict["is_archived"] = is_archived
        if date_archived is not UNSET:
            field_dict["date_archived"] = date_archived
        if availability is not UNSET:
            field_dict["availability"] = availability
        if balance_container is not UNSET:
            field_dict["balance_container"] = balance_container

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chain_loyalty_membership_types_read_response_200_availability_item import (
            ChainLoyaltyMembershipTypesReadResponse200AvailabilityItem,  # noqa: PLC0415
        )
        from ..models.chain_loyalty_membership_types_read_response_200_balance_container import (
            ChainLoyaltyMembershipTypesReadResponse200BalanceContainer,  # noqa: PLC0415
        )
        from ..models.chain_loyalty_membership_types_read_response_200_category_type_0 import (
            ChainLoyaltyMembershipTypesReadResponse200CategoryType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        salon_group_id = d.pop("salon_group_id", UNSET)

        def _parse_category_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        category_id = _parse_category_id(d.pop("category_id", UNSET))

        title = d.pop("title", UNSET)

        period = d.pop("period", UNSET)

        period_unit_id = d.pop("period_unit_id", UNSET)

        allow_freeze = d.pop("allow_freeze", UNSET)

        freeze_limit = d.pop("freeze_limit", UNSET)

        freeze_limit_unit_id = d.pop("freeze_limit_unit_id", UNSET)

        is_booking_when_frozen_allowed = d.pop("is_booking_when_frozen_allowed", UNSET)

        is_allow_empty_code = d.pop("is_allow_empty_code", UNSET)

        is_united_balance = d.pop("is_united_balance", UNSET)

        is_united_balance_unlimited = d.pop("is_united_balance_unlimited", UNSET)

        is_code_required = d.pop("is_code_required", UNSET)

        balance_edit_type_id = d.pop("balance_edit_type_id", UNSET)

        cost = d.pop("cost", UNSET)

        chain_price_min = d.pop("chain_price_min", UNSET)

        chain_price_max = d.pop("chain_price_max", UNSET)

        is_chain = d.pop("is_chain", UNSET)

        expiration_type_id = d.pop("expiration_type_id", UNSET)

        expiration_type_title = d.pop("expiration_type_title", UNSET)

        def _parse_category(
            data: object,
        ) -> ChainLoyaltyMembershipTypesReadResponse200CategoryType0 | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                category_type_0 = ChainLoyaltyMembershipTypesReadResponse200CategoryType0.from_dict(data)

                return category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChainLoyaltyMembershipTypesReadResponse200CategoryType0 | None | str | Unset, data)

        category = _parse_category(d.pop("category", UNSET))

        weight = d.pop("weight", UNSET)

        abonements_count = d.pop("abonements_count", UNSET)

        is_online_sale_enabled = d.pop("is_online_sale_enabled", UNSET)

        online_sale_title = d.pop("online_sale_title", UNSET)

        online_sale_description = d.pop("online_sale_description", UNSET)

        online_sale_price = d.pop("online_sale_price", UNSET)

        service_price_correction = d.pop("service_price_correction", UNSET)

        united_balance_services_count = d.pop("united_balance_services_count", UNSET)

        autoactivation_time = d.pop("autoactivation_time", UNSET)

        autoactivation_time_unit_id = d.pop("autoactivation_time_unit_id", UNSET)

        attached_location_ids = cast(list[int], d.pop("attached_location_ids", UNSET))

        attached_salon_ids = cast(list[int], d.pop("attached_salon_ids", UNSET))

        def _parse_online_sale_image(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        online_sale_image = _parse_online_sale_image(d.pop("online_sale_image", UNSET))

        is_archived = d.pop("is_archived", UNSET)

        def _parse_date_archived(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_archived_type_0 = _timestamps.parse_datetime(data)

                return date_archived_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_archived = _parse_date_archived(d.pop("date_archived", UNSET))

        _availability = d.pop("availability", UNSET)
        availability: list[ChainLoyaltyMembershipTypesReadResponse200AvailabilityItem] | Unset = UNSET
        if _availability is not UNSET:
            availability = []
            for availability_item_data in _availability:
                availability_item = ChainLoyaltyMembershipTypesReadResponse200AvailabilityItem.from_dict(
                    availability_item_data
                )

                availability.append(availability_item)

        _balance_container = d.pop("balance_container", UNSET)
        balance_container: ChainLoyaltyMembershipTypesReadResponse200BalanceContainer | Unset
        if isinstance(_balance_container, Unset):
            balance_container = UNSET
        else:
            balance_container = ChainLoyaltyMembershipTypesReadResponse200BalanceContainer.from_dict(_balance_container)

        _model = cls(
            id=id,
            salon_group_id=salon_group_id,
            category_id=category_id,
            title=title,
            period=period,
            period_unit_id=period_unit_id,
            allow_freeze=allow_freeze,
            freeze_limit=freeze_limit,
            freeze_limit_unit_id=freeze_limit_unit_id,
            is_booking_when_frozen_allowed=is_booking_when_frozen_allowed,
            is_allow_empty_code=is_allow_empty_code,
            is_united_balance=is_united_balance,
            is_united_balance_unlimited=is_united_balance_unlimited,
            is_code_required=is_code_required,
            balance_edit_type_id=balance_edit_type_id,
            cost=cost,
            chain_price_min=chain_price_min,
            chain_price_max=chain_price_max,
            is_chain=is_chain,
            expiration_type_id=expiration_type_id,
            expiration_type_title=expiration_type_title,
            category=category,
            weight=weight,
            abonements_count=abonements_count,
            is_online_sale_enabled=is_online_sale_enabled,
            online_sale_title=online_sale_title,
            online_sale_description=online_sale_description,
            online_sale_price=online_sale_price,
            service_price_correction=service_price_correction,
            united_balance_services_count=united_balance_services_count,
            autoactivation_time=autoactivation_time,
            autoactivation_time_unit_id=autoactivation_time_unit_id,
            attached_location_ids=attached_location_ids,
            attached_salon_ids=attached_salon_ids,
            online_sale_image=online_sale_image,
            is_archived=is_archived,
            date_archived=date_archived,
            availability=availability,
            balance_container=balance_container,
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
