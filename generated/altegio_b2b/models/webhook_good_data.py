from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
from ..models.webhook_good_data_loyalty_allow_empty_code import WebhookGoodDataLoyaltyAllowEmptyCode
from ..models.webhook_good_data_loyalty_serial_number_limited import WebhookGoodDataLoyaltySerialNumberLimited
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_good_data_actual_amounts_item import WebhookGoodDataActualAmountsItem
    from ..models.webhook_good_data_loyalty_certificate_type_type_0 import WebhookGoodDataLoyaltyCertificateTypeType0


T = TypeVar("T", bound="WebhookGoodData")


@_attrs_define
class WebhookGoodData:
    """Product data sent in webhook notifications. Matches the output of the product detail API.

    Attributes:
        good_id (int | Unset): Product ID.
        title (str | Unset):
        value (str | Unset): Same as title.
        label (str | Unset): Title with article in parentheses.
        article (str | Unset):
        category (str | Unset):
        category_id (int | Unset):
        salon_id (int | Unset):
        cost (float | Unset):
        unit_id (int | Unset):
        unit_short_title (str | Unset):
        service_unit_id (int | Unset):
        service_unit_short_title (str | Unset):
        actual_cost (float | Unset):
        unit_actual_cost (float | Unset):
        unit_actual_cost_format (str | Unset): Formatted price string.
        unit_equals (float | Unset):
        barcode (str | Unset):
        is_chain (bool | Unset):
        comment (str | Unset):
        loyalty_abonement_type_id (int | Unset):
        loyalty_certificate_type_id (int | Unset):
        loyalty_certificate_type (None | Unset | WebhookGoodDataLoyaltyCertificateTypeType0):
        loyalty_allow_empty_code (WebhookGoodDataLoyaltyAllowEmptyCode | Unset):
        loyalty_serial_number_limited (WebhookGoodDataLoyaltySerialNumberLimited | Unset):
        actual_amounts (list[WebhookGoodDataActualAmountsItem] | Unset):
        critical_amount (float | None | Unset):
        desired_amount (float | Unset):
        last_change_date (datetime.datetime | Unset):
        is_goods_mark_enabled (bool | Unset):
    """

    good_id: int | Unset = UNSET
    title: str | Unset = UNSET
    value: str | Unset = UNSET
    label: str | Unset = UNSET
    article: str | Unset = UNSET
    category: str | Unset = UNSET
    category_id: int | Unset = UNSET
    salon_id: int | Unset = UNSET
    cost: float | Unset = UNSET
    unit_id: int | Unset = UNSET
    unit_short_title: str | Unset = UNSET
    service_unit_id: int | Unset = UNSET
    service_unit_short_title: str | Unset = UNSET
    actual_cost: float | Unset = UNSET
    unit_actual_cost: float | Unset = UNSET
    unit_actual_cost_format: str | Unset = UNSET
    unit_equals: float | Unset = UNSET
    barcode: str | Unset = UNSET
    is_chain: bool | Unset = UNSET
    comment: str | Unset = UNSET
    loyalty_abonement_type_id: int | Unset = UNSET
    loyalty_certificate_type_id: int | Unset = UNSET
    loyalty_certificate_type: None | Unset | WebhookGoodDataLoyaltyCertificateTypeType0 = UNSET
    loyalty_allow_empty_code: WebhookGoodDataLoyaltyAllowEmptyCode | Unset = UNSET
    loyalty_serial_number_limited: WebhookGoodDataLoyaltySerialNumberLimited | Unset = UNSET
    actual_amounts: list[WebhookGoodDataActualAmountsItem] | Unset = UNSET
    critical_amount: float | None | Unset = UNSET
    desired_amount: float | Unset = UNSET
    last_change_date: datetime.datetime | Unset = UNSET
    is_goods_mark_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.webhook_good_data_loyalty_certificate_type_type_0 import (
            WebhookGoodDataLoyaltyCertificateTypeType0,  # noqa: PLC0415
        )

        good_id = self.good_id

        title = self.title

        value = self.value

        label = self.label

        article = self.article

        category = self.category

        category_id = self.category_id

        salon_id = self.salon_id

        cost = self.cost

        unit_id = self.unit_id

        unit_short_title = self.unit_short_title

        service_unit_id = self.service_unit_id

        service_unit_short_title = self.service_unit_short_title

        actual_cost = self.actual_cost

        unit_actual_cost = self.unit_actual_cost

        unit_actual_cost_format = self.unit_actual_cost_format

        unit_equals = self.unit_equals

        barcode = self.barcode

        is_chain = self.is_chain

        comment = self.comment

        loyalty_abonement_type_id = self.loyalty_abonement_type_id

        loyalty_certificate_type_id = self.loyalty_certificate_type_id

        loyalty_certificate_type: dict[str, Any] | None | Unset
        if isinstance(self.loyalty_certificate_type, Unset):
            loyalty_certificate_type = UNSET
        elif isinstance(self.loyalty_certificate_type, WebhookGoodDataLoyaltyCertificateTypeType0):
            loyalty_certificate_type = self.loyalty_certificate_type.to_dict()
        else:
            loyalty_certificate_type = self.loyalty_certificate_type

        loyalty_allow_empty_code: int | Unset = UNSET
        if not isinstance(self.loyalty_allow_empty_code, Unset):
            loyalty_allow_empty_code = self.loyalty_allow_empty_code.value

        loyalty_serial_number_limited: int | Unset = UNSET
        if not isinstance(self.loyalty_serial_number_limited, Unset):
            loyalty_serial_number_limited = self.loyalty_serial_number_limited.value

        actual_amounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.actual_amounts, Unset):
            actual_amounts = []
            for actual_amounts_item_data in self.actual_amounts:
                actual_amounts_item = actual_amounts_item_data.to_dict()
                actual_amounts.append(actual_amounts_item)

        critical_amount: float | None | Unset
        if isinstance(self.critical_amount, Unset):
            critical_amount = UNSET
        else:
            critical_amount = self.critical_amount

        desired_amount = self.desired_amount

        last_change_date: str | Unset = UNSET
        if not isinstance(self.last_change_date, Unset):
            last_change_date = self.last_change_date.isoformat()

        is_goods_mark_enabled = self.is_goods_mark_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if good_id is not UNSET:
            field_dict["good_id"] = good_id
        if title is not UNSET:
            field_dict["title"] = title
        if value is not UNSET:
            field_dict["value"] = value
        if label is not UNSET:
            field_dict["label"] = label
        if article is not UNSET:
            field_dict["article"] = article
        if category is not UNSET:
            field_dict["category"] = category
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if salon_id is not UNSET:
            field_dict["salon_id"] = salon_id
        if cost is not UNSET:
            field_dict["cost"] = cost
        if unit_id is not UNSET:
            field_dict["unit_id"] = unit_id
        if unit_short_title is not UNSET:
            field_dict["unit_short_title"] = unit_short_title
        if service_unit_id is not UNSET:
            field_dict["service_unit_id"] = service_unit_id
        if service_unit_short_title is not UNSET:
            field_dict["service_unit_short_title"] = service_unit_short_title
        if actual_cost is not UNSET:
            field_dict["actual_cost"] = actual_cost
        if unit_actual_cost is not UNSET:
            field_dict["unit_actual_cost"] = unit_actual_cost
        if unit_actual_cost_format is not UNSET:
            field_dict["unit_actual_cost_format"] = unit_actual_cost_format
        if unit_equals is not UNSET:
            field_dict["unit_equals"] = unit_equals
        if barcode is not UNSET:
            field_dict["barcode"] = barcode
        if is_chain is not UNSET:
            field_dict["is_chain"] = is_chain
        if comment is not UNSET:
            field_dict["comment"] = comment
        if loyalty_abonement_type_id is not UNSET:
            field_dict["loyalty_abonement_type_id"] = loyalty_abonement_type_id
        if loyalty_certificate_type_id is not UNSET:
            field_dict["loyalty_certificate_type_id"] = loyalty_certificate_type_id
        if loyalty_certificate_type is not UNSET:
            field_dict["loyalty_certificate_type"] = loyalty_certificate_type
        if loyalty_allow_empty_code is not UNSET:
            field_dict["loyalty_allow_empty_code"] = loyalty_allow_empty_code
        if loyalty_serial_number_limited is not UNSET:
            field_dict["loyalty_serial_number_limited"] = loyalty_serial_number_limited
        if actual_amounts is not UNSET:
            field_dict["actual_amounts"] = actual_amounts
        if critical_amount is not UNSET:
            field_dict["critical_amount"] = critical_amount
        if desired_amount is not UNSET:
            field_dict["desired_amount"] = desired_amount
        if last_change_date is not UNSET:
            field_dict["last_change_date"] = last_change_date
        if is_goods_mark_enabled is not UNSET:
            field_dict["is_goods_mark_enabled"] = is_goods_mark_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_good_data_actual_amounts_item import WebhookGoodDataActualAmountsItem  # noqa: PLC0415
        from ..models.webhook_good_data_loyalty_certificate_type_type_0 import (
            WebhookGoodDataLoyaltyCertificateTypeType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        good_id = d.pop("good_id", UNSET)

        title = d.pop("title", UNSET)

        value = d.pop("value", UNSET)

        label = d.pop("label", UNSET)

        article = d.pop("article", UNSET)

        category = d.pop("category", UNSET)

        category_id = d.pop("category_id", UNSET)

        salon_id = d.pop("salon_id", UNSET)

        cost = d.pop("cost", UNSET)

        unit_id = d.pop("unit_id", UNSET)

        unit_short_title = d.pop("unit_short_title", UNSET)

        service_unit_id = d.pop("service_unit_id", UNSET)

        service_unit_short_title = d.pop("service_unit_short_title", UNSET)

        actual_cost = d.pop("actual_cost", UNSET)

        unit_actual_cost = d.pop("unit_actual_cost", UNSET)

        unit_actual_cost_format = d.pop("unit_actual_cost_format", UNSET)

        unit_equals = d.pop("unit_equals", UNSET)

        barcode = d.pop("barcode", UNSET)

        is_chain = d.pop("is_chain", UNSET)

        comment = d.pop("comment", UNSET)

        loyalty_abonement_type_id = d.pop("loyalty_abonement_type_id", UNSET)

        loyalty_certificate_type_id = d.pop("loyalty_certificate_type_id", UNSET)

        def _parse_loyalty_certificate_type(data: object) -> None | Unset | WebhookGoodDataLoyaltyCertificateTypeType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                loyalty_certificate_type_type_0 = WebhookGoodDataLoyaltyCertificateTypeType0.from_dict(data)

                return loyalty_certificate_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WebhookGoodDataLoyaltyCertificateTypeType0, data)

        loyalty_certificate_type = _parse_loyalty_certificate_type(d.pop("loyalty_certificate_type", UNSET))

        _loyalty_allow_empty_code = d.pop("loyalty_allow_empty_code", UNSET)
        loyalty_allow_empty_code: WebhookGoodDataLoyaltyAllowEmptyCode | Unset
        if isinstance(_loyalty_allow_empty_code, Unset):
            loyalty_allow_empty_code = UNSET
        else:
            loyalty_allow_empty_code = WebhookGoodDataLoyaltyAllowEmptyCode(_loyalty_allow_empty_code)

        _loyalty_serial_number_limited = d.pop("loyalty_serial_number_limited", UNSET)
        loyalty_serial_number_limited: WebhookGoodDataLoyaltySerialNumberLimited | Unset
        if isinstance(_loyalty_serial_number_limited, Unset):
            loyalty_serial_number_limited = UNSET
        else:
            loyalty_serial_number_limited = WebhookGoodDataLoyaltySerialNumberLimited(_loyalty_serial_number_limited)

        _actual_amounts = d.pop("actual_amounts", UNSET)
        actual_amounts: list[WebhookGoodDataActualAmountsItem] | Unset = UNSET
        if _actual_amounts is not UNSET:
            actual_amounts = []
            for actual_amounts_item_data in _actual_amounts:
                actual_amounts_item = WebhookGoodDataActualAmountsItem.from_dict(actual_amounts_item_data)

                actual_amounts.append(actual_amounts_item)

        def _parse_critical_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        critical_amount = _parse_critical_amount(d.pop("critical_amount", UNSET))

        desired_amount = d.pop("desired_amount", UNSET)

        _last_change_date = d.pop("last_change_date", UNSET)
        last_change_date: datetime.datetime | Unset
        if isinstance(_last_change_date, Unset):
            last_change_date = UNSET
        else:
            last_change_date = _timestamps.parse_datetime(_last_change_date)

        is_goods_mark_enabled = d.pop("is_goods_mark_enabled", UNSET)

        _model = cls(
            good_id=good_id,
            title=title,
            value=value,
            label=label,
            article=article,
            category=category,
            category_id=category_id,
            salon_id=salon_id,
            cost=cost,
            unit_id=unit_id,
            unit_short_title=unit_short_title,
            service_unit_id=service_unit_id,
            service_unit_short_title=service_unit_short_title,
            actual_cost=actual_cost,
            unit_actual_cost=unit_actual_cost,
            unit_actual_cost_format=unit_actual_cost_format,
            unit_equals=unit_equals,
            barcode=barcode,
            is_chain=is_chain,
            comment=comment,
            loyalty_abonement_type_id=loyalty_abonement_type_id,
            loyalty_certificate_type_id=loyalty_certificate_type_id,
            loyalty_certificate_type=loyalty_certificate_type,
            loyalty_allow_empty_code=loyalty_allow_empty_code,
            loyalty_serial_number_limited=loyalty_serial_number_limited,
            actual_amounts=actual_amounts,
            critical_amount=critical_amount,
            desired_amount=desired_amount,
            last_change_date=last_change_date,
            is_goods_mark_enabled=is_goods_mark_enabled,
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
