from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_service_data_active import WebhookServiceDataActive
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_service_data_image_group import WebhookServiceDataImageGroup
    from ..models.webhook_service_data_staff_item import WebhookServiceDataStaffItem


T = TypeVar("T", bound="WebhookServiceData")


@_attrs_define
class WebhookServiceData:
    """Service data sent in webhook notifications. Matches the output of the service detail API.

    Attributes:
        id (int | Unset): Service ID.
        salon_service_id (int | Unset):
        title (str | Unset):
        booking_title (str | Unset): Title shown in online booking.
        category_id (int | Unset):
        price_min (float | Unset):
        price_max (float | Unset):
        duration (int | Unset): Duration in minutes.
        discount (float | Unset):
        comment (str | Unset):
        weight (int | Unset): Sort order.
        active (WebhookServiceDataActive | Unset):
        api_id (str | Unset):
        staff (list[WebhookServiceDataStaffItem] | Unset): Assigned team members.
        image_group (WebhookServiceDataImageGroup | Unset):
        prepaid (str | Unset):
        is_multi (bool | Unset):
        capacity (int | Unset):
        is_price_managed_only_in_chain (bool | Unset):
        is_comment_managed_only_in_chain (bool | Unset):
    """

    id: int | Unset = UNSET
    salon_service_id: int | Unset = UNSET
    title: str | Unset = UNSET
    booking_title: str | Unset = UNSET
    category_id: int | Unset = UNSET
    price_min: float | Unset = UNSET
    price_max: float | Unset = UNSET
    duration: int | Unset = UNSET
    discount: float | Unset = UNSET
    comment: str | Unset = UNSET
    weight: int | Unset = UNSET
    active: WebhookServiceDataActive | Unset = UNSET
    api_id: str | Unset = UNSET
    staff: list[WebhookServiceDataStaffItem] | Unset = UNSET
    image_group: WebhookServiceDataImageGroup | Unset = UNSET
    prepaid: str | Unset = UNSET
    is_multi: bool | Unset = UNSET
    capacity: int | Unset = UNSET
    is_price_managed_only_in_chain: bool | Unset = UNSET
    is_comment_managed_only_in_chain: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        salon_service_id = self.salon_service_id

        title = self.title

        booking_title = self.booking_title

        category_id = self.category_id

        price_min = self.price_min

        price_max = self.price_max

        duration = self.duration

        discount = self.discount

        comment = self.comment

        weight = self.weight

        active: int | Unset = UNSET
        if not isinstance(self.active, Unset):
            active = self.active.value

        api_id = self.api_id

        staff: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = []
            for staff_item_data in self.staff:
                staff_item = staff_item_data.to_dict()
                staff.append(staff_item)

        image_group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image_group, Unset):
            image_group = self.image_group.to_dict()

        prepaid = self.prepaid

        is_multi = self.is_multi

        capacity = self.capacity

        is_price_managed_only_in_chain = self.is_price_managed_only_in_chain

        is_comment_managed_only_in_chain = self.is_comment_managed_only_in_chain

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if salon_service_id is not UNSET:
            field_dict["salon_service_id"] = salon_service_id
        if title is not UNSET:
            field_dict["title"] = title
        if booking_title is not UNSET:
            field_dict["booking_title"] = booking_title
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if price_min is not UNSET:
            field_dict["price_min"] = price_min
        if price_max is not UNSET:
            field_dict["price_max"] = price_max
        if duration is not UNSET:
            field_dict["duration"] = duration
        if discount is not UNSET:
            field_dict["discount"] = discount
        if comment is not UNSET:
            field_dict["comment"] = comment
        if weight is not UNSET:
            field_dict["weight"] = weight
        if active is not UNSET:
            field_dict["active"] = active
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if staff is not UNSET:
            field_dict["staff"] = staff
        if image_group is not UNSET:
            field_dict["image_group"] = image_group
        if prepaid is not UNSET:
            field_dict["prepaid"] = prepaid
        if is_multi is not UNSET:
            field_dict["is_multi"] = is_multi
        if capacity is not UNSET:
            field_dict["capacity"] = capacity
        if is_price_managed_only_in_chain is not UNSET:
            field_dict["is_price_managed_only_in_chain"] = is_price_managed_only_in_chain
        if is_comment_managed_only_in_chain is not UNSET:
            field_dict["is_comment_managed_only_in_chain"] = is_comment_managed_only_in_chain

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_service_data_image_group import WebhookServiceDataImageGroup  # noqa: PLC0415
        from ..models.webhook_service_data_staff_item import WebhookServiceDataStaffItem  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        salon_service_id = d.pop("salon_service_id", UNSET)

        title = d.pop("title", UNSET)

        booking_title = d.pop("booking_title", UNSET)

        category_id = d.pop("category_id", UNSET)

        price_min = d.pop("price_min", UNSET)

        price_max = d.pop("price_max", UNSET)

        duration = d.pop("duration", UNSET)

        discount = d.pop("discount", UNSET)

        comment = d.pop("comment", UNSET)

        weight = d.pop("weight", UNSET)

        _active = d.pop("active", UNSET)
        active: WebhookServiceDataActive | Unset
        if isinstance(_active, Unset):
            active = UNSET
        else:
            active = WebhookServiceDataActive(_active)

        api_id = d.pop("api_id", UNSET)

        _staff = d.pop("staff", UNSET)
        staff: list[WebhookServiceDataStaffItem] | Unset = UNSET
        if _staff is not UNSET:
            staff = []
            for staff_item_data in _staff:
                staff_item = WebhookServiceDataStaffItem.from_dict(staff_item_data)

                staff.append(staff_item)

        _image_group = d.pop("image_group", UNSET)
        image_group: WebhookServiceDataImageGroup | Unset
        if isinstance(_image_group, Unset):
            image_group = UNSET
        else:
            image_group = WebhookServiceDataImageGroup.from_dict(_image_group)

        prepaid = d.pop("prepaid", UNSET)

        is_multi = d.pop("is_multi", UNSET)

        capacity = d.pop("capacity", UNSET)

        is_price_managed_only_in_chain = d.pop("is_price_managed_only_in_chain", UNSET)

        is_comment_managed_only_in_chain = d.pop("is_comment_managed_only_in_chain", UNSET)

        _model = cls(
            id=id,
            salon_service_id=salon_service_id,
            title=title,
            booking_title=booking_title,
            category_id=category_id,
            price_min=price_min,
            price_max=price_max,
            duration=duration,
            discount=discount,
            comment=comment,
            weight=weight,
            active=active,
            api_id=api_id,
            staff=staff,
            image_group=image_group,
            prepaid=prepaid,
            is_multi=is_multi,
            capacity=capacity,
            is_price_managed_only_in_chain=is_price_managed_only_in_chain,
            is_comment_managed_only_in_chain=is_comment_managed_only_in_chain,
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
