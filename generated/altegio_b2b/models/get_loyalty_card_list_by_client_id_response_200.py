from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_loyalty_card_list_by_client_id_response_200_programs_item import (
        GetLoyaltyCardListByClientIdResponse200ProgramsItem,
    )
    from ..models.get_loyalty_card_list_by_client_id_response_200_salon_group import (
        GetLoyaltyCardListByClientIdResponse200SalonGroup,
    )
    from ..models.get_loyalty_card_list_by_client_id_response_200_type import (
        GetLoyaltyCardListByClientIdResponse200Type,
    )


T = TypeVar("T", bound="GetLoyaltyCardListByClientIdResponse200")


@_attrs_define
class GetLoyaltyCardListByClientIdResponse200:
    """Get a list of customer cards

    Example:
        {'id': 9210520, 'balance': 100, 'points': 0, 'paid_amount': 1000, 'sold_amount': 1000, 'visits_count': 1,
            'number': 14507109210520, 'type_id': 10992, 'salon_group_id': 145071, 'type': {'id': 10992, 'title': '5+2',
            'salon_group_id': 145071}, 'salon_group': {'id': 145071, 'title': 'Dough chain1.'}, 'programs': [{'id': 18005,
            'title': '5+2', 'value': 0, 'loyalty_type_id': 13, 'item_type_id': 3, 'value_unit_id': 1, 'group_id': 145071,
            'loyalty_type': {'id': 13, 'title': 'Discount for a given number of accumulated services', 'is_discount': True,
            'is_cashback': False, 'is_static': False, 'is_accumulative': False}, 'rules': [{'id': 72803,
            'loyalty_program_id': 18005, 'loyalty_type_id': 13, 'value': 20, 'parameter': 0}, {'id': 72804,
            'loyalty_program_id': 18005, 'loyalty_type_id': 13, 'value': 10, 'parameter': 0}, {'id': 72805,
            'loyalty_program_id': 18005, 'loyalty_type_id': 13, 'value': 100, 'parameter': 0}]}]}

    Attributes:
        id (int | Unset): Loyalty card ID
        balance (float | Unset): Loyalty card balance
        points (int | Unset):
        paid_amount (float | Unset): Amount Paid
        sold_amount (float | Unset): Amount "Sold"
        visits_count (int | Unset): Number of visits
        number (str | Unset): Card number
        type_id (int | Unset): Loyalty card type identifier
        salon_group_id (int | Unset): ID of the chain where the card was created
        type_ (GetLoyaltyCardListByClientIdResponse200Type | Unset): An object that contains the "id" and "title"
            fields: card type identifier and card type name, respectively
        salon_group (GetLoyaltyCardListByClientIdResponse200SalonGroup | Unset): An object that contains the "id" and
            "title" fields: the identifier of the chain where the card type was created and the name of this chain
        programs (list[GetLoyaltyCardListByClientIdResponse200ProgramsItem] | Unset): An array with information about
            promotions linked to a loyalty card
    """

    id: int | Unset = UNSET
    balance: float | Unset = UNSET
    points: int | Unset = UNSET
    paid_amount: float | Unset = UNSET
    sold_amount: float | Unset = UNSET
    visits_count: int | Unset = UNSET
    number: str | Unset = UNSET
    type_id: int | Unset = UNSET
    salon_group_id: int | Unset = UNSET
    type_: GetLoyaltyCardListByClientIdResponse200Type | Unset = UNSET
    salon_group: GetLoyaltyCardListByClientIdResponse200SalonGroup | Unset = UNSET
    programs: list[GetLoyaltyCardListByClientIdResponse200ProgramsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        balance = self.balance

        points = self.points

        paid_amount = self.paid_amount

        sold_amount = self.sold_amount

        visits_count = self.visits_count

        number = self.number

        type_id = self.type_id

        salon_group_id = self.salon_group_id

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.to_dict()

        salon_group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.salon_group, Unset):
            salon_group = self.salon_group.to_dict()

        programs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.programs, Unset):
            programs = []
            for programs_item_data in self.programs:
                programs_item = programs_item_data.to_dict()
                programs.append(programs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if balance is not UNSET:
            field_dict["balance"] = balance
        if points is not UNSET:
            field_dict["points"] = points
        if paid_amount is not UNSET:
            field_dict["paid_amount"] = paid_amount
        if sold_amount is not UNSET:
            field_dict["sold_amount"] = sold_amount
        if visits_count is not UNSET:
            field_dict["visits_count"] = visits_count
        if number is not UNSET:
            field_dict["number"] = number
        if type_id is not UNSET:
            field_dict["type_id"] = type_id
        if salon_group_id is not UNSET:
            field_dict["salon_group_id"] = salon_group_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if salon_group is not UNSET:
            field_dict["salon_group"] = salon_group
        if programs is not UNSET:
            field_dict["programs"] = programs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_loyalty_card_list_by_client_id_response_200_programs_item import (
            GetLoyaltyCardListByClientIdResponse200ProgramsItem,  # noqa: PLC0415
        )
        from ..models.get_loyalty_card_list_by_client_id_response_200_salon_group import (
            GetLoyaltyCardListByClientIdResponse200SalonGroup,  # noqa: PLC0415
        )
        from ..models.get_loyalty_card_list_by_client_id_response_200_type import (
            GetLoyaltyCardListByClientIdResponse200Type,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        balance = d.pop("balance", UNSET)

        points = d.pop("points", UNSET)

        paid_amount = d.pop("paid_amount", UNSET)

        sold_amount = d.pop("sold_amount", UNSET)

        visits_count = d.pop("visits_count", UNSET)

        number = d.pop("number", UNSET)

        type_id = d.pop("type_id", UNSET)

        salon_group_id = d.pop("salon_group_id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: GetLoyaltyCardListByClientIdResponse200Type | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = GetLoyaltyCardListByClientIdResponse200Type.from_dict(_type_)

        _salon_group = d.pop("salon_group", UNSET)
        salon_group: GetLoyaltyCardListByClientIdResponse200SalonGroup | Unset
        if isinstance(_salon_group, Unset):
            salon_group = UNSET
        else:
            salon_group = GetLoyaltyCardListByClientIdResponse200SalonGroup.from_dict(_salon_group)

        _programs = d.pop("programs", UNSET)
        programs: list[GetLoyaltyCardListByClientIdResponse200ProgramsItem] | Unset = UNSET
        if _programs is not UNSET:
            programs = []
            for programs_item_data in _programs:
                programs_item = GetLoyaltyCardListByClientIdResponse200ProgramsItem.from_dict(programs_item_data)

                programs.append(programs_item)

        _model = cls(
            id=id,
            balance=balance,
            points=points,
            paid_amount=paid_amount,
            sold_amount=sold_amount,
            visits_count=visits_count,
            number=number,
            type_id=type_id,
            salon_group_id=salon_group_id,
            type_=type_,
            salon_group=salon_group,
            programs=programs,
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
