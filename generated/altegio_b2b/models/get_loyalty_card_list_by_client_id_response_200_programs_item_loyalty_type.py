from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetLoyaltyCardListByClientIdResponse200ProgramsItemLoyaltyType")


@_attrs_define
class GetLoyaltyCardListByClientIdResponse200ProgramsItemLoyaltyType:
    """Object with information about the promotion

    Attributes:
        id (int | Unset): Promotion type ID
        title (str | Unset): Share type name
        is_discount (bool | Unset): Discount
        is_cashback (bool | Unset): Cashback
        is_static (bool | Unset): Fixed discount
        is_accumulative (bool | Unset): Accumulative discount
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    is_discount: bool | Unset = UNSET
    is_cashback: bool | Unset = UNSET
    is_static: bool | Unset = UNSET
    is_accumulative: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        is_discount = self.is_discount

        is_cashback = self.is_cashback

        is_static = self.is_static

        is_accumulative = self.is_accumulative

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if is_discount is not UNSET:
            field_dict["is_discount"] = is_discount
        if is_cashback is not UNSET:
            field_dict["is_cashback"] = is_cashback
        if is_static is not UNSET:
            field_dict["is_static"] = is_static
        if is_accumulative is not UNSET:
            field_dict["is_accumulative"] = is_accumulative

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        is_discount = d.pop("is_discount", UNSET)

        is_cashback = d.pop("is_cashback", UNSET)

        is_static = d.pop("is_static", UNSET)

        is_accumulative = d.pop("is_accumulative", UNSET)

        _model = cls(
            id=id,
            title=title,
            is_discount=is_discount,
            is_cashback=is_cashback,
            is_static=is_static,
            is_accumulative=is_accumulative,
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
