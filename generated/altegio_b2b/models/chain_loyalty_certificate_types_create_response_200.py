from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._runtime import fields as _fields
from .._runtime.errors import FieldError as _FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chain_loyalty_certificate_types_create_response_200_item_type import (
        ChainLoyaltyCertificateTypesCreateResponse200ItemType,
    )


T = TypeVar("T", bound="ChainLoyaltyCertificateTypesCreateResponse200")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "title",
        "balance",
        "is_multi",
        "company_group_id",
        "category_id",
        "weight",
        "item_type_id",
        "expiration_type_id",
        "expiration_date",
        "expiration_timeout",
        "expiration_timeout_unit_id",
        "balance_edit_type_id",
        "is_allow_empty_code",
        "is_serial_number_limited",
        "is_archived",
        "date_archived",
        "online_sale_is_enabled",
        "online_sale_title",
        "online_sale_description",
        "online_sale_price",
        "online_sale_image",
        "released_total",
        "item_type",
        "service_ids",
        "salon_ids",
    }
)
_EXTRA = _fields.ANY
_KIND_expiration_date = _fields.OneOf(
    _fields.DATETIME,
    _fields.NULL,
)
_KIND_service_ids = _fields.ListOf(_fields.INTEGER)
_KIND_salon_ids = _fields.ListOf(_fields.INTEGER)


@_attrs_define
class ChainLoyaltyCertificateTypesCreateResponse200:
    """
    Attributes:
        id (int | Unset): Certificate type ID Example: 289056.
        title (str | Unset):  Example: Gift Certificate 1000.
        balance (float | Unset):  Example: 1000.
        is_multi (bool | Unset):  Example: True.
        company_group_id (int | Unset): Chain ID Example: 706028.
        category_id (int | None | Unset):
        weight (int | Unset): Sort order Example: 1.
        item_type_id (int | Unset):  Example: 0.
        expiration_type_id (int | Unset):  Example: 2.
        expiration_date (datetime.datetime | None | Unset):
        expiration_timeout (int | Unset):  Example: 6.
        expiration_timeout_unit_id (int | Unset):  Example: 3.
        balance_edit_type_id (int | Unset):  Example: 1.
        is_allow_empty_code (bool | Unset):  Example: False.
        is_serial_number_limited (bool | Unset):  Example: False.
        is_archived (bool | Unset):  Example: False.
        date_archived (None | str | Unset):
        online_sale_is_enabled (bool | Unset):  Example: False.
        online_sale_title (str | Unset):  Example: Gift Certificate 1000.
        online_sale_description (str | Unset):
        online_sale_price (float | Unset):  Example: 0.
        online_sale_image (None | str | Unset):
        released_total (int | Unset): Total certificates issued Example: 0.
        item_type (ChainLoyaltyCertificateTypesCreateResponse200ItemType | Unset):
        service_ids (list[int] | Unset):  Example: [].
        salon_ids (list[int] | Unset):  Example: [720441].
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    balance: float | Unset = UNSET
    is_multi: bool | Unset = UNSET
    company_group_id: int | Unset = UNSET
    category_id: int | None | Unset = UNSET
    weight: int | Unset = UNSET
    item_type_id: int | Unset = UNSET
    expiration_type_id: int | Unset = UNSET
    expiration_date: datetime.datetime | None | Unset = UNSET
    expiration_timeout: int | Unset = UNSET
    expiration_timeout_unit_id: int | Unset = UNSET
    balance_edit_type_id: int | Unset = UNSET
    is_allow_empty_code: bool | Unset = UNSET
    is_serial_number_limited: bool | Unset = UNSET
    is_archived: bool | Unset = UNSET
    date_archived: None | str | Unset = UNSET
    online_sale_is_enabled: bool | Unset = UNSET
    online_sale_title: str | Unset = UNSET
    online_sale_description: str | Unset = UNSET
    online_sale_price: float | Unset = UNSET
    online_sale_image: None | str | Unset = UNSET
    released_total: int | Unset = UNSET
    item_type: ChainLoyaltyCertificateTypesCreateResponse200ItemType | Unset = UNSET
    service_ids: list[int] | Unset = UNSET
    salon_ids: list[int] | Unset = UNSET
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

        balance = self.balance
        if balance is not UNSET:
            field_dict["balance"] = _fields.write_number(balance, "balance")

        is_multi = self.is_multi
        if type(is_multi) is not bool and is_multi is not UNSET:
            is_multi = _fields.write_boolean(is_multi, "is_multi")
        if is_multi is not UNSET:
            field_dict["is_multi"] = is_multi

        company_group_id = self.company_group_id
        if type(company_group_id) is not int and company_group_id is not UNSET:
            company_group_id = _fields.write_integer(company_group_id, "company_group_id")
        if company_group_id is not UNSET:
            field_dict["company_group_id"] = company_group_id

        category_id = self.category_id
        if type(category_id) is not int and category_id is not UNSET and category_id is not None:
            category_id = _fields.write_integer(category_id, "category_id")
        if category_id is not UNSET:
            field_dict["category_id"] = category_id

        weight = self.weight
        if type(weight) is not int and weight is not UNSET:
            weight = _fields.write_integer(weight, "weight")
        if weight is not UNSET:
            field_dict["weight"] = weight

        item_type_id = self.item_type_id
        if type(item_type_id) is not int and item_type_id is not UNSET:
            item_type_id = _fields.write_integer(item_type_id, "item_type_id")
        if item_type_id is not UNSET:
            field_dict["item_type_id"] = item_type_id

        expiration_type_id = self.expiration_type_id
        if type(expiration_type_id) is not int and expiration_type_id is not UNSET:
            expiration_type_id = _fields.write_integer(expiration_type_id, "expiration_type_id")
        if expiration_type_id is not UNSET:
            field_dict["expiration_type_id"] = expiration_type_id

        expiration_date = self.expiration_date
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = _KIND_expiration_date.write_field(expiration_date, "expiration_date")

        expiration_timeout = self.expiration_timeout
        if type(expiration_timeout) is not int and expiration_timeout is not UNSET:
            expiration_timeout = _fields.write_integer(expiration_timeout, "expiration_timeout")
        if expiration_timeout is not UNSET:
            field_dict["expiration_timeout"] = expiration_timeout

        expiration_timeout_unit_id = self.expiration_timeout_unit_id
        if type(expiration_timeout_unit_id) is not int and expiration_timeout_unit_id is not UNSET:
            expiration_timeout_unit_id = _fields.write_integer(expiration_timeout_unit_id, "expiration_timeout_unit_id")
        if expiration_timeout_unit_id is not UNSET:
            field_dict["expiration_timeout_unit_id"] = expiration_timeout_unit_id

        balance_edit_type_id = self.balance_edit_type_id
        if type(balance_edit_type_id) is not int and balance_edit_type_id is not UNSET:
            balance_edit_type_id = _fields.write_integer(balance_edit_type_id, "balance_edit_type_id")
        if balance_edit_type_id is not UNSET:
            field_dict["balance_edit_type_id"] = balance_edit_type_id

        is_allow_empty_code = self.is_allow_empty_code
        if type(is_allow_empty_code) is not bool and is_allow_empty_code is not UNSET:
            is_allow_empty_code = _fields.write_boolean(is_allow_empty_code, "is_allow_empty_code")
        if is_allow_empty_code is not UNSET:
            field_dict["is_allow_empty_code"] = is_allow_empty_code

        is_serial_number_limited = self.is_serial_number_limited
        if type(is_serial_number_limited) is not bool and is_serial_number_limited is not UNSET:
            is_serial_number_limited = _fields.write_boolean(is_serial_number_limited, "is_serial_number_limited")
        if is_serial_number_limited is not UNSET:
            field_dict["is_serial_number_limited"] = is_serial_number_limited

        is_archived = self.is_archived
        if type(is_archived) is not bool and is_archived is not UNSET:
            is_archived = _fields.write_boolean(is_archived, "is_archived")
        if is_archived is not UNSET:
            field_dict["is_archived"] = is_archived

        date_archived = self.date_archived
        if type(date_archived) is not str and date_archived is not UNSET and date_archived is not None:
            date_archived = _fields.write_string(date_archived, "date_archived")
        if date_archived is not UNSET:
            field_dict["date_archived"] = date_archived

        online_sale_is_enabled = self.online_sale_is_enabled
        if type(online_sale_is_enabled) is not bool and online_sale_is_enabled is not UNSET:
            online_sale_is_enabled = _fields.write_boolean(online_sale_is_enabled, "online_sale_is_enabled")
        if online_sale_is_enabled is not UNSET:
            field_dict["online_sale_is_enabled"] = online_sale_is_enabled

        online_sale_title = self.online_sale_title
        if type(online_sale_title) is not str and online_sale_title is not UNSET:
            online_sale_title = _fields.write_string(online_sale_title, "online_sale_title")
        if online_sale_title is not UNSET:
            field_dict["online_sale_title"] = online_sale_title

        online_sale_description = self.online_sale_description
        if type(online_sale_description) is not str and online_sale_description is not UNSET:
            online_sale_description = _fields.write_string(online_sale_description, "online_sale_description")
        if online_sale_description is not UNSET:
            field_dict["online_sale_description"] = online_sale_description

        online_sale_price = self.online_sale_price
        if online_sale_price is not UNSET:
            field_dict["online_sale_price"] = _fields.write_number(online_sale_price, "online_sale_price")

        online_sale_image = self.online_sale_image
        if type(online_sale_image) is not str and online_sale_image is not UNSET and online_sale_image is not None:
            online_sale_image = _fields.write_string(online_sale_image, "online_sale_image")
        if online_sale_image is not UNSET:
            field_dict["online_sale_image"] = online_sale_image

        released_total = self.released_total
        if type(released_total) is not int and released_total is not UNSET:
            released_total = _fields.write_integer(released_total, "released_total")
        if released_total is not UNSET:
            field_dict["released_total"] = released_total

        item_type = self.item_type
        if item_type is not UNSET:
            field_dict["item_type"] = _fields.write_model(
                item_type, _models.ChainLoyaltyCertificateTypesCreateResponse200ItemType, "item_type"
            )

        service_ids = self.service_ids
        if service_ids is not UNSET:
            field_dict["service_ids"] = _KIND_service_ids.write_field(service_ids, "service_ids")

        salon_ids = self.salon_ids
        if salon_ids is not UNSET:
            field_dict["salon_ids"] = _KIND_salon_ids.write_field(salon_ids, "salon_ids")

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

        balance = _get("balance", UNSET)
        if type(balance) is not float and type(balance) is not int and balance is not UNSET:
            balance = _fields.read_number(balance, "balance")

        is_multi = _get("is_multi", UNSET)
        if type(is_multi) is not bool and is_multi is not UNSET:
            is_multi = _fields.read_boolean(is_multi, "is_multi")

        company_group_id = _get("company_group_id", UNSET)
        if type(company_group_id) is not int and company_group_id is not UNSET:
            company_group_id = _fields.read_integer(company_group_id, "company_group_id")

        category_id = _get("category_id", UNSET)
        if type(category_id) is not int and category_id is not UNSET and category_id is not None:
            category_id = _fields.read_integer(category_id, "category_id")

        weight = _get("weight", UNSET)
        if type(weight) is not int and weight is not UNSET:
            weight = _fields.read_integer(weight, "weight")

        item_type_id = _get("item_type_id", UNSET)
        if type(item_type_id) is not int and item_type_id is not UNSET:
            item_type_id = _fields.read_integer(item_type_id, "item_type_id")

        expiration_type_id = _get("expiration_type_id", UNSET)
        if type(expiration_type_id) is not int and expiration_type_id is not UNSET:
            expiration_type_id = _fields.read_integer(expiration_type_id, "expiration_type_id")

        expiration_date = _get("expiration_date", UNSET)
        if expiration_date is not UNSET and expiration_date is not None:
            try:
                expiration_date = _fields.datetime_fromisoformat(expiration_date)
            except (TypeError, ValueError):
                expiration_date = _fields.read_datetime(expiration_date, "expiration_date")

        expiration_timeout = _get("expiration_timeout", UNSET)
        if type(expiration_timeout) is not int and expiration_timeout is not UNSET:
            expiration_timeout = _fields.read_integer(expiration_timeout, "expiration_timeout")

        expiration_timeout_unit_id = _get("expiration_timeout_unit_id", UNSET)
        if type(expiration_timeout_unit_id) is not int and expiration_timeout_unit_id is not UNSET:
            expiration_timeout_unit_id = _fields.read_integer(expiration_timeout_unit_id, "expiration_timeout_unit_id")

        balance_edit_type_id = _get("balance_edit_type_id", UNSET)
        if type(balance_edit_type_id) is not int and balance_edit_type_id is not UNSET:
            balance_edit_type_id = _fields.read_integer(balance_edit_type_id, "balance_edit_type_id")

        is_allow_empty_code = _get("is_allow_empty_code", UNSET)
        if type(is_allow_empty_code) is not bool and is_allow_empty_code is not UNSET:
            is_allow_empty_code = _fields.read_boolean(is_allow_empty_code, "is_allow_empty_code")

        is_serial_number_limited = _get("is_serial_number_limited", UNSET)
        if type(is_serial_number_limited) is not bool and is_serial_number_limited is not UNSET:
            is_serial_number_limited = _fields.read_boolean(is_serial_number_limited, "is_serial_number_limited")

        is_archived = _get("is_archived", UNSET)
        if type(is_archived) is not bool and is_archived is not UNSET:
            is_archived = _fields.read_boolean(is_archived, "is_archived")

        date_archived = _get("date_archived", UNSET)
        if type(date_archived) is not str and date_archived is not UNSET and date_archived is not None:
            date_archived = _fields.read_string(date_archived, "date_archived")

        online_sale_is_enabled = _get("online_sale_is_enabled", UNSET)
        if type(online_sale_is_enabled) is not bool and online_sale_is_enabled is not UNSET:
            online_sale_is_enabled = _fields.read_boolean(online_sale_is_enabled, "online_sale_is_enabled")

        online_sale_title = _get("online_sale_title", UNSET)
        if type(online_sale_title) is not str and online_sale_title is not UNSET:
            online_sale_title = _fields.read_string(online_sale_title, "online_sale_title")

        online_sale_description = _get("online_sale_description", UNSET)
        if type(online_sale_description) is not str and online_sale_description is not UNSET:
            online_sale_description = _fields.read_string(online_sale_description, "online_sale_description")

        online_sale_price = _get("online_sale_price", UNSET)
        if (
            type(online_sale_price) is not float
            and type(online_sale_price) is not int
            and online_sale_price is not UNSET
        ):
            online_sale_price = _fields.read_number(online_sale_price, "online_sale_price")

        online_sale_image = _get("online_sale_image", UNSET)
        if type(online_sale_image) is not str and online_sale_image is not UNSET and online_sale_image is not None:
            online_sale_image = _fields.read_string(online_sale_image, "online_sale_image")

        released_total = _get("released_total", UNSET)
        if type(released_total) is not int and released_total is not UNSET:
            released_total = _fields.read_integer(released_total, "released_total")

        item_type = _get("item_type", UNSET)
        if item_type is not UNSET:
            try:
                item_type = _models.ChainLoyaltyCertificateTypesCreateResponse200ItemType.from_dict(item_type)
            except _FieldError as _error:
                raise _error.within("item_type")

        service_ids = _get("service_ids", UNSET)
        if service_ids is not UNSET:
            service_ids = _KIND_service_ids.read_field(service_ids, "service_ids")

        salon_ids = _get("salon_ids", UNSET)
        if salon_ids is not UNSET:
            salon_ids = _KIND_salon_ids.read_field(salon_ids, "salon_ids")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.title = title
        _model.balance = balance
        _model.is_multi = is_multi
        _model.company_group_id = company_group_id
        _model.category_id = category_id
        _model.weight = weight
        _model.item_type_id = item_type_id
        _model.expiration_type_id = expiration_type_id
        _model.expiration_date = expiration_date
        _model.expiration_timeout = expiration_timeout
        _model.expiration_timeout_unit_id = expiration_timeout_unit_id
        _model.balance_edit_type_id = balance_edit_type_id
        _model.is_allow_empty_code = is_allow_empty_code
        _model.is_serial_number_limited = is_serial_number_limited
        _model.is_archived = is_archived
        _model.date_archived = date_archived
        _model.online_sale_is_enabled = online_sale_is_enabled
        _model.online_sale_title = online_sale_title
        _model.online_sale_description = online_sale_description
        _model.online_sale_price = online_sale_price
        _model.online_sale_image = online_sale_image
        _model.released_total = released_total
        _model.item_type = item_type
        _model.service_ids = service_ids
        _model.salon_ids = salon_ids
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not ChainLoyaltyCertificateTypesCreateResponse200:
            _fields.init_added_fields(_model, ChainLoyaltyCertificateTypesCreateResponse200)
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
