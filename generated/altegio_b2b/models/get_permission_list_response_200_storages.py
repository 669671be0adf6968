from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_permission_list_response_200_storages_storages_ids_item import (
        GetPermissionListResponse200StoragesStoragesIdsItem,
    )
    from ..models.get_permission_list_response_200_storages_storages_transactions_types_item import (
        GetPermissionListResponse200StoragesStoragesTransactionsTypesItem,
    )


T = TypeVar("T", bound="GetPermissionListResponse200Storages")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "storages_access",
        "storages_ids",
        "storages_transactions_access",
        "storages_last_days_count",
        "storages_move_goods_access",
        "storages_create_transactions_access",
        "storages_create_last_days_count",
        "storages_create_transactions_buy_access",
        "storages_create_transactions_sale_access",
        "storages_edit_transactions_access",
        "storages_edit_last_days_count",
        "storages_edit_transactions_buy_access",
        "storages_edit_transactions_sale_access",
        "storages_delete_transactions_access",
        "storages_transactions_excel_access",
        "storages_transactions_types",
        "storages_inventory_access",
        "storages_inventory_create_edit_access",
        "storages_inventory_delete_access",
        "storages_inventory_excel_access",
        "storages_remnants_report_access",
        "storages_remnants_report_excel_access",
        "storages_sales_report_access",
        "storages_sales_report_excel_access",
        "storages_consumable_report_access",
        "storages_consumable_report_excel_access",
        "storages_write_off_report_access",
        "storages_write_off_report_excel_access",
        "storages_turnover_report_access",
        "storages_turnover_report_excel_access",
        "storages_goods_crud_access",
        "storages_goods_create_access",
        "storages_goods_update_access",
        "storages_goods_title_edit_access",
        "storages_goods_category_edit_access",
        "storages_goods_selling_price_edit_access",
        "storages_goods_cost_price_edit_access",
        "storages_goods_units_edit_access",
        "storages_goods_critical_balance_edit_access",
        "storages_goods_masses_edit_access",
        "storages_goods_comment_edit_access",
        "storages_goods_archive_access",
        "storages_goods_delete_access",
        "storages_limited_access",
        "storages_goods_prime_cost_view_access",
    }
)
_EXTRA = _fields.ANY
_KIND_storages_ids = _fields.ListOf(_fields.Model("GetPermissionListResponse200StoragesStoragesIdsItem"))
_KIND_storages_transactions_types = _fields.ListOf(
    _fields.Model("GetPermissionListResponse200StoragesStoragesTransactionsTypesItem")
)


@_attrs_define
class GetPermissionListResponse200Storages:
    """Section Inventory

    Attributes:
        storages_access (bool | Unset): true - there is access to the inventory, false - no access
        storages_ids (list[GetPermissionListResponse200StoragesStoragesIdsItem] | Unset): true - there is access to the
            selected warehouses, false - no access
        storages_transactions_access (bool | Unset): true - there is access to view product movements, false - no access
        storages_last_days_count (float | Unset): -1 - access to view product movements for all time, >= 0 - access to
            view product movements for the specified number of days in the past
        storages_move_goods_access (bool | Unset): true - there is access to moving products between warehouses, false -
            no access
        storages_create_transactions_access (bool | Unset): true - there is access to create commodity transactions,
            false - no access
        storages_create_last_days_count (float | Unset): -1 - there is access to the creation of commodity transactions
            for the entire time, >= 0 - access to the creation of commodity transactions for the specified number of days in
            the past
        storages_create_transactions_buy_access (bool | Unset): true - there is access to registering the arrival of
            products, false - no access
        storages_create_transactions_sale_access (bool | Unset): true - there is access to registration of sales of
            products, false - no access
        storages_edit_transactions_access (bool | Unset): true - there is access to editing commodity transactions,
            false - no access
        storages_edit_last_days_count (float | Unset): -1 - there is access to editing commodity transactions for the
            whole time, >= 0 - access to editing commodity transactions for the specified number of days in the past
        storages_edit_transactions_buy_access (bool | Unset): true - there is access to registering the arrival of
            products, false - no access
        storages_edit_transactions_sale_access (bool | Unset): true - there is access to registration of sales of
            products, false - no access
        storages_delete_transactions_access (bool | Unset): true - there is access to deleting commodity transactions,
            false - no access
        storages_transactions_excel_access (bool | Unset): true - there is access to unloading product movements in
            Excel, false - no access
        storages_transactions_types (list[GetPermissionListResponse200StoragesStoragesTransactionsTypesItem] | Unset):
            true - there is access to unloading product movements in Excel, false - no access
        storages_inventory_access (bool | Unset): true - there is access to the inventory, false - no access
        storages_inventory_create_edit_access (bool | Unset): true - there is access to create and edit inventory, false
            - no access
        storages_inventory_delete_access (bool | Unset): true - there is access to deleting inventory, false - no access
        storages_inventory_excel_access (bool | Unset): true - there is access to unloading inventory in Excel, false -
            no access
        storages_remnants_report_access (bool | Unset): true - there is access to the stock balance report, false - no
            access
        storages_remnants_report_excel_access (bool | Unset): true - there is access to unloading balances in Excel,
            false - no access
        storages_sales_report_access (bool | Unset): true - there is access to the sales report, false - no access
        storages_sales_report_excel_access (bool | Unset): true - there is access to download sales report in Excel,
            false - no access
        storages_consumable_report_access (bool | Unset): true - there is access to the consumable write-off report,
            false - no access
        storages_consumable_report_excel_access (bool | Unset): true - there is access to downloading a report on
            writing off consumables in Excel, false - no access
        storages_write_off_report_access (bool | Unset): true - there is access to the write-off report, false - no
            access
        storages_write_off_report_excel_access (bool | Unset): true - there is access to unloading a report on the
            write-off of products in Excel, false - no access
        storages_turnover_report_access (bool | Unset): true - there is access to the turnover report, false - no access
        storages_turnover_report_excel_access (bool | Unset): true - there is access to download the turnover report in
            Excel, false - no access
        storages_goods_crud_access (bool | Unset): true - there is access to product management, false - no access
        storages_goods_create_access (bool | Unset): true - there is access to create products, false - no access
        storages_goods_update_access (bool | Unset): true - there is access to change products, false - no access
        storages_goods_title_edit_access (bool | Unset): true - there is access to the name, Article, Barcode, false -
            no access
        storages_goods_category_edit_access (bool | Unset): true - there is access to categories, false - no access
        storages_goods_selling_price_edit_access (bool | Unset): true - there is access to sell prices, false - no
            access
        storages_goods_cost_price_edit_access (bool | Unset): true - there is access to the cost, false - no access
        storages_goods_units_edit_access (bool | Unset): true - there is access to units of measurement, false - no
            access
        storages_goods_critical_balance_edit_access (bool | Unset): true - there is access to critical balances, Desired
            balance, false - no access
        storages_goods_masses_edit_access (bool | Unset): true - there is access to the mass, false - no access
        storages_goods_comment_edit_access (bool | Unset): true - there is access to comments, false - no access
        storages_goods_archive_access (bool | Unset): true - there is access to archiving and restoring products, false
            - no access
        storages_goods_delete_access (bool | Unset): true - there is access to delete products, false - no access
        storages_limited_access (bool | Unset): true - there is limited access to inventory, false - no access
        storages_goods_prime_cost_view_access (bool | Unset): true - there is access to view product prime cost, false -
            no access
    """

    storages_access: bool | Unset = UNSET
    storages_ids: list[GetPermissionListResponse200StoragesStoragesIdsItem] | Unset = UNSET
    storages_transactions_access: bool | Unset = UNSET
    storages_last_days_count: float | Unset = UNSET
    storages_move_goods_access: bool | Unset = UNSET
    storages_create_transactions_access: bool | Unset = UNSET
    storages_create_last_days_count: float | Unset = UNSET
    storages_create_transactions_buy_access: bool | Unset = UNSET
    storages_create_transactions_sale_access: bool | Unset = UNSET
    storages_edit_transactions_access: bool | Unset = UNSET
    storages_edit_last_days_count: float | Unset = UNSET
    storages_edit_transactions_buy_access: bool | Unset = UNSET
    storages_edit_transactions_sale_access: bool | Unset = UNSET
    storages_delete_transactions_access: bool | Unset = UNSET
    storages_transactions_excel_access: bool | Unset = UNSET
    storages_transactions_types: list[GetPermissionListResponse200StoragesStoragesTransactionsTypesItem] | Unset = UNSET
    storages_inventory_access: bool | Unset = UNSET
    storages_inventory_create_edit_access: bool | Unset = UNSET
    storages_inventory_delete_access: bool | Unset = UNSET
    storages_inventory_excel_access: bool | Unset = UNSET
    storages_remnants_report_access: bool | Unset = UNSET
    storages_remnants_report_excel_access: bool | Unset = UNSET
    storages_sales_report_access: bool | Unset = UNSET
    storages_sales_report_excel_access: bool | Unset = UNSET
    storages_consumable_report_access: bool | Unset = UNSET
    storages_consumable_report_excel_access: bool | Unset = UNSET
    storages_write_off_report_access: bool | Unset = UNSET
    storages_write_off_report_excel_access: bool | Unset = UNSET
    storages_turnover_report_access: bool | Unset = UNSET
    storages_turnover_report_excel_access: bool | Unset = UNSET
    storages_goods_crud_access: bool | Unset = UNSET
    storages_goods_create_access: bool | Unset = UNSET
    storages_goods_update_access: bool | Unset = UNSET
    storages_goods_title_edit_access: bool | Unset = UNSET
    storages_goods_category_edit_access: bool | Unset = UNSET
    storages_goods_selling_price_edit_access: bool | Unset = UNSET
    storages_goods_cost_price_edit_access: bool | Unset = UNSET
    storages_goods_units_edit_access: bool | Unset = UNSET
    storages_goods_critical_balance_edit_access: bool | Unset = UNSET
    storages_goods_masses_edit_access: bool | Unset = UNSET
    storages_goods_comment_edit_access: bool | Unset = UNSET
    storages_goods_archive_access: bool | Unset = UNSET
    storages_goods_delete_access: bool | Unset = UNSET
    storages_limited_access: bool | Unset = UNSET
    storages_goods_prime_cost_view_access: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        storages_access = self.storages_access
        if type(storages_access) is not bool and storages_access is not UNSET:
            storages_access = _fields.write_boolean(storages_access, "storages_access")
        if storages_access is not UNSET:
            field_dict["storages_access"] = storages_access

        storages_ids = self.storages_ids
        if storages_ids is not UNSET:
            field_dict["storages_ids"] = _KIND_storages_ids.write_field(storages_ids, "storages_ids")

        storages_transactions_access = self.storages_transactions_access
        if type(storages_transactions_access) is not bool and storages_transactions_access is not UNSET:
            storages_transactions_access = _fields.write_boolean(
                storages_transactions_access, "storages_transactions_access"
            )
        if storages_transactions_access is not UNSET:
            field_dict["storages_transactions_access"] = storages_transactions_access

        storages_last_days_count = self.storages_last_days_count
        if storages_last_days_count is not UNSET:
            field_dict["storages_last_days_count"] = _fields.write_number(
                storages_last_days_count, "storages_last_days_count"
            )

        storages_move_goods_access = self.storages_move_goods_access
        if type(storages_move_goods_access) is not bool and storages_move_goods_access is not UNSET:
            storages_move_goods_access = _fields.write_boolean(storages_move_goods_access, "storages_move_goods_access")
        if storages_move_goods_access is not UNSET:
            field_dict["storages_move_goods_access"] = storages_move_goods_access

        storages_create_transactions_access = self.storages_create_transactions_access
        if type(storages_create_transactions_access) is not bool and storages_create_transactions_access is not UNSET:
            storages_create_transactions_access = _fields.write_boolean(
                storages_create_transactions_access, "storages_create_transactions_access"
            )
        if storages_create_transactions_access is not UNSET:
            field_dict["storages_create_transactions_access"] = storages_create_transactions_access

        storages_create_last_days_count = self.storages_create_last_days_count
        if storages_create_last_days_count is not UNSET:
            field_dict["storages_create_last_days_count"] = _fields.write_number(
                storages_create_last_days_count, "storages_create_last_days_count"
            )

        storages_create_transactions_buy_access = self.storages_create_transactions_buy_access
        if (
            type(storages_create_transactions_buy_access) is not bool
            and storages_create_transactions_buy_access is not UNSET
        ):
            storages_create_transactions_buy_access = _fields.write_boolean(
                storages_create_transactions_buy_access, "storages_create_transactions_buy_access"
            )
        if storages_create_transactions_buy_access is not UNSET:
            field_dict["storages_create_transactions_buy_access"] = storages_create_transactions_buy_access

        storages_create_transactions_sale_access = self.storages_create_transactions_sale_access
        if (
            type(storages_create_transactions_sale_access) is not bool
            and storages_create_transactions_sale_access is not UNSET
        ):
            storages_create_transactions_sale_access = _fields.write_boolean(
                storages_create_transactions_sale_access, "storages_create_transactions_sale_access"
            )
        if storages_create_transactions_sale_access is not UNSET:
            field_dict["storages_create_transactions_sale_access"] = storages_create_transactions_sale_access

        storages_edit_transactions_access = self.storages_edit_transactions_access
        if type(storages_edit_transactions_access) is not bool and storages_edit_transactions_access is not UNSET:
            storages_edit_transactions_access = _fields.write_boolean(
                storages_edit_transactions_access, "storages_edit_transactions_access"
            )
        if storages_edit_transactions_access is not UNSET:
            field_dict["storages_edit_transactions_access"] = storages_edit_transactions_access

        storages_edit_last_days_count = self.storages_edit_last_days_count
        if storages_edit_last_days_count is not UNSET:
            field_dict["storages_edit_last_days_count"] = _fields.write_number(
                storages_edit_last_days_count, "storages_edit_last_days_count"
            )

        storages_edit_transactions_buy_access = self.storages_edit_transactions_buy_access
        if (
            type(storages_edit_transactions_buy_access) is not bool
            and storages_edit_transactions_buy_access is not UNSET
        ):
            storages_edit_transactions_buy_access = _fields.write_boolean(
                storages_edit_transactions_buy_access, "storages_edit_transactions_buy_access"
            )
        if storages_edit_transactions_buy_access is not UNSET:
            field_dict["storages_edit_transactions_buy_access"] = storages_edit_transactions_buy_access

        storages_edit_transactions_sale_access = self.storages_edit_transactions_sale_access
        if (
            type(storages_edit_transactions_sale_access) is not bool
            and storages_edit_transactions_sale_access is not UNSET
        ):
            storages_edit_transactions_sale_access = _fields.write_boolean(
                storages_edit_transactions_sale_access, "storages_edit_transactions_sale_access"
            )
        if storages_edit_transactions_sale_access is not UNSET:
            field_dict["storages_edit_transactions_sale_access"] = storages_edit_transactions_sale_access

        storages_delete_transactions_access = self.storages_delete_transactions_access
        if type(storages_delete_transactions_access) is not bool and storages_delete_transactions_access is not UNSET:
            storages_delete_transactions_access = _fields.write_boolean(
                storages_delete_transactions_access, "storages_delete_transactions_access"
            )
        if storages_delete_transactions_access is not UNSET:
            field_dict["storages_delete_transactions_access"] = storages_delete_transactions_access

        storages_transactions_excel_access = self.storages_transactions_excel_access
        if type(storages_transactions_excel_access) is not bool and storages_transactions_excel_access is not UNSET:
            storages_transactions_excel_access = _fields.write_boolean(
                storages_transactions_excel_access, "storages_transactions_excel_access"
            )
        if storages_transactions_excel_access is not UNSET:
            field_dict["storages_transactions_excel_access"] = storages_transactions_excel_access

        storages_transactions_types = self.storages_transactions_types
        if storages_transactions_types is not UNSET:
            field_dict["storages_transactions_types"] = _KIND_storages_transactions_types.write_field(
                storages_transactions_types, "storages_transactions_types"
            )

        storages_inventory_access = self.storages_inventory_access
        if type(storages_inventory_access) is not bool and storages_inventory_access is not UNSET:
            storages_inventory_access = _fields.write_boolean(storages_inventory_access, "storages_inventory_access")
        if storages_inventory_access is not UNSET:
            field_dict["storages_inventory_access"] = storages_inventory_access

        storages_inventory_create_edit_access = self.storages_inventory_create_edit_access
        if (
            type(storages_inventory_create_edit_access) is not bool
            and storages_inventory_create_edit_access is not UNSET
        ):
            storages_inventory_create_edit_access = _fields.write_boolean(
                storages_inventory_create_edit_access, "storages_inventory_create_edit_access"
            )
        if storages_inventory_create_edit_access is not UNSET:
            field_dict["storages_inventory_create_edit_access"] = storages_inventory_create_edit_access

        storages_inventory_delete_access = self.storages_inventory_delete_access
        if type(storages_inventory_delete_access) is not bool and storages_inventory_delete_access is not UNSET:
            storages_inventory_delete_access = _fields.write_boolean(
                storages_inventory_delete_access, "storages_inventory_delete_access"
            )
        if storages_inventory_delete_access is not UNSET:
            field_dict["storages_inventory_delete_access"] = storages_inventory_delete_access

        storages_inventory_excel_access = self.storages_inventory_excel_access
        if type(storages_inventory_excel_access) is not bool and storages_inventory_excel_access is not UNSET:
            storages_inventory_excel_access = _fields.write_boolean(
                storages_inventory_excel_access, "storages_inventory_excel_access"
            )
        if storages_inventory_excel_access is not UNSET:
            field_dict["storages_inventory_excel_access"] = storages_inventory_excel_access

        storages_remnants_report_access = self.storages_remnants_report_access
        if type(storages_remnants_report_access) is not bool and storages_remnants_report_access is not UNSET:
            storages_remnants_report_access = _fields.write_boolean(
                storages_remnants_report_access, "storages_remnants_report_access"
            )
        if storages_remnants_report_access is not UNSET:
            field_dict["storages_remnants_report_access"] = storages_remnants_report_access

        storages_remnants_report_excel_access = self.storages_remnants_report_excel_access
        if (
            type(storages_remnants_report_excel_access) is not bool
            and storages_remnants_report_excel_access is not UNSET
        ):
            storages_remnants_report_excel_access = _fields.write_boolean(
                storages_remnants_report_excel_access, "storages_remnants_report_excel_access"
            )
        if storages_remnants_report_excel_access is not UNSET:
            field_dict["storages_remnants_report_excel_access"] = storages_remnants_report_excel_access

        storages_sales_report_access = self.storages_sales_report_access
        if type(storages_sales_report_access) is not bool and storages_sales_report_access is not UNSET:
            storages_sales_report_access = _fields.write_boolean(
                storages_sales_report_access, "storages_sales_report_access"
            )
        if storages_sales_report_access is not UNSET:
            field_dict["storages_sales_report_access"] = storages_sales_report_access

        storages_sales_report_excel_access = self.storages_sales_report_excel_access
        if type(storages_sales_report_excel_access) is not bool and storages_sales_report_excel_access is not UNSET:
            storages_sales_report_excel_access = _fields.write_boolean(
                storages_sales_report_excel_access, "storages_sales_report_excel_access"
            )
        if storages_sales_report_excel_access is not UNSET:
            field_dict["storages_sales_report_excel_access"] = storages_sales_report_excel_access

        storages_consumable_report_access = self.storages_consumable_report_access
        if type(storages_consumable_report_access) is not bool and storages_consumable_report_access is not UNSET:
            storages_consumable_report_access = _fields.write_boolean(
                storages_consumable_report_access, "storages_consumable_report_access"
            )
        if storages_consumable_report_access is not UNSET:
            field_dict["storages_consumable_report_access"] = storages_consumable_report_access

        storages_consumable_report_excel_access = self.storages_consumable_report_excel_access
        if (
            type(storages_consumable_report_excel_access) is not bool
            and storages_consumable_report_excel_access is not UNSET
        ):
            storages_consumable_report_excel_access = _fields.write_boolean(
                storages_consumable_report_excel_access, "storages_consumable_report_excel_access"
            )
        if storages_consumable_report_excel_access is not UNSET:
            field_dict["storages_consumable_report_excel_access"] = storages_consumable_report_excel_access

        storages_write_off_report_access = self.storages_write_off_report_access
        if type(storages_write_off_report_access) is not bool and storages_write_off_report_access is not UNSET:
            storages_write_off_report_access = _fields.write_boolean(
                storages_write_off_report_access, "storages_write_off_report_access"
            )
        if storages_write_off_report_access is not UNSET:
            field_dict["storages_write_off_report_access"] = storages_write_off_report_access

        storages_write_off_report_excel_access = self.storages_write_off_report_excel_access
        if (
            type(storages_write_off_report_excel_access) is not bool
            and storages_write_off_report_excel_access is not UNSET
        ):
            storages_write_off_report_excel_access = _fields.write_boolean(
                storages_write_off_report_excel_access, "storages_write_off_report_excel_access"
            )
        if storages_write_off_report_excel_access is not UNSET:
            field_dict["storages_write_off_report_excel_access"] = storages_write_off_report_excel_access

        storages_turnover_report_access = self.storages_turnover_report_access
        if type(storages_turnover_report_access) is not bool and storages_turnover_report_access is not UNSET:
            storages_turnover_report_access = _fields.write_boolean(
                storages_turnover_report_access, "storages_turnover_report_access"
            )
        if storages_turnover_report_access is not UNSET:
            field_dict["storages_turnover_report_access"] = storages_turnover_report_access

        storages_turnover_report_excel_access = self.storages_turnover_report_excel_access
        if (
            type(storages_turnover_report_excel_access) is not bool
            and storages_turnover_report_excel_access is not UNSET
        ):
            storages_turnover_report_excel_access = _fields.write_boolean(
                storages_turnover_report_excel_access, "storages_turnover_report_excel_access"
            )
        if storages_turnover_report_excel_access is not UNSET:
            field_dict["storages_turnover_report_excel_access"] = storages_turnover_report_excel_access

        storages_goods_crud_access = self.storages_goods_crud_access
        if type(storages_goods_crud_access) is not bool and storages_goods_crud_access is not UNSET:
            storages_goods_crud_access = _fields.write_boolean(storages_goods_crud_access, "storages_goods_crud_access")
        if storages_goods_crud_access is not UNSET:
            field_dict["storages_goods_crud_access"] = storages_goods_crud_access

        storages_goods_create_access = self.storages_goods_create_access
        if type(storages_goods_create_access) is not bool and storages_goods_create_access is not UNSET:
            storages_goods_create_access = _fields.write_boolean(
                storages_goods_create_access, "storages_goods_create_access"
            )
        if storages_goods_create_access is not UNSET:
            field_dict["storages_goods_create_access"] = storages_goods_create_access

        storages_goods_update_access = self.storages_goods_update_access
        if type(storages_goods_update_access) is not bool and storages_goods_update_access is not UNSET:
            storages_goods_update_access = _fields.write_boolean(
                storages_goods_update_access, "storages_goods_update_access"
            )
        if storages_goods_update_access is not UNSET:
            field_dict["storages_goods_update_access"] = storages_goods_update_access

        storages_goods_title_edit_access = self.storages_goods_title_edit_access
        if type(storages_goods_title_edit_access) is not bool and storages_goods_title_edit_access is not UNSET:
            storages_goods_title_edit_access = _fields.write_boolean(
                storages_goods_title_edit_access, "storages_goods_title_edit_access"
            )
        if storages_goods_title_edit_access is not UNSET:
            field_dict["storages_goods_title_edit_access"] = storages_goods_title_edit_access

        storages_goods_category_edit_access = self.storages_goods_category_edit_access
        if type(storages_goods_category_edit_access) is not bool and storages_goods_category_edit_access is not UNSET:
            storages_goods_category_edit_access = _fields.write_boolean(
                storages_goods_category_edit_access, "storages_goods_category_edit_access"
            )
        if storages_goods_category_edit_access is not UNSET:
            field_dict["storages_goods_category_edit_access"] = storages_goods_category_edit_access

        storages_goods_selling_price_edit_access = self.storages_goods_selling_price_edit_access
        if (
            type(storages_goods_selling_price_edit_access) is not bool
            and storages_goods_selling_price_edit_access is not UNSET
        ):
            storages_goods_selling_price_edit_access = _fields.write_boolean(
                storages_goods_selling_price_edit_access, "storages_goods_selling_price_edit_access"
            )
        if storages_goods_selling_price_edit_access is not UNSET:
            field_dict["storages_goods_selling_price_edit_access"] = storages_goods_selling_price_edit_access

        storages_goods_cost_price_edit_access = self.storages_goods_cost_price_edit_access
        if (
            type(storages_goods_cost_price_edit_access) is not bool
            and storages_goods_cost_price_edit_access is not UNSET
        ):
            storages_goods_cost_price_edit_access = _fields.write_boolean(
                storages_goods_cost_price_edit_access, "storages_goods_cost_price_edit_access"
            )
        if storages_goods_cost_price_edit_access is not UNSET:
            field_dict["storages_goods_cost_price_edit_access"] = storages_goods_cost_price_edit_access

        storages_goods_units_edit_access = self.storages_goods_units_edit_access
        if type(storages_goods_units_edit_access) is not bool and storages_goods_units_edit_access is not UNSET:
            storages_goods_units_edit_access = _fields.write_boolean(
                storages_goods_units_edit_access, "storages_goods_units_edit_access"
            )
        if storages_goods_units_edit_access is not UNSET:
            field_dict["storages_goods_units_edit_access"] = storages_goods_units_edit_access

        storages_goods_critical_balance_edit_access = self.storages_goods_critical_balance_edit_access
        if (
            type(storages_goods_critical_balance_edit_access) is not bool
            and storages_goods_critical_balance_edit_access is not UNSET
        ):
            storages_goods_critical_balance_edit_access = _fields.write_boolean(
                storages_goods_critical_balance_edit_access, "storages_goods_critical_balance_edit_access"
            )
        if storages_goods_critical_balance_edit_access is not UNSET:
            field_dict["storages_goods_critical_balance_edit_access"] = storages_goods_critical_balance_edit_access

        storages_goods_masses_edit_access = self.storages_goods_masses_edit_access
        if type(storages_goods_masses_edit_access) is not bool and storages_goods_masses_edit_access is not UNSET:
            storages_goods_masses_edit_access = _fields.write_boolean(
                storages_goods_masses_edit_access, "storages_goods_masses_edit_access"
            )
        if storages_goods_masses_edit_access is not UNSET:
            field_dict["storages_goods_masses_edit_access"] = storages_goods_masses_edit_access

        storages_goods_comment_edit_access = self.storages_goods_comment_edit_access
        if type(storages_goods_comment_edit_access) is not bool and storages_goods_comment_edit_access is not UNSET:
            storages_goods_comment_edit_access = _fields.write_boolean(
                storages_goods_comment_edit_access, "storages_goods_comment_edit_access"
            )
        if storages_goods_comment_edit_access is not UNSET:
            field_dict["storages_goods_comment_edit_access"] = storages_goods_comment_edit_access

        storages_goods_archive_access = self.storages_goods_archive_access
        if type(storages_goods_archive_access) is not bool and storages_goods_archive_access is not UNSET:
            storages_goods_archive_access = _fields.write_boolean(
                storages_goods_archive_access, "storages_goods_archive_access"
            )
        if storages_goods_archive_access is not UNSET:
            field_dict["storages_goods_archive_access"] = storages_goods_archive_access

        storages_goods_delete_access = self.storages_goods_delete_access
        if type(storages_goods_delete_access) is not bool and storages_goods_delete_access is not UNSET:
            storages_goods_delete_access = _fields.write_boolean(
                storages_goods_delete_access, "storages_goods_delete_access"
            )
        if storages_goods_delete_access is not UNSET:
            field_dict["storages_goods_delete_access"] = storages_goods_delete_access

        storages_limited_access = self.storages_limited_access
        if type(storages_limited_access) is not bool and storages_limited_access is not UNSET:
            storages_limited_access = _fields.write_boolean(storages_limited_access, "storages_limited_access")
        if storages_limited_access is not UNSET:
            field_dict["storages_limited_access"] = storages_limited_access

        storages_goods_prime_cost_view_access = self.storages_goods_prime_cost_view_access
        if (
            type(storages_goods_prime_cost_view_access) is not bool
            and storages_goods_prime_cost_view_access is not UNSET
        ):
            storages_goods_prime_cost_view_access = _fields.write_boolean(
                storages_goods_prime_cost_view_access, "storages_goods_prime_cost_view_access"
            )
        if storages_goods_prime_cost_view_access is not UNSET:
            field_dict["storages_goods_prime_cost_view_access"] = storages_goods_prime_cost_view_access

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        storages_access = _get("storages_access", UNSET)
        if type(storages_access) is not bool and storages_access is not UNSET:
            storages_access = _fields.read_boolean(storages_access, "storages_access")

        storages_ids = _get("storages_ids", UNSET)
        if storages_ids is not UNSET:
            storages_ids = _KIND_storages_ids.read_field(storages_ids, "storages_ids")

        storages_transactions_access = _get("storages_transactions_access", UNSET)
        if type(storages_transactions_access) is not bool and storages_transactions_access is not UNSET:
            storages_transactions_access = _fields.read_boolean(
                storages_transactions_access, "storages_transactions_access"
            )

        storages_last_days_count = _get("storages_last_days_count", UNSET)
        if (
            type(storages_last_days_count) is not float
            and type(storages_last_days_count) is not int
            and storages_last_days_count is not UNSET
        ):
            storages_last_days_count = _fields.read_number(storages_last_days_count, "storages_last_days_count")

        storages_move_goods_access = _get("storages_move_goods_access", UNSET)
        if type(storages_move_goods_access) is not bool and storages_move_goods_access is not UNSET:
            storages_move_goods_access = _fields.read_boolean(storages_move_goods_access, "storages_move_goods_access")

        storages_create_transactions_access = _get("storages_create_transactions_access", UNSET)
        if type(storages_create_transactions_access) is not bool and storages_create_transactions_access is not UNSET:
            storages_create_transactions_access = _fields.read_boolean(
                storages_create_transactions_access, "storages_create_transactions_access"
            )

        storages_create_last_days_count = _get("storages_create_last_days_count", UNSET)
        if (
            type(storages_create_last_days_count) is not float
            and type(storages_create_last_days_count) is not int
            and storages_create_last_days_count is not UNSET
        ):
            storages_create_last_days_count = _fields.read_number(
                storages_create_last_days_count, "storages_create_last_days_count"
            )

        storages_create_transactions_buy_access = _get("storages_create_transactions_buy_access", UNSET)
        if (
            type(storages_create_transactions_buy_access) is not bool
            and storages_create_transactions_buy_access is not UNSET
        ):
            storages_create_transactions_buy_access = _fields.read_boolean(
                storages_create_transactions_buy_access, "storages_create_transactions_buy_access"
            )

        storages_create_transactions_sale_access = _get("storages_create_transactions_sale_access", UNSET)
        if (
            type(storages_create_transactions_sale_access) is not bool
            and storages_create_transactions_sale_access is not UNSET
        ):
            storages_create_transactions_sale_access = _fields.read_boolean(
                storages_create_transactions_sale_access, "storages_create_transactions_sale_access"
            )

        storages_edit_transactions_access = _get("storages_edit_transactions_access", UNSET)
        if type(storages_edit_transactions_access) is not bool and storages_edit_transactions_access is not UNSET:
            storages_edit_transactions_access = _fields.read_boolean(
                storages_edit_transactions_access, "storages_edit_transactions_access"
            )

        storages_edit_last_days_count = _get("storages_edit_last_days_count", UNSET)
        if (
            type(storages_edit_last_days_count) is not float
            and type(storages_edit_last_days_count) is not int
            and storages_edit_last_days_count is not UNSET
        ):
            storages_edit_last_days_count = _fields.read_number(
                storages_edit_last_days_count, "storages_edit_last_days_count"
            )

        storages_edit_transactions_buy_access = _get("storages_edit_transactions_buy_access", UNSET)
        if (
            type(storages_edit_transactions_buy_access) is not bool
            and storages_edit_transactions_buy_access is not UNSET
        ):
            storages_edit_transactions_buy_access = _fields.read_boolean(
                storages_edit_transactions_buy_access, "storages_edit_transactions_buy_access"
            )

        storages_edit_transactions_sale_access = _get("storages_edit_transactions_sale_access", UNSET)
        if (
            type(storages_edit_transactions_sale_access) is not bool
            and storages_edit_transactions_sale_access is not UNSET
        ):
            storages_edit_transactions_sale_access = _fields.read_boolean(
                storages_edit_transactions_sale_access, "storages_edit_transactions_sale_access"
            )

        storages_delete_transactions_access = _get("storages_delete_transactions_access", UNSET)
        if type(storages_delete_transactions_access) is not bool and storages_delete_transactions_access is not UNSET:
            storages_delete_transactions_access = _fields.read_boolean(
                storages_delete_transactions_access, "storages_delete_transactions_access"
            )

        storages_transactions_excel_access = _get("storages_transactions_excel_access", UNSET)
        if type(storages_transactions_excel_access) is not bool and storages_transactions_excel_access is not UNSET:
            storages_transactions_excel_access = _fields.read_boolean(
                storages_transactions_excel_access, "storages_transactions_excel_access"
            )

        storages_transactions_types = _get("storages_transactions_types", UNSET)
        if storages_transactions_types is not UNSET:
            storages_transactions_types = _KIND_storages_transactions_types.read_field(
                storages_transactions_types, "storages_transactions_types"
            )

        storages_inventory_access = _get("storages_inventory_access", UNSET)
        if type(storages_inventory_access) is not bool and storages_inventory_access is not UNSET:
            storages_inventory_access = _fields.read_boolean(storages_inventory_access, "storages_inventory_access")

        storages_inventory_create_edit_access = _get("storages_inventory_create_edit_access", UNSET)
        if (
            type(storages_inventory_create_edit_access) is not bool
            and storages_inventory_create_edit_access is not UNSET
        ):
            storages_inventory_create_edit_access = _fields.read_boolean(
                storages_inventory_create_edit_access, "storages_inventory_create_edit_access"
            )

        storages_inventory_delete_access = _get("storages_inventory_delete_access", UNSET)
        if type(storages_inventory_delete_access) is not bool and storages_inventory_delete_access is not UNSET:
            storages_inventory_delete_access = _fields.read_boolean(
                storages_inventory_delete_access, "storages_inventory_delete_access"
            )

        storages_inventory_excel_access = _get("storages_inventory_excel_access", UNSET)
        if type(storages_inventory_excel_access) is not bool and storages_inventory_excel_access is not UNSET:
            storages_inventory_excel_access = _fields.read_boolean(
                storages_inventory_excel_access, "storages_inventory_excel_access"
            )

        storages_remnants_report_access = _get("storages_remnants_report_access", UNSET)
        if type(storages_remnants_report_access) is not bool and storages_remnants_report_access is not UNSET:
            storages_remnants_report_access = _fields.read_boolean(
                storages_remnants_report_access, "storages_remnants_report_access"
            )

        storages_remnants_report_excel_access = _get("storages_remnants_report_excel_access", UNSET)
        if (
            type(storages_remnants_report_excel_access) is not bool
            and storages_remnants_report_excel_access is not UNSET
        ):
            storages_remnants_report_excel_access = _fields.read_boolean(
                storages_remnants_report_excel_access, "storages_remnants_report_excel_access"
            )

        storages_sales_report_access = _get("storages_sales_report_access", UNSET)
        if type(storages_sales_report_access) is not bool and storages_sales_report_access is not UNSET:
            storages_sales_report_access = _fields.read_boolean(
                storages_sales_report_access, "storages_sales_report_access"
            )

        storages_sales_report_excel_access = _get("storages_sales_report_excel_access", UNSET)
        if type(storages_sales_report_excel_access) is not bool and storages_sales_report_excel_access is not UNSET:
            storages_sales_report_excel_access = _fields.read_boolean(
                storages_sales_report_excel_access, "storages_sales_report_excel_access"
            )

        storages_consumable_report_access = _get("storages_consumable_report_access", UNSET)
        if type(storages_consumable_report_access) is not bool and storages_consumable_report_access is not UNSET:
            storages_consumable_report_access = _fields.read_boolean(
                storages_consumable_report_access, "storages_consumable_report_access"
            )

        storages_consumable_report_excel_access = _get("storages_consumable_report_excel_access", UNSET)
        if (
            type(storages_consumable_report_excel_access) is not bool
            and storages_consumable_report_excel_access is not UNSET
        ):
            storages_consumable_report_excel_access = _fields.read_boolean(
                storages_consumable_report_excel_access, "storages_consumable_report_excel_access"
            )

        storages_write_off_report_access = _get("storages_write_off_report_access", UNSET)
        if type(storages_write_off_report_access) is not bool and storages_write_off_report_access is not UNSET:
            storages_write_off_report_access = _fields.read_boolean(
                storages_write_off_report_access, "storages_write_off_report_access"
            )

        storages_write_off_report_excel_access = _get("storages_write_off_report_excel_access", UNSET)
        if (
            type(storages_write_off_report_excel_access) is not bool
            and storages_write_off_report_excel_access is not UNSET
        ):
            storages_write_off_report_excel_access = _fields.read_boolean(
                storages_write_off_report_excel_access, "storages_write_off_report_excel_access"
            )

        storages_turnover_report_access = _get("storages_turnover_report_access", UNSET)
        if type(storages_turnover_report_access) is not bool and storages_turnover_report_access is not UNSET:
            storages_turnover_report_access = _fields.read_boolean(
                storages_turnover_report_access, "storages_turnover_report_access"
            )

        storages_turnover_report_excel_access = _get("storages_turnover_report_excel_access", UNSET)
        if (
            type(storages_turnover_report_excel_access) is not bool
            and storages_turnover_report_excel_access is not UNSET
        ):
            storages_turnover_report_excel_access = _fields.read_boolean(
                storages_turnover_report_excel_access, "storages_turnover_report_excel_access"
            )

        storages_goods_crud_access = _get("storages_goods_crud_access", UNSET)
        if type(storages_goods_crud_access) is not bool and storages_goods_crud_access is not UNSET:
            storages_goods_crud_access = _fields.read_boolean(storages_goods_crud_access, "storages_goods_crud_access")

        storages_goods_create_access = _get("storages_goods_create_access", UNSET)
        if type(storages_goods_create_access) is not bool and storages_goods_create_access is not UNSET:
            storages_goods_create_access = _fields.read_boolean(
                storages_goods_create_access, "storages_goods_create_access"
            )

        storages_goods_update_access = _get("storages_goods_update_access", UNSET)
        if type(storages_goods_update_access) is not bool and storages_goods_update_access is not UNSET:
            storages_goods_update_access = _fields.read_boolean(
                storages_goods_update_access, "storages_goods_update_access"
            )

        storages_goods_title_edit_access = _get("storages_goods_title_edit_access", UNSET)
        if type(storages_goods_title_edit_access) is not bool and storages_goods_title_edit_access is not UNSET:
            storages_goods_title_edit_access = _fields.read_boolean(
                storages_goods_title_edit_access, "storages_goods_title_edit_access"
            )

        storages_goods_category_edit_access = _get("storages_goods_category_edit_access", UNSET)
        if type(storages_goods_category_edit_access) is not bool and storages_goods_category_edit_access is not UNSET:
            storages_goods_category_edit_access = _fields.read_boolean(
                storages_goods_category_edit_access, "storages_goods_category_edit_access"
            )

        storages_goods_selling_price_edit_access = _get("storages_goods_selling_price_edit_access", UNSET)
        if (
            type(storages_goods_selling_price_edit_access) is not bool
            and storages_goods_selling_price_edit_access is not UNSET
        ):
            storages_goods_selling_price_edit_access = _fields.read_boolean(
                storages_goods_selling_price_edit_access, "storages_goods_selling_price_edit_access"
            )

        storages_goods_cost_price_edit_access = _get("storages_goods_cost_price_edit_access", UNSET)
        if (
            type(storages_goods_cost_price_edit_access) is not bool
            and storages_goods_cost_price_edit_access is not UNSET
        ):
            storages_goods_cost_price_edit_access = _fields.read_boolean(
                storages_goods_cost_price_edit_access, "storages_goods_cost_price_edit_access"
            )

        storages_goods_units_edit_access = _get("storages_goods_units_edit_access", UNSET)
        if type(storages_goods_units_edit_access) is not bool and storages_goods_units_edit_access is not UNSET:
            storages_goods_units_edit_access = _fields.read_boolean(
                storages_goods_units_edit_access, "storages_goods_units_edit_access"
            )

        storages_goods_critical_balance_edit_access = _get("storages_goods_critical_balance_edit_access", UNSET)
        if (
            type(storages_goods_critical_balance_edit_access) is not bool
            and storages_goods_critical_balance_edit_access is not UNSET
        ):
            storages_goods_critical_balance_edit_access = _fields.read_boolean(
                storages_goods_critical_balance_edit_access, "storages_goods_critical_balance_edit_access"
            )

        storages_goods_masses_edit_access = _get("storages_goods_masses_edit_access", UNSET)
        if type(storages_goods_masses_edit_access) is not bool and storages_goods_masses_edit_access is not UNSET:
            storages_goods_masses_edit_access = _fields.read_boolean(
                storages_goods_masses_edit_access, "storages_goods_masses_edit_access"
            )

        storages_goods_comment_edit_access = _get("storages_goods_comment_edit_access", UNSET)
        if type(storages_goods_comment_edit_access) is not bool and storages_goods_comment_edit_access is not UNSET:
            storages_goods_comment_edit_access = _fields.read_boolean(
                storages_goods_comment_edit_access, "storages_goods_comment_edit_access"
            )

        storages_goods_archive_access = _get("storages_goods_archive_access", UNSET)
        if type(storages_goods_archive_access) is not bool and storages_goods_archive_access is not UNSET:
            storages_goods_archive_access = _fields.read_boolean(
                storages_goods_archive_access, "storages_goods_archive_access"
            )

        storages_goods_delete_access = _get("storages_goods_delete_access", UNSET)
        if type(storages_goods_delete_access) is not bool and storages_goods_delete_access is not UNSET:
            storages_goods_delete_access = _fields.read_boolean(
                storages_goods_delete_access, "storages_goods_delete_access"
            )

        storages_limited_access = _get("storages_limited_access", UNSET)
        if type(storages_limited_access) is not bool and storages_limited_access is not UNSET:
            storages_limited_access = _fields.read_boolean(storages_limited_access, "storages_limited_access")

        storages_goods_prime_cost_view_access = _get("storages_goods_prime_cost_view_access", UNSET)
        if (
            type(storages_goods_prime_cost_view_access) is not bool
            and storages_goods_prime_cost_view_access is not UNSET
        ):
            storages_goods_prime_cost_view_access = _fields.read_boolean(
                storages_goods_prime_cost_view_access, "storages_goods_prime_cost_view_access"
            )

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.storages_access = storages_access
        _model.storages_ids = storages_ids
        _model.storages_transactions_access = storages_transactions_access
        _model.storages_last_days_count = storages_last_days_count
        _model.storages_move_goods_access = storages_move_goods_access
        _model.storages_create_transactions_access = storages_create_transactions_access
        _model.storages_create_last_days_count = storages_create_last_days_count
        _model.storages_create_transactions_buy_access = storages_create_transactions_buy_access
        _model.storages_create_transactions_sale_access = storages_create_transactions_sale_access
        _model.storages_edit_transactions_access = storages_edit_transactions_access
        _model.storages_edit_last_days_count = storages_edit_last_days_count
        _model.storages_edit_transactions_buy_access = storages_edit_transactions_buy_access
        _model.storages_edit_transactions_sale_access = storages_edit_transactions_sale_access
        _model.storages_delete_transactions_access = storages_delete_transactions_access
        _model.storages_transactions_excel_access = storages_transactions_excel_access
        _model.storages_transactions_types = storages_transactions_types
        _model.storages_inventory_access = storages_inventory_access
        _model.storages_inventory_create_edit_access = storages_inventory_create_edit_access
        _model.storages_inventory_delete_access = storages_inventory_delete_access
        _model.storages_inventory_excel_access = storages_inventory_excel_access
        _model.storages_remnants_report_access = storages_remnants_report_access
        _model.storages_remnants_report_excel_access = storages_remnants_report_excel_access
        _model.storages_sales_report_access = storages_sales_report_access
        _model.storages_sales_report_excel_access = storages_sales_report_excel_access
        _model.storages_consumable_report_access = storages_consumable_report_access
        _model.storages_consumable_report_excel_access = storages_consumable_report_excel_access
        _model.storages_write_off_report_access = storages_write_off_report_access
        _model.storages_write_off_report_excel_access = storages_write_off_report_excel_access
        _model.storages_turnover_report_access = storages_turnover_report_access
        _model.storages_turnover_report_excel_access = storages_turnover_report_excel_access
        _model.storages_goods_crud_access = storages_goods_crud_access
        _model.storages_goods_create_access = storages_goods_create_access
        _model.storages_goods_update_access = storages_goods_update_access
        _model.storages_goods_title_edit_access = storages_goods_title_edit_access
        _model.storages_goods_category_edit_access = storages_goods_category_edit_access
        _model.storages_goods_selling_price_edit_access = storages_goods_selling_price_edit_access
        _model.storages_goods_cost_price_edit_access = storages_goods_cost_price_edit_access
        _model.storages_goods_units_edit_access = storages_goods_units_edit_access
        _model.storages_goods_critical_balance_edit_access = storages_goods_critical_balance_edit_access
        _model.storages_goods_masses_edit_access = storages_goods_masses_edit_access
        _model.storages_goods_comment_edit_access = storages_goods_comment_edit_access
        _model.storages_goods_archive_access = storages_goods_archive_access
        _model.storages_goods_delete_access = storages_goods_delete_access
        _model.storages_limited_access = storages_limited_access
        _model.storages_goods_prime_cost_view_access = storages_goods_prime_cost_view_access
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetPermissionListResponse200Storages:
            _fields.init_added_fields(_model, GetPermissionListResponse200Storages)
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
