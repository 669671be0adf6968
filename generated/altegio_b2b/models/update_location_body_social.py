from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateLocationBodySocial")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "telegram",
        "instagram",
        "vk",
        "facebook",
        "viber",
        "whatsapp",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class UpdateLocationBodySocial:
    """location social media

    Attributes:
        telegram (str | Unset): Telegram
        instagram (str | Unset): Instagram
        vk (str | Unset): VK (social network)
        facebook (str | Unset): Facebook
        viber (str | Unset): Viber
        whatsapp (str | Unset): WhatsApp
    """

    telegram: str | Unset = UNSET
    instagram: str | Unset = UNSET
    vk: str | Unset = UNSET
    facebook: str | Unset = UNSET
    viber: str | Unset = UNSET
    whatsapp: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        telegram = self.telegram
        if type(telegram) is not str and telegram is not UNSET:
            telegram = _fields.write_string(telegram, "telegram")
        if telegram is not UNSET:
            field_dict["telegram"] = telegram

        instagram = self.instagram
        if type(instagram) is not str and instagram is not UNSET:
            instagram = _fields.write_string(instagram, "instagram")
        if instagram is not UNSET:
            field_dict["instagram"] = instagram

        vk = self.vk
        if type(vk) is not str and vk is not UNSET:
            vk = _fields.write_string(vk, "vk")
        if vk is not UNSET:
            field_dict["vk"] = vk

        facebook = self.facebook
        if type(facebook) is not str and facebook is not UNSET:
            facebook = _fields.write_string(facebook, "facebook")
        if facebook is not UNSET:
            field_dict["facebook"] = facebook

        viber = self.viber
        if type(viber) is not str and viber is not UNSET:
            viber = _fields.write_string(viber, "viber")
        if viber is not UNSET:
            field_dict["viber"] = viber

        whatsapp = self.whatsapp
        if type(whatsapp) is not str and whatsapp is not UNSET:
            whatsapp = _fields.write_string(whatsapp, "whatsapp")
        if whatsapp is not UNSET:
            field_dict["whatsapp"] = whatsapp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        telegram = _get("telegram", UNSET)
        if type(telegram) is not str and telegram is not UNSET:
            telegram = _fields.read_string(telegram, "telegram")

        instagram = _get("instagram", UNSET)
        if type(instagram) is not str and instagram is not UNSET:
            instagram = _fields.read_string(instagram, "instagram")

        vk = _get("vk", UNSET)
        if type(vk) is not str and vk is not UNSET:
            vk = _fields.read_string(vk, "vk")

        facebook = _get("facebook", UNSET)
        if type(facebook) is not str and facebook is not UNSET:
            facebook = _fields.read_string(facebook, "facebook")

        viber = _get("viber", UNSET)
        if type(viber) is not str and viber is not UNSET:
            viber = _fields.read_string(viber, "viber")

        whatsapp = _get("whatsapp", UNSET)
        if type(whatsapp) is not str and whatsapp is not UNSET:
            whatsapp = _fields.read_string(whatsapp, "whatsapp")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.telegram = telegram
        _model.instagram = instagram
        _model.vk = vk
        _model.facebook = facebook
        _model.viber = viber
        _model.whatsapp = whatsapp
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not UpdateLocationBodySocial:
            _fields.init_added_fields(_model, UpdateLocationBodySocial)
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
