from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_services_available_for_booking_response_200_services_item_composite_details_type_0 import (
        GetServicesAvailableForBookingResponse200ServicesItemCompositeDetailsType0,
    )
    from ..models.get_services_available_for_booking_response_200_services_item_prepaid_settings import (
        GetServicesAvailableForBookingResponse200ServicesItemPrepaidSettings,
    )


T = TypeVar("T", bound="GetServicesAvailableForBookingResponse200ServicesItem")


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
        from ..models.get_services_available_for_booking_response_200_services_item_composite_details_type_0 import (
            GetServicesAvailableForBookingResponse200ServicesItemCompositeDetailsType0,  # noqa: PLC0415
        )

        id = self.id

        title = self.title

        category_id = self.category_id

        price_min = self.price_min

        price_max = self.price_max

        discount = self.discount

        comment = self.comment

        weight = self.weight

        active = self.active

        gender = self.gender

        image = self.image

        prepaid = self.prepaid

        seance_length: int | None | Unset
        if isinstance(self.seance_length, Unset):
            seance_length = UNSET
        else:
            seance_length = self.seance_length

        abonement_restriction = self.abonement_restriction

        prepaid_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prepaid_settings, Unset):
            prepaid_settings = self.prepaid_settings.to_dict()

        is_composite = self.is_composite

        is_chain = self.is_chain

        images: list[str] | None | Unset
        if isinstance(self.images, Unset):
            images = UNSET
        elif isinstance(self.images, list):
            images = self.images

        else:
            images = self.images

        composite_details: dict[str, Any] | None | Unset
        if isinstance(self.composite_details, Unset):
            composite_details = UNSET
        elif isinstance(
            self.composite_details, GetServicesAvailableForBookingResponse200ServicesItemCompositeDetailsType0
        ):
            composite_details = self.composite_details.to_dict()
        else:
            composite_details = self.composite_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if price_min is not UNSET:
            field_dict["price_min"] = price_min
        if price_max is not UNSET:
            field_dict["price_max"] = price_max
        if discount is not UNSET:
            field_dict["discount"] = discount
        if comment is not UNSET:
            field_dict["comment"] = comment
        if weight is not UNSET:
            field_dict["weight"] = weight
        if active is not UNSET:
            field_dict["active"] = active
        if gender is not UNSET:
            field_dict["gender"] = gender
        if image is not UNSET:
            field_dict["image"] = image
        if prepaid is not UNSET:
            field_dict["prepaid"] = prepaid
        if seance_length is not UNSET:
            field_dict["seance_length"] = seance_length
        if abonement_restriction is not UNSET:
            field_dict["abonement_restriction"] = abonement_restriction
        if prepaid_settings is not UNSET:
            field_dict["prepaid_settings"] = prepaid_settings
        if is_composite is not UNSET:
            field_dict["is_composite"] = is_composite
        if is_chain is not UNSET:
            field_dict["is_chain"] = is_chain
        if images is not UNSET:
            field_dict["images"] = images
        if composite_details is not UNSET:
            field_dict["composite_details"] = composite_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_services_available_for_booking_response_200_services_item_composite_details_type_0 import (
            GetServicesAvailableForBookingResponse200ServicesItemCompositeDetailsType0,  # noqa: PLC0415
        )
        from ..models.get_services_available_for_booking_response_200_services_item_prepaid_settings import (
            GetServicesAvailableForBookingResponse200ServicesItemPrepaidSettings,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        category_id = d.pop("category_id", UNSET)

        price_min = d.pop("price_min", UNSET)

        price_max = d.pop("price_max", UNSET)

        discount = d.pop("discount", UNSET)

        comment = d.pop("comment", UNSET)

        weight = d.pop("weight", UNSET)

        active = d.pop("active", UNSET)

        gender = d.pop("gender", UNSET)

        image = d.pop("image", UNSET)

        prepaid = d.pop("prepaid", UNSET)

        def _parse_seance_length(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        seance_length = _parse_seance_length(d.pop("seance_length", UNSET))

        abonement_restriction = d.pop("abonement_restriction", UNSET)

        _prepaid_settings = d.pop("prepaid_settings", UNSET)
        prepaid_settings: GetServicesAvailableForBookingResponse200ServicesItemPrepaidSettings | Unset
        if isinstance(_prepaid_settings, Unset):
            prepaid_settings = UNSET
        else:
            prepaid_settings = GetServicesAvailableForBookingResponse200ServicesItemPrepaidSettings.from_dict(
                _prepaid_settings
            )

        is_composite = d.pop("is_composite", UNSET)

        is_chain = d.pop("is_chain", UNSET)

        def _parse_images(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                images_type_0 = cast(list[str], data)

                return images_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        images = _parse_images(d.pop("images", UNSET))

        def _parse_composite_details(
            data: object,
        ) -> GetServicesAvailableForBookingResponse200ServicesItemCompositeDetailsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                composite_details_type_0 = (
                    GetServicesAvailableForBookingResponse200ServicesItemCompositeDetailsType0.from_dict(data)
                )

                return composite_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetServicesAvailableForBookingResponse200ServicesItemCompositeDetailsType0 | None | Unset, data)

        composite_details = _parse_composite_details(d.pop("composite_details", UNSET))

        _model = cls(
            id=id,
            title=title,
            category_id=category_id,
            price_min=price_min,
            price_max=price_max,
            discount=discount,
            comment=comment,
            weight=weight,
            active=active,
            gender=gender,
            image=image,
            prepaid=prepaid,
            seance_length=seance_length,
            abonement_restriction=abonement_restriction,
            prepaid_settings=prepaid_settings,
            is_composite=is_composite,
            is_chain=is_chain,
            images=images,
            composite_details=composite_details,
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
