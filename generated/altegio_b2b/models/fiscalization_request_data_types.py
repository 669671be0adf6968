from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._runtime import fields as _fields
from .._runtime.errors import FieldError as _FieldError
from ..models.fiscalization_request_data_types_type import FiscalizationRequestDataTypesType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fiscalization_request_data_types_cashier import FiscalizationRequestDataTypesCashier
    from ..models.fiscalization_request_data_types_customer import FiscalizationRequestDataTypesCustomer
    from ..models.fiscalization_request_data_types_payments_item import FiscalizationRequestDataTypesPaymentsItem
    from ..models.fiscalization_request_data_types_pos import FiscalizationRequestDataTypesPos
    from ..models.fiscalization_request_data_types_positions_item import FiscalizationRequestDataTypesPositionsItem


T = TypeVar("T", bound="FiscalizationRequestDataTypes")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "date",
        "document_id",
        "type",
        "print_receipt",
        "customer",
        "positions",
        "payments",
        "tax",
        "cashier",
        "pos",
        "callback_url",
        "custom_text",
    }
)
_EXTRA = _fields.ANY
_KIND_type_ = _fields.EnumOf("FiscalizationRequestDataTypesType", _fields.STRING)
_KIND_positions = _fields.ListOf(_fields.Model("FiscalizationRequestDataTypesPositionsItem"))
_KIND_payments = _fields.ListOf(_fields.Model("FiscalizationRequestDataTypesPaymentsItem"))


@_attrs_define
class FiscalizationRequestDataTypes:
    """Example of a request for fiscalization of a document

    Example:
        {'id': 'd72fece5-6825-4895-9395-0133195612a4', 'date': '2026-09-21T23:00:00.000-05:00', 'document_id':
            239083104, 'type': 'sale', 'print_receipt': True, 'customer': {'email': 'customer@example.com', 'phone':
            '+13155550175'}, 'positions': [{'type': 'service', 'title': 'Consultation', 'price': 13.19, 'quantity': 1,
            'discount_amount': 2.54, 'vat': 'ru_vat_10', 'payment_method': 'payment', 'barcode': '12345'}], 'payments':
            [{'type': 'card', 'sum': 5.55}, {'type': 'cash', 'sum': 4.55}, {'type': 'prepaid', 'sum': 0.55}], 'tax':
            'ru_osn', 'cashier': {'uid': '4895-9395-0133195612a4', 'name': 'John Smith', 'position': 'Cashier'}, 'pos':
            {'enabled': True, 'slip_count': 2}, 'callback_url': 'https://app.alteg.io/api/v1/integration/kkm/callback/',
            'custom_text': 'some custom text'}

    Attributes:
        id (str | Unset): Unique ID of the sales document
        date (datetime.datetime | Unset): Date and time the document was sent for printing (in ISO-8601 format)
        document_id (int | Unset): Internal document identifier in the Altegio system
        type_ (FiscalizationRequestDataTypesType | Unset): Document type (list of possible values)
        print_receipt (bool | Unset): Whether to print a paper check at the checkout during fiscalization
        customer (FiscalizationRequestDataTypesCustomer | Unset): Client entity
        positions (list[FiscalizationRequestDataTypesPositionsItem] | Unset): List of positions in the check
        payments (list[FiscalizationRequestDataTypesPaymentsItem] | Unset): List of fees applied per check
        tax (str | Unset): Type of taxation system (slug from the list of taxation systems)
        cashier (FiscalizationRequestDataTypesCashier | Unset): The Essence of a Cashier
        pos (FiscalizationRequestDataTypesPos | Unset): Options for the connected POS terminal
        callback_url (str | Unset): Link to update fiscal status
        custom_text (str | Unset): Arbitrary text for printing on a receipt
    """

    id: str | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    document_id: int | Unset = UNSET
    type_: FiscalizationRequestDataTypesType | Unset = UNSET
    print_receipt: bool | Unset = UNSET
    customer: FiscalizationRequestDataTypesCustomer | Unset = UNSET
    positions: list[FiscalizationRequestDataTypesPositionsItem] | Unset = UNSET
    payments: list[FiscalizationRequestDataTypesPaymentsItem] | Unset = UNSET
    tax: str | Unset = UNSET
    cashier: FiscalizationRequestDataTypesCashier | Unset = UNSET
    pos: FiscalizationRequestDataTypesPos | Unset = UNSET
    callback_url: str | Unset = UNSET
    custom_text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not str and id is not UNSET:
            id = _fields.write_string(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        date = self.date
        if date is not UNSET:
            field_dict["date"] = _fields.write_datetime(date, "date")

        document_id = self.document_id
        if type(document_id) is not int and document_id is not UNSET:
            document_id = _fields.write_integer(document_id, "document_id")
        if document_id is not UNSET:
            field_dict["document_id"] = document_id

        type_ = self.type_
        if type_ is not UNSET:
            field_dict["type"] = _KIND_type_.write_field(type_, "type_")

        print_receipt = self.print_receipt
        if type(print_receipt) is not bool and print_receipt is not UNSET:
            print_receipt = _fields.write_boolean(print_receipt, "print_receipt")
        if print_receipt is not UNSET:
            field_dict["print_receipt"] = print_receipt

        customer = self.customer
        if customer is not UNSET:
            field_dict["customer"] = _fields.write_model(
                customer, _models.FiscalizationRequestDataTypesCustomer, "customer"
            )

        positions = self.positions
        if positions is not UNSET:
            field_dict["positions"] = _KIND_positions.write_field(positions, "positions")

        payments = self.payments
        if payments is not UNSET:
            field_dict["payments"] = _KIND_payments.write_field(payments, "payments")

        tax = self.tax
        if type(tax) is not str and tax is not UNSET:
            tax = _fields.write_string(tax, "tax")
        if tax is not UNSET:
            field_dict["tax"] = tax

        cashier = self.cashier
        if cashier is not UNSET:
            field_dict["cashier"] = _fields.write_model(
                cashier, _models.FiscalizationRequestDataTypesCashier, "cashier"
            )

        pos = self.pos
        if pos is not UNSET:
            field_dict["pos"] = _fields.write_model(pos, _models.FiscalizationRequestDataTypesPos, "pos")

        callback_url = self.callback_url
        if type(callback_url) is not str and callback_url is not UNSET:
            callback_url = _fields.write_string(callback_url, "callback_url")
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url

        custom_text = self.custom_text
        if type(custom_text) is not str and custom_text is not UNSET:
            custom_text = _fields.write_string(custom_text, "custom_text")
        if custom_text is not UNSET:
            field_dict["custom_text"] = custom_text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not str and id is not UNSET:
            id = _fields.read_string(id, "id")

        date = _get("date", UNSET)
        if date is not UNSET:
            try:
                date = _fields.datetime_fromisoformat(date)
            except (TypeError, ValueError):
                date = _fields.read_datetime(date, "date")

        document_id = _get("document_id", UNSET)
        if type(document_id) is not int and document_id is not UNSET:
            document_id = _fields.read_integer(document_id, "document_id")

        type_ = _get("type", UNSET)
        if type_ is not UNSET:
            type_ = _KIND_type_.read_field(type_, "type")

        print_receipt = _get("print_receipt", UNSET)
        if type(print_receipt) is not bool and print_receipt is not UNSET:
            print_receipt = _fields.read_boolean(print_receipt, "print_receipt")

        customer = _get("customer", UNSET)
        if customer is not UNSET:
            try:
                customer = _models.FiscalizationRequestDataTypesCustomer.from_dict(customer)
            except _FieldError as _error:
                raise _error.within("customer")

        positions = _get("positions", UNSET)
        if positions is not UNSET:
            positions = _KIND_positions.read_field(positions, "positions")

        payments = _get("payments", UNSET)
        if payments is not UNSET:
            payments = _KIND_payments.read_field(payments, "payments")

        tax = _get("tax", UNSET)
        if type(tax) is not str and tax is not UNSET:
            tax = _fields.read_string(tax, "tax")

        cashier = _get("cashier", UNSET)
        if cashier is not UNSET:
            try:
                cashier = _models.FiscalizationRequestDataTypesCashier.from_dict(cashier)
            except _FieldError as _error:
                raise _error.within("cashier")

        pos = _get("pos", UNSET)
        if pos is not UNSET:
            try:
                pos = _models.FiscalizationRequestDataTypesPos.from_dict(pos)
            except _FieldError as _error:
                raise _error.within("pos")

        callback_url = _get("callback_url", UNSET)
        if type(callback_url) is not str and callback_url is not UNSET:
            callback_url = _fields.read_string(callback_url, "callback_url")

        custom_text = _get("custom_text", UNSET)
        if type(custom_text) is not str and custom_text is not UNSET:
            custom_text = _fields.read_string(custom_text, "custom_text")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.date = date
        _model.document_id = document_id
        _model.type_ = type_
        _model.print_receipt = print_receipt
        _model.customer = customer
        _model.positions = positions
        _model.payments = payments
        _model.tax = tax
        _model.cashier = cashier
        _model.pos = pos
        _model.callback_url = callback_url
        _model.custom_text = custom_text
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not FiscalizationRequestDataTypes:
            _fields.init_added_fields(_model, FiscalizationRequestDataTypes)
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
