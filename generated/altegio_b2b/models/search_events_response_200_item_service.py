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
    from ..models.search_events_response_200_item_service_category import SearchEventsResponse200ItemServiceCategory


T = TypeVar("T", bound="SearchEventsResponse200ItemService")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "category_id",
        "title",
        "price_min",
        "price_max",
        "comment",
        "image_url",
        "salon_service_id",
        "prepaid",
        "category",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class SearchEventsResponse200ItemService:
    """Service

    Attributes:
        id (int | Unset): Service ID
        category_id (int | Unset): Service category identifier
        title (str | Unset): Service name
        price_min (float | Unset): The minimum cost of the service
        price_max (float | Unset): Maximum cost of the service
        comment (str | Unset): A comment
        image_url (str | Unset): The path to the image with the image of the service
        salon_service_id (int | Unset): Category ID for the location on the chain
        prepaid (str | Unset): Prepayment
        category (SearchEventsResponse200ItemServiceCategory | Unset): Category
    """

    id: int | Unset = UNSET
    category_id: int | Unset = UNSET
    title: str | Unset = UNSET
    price_min: float | Unset = UNSET
    price_max: float | Unset = UNSET
    comment: str | Unset = UNSET
    image_url: str | Unset = UNSET
    salon_service_id: int | Unset = UNSET
    prepaid: str | Unset = UNSET
    category: SearchEventsResponse200ItemServiceCategory | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        category_id = self.category_id
        if type(category_id) is not int and category_id is not UNSET:
            category_id = _fields.write_integer(category_id, "category_id")
        if category_id is not UNSET:
            field_dict["category_id"] = category_id

        title = self.title
        if type(title) is not str and title is not UNSET:
            title = _fields.write_string(title, "title")
        if title is not UNSET:
            field_dict["title"] = title

        price_min = self.price_min
        if price_min is not UNSET:
            field_dict["price_min"] = _fields.write_number(price_min, "price_min")

        price_max = self.price_max
        if price_max is not UNSET:
            field_dict["price_max"] = _fields.write_number(price_max, "price_max")

        comment = self.comment
        if type(comment) is not str and comment is not UNSET:
            comment = _fields.write_string(comment, "comment")
        if comment is not UNSET:
            field_dict["comment"] = comment

        image_url = self.image_url
        if type(image_url) is not str and image_url is not UNSET:
            image_url = _fields.write_string(image_url, "image_url")
        if image_url is not UNSET:
            field_dict["image_url"] = image_url

        salon_service_id = self.salon_service_id
        if type(salon_service_id) is not int and salon_service_id is not UNSET:
            salon_service_id = _fields.write_integer(salon_service_id, "salon_service_id")
        if salon_service_id is not UNSET:
            field_dict["salon_service_id"] = salon_service_id

        prepaid = self.prepaid
        if type(prepaid) is not str and prepaid is not UNSET:
            prepaid = _fields.write_string(prepaid, "prepaid")
        if prepaid is not UNSET:
            field_dict["prepaid"] = prepaid

        category = self.category
        if category is not UNSET:
            field_dict["category"] = _fields.write_model(
                category, _models.SearchEventsResponse200ItemServiceCategory, "category"
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

        category_id = _get("category_id", UNSET)
        if type(category_id) is not int and category_id is not UNSET:
            category_id = _fields.read_integer(category_id, "category_id")

        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _fields.read_string(title, "title")

        price_min = _get("price_min", UNSET)
        if type(price_min) is not float and type(price_min) is not int and price_min is not UNSET:
            price_min = _fields.read_number(price_min, "price_min")

        price_max = _get("price_max", UNSET)
        if type(price_max) is not float and type(price_max) is not int and price_max is not UNSET:
            price_max = _fields.read_number(price_max, "price_max")

        comment = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = _fields.read_string(comment, "comment")

        image_url = _get("image_url", UNSET)
        if type(image_url) is not str and image_url is not UNSET:
            image_url = _fields.read_string(image_url, "image_url")

        salon_service_id = _get("salon_service_id", UNSET)
        if type(salon_service_id) is not int and salon_service_id is not UNSET:
            salon_service_id = _fields.read_integer(salon_service_id, "salon_service_id")

        prepaid = _get("prepaid", UNSET)
        if type(prepaid) is not str and prepaid is not UNSET:
            prepaid = _fields.read_string(prepaid, "prepaid")

        category = _get("category", UNSET)
        if category is not UNSET:
            try:
                category = _models.SearchEventsResponse200ItemServiceCategory.from_dict(category)
            except _FieldError as _error:
                raise _error.within("category")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.category_id = category_id
        _model.title = title
        _model.price_min = price_min
        _model.price_max = price_max
        _model.comment = comment
        _model.image_url = image_url
        _model.salon_service_id = salon_service_id
        _model.prepaid = prepaid
        _model.category = category
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not SearchEventsResponse200ItemService:
            _fields.init_added_fields(_model, SearchEventsResponse200ItemService)
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
