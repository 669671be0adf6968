from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..models.get_event_search_filters_response_200_item_code import GetEventSearchFiltersResponse200ItemCode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_event_search_filters_response_200_item_data_item import (
        GetEventSearchFiltersResponse200ItemDataItem,
    )


T = TypeVar("T", bound="GetEventSearchFiltersResponse200Item")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "code",
        "title",
        "data",
    }
)
_EXTRA = _fields.ANY
_KIND_code = _fields.EnumOf("GetEventSearchFiltersResponse200ItemCode", _fields.STRING)
_KIND_data = _fields.ListOf(_fields.Model("GetEventSearchFiltersResponse200ItemDataItem"))


@_attrs_define
class GetEventSearchFiltersResponse200Item:
    """Event search filter.

    Example:
        {'code': 'service', 'title': 'Services', 'data': [{'id': 1, 'title': 'Service 1', 'is_disabled': True}, {'id':
            2, 'title': 'Service 2', 'is_disabled': False}]}

    Attributes:
        code (GetEventSearchFiltersResponse200ItemCode | Unset): Filter type.
        title (str | Unset): Filter title.
        data (list[GetEventSearchFiltersResponse200ItemDataItem] | Unset): Filter items.
    """

    code: GetEventSearchFiltersResponse200ItemCode | Unset = UNSET
    title: str | Unset = UNSET
    data: list[GetEventSearchFiltersResponse200ItemDataItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        code = self.code
        if code is not UNSET:
            field_dict["code"] = _KIND_code.write_field(code, "code")

        title = self.title
        if type(title) is not str and title is not UNSET:
            title = _fields.write_string(title, "title")
        if title is not UNSET:
            field_dict["title"] = title

        data = self.data
        if data is not UNSET:
            field_dict["data"] = _KIND_data.write_field(data, "data")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        code = _get("code", UNSET)
        if code is not UNSET:
            code = _KIND_code.read_field(code, "code")

        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _fields.read_string(title, "title")

        data = _get("data", UNSET)
        if data is not UNSET:
            data = _KIND_data.read_field(data, "data")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.code = code
        _model.title = title
        _model.data = data
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetEventSearchFiltersResponse200Item:
            _fields.init_added_fields(_model, GetEventSearchFiltersResponse200Item)
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
