from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
from ..models.chain_loyalty_certificate_types_update_body_expiration_timeout_unit_id import (
    ChainLoyaltyCertificateTypesUpdateBodyExpirationTimeoutUnitId,
)
from ..models.chain_loyalty_certificate_types_update_body_expiration_type_id import (
    ChainLoyaltyCertificateTypesUpdateBodyExpirationTypeId,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChainLoyaltyCertificateTypesUpdateBodyExpiration")


@_attrs_define
class ChainLoyaltyCertificateTypesUpdateBodyExpiration:
    """Expiration settings

    Attributes:
        type_id (ChainLoyaltyCertificateTypesUpdateBodyExpirationTypeId): Expiration type: 0 = none, 1 = fixed date, 2 =
            period from sale Example: 2.
        date (datetime.datetime | Unset): Fixed expiration date (ISO 8601, required if type_id = 1) Example:
            2026-12-31T23:59:59+00:00.
        timeout (int | Unset): Duration value (required if type_id = 2) Example: 6.
        timeout_unit_id (ChainLoyaltyCertificateTypesUpdateBodyExpirationTimeoutUnitId | Unset): Duration unit (required
            if type_id = 2): 1 = day, 2 = week, 3 = month, 4 = year Example: 3.
    """

    type_id: ChainLoyaltyCertificateTypesUpdateBodyExpirationTypeId
    date: datetime.datetime | Unset = UNSET
    timeout: int | Unset = UNSET
    timeout_unit_id: ChainLoyaltyCertificateTypesUpdateBodyExpirationTimeoutUnitId | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_id = self.type_id.value

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        timeout = self.timeout

        timeout_unit_id: int | Unset = UNSET
        if not isinstance(self.timeout_unit_id, Unset):
            timeout_unit_id = self.timeout_unit_id.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type_id": type_id,
            }
        )
        if date is not UNSET:
            field_dict["date"] = date
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if timeout_unit_id is not UNSET:
            field_dict["timeout_unit_id"] = timeout_unit_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_id = ChainLoyaltyCertificateTypesUpdateBodyExpirationTypeId(d.pop("type_id"))

        _date = d.pop("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = _timestamps.parse_datetime(_date)

        timeout = d.pop("timeout", UNSET)

        _timeout_unit_id = d.pop("timeout_unit_id", UNSET)
        timeout_unit_id: ChainLoyaltyCertificateTypesUpdateBodyExpirationTimeoutUnitId | Unset
        if isinstance(_timeout_unit_id, Unset):
            timeout_unit_id = UNSET
        else:
            timeout_unit_id = ChainLoyaltyCertificateTypesUpdateBodyExpirationTimeoutUnitId(_timeout_unit_id)

        _model = cls(
            type_id=type_id,
            date=date,
            timeout=timeout,
            timeout_unit_id=timeout_unit_id,
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
