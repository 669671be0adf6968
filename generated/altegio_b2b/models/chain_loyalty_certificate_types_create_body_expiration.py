from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..models.chain_loyalty_certificate_types_create_body_expiration_timeout_unit_id import (
    ChainLoyaltyCertificateTypesCreateBodyExpirationTimeoutUnitId,
)
from ..models.chain_loyalty_certificate_types_create_body_expiration_type_id import (
    ChainLoyaltyCertificateTypesCreateBodyExpirationTypeId,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChainLoyaltyCertificateTypesCreateBodyExpiration")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "type_id",
        "date",
        "timeout",
        "timeout_unit_id",
    }
)
_EXTRA = _fields.ANY
_KIND_type_id = _fields.EnumOf("ChainLoyaltyCertificateTypesCreateBodyExpirationTypeId", _fields.INTEGER)
_KIND_timeout_unit_id = _fields.EnumOf("ChainLoyaltyCertificateTypesCreateBodyExpirationTimeoutUnitId", _fields.INTEGER)


@_attrs_define
class ChainLoyaltyCertificateTypesCreateBodyExpiration:
    """Expiration settings

    Attributes:
        type_id (ChainLoyaltyCertificateTypesCreateBodyExpirationTypeId): Expiration type: 0 = none, 1 = fixed date, 2 =
            period from sale Example: 2.
        date (datetime.datetime | Unset): Fixed expiration date (ISO 8601, required if type_id = 1) Example:
            2026-12-31T23:59:59+00:00.
        timeout (int | Unset): Duration value (required if type_id = 2) Example: 6.
        timeout_unit_id (ChainLoyaltyCertificateTypesCreateBodyExpirationTimeoutUnitId | Unset): Duration unit (required
            if type_id = 2): 1 = day, 2 = week, 3 = month, 4 = year Example: 3.
    """

    type_id: ChainLoyaltyCertificateTypesCreateBodyExpirationTypeId
    date: datetime.datetime | Unset = UNSET
    timeout: int | Unset = UNSET
    timeout_unit_id: ChainLoyaltyCertificateTypesCreateBodyExpirationTimeoutUnitId | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        type_id = self.type_id
        field_dict["type_id"] = _KIND_type_id.write_field(type_id, "type_id")

        date = self.date
        if date is not UNSET:
            field_dict["date"] = _fields.write_datetime(date, "date")

        timeout = self.timeout
        if type(timeout) is not int and timeout is not UNSET:
            timeout = _fields.write_integer(timeout, "timeout")
        if timeout is not UNSET:
            field_dict["timeout"] = timeout

        timeout_unit_id = self.timeout_unit_id
        if timeout_unit_id is not UNSET:
            field_dict["timeout_unit_id"] = _KIND_timeout_unit_id.write_field(timeout_unit_id, "timeout_unit_id")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        type_id = _get("type_id", UNSET)
        type_id = _KIND_type_id.read_field(type_id, "type_id")

        date = _get("date", UNSET)
        if date is not UNSET:
            try:
                date = _fields.datetime_fromisoformat(date)
            except (TypeError, ValueError):
                date = _fields.read_datetime(date, "date")

        timeout = _get("timeout", UNSET)
        if type(timeout) is not int and timeout is not UNSET:
            timeout = _fields.read_integer(timeout, "timeout")

        timeout_unit_id = _get("timeout_unit_id", UNSET)
        if timeout_unit_id is not UNSET:
            timeout_unit_id = _KIND_timeout_unit_id.read_field(timeout_unit_id, "timeout_unit_id")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.type_id = type_id
        _model.date = date
        _model.timeout = timeout
        _model.timeout_unit_id = timeout_unit_id
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not ChainLoyaltyCertificateTypesCreateBodyExpiration:
            _fields.init_added_fields(_model, ChainLoyaltyCertificateTypesCreateBodyExpiration)
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
