from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET

T = TypeVar("T", bound="AssignServiceToTeamMemberBody")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "master_id",
        "seance_length",
        "technological_card_id",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class AssignServiceToTeamMemberBody:
    """
    Attributes:
        master_id (int): ID of a team member who provides the service. Example: 123.
        seance_length (float): Duration of service provision by the specified team member in seconds,
            minimum 300 seconds (5 minutes), maximum 86100 seconds (23 hours 55 minutes).
             Example: 3600.
        technological_card_id (int | None): ID of bill of materials used while providing the service. Example: 123.
    """

    master_id: int
    seance_length: float
    technological_card_id: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        master_id = self.master_id
        if type(master_id) is not int:
            master_id = _fields.write_integer(master_id, "master_id")
        field_dict["master_id"] = master_id

        seance_length = self.seance_length
        field_dict["seance_length"] = _fields.write_number(seance_length, "seance_length")

        technological_card_id = self.technological_card_id
        if type(technological_card_id) is not int and technological_card_id is not None:
            technological_card_id = _fields.write_integer(technological_card_id, "technological_card_id")
        field_dict["technological_card_id"] = technological_card_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        master_id = _get("master_id", UNSET)
        if type(master_id) is not int:
            master_id = _fields.read_integer(master_id, "master_id")

        seance_length = _get("seance_length", UNSET)
        if type(seance_length) is not float and type(seance_length) is not int:
            seance_length = _fields.read_number(seance_length, "seance_length")

        technological_card_id = _get("technological_card_id", UNSET)
        if type(technological_card_id) is not int and technological_card_id is not None:
            technological_card_id = _fields.read_integer(technological_card_id, "technological_card_id")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.master_id = master_id
        _model.seance_length = seance_length
        _model.technological_card_id = technological_card_id
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not AssignServiceToTeamMemberBody:
            _fields.init_added_fields(_model, AssignServiceToTeamMemberBody)
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
