from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_client_list_body_fields_item import GetClientListBodyFieldsItem
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

    Attributes:
        fields (list[GetClientListBodyFieldsItem] | Unset): Fields to return in each row. id is always included; without
            this property, only id is returned. Categories/tags and custom fields are unavailable here.
        filters (list[GetClientListBodyFiltersItem] | Unset): Filters for searching by customers
        operation (GetClientListBodyOperation | Unset): Type of transaction
        order_by (GetClientListBodyOrderBy | Unset): What field to sort by
        order_by_direction (GetClientListBodyOrderByDirection | Unset): How to sort (ascending / descending)
        page (float | Unset): Page number
        page_size (float | Unset): The number of output lines per page. Maximum 200. (Default 25)
    """

    fields: list[GetClientListBodyFieldsItem] | Unset = UNSET
    filters: list[GetClientListBodyFiltersItem] | Unset = UNSET
    operation: GetClientListBodyOperation | Unset = UNSET
    order_by: GetClientListBodyOrderBy | Unset = UNSET
    order_by_direction: GetClientListBodyOrderByDirection | Unset = UNSET
    page: float | Unset = UNSET
    page_size: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fields: list[str] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.value
                fields.append(fields_item)

        filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = []
            for filters_item_data in self.filters:
                filters_item = filters_item_data.to_dict()
                filters.append(filters_item)

        operation: str | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation.value

        order_by: str | Unset = UNSET
        if not isinstance(self.order_by, Unset):
            order_by = self.order_by.value

        order_by_direction: str | Unset = UNSET
        if not isinstance(self.order_by_direction, Unset):
            order_by_direction = self.order_by_direction.value

        page = self.page

        page_size = self.page_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fields is not UNSET:
            field_dict["fields"] = fields
        if filters is not UNSET:
            field_dict["filters"] = filters
        if operation is not UNSET:
            field_dict["operation"] = operation
        if order_by is not UNSET:
            field_dict["order_by"] = order_by
        if order_by_direction is not UNSET:
            field_dict["order_by_direction"] = order_by_direction
        if page is not UNSET:
            field_dict["page"] = page
        if page_size is not UNSET:
            field_dict["page_size"] = page_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_client_list_body_filters_item import GetClientListBodyFiltersItem  # noqa: PLC0415

        d = dict(src_dict)
        _fields = d.pop("fields", UNSET)
        fields: list[GetClientListBodyFieldsItem] | Unset = UNSET
        if _fields is not UNSET:
            fields = []
            for fields_item_data in _fields:
                fields_item = GetClientListBodyFieldsItem(fields_item_data)

                fields.append(fields_item)

        _filters = d.pop("filters", UNSET)
        filters: list[GetClientListBodyFiltersItem] | Unset = UNSET
        if _filters is not UNSET:
            filters = []
            for filters_item_data in _filters:
                filters_item = GetClientListBodyFiltersItem.from_dict(filters_item_data)

                filters.append(filters_item)

        _operation = d.pop("operation", UNSET)
        operation: GetClientListBodyOperation | Unset
        if isinstance(_operation, Unset):
            operation = UNSET
        else:
            operation = GetClientListBodyOperation(_operation)

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

        page = d.pop("page", UNSET)

        page_size = d.pop("page_size", UNSET)

        get_client_list_body = cls(
            fields=fields,
            filters=filters,
            operation=operation,
            order_by=order_by,
            order_by_direction=order_by_direction,
            page=page,
            page_size=page_size,
        )

        get_client_list_body.additional_properties = d
        return get_client_list_body

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
