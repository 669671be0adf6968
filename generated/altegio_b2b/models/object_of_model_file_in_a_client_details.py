from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="ObjectOfModelFileInAClientDetails")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "link",
        "filename",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class ObjectOfModelFileInAClientDetails:
    """Data for an existing file in a client details.

    Example:
        {'link': 'https://api.alteg.io/client_files/download/123/123/', 'filename': 'file.pdf'}

    Attributes:
        link (str | Unset): Download link for a file in a client details.
        filename (str | Unset): Original filename for a file in a client details.
    """

    link: str | Unset = UNSET
    filename: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        link = self.link
        if type(link) is not str and link is not UNSET:
            link = _fields.write_string(link, "link")
        if link is not UNSET:
            field_dict["link"] = link

        filename = self.filename
        if type(filename) is not str and filename is not UNSET:
            filename = _fields.write_string(filename, "filename")
        if filename is not UNSET:
            field_dict["filename"] = filename

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        link = _get("link", UNSET)
        if type(link) is not str and link is not UNSET:
            link = _fields.read_string(link, "link")

        filename = _get("filename", UNSET)
        if type(filename) is not str and filename is not UNSET:
            filename = _fields.read_string(filename, "filename")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.link = link
        _model.filename = filename
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not ObjectOfModelFileInAClientDetails:
            _fields.init_added_fields(_model, ObjectOfModelFileInAClientDetails)
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
