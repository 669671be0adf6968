from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_chain_loyalty_program_body_expiration_timeout_unit import (
    UpdateChainLoyaltyProgramBodyExpirationTimeoutUnit,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.loyalty_notification_message_template_request import LoyaltyNotificationMessageTemplateRequest
    from ..models.loyalty_program_rule_request import LoyaltyProgramRuleRequest


T = TypeVar("T", bound="UpdateChainLoyaltyProgramBody")


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
        title = self.title

        usage_limit = self.usage_limit

        expiration_timeout = self.expiration_timeout

        expiration_timeout_unit: str | Unset = UNSET
        if not isinstance(self.expiration_timeout_unit, Unset):
            expiration_timeout_unit = self.expiration_timeout_unit.value

        expiration_notification_timeout = self.expiration_notification_timeout

        loyalty_card_type_ids: list[int] | Unset = UNSET
        if not isinstance(self.loyalty_card_type_ids, Unset):
            loyalty_card_type_ids = self.loyalty_card_type_ids

        on_changed_notification_template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.on_changed_notification_template, Unset):
            on_changed_notification_template = self.on_changed_notification_template.to_dict()

        on_expiration_notification_template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.on_expiration_notification_template, Unset):
            on_expiration_notification_template = self.on_expiration_notification_template.to_dict()

        rules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rules, Unset):
            rules = []
            for rules_item_data in self.rules:
                rules_item = rules_item_data.to_dict()
                rules.append(rules_item)

        company_ids: list[int] | Unset = UNSET
        if not isinstance(self.company_ids, Unset):
            company_ids = self.company_ids

        allowed_service_ids: list[int] | Unset = UNSET
        if not isinstance(self.allowed_service_ids, Unset):
            allowed_service_ids = self.allowed_service_ids

        allowed_good_ids: list[int] | Unset = UNSET
        if not isinstance(self.allowed_good_ids, Unset):
            allowed_good_ids = self.allowed_good_ids

        allowed_good_category_ids: list[int] | Unset = UNSET
        if not isinstance(self.allowed_good_category_ids, Unset):
            allowed_good_category_ids = self.allowed_good_category_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if usage_limit is not UNSET:
            field_dict["usage_limit"] = usage_limit
        if expiration_timeout is not UNSET:
            field_dict["expiration_timeout"] = expiration_timeout
        if expiration_timeout_unit is not UNSET:
            field_dict["expiration_timeout_unit"] = expiration_timeout_unit
        if expiration_notification_timeout is not UNSET:
            field_dict["expiration_notification_timeout"] = expiration_notification_timeout
        if loyalty_card_type_ids is not UNSET:
            field_dict["loyalty_card_type_ids"] = loyalty_card_type_ids
        if on_changed_notification_template is not UNSET:
            field_dict["on_changed_notification_template"] = on_changed_notification_template
        if on_expiration_notification_template is not UNSET:
            field_dict["on_expiration_notification_template"] = on_expiration_notification_template
        if rules is not UNSET:
            field_dict["rules"] = rules
        if company_ids is not UNSET:
            field_dict["company_ids"] = company_ids
        if allowed_service_ids is not UNSET:
            field_dict["allowed_service_ids"] = allowed_service_ids
        if allowed_good_ids is not UNSET:
            field_dict["allowed_good_ids"] = allowed_good_ids
        if allowed_good_category_ids is not UNSET:
            field_dict["allowed_good_category_ids"] = allowed_good_category_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.loyalty_notification_message_template_request import LoyaltyNotificationMessageTemplateRequest  # noqa: PLC0415
        from ..models.loyalty_program_rule_request import LoyaltyProgramRuleRequest  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title", UNSET)

        usage_limit = d.pop("usage_limit", UNSET)

        expiration_timeout = d.pop("expiration_timeout", UNSET)

        _expiration_timeout_unit = d.pop("expiration_timeout_unit", UNSET)
        expiration_timeout_unit: UpdateChainLoyaltyProgramBodyExpirationTimeoutUnit | Unset
        if isinstance(_expiration_timeout_unit, Unset):
            expiration_timeout_unit = UNSET
        else:
            expiration_timeout_unit = UpdateChainLoyaltyProgramBodyExpirationTimeoutUnit(_expiration_timeout_unit)

        expiration_notification_timeout = d.pop("expiration_notification_timeout", UNSET)

        loyalty_card_type_ids = cast(list[int], d.pop("loyalty_card_type_ids", UNSET))

        _on_changed_notification_template = d.pop("on_changed_notification_template", UNSET)
        on_changed_notification_template: LoyaltyNotificationMessageTemplateRequest | Unset
        if isinstance(_on_changed_notification_template, Unset):
            on_changed_notification_template = UNSET
        else:
            on_changed_notification_template = LoyaltyNotificationMessageTemplateRequest.from_dict(
                _on_changed_notification_template
            )

        _on_expiration_notification_template = d.pop("on_expiration_notification_template", UNSET)
        on_expiration_notification_template: LoyaltyNotificationMessageTemplateRequest | Unset
        if isinstance(_on_expiration_notification_template, Unset):
            on_expiration_notification_template = UNSET
        else:
            on_expiration_notification_template = LoyaltyNotificationMessageTemplateRequest.from_dict(
                _on_expiration_notification_template
            )

        _rules = d.pop("rules", UNSET)
        rules: list[LoyaltyProgramRuleRequest] | Unset = UNSET
        if _rules is not UNSET:
            rules = []
            for rules_item_data in _rules:
                rules_item = LoyaltyProgramRuleRequest.from_dict(rules_item_data)

                rules.append(rules_item)

        company_ids = cast(list[int], d.pop("company_ids", UNSET))

        allowed_service_ids = cast(list[int], d.pop("allowed_service_ids", UNSET))

        allowed_good_ids = cast(list[int], d.pop("allowed_good_ids", UNSET))

        allowed_good_category_ids = cast(list[int], d.pop("allowed_good_category_ids", UNSET))

        _model = cls(
            title=title,
            usage_limit=usage_limit,
            expiration_timeout=expiration_timeout,
            expiration_timeout_unit=expiration_timeout_unit,
            expiration_notification_timeout=expiration_notification_timeout,
            loyalty_card_type_ids=loyalty_card_type_ids,
            on_changed_notification_template=on_changed_notification_template,
            on_expiration_notification_template=on_expiration_notification_template,
            rules=rules,
            company_ids=company_ids,
            allowed_service_ids=allowed_service_ids,
            allowed_good_ids=allowed_good_ids,
            allowed_good_category_ids=allowed_good_category_ids,
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
