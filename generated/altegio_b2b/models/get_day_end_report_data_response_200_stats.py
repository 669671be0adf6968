from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetDayEndReportDataResponse200Stats")


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
        clients = self.clients

        clients_average = self.clients_average

        records = self.records

        records_average = self.records_average

        visit_records = self.visit_records

        visit_records_average = self.visit_records_average

        non_visit_records = self.non_visit_records

        non_visit_records_average = self.non_visit_records_average

        targets = self.targets

        targets_paid = self.targets_paid

        goods = self.goods

        goods_paid = self.goods_paid

        certificates = self.certificates

        certificates_paid = self.certificates_paid

        abonement = self.abonement

        abonement_paid = self.abonement_paid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if clients is not UNSET:
            field_dict["clients"] = clients
        if clients_average is not UNSET:
            field_dict["clients_average"] = clients_average
        if records is not UNSET:
            field_dict["records"] = records
        if records_average is not UNSET:
            field_dict["records_average"] = records_average
        if visit_records is not UNSET:
            field_dict["visit_records"] = visit_records
        if visit_records_average is not UNSET:
            field_dict["visit_records_average"] = visit_records_average
        if non_visit_records is not UNSET:
            field_dict["non_visit_records"] = non_visit_records
        if non_visit_records_average is not UNSET:
            field_dict["non_visit_records_average"] = non_visit_records_average
        if targets is not UNSET:
            field_dict["targets"] = targets
        if targets_paid is not UNSET:
            field_dict["targets_paid"] = targets_paid
        if goods is not UNSET:
            field_dict["goods"] = goods
        if goods_paid is not UNSET:
            field_dict["goods_paid"] = goods_paid
        if certificates is not UNSET:
            field_dict["certificates"] = certificates
        if certificates_paid is not UNSET:
            field_dict["certificates_paid"] = certificates_paid
        if abonement is not UNSET:
            field_dict["abonement"] = abonement
        if abonement_paid is not UNSET:
            field_dict["abonement_paid"] = abonement_paid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        clients = d.pop("clients", UNSET)

        clients_average = d.pop("clients_average", UNSET)

        records = d.pop("records", UNSET)

        records_average = d.pop("records_average", UNSET)

        visit_records = d.pop("visit_records", UNSET)

        visit_records_average = d.pop("visit_records_average", UNSET)

        non_visit_records = d.pop("non_visit_records", UNSET)

        non_visit_records_average = d.pop("non_visit_records_average", UNSET)

        targets = d.pop("targets", UNSET)

        targets_paid = d.pop("targets_paid", UNSET)

        goods = d.pop("goods", UNSET)

        goods_paid = d.pop("goods_paid", UNSET)

        certificates = d.pop("certificates", UNSET)

        certificates_paid = d.pop("certificates_paid", UNSET)

        abonement = d.pop("abonement", UNSET)

        abonement_paid = d.pop("abonement_paid", UNSET)

        _model = cls(
            clients=clients,
            clients_average=clients_average,
            records=records,
            records_average=records_average,
            visit_records=visit_records,
            visit_records_average=visit_records_average,
            non_visit_records=non_visit_records,
            non_visit_records_average=non_visit_records_average,
            targets=targets,
            targets_paid=targets_paid,
            goods=goods,
            goods_paid=goods_paid,
            certificates=certificates,
            certificates_paid=certificates_paid,
            abonement=abonement,
            abonement_paid=abonement_paid,
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
