from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_events_response_200_item_service_category import SearchEventsResponse200ItemServiceCategory


T = TypeVar("T", bound="SearchEventsResponse200ItemService")


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
        id = self.id

        category_id = self.category_id

        title = self.title

        price_min = self.price_min

        price_max = self.price_max

        comment = self.comment

        image_url = self.image_url

        salon_service_id = self.salon_service_id

        prepaid = self.prepaid

        category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if title is not UNSET:
            field_dict["title"] = title
        if price_min is not UNSET:
            field_dict["price_min"] = price_min
        if price_max is not UNSET:
            field_dict["price_max"] = price_max
        if comment is not UNSET:
            field_dict["comment"] = comment
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if salon_service_id is not UNSET:
            field_dict["salon_service_id"] = salon_service_id
        if prepaid is not UNSET:
            field_dict["prepaid"] = prepaid
        if category is not UNSET:
            field_dict["category"] = category

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.search_events_response_200_item_service_category import SearchEventsResponse200ItemServiceCategory  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        category_id = d.pop("category_id", UNSET)

        title = d.pop("title", UNSET)

        price_min = d.pop("price_min", UNSET)

        price_max = d.pop("price_max", UNSET)

        comment = d.pop("comment", UNSET)

        image_url = d.pop("image_url", UNSET)

        salon_service_id = d.pop("salon_service_id", UNSET)

        prepaid = d.pop("prepaid", UNSET)

        _category = d.pop("category", UNSET)
        category: SearchEventsResponse200ItemServiceCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = SearchEventsResponse200ItemServiceCategory.from_dict(_category)

        _model = cls(
            id=id,
            category_id=category_id,
            title=title,
            price_min=price_min,
            price_max=price_max,
            comment=comment,
            image_url=image_url,
            salon_service_id=salon_service_id,
            prepaid=prepaid,
            category=category,
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
