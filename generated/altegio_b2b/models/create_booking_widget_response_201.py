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
    from ..models.create_booking_widget_response_201_header_images_type_0 import (
        CreateBookingWidgetResponse201HeaderImagesType0,
    )


T = TypeVar("T", bound="CreateBookingWidgetResponse201")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "title",
        "description",
        "is_default",
        "without_menu",
        "service_step_default",
        "service_step_hide",
        "master_step_default",
        "master_step_hide",
        "service_step_num",
        "master_step_num",
        "datetime_step_num",
        "show_button",
        "button_position",
        "form_position",
        "button_color",
        "button_animation",
        "html_code",
        "ab_test_enabled",
        "is_chain",
        "sequence_type",
        "service_step_title",
        "master_step_title",
        "specialization_display_mode",
        "datetime_step_title",
        "html_code_v2",
        "map_type",
        "default_language_id",
        "group_id",
        "facebook_pixel_id",
        "vk_pixel_id",
        "online_sales_group_id",
        "service_step_category_view_type",
        "salon_select_type_code",
        "record_type_id",
        "display_activity_type",
        "is_multiple_activity_record",
        "activity_record_count",
        "header_images",
        "is_weekly_view_enabled",
        "show_weekly_view_without_online_booking",
        "weekly_view_default_salon_id",
    }
)
_EXTRA = _fields.ANY
_KIND_header_images = _fields.OneOf(
    _fields.Model("CreateBookingWidgetResponse201HeaderImagesType0"),
    _fields.NULL,
)


@_attrs_define
class CreateBookingWidgetResponse201:
    """appointment Widget Settings

    Attributes:
        id (int | Unset): appointment widget ID
        title (str | Unset): Name of the appointment widget
        description (str | Unset): appointment widget description
        is_default (bool | Unset): Default appointment widget flag
        without_menu (bool | Unset): Step mode flag
        service_step_default (float | Unset): Service ID
        service_step_hide (bool | Unset): Service Hiding Flag
        master_step_default (float | Unset): team member ID
        master_step_hide (bool | Unset): team member hide flag
        service_step_num (float | Unset): Service serial number
        master_step_num (float | Unset): Team Member serial number
        datetime_step_num (float | Unset): Sequence number of date and time
        show_button (bool | Unset): Button Visibility Step
        button_position (str | Unset): Button location on the page
        form_position (str | Unset): Panel position on the page
        button_color (str | Unset): Button color
        button_animation (bool | Unset): Button animation enable flag
        html_code (str | Unset): Code for inserting a button on the site
        ab_test_enabled (bool | Unset): Flag for enabling letterform ab-test
        is_chain (bool | Unset): Chain booking form flag
        sequence_type (str | Unset): Sequence type (e.g., "steps")
        service_step_title (str | Unset): Service step title
        master_step_title (str | Unset): Team member step title
        specialization_display_mode (float | Unset): Specialization display mode
        datetime_step_title (str | Unset): Date/time step title
        html_code_v2 (str | Unset): Version 2 of HTML code for button insertion
        map_type (float | Unset): Map type identifier
        default_language_id (int | Unset): Default language ID
        group_id (int | Unset): Group ID
        facebook_pixel_id (str | Unset): Facebook Pixel ID
        vk_pixel_id (str | Unset): VK Pixel ID
        online_sales_group_id (int | Unset): Online sales group ID
        service_step_category_view_type (str | Unset): Service step category view type (e.g., "horizontal_tags")
        salon_select_type_code (str | Unset): Location select type code (e.g., "list")
        record_type_id (int | None | Unset): Appointment type ID
        display_activity_type (str | Unset): Display event type (e.g., "all")
        is_multiple_activity_record (bool | Unset): Multiple event appointment flag
        activity_record_count (float | Unset): Event appointment count limit
        header_images (CreateBookingWidgetResponse201HeaderImagesType0 | None | Unset): Header images configuration
        is_weekly_view_enabled (bool | Unset): Weekly view enabled flag
        show_weekly_view_without_online_booking (bool | Unset): Show weekly view without online booking flag
        weekly_view_default_salon_id (int | None | Unset): Default location ID for weekly view
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    description: str | Unset = UNSET
    is_default: bool | Unset = UNSET
    without_menu: bool | Unset = UNSET
    service_step_default: float | Unset = UNSET
    service_step_hide: bool | Unset = UNSET
    master_step_default: float | Unset = UNSET
    master_step_hide: bool | Unset = UNSET
    service_step_num: float | Unset = UNSET
    master_step_num: float | Unset = UNSET
    datetime_step_num: float | Unset = UNSET
    show_button: bool | Unset = UNSET
    button_position: str | Unset = UNSET
    form_position: str | Unset = UNSET
    button_color: str | Unset = UNSET
    button_animation: bool | Unset = UNSET
    html_code: str | Unset = UNSET
    ab_test_enabled: bool | Unset = UNSET
    is_chain: bool | Unset = UNSET
    sequence_type: str | Unset = UNSET
    service_step_title: str | Unset = UNSET
    master_step_title: str | Unset = UNSET
    specialization_display_mode: float | Unset = UNSET
    datetime_step_title: str | Unset = UNSET
    html_code_v2: str | Unset = UNSET
    map_type: float | Unset = UNSET
    default_language_id: int | Unset = UNSET
    group_id: int | Unset = UNSET
    facebook_pixel_id: str | Unset = UNSET
    vk_pixel_id: str | Unset = UNSET
    online_sales_group_id: int | Unset = UNSET
    service_step_category_view_type: str | Unset = UNSET
    salon_select_type_code: str | Unset = UNSET
    record_type_id: int | None | Unset = UNSET
    display_activity_type: str | Unset = UNSET
    is_multiple_activity_record: bool | Unset = UNSET
    activity_record_count: float | Unset = UNSET
    header_images: CreateBookingWidgetResponse201HeaderImagesType0 | None | Unset = UNSET
    is_weekly_view_enabled: bool | Unset = UNSET
    show_weekly_view_without_online_booking: bool | Unset = UNSET
    weekly_view_default_salon_id: int | None | Unset = UNSET
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

        description = self.description
        if type(description) is not str and description is not UNSET:
            description = _fields.write_string(description, "description")
        if description is not UNSET:
            field_dict["description"] = description

        is_default = self.is_default
        if type(is_default) is not bool and is_default is not UNSET:
            is_default = _fields.write_boolean(is_default, "is_default")
        if is_default is not UNSET:
            field_dict["is_default"] = is_default

        without_menu = self.without_menu
        if type(without_menu) is not bool and without_menu is not UNSET:
            without_menu = _fields.write_boolean(without_menu, "without_menu")
        if without_menu is not UNSET:
            field_dict["without_menu"] = without_menu

        service_step_default = self.service_step_default
        if service_step_default is not UNSET:
            field_dict["service_step_default"] = _fields.write_number(service_step_default, "service_step_default")

        service_step_hide = self.service_step_hide
        if type(service_step_hide) is not bool and service_step_hide is not UNSET:
            service_step_hide = _fields.write_boolean(service_step_hide, "service_step_hide")
        if service_step_hide is not UNSET:
            field_dict["service_step_hide"] = service_step_hide

        master_step_default = self.master_step_default
        if master_step_default is not UNSET:
            field_dict["master_step_default"] = _fields.write_number(master_step_default, "master_step_default")

        master_step_hide = self.master_step_hide
        if type(master_step_hide) is not bool and master_step_hide is not UNSET:
            master_step_hide = _fields.write_boolean(master_step_hide, "master_step_hide")
        if master_step_hide is not UNSET:
            field_dict["master_step_hide"] = master_step_hide

        service_step_num = self.service_step_num
        if service_step_num is not UNSET:
            field_dict["service_step_num"] = _fields.write_number(service_step_num, "service_step_num")

        master_step_num = self.master_step_num
        if master_step_num is not UNSET:
            field_dict["master_step_num"] = _fields.write_number(master_step_num, "master_step_num")

        datetime_step_num = self.datetime_step_num
        if datetime_step_num is not UNSET:
            field_dict["datetime_step_num"] = _fields.write_number(datetime_step_num, "datetime_step_num")

        show_button = self.show_button
        if type(show_button) is not bool and show_button is not UNSET:
            show_button = _fields.write_boolean(show_button, "show_button")
        if show_button is not UNSET:
            field_dict["show_button"] = show_button

        button_position = self.button_position
        if type(button_position) is not str and button_position is not UNSET:
            button_position = _fields.write_string(button_position, "button_position")
        if button_position is not UNSET:
            field_dict["button_position"] = button_position

        form_position = self.form_position
        if type(form_position) is not str and form_position is not UNSET:
            form_position = _fields.write_string(form_position, "form_position")
        if form_position is not UNSET:
            field_dict["form_position"] = form_position

        button_color = self.button_color
        if type(button_color) is not str and button_color is not UNSET:
            button_color = _fields.write_string(button_color, "button_color")
        if button_color is not UNSET:
            field_dict["button_color"] = button_color

        button_animation = self.button_animation
        if type(button_animation) is not bool and button_animation is not UNSET:
            button_animation = _fields.write_boolean(button_animation, "button_animation")
        if button_animation is not UNSET:
            field_dict["button_animation"] = button_animation

        html_code = self.html_code
        if type(html_code) is not str and html_code is not UNSET:
            html_code = _fields.write_string(html_code, "html_code")
        if html_code is not UNSET:
            field_dict["html_code"] = html_code

        ab_test_enabled = self.ab_test_enabled
        if type(ab_test_enabled) is not bool and ab_test_enabled is not UNSET:
            ab_test_enabled = _fields.write_boolean(ab_test_enabled, "ab_test_enabled")
        if ab_test_enabled is not UNSET:
            field_dict["ab_test_enabled"] = ab_test_enabled

        is_chain = self.is_chain
        if type(is_chain) is not bool and is_chain is not UNSET:
            is_chain = _fields.write_boolean(is_chain, "is_chain")
        if is_chain is not UNSET:
            field_dict["is_chain"] = is_chain

        sequence_type = self.sequence_type
        if type(sequence_type) is not str and sequence_type is not UNSET:
            sequence_type = _fields.write_string(sequence_type, "sequence_type")
        if sequence_type is not UNSET:
            field_dict["sequence_type"] = sequence_type

        service_step_title = self.service_step_title
        if type(service_step_title) is not str and service_step_title is not UNSET:
            service_step_title = _fields.write_string(service_step_title, "service_step_title")
        if service_step_title is not UNSET:
            field_dict["service_step_title"] = service_step_title

        master_step_title = self.master_step_title
        if type(master_step_title) is not str and master_step_title is not UNSET:
            master_step_title = _fields.write_string(master_step_title, "master_step_title")
        if master_step_title is not UNSET:
            field_dict["master_step_title"] = master_step_title

        specialization_display_mode = self.specialization_display_mode
        if specialization_display_mode is not UNSET:
            field_dict["specialization_display_mode"] = _fields.write_number(
                specialization_display_mode, "specialization_display_mode"
            )

        datetime_step_title = self.datetime_step_title
        if type(datetime_step_title) is not str and datetime_step_title is not UNSET:
            datetime_step_title = _fields.write_string(datetime_step_title, "datetime_step_title")
        if datetime_step_title is not UNSET:
            field_dict["datetime_step_title"] = datetime_step_title

        html_code_v2 = self.html_code_v2
        if type(html_code_v2) is not str and html_code_v2 is not UNSET:
            html_code_v2 = _fields.write_string(html_code_v2, "html_code_v2")
        if html_code_v2 is not UNSET:
            field_dict["html_code_v2"] = html_code_v2

        map_type = self.map_type
        if map_type is not UNSET:
            field_dict["map_type"] = _fields.write_number(map_type, "map_type")

        default_language_id = self.default_language_id
        if type(default_language_id) is not int and default_language_id is not UNSET:
            default_language_id = _fields.write_integer(default_language_id, "default_language_id")
        if default_language_id is not UNSET:
            field_dict["default_language_id"] = default_language_id

        group_id = self.group_id
        if type(group_id) is not int and group_id is not UNSET:
            group_id = _fields.write_integer(group_id, "group_id")
        if group_id is not UNSET:
            field_dict["group_id"] = group_id

        facebook_pixel_id = self.facebook_pixel_id
        if type(facebook_pixel_id) is not str and facebook_pixel_id is not UNSET:
            facebook_pixel_id = _fields.write_string(facebook_pixel_id, "facebook_pixel_id")
        if facebook_pixel_id is not UNSET:
            field_dict["facebook_pixel_id"] = facebook_pixel_id

        vk_pixel_id = self.vk_pixel_id
        if type(vk_pixel_id) is not str and vk_pixel_id is not UNSET:
            vk_pixel_id = _fields.write_string(vk_pixel_id, "vk_pixel_id")
        if vk_pixel_id is not UNSET:
            field_dict["vk_pixel_id"] = vk_pixel_id

        online_sales_group_id = self.online_sales_group_id
        if type(online_sales_group_id) is not int and online_sales_group_id is not UNSET:
            online_sales_group_id = _fields.write_integer(online_sales_group_id, "online_sales_group_id")
        if online_sales_group_id is not UNSET:
            field_dict["online_sales_group_id"] = online_sales_group_id

        service_step_category_view_type = self.service_step_category_view_type
        if type(service_step_category_view_type) is not str and service_step_category_view_type is not UNSET:
            service_step_category_view_type = _fields.write_string(
                service_step_category_view_type, "service_step_category_view_type"
            )
        if service_step_category_view_type is not UNSET:
            field_dict["service_step_category_view_type"] = service_step_category_view_type

        salon_select_type_code = self.salon_select_type_code
        if type(salon_select_type_code) is not str and salon_select_type_code is not UNSET:
            salon_select_type_code = _fields.write_string(salon_select_type_code, "salon_select_type_code")
        if salon_select_type_code is not UNSET:
            field_dict["salon_select_type_code"] = salon_select_type_code

        record_type_id = self.record_type_id
        if type(record_type_id) is not int and record_type_id is not UNSET and record_type_id is not None:
            record_type_id = _fields.write_integer(record_type_id, "record_type_id")
        if record_type_id is not UNSET:
            field_dict["record_type_id"] = record_type_id

        display_activity_type = self.display_activity_type
        if type(display_activity_type) is not str and display_activity_type is not UNSET:
            display_activity_type = _fields.write_string(display_activity_type, "display_activity_type")
        if display_activity_type is not UNSET:
            field_dict["display_activity_type"] = display_activity_type

        is_multiple_activity_record = self.is_multiple_activity_record
        if type(is_multiple_activity_record) is not bool and is_multiple_activity_record is not UNSET:
            is_multiple_activity_record = _fields.write_boolean(
                is_multiple_activity_record, "is_multiple_activity_record"
            )
        if is_multiple_activity_record is not UNSET:
            field_dict["is_multiple_activity_record"] = is_multiple_activity_record

        activity_record_count = self.activity_record_count
        if activity_record_count is not UNSET:
            field_dict["activity_record_count"] = _fields.write_number(activity_record_count, "activity_record_count")

        header_images = self.header_images
        if header_images is not UNSET:
            field_dict["header_images"] = _KIND_header_images.write_field(header_images, "header_images")

        is_weekly_view_enabled = self.is_weekly_view_enabled
        if type(is_weekly_view_enabled) is not bool and is_weekly_view_enabled is not UNSET:
            is_weekly_view_enabled = _fields.write_boolean(is_weekly_view_enabled, "is_weekly_view_enabled")
        if is_weekly_view_enabled is not UNSET:
            field_dict["is_weekly_view_enabled"] = is_weekly_view_enabled

        show_weekly_view_without_online_booking = self.show_weekly_view_without_online_booking
        if (
            type(show_weekly_view_without_online_booking) is not bool
            and show_weekly_view_without_online_booking is not UNSET
        ):
            show_weekly_view_without_online_booking = _fields.write_boolean(
                show_weekly_view_without_online_booking, "show_weekly_view_without_online_booking"
            )
        if show_weekly_view_without_online_booking is not UNSET:
            field_dict["show_weekly_view_without_online_booking"] = show_weekly_view_without_online_booking

        weekly_view_default_salon_id = self.weekly_view_default_salon_id
        if (
            type(weekly_view_default_salon_id) is not int
            and weekly_view_default_salon_id is not UNSET
            and weekly_view_default_salon_id is not None
        ):
            weekly_view_default_salon_id = _fields.write_integer(
                weekly_view_default_salon_id, "weekly_view_default_salon_id"
            )
        if weekly_view_default_salon_id is not UNSET:
            field_dict["weekly_view_default_salon_id"] = weekly_view_default_salon_id

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

        description = _get("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = _fields.read_string(description, "description")

        is_default = _get("is_default", UNSET)
        if type(is_default) is not bool and is_default is not UNSET:
            is_default = _fields.read_boolean(is_default, "is_default")

        without_menu = _get("without_menu", UNSET)
        if type(without_menu) is not bool and without_menu is not UNSET:
            without_menu = _fields.read_boolean(without_menu, "without_menu")

        service_step_default = _get("service_step_default", UNSET)
        if (
            type(service_step_default) is not float
            and type(service_step_default) is not int
            and service_step_default is not UNSET
        ):
            service_step_default = _fields.read_number(service_step_default, "service_step_default")

        service_step_hide = _get("service_step_hide", UNSET)
        if type(service_step_hide) is not bool and service_step_hide is not UNSET:
            service_step_hide = _fields.read_boolean(service_step_hide, "service_step_hide")

        master_step_default = _get("master_step_default", UNSET)
        if (
            type(master_step_default) is not float
            and type(master_step_default) is not int
            and master_step_default is not UNSET
        ):
            master_step_default = _fields.read_number(master_step_default, "master_step_default")

        master_step_hide = _get("master_step_hide", UNSET)
        if type(master_step_hide) is not bool and master_step_hide is not UNSET:
            master_step_hide = _fields.read_boolean(master_step_hide, "master_step_hide")

        service_step_num = _get("service_step_num", UNSET)
        if type(service_step_num) is not float and type(service_step_num) is not int and service_step_num is not UNSET:
            service_step_num = _fields.read_number(service_step_num, "service_step_num")

        master_step_num = _get("master_step_num", UNSET)
        if type(master_step_num) is not float and type(master_step_num) is not int and master_step_num is not UNSET:
            master_step_num = _fields.read_number(master_step_num, "master_step_num")

        datetime_step_num = _get("datetime_step_num", UNSET)
        if (
            type(datetime_step_num) is not float
            and type(datetime_step_num) is not int
            and datetime_step_num is not UNSET
        ):
            datetime_step_num = _fields.read_number(datetime_step_num, "datetime_step_num")

        show_button = _get("show_button", UNSET)
        if type(show_button) is not bool and show_button is not UNSET:
            show_button = _fields.read_boolean(show_button, "show_button")

        button_position = _get("button_position", UNSET)
        if type(button_position) is not str and button_position is not UNSET:
            button_position = _fields.read_string(button_position, "button_position")

        form_position = _get("form_position", UNSET)
        if type(form_position) is not str and form_position is not UNSET:
            form_position = _fields.read_string(form_position, "form_position")

        button_color = _get("button_color", UNSET)
        if type(button_color) is not str and button_color is not UNSET:
            button_color = _fields.read_string(button_color, "button_color")

        button_animation = _get("button_animation", UNSET)
        if type(button_animation) is not bool and button_animation is not UNSET:
            button_animation = _fields.read_boolean(button_animation, "button_animation")

        html_code = _get("html_code", UNSET)
        if type(html_code) is not str and html_code is not UNSET:
            html_code = _fields.read_string(html_code, "html_code")

        ab_test_enabled = _get("ab_test_enabled", UNSET)
        if type(ab_test_enabled) is not bool and ab_test_enabled is not UNSET:
            ab_test_enabled = _fields.read_boolean(ab_test_enabled, "ab_test_enabled")

        is_chain = _get("is_chain", UNSET)
        if type(is_chain) is not bool and is_chain is not UNSET:
            is_chain = _fields.read_boolean(is_chain, "is_chain")

        sequence_type = _get("sequence_type", UNSET)
        if type(sequence_type) is not str and sequence_type is not UNSET:
            sequence_type = _fields.read_string(sequence_type, "sequence_type")

        service_step_title = _get("service_step_title", UNSET)
        if type(service_step_title) is not str and service_step_title is not UNSET:
            service_step_title = _fields.read_string(service_step_title, "service_step_title")

        master_step_title = _get("master_step_title", UNSET)
        if type(master_step_title) is not str and master_step_title is not UNSET:
            master_step_title = _fields.read_string(master_step_title, "master_step_title")

        specialization_display_mode = _get("specialization_display_mode", UNSET)
        if (
            type(specialization_display_mode) is not float
            and type(specialization_display_mode) is not int
            and specialization_display_mode is not UNSET
        ):
            specialization_display_mode = _fields.read_number(
                specialization_display_mode, "specialization_display_mode"
            )

        datetime_step_title = _get("datetime_step_title", UNSET)
        if type(datetime_step_title) is not str and datetime_step_title is not UNSET:
            datetime_step_title = _fields.read_string(datetime_step_title, "datetime_step_title")

        html_code_v2 = _get("html_code_v2", UNSET)
        if type(html_code_v2) is not str and html_code_v2 is not UNSET:
            html_code_v2 = _fields.read_string(html_code_v2, "html_code_v2")

        map_type = _get("map_type", UNSET)
        if type(map_type) is not float and type(map_type) is not int and map_type is not UNSET:
            map_type = _fields.read_number(map_type, "map_type")

        default_language_id = _get("default_language_id", UNSET)
        if type(default_language_id) is not int and default_language_id is not UNSET:
            default_language_id = _fields.read_integer(default_language_id, "default_language_id")

        group_id = _get("group_id", UNSET)
        if type(group_id) is not int and group_id is not UNSET:
            group_id = _fields.read_integer(group_id, "group_id")

        facebook_pixel_id = _get("facebook_pixel_id", UNSET)
        if type(facebook_pixel_id) is not str and facebook_pixel_id is not UNSET:
            facebook_pixel_id = _fields.read_string(facebook_pixel_id, "facebook_pixel_id")

        vk_pixel_id = _get("vk_pixel_id", UNSET)
        if type(vk_pixel_id) is not str and vk_pixel_id is not UNSET:
            vk_pixel_id = _fields.read_string(vk_pixel_id, "vk_pixel_id")

        online_sales_group_id = _get("online_sales_group_id", UNSET)
        if type(online_sales_group_id) is not int and online_sales_group_id is not UNSET:
            online_sales_group_id = _fields.read_integer(online_sales_group_id, "online_sales_group_id")

        service_step_category_view_type = _get("service_step_category_view_type", UNSET)
        if type(service_step_category_view_type) is not str and service_step_category_view_type is not UNSET:
            service_step_category_view_type = _fields.read_string(
                service_step_category_view_type, "service_step_category_view_type"
            )

        salon_select_type_code = _get("salon_select_type_code", UNSET)
        if type(salon_select_type_code) is not str and salon_select_type_code is not UNSET:
            salon_select_type_code = _fields.read_string(salon_select_type_code, "salon_select_type_code")

        record_type_id = _get("record_type_id", UNSET)
        if type(record_type_id) is not int and record_type_id is not UNSET and record_type_id is not None:
            record_type_id = _fields.read_integer(record_type_id, "record_type_id")

        display_activity_type = _get("display_activity_type", UNSET)
        if type(display_activity_type) is not str and display_activity_type is not UNSET:
            display_activity_type = _fields.read_string(display_activity_type, "display_activity_type")

        is_multiple_activity_record = _get("is_multiple_activity_record", UNSET)
        if type(is_multiple_activity_record) is not bool and is_multiple_activity_record is not UNSET:
            is_multiple_activity_record = _fields.read_boolean(
                is_multiple_activity_record, "is_multiple_activity_record"
            )

        activity_record_count = _get("activity_record_count", UNSET)
        if (
            type(activity_record_count) is not float
            and type(activity_record_count) is not int
            and activity_record_count is not UNSET
        ):
            activity_record_count = _fields.read_number(activity_record_count, "activity_record_count")

        header_images = _get("header_images", UNSET)
        if header_images is not UNSET and header_images is not None:
            try:
                header_images = _models.CreateBookingWidgetResponse201HeaderImagesType0.from_dict(header_images)
            except _FieldError as _error:
                raise _error.within("header_images")

        is_weekly_view_enabled = _get("is_weekly_view_enabled", UNSET)
        if type(is_weekly_view_enabled) is not bool and is_weekly_view_enabled is not UNSET:
            is_weekly_view_enabled = _fields.read_boolean(is_weekly_view_enabled, "is_weekly_view_enabled")

        show_weekly_view_without_online_booking = _get("show_weekly_view_without_online_booking", UNSET)
        if (
            type(show_weekly_view_without_online_booking) is not bool
            and show_weekly_view_without_online_booking is not UNSET
        ):
            show_weekly_view_without_online_booking = _fields.read_boolean(
                show_weekly_view_without_online_booking, "show_weekly_view_without_online_booking"
            )

        weekly_view_default_salon_id = _get("weekly_view_default_salon_id", UNSET)
        if (
            type(weekly_view_default_salon_id) is not int
            and weekly_view_default_salon_id is not UNSET
            and weekly_view_default_salon_id is not None
        ):
            weekly_view_default_salon_id = _fields.read_integer(
                weekly_view_default_salon_id, "weekly_view_default_salon_id"
            )

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.title = title
        _model.description = description
        _model.is_default = is_default
        _model.without_menu = without_menu
        _model.service_step_default = service_step_default
        _model.service_step_hide = service_step_hide
        _model.master_step_default = master_step_default
        _model.master_step_hide = master_step_hide
        _model.service_step_num = service_step_num
        _model.master_step_num = master_step_num
        _model.datetime_step_num = datetime_step_num
        _model.show_button = show_button
        _model.button_position = button_position
        _model.form_position = form_position
        _model.button_color = button_color
        _model.button_animation = button_animation
        _model.html_code = html_code
        _model.ab_test_enabled = ab_test_enabled
        _model.is_chain = is_chain
        _model.sequence_type = sequence_type
        _model.service_step_title = service_step_title
        _model.master_step_title = master_step_title
        _model.specialization_display_mode = specialization_display_mode
        _model.datetime_step_title = datetime_step_title
        _model.html_code_v2 = html_code_v2
        _model.map_type = map_type
        _model.default_language_id = default_language_id
        _model.group_id = group_id
        _model.facebook_pixel_id = facebook_pixel_id
        _model.vk_pixel_id = vk_pixel_id
        _model.online_sales_group_id = online_sales_group_id
        _model.service_step_category_view_type = service_step_category_view_type
        _model.salon_select_type_code = salon_select_type_code
        _model.record_type_id = record_type_id
        _model.display_activity_type = display_activity_type
        _model.is_multiple_activity_record = is_multiple_activity_record
        _model.activity_record_count = activity_record_count
        _model.header_images = header_images
        _model.is_weekly_view_enabled = is_weekly_view_enabled
        _model.show_weekly_view_without_online_booking = show_weekly_view_without_online_booking
        _model.weekly_view_default_salon_id = weekly_view_default_salon_id
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not CreateBookingWidgetResponse201:
            _fields.init_added_fields(_model, CreateBookingWidgetResponse201)
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
