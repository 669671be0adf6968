from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._runtime import fields as _fields
from .._runtime.errors import FieldError as _FieldError
from ..models.location_event_resource import LocationEventResource
from ..models.location_event_status import LocationEventStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_salon_data import WebhookSalonData


T = TypeVar("T", bound="LocationEvent")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "company_id",
        "resource",
        "resource_id",
        "status",
        "data",
    }
)
_EXTRA = _fields.ANY
_KIND_resource = _fields.EnumOf("LocationEventResource", _fields.STRING)
_KIND_status = _fields.EnumOf("LocationEventStatus", _fields.STRING)


@_attrs_define
class LocationEvent:
    """
    Attributes:
        company_id (int | Unset): Location ID where the event occurred.
        resource (LocationEventResource | Unset): Resource type.
        resource_id (int | Unset): ID of the resource that was created, updated, or deleted.
        status (LocationEventStatus | Unset): Type of change that occurred.
        data (WebhookSalonData | Unset): Location data sent in webhook notifications. Corresponds to the output of the
            location detail API. Contains comprehensive location information.
    """

    company_id: int | Unset = UNSET
    resource: LocationEventResource | Unset = UNSET
    resource_id: int | Unset = UNSET
    status: LocationEventStatus | Unset = UNSET
    data: WebhookSalonData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        company_id = self.company_id
        if type(company_id) is not int and company_id is not UNSET:
            company_id = _fields.write_integer(company_id, "company_id")
        if company_id is not UNSET:
            field_dict["company_id"] = company_id

        resource = self.resource
        if resource is not UNSET:
            field_dict["resource"] = _KIND_resource.write_field(resource, "resource")

        resource_id = self.resource_id
        if type(resource_id) is not int and resource_id is not UNSET:
            resource_id = _fields.write_integer(resource_id, "resource_id")
        if resource_id is not UNSET:
            field_dict["resource_id"] = resource_id

        status = self.status
        if status is not UNSET:
            field_dict["status"] = _KIND_status.write_field(status, "status")

        data = self.data
        if data is not UNSET:
            field_dict["data"] = _fields.write_model(data, _models.WebhookSalonData, "data")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        company_id = _get("company_id", UNSET)
        if type(company_id) is not int and company_id is not UNSET:
            company_id = _fields.read_integer(company_id, "company_id")

        resource = _get("resource", UNSET)
        if resource is not UNSET:
            resource = _KIND_resource.read_field(resource, "resource")

        resource_id = _get("resource_id", UNSET)
        if type(resource_id) is not int and resource_id is not UNSET:
            resource_id = _fields.read_integer(resource_id, "resource_id")

        status = _get("status", UNSET)
        if status is not UNSET:
            status = _KIND_status.read_field(status, "status")

        data = _get("data", UNSET)
        if data is not UNSET:
            try:
                data = _models.WebhookSalonData.from_dict(data)
            except _FieldError as _error:
                raise _error.within("data")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.company_id = company_id
        _model.resource = resource
        _model.resource_id = resource_id
        _model.status = status
        _model.data = data
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not LocationEvent:
            _fields.init_added_fields(_model, LocationEvent)
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
