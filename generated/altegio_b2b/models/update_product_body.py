from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_product_body_correction_rules_item import UpdateProductBodyCorrectionRulesItem


T = TypeVar("T", bound="UpdateProductBody")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "title",
        "category_id",
        "sale_unit_id",
        "service_unit_id",
        "print_title",
        "article",
        "barcode",
        "cost",
        "actual_cost",
        "unit_equals",
        "critical_amount",
        "desired_amount",
        "netto",
        "brutto",
        "comment",
        "tax_variant",
        "vat_id",
        "correction_rules",
    }
)
_EXTRA = _fields.ANY
_KIND_correction_rules = _fields.ListOf(_fields.Model("UpdateProductBodyCorrectionRulesItem"))


@_attrs_define
class UpdateProductBody:
    """Product Creation Method

    Example:
        {'title': 'Shampoo', 'print_title': 'Shampoo', 'article': '123', 'barcode': '123', 'category_id': 289632,
            'cost': 1000, 'actual_cost': 500, 'sale_unit_id': 216762, 'service_unit_id': 216762, 'unit_equals': 100,
            'critical_amount': 1, 'desired_amount': 1, 'netto': 200, 'brutto': 250, 'comment': 'Test comment 123',
            'tax_variant': 0, 'vat_id': 3, 'correction_rules': [{'type': 1, 'base_unit': 'service'}, {'type': 2,
            'base_unit': 'service'}, {'type': 3, 'base_unit': 'sale'}, {'type': 4, 'base_unit': 'sale'}, {'type': 5,
            'base_unit': 'sale'}]}

    Attributes:
        title (str): Product Name
        category_id (int): Product category ID
        sale_unit_id (int): Sales unit
        service_unit_id (int): Write-off unit
        print_title (str | Unset): Title to be printed on receipt
        article (str | Unset): vendor code
        barcode (str | Unset): Barcode
        cost (float | Unset): Selling price
        actual_cost (float | Unset): Cost price
        unit_equals (float | Unset): The ratio of the unit of measure for sale to the unit of measure for write-off
        critical_amount (float | Unset): critical residue
        desired_amount (float | Unset): Desired balance
        netto (float | Unset): Net weight
        brutto (float | Unset): Gross weight
        comment (str | Unset): A comment
        tax_variant (int | Unset): Taxation system
        vat_id (int | Unset): VAT
        correction_rules (list[UpdateProductBodyCorrectionRulesItem] | Unset): An array of rules for converting units of
            measurement (required if there are inventory operations for the product)
    """

    title: str
    category_id: int
    sale_unit_id: int
    service_unit_id: int
    print_title: str | Unset = UNSET
    article: str | Unset = UNSET
    barcode: str | Unset = UNSET
    cost: float | Unset = UNSET
    actual_cost: float | Unset = UNSET
    unit_equals: float | Unset = UNSET
    critical_amount: float | Unset = UNSET
    desired_amount: float | Unset = UNSET
    netto: float | Unset = UNSET
    brutto: float | Unset = UNSET
    comment: str | Unset = UNSET
    tax_variant: int | Unset = UNSET
    vat_id: int | Unset = UNSET
    correction_rules: list[UpdateProductBodyCorrectionRulesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        title = self.title
        if type(title) is not str:
            title = _fields.write_string(title, "title")
        field_dict["title"] = title

        category_id = self.category_id
        if type(category_id) is not int:
            category_id = _fields.write_integer(category_id, "category_id")
        field_dict["category_id"] = category_id

        sale_unit_id = self.sale_unit_id
        if type(sale_unit_id) is not int:
            sale_unit_id = _fields.write_integer(sale_unit_id, "sale_unit_id")
        field_dict["sale_unit_id"] = sale_unit_id

        service_unit_id = self.service_unit_id
        if type(service_unit_id) is not int:
            service_unit_id = _fields.write_integer(service_unit_id, "service_unit_id")
        field_dict["service_unit_id"] = service_unit_id

        print_title = self.print_title
        if type(print_title) is not str and print_title is not UNSET:
            print_title = _fields.write_string(print_title, "print_title")
        if print_title is not UNSET:
            field_dict["print_title"] = print_title

        article = self.article
        if type(article) is not str and article is not UNSET:
            article = _fields.write_string(article, "article")
        if article is not UNSET:
            field_dict["article"] = article

        barcode = self.barcode
        if type(barcode) is not str and barcode is not UNSET:
            barcode = _fields.write_string(barcode, "barcode")
        if barcode is not UNSET:
            field_dict["barcode"] = barcode

        cost = self.cost
        if cost is not UNSET:
            field_dict["cost"] = _fields.write_number(cost, "cost")

        actual_cost = self.actual_cost
        if actual_cost is not UNSET:
            field_dict["actual_cost"] = _fields.write_number(actual_cost, "actual_cost")

        unit_equals = self.unit_equals
        if unit_equals is not UNSET:
            field_dict["unit_equals"] = _fields.write_number(unit_equals, "unit_equals")

        critical_amount = self.critical_amount
        if critical_amount is not UNSET:
            field_dict["critical_amount"] = _fields.write_number(critical_amount, "critical_amount")

        desired_amount = self.desired_amount
        if desired_amount is not UNSET:
            field_dict["desired_amount"] = _fields.write_number(desired_amount, "desired_amount")

        netto = self.netto
        if netto is not UNSET:
            field_dict["netto"] = _fields.write_number(netto, "netto")

        brutto = self.brutto
        if brutto is not UNSET:
            field_dict["brutto"] = _fields.write_number(brutto, "brutto")

        comment = self.comment
        if type(comment) is not str and comment is not UNSET:
            comment = _fields.write_string(comment, "comment")
        if comment is not UNSET:
            field_dict["comment"] = comment

        tax_variant = self.tax_variant
        if type(tax_variant) is not int and tax_variant is not UNSET:
            tax_variant = _fields.write_integer(tax_variant, "tax_variant")
        if tax_variant is not UNSET:
            field_dict["tax_variant"] = tax_variant

        vat_id = self.vat_id
        if type(vat_id) is not int and vat_id is not UNSET:
            vat_id = _fields.write_integer(vat_id, "vat_id")
        if vat_id is not UNSET:
            field_dict["vat_id"] = vat_id

        correction_rules = self.correction_rules
        if correction_rules is not UNSET:
            field_dict["correction_rules"] = _KIND_correction_rules.write_field(correction_rules, "correction_rules")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        title = _get("title", UNSET)
        if type(title) is not str:
            title = _fields.read_string(title, "title")

        category_id = _get("category_id", UNSET)
        if type(category_id) is not int:
            category_id = _fields.read_integer(category_id, "category_id")

        sale_unit_id = _get("sale_unit_id", UNSET)
        if type(sale_unit_id) is not int:
            sale_unit_id = _fields.read_integer(sale_unit_id, "sale_unit_id")

        service_unit_id = _get("service_unit_id", UNSET)
        if type(service_unit_id) is not int:
            service_unit_id = _fields.read_integer(service_unit_id, "service_unit_id")

        print_title = _get("print_title", UNSET)
        if type(print_title) is not str and print_title is not UNSET:
            print_title = _fields.read_string(print_title, "print_title")

        article = _get("article", UNSET)
        if type(article) is not str and article is not UNSET:
            article = _fields.read_string(article, "article")

        barcode = _get("barcode", UNSET)
        if type(barcode) is not str and barcode is not UNSET:
            barcode = _fields.read_string(barcode, "barcode")

        cost = _get("cost", UNSET)
        if type(cost) is not float and type(cost) is not int and cost is not UNSET:
            cost = _fields.read_number(cost, "cost")

        actual_cost = _get("actual_cost", UNSET)
        if type(actual_cost) is not float and type(actual_cost) is not int and actual_cost is not UNSET:
            actual_cost = _fields.read_number(actual_cost, "actual_cost")

        unit_equals = _get("unit_equals", UNSET)
        if type(unit_equals) is not float and type(unit_equals) is not int and unit_equals is not UNSET:
            unit_equals = _fields.read_number(unit_equals, "unit_equals")

        critical_amount = _get("critical_amount", UNSET)
        if type(critical_amount) is not float and type(critical_amount) is not int and critical_amount is not UNSET:
            critical_amount = _fields.read_number(critical_amount, "critical_amount")

        desired_amount = _get("desired_amount", UNSET)
        if type(desired_amount) is not float and type(desired_amount) is not int and desired_amount is not UNSET:
            desired_amount = _fields.read_number(desired_amount, "desired_amount")

        netto = _get("netto", UNSET)
        if type(netto) is not float and type(netto) is not int and netto is not UNSET:
            netto = _fields.read_number(netto, "netto")

        brutto = _get("brutto", UNSET)
        if type(brutto) is not float and type(brutto) is not int and brutto is not UNSET:
            brutto = _fields.read_number(brutto, "brutto")

        comment = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = _fields.read_string(comment, "comment")

        tax_variant = _get("tax_variant", UNSET)
        if type(tax_variant) is not int and tax_variant is not UNSET:
            tax_variant = _fields.read_integer(tax_variant, "tax_variant")

        vat_id = _get("vat_id", UNSET)
        if type(vat_id) is not int and vat_id is not UNSET:
            vat_id = _fields.read_integer(vat_id, "vat_id")

        correction_rules = _get("correction_rules", UNSET)
        if correction_rules is not UNSET:
            correction_rules = _KIND_correction_rules.read_field(correction_rules, "correction_rules")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.title = title
        _model.category_id = category_id
        _model.sale_unit_id = sale_unit_id
        _model.service_unit_id = service_unit_id
        _model.print_title = print_title
        _model.article = article
        _model.barcode = barcode
        _model.cost = cost
        _model.actual_cost = actual_cost
        _model.unit_equals = unit_equals
        _model.critical_amount = critical_amount
        _model.desired_amount = desired_amount
        _model.netto = netto
        _model.brutto = brutto
        _model.comment = comment
        _model.tax_variant = tax_variant
        _model.vat_id = vat_id
        _model.correction_rules = correction_rules
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not UpdateProductBody:
            _fields.init_added_fields(_model, UpdateProductBody)
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
