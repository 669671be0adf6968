from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_chain_client_by_phone_number_response_200_clients_item import (
        GetChainClientByPhoneNumberResponse200ClientsItem,
    )


T = TypeVar("T", bound="GetChainClientByPhoneNumberResponse200")


@_attrs_define
class GetChainClientByPhoneNumberResponse200:
    """Object with data

    Attributes:
        salon_group_id (int | Unset): Chain ID
        phone (str | Unset): Customer phone
        clients (list[GetChainClientByPhoneNumberResponse200ClientsItem] | Unset): Array of clients in chain locations
    """

    salon_group_id: int | Unset = UNSET
    phone: str | Unset = UNSET
    clients: list[GetChainClientByPhoneNumberResponse200ClientsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        salon_group_id = self.salon_group_id

        phone = self.phone

        clients: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.clients, Unset):
            clients = []
            for clients_item_data in self.clients:
                clients_item = clients_item_data.to_dict()
                clients.append(clients_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if salon_group_id is not UNSET:
            field_dict["salon_group_id"] = salon_group_id
        if phone is not UNSET:
            field_dict["phone"] = phone
        if clients is not UNSET:
            field_dict["clients"] = clients

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_chain_client_by_phone_number_response_200_clients_item import (
            GetChainClientByPhoneNumberResponse200ClientsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        salon_group_id = d.pop("salon_group_id", UNSET)

        phone = d.pop("phone", UNSET)

        _clients = d.pop("clients", UNSET)
        clients: list[GetChainClientByPhoneNumberResponse200ClientsItem] | Unset = UNSET
        if _clients is not UNSET:
            clients = []
            for clients_item_data in _clients:
                clients_item = GetChainClientByPhoneNumberResponse200ClientsItem.from_dict(clients_item_data)

                clients.append(clients_item)

        _model = cls(
            salon_group_id=salon_group_id,
            phone=phone,
            clients=clients,
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
