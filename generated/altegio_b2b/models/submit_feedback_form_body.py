from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubmitFeedbackFormBody")


@_attrs_define
class SubmitFeedbackFormBody:
    """Send feedback request

    Example:
        {'rating': 5, 'text': 'Excellent service!', 'tips_amount': 22.5, 'redirect_prefix': 'https://n1.app.alteg.io'}

    Attributes:
        rating (int): Rating for the review (number of stars from 1 to 5)
        text (str | Unset): Feedback text
        tips_amount (float | Unset): Tip amount
        redirect_prefix (str | Unset): The prefix part of the url that will be redirected to after returning from the
            payment form
    """

    rating: int
    text: str | Unset = UNSET
    tips_amount: float | Unset = UNSET
    redirect_prefix: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rating = self.rating

        text = self.text

        tips_amount = self.tips_amount

        redirect_prefix = self.redirect_prefix

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rating": rating,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text
        if tips_amount is not UNSET:
            field_dict["tips_amount"] = tips_amount
        if redirect_prefix is not UNSET:
            field_dict["redirect_prefix"] = redirect_prefix

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rating = d.pop("rating")

        text = d.pop("text", UNSET)

        tips_amount = d.pop("tips_amount", UNSET)

        redirect_prefix = d.pop("redirect_prefix", UNSET)

        _model = cls(
            rating=rating,
            text=text,
            tips_amount=tips_amount,
            redirect_prefix=redirect_prefix,
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
