from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._runtime import fields as _fields
from .._runtime.errors import FieldError as _FieldError
from ..models.create_chain_loyalty_program_body_expiration_timeout_unit import (
    CreateChainLoyaltyProgramBodyExpirationTimeoutUnit,
)
from ..models.create_chain_loyalty_program_body_good_item_type import CreateChainLoyaltyProgramBodyGoodItemType
from ..models.create_chain_loyalty_program_body_params_source_type import CreateChainLoyaltyProgramBodyParamsSourceType
from ..models.create_chain_loyalty_program_body_service_item_type import CreateChainLoyaltyProgramBodyServiceItemType
from ..models.create_chain_loyalty_program_body_type import CreateChainLoyaltyProgramBodyType
from ..models.create_chain_loyalty_program_body_value_unit import CreateChainLoyaltyProgramBodyValueUnit
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.loyalty_notification_message_template_request import LoyaltyNotificationMessageTemplateRequest
    from ..models.loyalty_program_rule_request import LoyaltyProgramRuleRequest


T = TypeVar("T", bound="CreateChainLoyaltyProgramBody")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "title",
        "type",
        "service_item_type",
        "good_item_type",
        "value_unit",
        "rules",
        "company_ids",
        "usage_limit",
        "visit_multiplicity",
        "sold_items_multiplicity",
        "expiration_timeout",
        "expiration_timeout_unit",
        "expiration_notification_timeout",
        "params_source_type",
        "history_start_date",
        "loyalty_card_type_ids",
        "on_changed_notification_template",
        "on_expiration_notification_template",
        "allowed_service_ids",
        "allowed_good_ids",
        "allowed_good_category_ids",
    }
)
_EXTRA = _fields.ANY
_KIND_type_ = _fields.EnumOf("CreateChainLoyaltyProgramBodyType", _fields.STRING)
_KIND_service_item_type = _fields.EnumOf("CreateChainLoyaltyProgramBodyServiceItemType", _fields.STRING)
_KIND_good_item_type = _fields.EnumOf("CreateChainLoyaltyProgramBodyGoodItemType", _fields.STRING)
_KIND_value_unit = _fields.EnumOf("CreateChainLoyaltyProgramBodyValueUnit", _fields.STRING)
_KIND_rules = _fields.ListOf(_fields.Model("LoyaltyProgramRuleRequest"))
_KIND_company_ids = _fields.ListOf(_fields.INTEGER)
_KIND_expiration_timeout_unit = _fields.EnumOf("CreateChainLoyaltyProgramBodyExpirationTimeoutUnit", _fields.STRING)
_KIND_params_source_type = _fields.EnumOf("CreateChainLoyaltyProgramBodyParamsSourceType", _fields.STRING)
_KIND_loyalty_card_type_ids = _fields.ListOf(_fields.INTEGER)
_KIND_allowed_service_ids = _fields.ListOf(_fields.INTEGER)
_KIND_allowed_good_ids = _fields.ListOf(_fields.INTEGER)
_KIND_allowed_good_category_ids = _fields.ListOf(_fields.INTEGER)


@_attrs_define
class CreateChainLoyaltyProgramBody:
    """The body of the request to create a loyalty promotion

    Example:
        {'title': 'Cumulative discount for some services and not for goods', 'type': 'discount_accumulative_paid',
            'service_item_type': 'custom_allowed', 'good_item_type': 'not_allowed', 'allowed_service_ids': [53, 92],
            'allowed_good_ids': [], 'allowed_good_category_ids': [], 'value_unit': 'percent', 'usage_limit': 0,
            'visit_multiplicity': 0, 'sold_items_multiplicity': 0, 'expiration_timeout': 6, 'expiration_timeout_unit':
            'month', 'expiration_notification_timeout': 7, 'params_source_type': 'chain', 'history_start_date':
            '2026-09-21', 'loyalty_card_type_ids': [51, 29], 'on_changed_notification_template': {'type': 'custom', 'body':
            'Your discount has changed'}, 'on_expiration_notification_template': {'type': 'big'}, 'rules': [{'parameter':
            10, 'value': 2.5, 'service_id': 0}, {'parameter': 30, 'value': 7.5, 'service_id': 0}], 'company_ids': [49]}

    Attributes:
        title (str): Share name
        type_ (CreateChainLoyaltyProgramBodyType): Promotion type
        service_item_type (CreateChainLoyaltyProgramBodyServiceItemType): Type of application to services
        good_item_type (CreateChainLoyaltyProgramBodyGoodItemType): Type of application to products
        value_unit (CreateChainLoyaltyProgramBodyValueUnit): Bonus or discount measurement unit (percentage, fixed
            amount)
        rules (list[LoyaltyProgramRuleRequest]): Rules for determining the value of the bonus or discount (only one rule
            is allowed for fixed promotions)
        company_ids (list[int]): Identifiers of locations where the promotion is valid
        usage_limit (int | Unset): Limit on the number of applications (only for cashback)
        visit_multiplicity (int | Unset): Multiplicity of application by visits (only for cashback)
        sold_items_multiplicity (int | Unset): How many services you need to pay to get a discount on promotional
            services (only for the promotion type "Discount by condition")
        expiration_timeout (int | Unset): Expiration date of bonuses or discounts
        expiration_timeout_unit (CreateChainLoyaltyProgramBodyExpirationTimeoutUnit | Unset): The unit of measurement
            for the expiration date of bonuses or discounts
        expiration_notification_timeout (int | Unset): How many days before the bonus or discount expires, a
            notification must be sent to the client
        params_source_type (CreateChainLoyaltyProgramBodyParamsSourceType | Unset): Where to get the client's history to
            calculate the size of the bonus or discount (for accumulation promotions or conditional discounts)
        history_start_date (datetime.date | Unset): From what date to take into account the client's history to
            calculate the size of the bonus or discount (for accumulative promotions or conditional discounts)
        loyalty_card_type_ids (list[int] | Unset): Identifiers of types of cards for which the promotion is valid
        on_changed_notification_template (LoyaltyNotificationMessageTemplateRequest | Unset): Body of the request to
            bind the loyalty notification template Example: {'type': 'custom', 'body': 'Message text'}.
        on_expiration_notification_template (LoyaltyNotificationMessageTemplateRequest | Unset): Body of the request to
            bind the loyalty notification template Example: {'type': 'custom', 'body': 'Message text'}.
        allowed_service_ids (list[int] | Unset): Service and service category identifiers (if application type is set
            for some services)
        allowed_good_ids (list[int] | Unset): Item IDs (if application type is set for some items)
        allowed_good_category_ids (list[int] | Unset): Product category identifiers (if application type is set for some
            products)
    """

    title: str
    type_: CreateChainLoyaltyProgramBodyType
    service_item_type: CreateChainLoyaltyProgramBodyServiceItemType
    good_item_type: CreateChainLoyaltyProgramBodyGoodItemType
    value_unit: CreateChainLoyaltyProgramBodyValueUnit
    rules: list[LoyaltyProgramRuleRequest]
    company_ids: list[int]
    usage_limit: int | Unset = UNSET
    visit_multiplicity: int | Unset = UNSET
    sold_items_multiplicity: int | Unset = UNSET
    expiration_timeout: int | Unset = UNSET
    expiration_timeout_unit: CreateChainLoyaltyProgramBodyExpirationTimeoutUnit | Unset = UNSET
    expiration_notification_timeout: int | Unset = UNSET
    params_source_type: CreateChainLoyaltyProgramBodyParamsSourceType | Unset = UNSET
    history_start_date: datetime.date | Unset = UNSET
    loyalty_card_type_ids: list[int] | Unset = UNSET
    on_changed_notification_template: LoyaltyNotificationMessageTemplateRequest | Unset = UNSET
    on_expiration_notification_template: LoyaltyNotificationMessageTemplateRequest | Unset = UNSET
    allowed_service_ids: list[int] | Unset = UNSET
    allowed_good_ids: list[int] | Unset = UNSET
    allowed_good_category_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        title = self.title
        if type(title) is not str:
            title = _fields.write_string(title, "title")
        field_dict["title"] = title

        type_ = self.type_
        field_dict["type"] = _KIND_type_.write_field(type_, "type_")

        service_item_type = self.service_item_type
        field_dict["service_item_type"] = _KIND_service_item_type.write_field(service_item_type, "service_item_type")

        good_item_type = self.good_item_type
        field_dict["good_item_type"] = _KIND_good_item_type.write_field(good_item_type, "good_item_type")

        value_unit = self.value_unit
        field_dict["value_unit"] = _KIND_value_unit.write_field(value_unit, "value_unit")

        rules = self.rules
        field_dict["rules"] = _KIND_rules.write_field(rules, "rules")

        company_ids = self.company_ids
        field_dict["company_ids"] = _KIND_company_ids.write_field(company_ids, "company_ids")

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

        loyalty_card_type_ids = self.loyalty_card_type_ids
        if loyalty_card_type_ids is not UNSET:
            field_dict["loyalty_card_type_ids"] = _KIND_loyalty_card_type_ids.write_field(
                loyalty_card_type_ids, "loyalty_card_type_ids"
            )

        on_changed_notification_template = self.on_changed_notification_template
        if on_changed_notification_template is not UNSET:
            field_dict["on_changed_notification_template"] = _fields.write_model(
                on_changed_notification_template,
                _models.LoyaltyNotificationMessageTemplateRequest,
                "on_changed_notification_template",
            )

        on_expiration_notification_template = self.on_expiration_notification_template
        if on_expiration_notification_template is not UNSET:
            field_dict["on_expiration_notification_template"] = _fields.write_model(
                on_expiration_notification_template,
                _models.LoyaltyNotificationMessageTemplateRequest,
                "on_expiration_notification_template",
            )

        allowed_service_ids = self.allowed_service_ids
        if allowed_service_ids is not UNSET:
            field_dict["allowed_service_ids"] = _KIND_allowed_service_ids.write_field(
                allowed_service_ids, "allowed_service_ids"
            )

        allowed_good_ids = self.allowed_good_ids
        if allowed_good_ids is not UNSET:
            field_dict["allowed_good_ids"] = _KIND_allowed_good_ids.write_field(allowed_good_ids, "allowed_good_ids")

        allowed_good_category_ids = self.allowed_good_category_ids
        if allowed_good_category_ids is not UNSET:
            field_dict["allowed_good_category_ids"] = _KIND_allowed_good_category_ids.write_field(
                allowed_good_category_ids, "allowed_good_category_ids"
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        title = _get("title", UNSET)
        if type(title) is not str:
            title = _fields.read_string(title, "title")

        type_ = _get("type", UNSET)
        type_ = _KIND_type_.read_field(type_, "type")

        service_item_type = _get("service_item_type", UNSET)
        service_item_type = _KIND_service_item_type.read_field(service_item_type, "service_item_type")

        good_item_type = _get("good_item_type", UNSET)
        good_item_type = _KIND_good_item_type.read_field(good_item_type, "good_item_type")

        value_unit = _get("value_unit", UNSET)
        value_unit = _KIND_value_unit.read_field(value_unit, "value_unit")

        rules = _get("rules", UNSET)
        rules = _KIND_rules.read_field(rules, "rules")

        company_ids = _get("company_ids", UNSET)
        company_ids = _KIND_company_ids.read_field(company_ids, "company_ids")

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

        loyalty_card_type_ids = _get("loyalty_card_type_ids", UNSET)
        if loyalty_card_type_ids is not UNSET:
            loyalty_card_type_ids = _KIND_loyalty_card_type_ids.read_field(
                loyalty_card_type_ids, "loyalty_card_type_ids"
            )

        on_changed_notification_template = _get("on_changed_notification_template", UNSET)
        if on_changed_notification_template is not UNSET:
            try:
                on_changed_notification_template = _models.LoyaltyNotificationMessageTemplateRequest.from_dict(
                    on_changed_notification_template
                )
            except _FieldError as _error:
                raise _error.within("on_changed_notification_template")

        on_expiration_notification_template = _get("on_expiration_notification_template", UNSET)
        if on_expiration_notification_template is not UNSET:
            try:
                on_expiration_notification_template = _models.LoyaltyNotificationMessageTemplateRequest.from_dict(
                    on_expiration_notification_template
                )
            except _FieldError as _error:
                raise _error.within("on_expiration_notification_template")

        allowed_service_ids = _get("allowed_service_ids", UNSET)
        if allowed_service_ids is not UNSET:
            allowed_service_ids = _KIND_allowed_service_ids.read_field(allowed_service_ids, "allowed_service_ids")

        allowed_good_ids = _get("allowed_good_ids", UNSET)
        if allowed_good_ids is not UNSET:
            allowed_good_ids = _KIND_allowed_good_ids.read_field(allowed_good_ids, "allowed_good_ids")

        allowed_good_category_ids = _get("allowed_good_category_ids", UNSET)
        if allowed_good_category_ids is not UNSET:
            allowed_good_category_ids = _KIND_allowed_good_category_ids.read_field(
                allowed_good_category_ids, "allowed_good_category_ids"
            )

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.title = title
        _model.type_ = type_
        _model.service_item_type = service_item_type
        _model.good_item_type = good_item_type
        _model.value_unit = value_unit
        _model.rules = rules
        _model.company_ids = company_ids
        _model.usage_limit = usage_limit
        _model.visit_multiplicity = visit_multiplicity
        _model.sold_items_multiplicity = sold_items_multiplicity
        _model.expiration_timeout = expiration_timeout
        _model.expiration_timeout_unit = expiration_timeout_unit
        _model.expiration_notification_timeout = expiration_notification_timeout
        _model.params_source_type = params_source_type
        _model.history_start_date = history_start_date
        _model.loyalty_card_type_ids = loyalty_card_type_ids
        _model.on_changed_notification_template = on_changed_notification_template
        _model.on_expiration_notification_template = on_expiration_notification_template
        _model.allowed_service_ids = allowed_service_ids
        _model.allowed_good_ids = allowed_good_ids
        _model.allowed_good_category_ids = allowed_good_category_ids
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not CreateChainLoyaltyProgramBody:
            _fields.init_added_fields(_model, CreateChainLoyaltyProgramBody)
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
