from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_day_end_report_data_response_200z_data_1481101200_item_masters_item import (
        GetDayEndReportDataResponse200ZData1481101200ItemMastersItem,
    )


T = TypeVar("T", bound="GetDayEndReportDataResponse200ZData1481101200Item")


@_attrs_define
class GetDayEndReportDataResponse200ZData1481101200Item:
    """
    Attributes:
        client_id (int | Unset): Client ID
        client_name (str | Unset): Client name
        client_phone (str | Unset): Customer phone
        client_email (str | Unset): Client's email address
        masters (list[GetDayEndReportDataResponse200ZData1481101200ItemMastersItem] | Unset): team members
    """

    client_id: int | Unset = UNSET
    client_name: str | Unset = UNSET
    client_phone: str | Unset = UNSET
    client_email: str | Unset = UNSET
    masters: list[GetDayEndReportDataResponse200ZData1481101200ItemMastersItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        client_name = self.client_name

        client_phone = self.client_phone

        client_email = self.client_email

        masters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.masters, Unset):
            masters = []
            for masters_item_data in self.masters:
                masters_item = masters_item_data.to_dict()
                masters.append(masters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if client_name is not UNSET:
            field_dict["client_name"] = client_name
        if client_phone is not UNSET:
            field_dict["client_phone"] = client_phone
        if client_email is not UNSET:
            field_dict["client_email"] = client_email
        if masters is not UNSET:
            field_dict["masters"] = masters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_day_end_report_data_response_200z_data_1481101200_item_masters_item import (
            GetDayEndReportDataResponse200ZData1481101200ItemMastersItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        client_id = d.pop("client_id", UNSET)

        client_name = d.pop("client_name", UNSET)

        client_phone = d.pop("client_phone", UNSET)

        client_email = d.pop("client_email", UNSET)

        _masters = d.pop("masters", UNSET)
        masters: list[GetDayEndReportDataResponse200ZData1481101200ItemMastersItem] | Unset = UNSET
        if _masters is not UNSET:
            masters = []
            for masters_item_data in _masters:
                masters_item = GetDayEndReportDataResponse200ZData1481101200ItemMastersItem.from_dict(masters_item_data)

                masters.append(masters_item)

        _model = cls(
            client_id=client_id,
            client_name=client_name,
            client_phone=client_phone,
            client_email=client_email,
            masters=masters,
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
