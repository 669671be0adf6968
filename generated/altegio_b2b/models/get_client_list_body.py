from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..models.get_client_list_body_operation import GetClientListBodyOperation
from ..models.get_client_list_body_order_by import GetClientListBodyOrderBy
from ..models.get_client_list_body_order_by_direction import GetClientListBodyOrderByDirection
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_client_list_body_filters_item import GetClientListBodyFiltersItem


T = TypeVar("T", bound="GetClientListBody")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "page",
        "page_size",
        "fields",
        "order_by",
        "order_by_direction",
        "operation",
        "filters",
    }
)
_EXTRA = _fields.ANY
_KIND_fields = _fields.ListOf(_fields.STRING)
_KIND_order_by = _fields.EnumOf("GetClientListBodyOrderBy", _fields.STRING)
_KIND_order_by_direction = _fields.EnumOf("GetClientListBodyOrderByDirection", _fields.STRING)
_KIND_operation = _fields.EnumOf("GetClientListBodyOperation", _fields.STRING)
_KIND_filters = _fields.ListOf(_fields.Model("GetClientListBodyFiltersItem"))


@_attrs_define
class GetClientListBody:
    """Get a list of clients

    Example:
        {'page': 1, 'page_size': 3, 'fields': ['id', 'name'], 'order_by': 'name', 'order_by_direction': 'desc',
            'operation': 'AND', 'filters': [{'type': 'id', 'state': {'value': [1, 2, 3]}}, {'type': 'sold_amount', 'state':
            {'from': 0, 'to': 100.77}}, {'type': 'quick_search', 'state': {'value': 'James Smith'}}, {'type': 'importance',
            'state': {'value': [0, 1, 2, 3]}}, {'type': 'has_mobile_app', 'state': {'value': True}}, {'type': 'category',
            'state': {'value': [1, 7]}}, {'type': 'has_passteam_card', 'state': {'value': True}}, {'type':
            'passteam_card_ids', 'state': {'value': ['111122223333aaaabbbbcccc']}}, {'type': 'birthday', 'state': {'from':
            '1990-01-01 00:00:00', 'to': '2000-01-01 23:59:59'}}, {'type': 'gender', 'state': {'value': [0, 1, 2]}},
            {'type': 'record', 'state': {'staff': {'value': [1, 2]}, 'service': {'value': [2, 3]}, 'service_category':
            {'value': [4, 5]}, 'status': {'value': [1]}, 'created': {'from': '2026-01-01 00:00:00', 'to': '2026-01-01
            23:59:59'}, 'records_count': {'from': 1, 'to': 99999}, 'sold_amount': {'from': 1.001, 'to': 99999.09}}},
            {'type': 'client', 'state': {'id': {'value': [1, 2, 3]}, 'birthday': {'from': '1990-01-01 00:00:00', 'to':
            '2000-01-01 23:59:59'}}}, {'type': 'sale', 'state': {'abonement_balance': {'from': 2, 'to': 3}}}]}

    Attributes:
        page (float | Unset): Page number
        page_size (float | Unset): The number of output lines per page. Maximum 200. (Default 25)
        fields (list[str] | Unset): Fields to be returned in the response
        order_by (GetClientListBodyOrderBy | Unset): What field to sort by
        order_by_direction (GetClientListBodyOrderByDirection | Unset): How to sort (ascending / descending)
        operation (GetClientListBodyOperation | Unset): Type of transaction
        filters (list[GetClientListBodyFiltersItem] | Unset): Filters for searching by customers
    """

    page: float | Unset = UNSET
    page_size: float | Unset = UNSET
    fields: list[str] | Unset = UNSET
    order_by: GetClientListBodyOrderBy | Unset = UNSET
    order_by_direction: GetClientListBodyOrderByDirection | Unset = UNSET
    operation: GetClientListBodyOperation | Unset = UNSET
    filters: list[GetClientListBodyFiltersItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        page = self.page
        if page is not UNSET:
            field_dict["page"] = _fields.write_number(page, "page")

        page_size = self.page_size
        if page_size is not UNSET:
            field_dict["page_size"] = _fields.write_number(page_size, "page_size")

        fields = self.fields
        if fields is not UNSET:
            field_dict["fields"] = _KIND_fields.write_field(fields, "fields")

        order_by = self.order_by
        if order_by is not UNSET:
            field_dict["order_by"] = _KIND_order_by.write_field(order_by, "order_by")

        order_by_direction = self.order_by_direction
        if order_by_direction is not UNSET:
            field_dict["order_by_direction"] = _KIND_order_by_direction.write_field(
                order_by_direction, "order_by_direction"
            )

        operation = self.operation
        if operation is not UNSET:
            field_dict["operation"] = _KIND_operation.write_field(operation, "operation")

        filters = self.filters
        if filters is not UNSET:
            field_dict["filters"] = _KIND_filters.write_field(filters, "filters")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        page = _get("page", UNSET)
        if type(page) is not float and type(page) is not int and page is not UNSET:
            page = _fields.read_number(page, "page")

        page_size = _get("page_size", UNSET)
        if type(page_size) is not float and type(page_size) is not int and page_size is not UNSET:
            page_size = _fields.read_number(page_size, "page_size")

        fields = _get("fields", UNSET)
        if fields is not UNSET:
            fields = _KIND_fields.read_field(fields, "fields")

        order_by = _get("order_by", UNSET)
        if order_by is not UNSET:
            order_by = _KIND_order_by.read_field(order_by, "order_by")

        order_by_direction = _get("order_by_direction", UNSET)
        if order_by_direction is not UNSET:
            order_by_direction = _KIND_order_by_direction.read_field(order_by_direction, "order_by_direction")

        operation = _get("operation", UNSET)
        if operation is not UNSET:
            operation = _KIND_operation.read_field(operation, "operation")

        filters = _get("filters", UNSET)
        if filters is not UNSET:
            filters = _KIND_filters.read_field(filters, "filters")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.page = page
        _model.page_size = page_size
        _model.fields = fields
        _model.order_by = order_by
        _model.order_by_direction = order_by_direction
        _model.operation = operation
        _model.filters = filters
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetClientListBody:
            _fields.init_added_fields(_model, GetClientListBody)
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
