from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._runtime import fields as _fields
from .._runtime.errors import FieldError as _FieldError
from ..models.webhook_service_data_active import WebhookServiceDataActive
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_service_data_image_group import WebhookServiceDataImageGroup
    from ..models.webhook_service_data_staff_item import WebhookServiceDataStaffItem


T = TypeVar("T", bound="WebhookServiceData")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "salon_service_id",
        "title",
        "booking_title",
        "category_id",
        "price_min",
        "price_max",
        "duration",
        "discount",
        "comment",
        "weight",
        "active",
        "api_id",
        "staff",
        "image_group",
        "prepaid",
        "is_multi",
        "capacity",
        "is_price_managed_only_in_chain",
        "is_comment_managed_only_in_chain",
    }
)
_EXTRA = _fields.ANY
_KIND_active = _fields.EnumOf("WebhookServiceDataActive", _fields.INTEGER)
_KIND_staff = _fields.ListOf(_fields.Model("WebhookServiceDataStaffItem"))


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
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        salon_service_id = self.salon_service_id
        if type(salon_service_id) is not int and salon_service_id is not UNSET:
            salon_service_id = _fields.write_integer(salon_service_id, "salon_service_id")
        if salon_service_id is not UNSET:
            field_dict["salon_service_id"] = salon_service_id

        title = self.title
        if type(title) is not str and title is not UNSET:
            title = _fields.write_string(title, "title")
        if title is not UNSET:
            field_dict["title"] = title

        booking_title = self.booking_title
        if type(booking_title) is not str and booking_title is not UNSET:
            booking_title = _fields.write_string(booking_title, "booking_title")
        if booking_title is not UNSET:
            field_dict["booking_title"] = booking_title

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

        duration = self.duration
        if type(duration) is not int and duration is not UNSET:
            duration = _fields.write_integer(duration, "duration")
        if duration is not UNSET:
            field_dict["duration"] = duration

        discount = self.discount
        if discount is not UNSET:
            field_dict["discount"] = _fields.write_number(discount, "discount")

        comment = self.comment
        if type(comment) is not str and comment is not UNSET:
            comment = _fields.write_string(comment, "comment")
        if comment is not UNSET:
            field_dict["comment"] = comment

        weight = self.weight
        if type(weight) is not int and weight is not UNSET:
            weight = _fields.write_integer(weight, "weight")
        if weight is not UNSET:
            field_dict["weight"] = weight

        active = self.active
        if active is not UNSET:
            field_dict["active"] = _KIND_active.write_field(active, "active")

        api_id = self.api_id
        if type(api_id) is not str and api_id is not UNSET:
            api_id = _fields.write_string(api_id, "api_id")
        if api_id is not UNSET:
            field_dict["api_id"] = api_id

        staff = self.staff
        if staff is not UNSET:
            field_dict["staff"] = _KIND_staff.write_field(staff, "staff")

        image_group = self.image_group
        if image_group is not UNSET:
            field_dict["image_group"] = _fields.write_model(
                image_group, _models.WebhookServiceDataImageGroup, "image_group"
            )

        prepaid = self.prepaid
        if type(prepaid) is not str and prepaid is not UNSET:
            prepaid = _fields.write_string(prepaid, "prepaid")
        if prepaid is not UNSET:
            field_dict["prepaid"] = prepaid

        is_multi = self.is_multi
        if type(is_multi) is not bool and is_multi is not UNSET:
            is_multi = _fields.write_boolean(is_multi, "is_multi")
        if is_multi is not UNSET:
            field_dict["is_multi"] = is_multi

        capacity = self.capacity
        if type(capacity) is not int and capacity is not UNSET:
            capacity = _fields.write_integer(capacity, "capacity")
        if capacity is not UNSET:
            field_dict["capacity"] = capacity

        is_price_managed_only_in_chain = self.is_price_managed_only_in_chain
        if type(is_price_managed_only_in_chain) is not bool and is_price_managed_only_in_chain is not UNSET:
            is_price_managed_only_in_chain = _fields.write_boolean(
                is_price_managed_only_in_chain, "is_price_managed_only_in_chain"
            )
        if is_price_managed_only_in_chain is not UNSET:
            field_dict["is_price_managed_only_in_chain"] = is_price_managed_only_in_chain

        is_comment_managed_only_in_chain = self.is_comment_managed_only_in_chain
        if type(is_comment_managed_only_in_chain) is not bool and is_comment_managed_only_in_chain is not UNSET:
            is_comment_managed_only_in_chain = _fields.write_boolean(
                is_comment_managed_only_in_chain, "is_comment_managed_only_in_chain"
            )
        if is_comment_managed_only_in_chain is not UNSET:
            field_dict["is_comment_managed_only_in_chain"] = is_comment_managed_only_in_chain

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _fields.read_integer(id, "id")

        salon_service_id = _get("salon_service_id", UNSET)
        if type(salon_service_id) is not int and salon_service_id is not UNSET:
            salon_service_id = _fields.read_integer(salon_service_id, "salon_service_id")

        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _fields.read_string(title, "title")

        booking_title = _get("booking_title", UNSET)
        if type(booking_title) is not str and booking_title is not UNSET:
            booking_title = _fields.read_string(booking_title, "booking_title")

        category_id = _get("category_id", UNSET)
        if type(category_id) is not int and category_id is not UNSET:
            category_id = _fields.read_integer(category_id, "category_id")

        price_min = _get("price_min", UNSET)
        if type(price_min) is not float and type(price_min) is not int and price_min is not UNSET:
            price_min = _fields.read_number(price_min, "price_min")

        price_max = _get("price_max", UNSET)
        if type(price_max) is not float and type(price_max) is not int and price_max is not UNSET:
            price_max = _fields.read_number(price_max, "price_max")

        duration = _get("duration", UNSET)
        if type(duration) is not int and duration is not UNSET:
            duration = _fields.read_integer(duration, "duration")

        discount = _get("discount", UNSET)
        if type(discount) is not float and type(discount) is not int and discount is not UNSET:
            discount = _fields.read_number(discount, "discount")

        comment = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = _fields.read_string(comment, "comment")

        weight = _get("weight", UNSET)
        if type(weight) is not int and weight is not UNSET:
            weight = _fields.read_integer(weight, "weight")

        active = _get("active", UNSET)
        if active is not UNSET:
            active = _KIND_active.read_field(active, "active")

        api_id = _get("api_id", UNSET)
        if type(api_id) is not str and api_id is not UNSET:
            api_id = _fields.read_string(api_id, "api_id")

        staff = _get("staff", UNSET)
        if staff is not UNSET:
            staff = _KIND_staff.read_field(staff, "staff")

        image_group = _get("image_group", UNSET)
        if image_group is not UNSET:
            try:
                image_group = _models.WebhookServiceDataImageGroup.from_dict(image_group)
            except _FieldError as _error:
                raise _error.within("image_group")

        prepaid = _get("prepaid", UNSET)
        if type(prepaid) is not str and prepaid is not UNSET:
            prepaid = _fields.read_string(prepaid, "prepaid")

        is_multi = _get("is_multi", UNSET)
        if type(is_multi) is not bool and is_multi is not UNSET:
            is_multi = _fields.read_boolean(is_multi, "is_multi")

        capacity = _get("capacity", UNSET)
        if type(capacity) is not int and capacity is not UNSET:
            capacity = _fields.read_integer(capacity, "capacity")

        is_price_managed_only_in_chain = _get("is_price_managed_only_in_chain", UNSET)
        if type(is_price_managed_only_in_chain) is not bool and is_price_managed_only_in_chain is not UNSET:
            is_price_managed_only_in_chain = _fields.read_boolean(
                is_price_managed_only_in_chain, "is_price_managed_only_in_chain"
            )

        is_comment_managed_only_in_chain = _get("is_comment_managed_only_in_chain", UNSET)
        if type(is_comment_managed_only_in_chain) is not bool and is_comment_managed_only_in_chain is not UNSET:
            is_comment_managed_only_in_chain = _fields.read_boolean(
                is_comment_managed_only_in_chain, "is_comment_managed_only_in_chain"
            )

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.salon_service_id = salon_service_id
        _model.title = title
        _model.booking_title = booking_title
        _model.category_id = category_id
        _model.price_min = price_min
        _model.price_max = price_max
        _model.duration = duration
        _model.discount = discount
        _model.comment = comment
        _model.weight = weight
        _model.active = active
        _model.api_id = api_id
        _model.staff = staff
        _model.image_group = image_group
        _model.prepaid = prepaid
        _model.is_multi = is_multi
        _model.capacity = capacity
        _model.is_price_managed_only_in_chain = is_price_managed_only_in_chain
        _model.is_comment_managed_only_in_chain = is_comment_managed_only_in_chain
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not WebhookServiceData:
            _fields.init_added_fields(_model, WebhookServiceData)
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
