from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="UploadImageBody")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "image",
        "company_id",
        "service_id",
        "master_id",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class UploadImageBody:
    """
    Attributes:
        image (str): transferred image (image/jpeg, image/png)
        company_id (int | Unset): Location ID for image binding (for entity=service)
        service_id (int | Unset): Service ID for image binding (for entity=service)
        master_id (int | Unset): team member ID for image binding (for entity=team_member)
    """

    image: str
    company_id: int | Unset = UNSET
    service_id: int | Unset = UNSET
    master_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        image = self.image
        if type(image) is not str:
            image = _fields.write_string(image, "image")
        field_dict["image"] = image

        company_id = self.company_id
        if type(company_id) is not int and company_id is not UNSET:
            company_id = _fields.write_integer(company_id, "company_id")
        if company_id is not UNSET:
            field_dict["company_id"] = company_id

        service_id = self.service_id
        if type(service_id) is not int and service_id is not UNSET:
            service_id = _fields.write_integer(service_id, "service_id")
        if service_id is not UNSET:
            field_dict["service_id"] = service_id

        master_id = self.master_id
        if type(master_id) is not int and master_id is not UNSET:
            master_id = _fields.write_integer(master_id, "master_id")
        if master_id is not UNSET:
            field_dict["master_id"] = master_id

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("image", (None, str(self.image).encode(), "text/plain")))

        if not isinstance(self.company_id, Unset):
            files.append(("company_id", (None, str(self.company_id).encode(), "text/plain")))

        if not isinstance(self.service_id, Unset):
            files.append(("service_id", (None, str(self.service_id).encode(), "text/plain")))

        if not isinstance(self.master_id, Unset):
            files.append(("master_id", (None, str(self.master_id).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        image = _get("image", UNSET)
        if type(image) is not str:
            image = _fields.read_string(image, "image")

        company_id = _get("company_id", UNSET)
        if type(company_id) is not int and company_id is not UNSET:
            company_id = _fields.read_integer(company_id, "company_id")

        service_id = _get("service_id", UNSET)
        if type(service_id) is not int and service_id is not UNSET:
            service_id = _fields.read_integer(service_id, "service_id")

        master_id = _get("master_id", UNSET)
        if type(master_id) is not int and master_id is not UNSET:
            master_id = _fields.read_integer(master_id, "master_id")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.image = image
        _model.company_id = company_id
        _model.service_id = service_id
        _model.master_id = master_id
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not UploadImageBody:
            _fields.init_added_fields(_model, UploadImageBody)
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
