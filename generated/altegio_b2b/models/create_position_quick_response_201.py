from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..models.create_position_quick_response_201_services_binding_type import (
    CreatePositionQuickResponse201ServicesBindingType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatePositionQuickResponse201")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "chain_id",
        "title",
        "description",
        "services_binding_type",
        "rules_required_fields",
        "only_chain_appointment",
    }
)
_EXTRA = _fields.ANY
_KIND_services_binding_type = _fields.EnumOf("CreatePositionQuickResponse201ServicesBindingType", _fields.INTEGER)
_KIND_rules_required_fields = _fields.ListOf(_fields.STRING)


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
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        chain_id = self.chain_id
        if type(chain_id) is not int and chain_id is not UNSET:
            chain_id = _fields.write_integer(chain_id, "chain_id")
        if chain_id is not UNSET:
            field_dict["chain_id"] = chain_id

        title = self.title
        if type(title) is not str and title is not UNSET:
            title = _fields.write_string(title, "title")
        if title is not UNSET:
            field_dict["title"] = title

        description = self.description
        if type(description) is not str and description is not UNSET:
            description = _fields.write_string(description, "description")
        if description is not UNSET:
            field_dict["description"] = description

        services_binding_type = self.services_binding_type
        if services_binding_type is not UNSET:
            field_dict["services_binding_type"] = _KIND_services_binding_type.write_field(
                services_binding_type, "services_binding_type"
            )

        rules_required_fields = self.rules_required_fields
        if rules_required_fields is not UNSET:
            field_dict["rules_required_fields"] = _KIND_rules_required_fields.write_field(
                rules_required_fields, "rules_required_fields"
            )

        only_chain_appointment = self.only_chain_appointment
        if type(only_chain_appointment) is not bool and only_chain_appointment is not UNSET:
            only_chain_appointment = _fields.write_boolean(only_chain_appointment, "only_chain_appointment")
        if only_chain_appointment is not UNSET:
            field_dict["only_chain_appointment"] = only_chain_appointment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _fields.read_integer(id, "id")

        chain_id = _get("chain_id", UNSET)
        if type(chain_id) is not int and chain_id is not UNSET:
            chain_id = _fields.read_integer(chain_id, "chain_id")

        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _fields.read_string(title, "title")

        description = _get("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = _fields.read_string(description, "description")

        services_binding_type = _get("services_binding_type", UNSET)
        if services_binding_type is not UNSET:
            services_binding_type = _KIND_services_binding_type.read_field(
                services_binding_type, "services_binding_type"
            )

        rules_required_fields = _get("rules_required_fields", UNSET)
        if rules_required_fields is not UNSET:
            rules_required_fields = _KIND_rules_required_fields.read_field(
                rules_required_fields, "rules_required_fields"
            )

        only_chain_appointment = _get("only_chain_appointment", UNSET)
        if type(only_chain_appointment) is not bool and only_chain_appointment is not UNSET:
            only_chain_appointment = _fields.read_boolean(only_chain_appointment, "only_chain_appointment")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.chain_id = chain_id
        _model.title = title
        _model.description = description
        _model.services_binding_type = services_binding_type
        _model.rules_required_fields = rules_required_fields
        _model.only_chain_appointment = only_chain_appointment
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not CreatePositionQuickResponse201:
            _fields.init_added_fields(_model, CreatePositionQuickResponse201)
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
