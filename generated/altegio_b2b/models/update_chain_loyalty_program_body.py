from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._runtime import fields as _fields
from .._runtime.errors import FieldError as _FieldError
from ..models.update_chain_loyalty_program_body_expiration_timeout_unit import (
    UpdateChainLoyaltyProgramBodyExpirationTimeoutUnit,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.loyalty_notification_message_template_request import LoyaltyNotificationMessageTemplateRequest
    from ..models.loyalty_program_rule_request import LoyaltyProgramRuleRequest


T = TypeVar("T", bound="UpdateChainLoyaltyProgramBody")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "title",
        "usage_limit",
        "expiration_timeout",
        "expiration_timeout_unit",
        "expiration_notification_timeout",
        "loyalty_card_type_ids",
        "on_changed_notification_template",
        "on_expiration_notification_template",
        "rules",
        "company_ids",
        "allowed_service_ids",
        "allowed_good_ids",
        "allowed_good_category_ids",
    }
)
_EXTRA = _fields.ANY
_KIND_expiration_timeout_unit = _fields.EnumOf("UpdateChainLoyaltyProgramBodyExpirationTimeoutUnit", _fields.STRING)
_KIND_loyalty_card_type_ids = _fields.ListOf(_fields.INTEGER)
_KIND_rules = _fields.ListOf(_fields.Model("LoyaltyProgramRuleRequest"))
_KIND_company_ids = _fields.ListOf(_fields.INTEGER)
_KIND_allowed_service_ids = _fields.ListOf(_fields.INTEGER)
_KIND_allowed_good_ids = _fields.ListOf(_fields.INTEGER)
_KIND_allowed_good_category_ids = _fields.ListOf(_fields.INTEGER)


@_attrs_define
class UpdateChainLoyaltyProgramBody:
    """The body of the request to change the loyalty promotion

    Example:
        {'title': 'Cumulative discount for some services and not for goods', 'allowed_service_ids': [53, 92],
            'allowed_good_ids': [], 'allowed_good_category_ids': [], 'usage_limit': 0, 'expiration_timeout': 6,
            'expiration_timeout_unit': 'month', 'expiration_notification_timeout': 7, 'loyalty_card_type_ids': [51, 29],
            'on_changed_notification_template': {'type': 'custom', 'body': 'Your discount has changed'},
            'on_expiration_notification_template': {'type': 'big'}, 'rules': [{'parameter': 10, 'value': 2.5, 'service_id':
            0}, {'parameter': 30, 'value': 7.5, 'service_id': 0}], 'company_ids': [49]}

    Attributes:
        title (str | Unset): Share name
        usage_limit (int | Unset): Limit on the number of applications (only for cashback)
        expiration_timeout (int | Unset): Expiration date of bonuses or discounts
        expiration_timeout_unit (UpdateChainLoyaltyProgramBodyExpirationTimeoutUnit | Unset): The unit of measurement
            for the expiration date of bonuses or discounts
        expiration_notification_timeout (int | Unset): How many days before the bonus or discount expires, a
            notification must be sent to the client
        loyalty_card_type_ids (list[int] | Unset): Identifiers of types of cards for which the promotion is valid
        on_changed_notification_template (LoyaltyNotificationMessageTemplateRequest | Unset): Body of the request to
            bind the loyalty notification template Example: {'type': 'custom', 'body': 'Message text'}.
        on_expiration_notification_template (LoyaltyNotificationMessageTemplateRequest | Unset): Body of the request to
            bind the loyalty notification template Example: {'type': 'custom', 'body': 'Message text'}.
        rules (list[LoyaltyProgramRuleRequest] | Unset): Rules for determining the value of the bonus or discount (only
            one rule is allowed for fixed promotions)
        company_ids (list[int] | Unset): Identifiers of locations where the promotion is valid
        allowed_service_ids (list[int] | Unset): Service and service category identifiers (if application type is set
            for some services)
        allowed_good_ids (list[int] | Unset): Item IDs (if application type is set for some items)
        allowed_good_category_ids (list[int] | Unset): Product category identifiers (if application type is set for some
            products)
    """

    title: str | Unset = UNSET
    usage_limit: int | Unset = UNSET
    expiration_timeout: int | Unset = UNSET
    expiration_timeout_unit: UpdateChainLoyaltyProgramBodyExpirationTimeoutUnit | Unset = UNSET
    expiration_notification_timeout: int | Unset = UNSET
    loyalty_card_type_ids: list[int] | Unset = UNSET
    on_changed_notification_template: LoyaltyNotificationMessageTemplateRequest | Unset = UNSET
    on_expiration_notification_template: LoyaltyNotificationMessageTemplateRequest | Unset = UNSET
    rules: list[LoyaltyProgramRuleRequest] | Unset = UNSET
    company_ids: list[int] | Unset = UNSET
    allowed_service_ids: list[int] | Unset = UNSET
    allowed_good_ids: list[int] | Unset = UNSET
    allowed_good_category_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        title = self.title
        if type(title) is not str and title is not UNSET:
            title = _fields.write_string(title, "title")
        if title is not UNSET:
            field_dict["title"] = title

        usage_limit = self.usage_limit
        if type(usage_limit) is not int and usage_limit is not UNSET:
            usage_limit = _fields.write_integer(usage_limit, "usage_limit")
        if usage_limit is not UNSET:
            field_dict["usage_limit"] = usage_limit

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

        rules = self.rules
        if rules is not UNSET:
            field_dict["rules"] = _KIND_rules.write_field(rules, "rules")

        company_ids = self.company_ids
        if company_ids is not UNSET:
            field_dict["company_ids"] = _KIND_company_ids.write_field(company_ids, "company_ids")

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
        if type(title) is not str and title is not UNSET:
            title = _fields.read_string(title, "title")

        usage_limit = _get("usage_limit", UNSET)
        if type(usage_limit) is not int and usage_limit is not UNSET:
            usage_limit = _fields.read_integer(usage_limit, "usage_limit")

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

        rules = _get("rules", UNSET)
        if rules is not UNSET:
            rules = _KIND_rules.read_field(rules, "rules")

        company_ids = _get("company_ids", UNSET)
        if company_ids is not UNSET:
            company_ids = _KIND_company_ids.read_field(company_ids, "company_ids")

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
        _model.usage_limit = usage_limit
        _model.expiration_timeout = expiration_timeout
        _model.expiration_timeout_unit = expiration_timeout_unit
        _model.expiration_notification_timeout = expiration_notification_timeout
        _model.loyalty_card_type_ids = loyalty_card_type_ids
        _model.on_changed_notification_template = on_changed_notification_template
        _model.on_expiration_notification_template = on_expiration_notification_template
        _model.rules = rules
        _model.company_ids = company_ids
        _model.allowed_service_ids = allowed_service_ids
        _model.allowed_good_ids = allowed_good_ids
        _model.allowed_good_category_ids = allowed_good_category_ids
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not UpdateChainLoyaltyProgramBody:
            _fields.init_added_fields(_model, UpdateChainLoyaltyProgramBody)
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
