from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._runtime import fields as _fields
from .._runtime.errors import FieldError as _FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_location_subscription_information_response_200_options_item import (
        GetLocationSubscriptionInformationResponse200OptionsItem,
    )
    from ..models.license_option import LicenseOption


T = TypeVar("T", bound="GetLocationSubscriptionInformationResponse200")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "LicenseOption",
        "active",
        "deactivation_date",
        "id",
        "name",
        "options",
        "salon_id",
        "staff_limit",
        "is_paid_rights_model",
        "start_date",
    }
)
_EXTRA = _fields.ANY
_KIND_options = _fields.ListOf(_fields.Model("GetLocationSubscriptionInformationResponse200OptionsItem"))


@_attrs_define
class GetLocationSubscriptionInformationResponse200:
    """
    Attributes:
        license_option (LicenseOption | Unset):
        active (float | Unset): Is the subscription active
        deactivation_date (str | Unset): Subscription expiration date
        id (int | Unset): Subscription ID
        name (str | Unset): Subscription name
        options (list[GetLocationSubscriptionInformationResponse200OptionsItem] | Unset): Subscription options
        salon_id (int | Unset): location ID
        staff_limit (float | Unset): team member limit
        is_paid_rights_model (bool | Unset): Whether the location uses paid rights licensing model
        start_date (str | Unset): Subscription start date
    """

    license_option: LicenseOption | Unset = UNSET
    active: float | Unset = UNSET
    deactivation_date: str | Unset = UNSET
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    options: list[GetLocationSubscriptionInformationResponse200OptionsItem] | Unset = UNSET
    salon_id: int | Unset = UNSET
    staff_limit: float | Unset = UNSET
    is_paid_rights_model: bool | Unset = UNSET
    start_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        license_option = self.license_option
        if license_option is not UNSET:
            field_dict["LicenseOption"] = _fields.write_model(license_option, _models.LicenseOption, "license_option")

        active = self.active
        if active is not UNSET:
            field_dict["active"] = _fields.write_number(active, "active")

        deactivation_date = self.deactivation_date
        if type(deactivation_date) is not str and deactivation_date is not UNSET:
            deactivation_date = _fields.write_string(deactivation_date, "deactivation_date")
        if deactivation_date is not UNSET:
            field_dict["deactivation_date"] = deactivation_date

        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        name = self.name
        if type(name) is not str and name is not UNSET:
            name = _fields.write_string(name, "name")
        if name is not UNSET:
            field_dict["name"] = name

        options = self.options
        if options is not UNSET:
            field_dict["options"] = _KIND_options.write_field(options, "options")

        salon_id = self.salon_id
        if type(salon_id) is not int and salon_id is not UNSET:
            salon_id = _fields.write_integer(salon_id, "salon_id")
        if salon_id is not UNSET:
            field_dict["salon_id"] = salon_id

        staff_limit = self.staff_limit
        if staff_limit is not UNSET:
            field_dict["staff_limit"] = _fields.write_number(staff_limit, "staff_limit")

        is_paid_rights_model = self.is_paid_rights_model
        if type(is_paid_rights_model) is not bool and is_paid_rights_model is not UNSET:
            is_paid_rights_model = _fields.write_boolean(is_paid_rights_model, "is_paid_rights_model")
        if is_paid_rights_model is not UNSET:
            field_dict["is_paid_rights_model"] = is_paid_rights_model

        start_date = self.start_date
        if type(start_date) is not str and start_date is not UNSET:
            start_date = _fields.write_string(start_date, "start_date")
        if start_date is not UNSET:
            field_dict["start_date"] = start_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        license_option = _get("LicenseOption", UNSET)
        if license_option is not UNSET:
            try:
                license_option = _models.LicenseOption.from_dict(license_option)
            except _FieldError as _error:
                raise _error.within("LicenseOption")

        active = _get("active", UNSET)
        if type(active) is not float and type(active) is not int and active is not UNSET:
            active = _fields.read_number(active, "active")

        deactivation_date = _get("deactivation_date", UNSET)
        if type(deactivation_date) is not str and deactivation_date is not UNSET:
            deactivation_date = _fields.read_string(deactivation_date, "deactivation_date")

        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _fields.read_integer(id, "id")

        name = _get("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = _fields.read_string(name, "name")

        options = _get("options", UNSET)
        if options is not UNSET:
            options = _KIND_options.read_field(options, "options")

        salon_id = _get("salon_id", UNSET)
        if type(salon_id) is not int and salon_id is not UNSET:
            salon_id = _fields.read_integer(salon_id, "salon_id")

        staff_limit = _get("staff_limit", UNSET)
        if type(staff_limit) is not float and type(staff_limit) is not int and staff_limit is not UNSET:
            staff_limit = _fields.read_number(staff_limit, "staff_limit")

        is_paid_rights_model = _get("is_paid_rights_model", UNSET)
        if type(is_paid_rights_model) is not bool and is_paid_rights_model is not UNSET:
            is_paid_rights_model = _fields.read_boolean(is_paid_rights_model, "is_paid_rights_model")

        start_date = _get("start_date", UNSET)
        if type(start_date) is not str and start_date is not UNSET:
            start_date = _fields.read_string(start_date, "start_date")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.license_option = license_option
        _model.active = active
        _model.deactivation_date = deactivation_date
        _model.id = id
        _model.name = name
        _model.options = options
        _model.salon_id = salon_id
        _model.staff_limit = staff_limit
        _model.is_paid_rights_model = is_paid_rights_model
        _model.start_date = start_date
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetLocationSubscriptionInformationResponse200:
            _fields.init_added_fields(_model, GetLocationSubscriptionInformationResponse200)
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
