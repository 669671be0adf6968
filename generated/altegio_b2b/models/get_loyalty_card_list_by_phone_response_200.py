from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_loyalty_card_list_by_phone_response_200_programs_item import (
        GetLoyaltyCardListByPhoneResponse200ProgramsItem,
    )
    from ..models.get_loyalty_card_list_by_phone_response_200_salon_group import (
        GetLoyaltyCardListByPhoneResponse200SalonGroup,
    )
    from ..models.get_loyalty_card_list_by_phone_response_200_type import GetLoyaltyCardListByPhoneResponse200Type


T = TypeVar("T", bound="GetLoyaltyCardListByPhoneResponse200")


@_attrs_define
class GetLoyaltyCardListByPhoneResponse200:
    """Get a list of customer cards

    Attributes:
        balance (float | Unset): Loyalty card balance
        id (int | Unset): Loyalty card ID
        number (str | Unset): Card number
        paid_amount (float | Unset): Amount Paid
        points (int | Unset):
        programs (list[GetLoyaltyCardListByPhoneResponse200ProgramsItem] | Unset): An array with information about
            promotions linked to a loyalty card
        salon_group (GetLoyaltyCardListByPhoneResponse200SalonGroup | Unset): An object that contains the "id" and
            "title" fields: the identifier of the chain where the card type was created and the name of this chain
        salon_group_id (int | Unset): ID of the chain where the card was created
        sold_amount (float | Unset): Amount "Sold"
        type_ (GetLoyaltyCardListByPhoneResponse200Type | Unset): An object that contains the "id" and "title" fields:
            card type identifier and card type name, respectively
        type_id (int | Unset): Loyalty card type identifier
        visits_count (int | Unset): Number of visits
    """

    balance: float | Unset = UNSET
    id: int | Unset = UNSET
    number: str | Unset = UNSET
    paid_amount: float | Unset = UNSET
    points: int | Unset = UNSET
    programs: list[GetLoyaltyCardListByPhoneResponse200ProgramsItem] | Unset = UNSET
    salon_group: GetLoyaltyCardListByPhoneResponse200SalonGroup | Unset = UNSET
    salon_group_id: int | Unset = UNSET
    sold_amount: float | Unset = UNSET
    type_: GetLoyaltyCardListByPhoneResponse200Type | Unset = UNSET
    type_id: int | Unset = UNSET
    visits_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        balance = self.balance

        id = self.id

        number = self.number

        paid_amount = self.paid_amount

        points = self.points

        programs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.programs, Unset):
            programs = []
            for programs_item_data in self.programs:
                programs_item = programs_item_data.to_dict()
                programs.append(programs_item)

        salon_group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.salon_group, Unset):
            salon_group = self.salon_group.to_dict()

        salon_group_id = self.salon_group_id

        sold_amount = self.sold_amount

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.to_dict()

        type_id = self.type_id

        visits_count = self.visits_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if balance is not UNSET:
            field_dict["balance"] = balance
        if id is not UNSET:
            field_dict["id"] = id
        if number is not UNSET:
            field_dict["number"] = number
        if paid_amount is not UNSET:
            field_dict["paid_amount"] = paid_amount
        if points is not UNSET:
            field_dict["points"] = points
        if programs is not UNSET:
            field_dict["programs"] = programs
        if salon_group is not UNSET:
            field_dict["salon_group"] = salon_group
        if salon_group_id is not UNSET:
            field_dict["salon_group_id"] = salon_group_id
        if sold_amount is not UNSET:
            field_dict["sold_amount"] = sold_amount
        if type_ is not UNSET:
            field_dict["type"] = type_
        if type_id is not UNSET:
            field_dict["type_id"] = type_id
        if visits_count is not UNSET:
            field_dict["visits_count"] = visits_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_loyalty_card_list_by_phone_response_200_programs_item import (
            GetLoyaltyCardListByPhoneResponse200ProgramsItem,  # noqa: PLC0415
        )
        from ..models.get_loyalty_card_list_by_phone_response_200_salon_group import (
            GetLoyaltyCardListByPhoneResponse200SalonGroup,  # noqa: PLC0415
        )
        from ..models.get_loyalty_card_list_by_phone_response_200_type import GetLoyaltyCardListByPhoneResponse200Type  # noqa: PLC0415

        d = dict(src_dict)
        balance = d.pop("balance", UNSET)

        id = d.pop("id", UNSET)

        number = d.pop("number", UNSET)

        paid_amount = d.pop("paid_amount", UNSET)

        points = d.pop("points", UNSET)

        _programs = d.pop("programs", UNSET)
        programs: list[GetLoyaltyCardListByPhoneResponse200ProgramsItem] | Unset = UNSET
        if _programs is not UNSET:
            programs = []
            for programs_item_data in _programs:
                programs_item = GetLoyaltyCardListByPhoneResponse200ProgramsItem.from_dict(programs_item_data)

                programs.append(programs_item)

        _salon_group = d.pop("salon_group", UNSET)
        salon_group: GetLoyaltyCardListByPhoneResponse200SalonGroup | Unset
        if isinstance(_salon_group, Unset):
            salon_group = UNSET
        else:
            salon_group = GetLoyaltyCardListByPhoneResponse200SalonGroup.from_dict(_salon_group)

        salon_group_id = d.pop("salon_group_id", UNSET)

        sold_amount = d.pop("sold_amount", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: GetLoyaltyCardListByPhoneResponse200Type | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = GetLoyaltyCardListByPhoneResponse200Type.from_dict(_type_)

        type_id = d.pop("type_id", UNSET)

        visits_count = d.pop("visits_count", UNSET)

        get_loyalty_card_list_by_phone_response_200 = cls(
            balance=balance,
            id=id,
            number=number,
            paid_amount=paid_amount,
            points=points,
            programs=programs,
            salon_group=salon_group,
            salon_group_id=salon_group_id,
            sold_amount=sold_amount,
            type_=type_,
            type_id=type_id,
            visits_count=visits_count,
        )

        get_loyalty_card_list_by_phone_response_200.additional_properties = d
        return get_loyalty_card_list_by_phone_response_200

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
