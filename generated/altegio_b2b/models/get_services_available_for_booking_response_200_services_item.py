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
    from ..models.get_services_available_for_booking_response_200_services_item_composite_details_type_0 import (
        GetServicesAvailableForBookingResponse200ServicesItemCompositeDetailsType0,
    )
    from ..models.get_services_available_for_booking_response_200_services_item_prepaid_settings import (
        GetServicesAvailableForBookingResponse200ServicesItemPrepaidSettings,
    )


T = TypeVar("T", bound="GetServicesAvailableForBookingResponse200ServicesItem")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "title",
        "category_id",
        "price_min",
        "price_max",
        "discount",
        "comment",
        "weight",
        "active",
        "gender",
        "image",
        "prepaid",
        "seance_length",
        "abonement_restriction",
        "prepaid_settings",
        "is_composite",
        "is_chain",
        "images",
        "composite_details",
    }
)
_EXTRA = _fields.ANY
_KIND_images = _fields.OneOf(
    _fields.ListOf(_fields.STRING),
    _fields.NULL,
)
_KIND_composite_details = _fields.OneOf(
    _fields.Model("GetServicesAvailableForBookingResponse200ServicesItemCompositeDetailsType0"),
    _fields.NULL,
)


@_attrs_define
class GetServicesAvailableForBookingResponse200ServicesItem:
    """
    Attributes:
        id (int | Unset): Service ID
        title (str | Unset): Service name
        category_id (int | Unset): ID of the category the service belongs to
        price_min (float | Unset): The minimum cost of the service
        price_max (float | Unset): Maximum cost of the service
        discount (float | Unset): Service discount
        comment (str | Unset): Comment on the service
        weight (float | Unset): Service weight. On withdrawal, services are sorted by weight, heavier first
        active (float | Unset): Is the service active
        gender (float | Unset): Gender for which the service is provided
        image (str | Unset): Service image
        prepaid (str | Unset): Online payment status
        seance_length (int | None | Unset): Service duration in seconds (only if filter by team member is set)
        abonement_restriction (int | Unset): Subscription restriction flag
        prepaid_settings (GetServicesAvailableForBookingResponse200ServicesItemPrepaidSettings | Unset): Prepaid
            settings configuration
        is_composite (bool | Unset): Whether service is composite
        is_chain (bool | Unset): Whether service belongs to chain
        images (list[str] | None | Unset): Service images array
        composite_details (GetServicesAvailableForBookingResponse200ServicesItemCompositeDetailsType0 | None | Unset):
            Composite service details
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    category_id: int | Unset = UNSET
    price_min: float | Unset = UNSET
    price_max: float | Unset = UNSET
    discount: float | Unset = UNSET
    comment: str | Unset = UNSET
    weight: float | Unset = UNSET
    active: float | Unset = UNSET
    gender: float | Unset = UNSET
    image: str | Unset = UNSET
    prepaid: str | Unset = UNSET
    seance_length: int | None | Unset = UNSET
    abonement_restriction: int | Unset = UNSET
    prepaid_settings: GetServicesAvailableForBookingResponse200ServicesItemPrepaidSettings | Unset = UNSET
    is_composite: bool | Unset = UNSET
    is_chain: bool | Unset = UNSET
    images: list[str] | None | Unset = UNSET
    composite_details: GetServicesAvailableForBookingResponse200ServicesItemCompositeDetailsType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        title = self.title
        if type(title) is not str and title is not UNSET:
            title = _fields.write_string(title, "title")
        if title is not UNSET:
            field_dict["title"] = title

        category_id = self.category_id
        if type(category_id) is not int and category_id is not UNSET:
            category_id = _fields.write_integer(category_id, "category_id")
        if category_id is not UNSET:
            field_dict["category_id"] = category_id

        price_min = self.price_min
        if price_min is not UNSET:
            field_dict["price_min"] = _fields.write_number(price_min, "price_min")

        price_max = self.price_max
        if price_max is not UNSET:
            field_dict["price_max"] = _fields.write_number(price_max, "price_max")

        discount = self.discount
        if discount is not UNSET:
            field_dict["discount"] = _fields.write_number(discount, "discount")

        comment = self.comment
        if type(comment) is not str and comment is not UNSET:
            comment = _fields.write_string(comment, "comment")
        if comment is not UNSET:
            field_dict["comment"] = comment

        weight = self.weight
        if weight is not UNSET:
            field_dict["weight"] = _fields.write_number(weight, "weight")

        active = self.active
        if active is not UNSET:
            field_dict["active"] = _fields.write_number(active, "active")

        gender = self.gender
        if gender is not UNSET:
            field_dict["gender"] = _fields.write_number(gender, "gender")

        image = self.image
        if type(image) is not str and image is not UNSET:
            image = _fields.write_string(image, "image")
        if image is not UNSET:
            field_dict["image"] = image

        prepaid = self.prepaid
        if type(prepaid) is not str and prepaid is not UNSET:
            prepaid = _fields.write_string(prepaid, "prepaid")
        if prepaid is not UNSET:
            field_dict["prepaid"] = prepaid

        seance_length = self.seance_length
        if type(seance_length) is not int and seance_length is not UNSET and seance_length is not None:
            seance_length = _fields.write_integer(seance_length, "seance_length")
        if seance_length is not UNSET:
            field_dict["seance_length"] = seance_length

        abonement_restriction = self.abonement_restriction
        if type(abonement_restriction) is not int and abonement_restriction is not UNSET:
            abonement_restriction = _fields.write_integer(abonement_restriction, "abonement_restriction")
        if abonement_restriction is not UNSET:
            field_dict["abonement_restriction"] = abonement_restriction

        prepaid_settings = self.prepaid_settings
        if prepaid_settings is not UNSET:
            field_dict["prepaid_settings"] = _fields.write_model(
                prepaid_settings,
                _models.GetServicesAvailableForBookingResponse200ServicesItemPrepaidSettings,
                "prepaid_settings",
            )

        is_composite = self.is_composite
        if type(is_composite) is not bool and is_composite is not UNSET:
            is_composite = _fields.write_boolean(is_composite, "is_composite")
        if is_composite is not UNSET:
            field_dict["is_composite"] = is_composite

        is_chain = self.is_chain
        if type(is_chain) is not bool and is_chain is not UNSET:
            is_chain = _fields.write_boolean(is_chain, "is_chain")
        if is_chain is not UNSET:
            field_dict["is_chain"] = is_chain

        images = self.images
        if images is not UNSET:
            field_dict["images"] = _KIND_images.write_field(images, "images")

        composite_details = self.composite_details
        if composite_details is not UNSET:
            field_dict["composite_details"] = _KIND_composite_details.write_field(
                composite_details, "composite_details"
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

        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _fields.read_string(title, "title")

        category_id = _get("category_id", UNSET)
        if type(category_id) is not int and category_id is not UNSET:
            category_id = _fields.read_integer(category_id, "category_id")

        price_min = _get("price_min", UNSET)
        if type(price_min) is not float and type(price_min) is not int and price_min is not UNSET:
            price_min = _fields.read_number(price_min, "price_min")

        price_max = _get("price_max", UNSET)
        if type(price_max) is not float and type(price_max) is not int and price_max is not UNSET:
            price_max = _fields.read_number(price_max, "price_max")

        discount = _get("discount", UNSET)
        if type(discount) is not float and type(discount) is not int and discount is not UNSET:
            discount = _fields.read_number(discount, "discount")

        comment = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = _fields.read_string(comment, "comment")

        weight = _get("weight", UNSET)
        if type(weight) is not float and type(weight) is not int and weight is not UNSET:
            weight = _fields.read_number(weight, "weight")

        active = _get("active", UNSET)
        if type(active) is not float and type(active) is not int and active is not UNSET:
            active = _fields.read_number(active, "active")

        gender = _get("gender", UNSET)
        if type(gender) is not float and type(gender) is not int and gender is not UNSET:
            gender = _fields.read_number(gender, "gender")

        image = _get("image", UNSET)
        if type(image) is not str and image is not UNSET:
            image = _fields.read_string(image, "image")

        prepaid = _get("prepaid", UNSET)
        if type(prepaid) is not str and prepaid is not UNSET:
            prepaid = _fields.read_string(prepaid, "prepaid")

        seance_length = _get("seance_length", UNSET)
        if type(seance_length) is not int and seance_length is not UNSET and seance_length is not None:
            seance_length = _fields.read_integer(seance_length, "seance_length")

        abonement_restriction = _get("abonement_restriction", UNSET)
        if type(abonement_restriction) is not int and abonement_restriction is not UNSET:
            abonement_restriction = _fields.read_integer(abonement_restriction, "abonement_restriction")

        prepaid_settings = _get("prepaid_settings", UNSET)
        if prepaid_settings is not UNSET:
            try:
                prepaid_settings = (
                    _models.GetServicesAvailableForBookingResponse200ServicesItemPrepaidSettings.from_dict(
                        prepaid_settings
                    )
                )
            except _FieldError as _error:
                raise _error.within("prepaid_settings")

        is_composite = _get("is_composite", UNSET)
        if type(is_composite) is not bool and is_composite is not UNSET:
            is_composite = _fields.read_boolean(is_composite, "is_composite")

        is_chain = _get("is_chain", UNSET)
        if type(is_chain) is not bool and is_chain is not UNSET:
            is_chain = _fields.read_boolean(is_chain, "is_chain")

        images = _get("images", UNSET)
        if images is not UNSET:
            images = _KIND_images.read_field(images, "images")

        composite_details = _get("composite_details", UNSET)
        if composite_details is not UNSET and composite_details is not None:
            try:
                composite_details = (
                    _models.GetServicesAvailableForBookingResponse200ServicesItemCompositeDetailsType0.from_dict(
                        composite_details
                    )
                )
            except _FieldError as _error:
                raise _error.within("composite_details")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.title = title
        _model.category_id = category_id
        _model.price_min = price_min
        _model.price_max = price_max
        _model.discount = discount
        _model.comment = comment
        _model.weight = weight
        _model.active = active
        _model.gender = gender
        _model.image = image
        _model.prepaid = prepaid
        _model.seance_length = seance_length
        _model.abonement_restriction = abonement_restriction
        _model.prepaid_settings = prepaid_settings
        _model.is_composite = is_composite
        _model.is_chain = is_chain
        _model.images = images
        _model.composite_details = composite_details
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetServicesAvailableForBookingResponse200ServicesItem:
            _fields.init_added_fields(_model, GetServicesAvailableForBookingResponse200ServicesItem)
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
