from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AssignServiceToTeamMemberResponse201")


@_attrs_define
class AssignServiceToTeamMemberResponse201:
    """
    Example:
        {'service_id': 123, 'master_id': 123, 'length': 3600, 'technological_card_id': 123, 'api_id': '', 'is_online':
            True, 'is_offline_records_allowed': True, 'price': None}

    Attributes:
        service_id (int | Unset): ID of service.
        master_id (int | Unset): ID of team member.
        length (float | Unset): Duration of service provision by the specified team member in seconds.
        technological_card_id (int | Unset): ID of technological card.
        api_id (str | Unset): External API identifier.
        is_online (bool | Unset): Whether the service is available for online booking.
        is_offline_records_allowed (bool | Unset): Whether offline appointments are allowed for this service-team member
            link.
        price (float | None | Unset): Custom price for this team member providing the service.
    """

    service_id: int | Unset = UNSET
    master_id: int | Unset = UNSET
    length: float | Unset = UNSET
    technological_card_id: int | Unset = UNSET
    api_id: str | Unset = UNSET
    is_online: bool | Unset = UNSET
    is_offline_records_allowed: bool | Unset = UNSET
    price: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_id = self.service_id

        master_id = self.master_id

        length = self.length

        technological_card_id = self.technological_card_id

        api_id = self.api_id

        is_online = self.is_online

        is_offline_records_allowed = self.is_offline_records_allowed

        price: float | None | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if service_id is not UNSET:
            field_dict["service_id"] = service_id
        if master_id is not UNSET:
            field_dict["master_id"] = master_id
        if length is not UNSET:
            field_dict["length"] = length
        if technological_card_id is not UNSET:
            field_dict["technological_card_id"] = technological_card_id
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if is_online is not UNSET:
            field_dict["is_online"] = is_online
        if is_offline_records_allowed is not UNSET:
            field_dict["is_offline_records_allowed"] = is_offline_records_allowed
        if price is not UNSET:
            field_dict["price"] = price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        service_id = d.pop("service_id", UNSET)

        master_id = d.pop("master_id", UNSET)

        length = d.pop("length", UNSET)

        technological_card_id = d.pop("technological_card_id", UNSET)

        api_id = d.pop("api_id", UNSET)

        is_online = d.pop("is_online", UNSET)

        is_offline_records_allowed = d.pop("is_offline_records_allowed", UNSET)

        def _parse_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        price = _parse_price(d.pop("price", UNSET))

        _model = cls(
            service_id=service_id,
            master_id=master_id,
            length=length,
            technological_card_id=technological_card_id,
            api_id=api_id,
            is_online=is_online,
            is_offline_records_allowed=is_offline_records_allowed,
            price=price,
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
