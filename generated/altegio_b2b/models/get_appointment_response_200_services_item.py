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
    from ..models.get_appointment_response_200_services_item_assistants_type_0_item import (
        GetAppointmentResponse200ServicesItemAssistantsType0Item,
    )
    from ..models.get_appointment_response_200_services_item_company_service_link import (
        GetAppointmentResponse200ServicesItemCompanyServiceLink,
    )
    from ..models.get_appointment_response_200_services_item_staff_service_link import (
        GetAppointmentResponse200ServicesItemStaffServiceLink,
    )


T = TypeVar("T", bound="GetAppointmentResponse200ServicesItem")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "title",
        "cost",
        "cost_to_pay",
        "manual_cost",
        "cost_per_unit",
        "discount",
        "first_cost",
        "amount",
        "assistants",
        "staff_service_link",
        "company_service_link",
    }
)
_EXTRA = _fields.ANY
_KIND_assistants = _fields.OneOf(
    _fields.ListOf(_fields.Model("GetAppointmentResponse200ServicesItemAssistantsType0Item")),
    _fields.NULL,
)


@_attrs_define
class GetAppointmentResponse200ServicesItem:
    """
    Attributes:
        id (int | Unset): Service ID
        title (str | Unset): Service name
        cost (float | Unset): The total cost of the service
        cost_to_pay (float | Unset): Amount to pay (cost minus discounts/deposits)
        manual_cost (float | Unset): Manual price
        cost_per_unit (float | Unset): Unit cost
        discount (float | Unset): Discount
        first_cost (float | Unset): Initial cost of the service (excluding discounts)
        amount (float | Unset): Quantity
        assistants (list[GetAppointmentResponse200ServicesItemAssistantsType0Item] | None | Unset): Array of assistant
            team members for this service
        staff_service_link (GetAppointmentResponse200ServicesItemStaffServiceLink | Unset): Team member service link
            configuration
        company_service_link (GetAppointmentResponse200ServicesItemCompanyServiceLink | Unset): Location service link
            configuration
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    cost: float | Unset = UNSET
    cost_to_pay: float | Unset = UNSET
    manual_cost: float | Unset = UNSET
    cost_per_unit: float | Unset = UNSET
    discount: float | Unset = UNSET
    first_cost: float | Unset = UNSET
    amount: float | Unset = UNSET
    assistants: list[GetAppointmentResponse200ServicesItemAssistantsType0Item] | None | Unset = UNSET
    staff_service_link: GetAppointmentResponse200ServicesItemStaffServiceLink | Unset = UNSET
    company_service_link: GetAppointmentResponse200ServicesItemCompanyServiceLink | Unset = UNSET
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

        cost = self.cost
        if cost is not UNSET:
            field_dict["cost"] = _fields.write_number(cost, "cost")

        cost_to_pay = self.cost_to_pay
        if cost_to_pay is not UNSET:
            field_dict["cost_to_pay"] = _fields.write_number(cost_to_pay, "cost_to_pay")

        manual_cost = self.manual_cost
        if manual_cost is not UNSET:
            field_dict["manual_cost"] = _fields.write_number(manual_cost, "manual_cost")

        cost_per_unit = self.cost_per_unit
        if cost_per_unit is not UNSET:
            field_dict["cost_per_unit"] = _fields.write_number(cost_per_unit, "cost_per_unit")

        discount = self.discount
        if discount is not UNSET:
            field_dict["discount"] = _fields.write_number(discount, "discount")

        first_cost = self.first_cost
        if first_cost is not UNSET:
            field_dict["first_cost"] = _fields.write_number(first_cost, "first_cost")

        amount = self.amount
        if amount is not UNSET:
            field_dict["amount"] = _fields.write_number(amount, "amount")

        assistants = self.assistants
        if assistants is not UNSET:
            field_dict["assistants"] = _KIND_assistants.write_field(assistants, "assistants")

        staff_service_link = self.staff_service_link
        if staff_service_link is not UNSET:
            field_dict["staff_service_link"] = _fields.write_model(
                staff_service_link, _models.GetAppointmentResponse200ServicesItemStaffServiceLink, "staff_service_link"
            )

        company_service_link = self.company_service_link
        if company_service_link is not UNSET:
            field_dict["company_service_link"] = _fields.write_model(
                company_service_link,
                _models.GetAppointmentResponse200ServicesItemCompanyServiceLink,
                "company_service_link",
            )

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

        cost = _get("cost", UNSET)
        if type(cost) is not float and type(cost) is not int and cost is not UNSET:
            cost = _fields.read_number(cost, "cost")

        cost_to_pay = _get("cost_to_pay", UNSET)
        if type(cost_to_pay) is not float and type(cost_to_pay) is not int and cost_to_pay is not UNSET:
            cost_to_pay = _fields.read_number(cost_to_pay, "cost_to_pay")

        manual_cost = _get("manual_cost", UNSET)
        if type(manual_cost) is not float and type(manual_cost) is not int and manual_cost is not UNSET:
            manual_cost = _fields.read_number(manual_cost, "manual_cost")

        cost_per_unit = _get("cost_per_unit", UNSET)
        if type(cost_per_unit) is not float and type(cost_per_unit) is not int and cost_per_unit is not UNSET:
            cost_per_unit = _fields.read_number(cost_per_unit, "cost_per_unit")

        discount = _get("discount", UNSET)
        if type(discount) is not float and type(discount) is not int and discount is not UNSET:
            discount = _fields.read_number(discount, "discount")

        first_cost = _get("first_cost", UNSET)
        if type(first_cost) is not float and type(first_cost) is not int and first_cost is not UNSET:
            first_cost = _fields.read_number(first_cost, "first_cost")

        amount = _get("amount", UNSET)
        if type(amount) is not float and type(amount) is not int and amount is not UNSET:
            amount = _fields.read_number(amount, "amount")

        assistants = _get("assistants", UNSET)
        if assistants is not UNSET:
            assistants = _KIND_assistants.read_field(assistants, "assistants")

        staff_service_link = _get("staff_service_link", UNSET)
        if staff_service_link is not UNSET:
            try:
                staff_service_link = _models.GetAppointmentResponse200ServicesItemStaffServiceLink.from_dict(
                    staff_service_link
                )
            except _FieldError as _error:
                raise _error.within("staff_service_link")

        company_service_link = _get("company_service_link", UNSET)
        if company_service_link is not UNSET:
            try:
                company_service_link = _models.GetAppointmentResponse200ServicesItemCompanyServiceLink.from_dict(
                    company_service_link
                )
            except _FieldError as _error:
                raise _error.within("company_service_link")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.title = title
        _model.cost = cost
        _model.cost_to_pay = cost_to_pay
        _model.manual_cost = manual_cost
        _model.cost_per_unit = cost_per_unit
        _model.discount = discount
        _model.first_cost = first_cost
        _model.amount = amount
        _model.assistants = assistants
        _model.staff_service_link = staff_service_link
        _model.company_service_link = company_service_link
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetAppointmentResponse200ServicesItem:
            _fields.init_added_fields(_model, GetAppointmentResponse200ServicesItem)
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
