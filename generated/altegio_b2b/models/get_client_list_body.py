from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_client_list_body_operation import GetClientListBodyOperation
from ..models.get_client_list_body_order_by import GetClientListBodyOrderBy
from ..models.get_client_list_body_order_by_direction import GetClientListBodyOrderByDirection
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_client_list_body_filters_item import GetClientListBodyFiltersItem


T = TypeVar("T", bound="GetClientListBody")


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
        page = self.page

        page_size = self.page_size

        fields: list[str] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields

        order_by: str | Unset = UNSET
        if not isinstance(self.order_by, Unset):
            order_by = self.order_by.value

        order_by_direction: str | Unset = UNSET
        if not isinstance(self.order_by_direction, Unset):
            order_by_direction = self.order_by_direction.value

        operation: str | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation.value

        filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = []
            for filters_item_data in self.filters:
                filters_item = filters_item_data.to_dict()
                filters.append(filters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page is not UNSET:
            field_dict["page"] = page
        if page_size is not UNSET:
            field_dict["page_size"] = page_size
        if fields is not UNSET:
            field_dict["fields"] = fields
        if order_by is not UNSET:
            field_dict["order_by"] = order_by
        if order_by_direction is not UNSET:
            field_dict["order_by_direction"] = order_by_direction
        if operation is not UNSET:
            field_dict["operation"] = operation
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_client_list_body_filters_item import GetClientListBodyFiltersItem  # noqa: PLC0415

        d = dict(src_dict)
        page = d.pop("page", UNSET)

        page_size = d.pop("page_size", UNSET)

        fields = cast(list[str], d.pop("fields", UNSET))

        _order_by = d.pop("order_by", UNSET)
        order_by: GetClientListBodyOrderBy | Unset
        if isinstance(_order_by, Unset):
            order_by = UNSET
        else:
            order_by = GetClientListBodyOrderBy(_order_by)

        _order_by_direction = d.pop("order_by_direction", UNSET)
        order_by_direction: GetClientListBodyOrderByDirection | Unset
        if isinstance(_order_by_direction, Unset):
            order_by_direction = UNSET
        else:
            order_by_direction = GetClientListBodyOrderByDirection(_order_by_direction)

        _operation = d.pop("operation", UNSET)
        operation: GetClientListBodyOperation | Unset
        if isinstance(_operation, Unset):
            operation = UNSET
        else:
            operation = GetClientListBodyOperation(_operation)

        _filters = d.pop("filters", UNSET)
        filters: list[GetClientListBodyFiltersItem] | Unset = UNSET
        if _filters is not UNSET:
            filters = []
            for filters_item_data in _filters:
                filters_item = GetClientListBodyFiltersItem.from_dict(filters_item_data)

                filters.append(filters_item)

        _model = cls(
            page=page,
            page_size=page_size,
            fields=fields,
            order_by=order_by,
            order_by_direction=order_by_direction,
            operation=operation,
            filters=filters,
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
