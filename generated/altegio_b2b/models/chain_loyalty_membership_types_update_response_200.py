from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chain_loyalty_membership_types_update_response_200_availability_item import (
        ChainLoyaltyMembershipTypesUpdateResponse200AvailabilityItem,
    )
    from ..models.chain_loyalty_membership_types_update_response_200_balance_container import (
        ChainLoyaltyMembershipTypesUpdateResponse200BalanceContainer,
    )
    from ..models.chain_loyalty_membership_types_update_response_200_category_type_0 import (
        ChainLoyaltyMembershipTypesUpdateResponse200CategoryType0,
    )


T = TypeVar("T", bound="ChainLoyaltyMembershipTypesUpdateResponse200")


@_attrs_define
class ChainLoyaltyMembershipTypesUpdateResponse200:
    """Chain-level membership type object

    Attributes:
        abonements_count (int | Unset): Number of active subscriptions of this type
        allow_freeze (bool | Unset): Whether freezing is allowed
        attached_location_ids (list[int] | Unset): List of location IDs attached to this membership type
        attached_salon_ids (list[int] | Unset): Alternative name for attached_location_ids
        autoactivation_time (int | Unset): Time units for autoactivation
        autoactivation_time_unit_id (int | Unset): Autoactivation time unit: 1 = days, 2 = weeks, 3 = months, 4 = years
        availability (list[ChainLoyaltyMembershipTypesUpdateResponse200AvailabilityItem] | Unset): Time-based
            availability rules
        balance_container (ChainLoyaltyMembershipTypesUpdateResponse200BalanceContainer | Unset): Container with
            attached services and/or categories and their balance
        balance_edit_type_id (int | Unset): Balance edit type: 1 = editable, 2 = not editable
        category (ChainLoyaltyMembershipTypesUpdateResponse200CategoryType0 | None | str | Unset): Service category
            restriction (can be object, null, or string like "standard")
        category_id (int | None | Unset): Category ID restriction (null if no category restriction)
        chain_price_max (float | Unset): Maximum price across chain locations
        chain_price_min (float | Unset): Minimum price across chain locations
        cost (float | Unset): Subscription price
        date_archived (datetime.datetime | None | Unset): Date when membership type was archived
        expiration_type_id (int | Unset): Activation type: 1 = on sale, 2 = on first use, 3 = from specific date
        expiration_type_title (str | Unset): Human-readable expiration type
        freeze_limit (int | Unset): Maximum total freeze period
        freeze_limit_unit_id (int | Unset): Freeze period unit: 1 = day, 2 = week, 3 = month, 4 = year
        id (int | Unset): Subscription type ID
        is_allow_empty_code (bool | Unset): Allow sale without code: true = personal membership, false = shared with
            code
        is_archived (bool | Unset): Whether membership type is archived
        is_booking_when_frozen_allowed (bool | Unset): Allow booking appointments when membership is frozen
        is_chain (bool | Unset): Whether this is a chain-level membership type
        is_code_required (bool | Unset): Whether activation code is required
        is_online_sale_enabled (bool | Unset): Online sale: true = enabled, false = disabled
        is_united_balance (bool | Unset): Balance type: true = unified, false = separate
        is_united_balance_unlimited (bool | Unset): Whether unified balance is unlimited
        online_sale_description (str | Unset): Description for online sale
        online_sale_image (None | str | Unset): Image URL for online sale
        online_sale_price (float | Unset): Price for online sale
        online_sale_title (str | Unset): Title for online sale
        period (int | Unset): Validity period (0 if not set)
        period_unit_id (int | Unset): Period unit: 1 = day, 2 = week, 3 = month, 4 = year, 0 = not set
        salon_group_id (int | Unset): Chain ID where membership type is available
        service_price_correction (bool | Unset): Whether service price can be adjusted when applying membership
        title (str | Unset): Subscription type name
        united_balance_services_count (int | Unset): Number of visits for unified balance
        weight (int | Unset): Sort order weight
    """

    abonements_count: int | Unset = UNSET
    allow_freeze: bool | Unset = UNSET
    attached_location_ids: list[int] | Unset = UNSET
    attached_salon_ids: list[int] | Unset = UNSET
    autoactivation_time: int | Unset = UNSET
    autoactivation_time_unit_id: int | Unset = UNSET
    availability: list[ChainLoyaltyMembershipTypesUpdateResponse200AvailabilityItem] | Unset = UNSET
    balance_container: ChainLoyaltyMembershipTypesUpdateResponse200BalanceContainer | Unset = UNSET
    balance_edit_type_id: int | Unset = UNSET
    category: ChainLoyaltyMembershipTypesUpdateResponse200CategoryType0 | None | str | Unset = UNSET
    category_id: int | None | Unset = UNSET
    chain_price_max: float | Unset = UNSET
    chain_price_min: float | Unset = UNSET
    cost: float | Unset = UNSET
    date_archived: datetime.datetime | None | Unset = UNSET
    expiration_type_id: int | Unset = UNSET
    expiration_type_title: str | Unset = UNSET
    freeze_limit: int | Unset = UNSET
    freeze_limit_unit_id: int | Unset = UNSET
    id: int | Unset = UNSET
    is_allow_empty_code: bool | Unset = UNSET
    is_archived: bool | Unset = UNSET
    is_booking_when_frozen_allowed: bool | Unset = UNSET
    is_chain: bool | Unset = UNSET
    is_code_required: bool | Unset = UNSET
    is_online_sale_enabled: bool | Unset = UNSET
    is_united_balance: bool | Unset = UNSET
    is_united_balance_unlimited: bool | Unset = UNSET
    online_sale_description: str | Unset = UNSET
    online_sale_image: None | str | Unset = UNSET
    online_sale_price: float | Unset = UNSET
    online_sale_title: str | Unset = UNSET
    period: int | Unset = UNSET
    period_unit_id: int | Unset = UNSET
    salon_group_id: int | Unset = UNSET
    service_price_correction: bool | Unset = UNSET
    title: str | Unset = UNSET
    united_balance_services_count: int | Unset = UNSET
    weight: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.chain_loyalty_membership_types_update_response_200_category_type_0 import (
            ChainLoyaltyMembershipTypesUpdateResponse200CategoryType0,  # noqa: PLC0415
        )

        abonements_count = self.abonements_count

        allow_freeze = self.allow_freeze

        attached_location_ids: list[int] | Unset = UNSET
        if not isinstance(self.attached_location_ids, Unset):
            attached_location_ids = self.attached_location_ids

        attached_salon_ids: list[int] | Unset = UNSET
        if not isinstance(self.attached_salon_ids, Unset):
            attached_salon_ids = self.attached_salon_ids

        autoactivation_time = self.autoactivation_time

        autoactivation_time_unit_id = self.autoactivation_time_unit_id

        availability: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.availability, Unset):
            availability = []
            for availability_item_data in self.availability:
                availability_item = availability_item_data.to_dict()
                availability.append(availability_item)

        balance_container: dict[str, Any] | Unset = UNSET
        if not isinstance(self.balance_container, Unset):
            balance_container = self.balance_container.to_dict()

        balance_edit_type_id = self.balance_edit_type_id

        category: dict[str, Any] | None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        elif isinstance(self.category, ChainLoyaltyMembershipTypesUpdateResponse200CategoryType0):
            category = self.category.to_dict()
        else:
            category = self.category

        category_id: int | None | Unset
        if isinstance(self.category_id, Unset):
            category_id = UNSET
        else:
            category_id = self.category_id

        chain_price_max = self.chain_price_max

        chain_price_min = self.chain_price_min

        cost = self.cost

        date_archived: None | str | Unset
        if isinstance(self.date_archived, Unset):
            date_archived = UNSET
        elif isinstance(self.date_archived, datetime.datetime):
            date_archived = self.date_archived.isoformat()
        else:
            date_archived = self.date_archived

        expiration_type_id = self.expiration_type_id

        expiration_type_title = self.expiration_type_title

        freeze_limit = self.freeze_limit

        freeze_limit_unit_id = self.freeze_limit_unit_id

        id = self.id

        is_allow_empty_code = self.is_allow_empty_code

        is_archived = self.is_archived

        is_booking_when_frozen_allowed = self.is_booking_when_frozen_allowed

        is_chain = self.is_chain

        is_code_required = self.is_code_required

        is_online_sale_enabled = self.is_online_sale_enabled

        is_united_balance = self.is_united_balance

        is_united_balance_unlimited = self.is_united_balance_unlimited

        online_sale_description = self.online_sale_description

        online_sale_image: None | str | Unset
        if isinstance(self.online_sale_image, Unset):
            online_sale_image = UNSET
        else:
            online_sale_image = self.online_sale_image

        online_sale_price = self.online_sale_price

        online_sale_title = self.online_sale_title

        period = self.period

        period_unit_id = self.period_unit_id

        salon_group_id = self.salon_group_id

        service_price_correction = self.service_price_correction

        title = self.title

        united_balance_services_count = self.united_balance_services_count

        weight = self.weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if abonements_count is not UNSET:
            field_dict["abonements_count"] = abonements_count
        if allow_freeze is not UNSET:
            field_dict["allow_freeze"] = allow_freeze
        if attached_location_ids is not UNSET:
            field_dict["attached_location_ids"] = attached_location_ids
        if attached_salon_ids is not UNSET:
            field_dict["attached_salon_ids"] = attached_salon_ids
        if autoactivation_time is not UNSET:
            field_dict["autoactivation_time"] = autoactivation_time
        if autoactivation_time_unit_id is not UNSET:
            field_dict["autoactivation_time_unit_id"] = autoactivation_time_unit_id
        if availability is not UNSET:
            field_dict["availability"] = availability
        if balance_container is not UNSET:
            field_dict["balance_container"] = balance_container
        if balance_edit_type_id is not UNSET:
            field_dict["balance_edit_type_id"] = balance_edit_type_id
        if category is not UNSET:
            field_dict["category"] = category
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if chain_price_max is not UNSET:
            field_dict["chain_price_max"] = chain_price_max
        if chain_price_min is not UNSET:
            field_dict["chain_price_min"] = chain_price_min
        if cost is not UNSET:
            field_dict["cost"] = cost
        if date_archived is not UNSET:
            field_dict["date_archived"] = date_archived
        if expiration_type_id is not UNSET:
            field_dict["expiration_type_id"] = expiration_type_id
        if expiration_type_title is not UNSET:
            field_dict["expiration_type_title"] = expiration_type_title
        if freeze_limit is not UNSET:
            field_dict["freeze_limit"] = freeze_limit
        if freeze_limit_unit_id is not UNSET:
            field_dict["freeze_limit_unit_id"] = freeze_limit_unit_id
        if id is not UNSET:
            field_dict["id"] = id
        if is_allow_empty_code is not UNSET:
            field_dict["is_allow_empty_code"] = is_allow_empty_code
        if is_archived is not UNSET:
            field_dict["is_archived"] = is_archived
        if is_booking_when_frozen_allowed is not UNSET:
            field_dict["is_booking_when_frozen_allowed"] = is_booking_when_frozen_allowed
        if is_chain is not UNSET:
            field_dict["is_chain"] = is_chain
        if is_code_required is not UNSET:
            field_dict["is_code_required"] = is_code_required
        if is_online_sale_enabled is not UNSET:
            field_dict["is_online_sale_enabled"] = is_online_sale_enabled
        if is_united_balance is not UNSET:
            field_dict["is_united_balance"] = is_united_balance
        if is_united_balance_unlimited is not UNSET:
            field_dict["is_united_balance_unlimited"] = is_united_balance_unlimited
        if online_sale_description is not UNSET:
            field_dict["online_sale_description"] = online_sale_description
        if online_sale_image is not UNSET:
            field_dict["online_sale_image"] = online_sale_image
        if online_sale_price is not UNSET:
            field_dict["online_sale_price"] = online_sale_price
        if online_sale_title is not UNSET:
            field_dict["online_sale_title"] = online_sale_title
        if period is not UNSET:
            field_dict["period"] = period
        if period_unit_id is not UNSET:
            field_dict["period_unit_id"] = period_unit_id
        if salon_group_id is not UNSET:
            field_dict["salon_group_id"] = salon_group_id
        if service_price_correction is not UNSET:
            field_dict["service_price_correction"] = service_price_correction
        if title is not UNSET:
            field_dict["title"] = title
        if united_balance_services_count is not UNSET:
            field_dict["united_balance_services_count"] = united_balance_services_count
        if weight is not UNSET:
            field_dict["weight"] = weight

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chain_loyalty_membership_types_update_response_200_availability_item import (
            ChainLoyaltyMembershipTypesUpdateResponse200AvailabilityItem,  # noqa: PLC0415
        )
        from ..models.chain_loyalty_membership_types_update_response_200_balance_container import (
            ChainLoyaltyMembershipTypesUpdateResponse200BalanceContainer,  # noqa: PLC0415
        )
        from ..models.chain_loyalty_membership_types_update_response_200_category_type_0 import (
            ChainLoyaltyMembershipTypesUpdateResponse200CategoryType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        abonements_count = d.pop("abonements_count", UNSET)

        allow_freeze = d.pop("allow_freeze", UNSET)

        attached_location_ids = cast(list[int], d.pop("attached_location_ids", UNSET))

        attached_salon_ids = cast(list[int], d.pop("attached_salon_ids", UNSET))

        autoactivation_time = d.pop("autoactivation_time", UNSET)

        autoactivation_time_unit_id = d.pop("autoactivation_time_unit_id", UNSET)

        _availability = d.pop("availability", UNSET)
        availability: list[ChainLoyaltyMembershipTypesUpdateResponse200AvailabilityItem] | Unset = UNSET
        if _availability is not UNSET:
            availability = []
            for availability_item_data in _availability:
                availability_item = ChainLoyaltyMembershipTypesUpdateResponse200AvailabilityItem.from_dict(
                    availability_item_data
                )

                availability.append(availability_item)

        _balance_container = d.pop("balance_container", UNSET)
        balance_container: ChainLoyaltyMembershipTypesUpdateResponse200BalanceContainer | Unset
        if isinstance(_balance_container, Unset):
            balance_container = UNSET
        else:
            balance_container = ChainLoyaltyMembershipTypesUpdateResponse200BalanceContainer.from_dict(
                _balance_container
            )

        balance_edit_type_id = d.pop("balance_edit_type_id", UNSET)

        def _parse_category(
            data: object,
        ) -> ChainLoyaltyMembershipTypesUpdateResponse200CategoryType0 | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                category_type_0 = ChainLoyaltyMembershipTypesUpdateResponse200CategoryType0.from_dict(data)

                return category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChainLoyaltyMembershipTypesUpdateResponse200CategoryType0 | None | str | Unset, data)

        category = _parse_category(d.pop("category", UNSET))

        def _parse_category_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        category_id = _parse_category_id(d.pop("category_id", UNSET))

        chain_price_max = d.pop("chain_price_max", UNSET)

        chain_price_min = d.pop("chain_price_min", UNSET)

        cost = d.pop("cost", UNSET)

        def _parse_date_archived(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_archived_type_0 = datetime.datetime.fromisoformat(data)

                return date_archived_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_archived = _parse_date_archived(d.pop("date_archived", UNSET))

        expiration_type_id = d.pop("expiration_type_id", UNSET)

        expiration_type_title = d.pop("expiration_type_title", UNSET)

        freeze_limit = d.pop("freeze_limit", UNSET)

        freeze_limit_unit_id = d.pop("freeze_limit_unit_id", UNSET)

        id = d.pop("id", UNSET)

        is_allow_empty_code = d.pop("is_allow_empty_code", UNSET)

        is_archived = d.pop("is_archived", UNSET)

        is_booking_when_frozen_allowed = d.pop("is_booking_when_frozen_allowed", UNSET)

        is_chain = d.pop("is_chain", UNSET)

        is_code_required = d.pop("is_code_required", UNSET)

        is_online_sale_enabled = d.pop("is_online_sale_enabled", UNSET)

        is_united_balance = d.pop("is_united_balance", UNSET)

        is_united_balance_unlimited = d.pop("is_united_balance_unlimited", UNSET)

        online_sale_description = d.pop("online_sale_description", UNSET)

        def _parse_online_sale_image(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        online_sale_image = _parse_online_sale_image(d.pop("online_sale_image", UNSET))

        online_sale_price = d.pop("online_sale_price", UNSET)

        online_sale_title = d.pop("online_sale_title", UNSET)

        period = d.pop("period", UNSET)

        period_unit_id = d.pop("period_unit_id", UNSET)

        salon_group_id = d.pop("salon_group_id", UNSET)

        service_price_correction = d.pop("service_price_correction", UNSET)

        title = d.pop("title", UNSET)

        united_balance_services_count = d.pop("united_balance_services_count", UNSET)

        weight = d.pop("weight", UNSET)

        chain_loyalty_membership_types_update_response_200 = cls(
            abonements_count=abonements_count,
            allow_freeze=allow_freeze,
            attached_location_ids=attached_location_ids,
            attached_salon_ids=attached_salon_ids,
            autoactivation_time=autoactivation_time,
            autoactivation_time_unit_id=autoactivation_time_unit_id,
            availability=availability,
            balance_container=balance_container,
            balance_edit_type_id=balance_edit_type_id,
            category=category,
            category_id=category_id,
            chain_price_max=chain_price_max,
            chain_price_min=chain_price_min,
            cost=cost,
            date_archived=date_archived,
            expiration_type_id=expiration_type_id,
            expiration_type_title=expiration_type_title,
            freeze_limit=freeze_limit,
            freeze_limit_unit_id=freeze_limit_unit_id,
            id=id,
            is_allow_empty_code=is_allow_empty_code,
            is_archived=is_archived,
            is_booking_when_frozen_allowed=is_booking_when_frozen_allowed,
            is_chain=is_chain,
            is_code_required=is_code_required,
            is_online_sale_enabled=is_online_sale_enabled,
            is_united_balance=is_united_balance,
            is_united_balance_unlimited=is_united_balance_unlimited,
            online_sale_description=online_sale_description,
            online_sale_image=online_sale_image,
            online_sale_price=online_sale_price,
            online_sale_title=online_sale_title,
            period=period,
            period_unit_id=period_unit_id,
            salon_group_id=salon_group_id,
            service_price_correction=service_price_correction,
            title=title,
            united_balance_services_count=united_balance_services_count,
            weight=weight,
        )

        chain_loyalty_membership_types_update_response_200.additional_properties = d
        return chain_loyalty_membership_types_update_response_200

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
