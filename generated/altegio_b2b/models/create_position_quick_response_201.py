from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_position_quick_response_201_services_binding_type import (
    CreatePositionQuickResponse201ServicesBindingType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatePositionQuickResponse201")


@_attrs_define
class CreatePositionQuickResponse201:
    """Data for an existing position in a chain.

    Example:
        {'id': 123, 'chain_id': 123, 'title': 'Position', 'description': 'Position description',
            'services_binding_type': 0, 'rules_required_fields': ['employee_name', 'surname', 'middle_name',
            'date_admission', 'date_registration_end', 'phone_number', 'citizenship', 'sex', 'identity_document', 'tax_id',
            'number_insurance_certificates'], 'only_chain_appointment': False}

    Attributes:
        id (int | Unset): ID of a position.
        chain_id (int | Unset): ID of a chain, where position was created.
        title (str | Unset): Title of a position.
        description (str | Unset): Description of a position.
        services_binding_type (CreatePositionQuickResponse201ServicesBindingType | Unset): Type of binding of services
            to a position:
            `0`: - binding disabled;
            `2`: - strict binding.
        rules_required_fields (list[str] | Unset): Fields required to be filled for a team member to be able to be
            linked to a position.
        only_chain_appointment (bool | Unset): Availability of linking a team member to a position only in a chain.
    """

    id: int | Unset = UNSET
    chain_id: int | Unset = UNSET
    title: str | Unset = UNSET
    description: str | Unset = UNSET
    services_binding_type: CreatePositionQuickResponse201ServicesBindingType | Unset = UNSET
    rules_required_fields: list[str] | Unset = UNSET
    only_chain_appointment: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        chain_id = self.chain_id

        title = self.title

        description = self.description

        services_binding_type: int | Unset = UNSET
        if not isinstance(self.services_binding_type, Unset):
            services_binding_type = self.services_binding_type.value

        rules_required_fields: list[str] | Unset = UNSET
        if not isinstance(self.rules_required_fields, Unset):
            rules_required_fields = self.rules_required_fields

        only_chain_appointment = self.only_chain_appointment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if chain_id is not UNSET:
            field_dict["chain_id"] = chain_id
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if services_binding_type is not UNSET:
            field_dict["services_binding_type"] = services_binding_type
        if rules_required_fields is not UNSET:
            field_dict["rules_required_fields"] = rules_required_fields
        if only_chain_appointment is not UNSET:
            field_dict["only_chain_appointment"] = only_chain_appointment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        chain_id = d.pop("chain_id", UNSET)

        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        _services_binding_type = d.pop("services_binding_type", UNSET)
        services_binding_type: CreatePositionQuickResponse201ServicesBindingType | Unset
        if isinstance(_services_binding_type, Unset):
            services_binding_type = UNSET
        else:
            services_binding_type = CreatePositionQuickResponse201ServicesBindingType(_services_binding_type)

        rules_required_fields = cast(list[str], d.pop("rules_required_fields", UNSET))

        only_chain_appointment = d.pop("only_chain_appointment", UNSET)

        _model = cls(
            id=id,
            chain_id=chain_id,
            title=title,
            description=description,
            services_binding_type=services_binding_type,
            rules_required_fields=rules_required_fields,
            only_chain_appointment=only_chain_appointment,
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
