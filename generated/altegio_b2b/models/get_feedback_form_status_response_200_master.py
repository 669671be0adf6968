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
    from ..models.get_feedback_form_status_response_200_master_position import (
        GetFeedbackFormStatusResponse200MasterPosition,
    )


T = TypeVar("T", bound="GetFeedbackFormStatusResponse200Master")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "company_id",
        "specialization",
        "rating",
        "show_rating",
        "avatar",
        "prepaid",
        "position",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class GetFeedbackFormStatusResponse200Master:
    """team member

    Attributes:
        id (int | Unset): team member ID
        name (str | Unset): team member name
        company_id (int | Unset): location ID
        specialization (str | Unset): team member specialization
        rating (int | Unset): Rating
        show_rating (int | Unset): Number of votes
        avatar (str | Unset): Path to team member profile picture
        prepaid (str | Unset): Is prepayment allowed
        position (GetFeedbackFormStatusResponse200MasterPosition | Unset): Position
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    company_id: int | Unset = UNSET
    specialization: str | Unset = UNSET
    rating: int | Unset = UNSET
    show_rating: int | Unset = UNSET
    avatar: str | Unset = UNSET
    prepaid: str | Unset = UNSET
    position: GetFeedbackFormStatusResponse200MasterPosition | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        name = self.name
        if type(name) is not str and name is not UNSET:
            name = _fields.write_string(name, "name")
        if name is not UNSET:
            field_dict["name"] = name

        company_id = self.company_id
        if type(company_id) is not int and company_id is not UNSET:
            company_id = _fields.write_integer(company_id, "company_id")
        if company_id is not UNSET:
            field_dict["company_id"] = company_id

        specialization = self.specialization
        if type(specialization) is not str and specialization is not UNSET:
            specialization = _fields.write_string(specialization, "specialization")
        if specialization is not UNSET:
            field_dict["specialization"] = specialization

        rating = self.rating
        if type(rating) is not int and rating is not UNSET:
            rating = _fields.write_integer(rating, "rating")
        if rating is not UNSET:
            field_dict["rating"] = rating

        show_rating = self.show_rating
        if type(show_rating) is not int and show_rating is not UNSET:
            show_rating = _fields.write_integer(show_rating, "show_rating")
        if show_rating is not UNSET:
            field_dict["show_rating"] = show_rating

        avatar = self.avatar
        if type(avatar) is not str and avatar is not UNSET:
            avatar = _fields.write_string(avatar, "avatar")
        if avatar is not UNSET:
            field_dict["avatar"] = avatar

        prepaid = self.prepaid
        if type(prepaid) is not str and prepaid is not UNSET:
            prepaid = _fields.write_string(prepaid, "prepaid")
        if prepaid is not UNSET:
            field_dict["prepaid"] = prepaid

        position = self.position
        if position is not UNSET:
            field_dict["position"] = _fields.write_model(
                position, _models.GetFeedbackFormStatusResponse200MasterPosition, "position"
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _fields.read_integer(id, "id")

        name = _get("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = _fields.read_string(name, "name")

        company_id = _get("company_id", UNSET)
        if type(company_id) is not int and company_id is not UNSET:
            company_id = _fields.read_integer(company_id, "company_id")

        specialization = _get("specialization", UNSET)
        if type(specialization) is not str and specialization is not UNSET:
            specialization = _fields.read_string(specialization, "specialization")

        rating = _get("rating", UNSET)
        if type(rating) is not int and rating is not UNSET:
            rating = _fields.read_integer(rating, "rating")

        show_rating = _get("show_rating", UNSET)
        if type(show_rating) is not int and show_rating is not UNSET:
            show_rating = _fields.read_integer(show_rating, "show_rating")

        avatar = _get("avatar", UNSET)
        if type(avatar) is not str and avatar is not UNSET:
            avatar = _fields.read_string(avatar, "avatar")

        prepaid = _get("prepaid", UNSET)
        if type(prepaid) is not str and prepaid is not UNSET:
            prepaid = _fields.read_string(prepaid, "prepaid")

        position = _get("position", UNSET)
        if position is not UNSET:
            try:
                position = _models.GetFeedbackFormStatusResponse200MasterPosition.from_dict(position)
            except _FieldError as _error:
                raise _error.within("position")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.name = name
        _model.company_id = company_id
        _model.specialization = specialization
        _model.rating = rating
        _model.show_rating = show_rating
        _model.avatar = avatar
        _model.prepaid = prepaid
        _model.position = position
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetFeedbackFormStatusResponse200Master:
            _fields.init_added_fields(_model, GetFeedbackFormStatusResponse200Master)
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
