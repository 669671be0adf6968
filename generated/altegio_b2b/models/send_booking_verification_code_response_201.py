from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.send_booking_verification_code_response_201_meta import SendBookingVerificationCodeResponse201Meta


T = TypeVar("T", bound="SendBookingVerificationCodeResponse201")


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
        success = self.success

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.send_booking_verification_code_response_201_meta import SendBookingVerificationCodeResponse201Meta  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        _meta = d.pop("meta", UNSET)
        meta: SendBookingVerificationCodeResponse201Meta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = SendBookingVerificationCodeResponse201Meta.from_dict(_meta)

        _model = cls(
            success=success,
            meta=meta,
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
