from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubmitFeedbackFormBody")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "rating",
        "text",
        "tips_amount",
        "redirect_prefix",
    }
)
_EXTRA = _fields.ANY


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
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        rating = self.rating
        if type(rating) is not int:
            rating = _fields.write_integer(rating, "rating")
        field_dict["rating"] = rating

        text = self.text
        if type(text) is not str and text is not UNSET:
            text = _fields.write_string(text, "text")
        if text is not UNSET:
            field_dict["text"] = text

        tips_amount = self.tips_amount
        if tips_amount is not UNSET:
            field_dict["tips_amount"] = _fields.write_number(tips_amount, "tips_amount")

        redirect_prefix = self.redirect_prefix
        if type(redirect_prefix) is not str and redirect_prefix is not UNSET:
            redirect_prefix = _fields.write_string(redirect_prefix, "redirect_prefix")
        if redirect_prefix is not UNSET:
            field_dict["redirect_prefix"] = redirect_prefix

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        rating = _get("rating", UNSET)
        if type(rating) is not int:
            rating = _fields.read_integer(rating, "rating")

        text = _get("text", UNSET)
        if type(text) is not str and text is not UNSET:
            text = _fields.read_string(text, "text")

        tips_amount = _get("tips_amount", UNSET)
        if type(tips_amount) is not float and type(tips_amount) is not int and tips_amount is not UNSET:
            tips_amount = _fields.read_number(tips_amount, "tips_amount")

        redirect_prefix = _get("redirect_prefix", UNSET)
        if type(redirect_prefix) is not str and redirect_prefix is not UNSET:
            redirect_prefix = _fields.read_string(redirect_prefix, "redirect_prefix")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.rating = rating
        _model.text = text
        _model.tips_amount = tips_amount
        _model.redirect_prefix = redirect_prefix
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not SubmitFeedbackFormBody:
            _fields.init_added_fields(_model, SubmitFeedbackFormBody)
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
