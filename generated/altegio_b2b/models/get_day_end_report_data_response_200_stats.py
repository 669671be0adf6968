from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetDayEndReportDataResponse200Stats")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "clients",
        "clients_average",
        "records",
        "records_average",
        "visit_records",
        "visit_records_average",
        "non_visit_records",
        "non_visit_records_average",
        "targets",
        "targets_paid",
        "goods",
        "goods_paid",
        "certificates",
        "certificates_paid",
        "abonement",
        "abonement_paid",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class GetDayEndReportDataResponse200Stats:
    """general Statistics

    Attributes:
        clients (int | Unset): Number of clients
        clients_average (float | Unset): Average payment per customer
        records (int | Unset): Number of records
        records_average (float | Unset): Average pay per appointment
        visit_records (int | Unset): Number of records with clients
        visit_records_average (float | Unset): Average payment for records with clients
        non_visit_records (int | Unset): Number of appointments without clients
        non_visit_records_average (int | Unset): Average billing for records without clients
        targets (int | Unset): Number of services
        targets_paid (int | Unset): Payment for services
        goods (int | Unset): Number of products
        goods_paid (float | Unset): Payment by products
        certificates (int | Unset): Number of certificates
        certificates_paid (int | Unset): Payment for certificates
        abonement (int | Unset): Number of subscriptions
        abonement_paid (int | Unset): Subscription payment
    """

    clients: int | Unset = UNSET
    clients_average: float | Unset = UNSET
    records: int | Unset = UNSET
    records_average: float | Unset = UNSET
    visit_records: int | Unset = UNSET
    visit_records_average: float | Unset = UNSET
    non_visit_records: int | Unset = UNSET
    non_visit_records_average: int | Unset = UNSET
    targets: int | Unset = UNSET
    targets_paid: int | Unset = UNSET
    goods: int | Unset = UNSET
    goods_paid: float | Unset = UNSET
    certificates: int | Unset = UNSET
    certificates_paid: int | Unset = UNSET
    abonement: int | Unset = UNSET
    abonement_paid: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        clients = self.clients
        if type(clients) is not int and clients is not UNSET:
            clients = _fields.write_integer(clients, "clients")
        if clients is not UNSET:
            field_dict["clients"] = clients

        clients_average = self.clients_average
        if clients_average is not UNSET:
            field_dict["clients_average"] = _fields.write_number(clients_average, "clients_average")

        records = self.records
        if type(records) is not int and records is not UNSET:
            records = _fields.write_integer(records, "records")
        if records is not UNSET:
            field_dict["records"] = records

        records_average = self.records_average
        if records_average is not UNSET:
            field_dict["records_average"] = _fields.write_number(records_average, "records_average")

        visit_records = self.visit_records
        if type(visit_records) is not int and visit_records is not UNSET:
            visit_records = _fields.write_integer(visit_records, "visit_records")
        if visit_records is not UNSET:
            field_dict["visit_records"] = visit_records

        visit_records_average = self.visit_records_average
        if visit_records_average is not UNSET:
            field_dict["visit_records_average"] = _fields.write_number(visit_records_average, "visit_records_average")

        non_visit_records = self.non_visit_records
        if type(non_visit_records) is not int and non_visit_records is not UNSET:
            non_visit_records = _fields.write_integer(non_visit_records, "non_visit_records")
        if non_visit_records is not UNSET:
            field_dict["non_visit_records"] = non_visit_records

        non_visit_records_average = self.non_visit_records_average
        if type(non_visit_records_average) is not int and non_visit_records_average is not UNSET:
            non_visit_records_average = _fields.write_integer(non_visit_records_average, "non_visit_records_average")
        if non_visit_records_average is not UNSET:
            field_dict["non_visit_records_average"] = non_visit_records_average

        targets = self.targets
        if type(targets) is not int and targets is not UNSET:
            targets = _fields.write_integer(targets, "targets")
        if targets is not UNSET:
            field_dict["targets"] = targets

        targets_paid = self.targets_paid
        if type(targets_paid) is not int and targets_paid is not UNSET:
            targets_paid = _fields.write_integer(targets_paid, "targets_paid")
        if targets_paid is not UNSET:
            field_dict["targets_paid"] = targets_paid

        goods = self.goods
        if type(goods) is not int and goods is not UNSET:
            goods = _fields.write_integer(goods, "goods")
        if goods is not UNSET:
            field_dict["goods"] = goods

        goods_paid = self.goods_paid
        if goods_paid is not UNSET:
            field_dict["goods_paid"] = _fields.write_number(goods_paid, "goods_paid")

        certificates = self.certificates
        if type(certificates) is not int and certificates is not UNSET:
            certificates = _fields.write_integer(certificates, "certificates")
        if certificates is not UNSET:
            field_dict["certificates"] = certificates

        certificates_paid = self.certificates_paid
        if type(certificates_paid) is not int and certificates_paid is not UNSET:
            certificates_paid = _fields.write_integer(certificates_paid, "certificates_paid")
        if certificates_paid is not UNSET:
            field_dict["certificates_paid"] = certificates_paid

        abonement = self.abonement
        if type(abonement) is not int and abonement is not UNSET:
            abonement = _fields.write_integer(abonement, "abonement")
        if abonement is not UNSET:
            field_dict["abonement"] = abonement

        abonement_paid = self.abonement_paid
        if type(abonement_paid) is not int and abonement_paid is not UNSET:
            abonement_paid = _fields.write_integer(abonement_paid, "abonement_paid")
        if abonement_paid is not UNSET:
            field_dict["abonement_paid"] = abonement_paid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        clients = _get("clients", UNSET)
        if type(clients) is not int and clients is not UNSET:
            clients = _fields.read_integer(clients, "clients")

        clients_average = _get("clients_average", UNSET)
        if type(clients_average) is not float and type(clients_average) is not int and clients_average is not UNSET:
            clients_average = _fields.read_number(clients_average, "clients_average")

        records = _get("records", UNSET)
        if type(records) is not int and records is not UNSET:
            records = _fields.read_integer(records, "records")

        records_average = _get("records_average", UNSET)
        if type(records_average) is not float and type(records_average) is not int and records_average is not UNSET:
            records_average = _fields.read_number(records_average, "records_average")

        visit_records = _get("visit_records", UNSET)
        if type(visit_records) is not int and visit_records is not UNSET:
            visit_records = _fields.read_integer(visit_records, "visit_records")

        visit_records_average = _get("visit_records_average", UNSET)
        if (
            type(visit_records_average) is not float
            and type(visit_records_average) is not int
            and visit_records_average is not UNSET
        ):
            visit_records_average = _fields.read_number(visit_records_average, "visit_records_average")

        non_visit_records = _get("non_visit_records", UNSET)
        if type(non_visit_records) is not int and non_visit_records is not UNSET:
            non_visit_records = _fields.read_integer(non_visit_records, "non_visit_records")

        non_visit_records_average = _get("non_visit_records_average", UNSET)
        if type(non_visit_records_average) is not int and non_visit_records_average is not UNSET:
            non_visit_records_average = _fields.read_integer(non_visit_records_average, "non_visit_records_average")

        targets = _get("targets", UNSET)
        if type(targets) is not int and targets is not UNSET:
            targets = _fields.read_integer(targets, "targets")

        targets_paid = _get("targets_paid", UNSET)
        if type(targets_paid) is not int and targets_paid is not UNSET:
            targets_paid = _fields.read_integer(targets_paid, "targets_paid")

        goods = _get("goods", UNSET)
        if type(goods) is not int and goods is not UNSET:
            goods = _fields.read_integer(goods, "goods")

        goods_paid = _get("goods_paid", UNSET)
        if type(goods_paid) is not float and type(goods_paid) is not int and goods_paid is not UNSET:
            goods_paid = _fields.read_number(goods_paid, "goods_paid")

        certificates = _get("certificates", UNSET)
        if type(certificates) is not int and certificates is not UNSET:
            certificates = _fields.read_integer(certificates, "certificates")

        certificates_paid = _get("certificates_paid", UNSET)
        if type(certificates_paid) is not int and certificates_paid is not UNSET:
            certificates_paid = _fields.read_integer(certificates_paid, "certificates_paid")

        abonement = _get("abonement", UNSET)
        if type(abonement) is not int and abonement is not UNSET:
            abonement = _fields.read_integer(abonement, "abonement")

        abonement_paid = _get("abonement_paid", UNSET)
        if type(abonement_paid) is not int and abonement_paid is not UNSET:
            abonement_paid = _fields.read_integer(abonement_paid, "abonement_paid")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.clients = clients
        _model.clients_average = clients_average
        _model.records = records
        _model.records_average = records_average
        _model.visit_records = visit_records
        _model.visit_records_average = visit_records_average
        _model.non_visit_records = non_visit_records
        _model.non_visit_records_average = non_visit_records_average
        _model.targets = targets
        _model.targets_paid = targets_paid
        _model.goods = goods
        _model.goods_paid = goods_paid
        _model.certificates = certificates
        _model.certificates_paid = certificates_paid
        _model.abonement = abonement
        _model.abonement_paid = abonement_paid
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetDayEndReportDataResponse200Stats:
            _fields.init_added_fields(_model, GetDayEndReportDataResponse200Stats)
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
