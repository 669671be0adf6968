from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_custom_field_response_202_item_custom_field_type import (
        UpdateCustomFieldResponse202ItemCustomFieldType,
    )


T = TypeVar("T", bound="UpdateCustomFieldResponse202ItemCustomField")


@_attrs_define
class UpdateCustomFieldResponse202ItemCustomField:
    """Custom fields

    Attributes:
        id (int | Unset): Field ID
        code (str | Unset): Field code by which values for appointment fields are set
        entity_type (str | Unset): Entity type for which the field is valid (customer card, appointment window)
        show_in_ui (bool | Unset): Whether to show fields in the interface
        title (str | Unset): Name of add. fields
        user_can_edit (bool | Unset): Is editing allowed
        type_ (UpdateCustomFieldResponse202ItemCustomFieldType | Unset): Field type
        values (str | Unset): List of valid values for type "list"
    """

    id: int | Unset = UNSET
    code: str | Unset = UNSET
    entity_type: str | Unset = UNSET
    show_in_ui: bool | Unset = UNSET
    title: str | Unset = UNSET
    user_can_edit: bool | Unset = UNSET
    type_: UpdateCustomFieldResponse202ItemCustomFieldType | Unset = UNSET
    values: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        code = self.code

        entity_type = self.entity_type

        show_in_ui = self.show_in_ui

        title = self.title

        user_can_edit = self.user_can_edit

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.to_dict()

        values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if code is not UNSET:
            field_dict["code"] = code
        if entity_type is not UNSET:
            field_dict["entity_type"] = entity_type
        if show_in_ui is not UNSET:
            field_dict["show_in_ui"] = show_in_ui
        if title is not UNSET:
            field_dict["title"] = title
        if user_can_edit is not UNSET:
            field_dict["user_can_edit"] = user_can_edit
        if type_ is not UNSET:
            field_dict["type"] = type_
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_custom_field_response_202_item_custom_field_type import (
            UpdateCustomFieldResponse202ItemCustomFieldType,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        code = d.pop("code", UNSET)

        entity_type = d.pop("entity_type", UNSET)

        show_in_ui = d.pop("show_in_ui", UNSET)

        title = d.pop("title", UNSET)

        user_can_edit = d.pop("user_can_edit", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: UpdateCustomFieldResponse202ItemCustomFieldType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = UpdateCustomFieldResponse202ItemCustomFieldType.from_dict(_type_)

        values = d.pop("values", UNSET)

        _model = cls(
            id=id,
            code=code,
            entity_type=entity_type,
            show_in_ui=show_in_ui,
            title=title,
            user_can_edit=user_can_edit,
            type_=type_,
            values=values,
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
