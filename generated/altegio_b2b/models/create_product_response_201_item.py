from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_product_response_201_item_actual_amounts_item import (
        CreateProductResponse201ItemActualAmountsItem,
    )


T = TypeVar("T", bound="CreateProductResponse201Item")


@_attrs_define
class CreateProductResponse201Item:
    """Product data object

    Attributes:
        title (str | Unset): Name of product
        value (str | Unset): Name of product
        label (str | Unset): Product name with article number (if any)
        good_id (int | Unset): Product ID
        cost (float | Unset): Selling price
        unit_id (int | Unset): Sales Unit ID
        unit_short_title (str | Unset): Sales unit
        service_unit_id (int | Unset): ID of unit of measure to write off
        service_unit_short_title (str | Unset): Write-off unit
        actual_cost (float | Unset): Cost price
        unit_actual_cost (float | Unset): Unit cost
        unit_actual_cost_format (str | Unset): Unit cost format
        unit_equals (float | Unset): The ratio of the unit of measure for sale to the unit for write-off
        barcode (str | Unset): Barcode
        loyalty_abonement_type_id (int | Unset): Subscription type identifier (if the product is a membership)
        loyalty_certificate_type_id (int | Unset): Certificate type identifier (if the item is a certificate)
        loyalty_allow_empty_code (bool | float | Unset): Is it allowed to sell without a code (can be 0/1 or true/false)
        critical_amount (float | Unset): Critical residue
        desired_amount (float | Unset): Desired balance
        actual_amounts (list[CreateProductResponse201ItemActualAmountsItem] | Unset): Remaining stock
        last_change_date (datetime.datetime | Unset): The date the entity was last modified
    """

    title: str | Unset = UNSET
    value: str | Unset = UNSET
    label: str | Unset = UNSET
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
    critical_amount: float | Unset = UNSET
    desired_amount: float | Unset = UNSET
    actual_amounts: list[CreateProductResponse201ItemActualAmountsItem] | Unset = UNSET
    last_change_date: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        value = self.value

        label = self.label

        good_id = self.good_id

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

        loyalty_abonement_type_id = self.loyalty_abonement_type_id

        loyalty_certificate_type_id = self.loyalty_certificate_type_id

        loyalty_allow_empty_code: bool | float | Unset
        if isinstance(self.loyalty_allow_empty_code, Unset):
            loyalty_allow_empty_code = UNSET
        else:
            loyalty_allow_empty_code = self.loyalty_allow_empty_code

        critical_amount = self.critical_amount

        desired_amount = self.desired_amount

        actual_amounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.actual_amounts, Unset):
            actual_amounts = []
            for actual_amounts_item_data in self.actual_amounts:
                actual_amounts_item = actual_amounts_item_data.to_dict()
                actual_amounts.append(actual_amounts_item)

        last_change_date: str | Unset = UNSET
        if not isinstance(self.last_change_date, Unset):
            last_change_date = self.last_change_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if value is not UNSET:
            field_dict["value"] = value
        if label is not UNSET:
            field_dict["label"] = label
        if good_id is not UNSET:
            field_dict["good_id"] = good_id
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
        if loyalty_abonement_type_id is not UNSET:
            field_dict["loyalty_abonement_type_id"] = loyalty_abonement_type_id
        if loyalty_certificate_type_id is not UNSET:
            field_dict["loyalty_certificate_type_id"] = loyalty_certificate_type_id
        if loyalty_allow_empty_code is not UNSET:
            field_dict["loyalty_allow_empty_code"] = loyalty_allow_empty_code
        if critical_amount is not UNSET:
            field_dict["critical_amount"] = critical_amount
        if desired_amount is not UNSET:
            field_dict["desired_amount"] = desired_amount
        if actual_amounts is not UNSET:
            field_dict["actual_amounts"] = actual_amounts
        if last_change_date is not UNSET:
            field_dict["last_change_date"] = last_change_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_product_response_201_item_actual_amounts_item import (
            CreateProductResponse201ItemActualAmountsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        title = d.pop("title", UNSET)

        value = d.pop("value", UNSET)

        label = d.pop("label", UNSET)

        good_id = d.pop("good_id", UNSET)

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

        loyalty_abonement_type_id = d.pop("loyalty_abonement_type_id", UNSET)

        loyalty_certificate_type_id = d.pop("loyalty_certificate_type_id", UNSET)

        def _parse_loyalty_allow_empty_code(data: object) -> bool | float | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | float | Unset, data)

        loyalty_allow_empty_code = _parse_loyalty_allow_empty_code(d.pop("loyalty_allow_empty_code", UNSET))

        critical_amount = d.pop("critical_amount", UNSET)

        desired_amount = d.pop("desired_amount", UNSET)

        _actual_amounts = d.pop("actual_amounts", UNSET)
        actual_amounts: list[CreateProductResponse201ItemActualAmountsItem] | Unset = UNSET
        if _actual_amounts is not UNSET:
            actual_amounts = []
            for actual_amounts_item_data in _actual_amounts:
                actual_amounts_item = CreateProductResponse201ItemActualAmountsItem.from_dict(actual_amounts_item_data)

                actual_amounts.append(actual_amounts_item)

        _last_change_date = d.pop("last_change_date", UNSET)
        last_change_date: datetime.datetime | Unset
        if isinstance(_last_change_date, Unset):
            last_change_date = UNSET
        else:
            last_change_date = _timestamps.parse_datetime(_last_change_date)

        _model = cls(
            title=title,
            value=value,
            label=label,
            good_id=good_id,
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
            loyalty_abonement_type_id=loyalty_abonement_type_id,
            loyalty_certificate_type_id=loyalty_certificate_type_id,
            loyalty_allow_empty_code=loyalty_allow_empty_code,
            critical_amount=critical_amount,
            desired_amount=desired_amount,
            actual_amounts=actual_amounts,
            last_change_date=last_change_date,
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
