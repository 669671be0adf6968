from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_location_loyalty_program_list_response_200_item_expiration_timeout_unit import (
    GetLocationLoyaltyProgramListResponse200ItemExpirationTimeoutUnit,
)
from ..models.get_location_loyalty_program_list_response_200_item_good_item_type import (
    GetLocationLoyaltyProgramListResponse200ItemGoodItemType,
)
from ..models.get_location_loyalty_program_list_response_200_item_params_source_type import (
    GetLocationLoyaltyProgramListResponse200ItemParamsSourceType,
)
from ..models.get_location_loyalty_program_list_response_200_item_service_item_type import (
    GetLocationLoyaltyProgramListResponse200ItemServiceItemType,
)
from ..models.get_location_loyalty_program_list_response_200_item_type import (
    GetLocationLoyaltyProgramListResponse200ItemType,
)
from ..models.get_location_loyalty_program_list_response_200_item_value_unit import (
    GetLocationLoyaltyProgramListResponse200ItemValueUnit,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetLocationLoyaltyProgramListResponse200Item")


@_attrs_define
class GetLocationLoyaltyProgramListResponse200Item:
    """
    Attributes:
        id (int | Unset): Promotion ID
        title (str | Unset): Share name
        type_ (GetLocationLoyaltyProgramListResponse200ItemType | Unset): Promotion type
        loyalty_type_id (int | Unset): Promotion type ID
        item_type_id (int | Unset): Identifier of the discount application type
        service_item_type (GetLocationLoyaltyProgramListResponse200ItemServiceItemType | Unset): Type of application to
            services
        good_item_type (GetLocationLoyaltyProgramListResponse200ItemGoodItemType | Unset): Type of application to
            products
        value_unit_id (int | Unset): Unit ID of the bonus or discount
        value_unit (GetLocationLoyaltyProgramListResponse200ItemValueUnit | Unset): Bonus or discount measurement unit
            (percentage, fixed amount)
        group_id (int | Unset): Chain ID
        usage_limit (int | Unset): Limit on the number of applications (only for cashback)
        visit_multiplicity (int | Unset): Multiplicity of application by visits (only for cashback)
        sold_items_multiplicity (int | Unset): How many services you need to pay to get a discount on promotional
            services (only for the promotion type "Discount by condition")
        current_package_progress (int | Unset): The current number of uses of the promotion
        allowed_usages_amount (int | Unset): Limitation on the number of allowed uses
        expiration_timeout (int | Unset): Expiration date of bonuses or discounts
        expiration_timeout_unit (GetLocationLoyaltyProgramListResponse200ItemExpirationTimeoutUnit | Unset): The unit of
            measurement for the expiration date of bonuses or discounts
        expiration_notification_timeout (int | Unset): How many days before the bonus or discount expires, you need to
            send a notification to the client
        params_source_type (GetLocationLoyaltyProgramListResponse200ItemParamsSourceType | Unset): Where to get the
            client's history to calculate the size of the bonus or discount (for accumulation promotions or conditional
            discounts)
        history_start_date (str | Unset): From what date to take into account the client's history to calculate the size
            of the bonus or discount (for accumulative promotions or conditional discounts)
        on_changed_notification_template_id (int | Unset): Notification template ID when changing bonus or discount
        on_expiration_notification_template_id (int | Unset): Identifier of the notification template when a bonus or
            discount burns
        first_transaction_date (str | Unset): Date of first stock transaction
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    type_: GetLocationLoyaltyProgramListResponse200ItemType | Unset = UNSET
    loyalty_type_id: int | Unset = UNSET
    item_type_id: int | Unset = UNSET
    service_item_type: GetLocationLoyaltyProgramListResponse200ItemServiceItemType | Unset = UNSET
    good_item_type: GetLocationLoyaltyProgramListResponse200ItemGoodItemType | Unset = UNSET
    value_unit_id: int | Unset = UNSET
    value_unit: GetLocationLoyaltyProgramListResponse200ItemValueUnit | Unset = UNSET
    group_id: int | Unset = UNSET
    usage_limit: int | Unset = UNSET
    visit_multiplicity: int | Unset = UNSET
    sold_items_multiplicity: int | Unset = UNSET
    current_package_progress: int | Unset = UNSET
    allowed_usages_amount: int | Unset = UNSET
    expiration_timeout: int | Unset = UNSET
    expiration_timeout_unit: GetLocationLoyaltyProgramListResponse200ItemExpirationTimeoutUnit | Unset = UNSET
    expiration_notification_timeout: int | Unset = UNSET
    params_source_type: GetLocationLoyaltyProgramListResponse200ItemParamsSourceType | Unset = UNSET
    history_start_date: str | Unset = UNSET
    on_changed_notification_template_id: int | Unset = UNSET
    on_expiration_notification_template_id: int | Unset = UNSET
    first_transaction_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        loyalty_type_id = self.loyalty_type_id

        item_type_id = self.item_type_id

        service_item_type: str | Unset = UNSET
        if not isinstance(self.service_item_type, Unset):
            service_item_type = self.service_item_type.value

        good_item_type: str | Unset = UNSET
        if not isinstance(self.good_item_type, Unset):
            good_item_type = self.good_item_type.value

        value_unit_id = self.value_unit_id

        value_unit: str | Unset = UNSET
        if not isinstance(self.value_unit, Unset):
            value_unit = self.value_unit.value

        group_id = self.group_id

        usage_limit = self.usage_limit

        visit_multiplicity = self.visit_multiplicity

        sold_items_multiplicity = self.sold_items_multiplicity

        current_package_progress = self.current_package_progress

        allowed_usages_amount = self.allowed_usages_amount

        expiration_timeout = self.expiration_timeout

        expiration_timeout_unit: str | Unset = UNSET
        if not isinstance(self.expiration_timeout_unit, Unset):
            expiration_timeout_unit = self.expiration_timeout_unit.value

        expiration_notification_timeout = self.expiration_notification_timeout

        params_source_type: str | Unset = UNSET
        if not isinstance(self.params_source_type, Unset):
            params_source_type = self.params_source_type.value

        history_start_date = self.history_start_date

        on_changed_notification_template_id = self.on_changed_notification_template_id

        on_expiration_notification_template_id = self.on_expiration_notification_template_id

        first_transaction_date = self.first_transaction_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if type_ is not UNSET:
            field_dict["type"] = type_
        if loyalty_type_id is not UNSET:
            field_dict["loyalty_type_id"] = loyalty_type_id
        if item_type_id is not UNSET:
            field_dict["item_type_id"] = item_type_id
        if service_item_type is not UNSET:
            field_dict["service_item_type"] = service_item_type
        if good_item_type is not UNSET:
            field_dict["good_item_type"] = good_item_type
        if value_unit_id is not UNSET:
            field_dict["value_unit_id"] = value_unit_id
        if value_unit is not UNSET:
            field_dict["value_unit"] = value_unit
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if usage_limit is not UNSET:
            field_dict["usage_limit"] = usage_limit
        if visit_multiplicity is not UNSET:
            field_dict["visit_multiplicity"] = visit_multiplicity
        if sold_items_multiplicity is not UNSET:
            field_dict["sold_items_multiplicity"] = sold_items_multiplicity
        if current_package_progress is not UNSET:
            field_dict["current_package_progress"] = current_package_progress
        if allowed_usages_amount is not UNSET:
            field_dict["allowed_usages_amount"] = allowed_usages_amount
        if expiration_timeout is not UNSET:
            field_dict["expiration_timeout"] = expiration_timeout
        if expiration_timeout_unit is not UNSET:
            field_dict["expiration_timeout_unit"] = expiration_timeout_unit
        if expiration_notification_timeout is not UNSET:
            field_dict["expiration_notification_timeout"] = expiration_notification_timeout
        if params_source_type is not UNSET:
            field_dict["params_source_type"] = params_source_type
        if history_start_date is not UNSET:
            field_dict["history_start_date"] = history_start_date
        if on_changed_notification_template_id is not UNSET:
            field_dict["on_changed_notification_template_id"] = on_changed_notification_template_id
        if on_expiration_notification_template_id is not UNSET:
            field_dict["on_expiration_notification_template_id"] = on_expiration_notification_template_id
        if first_transaction_date is not UNSET:
            field_dict["first_transaction_date"] = first_transaction_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: GetLocationLoyaltyProgramListResponse200ItemType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = GetLocationLoyaltyProgramListResponse200ItemType(_type_)

        loyalty_type_id = d.pop("loyalty_type_id", UNSET)

        item_type_id = d.pop("item_type_id", UNSET)

        _service_item_type = d.pop("service_item_type", UNSET)
        service_item_type: GetLocationLoyaltyProgramListResponse200ItemServiceItemType | Unset
        if isinstance(_service_item_type, Unset):
            service_item_type = UNSET
        else:
            service_item_type = GetLocationLoyaltyProgramListResponse200ItemServiceItemType(_service_item_type)

        _good_item_type = d.pop("good_item_type", UNSET)
        good_item_type: GetLocationLoyaltyProgramListResponse200ItemGoodItemType | Unset
        if isinstance(_good_item_type, Unset):
            good_item_type = UNSET
        else:
            good_item_type = GetLocationLoyaltyProgramListResponse200ItemGoodItemType(_good_item_type)

        value_unit_id = d.pop("value_unit_id", UNSET)

        _value_unit = d.pop("value_unit", UNSET)
        value_unit: GetLocationLoyaltyProgramListResponse200ItemValueUnit | Unset
        if isinstance(_value_unit, Unset):
            value_unit = UNSET
        else:
            value_unit = GetLocationLoyaltyProgramListResponse200ItemValueUnit(_value_unit)

        group_id = d.pop("group_id", UNSET)

        usage_limit = d.pop("usage_limit", UNSET)

        visit_multiplicity = d.pop("visit_multiplicity", UNSET)

        sold_items_multiplicity = d.pop("sold_items_multiplicity", UNSET)

        current_package_progress = d.pop("current_package_progress", UNSET)

        allowed_usages_amount = d.pop("allowed_usages_amount", UNSET)

        expiration_timeout = d.pop("expiration_timeout", UNSET)

        _expiration_timeout_unit = d.pop("expiration_timeout_unit", UNSET)
        expiration_timeout_unit: GetLocationLoyaltyProgramListResponse200ItemExpirationTimeoutUnit | Unset
        if isinstance(_expiration_timeout_unit, Unset):
            expiration_timeout_unit = UNSET
        else:
            expiration_timeout_unit = GetLocationLoyaltyProgramListResponse200ItemExpirationTimeoutUnit(
                _expiration_timeout_unit
            )

        expiration_notification_timeout = d.pop("expiration_notification_timeout", UNSET)

        _params_source_type = d.pop("params_source_type", UNSET)
        params_source_type: GetLocationLoyaltyProgramListResponse200ItemParamsSourceType | Unset
        if isinstance(_params_source_type, Unset):
            params_source_type = UNSET
        else:
            params_source_type = GetLocationLoyaltyProgramListResponse200ItemParamsSourceType(_params_source_type)

        history_start_date = d.pop("history_start_date", UNSET)

        on_changed_notification_template_id = d.pop("on_changed_notification_template_id", UNSET)

        on_expiration_notification_template_id = d.pop("on_expiration_notification_template_id", UNSET)

        first_transaction_date = d.pop("first_transaction_date", UNSET)

        _model = cls(
            id=id,
            title=title,
            type_=type_,
            loyalty_type_id=loyalty_type_id,
            item_type_id=item_type_id,
            service_item_type=service_item_type,
            good_item_type=good_item_type,
            value_unit_id=value_unit_id,
            value_unit=value_unit,
            group_id=group_id,
            usage_limit=usage_limit,
            visit_multiplicity=visit_multiplicity,
            sold_items_multiplicity=sold_items_multiplicity,
            current_package_progress=current_package_progress,
            allowed_usages_amount=allowed_usages_amount,
            expiration_timeout=expiration_timeout,
            expiration_timeout_unit=expiration_timeout_unit,
            expiration_notification_timeout=expiration_notification_timeout,
            params_source_type=params_source_type,
            history_start_date=history_start_date,
            on_changed_notification_template_id=on_changed_notification_template_id,
            on_expiration_notification_template_id=on_expiration_notification_template_id,
            first_transaction_date=first_transaction_date,
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
