from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_product_body_correction_rules_item import UpdateProductBodyCorrectionRulesItem


T = TypeVar("T", bound="UpdateProductBody")


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
        title = self.title

        category_id = self.category_id

        sale_unit_id = self.sale_unit_id

        service_unit_id = self.service_unit_id

        print_title = self.print_title

        article = self.article

        barcode = self.barcode

        cost = self.cost

        actual_cost = self.actual_cost

        unit_equals = self.unit_equals

        critical_amount = self.critical_amount

        desired_amount = self.desired_amount

        netto = self.netto

        brutto = self.brutto

        comment = self.comment

        tax_variant = self.tax_variant

        vat_id = self.vat_id

        correction_rules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.correction_rules, Unset):
            correction_rules = []
            for correction_rules_item_data in self.correction_rules:
                correction_rules_item = correction_rules_item_data.to_dict()
                correction_rules.append(correction_rules_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "category_id": category_id,
                "sale_unit_id": sale_unit_id,
                "service_unit_id": service_unit_id,
            }
        )
        if print_title is not UNSET:
            field_dict["print_title"] = print_title
        if article is not UNSET:
            field_dict["article"] = article
        if barcode is not UNSET:
            field_dict["barcode"] = barcode
        if cost is not UNSET:
            field_dict["cost"] = cost
        if actual_cost is not UNSET:
            field_dict["actual_cost"] = actual_cost
        if unit_equals is not UNSET:
            field_dict["unit_equals"] = unit_equals
        if critical_amount is not UNSET:
            field_dict["critical_amount"] = critical_amount
        if desired_amount is not UNSET:
            field_dict["desired_amount"] = desired_amount
        if netto is not UNSET:
            field_dict["netto"] = netto
        if brutto is not UNSET:
            field_dict["brutto"] = brutto
        if comment is not UNSET:
            field_dict["comment"] = comment
        if tax_variant is not UNSET:
            field_dict["tax_variant"] = tax_variant
        if vat_id is not UNSET:
            field_dict["vat_id"] = vat_id
        if correction_rules is not UNSET:
            field_dict["correction_rules"] = correction_rules

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_product_body_correction_rules_item import UpdateProductBodyCorrectionRulesItem  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title")

        category_id = d.pop("category_id")

        sale_unit_id = d.pop("sale_unit_id")

        service_unit_id = d.pop("service_unit_id")

        print_title = d.pop("print_title", UNSET)

        article = d.pop("article", UNSET)

        barcode = d.pop("barcode", UNSET)

        cost = d.pop("cost", UNSET)

        actual_cost = d.pop("actual_cost", UNSET)

        unit_equals = d.pop("unit_equals", UNSET)

        critical_amount = d.pop("critical_amount", UNSET)

        desired_amount = d.pop("desired_amount", UNSET)

        netto = d.pop("netto", UNSET)

        brutto = d.pop("brutto", UNSET)

        comment = d.pop("comment", UNSET)

        tax_variant = d.pop("tax_variant", UNSET)

        vat_id = d.pop("vat_id", UNSET)

        _correction_rules = d.pop("correction_rules", UNSET)
        correction_rules: list[UpdateProductBodyCorrectionRulesItem] | Unset = UNSET
        if _correction_rules is not UNSET:
            correction_rules = []
            for correction_rules_item_data in _correction_rules:
                correction_rules_item = UpdateProductBodyCorrectionRulesItem.from_dict(correction_rules_item_data)

                correction_rules.append(correction_rules_item)

        _model = cls(
            title=title,
            category_id=category_id,
            sale_unit_id=sale_unit_id,
            service_unit_id=service_unit_id,
            print_title=print_title,
            article=article,
            barcode=barcode,
            cost=cost,
            actual_cost=actual_cost,
            unit_equals=unit_equals,
            critical_amount=critical_amount,
            desired_amount=desired_amount,
            netto=netto,
            brutto=brutto,
            comment=comment,
            tax_variant=tax_variant,
            vat_id=vat_id,
            correction_rules=correction_rules,
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
