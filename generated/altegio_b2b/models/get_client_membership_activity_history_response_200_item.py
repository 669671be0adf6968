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
    from ..models.get_client_membership_activity_history_response_200_item_loyalty_entity_changes_type_0 import (
        GetClientMembershipActivityHistoryResponse200ItemLoyaltyEntityChangesType0,
    )
    from ..models.get_client_membership_activity_history_response_200_item_operation_type import (
        GetClientMembershipActivityHistoryResponse200ItemOperationType,
    )


T = TypeVar("T", bound="GetClientMembershipActivityHistoryResponse200Item")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "date",
        "loyalty_entity_changes",
        "operation_type",
    }
)
_EXTRA = _fields.ANY
_KIND_loyalty_entity_changes = _fields.OneOf(
    _fields.Model("GetClientMembershipActivityHistoryResponse200ItemLoyaltyEntityChangesType0"),
    _fields.NULL,
)


@_attrs_define
class GetClientMembershipActivityHistoryResponse200Item:
    """
    Attributes:
        date (datetime.datetime | Unset): Event time in the Location's time zone.
        loyalty_entity_changes (GetClientMembershipActivityHistoryResponse200ItemLoyaltyEntityChangesType0 | None |
            Unset): State changes, or null when the event has none.
        operation_type (GetClientMembershipActivityHistoryResponse200ItemOperationType | Unset):
    """

    date: datetime.datetime | Unset = UNSET
    loyalty_entity_changes: (
        GetClientMembershipActivityHistoryResponse200ItemLoyaltyEntityChangesType0 | None | Unset
    ) = UNSET
    operation_type: GetClientMembershipActivityHistoryResponse200ItemOperationType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        date = self.date
        if date is not UNSET:
            field_dict["date"] = _fields.write_datetime(date, "date")

        loyalty_entity_changes = self.loyalty_entity_changes
        if loyalty_entity_changes is not UNSET:
            field_dict["loyalty_entity_changes"] = _KIND_loyalty_entity_changes.write_field(
                loyalty_entity_changes, "loyalty_entity_changes"
            )

        operation_type = self.operation_type
        if operation_type is not UNSET:
            field_dict["operation_type"] = _fields.write_model(
                operation_type, _models.GetClientMembershipActivityHistoryResponse200ItemOperationType, "operation_type"
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        date = _get("date", UNSET)
        if date is not UNSET:
            try:
                date = _fields.datetime_fromisoformat(date)
            except (TypeError, ValueError):
                date = _fields.read_datetime(date, "date")

        loyalty_entity_changes = _get("loyalty_entity_changes", UNSET)
        if loyalty_entity_changes is not UNSET and loyalty_entity_changes is not None:
            try:
                loyalty_entity_changes = (
                    _models.GetClientMembershipActivityHistoryResponse200ItemLoyaltyEntityChangesType0.from_dict(
                        loyalty_entity_changes
                    )
                )
            except _FieldError as _error:
                raise _error.within("loyalty_entity_changes")

        operation_type = _get("operation_type", UNSET)
        if operation_type is not UNSET:
            try:
                operation_type = _models.GetClientMembershipActivityHistoryResponse200ItemOperationType.from_dict(
                    operation_type
                )
            except _FieldError as _error:
                raise _error.within("operation_type")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.date = date
        _model.loyalty_entity_changes = loyalty_entity_changes
        _model.operation_type = operation_type
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetClientMembershipActivityHistoryResponse200Item:
            _fields.init_added_fields(_model, GetClientMembershipActivityHistoryResponse200Item)
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
