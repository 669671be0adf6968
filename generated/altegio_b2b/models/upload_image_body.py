from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="UploadImageBody")


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
        image = self.image

        company_id = self.company_id

        service_id = self.service_id

        master_id = self.master_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image": image,
            }
        )
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if service_id is not UNSET:
            field_dict["service_id"] = service_id
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
        d = dict(src_dict)
        image = d.pop("image")

        company_id = d.pop("company_id", UNSET)

        service_id = d.pop("service_id", UNSET)

        master_id = d.pop("master_id", UNSET)

        _model = cls(
            image=image,
            company_id=company_id,
            service_id=service_id,
            master_id=master_id,
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
