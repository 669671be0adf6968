from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetUserLoyaltyCardsResponse200ProgramsItemLoyaltyType")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "title",
        "is_discount",
        "is_cashback",
        "is_static",
        "is_accumulative",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class GetUserLoyaltyCardsResponse200ProgramsItemLoyaltyType:
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
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        title = self.title
        if type(title) is not str and title is not UNSET:
            title = _fields.write_string(title, "title")
        if title is not UNSET:
            field_dict["title"] = title

        is_discount = self.is_discount
        if type(is_discount) is not bool and is_discount is not UNSET:
            is_discount = _fields.write_boolean(is_discount, "is_discount")
        if is_discount is not UNSET:
            field_dict["is_discount"] = is_discount

        is_cashback = self.is_cashback
        if type(is_cashback) is not bool and is_cashback is not UNSET:
            is_cashback = _fields.write_boolean(is_cashback, "is_cashback")
        if is_cashback is not UNSET:
            field_dict["is_cashback"] = is_cashback

        is_static = self.is_static
        if type(is_static) is not bool and is_static is not UNSET:
            is_static = _fields.write_boolean(is_static, "is_static")
        if is_static is not UNSET:
            field_dict["is_static"] = is_static

        is_accumulative = self.is_accumulative
        if type(is_accumulative) is not bool and is_accumulative is not UNSET:
            is_accumulative = _fields.write_boolean(is_accumulative, "is_accumulative")
        if is_accumulative is not UNSET:
            field_dict["is_accumulative"] = is_accumulative

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _fields.read_integer(id, "id")

        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _fields.read_string(title, "title")

        is_discount = _get("is_discount", UNSET)
        if type(is_discount) is not bool and is_discount is not UNSET:
            is_discount = _fields.read_boolean(is_discount, "is_discount")

        is_cashback = _get("is_cashback", UNSET)
        if type(is_cashback) is not bool and is_cashback is not UNSET:
            is_cashback = _fields.read_boolean(is_cashback, "is_cashback")

        is_static = _get("is_static", UNSET)
        if type(is_static) is not bool and is_static is not UNSET:
            is_static = _fields.read_boolean(is_static, "is_static")

        is_accumulative = _get("is_accumulative", UNSET)
        if type(is_accumulative) is not bool and is_accumulative is not UNSET:
            is_accumulative = _fields.read_boolean(is_accumulative, "is_accumulative")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.title = title
        _model.is_discount = is_discount
        _model.is_cashback = is_cashback
        _model.is_static = is_static
        _model.is_accumulative = is_accumulative
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetUserLoyaltyCardsResponse200ProgramsItemLoyaltyType:
            _fields.init_added_fields(_model, GetUserLoyaltyCardsResponse200ProgramsItemLoyaltyType)
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
