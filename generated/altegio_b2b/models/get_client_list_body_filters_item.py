from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_client_list_body_filters_item_state import GetClientListBodyFiltersItemState


T = TypeVar("T", bound="GetClientListBodyFiltersItem")


@_attrs_define
class GetClientListBodyFiltersItem:
    """
    Attributes:
        type_ (str | Unset):
        state (GetClientListBodyFiltersItemState | Unset): Filter type
    """

    type_: str | Unset = UNSET
    state: GetClientListBodyFiltersItemState | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        state: dict[str, Any] | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_client_list_body_filters_item_state import GetClientListBodyFiltersItemState  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        _state = d.pop("state", UNSET)
        state: GetClientListBodyFiltersItemState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = GetClientListBodyFiltersItemState.from_dict(_state)

        _model = cls(
            type_=type_,
            state=state,
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
