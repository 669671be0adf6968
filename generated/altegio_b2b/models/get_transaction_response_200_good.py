from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._runtime import fields as _fields
from .._runtime.errors import FieldError as _FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_transaction_response_200_good_actual_amounts_item import (
        GetTransactionResponse200GoodActualAmountsItem,
    )
    from ..models.get_transaction_response_200_good_loyalty_certificate_type_type_0 import (
        GetTransactionResponse200GoodLoyaltyCertificateTypeType0,
    )


T = TypeVar("T", bound="GetTransactionResponse200Good")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "title",
        "unit",
        "value",
        "label",
        "article",
        "category",
        "category_id",
        "salon_id",
        "good_id",
        "cost",
        "unit_id",
        "unit_short_title",
        "service_unit_id",
        "service_unit_short_title",
        "actual_cost",
        "unit_actual_cost",
        "unit_actual_cost_format",
        "unit_equals",
        "barcode",
        "loyalty_abonement_type_id",
        "loyalty_certificate_type_id",
        "loyalty_allow_empty_code",
        "actual_amounts",
        "last_change_date",
        "comment",
        "loyalty_certificate_type",
        "loyalty_serial_number_limited",
        "is_goods_mark_enabled",
        "critical_amount",
        "desired_amount",
        "is_chain",
    }
)
_EXTRA = _fields.ANY
_KIND_loyalty_allow_empty_code = _fields.OneOf(
    _fields.NUMBER,
    _fields.BOOLEAN,
)
_KIND_actual_amounts = _fields.ListOf(_fields.Model("GetTransactionResponse200GoodActualAmountsItem"))
_KIND_loyalty_certificate_type = _fields.OneOf(
    _fields.Model("GetTransactionResponse200GoodLoyaltyCertificateTypeType0"),
    _fields.NULL,
)


@_attrs_define
class GetTransactionResponse200Good:
    """Product

    Attributes:
        id (int | Unset): Product ID
        title (str | Unset): Product Name
        unit (str | Unset): unit of measurement
        value (str | Unset): Product Name
        label (str | Unset): Product Name
        article (str | Unset): vendor code
        category (str | Unset): Product category name
        category_id (int | Unset): Product category ID
        salon_id (int | Unset): location ID
        good_id (int | Unset): Product ID
        cost (float | Unset): Price
        unit_id (int | Unset): Unit ID
        unit_short_title (str | Unset): Abbreviated name of the unit of measurement
        service_unit_id (int | Unset): Unit ID for the service
        service_unit_short_title (str | Unset): Abbreviated name of the unit of measure for the service
        actual_cost (float | Unset): Cost price
        unit_actual_cost (float | Unset): unit cost
        unit_actual_cost_format (str | Unset): Unit cost format
        unit_equals (float | Unset): Unit value
        barcode (str | Unset): Barcode
        loyalty_abonement_type_id (int | Unset): Membership ID (if the product is a membership)
        loyalty_certificate_type_id (int | Unset): Certificate identifier (if the product is a certificate)
        loyalty_allow_empty_code (bool | float | Unset): Is it allowed to sell without a code
        actual_amounts (list[GetTransactionResponse200GoodActualAmountsItem] | Unset): Quantity of products
        last_change_date (str | Unset): Date of last product change
        comment (str | Unset): Product comment
        loyalty_certificate_type (GetTransactionResponse200GoodLoyaltyCertificateTypeType0 | None | Unset): Certificate
            type details (if product is certificate)
        loyalty_serial_number_limited (float | Unset): Serial number limit flag
        is_goods_mark_enabled (bool | Unset): Whether products marking is enabled
        critical_amount (float | Unset): Critical stock amount threshold
        desired_amount (float | Unset): Desired stock amount
        is_chain (bool | Unset): Whether product belongs to chain
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    unit: str | Unset = UNSET
    value: str | Unset = UNSET
    label: str | Unset = UNSET
    article: str | Unset = UNSET
    category: str | Unset = UNSET
    category_id: int | Unset = UNSET
    salon_id: int | Unset = UNSET
    good_id: int | Unset = UNSET
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
    loyalty_abonement_type_id: int | Unset = UNSET
    loyalty_certificate_type_id: int | Unset = UNSET
    loyalty_allow_empty_code: bool | float | Unset = UNSET
    actual_amounts: list[GetTransactionResponse200GoodActualAmountsItem] | Unset = UNSET
    last_change_date: str | Unset = UNSET
    comment: str | Unset = UNSET
    loyalty_certificate_type: GetTransactionResponse200GoodLoyaltyCertificateTypeType0 | None | Unset = UNSET
    loyalty_serial_number_limited: float | Unset = UNSET
    is_goods_mark_enabled: bool | Unset = UNSET
    critical_amount: float | Unset = UNSET
    desired_amount: float | Unset = UNSET
    is_chain: bool | Unset = UNSET
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

        unit = self.unit
        if type(unit) is not str and unit is not UNSET:
            unit = _fields.write_string(unit, "unit")
        if unit is not UNSET:
            field_dict["unit"] = unit

        value = self.value
        if type(value) is not str and value is not UNSET:
            value = _fields.write_string(value, "value")
        if value is not UNSET:
            field_dict["value"] = value

        label = self.label
        if type(label) is not str and label is not UNSET:
            label = _fields.write_string(label, "label")
        if label is not UNSET:
            field_dict["label"] = label

        article = self.article
        if type(article) is not str and article is not UNSET:
            article = _fields.write_string(article, "article")
        if article is not UNSET:
            field_dict["article"] = article

        category = self.category
        if type(category) is not str and category is not UNSET:
            category = _fields.write_string(category, "category")
        if category is not UNSET:
            field_dict["category"] = category

        category_id = self.category_id
        if type(category_id) is not int and category_id is not UNSET:
            category_id = _fields.write_integer(category_id, "category_id")
        if category_id is not UNSET:
            field_dict["category_id"] = category_id

        salon_id = self.salon_id
        if type(salon_id) is not int and salon_id is not UNSET:
            salon_id = _fields.write_integer(salon_id, "salon_id")
        if salon_id is not UNSET:
            field_dict["salon_id"] = salon_id

        good_id = self.good_id
        if type(good_id) is not int and good_id is not UNSET:
            good_id = _fields.write_integer(good_id, "good_id")
        if good_id is not UNSET:
            field_dict["good_id"] = good_id

        cost = self.cost
        if cost is not UNSET:
            field_dict["cost"] = _fields.write_number(cost, "cost")

        unit_id = self.unit_id
        if type(unit_id) is not int and unit_id is not UNSET:
            unit_id = _fields.write_integer(unit_id, "unit_id")
        if unit_id is not UNSET:
            field_dict["unit_id"] = unit_id

        unit_short_title = self.unit_short_title
        if type(unit_short_title) is not str and unit_short_title is not UNSET:
            unit_short_title = _fields.write_string(unit_short_title, "unit_short_title")
        if unit_short_title is not UNSET:
            field_dict["unit_short_title"] = unit_short_title

        service_unit_id = self.service_unit_id
        if type(service_unit_id) is not int and service_unit_id is not UNSET:
            service_unit_id = _fields.write_integer(service_unit_id, "service_unit_id")
        if service_unit_id is not UNSET:
            field_dict["service_unit_id"] = service_unit_id

        service_unit_short_title = self.service_unit_short_title
        if type(service_unit_short_title) is not str and service_unit_short_title is not UNSET:
            service_unit_short_title = _fields.write_string(service_unit_short_title, "service_unit_short_title")
        if service_unit_short_title is not UNSET:
            field_dict["service_unit_short_title"] = service_unit_short_title

        actual_cost = self.actual_cost
        if actual_cost is not UNSET:
            field_dict["actual_cost"] = _fields.write_number(actual_cost, "actual_cost")

        unit_actual_cost = self.unit_actual_cost
        if unit_actual_cost is not UNSET:
            field_dict["unit_actual_cost"] = _fields.write_number(unit_actual_cost, "unit_actual_cost")

        unit_actual_cost_format = self.unit_actual_cost_format
        if type(unit_actual_cost_format) is not str and unit_actual_cost_format is not UNSET:
            unit_actual_cost_format = _fields.write_string(unit_actual_cost_format, "unit_actual_cost_format")
        if unit_actual_cost_format is not UNSET:
            field_dict["unit_actual_cost_format"] = unit_actual_cost_format

        unit_equals = self.unit_equals
        if unit_equals is not UNSET:
            field_dict["unit_equals"] = _fields.write_number(unit_equals, "unit_equals")

        barcode = self.barcode
        if type(barcode) is not str and barcode is not UNSET:
            barcode = _fields.write_string(barcode, "barcode")
        if barcode is not UNSET:
            field_dict["barcode"] = barcode

        loyalty_abonement_type_id = self.loyalty_abonement_type_id
        if type(loyalty_abonement_type_id) is not int and loyalty_abonement_type_id is not UNSET:
            loyalty_abonement_type_id = _fields.write_integer(loyalty_abonement_type_id, "loyalty_abonement_type_id")
        if loyalty_abonement_type_id is not UNSET:
            field_dict["loyalty_abonement_type_id"] = loyalty_abonement_type_id

        loyalty_certificate_type_id = self.loyalty_certificate_type_id
        if type(loyalty_certificate_type_id) is not int and loyalty_certificate_type_id is not UNSET:
            loyalty_certificate_type_id = _fields.write_integer(
                loyalty_certificate_type_id, "loyalty_certificate_type_id"
            )
        if loyalty_certificate_type_id is not UNSET:
            field_dict["loyalty_certificate_type_id"] = loyalty_certificate_type_id

        loyalty_allow_empty_code = self.loyalty_allow_empty_code
        if loyalty_allow_empty_code is not UNSET:
            field_dict["loyalty_allow_empty_code"] = _KIND_loyalty_allow_empty_code.write_field(
                loyalty_allow_empty_code, "loyalty_allow_empty_code"
            )

        actual_amounts = self.actual_amounts
        if actual_amounts is not UNSET:
            field_dict["actual_amounts"] = _KIND_actual_amounts.write_field(actual_amounts, "actual_amounts")

        last_change_date = self.last_change_date
        if type(last_change_date) is not str and last_change_date is not UNSET:
            last_change_date = _fields.write_string(last_change_date, "last_change_date")
        if last_change_date is not UNSET:
            field_dict["last_change_date"] = last_change_date

        comment = self.comment
        if type(comment) is not str and comment is not UNSET:
            comment = _fields.write_string(comment, "comment")
        if comment is not UNSET:
            field_dict["comment"] = comment

        loyalty_certificate_type = self.loyalty_certificate_type
        if loyalty_certificate_type is not UNSET:
            field_dict["loyalty_certificate_type"] = _KIND_loyalty_certificate_type.write_field(
                loyalty_certificate_type, "loyalty_certificate_type"
            )

        loyalty_serial_number_limited = self.loyalty_serial_number_limited
        if loyalty_serial_number_limited is not UNSET:
            field_dict["loyalty_serial_number_limited"] = _fields.write_number(
                loyalty_serial_number_limited, "loyalty_serial_number_limited"
            )

        is_goods_mark_enabled = self.is_goods_mark_enabled
        if type(is_goods_mark_enabled) is not bool and is_goods_mark_enabled is not UNSET:
            is_goods_mark_enabled = _fields.write_boolean(is_goods_mark_enabled, "is_goods_mark_enabled")
        if is_goods_mark_enabled is not UNSET:
            field_dict["is_goods_mark_enabled"] = is_goods_mark_enabled

        critical_amount = self.critical_amount
        if critical_amount is not UNSET:
            field_dict["critical_amount"] = _fields.write_number(critical_amount, "critical_amount")

        desired_amount = self.desired_amount
        if desired_amount is not UNSET:
            field_dict["desired_amount"] = _fields.write_number(desired_amount, "desired_amount")

        is_chain = self.is_chain
        if type(is_chain) is not bool and is_chain is not UNSET:
            is_chain = _fields.write_boolean(is_chain, "is_chain")
        if is_chain is not UNSET:
            field_dict["is_chain"] = is_chain

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

        unit = _get("unit", UNSET)
        if type(unit) is not str and unit is not UNSET:
            unit = _fields.read_string(unit, "unit")

        value = _get("value", UNSET)
        if type(value) is not str and value is not UNSET:
            value = _fields.read_string(value, "value")

        label = _get("label", UNSET)
        if type(label) is not str and label is not UNSET:
            label = _fields.read_string(label, "label")

        article = _get("article", UNSET)
        if type(article) is not str and article is not UNSET:
            article = _fields.read_string(article, "article")

        category = _get("category", UNSET)
        if type(category) is not str and category is not UNSET:
            category = _fields.read_string(category, "category")

        category_id = _get("category_id", UNSET)
        if type(category_id) is not int and category_id is not UNSET:
            category_id = _fields.read_integer(category_id, "category_id")

        salon_id = _get("salon_id", UNSET)
        if type(salon_id) is not int and salon_id is not UNSET:
            salon_id = _fields.read_integer(salon_id, "salon_id")

        good_id = _get("good_id", UNSET)
        if type(good_id) is not int and good_id is not UNSET:
            good_id = _fields.read_integer(good_id, "good_id")

        cost = _get("cost", UNSET)
        if type(cost) is not float and type(cost) is not int and cost is not UNSET:
            cost = _fields.read_number(cost, "cost")

        unit_id = _get("unit_id", UNSET)
        if type(unit_id) is not int and unit_id is not UNSET:
            unit_id = _fields.read_integer(unit_id, "unit_id")

        unit_short_title = _get("unit_short_title", UNSET)
        if type(unit_short_title) is not str and unit_short_title is not UNSET:
            unit_short_title = _fields.read_string(unit_short_title, "unit_short_title")

        service_unit_id = _get("service_unit_id", UNSET)
        if type(service_unit_id) is not int and service_unit_id is not UNSET:
            service_unit_id = _fields.read_integer(service_unit_id, "service_unit_id")

        service_unit_short_title = _get("service_unit_short_title", UNSET)
        if type(service_unit_short_title) is not str and service_unit_short_title is not UNSET:
            service_unit_short_title = _fields.read_string(service_unit_short_title, "service_unit_short_title")

        actual_cost = _get("actual_cost", UNSET)
        if type(actual_cost) is not float and type(actual_cost) is not int and actual_cost is not UNSET:
            actual_cost = _fields.read_number(actual_cost, "actual_cost")

        unit_actual_cost = _get("unit_actual_cost", UNSET)
        if type(unit_actual_cost) is not float and type(unit_actual_cost) is not int and unit_actual_cost is not UNSET:
            unit_actual_cost = _fields.read_number(unit_actual_cost, "unit_actual_cost")

        unit_actual_cost_format = _get("unit_actual_cost_format", UNSET)
        if type(unit_actual_cost_format) is not str and unit_actual_cost_format is not UNSET:
            unit_actual_cost_format = _fields.read_string(unit_actual_cost_format, "unit_actual_cost_format")

        unit_equals = _get("unit_equals", UNSET)
        if type(unit_equals) is not float and type(unit_equals) is not int and unit_equals is not UNSET:
            unit_equals = _fields.read_number(unit_equals, "unit_equals")

        barcode = _get("barcode", UNSET)
        if type(barcode) is not str and barcode is not UNSET:
            barcode = _fields.read_string(barcode, "barcode")

        loyalty_abonement_type_id = _get("loyalty_abonement_type_id", UNSET)
        if type(loyalty_abonement_type_id) is not int and loyalty_abonement_type_id is not UNSET:
            loyalty_abonement_type_id = _fields.read_integer(loyalty_abonement_type_id, "loyalty_abonement_type_id")

        loyalty_certificate_type_id = _get("loyalty_certificate_type_id", UNSET)
        if type(loyalty_certificate_type_id) is not int and loyalty_certificate_type_id is not UNSET:
            loyalty_certificate_type_id = _fields.read_integer(
                loyalty_certificate_type_id, "loyalty_certificate_type_id"
            )

        loyalty_allow_empty_code = _get("loyalty_allow_empty_code", UNSET)
        if loyalty_allow_empty_code is not UNSET:
            loyalty_allow_empty_code = _KIND_loyalty_allow_empty_code.read_field(
                loyalty_allow_empty_code, "loyalty_allow_empty_code"
            )

        actual_amounts = _get("actual_amounts", UNSET)
        if actual_amounts is not UNSET:
            actual_amounts = _KIND_actual_amounts.read_field(actual_amounts, "actual_amounts")

        last_change_date = _get("last_change_date", UNSET)
        if type(last_change_date) is not str and last_change_date is not UNSET:
            last_change_date = _fields.read_string(last_change_date, "last_change_date")

        comment = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = _fields.read_string(comment, "comment")

        loyalty_certificate_type = _get("loyalty_certificate_type", UNSET)
        if loyalty_certificate_type is not UNSET and loyalty_certificate_type is not None:
            try:
                loyalty_certificate_type = _models.GetTransactionResponse200GoodLoyaltyCertificateTypeType0.from_dict(
                    loyalty_certificate_type
                )
            except _FieldError as _error:
                raise _error.within("loyalty_certificate_type")

        loyalty_serial_number_limited = _get("loyalty_serial_number_limited", UNSET)
        if (
            type(loyalty_serial_number_limited) is not float
            and type(loyalty_serial_number_limited) is not int
            and loyalty_serial_number_limited is not UNSET
        ):
            loyalty_serial_number_limited = _fields.read_number(
                loyalty_serial_number_limited, "loyalty_serial_number_limited"
            )

        is_goods_mark_enabled = _get("is_goods_mark_enabled", UNSET)
        if type(is_goods_mark_enabled) is not bool and is_goods_mark_enabled is not UNSET:
            is_goods_mark_enabled = _fields.read_boolean(is_goods_mark_enabled, "is_goods_mark_enabled")

        critical_amount = _get("critical_amount", UNSET)
        if type(critical_amount) is not float and type(critical_amount) is not int and critical_amount is not UNSET:
            critical_amount = _fields.read_number(critical_amount, "critical_amount")

        desired_amount = _get("desired_amount", UNSET)
        if type(desired_amount) is not float and type(desired_amount) is not int and desired_amount is not UNSET:
            desired_amount = _fields.read_number(desired_amount, "desired_amount")

        is_chain = _get("is_chain", UNSET)
        if type(is_chain) is not bool and is_chain is not UNSET:
            is_chain = _fields.read_boolean(is_chain, "is_chain")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.title = title
        _model.unit = unit
        _model.value = value
        _model.label = label
        _model.article = article
        _model.category = category
        _model.category_id = category_id
        _model.salon_id = salon_id
        _model.good_id = good_id
        _model.cost = cost
        _model.unit_id = unit_id
        _model.unit_short_title = unit_short_title
        _model.service_unit_id = service_unit_id
        _model.service_unit_short_title = service_unit_short_title
        _model.actual_cost = actual_cost
        _model.unit_actual_cost = unit_actual_cost
        _model.unit_actual_cost_format = unit_actual_cost_format
        _model.unit_equals = unit_equals
        _model.barcode = barcode
        _model.loyalty_abonement_type_id = loyalty_abonement_type_id
        _model.loyalty_certificate_type_id = loyalty_certificate_type_id
        _model.loyalty_allow_empty_code = loyalty_allow_empty_code
        _model.actual_amounts = actual_amounts
        _model.last_change_date = last_change_date
        _model.comment = comment
        _model.loyalty_certificate_type = loyalty_certificate_type
        _model.loyalty_serial_number_limited = loyalty_serial_number_limited
        _model.is_goods_mark_enabled = is_goods_mark_enabled
        _model.critical_amount = critical_amount
        _model.desired_amount = desired_amount
        _model.is_chain = is_chain
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetTransactionResponse200Good:
            _fields.init_added_fields(_model, GetTransactionResponse200Good)
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
