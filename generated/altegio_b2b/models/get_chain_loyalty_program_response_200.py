from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._runtime import fields as _fields
from .._runtime.errors import FieldError as _FieldError
from ..models.get_chain_loyalty_program_response_200_expiration_timeout_unit import (
    GetChainLoyaltyProgramResponse200ExpirationTimeoutUnit,
)
from ..models.get_chain_loyalty_program_response_200_good_item_type import GetChainLoyaltyProgramResponse200GoodItemType
from ..models.get_chain_loyalty_program_response_200_params_source_type import (
    GetChainLoyaltyProgramResponse200ParamsSourceType,
)
from ..models.get_chain_loyalty_program_response_200_service_item_type import (
    GetChainLoyaltyProgramResponse200ServiceItemType,
)
from ..models.get_chain_loyalty_program_response_200_type import GetChainLoyaltyProgramResponse200Type
from ..models.get_chain_loyalty_program_response_200_value_unit import GetChainLoyaltyProgramResponse200ValueUnit
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.company import Company
    from ..models.loyalty_card_type import LoyaltyCardType
    from ..models.loyalty_entity_attendance_item import LoyaltyEntityAttendanceItem
    from ..models.loyalty_notification_message_template import LoyaltyNotificationMessageTemplate
    from ..models.loyalty_program_rule import LoyaltyProgramRule


T = TypeVar("T", bound="GetChainLoyaltyProgramResponse200")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "title",
        "type",
        "service_item_type",
        "good_item_type",
        "value_unit",
        "usage_limit",
        "visit_multiplicity",
        "sold_items_multiplicity",
        "expiration_timeout",
        "expiration_timeout_unit",
        "expiration_notification_timeout",
        "params_source_type",
        "history_start_date",
        "on_changed_notification_template_id",
        "on_expiration_notification_template_id",
        "loyalty_card_types",
        "on_changed_notification_template",
        "on_expiration_notification_template",
        "rules",
        "companies",
        "applicable_items",
    }
)
_EXTRA = _fields.ANY
_KIND_type_ = _fields.EnumOf("GetChainLoyaltyProgramResponse200Type", _fields.STRING)
_KIND_service_item_type = _fields.EnumOf("GetChainLoyaltyProgramResponse200ServiceItemType", _fields.STRING)
_KIND_good_item_type = _fields.EnumOf("GetChainLoyaltyProgramResponse200GoodItemType", _fields.STRING)
_KIND_value_unit = _fields.EnumOf("GetChainLoyaltyProgramResponse200ValueUnit", _fields.STRING)
_KIND_expiration_timeout_unit = _fields.EnumOf("GetChainLoyaltyProgramResponse200ExpirationTimeoutUnit", _fields.STRING)
_KIND_params_source_type = _fields.EnumOf("GetChainLoyaltyProgramResponse200ParamsSourceType", _fields.STRING)
_KIND_loyalty_card_types = _fields.ListOf(_fields.Model("LoyaltyCardType"))
_KIND_rules = _fields.ListOf(_fields.Model("LoyaltyProgramRule"))
_KIND_companies = _fields.ListOf(_fields.Model("Company"))
_KIND_applicable_items = _fields.ListOf(_fields.Model("LoyaltyEntityAttendanceItem"))


@_attrs_define
class GetChainLoyaltyProgramResponse200:
    """Loyalty promotion

    Example:
        {'id': 34, 'title': 'Cumulative discount for some services and not for goods', 'type':
            'discount_accumulative_paid', 'service_item_type': 'custom_allowed', 'good_item_type': 'not_allowed',
            'value_unit': 'percent', 'usage_limit': 0, 'visit_multiplicity': 0, 'sold_items_multiplicity': 0,
            'expiration_timeout': 6, 'expiration_timeout_unit': 'month', 'expiration_notification_timeout': 7,
            'params_source_type': 'chain', 'history_start_date': '2026-09-21', 'on_changed_notification_template_id': 55,
            'on_expiration_notification_template_id': 84, 'loyalty_card_types': [{'id': 51, 'title': 'Card type 1'}, {'id':
            29, 'title': 'Card type 2'}], 'on_changed_notification_template': {'id': 55, 'type': 'custom', 'body': 'Your
            discount has changed', 'message_type': 'loyalty_discount_changed'}, 'on_expiration_notification_template':
            {'id': 84, 'type': 'big', 'body': 'Detailed text about discount burning', 'message_type':
            'loyalty_discount_expiration'}, 'rules': [{'id': 94, 'parameter': 10, 'value': 2.5, 'loyalty_program_id': 34,
            'loyalty_type_id': 3, 'service_id': 0}, {'id': 74, 'parameter': 30, 'value': 7.5, 'loyalty_program_id': 34,
            'loyalty_type_id': 3, 'service_id': 0}], 'companies': [{'id': 49, 'title': 'Location', 'country': 'United
            States', 'country_id': 5, 'city': 'New York', 'city_id': 83, 'phone': '+13155550175', 'timezone':
            'America/New_York', 'address': 'Location address', 'coordinate_lat': 40.73061, 'coordinate_lng': 18.63}],
            'applicable_items': [{'id': 53, 'title': 'Service category 1', 'is_service': True, 'is_category': True}, {'id':
            92, 'title': 'Service category 2', 'is_service': True, 'is_category': True}]}

    Attributes:
        id (int | Unset): Stock ID
        title (str | Unset): Share name
        type_ (GetChainLoyaltyProgramResponse200Type | Unset): Promotion type
        service_item_type (GetChainLoyaltyProgramResponse200ServiceItemType | Unset): Type of application to services
        good_item_type (GetChainLoyaltyProgramResponse200GoodItemType | Unset): Type of application to products
        value_unit (GetChainLoyaltyProgramResponse200ValueUnit | Unset): Bonus or discount measurement unit (percentage,
            fixed amount)
        usage_limit (int | Unset): Limit on the number of applications (only for cashback)
        visit_multiplicity (int | Unset): Multiplicity of application by visits (only for cashback)
        sold_items_multiplicity (int | Unset): How many services you need to pay to get a discount on promotional
            services (only for the type of promotion "Discount by condition")
        expiration_timeout (int | Unset): Expiration date of bonuses or discounts
        expiration_timeout_unit (GetChainLoyaltyProgramResponse200ExpirationTimeoutUnit | Unset): The unit of
            measurement for the expiration date of bonuses or discounts
        expiration_notification_timeout (int | Unset): How many days before the bonus or discount expires, a
            notification must be sent to the client
        params_source_type (GetChainLoyaltyProgramResponse200ParamsSourceType | Unset): Where to get the client's
            history to calculate the size of the bonus or discount (for accumulation promotions or conditional discounts)
        history_start_date (datetime.date | Unset): From what date to take into account the client's history to
            calculate the size of the bonus or discount (for accumulative promotions or conditional discounts)
        on_changed_notification_template_id (int | Unset): Notification template ID when changing bonus or discount
        on_expiration_notification_template_id (int | Unset): Identifier of the notification template when a bonus or
            discount burns
        loyalty_card_types (list[LoyaltyCardType] | Unset): Type of cards for which the promotion is valid (on request)
        on_changed_notification_template (LoyaltyNotificationMessageTemplate | Unset): Loyalty notification template
            Example: {'id': 12, 'type': 'small', 'message_type': 'loyalty_discount_expiration', 'body': 'Your discount
            expires tomorrow'}.
        on_expiration_notification_template (LoyaltyNotificationMessageTemplate | Unset): Loyalty notification template
            Example: {'id': 12, 'type': 'small', 'message_type': 'loyalty_discount_expiration', 'body': 'Your discount
            expires tomorrow'}.
        rules (list[LoyaltyProgramRule] | Unset): Rules for determining the value of the bonus or discount (only one
            rule is allowed for fixed promotions) (on request)
        companies (list[Company] | Unset): Locations where the promotion is valid (on request)
        applicable_items (list[LoyaltyEntityAttendanceItem] | Unset): Related entities for selective application of the
            promotion (on request)
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    type_: GetChainLoyaltyProgramResponse200Type | Unset = UNSET
    service_item_type: GetChainLoyaltyProgramResponse200ServiceItemType | Unset = UNSET
    good_item_type: GetChainLoyaltyProgramResponse200GoodItemType | Unset = UNSET
    value_unit: GetChainLoyaltyProgramResponse200ValueUnit | Unset = UNSET
    usage_limit: int | Unset = UNSET
    visit_multiplicity: int | Unset = UNSET
    sold_items_multiplicity: int | Unset = UNSET
    expiration_timeout: int | Unset = UNSET
    expiration_timeout_unit: GetChainLoyaltyProgramResponse200ExpirationTimeoutUnit | Unset = UNSET
    expiration_notification_timeout: int | Unset = UNSET
    params_source_type: GetChainLoyaltyProgramResponse200ParamsSourceType | Unset = UNSET
    history_start_date: datetime.date | Unset = UNSET
    on_changed_notification_template_id: int | Unset = UNSET
    on_expiration_notification_template_id: int | Unset = UNSET
    loyalty_card_types: list[LoyaltyCardType] | Unset = UNSET
    on_changed_notification_template: LoyaltyNotificationMessageTemplate | Unset = UNSET
    on_expiration_notification_template: LoyaltyNotificationMessageTemplate | Unset = UNSET
    rules: list[LoyaltyProgramRule] | Unset = UNSET
    companies: list[Company] | Unset = UNSET
    applicable_items: list[LoyaltyEntityAttendanceItem] | Unset = UNSET
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

        service_item_type = self.service_item_type
        if service_item_type is not UNSET:
            field_dict["service_item_type"] = _KIND_service_item_type.write_field(
                service_item_type, "service_item_type"
            )

        good_item_type = self.good_item_type
        if good_item_type is not UNSET:
            field_dict["good_item_type"] = _KIND_good_item_type.write_field(good_item_type, "good_item_type")

        value_unit = self.value_unit
        if value_unit is not UNSET:
            field_dict["value_unit"] = _KIND_value_unit.write_field(value_unit, "value_unit")

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
        if history_start_date is not UNSET:
            field_dict["history_start_date"] = _fields.write_date(history_start_date, "history_start_date")

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

        loyalty_card_types = self.loyalty_card_types
        if loyalty_card_types is not UNSET:
            field_dict["loyalty_card_types"] = _KIND_loyalty_card_types.write_field(
                loyalty_card_types, "loyalty_card_types"
            )

        on_changed_notification_template = self.on_changed_notification_template
        if on_changed_notification_template is not UNSET:
            field_dict["on_changed_notification_template"] = _fields.write_model(
                on_changed_notification_template,
                _models.LoyaltyNotificationMessageTemplate,
                "on_changed_notification_template",
            )

        on_expiration_notification_template = self.on_expiration_notification_template
        if on_expiration_notification_template is not UNSET:
            field_dict["on_expiration_notification_template"] = _fields.write_model(
                on_expiration_notification_template,
                _models.LoyaltyNotificationMessageTemplate,
                "on_expiration_notification_template",
            )

        rules = self.rules
        if rules is not UNSET:
            field_dict["rules"] = _KIND_rules.write_field(rules, "rules")

        companies = self.companies
        if companies is not UNSET:
            field_dict["companies"] = _KIND_companies.write_field(companies, "companies")

        applicable_items = self.applicable_items
        if applicable_items is not UNSET:
            field_dict["applicable_items"] = _KIND_applicable_items.write_field(applicable_items, "applicable_items")

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

        service_item_type = _get("service_item_type", UNSET)
        if service_item_type is not UNSET:
            service_item_type = _KIND_service_item_type.read_field(service_item_type, "service_item_type")

        good_item_type = _get("good_item_type", UNSET)
        if good_item_type is not UNSET:
            good_item_type = _KIND_good_item_type.read_field(good_item_type, "good_item_type")

        value_unit = _get("value_unit", UNSET)
        if value_unit is not UNSET:
            value_unit = _KIND_value_unit.read_field(value_unit, "value_unit")

        usage_limit = _get("usage_limit", UNSET)
        if type(usage_limit) is not int and usage_limit is not UNSET:
            usage_limit = _fields.read_integer(usage_limit, "usage_limit")

        visit_multiplicity = _get("visit_multiplicity", UNSET)
        if type(visit_multiplicity) is not int and visit_multiplicity is not UNSET:
            visit_multiplicity = _fields.read_integer(visit_multiplicity, "visit_multiplicity")

        sold_items_multiplicity = _get("sold_items_multiplicity", UNSET)
        if type(sold_items_multiplicity) is not int and sold_items_multiplicity is not UNSET:
            sold_items_multiplicity = _fields.read_integer(sold_items_multiplicity, "sold_items_multiplicity")

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
        if history_start_date is not UNSET:
            try:
                history_start_date = _fields.date_fromisoformat(history_start_date)
            except (TypeError, ValueError):
                history_start_date = _fields.read_date(history_start_date, "history_start_date")

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

        loyalty_card_types = _get("loyalty_card_types", UNSET)
        if loyalty_card_types is not UNSET:
            loyalty_card_types = _KIND_loyalty_card_types.read_field(loyalty_card_types, "loyalty_card_types")

        on_changed_notification_template = _get("on_changed_notification_template", UNSET)
        if on_changed_notification_template is not UNSET:
            try:
                on_changed_notification_template = _models.LoyaltyNotificationMessageTemplate.from_dict(
                    on_changed_notification_template
                )
            except _FieldError as _error:
                raise _error.within("on_changed_notification_template")

        on_expiration_notification_template = _get("on_expiration_notification_template", UNSET)
        if on_expiration_notification_template is not UNSET:
            try:
                on_expiration_notification_template = _models.LoyaltyNotificationMessageTemplate.from_dict(
                    on_expiration_notification_template
                )
            except _FieldError as _error:
                raise _error.within("on_expiration_notification_template")

        rules = _get("rules", UNSET)
        if rules is not UNSET:
            rules = _KIND_rules.read_field(rules, "rules")

        companies = _get("companies", UNSET)
        if companies is not UNSET:
            companies = _KIND_companies.read_field(companies, "companies")

        applicable_items = _get("applicable_items", UNSET)
        if applicable_items is not UNSET:
            applicable_items = _KIND_applicable_items.read_field(applicable_items, "applicable_items")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.title = title
        _model.type_ = type_
        _model.service_item_type = service_item_type
        _model.good_item_type = good_item_type
        _model.value_unit = value_unit
        _model.usage_limit = usage_limit
        _model.visit_multiplicity = visit_multiplicity
        _model.sold_items_multiplicity = sold_items_multiplicity
        _model.expiration_timeout = expiration_timeout
        _model.expiration_timeout_unit = expiration_timeout_unit
        _model.expiration_notification_timeout = expiration_notification_timeout
        _model.params_source_type = params_source_type
        _model.history_start_date = history_start_date
        _model.on_changed_notification_template_id = on_changed_notification_template_id
        _model.on_expiration_notification_template_id = on_expiration_notification_template_id
        _model.loyalty_card_types = loyalty_card_types
        _model.on_changed_notification_template = on_changed_notification_template
        _model.on_expiration_notification_template = on_expiration_notification_template
        _model.rules = rules
        _model.companies = companies
        _model.applicable_items = applicable_items
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetChainLoyaltyProgramResponse200:
            _fields.init_added_fields(_model, GetChainLoyaltyProgramResponse200)
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
