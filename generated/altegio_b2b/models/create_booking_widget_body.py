from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..models.create_booking_widget_body_button_position import CreateBookingWidgetBodyButtonPosition
from ..models.create_booking_widget_body_form_position import CreateBookingWidgetBodyFormPosition
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateBookingWidgetBody")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
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
    }
)
_EXTRA = _fields.ANY
_KIND_button_position = _fields.EnumOf("CreateBookingWidgetBodyButtonPosition", _fields.STRING)
_KIND_form_position = _fields.EnumOf("CreateBookingWidgetBodyFormPosition", _fields.STRING)


@_attrs_define
class CreateBookingWidgetBody:
    """Request to create a letterform

    Attributes:
        title (str): Name of the appointment widget
        description (str | Unset): appointment widget description Default: ''.
        is_default (bool | Unset): Default appointment widget flag Default: False.
        without_menu (bool | Unset): Step mode flag Default: False.
        service_step_default (float | Unset): Service ID
        service_step_hide (bool | Unset): Service Hiding Flag Default: False.
        master_step_default (float | Unset): team member ID
        master_step_hide (bool | Unset): team member hide flag Default: False.
        service_step_num (float | Unset): Service step sequence number
        master_step_num (float | Unset): Sequence number of the wizard step
        datetime_step_num (float | Unset): Sequence number of the date and time step
        show_button (bool | Unset): Button visibility flag Default: True.
        button_position (CreateBookingWidgetBodyButtonPosition | Unset): Button location on the page Default:
            CreateBookingWidgetBodyButtonPosition.BOTTOM_RIGHT.
        form_position (CreateBookingWidgetBodyFormPosition | Unset): Panel position on the page Default:
            CreateBookingWidgetBodyFormPosition.RIGHT.
        button_color (str | Unset): Button color Default: '#1c84c6'.
        button_animation (bool | Unset): Button animation enable flag Default: True.
    """

    title: str
    description: str | Unset = ""
    is_default: bool | Unset = False
    without_menu: bool | Unset = False
    service_step_default: float | Unset = UNSET
    service_step_hide: bool | Unset = False
    master_step_default: float | Unset = UNSET
    master_step_hide: bool | Unset = False
    service_step_num: float | Unset = UNSET
    master_step_num: float | Unset = UNSET
    datetime_step_num: float | Unset = UNSET
    show_button: bool | Unset = True
    button_position: CreateBookingWidgetBodyButtonPosition | Unset = CreateBookingWidgetBodyButtonPosition.BOTTOM_RIGHT
    form_position: CreateBookingWidgetBodyFormPosition | Unset = CreateBookingWidgetBodyFormPosition.RIGHT
    button_color: str | Unset = "#1c84c6"
    button_animation: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        title = self.title
        if type(title) is not str:
            title = _fields.write_string(title, "title")
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
        if button_position is not UNSET:
            field_dict["button_position"] = _KIND_button_position.write_field(button_position, "button_position")

        form_position = self.form_position
        if form_position is not UNSET:
            field_dict["form_position"] = _KIND_form_position.write_field(form_position, "form_position")

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        title = _get("title", UNSET)
        if type(title) is not str:
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
        if button_position is not UNSET:
            button_position = _KIND_button_position.read_field(button_position, "button_position")

        form_position = _get("form_position", UNSET)
        if form_position is not UNSET:
            form_position = _KIND_form_position.read_field(form_position, "form_position")

        button_color = _get("button_color", UNSET)
        if type(button_color) is not str and button_color is not UNSET:
            button_color = _fields.read_string(button_color, "button_color")

        button_animation = _get("button_animation", UNSET)
        if type(button_animation) is not bool and button_animation is not UNSET:
            button_animation = _fields.read_boolean(button_animation, "button_animation")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
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
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not CreateBookingWidgetBody:
            _fields.init_added_fields(_model, CreateBookingWidgetBody)
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
