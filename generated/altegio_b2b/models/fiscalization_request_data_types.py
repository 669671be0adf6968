from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
from ..models.fiscalization_request_data_types_type import FiscalizationRequestDataTypesType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fiscalization_request_data_types_cashier import FiscalizationRequestDataTypesCashier
    from ..models.fiscalization_request_data_types_customer import FiscalizationRequestDataTypesCustomer
    from ..models.fiscalization_request_data_types_payments_item import FiscalizationRequestDataTypesPaymentsItem
    from ..models.fiscalization_request_data_types_pos import FiscalizationRequestDataTypesPos
    from ..models.fiscalization_request_data_types_positions_item import FiscalizationRequestDataTypesPositionsItem


T = TypeVar("T", bound="FiscalizationRequestDataTypes")


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
        id = self.id

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        document_id = self.document_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        print_receipt = self.print_receipt

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        positions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.positions, Unset):
            positions = []
            for positions_item_data in self.positions:
                positions_item = positions_item_data.to_dict()
                positions.append(positions_item)

        payments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payments, Unset):
            payments = []
            for payments_item_data in self.payments:
                payments_item = payments_item_data.to_dict()
                payments.append(payments_item)

        tax = self.tax

        cashier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cashier, Unset):
            cashier = self.cashier.to_dict()

        pos: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pos, Unset):
            pos = self.pos.to_dict()

        callback_url = self.callback_url

        custom_text = self.custom_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if date is not UNSET:
            field_dict["date"] = date
        if document_id is not UNSET:
            field_dict["document_id"] = document_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if print_receipt is not UNSET:
            field_dict["print_receipt"] = print_receipt
        if customer is not UNSET:
            field_dict["customer"] = customer
        if positions is not UNSET:
            field_dict["positions"] = positions
        if payments is not UNSET:
            field_dict["payments"] = payments
        if tax is not UNSET:
            field_dict["tax"] = tax
        if cashier is not UNSET:
            field_dict["cashier"] = cashier
        if pos is not UNSET:
            field_dict["pos"] = pos
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if custom_text is not UNSET:
            field_dict["custom_text"] = custom_text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fiscalization_request_data_types_cashier import FiscalizationRequestDataTypesCashier  # noqa: PLC0415
        from ..models.fiscalization_request_data_types_customer import FiscalizationRequestDataTypesCustomer  # noqa: PLC0415
        from ..models.fiscalization_request_data_types_payments_item import FiscalizationRequestDataTypesPaymentsItem  # noqa: PLC0415
        from ..models.fiscalization_request_data_types_pos import FiscalizationRequestDataTypesPos  # noqa: PLC0415
        from ..models.fiscalization_request_data_types_positions_item import FiscalizationRequestDataTypesPositionsItem  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _date = d.pop("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = _timestamps.parse_datetime(_date)

        document_id = d.pop("document_id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: FiscalizationRequestDataTypesType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = FiscalizationRequestDataTypesType(_type_)

        print_receipt = d.pop("print_receipt", UNSET)

        _customer = d.pop("customer", UNSET)
        customer: FiscalizationRequestDataTypesCustomer | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = FiscalizationRequestDataTypesCustomer.from_dict(_customer)

        _positions = d.pop("positions", UNSET)
        positions: list[FiscalizationRequestDataTypesPositionsItem] | Unset = UNSET
        if _positions is not UNSET:
            positions = []
            for positions_item_data in _positions:
                positions_item = FiscalizationRequestDataTypesPositionsItem.from_dict(positions_item_data)

                positions.append(positions_item)

        _payments = d.pop("payments", UNSET)
        payments: list[FiscalizationRequestDataTypesPaymentsItem] | Unset = UNSET
        if _payments is not UNSET:
            payments = []
            for payments_item_data in _payments:
                payments_item = FiscalizationRequestDataTypesPaymentsItem.from_dict(payments_item_data)

                payments.append(payments_item)

        tax = d.pop("tax", UNSET)

        _cashier = d.pop("cashier", UNSET)
        cashier: FiscalizationRequestDataTypesCashier | Unset
        if isinstance(_cashier, Unset):
            cashier = UNSET
        else:
            cashier = FiscalizationRequestDataTypesCashier.from_dict(_cashier)

        _pos = d.pop("pos", UNSET)
        pos: FiscalizationRequestDataTypesPos | Unset
        if isinstance(_pos, Unset):
            pos = UNSET
        else:
            pos = FiscalizationRequestDataTypesPos.from_dict(_pos)

        callback_url = d.pop("callback_url", UNSET)

        custom_text = d.pop("custom_text", UNSET)

        _model = cls(
            id=id,
            date=date,
            document_id=document_id,
            type_=type_,
            print_receipt=print_receipt,
            customer=customer,
            positions=positions,
            payments=payments,
            tax=tax,
            cashier=cashier,
            pos=pos,
            callback_url=callback_url,
            custom_text=custom_text,
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
