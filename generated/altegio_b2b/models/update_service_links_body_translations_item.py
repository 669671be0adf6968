from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateServiceLinksBodyTranslationsItem")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "language_id",
        "translation",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class UpdateServiceLinksBodyTranslationsItem:
    """
    Attributes:
        language_id (int | Unset): Language ID Example: 2.
        translation (str | Unset): Translated service name (empty string to clear) Example: Massage.
    """

    language_id: int | Unset = UNSET
    translation: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        language_id = self.language_id
        if type(language_id) is not int and language_id is not UNSET:
            language_id = _fields.write_integer(language_id, "language_id")
        if language_id is not UNSET:
            field_dict["language_id"] = language_id

        translation = self.translation
        if type(translation) is not str and translation is not UNSET:
            translation = _fields.write_string(translation, "translation")
        if translation is not UNSET:
            field_dict["translation"] = translation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        language_id = _get("language_id", UNSET)
        if type(language_id) is not int and language_id is not UNSET:
            language_id = _fields.read_integer(language_id, "language_id")

        translation = _get("translation", UNSET)
        if type(translation) is not str and translation is not UNSET:
            translation = _fields.read_string(translation, "translation")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.language_id = language_id
        _model.translation = translation
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not UpdateServiceLinksBodyTranslationsItem:
            _fields.init_added_fields(_model, UpdateServiceLinksBodyTranslationsItem)
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
