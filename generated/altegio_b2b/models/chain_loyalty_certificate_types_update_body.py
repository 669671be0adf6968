from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._runtime import fields as _fields
from .._runtime.errors import FieldError as _FieldError
from ..models.chain_loyalty_certificate_types_update_body_balance_edit_type_id import (
    ChainLoyaltyCertificateTypesUpdateBodyBalanceEditTypeId,
)
from ..models.chain_loyalty_certificate_types_update_body_item_type_id import (
    ChainLoyaltyCertificateTypesUpdateBodyItemTypeId,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chain_loyalty_certificate_types_update_body_expiration import (
        ChainLoyaltyCertificateTypesUpdateBodyExpiration,
    )
    from ..models.chain_loyalty_certificate_types_update_body_online_sale import (
        ChainLoyaltyCertificateTypesUpdateBodyOnlineSale,
    )


T = TypeVar("T", bound="ChainLoyaltyCertificateTypesUpdateBody")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "title",
        "balance",
        "is_multi",
        "item_type_id",
        "is_allow_empty_code",
        "balance_edit_type_id",
        "service_ids",
        "salon_ids",
        "expiration",
        "online_sale",
        "category_id",
    }
)
_EXTRA = _fields.ANY
_KIND_item_type_id = _fields.EnumOf("ChainLoyaltyCertificateTypesUpdateBodyItemTypeId", _fields.INTEGER)
_KIND_balance_edit_type_id = _fields.EnumOf("ChainLoyaltyCertificateTypesUpdateBodyBalanceEditTypeId", _fields.INTEGER)
_KIND_service_ids = _fields.ListOf(_fields.INTEGER)
_KIND_salon_ids = _fields.ListOf(_fields.INTEGER)


@_attrs_define
class ChainLoyaltyCertificateTypesUpdateBody:
    """
    Attributes:
        title (str): Certificate type name Example: Gift Certificate 1500.
        balance (float): Certificate face value Example: 1500.
        is_multi (bool): true = multiple use, false = single use Example: True.
        item_type_id (ChainLoyaltyCertificateTypesUpdateBodyItemTypeId): Usage restrictions (0-4) Example: 0.
        is_allow_empty_code (bool): Allow selling without code? Example: False.
        balance_edit_type_id (ChainLoyaltyCertificateTypesUpdateBodyBalanceEditTypeId): Balance editability (1 =
            editable, 2 = not editable) Example: 1.
        service_ids (list[int]): Specific service IDs (empty if no restriction) Example: [].
        salon_ids (list[int]): Location IDs where certificate is valid Example: [720441].
        expiration (ChainLoyaltyCertificateTypesUpdateBodyExpiration): Expiration settings
        online_sale (ChainLoyaltyCertificateTypesUpdateBodyOnlineSale): Online sale settings
        category_id (int | None | Unset): Service category restriction (null = no restriction)
    """

    title: str
    balance: float
    is_multi: bool
    item_type_id: ChainLoyaltyCertificateTypesUpdateBodyItemTypeId
    is_allow_empty_code: bool
    balance_edit_type_id: ChainLoyaltyCertificateTypesUpdateBodyBalanceEditTypeId
    service_ids: list[int]
    salon_ids: list[int]
    expiration: ChainLoyaltyCertificateTypesUpdateBodyExpiration
    online_sale: ChainLoyaltyCertificateTypesUpdateBodyOnlineSale
    category_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        title = self.title
        if type(title) is not str:
            title = _fields.write_string(title, "title")
        field_dict["title"] = title

        balance = self.balance
        field_dict["balance"] = _fields.write_number(balance, "balance")

        is_multi = self.is_multi
        if type(is_multi) is not bool:
            is_multi = _fields.write_boolean(is_multi, "is_multi")
        field_dict["is_multi"] = is_multi

        item_type_id = self.item_type_id
        field_dict["item_type_id"] = _KIND_item_type_id.write_field(item_type_id, "item_type_id")

        is_allow_empty_code = self.is_allow_empty_code
        if type(is_allow_empty_code) is not bool:
            is_allow_empty_code = _fields.write_boolean(is_allow_empty_code, "is_allow_empty_code")
        field_dict["is_allow_empty_code"] = is_allow_empty_code

        balance_edit_type_id = self.balance_edit_type_id
        field_dict["balance_edit_type_id"] = _KIND_balance_edit_type_id.write_field(
            balance_edit_type_id, "balance_edit_type_id"
        )

        service_ids = self.service_ids
        field_dict["service_ids"] = _KIND_service_ids.write_field(service_ids, "service_ids")

        salon_ids = self.salon_ids
        field_dict["salon_ids"] = _KIND_salon_ids.write_field(salon_ids, "salon_ids")

        expiration = self.expiration
        field_dict["expiration"] = _fields.write_model(
            expiration, _models.ChainLoyaltyCertificateTypesUpdateBodyExpiration, "expiration"
        )

        online_sale = self.online_sale
        field_dict["online_sale"] = _fields.write_model(
            online_sale, _models.ChainLoyaltyCertificateTypesUpdateBodyOnlineSale, "online_sale"
        )

        category_id = self.category_id
        if type(category_id) is not int and category_id is not UNSET and category_id is not None:
            category_id = _fields.write_integer(category_id, "category_id")
        if category_id is not UNSET:
            field_dict["category_id"] = category_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        title = _get("title", UNSET)
        if type(title) is not str:
            title = _fields.read_string(title, "title")

        balance = _get("balance", UNSET)
        if type(balance) is not float and type(balance) is not int:
            balance = _fields.read_number(balance, "balance")

        is_multi = _get("is_multi", UNSET)
        if type(is_multi) is not bool:
            is_multi = _fields.read_boolean(is_multi, "is_multi")

        item_type_id = _get("item_type_id", UNSET)
        item_type_id = _KIND_item_type_id.read_field(item_type_id, "item_type_id")

        is_allow_empty_code = _get("is_allow_empty_code", UNSET)
        if type(is_allow_empty_code) is not bool:
            is_allow_empty_code = _fields.read_boolean(is_allow_empty_code, "is_allow_empty_code")

        balance_edit_type_id = _get("balance_edit_type_id", UNSET)
        balance_edit_type_id = _KIND_balance_edit_type_id.read_field(balance_edit_type_id, "balance_edit_type_id")

        service_ids = _get("service_ids", UNSET)
        service_ids = _KIND_service_ids.read_field(service_ids, "service_ids")

        salon_ids = _get("salon_ids", UNSET)
        salon_ids = _KIND_salon_ids.read_field(salon_ids, "salon_ids")

        expiration = _get("expiration", UNSET)
        try:
            expiration = _models.ChainLoyaltyCertificateTypesUpdateBodyExpiration.from_dict(expiration)
        except _FieldError as _error:
            raise _error.within("expiration")

        online_sale = _get("online_sale", UNSET)
        try:
            online_sale = _models.ChainLoyaltyCertificateTypesUpdateBodyOnlineSale.from_dict(online_sale)
        except _FieldError as _error:
            raise _error.within("online_sale")

        category_id = _get("category_id", UNSET)
        if type(category_id) is not int and category_id is not UNSET and category_id is not None:
            category_id = _fields.read_integer(category_id, "category_id")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.title = title
        _model.balance = balance
        _model.is_multi = is_multi
        _model.item_type_id = item_type_id
        _model.is_allow_empty_code = is_allow_empty_code
        _model.balance_edit_type_id = balance_edit_type_id
        _model.service_ids = service_ids
        _model.salon_ids = salon_ids
        _model.expiration = expiration
        _model.online_sale = online_sale
        _model.category_id = category_id
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not ChainLoyaltyCertificateTypesUpdateBody:
            _fields.init_added_fields(_model, ChainLoyaltyCertificateTypesUpdateBody)
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
