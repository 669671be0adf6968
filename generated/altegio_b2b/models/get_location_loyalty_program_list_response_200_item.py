from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
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
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "title",
        "type",
        "loyalty_type_id",
        "item_type_id",
        "service_item_type",
        "good_item_type",
        "value_unit_id",
        "value_unit",
        "group_id",
        "usage_limit",
        "visit_multiplicity",
        "sold_items_multiplicity",
        "current_package_progress",
        "allowed_usages_amount",
        "expiration_timeout",
        "expiration_timeout_unit",
        "expiration_notification_timeout",
        "params_source_type",
        "history_start_date",
        "on_changed_notification_template_id",
        "on_expiration_notification_template_id",
        "first_transaction_date",
    }
)
_EXTRA = _fields.ANY
_KIND_type_ = _fields.EnumOf("GetLocationLoyaltyProgramListResponse200ItemType", _fields.STRING)
_KIND_service_item_type = _fields.EnumOf("GetLocationLoyaltyProgramListResponse200ItemServiceItemType", _fields.STRING)
_KIND_good_item_type = _fields.EnumOf("GetLocationLoyaltyProgramListResponse200ItemGoodItemType", _fields.STRING)
_KIND_value_unit = _fields.EnumOf("GetLocationLoyaltyProgramListResponse200ItemValueUnit", _fields.STRING)
_KIND_expiration_timeout_unit = _fields.EnumOf(
    "GetLocationLoyaltyProgramListResponse200ItemExpirationTimeoutUnit", _fields.STRING
)
_KIND_params_source_type = _fields.EnumOf(
    "GetLocationLoyaltyProgramListResponse200ItemParamsSourceType", _fields.STRING
)


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
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        title = self.title
        if type(title) is not str and title is not UNSET:
            title = _fields.write_string(title, "title")
        if title is not UNSET:
            field_dict["title"] = title

        type_ = self.type_
        if type_ is not UNSET:
            field_dict["type"] = _KIND_type_.write_field(type_, "type_")

        loyalty_type_id = self.loyalty_type_id
        if type(loyalty_type_id) is not int and loyalty_type_id is not UNSET:
            loyalty_type_id = _fields.write_integer(loyalty_type_id, "loyalty_type_id")
        if loyalty_type_id is not UNSET:
            field_dict["loyalty_type_id"] = loyalty_type_id

        item_type_id = self.item_type_id
        if type(item_type_id) is not int and item_type_id is not UNSET:
            item_type_id = _fields.write_integer(item_type_id, "item_type_id")
        if item_type_id is not UNSET:
            field_dict["item_type_id"] = item_type_id

        service_item_type = self.service_item_type
        if service_item_type is not UNSET:
            field_dict["service_item_type"] = _KIND_service_item_type.write_field(
                service_item_type, "service_item_type"
            )

        good_item_type = self.good_item_type
        if good_item_type is not UNSET:
            field_dict["good_item_type"] = _KIND_good_item_type.write_field(good_item_type, "good_item_type")

        value_unit_id = self.value_unit_id
        if type(value_unit_id) is not int and value_unit_id is not UNSET:
            value_unit_id = _fields.write_integer(value_unit_id, "value_unit_id")
        if value_unit_id is not UNSET:
            field_dict["value_unit_id"] = value_unit_id

        value_unit = self.value_unit
        if value_unit is not UNSET:
            field_dict["value_unit"] = _KIND_value_unit.write_field(value_unit, "value_unit")

        group_id = self.group_id
        if type(group_id) is not int and group_id is not UNSET:
            group_id = _fields.write_integer(group_id, "group_id")
        if group_id is not UNSET:
            field_dict["group_id"] = group_id

        usage_limit = self.usage_limit
        if type(usage_limit) is not int and usage_limit is not UNSET:
            usage_limit = _fields.write_integer(usage_limit, "usage_limit")
        if usage_limit is not UNSET:
            field_dict["usage_limit"] = usage_limit

        visit_multiplicity = self.visit_multiplicity
        if type(visit_multiplicity) is not int and visit_multiplicity is not UNSET:
            visit_multiplicity = _fields.write_integer(visit_multiplicity, "visit_multiplicity")
        if visit_multiplicity is not UNSET:
            field_dict["visit_multiplicity"] = visit_multiplicity

        sold_items_multiplicity = self.sold_items_multiplicity
        if type(sold_items_multiplicity) is not int and sold_items_multiplicity is not UNSET:
            sold_items_multiplicity = _fields.write_integer(sold_items_multiplicity, "sold_items_multiplicity")
        if sold_items_multiplicity is not UNSET:
            field_dict["sold_items_multiplicity"] = sold_items_multiplicity

        current_package_progress = self.current_package_progress
        if type(current_package_progress) is not int and current_package_progress is not UNSET:
            current_package_progress = _fields.write_integer(current_package_progress, "current_package_progress")
        if current_package_progress is not UNSET:
            field_dict["current_package_progress"] = current_package_progress

        allowed_usages_amount = self.allowed_usages_amount
        if type(allowed_usages_amount) is not int and allowed_usages_amount is not UNSET:
            allowed_usages_amount = _fields.write_integer(allowed_usages_amount, "allowed_usages_amount")
        if allowed_usages_amount is not UNSET:
            field_dict["allowed_usages_amount"] = allowed_usages_amount

        expiration_timeout = self.expiration_timeout
        if type(expiration_timeout) is not int and expiration_timeout is not UNSET:
            expiration_timeout = _fields.write_integer(expiration_timeout, "expiration_timeout")
        if expiration_timeout is not UNSET:
            field_dict["expiration_timeout"] = expiration_timeout

        expiration_timeout_unit = self.expiration_timeout_unit
        if expiration_timeout_unit is not UNSET:
            field_dict["expiration_timeout_unit"] = _KIND_expiration_timeout_unit.write_field(
                expiration_timeout_unit, "expiration_timeout_unit"
            )

        expiration_notification_timeout = self.expiration_notification_timeout
        if type(expiration_notification_timeout) is not int and expiration_notification_timeout is not UNSET:
            expiration_notification_timeout = _fields.write_integer(
                expiration_notification_timeout, "expiration_notification_timeout"
            )
        if expiration_notification_timeout is not UNSET:
            field_dict["expiration_notification_timeout"] = expiration_notification_timeout

        params_source_type = self.params_source_type
        if params_source_type is not UNSET:
            field_dict["params_source_type"] = _KIND_params_source_type.write_field(
                params_source_type, "params_source_type"
            )

        history_start_date = self.history_start_date
        if type(history_start_date) is not str and history_start_date is not UNSET:
            history_start_date = _fields.write_string(history_start_date, "history_start_date")
        if history_start_date is not UNSET:
            field_dict["history_start_date"] = history_start_date

        on_changed_notification_template_id = self.on_changed_notification_template_id
        if type(on_changed_notification_template_id) is not int and on_changed_notification_template_id is not UNSET:
            on_changed_notification_template_id = _fields.write_integer(
                on_changed_notification_template_id, "on_changed_notification_template_id"
            )
        if on_changed_notification_template_id is not UNSET:
            field_dict["on_changed_notification_template_id"] = on_changed_notification_template_id

        on_expiration_notification_template_id = self.on_expiration_notification_template_id
        if (
            type(on_expiration_notification_template_id) is not int
            and on_expiration_notification_template_id is not UNSET
        ):
            on_expiration_notification_template_id = _fields.write_integer(
                on_expiration_notification_template_id, "on_expiration_notification_template_id"
            )
        if on_expiration_notification_template_id is not UNSET:
            field_dict["on_expiration_notification_template_id"] = on_expiration_notification_template_id

        first_transaction_date = self.first_transaction_date
        if type(first_transaction_date) is not str and first_transaction_date is not UNSET:
            first_transaction_date = _fields.write_string(first_transaction_date, "first_transaction_date")
        if first_transaction_date is not UNSET:
            field_dict["first_transaction_date"] = first_transaction_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _fields.read_integer(id, "id")

        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _fields.read_string(title, "title")

        type_ = _get("type", UNSET)
        if type_ is not UNSET:
            type_ = _KIND_type_.read_field(type_, "type")

        loyalty_type_id = _get("loyalty_type_id", UNSET)
        if type(loyalty_type_id) is not int and loyalty_type_id is not UNSET:
            loyalty_type_id = _fields.read_integer(loyalty_type_id, "loyalty_type_id")

        item_type_id = _get("item_type_id", UNSET)
        if type(item_type_id) is not int and item_type_id is not UNSET:
            item_type_id = _fields.read_integer(item_type_id, "item_type_id")

        service_item_type = _get("service_item_type", UNSET)
        if service_item_type is not UNSET:
            service_item_type = _KIND_service_item_type.read_field(service_item_type, "service_item_type")

        good_item_type = _get("good_item_type", UNSET)
        if good_item_type is not UNSET:
            good_item_type = _KIND_good_item_type.read_field(good_item_type, "good_item_type")

        value_unit_id = _get("value_unit_id", UNSET)
        if type(value_unit_id) is not int and value_unit_id is not UNSET:
            value_unit_id = _fields.read_integer(value_unit_id, "value_unit_id")

        value_unit = _get("value_unit", UNSET)
        if value_unit is not UNSET:
            value_unit = _KIND_value_unit.read_field(value_unit, "value_unit")

        group_id = _get("group_id", UNSET)
        if type(group_id) is not int and group_id is not UNSET:
            group_id = _fields.read_integer(group_id, "group_id")

        usage_limit = _get("usage_limit", UNSET)
        if type(usage_limit) is not int and usage_limit is not UNSET:
            usage_limit = _fields.read_integer(usage_limit, "usage_limit")

        visit_multiplicity = _get("visit_multiplicity", UNSET)
        if type(visit_multiplicity) is not int and visit_multiplicity is not UNSET:
            visit_multiplicity = _fields.read_integer(visit_multiplicity, "visit_multiplicity")

        sold_items_multiplicity = _get("sold_items_multiplicity", UNSET)
        if type(sold_items_multiplicity) is not int and sold_items_multiplicity is not UNSET:
            sold_items_multiplicity = _fields.read_integer(sold_items_multiplicity, "sold_items_multiplicity")

        current_package_progress = _get("current_package_progress", UNSET)
        if type(current_package_progress) is not int and current_package_progress is not UNSET:
            current_package_progress = _fields.read_integer(current_package_progress, "current_package_progress")

        allowed_usages_amount = _get("allowed_usages_amount", UNSET)
        if type(allowed_usages_amount) is not int and allowed_usages_amount is not UNSET:
            allowed_usages_amount = _fields.read_integer(allowed_usages_amount, "allowed_usages_amount")

        expiration_timeout = _get("expiration_timeout", UNSET)
        if type(expiration_timeout) is not int and expiration_timeout is not UNSET:
            expiration_timeout = _fields.read_integer(expiration_timeout, "expiration_timeout")

        expiration_timeout_unit = _get("expiration_timeout_unit", UNSET)
        if expiration_timeout_unit is not UNSET:
            expiration_timeout_unit = _KIND_expiration_timeout_unit.read_field(
                expiration_timeout_unit, "expiration_timeout_unit"
            )

        expiration_notification_timeout = _get("expiration_notification_timeout", UNSET)
        if type(expiration_notification_timeout) is not int and expiration_notification_timeout is not UNSET:
            expiration_notification_timeout = _fields.read_integer(
                expiration_notification_timeout, "expiration_notification_timeout"
            )

        params_source_type = _get("params_source_type", UNSET)
        if params_source_type is not UNSET:
            params_source_type = _KIND_params_source_type.read_field(params_source_type, "params_source_type")

        history_start_date = _get("history_start_date", UNSET)
        if type(history_start_date) is not str and history_start_date is not UNSET:
            history_start_date = _fields.read_string(history_start_date, "history_start_date")

        on_changed_notification_template_id = _get("on_changed_notification_template_id", UNSET)
        if type(on_changed_notification_template_id) is not int and on_changed_notification_template_id is not UNSET:
            on_changed_notification_template_id = _fields.read_integer(
                on_changed_notification_template_id, "on_changed_notification_template_id"
            )

        on_expiration_notification_template_id = _get("on_expiration_notification_template_id", UNSET)
        if (
            type(on_expiration_notification_template_id) is not int
            and on_expiration_notification_template_id is not UNSET
        ):
            on_expiration_notification_template_id = _fields.read_integer(
                on_expiration_notification_template_id, "on_expiration_notification_template_id"
            )

        first_transaction_date = _get("first_transaction_date", UNSET)
        if type(first_transaction_date) is not str and first_transaction_date is not UNSET:
            first_transaction_date = _fields.read_string(first_transaction_date, "first_transaction_date")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.title = title
        _model.type_ = type_
        _model.loyalty_type_id = loyalty_type_id
        _model.item_type_id = item_type_id
        _model.service_item_type = service_item_type
        _model.good_item_type = good_item_type
        _model.value_unit_id = value_unit_id
        _model.value_unit = value_unit
        _model.group_id = group_id
        _model.usage_limit = usage_limit
        _model.visit_multiplicity = visit_multiplicity
        _model.sold_items_multiplicity = sold_items_multiplicity
        _model.current_package_progress = current_package_progress
        _model.allowed_usages_amount = allowed_usages_amount
        _model.expiration_timeout = expiration_timeout
        _model.expiration_timeout_unit = expiration_timeout_unit
        _model.expiration_notification_timeout = expiration_notification_timeout
        _model.params_source_type = params_source_type
        _model.history_start_date = history_start_date
        _model.on_changed_notification_template_id = on_changed_notification_template_id
        _model.on_expiration_notification_template_id = on_expiration_notification_template_id
        _model.first_transaction_date = first_transaction_date
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetLocationLoyaltyProgramListResponse200Item:
            _fields.init_added_fields(_model, GetLocationLoyaltyProgramListResponse200Item)
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
