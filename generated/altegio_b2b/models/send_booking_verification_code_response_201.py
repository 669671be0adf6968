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
    from ..models.send_booking_verification_code_response_201_meta import SendBookingVerificationCodeResponse201Meta


T = TypeVar("T", bound="SendBookingVerificationCodeResponse201")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "success",
        "meta",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class SendBookingVerificationCodeResponse201:
    """
    Example:
        {'success': True, 'meta': {'message': 'Created'}}

    Attributes:
        success (bool | Unset): Execution success status (true)
        meta (SendBookingVerificationCodeResponse201Meta | Unset): metadata
    """

    success: bool | Unset = UNSET
    meta: SendBookingVerificationCodeResponse201Meta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        success = self.success
        if type(success) is not bool and success is not UNSET:
            success = _fields.write_boolean(success, "success")
        if success is not UNSET:
            field_dict["success"] = success

        meta = self.meta
        if meta is not UNSET:
            field_dict["meta"] = _fields.write_model(meta, _models.SendBookingVerificationCodeResponse201Meta, "meta")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        success = _get("success", UNSET)
        if type(success) is not bool and success is not UNSET:
            success = _fields.read_boolean(success, "success")

        meta = _get("meta", UNSET)
        if meta is not UNSET:
            try:
                meta = _models.SendBookingVerificationCodeResponse201Meta.from_dict(meta)
            except _FieldError as _error:
                raise _error.within("meta")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.success = success
        _model.meta = meta
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not SendBookingVerificationCodeResponse201:
            _fields.init_added_fields(_model, SendBookingVerificationCodeResponse201)
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
