from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_client_membership_activity_history_response_200_item_loyalty_entity_changes_type_0 import (
        GetClientMembershipActivityHistoryResponse200ItemLoyaltyEntityChangesType0,
    )
    from ..models.get_client_membership_activity_history_response_200_item_operation_type import (
        GetClientMembershipActivityHistoryResponse200ItemOperationType,
    )


T = TypeVar("T", bound="GetClientMembershipActivityHistoryResponse200Item")


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
        from ..models.get_client_membership_activity_history_response_200_item_loyalty_entity_changes_type_0 import (
            GetClientMembershipActivityHistoryResponse200ItemLoyaltyEntityChangesType0,  # noqa: PLC0415
        )

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        loyalty_entity_changes: dict[str, Any] | None | Unset
        if isinstance(self.loyalty_entity_changes, Unset):
            loyalty_entity_changes = UNSET
        elif isinstance(
            self.loyalty_entity_changes, GetClientMembershipActivityHistoryResponse200ItemLoyaltyEntityChangesType0
        ):
            loyalty_entity_changes = self.loyalty_entity_changes.to_dict()
        else:
            loyalty_entity_changes = self.loyalty_entity_changes

        operation_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.operation_type, Unset):
            operation_type = self.operation_type.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if loyalty_entity_changes is not UNSET:
            field_dict["loyalty_entity_changes"] = loyalty_entity_changes
        if operation_type is not UNSET:
            field_dict["operation_type"] = operation_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_client_membership_activity_history_response_200_item_loyalty_entity_changes_type_0 import (
            GetClientMembershipActivityHistoryResponse200ItemLoyaltyEntityChangesType0,  # noqa: PLC0415
        )
        from ..models.get_client_membership_activity_history_response_200_item_operation_type import (
            GetClientMembershipActivityHistoryResponse200ItemOperationType,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _date = d.pop("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = _timestamps.parse_datetime(_date)

        def _parse_loyalty_entity_changes(
            data: object,
        ) -> GetClientMembershipActivityHistoryResponse200ItemLoyaltyEntityChangesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                loyalty_entity_changes_type_0 = (
                    GetClientMembershipActivityHistoryResponse200ItemLoyaltyEntityChangesType0.from_dict(data)
                )

                return loyalty_entity_changes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetClientMembershipActivityHistoryResponse200ItemLoyaltyEntityChangesType0 | None | Unset, data)

        loyalty_entity_changes = _parse_loyalty_entity_changes(d.pop("loyalty_entity_changes", UNSET))

        _operation_type = d.pop("operation_type", UNSET)
        operation_type: GetClientMembershipActivityHistoryResponse200ItemOperationType | Unset
        if isinstance(_operation_type, Unset):
            operation_type = UNSET
        else:
            operation_type = GetClientMembershipActivityHistoryResponse200ItemOperationType.from_dict(_operation_type)

        _model = cls(
            date=date,
            loyalty_entity_changes=loyalty_entity_changes,
            operation_type=operation_type,
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
