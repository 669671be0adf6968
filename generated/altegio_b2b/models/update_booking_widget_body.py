from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_booking_widget_body_button_position import UpdateBookingWidgetBodyButtonPosition
from ..models.update_booking_widget_body_form_position import UpdateBookingWidgetBodyFormPosition

T = TypeVar("T", bound="UpdateBookingWidgetBody")


@_attrs_define
class UpdateBookingWidgetBody:
    """Request to change the letterform

    Attributes:
        button_animation (bool): Button animation enable flag
        button_color (str): Button color
        button_position (UpdateBookingWidgetBodyButtonPosition): Button location on the page
        datetime_step_num (float): Sequence number of the date and time step
        description (str): appointment widget description
        form_position (UpdateBookingWidgetBodyFormPosition): Panel position on the page
        is_default (bool): Default appointment widget flag
        master_step_default (float): team member ID
        master_step_hide (bool): team member hide flag
        master_step_num (float): Sequence number of the wizard step
        service_step_default (float): Service ID
        service_step_hide (bool): Service Hiding Flag
        service_step_num (float): Service step sequence number
        show_button (bool): Button Visibility Step
        title (str): Name of the appointment widget
        without_menu (bool): Step mode flag
    """

    button_animation: bool
    button_color: str
    button_position: UpdateBookingWidgetBodyButtonPosition
    datetime_step_num: float
    description: str
    form_position: UpdateBookingWidgetBodyFormPosition
    is_default: bool
    master_step_default: float
    master_step_hide: bool
    master_step_num: float
    service_step_default: float
    service_step_hide: bool
    service_step_num: float
    show_button: bool
    title: str
    without_menu: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        button_animation = self.button_animation

        button_color = self.button_color

        button_position = self.button_position.value

        datetime_step_num = self.datetime_step_num

        description = self.description

        form_position = self.form_position.value

        is_default = self.is_default

        master_step_default = self.master_step_default

        master_step_hide = self.master_step_hide

        master_step_num = self.master_step_num

        service_step_default = self.service_step_default

        service_step_hide = self.service_step_hide

        service_step_num = self.service_step_num

        show_button = self.show_button

        title = self.title

        without_menu = self.without_menu

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "button_animation": button_animation,
                "button_color": button_color,
                "button_position": button_position,
                "datetime_step_num": datetime_step_num,
                "description": description,
                "form_position": form_position,
                "is_default": is_default,
                "master_step_default": master_step_default,
                "master_step_hide": master_step_hide,
                "master_step_num": master_step_num,
                "service_step_default": service_step_default,
                "service_step_hide": service_step_hide,
                "service_step_num": service_step_num,
                "show_button": show_button,
                "title": title,
                "without_menu": without_menu,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        button_animation = d.pop("button_animation")

        button_color = d.pop("button_color")

        button_position = UpdateBookingWidgetBodyButtonPosition(d.pop("button_position"))

        datetime_step_num = d.pop("datetime_step_num")

        description = d.pop("description")

        form_position = UpdateBookingWidgetBodyFormPosition(d.pop("form_position"))

        is_default = d.pop("is_default")

        master_step_default = d.pop("master_step_default")

        master_step_hide = d.pop("master_step_hide")

        master_step_num = d.pop("master_step_num")

        service_step_default = d.pop("service_step_default")

        service_step_hide = d.pop("service_step_hide")

        service_step_num = d.pop("service_step_num")

        show_button = d.pop("show_button")

        title = d.pop("title")

        without_menu = d.pop("without_menu")

        update_booking_widget_body = cls(
            button_animation=button_animation,
            button_color=button_color,
            button_position=button_position,
            datetime_step_num=datetime_step_num,
            description=description,
            form_position=form_position,
            is_default=is_default,
            master_step_default=master_step_default,
            master_step_hide=master_step_hide,
            master_step_num=master_step_num,
            service_step_default=service_step_default,
            service_step_hide=service_step_hide,
            service_step_num=service_step_num,
            show_button=show_button,
            title=title,
            without_menu=without_menu,
        )

        update_booking_widget_body.additional_properties = d
        return update_booking_widget_body

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
