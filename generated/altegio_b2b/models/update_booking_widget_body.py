from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_booking_widget_body_button_position import UpdateBookingWidgetBodyButtonPosition
from ..models.update_booking_widget_body_form_position import UpdateBookingWidgetBodyFormPosition
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateBookingWidgetBody")


@_attrs_define
class UpdateBookingWidgetBody:
    """Request to change the letterform

    Attributes:
        title (str | Unset): Name of the appointment widget
        description (str | Unset): appointment widget description
        is_default (bool | Unset): Default appointment widget flag
        without_menu (bool | Unset): Step mode flag
        service_step_default (float | Unset): Service ID
        service_step_hide (bool | Unset): Service Hiding Flag
        master_step_default (float | Unset): team member ID
        master_step_hide (bool | Unset): team member hide flag
        service_step_num (float | Unset): Service step sequence number
        master_step_num (float | Unset): Sequence number of the wizard step
        datetime_step_num (float | Unset): Sequence number of the date and time step
        show_button (bool | Unset): Button Visibility Step
        button_position (UpdateBookingWidgetBodyButtonPosition | Unset): Button location on the page
        form_position (UpdateBookingWidgetBodyFormPosition | Unset): Panel position on the page
        button_color (str | Unset): Button color
        button_animation (bool | Unset): Button animation enable flag
    """

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
    button_position: UpdateBookingWidgetBodyButtonPosition | Unset = UNSET
    form_position: UpdateBookingWidgetBodyFormPosition | Unset = UNSET
    button_color: str | Unset = UNSET
    button_animation: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        description = self.description

        is_default = self.is_default

        without_menu = self.without_menu

        service_step_default = self.service_step_default

        service_step_hide = self.service_step_hide

        master_step_default = self.master_step_default

        master_step_hide = self.master_step_hide

        service_step_num = self.service_step_num

        master_step_num = self.master_step_num

        datetime_step_num = self.datetime_step_num

        show_button = self.show_button

        button_position: str | Unset = UNSET
        if not isinstance(self.button_position, Unset):
            button_position = self.button_position.value

        form_position: str | Unset = UNSET
        if not isinstance(self.form_position, Unset):
            form_position = self.form_position.value

        button_color = self.button_color

        button_animation = self.button_animation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if is_default is not UNSET:
            field_dict["is_default"] = is_default
        if without_menu is not UNSET:
            field_dict["without_menu"] = without_menu
        if service_step_default is not UNSET:
            field_dict["service_step_default"] = service_step_default
        if service_step_hide is not UNSET:
            field_dict["service_step_hide"] = service_step_hide
        if master_step_default is not UNSET:
            field_dict["master_step_default"] = master_step_default
        if master_step_hide is not UNSET:
            field_dict["master_step_hide"] = master_step_hide
        if service_step_num is not UNSET:
            field_dict["service_step_num"] = service_step_num
        if master_step_num is not UNSET:
            field_dict["master_step_num"] = master_step_num
        if datetime_step_num is not UNSET:
            field_dict["datetime_step_num"] = datetime_step_num
        if show_button is not UNSET:
            field_dict["show_button"] = show_button
        if button_position is not UNSET:
            field_dict["button_position"] = button_position
        if form_position is not UNSET:
            field_dict["form_position"] = form_position
        if button_color is not UNSET:
            field_dict["button_color"] = button_color
        if button_animation is not UNSET:
            field_dict["button_animation"] = button_animation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        is_default = d.pop("is_default", UNSET)

        without_menu = d.pop("without_menu", UNSET)

        service_step_default = d.pop("service_step_default", UNSET)

        service_step_hide = d.pop("service_step_hide", UNSET)

        master_step_default = d.pop("master_step_default", UNSET)

        master_step_hide = d.pop("master_step_hide", UNSET)

        service_step_num = d.pop("service_step_num", UNSET)

        master_step_num = d.pop("master_step_num", UNSET)

        datetime_step_num = d.pop("datetime_step_num", UNSET)

        show_button = d.pop("show_button", UNSET)

        _button_position = d.pop("button_position", UNSET)
        button_position: UpdateBookingWidgetBodyButtonPosition | Unset
        if isinstance(_button_position, Unset):
            button_position = UNSET
        else:
            button_position = UpdateBookingWidgetBodyButtonPosition(_button_position)

        _form_position = d.pop("form_position", UNSET)
        form_position: UpdateBookingWidgetBodyFormPosition | Unset
        if isinstance(_form_position, Unset):
            form_position = UNSET
        else:
            form_position = UpdateBookingWidgetBodyFormPosition(_form_position)

        button_color = d.pop("button_color", UNSET)

        button_animation = d.pop("button_animation", UNSET)

        _model = cls(
            title=title,
            description=description,
            is_default=is_default,
            without_menu=without_menu,
            service_step_default=service_step_default,
            service_step_hide=service_step_hide,
            master_step_default=master_step_default,
            master_step_hide=master_step_hide,
            service_step_num=service_step_num,
            master_step_num=master_step_num,
            datetime_step_num=datetime_step_num,
            show_button=show_button,
            button_position=button_position,
            form_position=form_position,
            button_color=button_color,
            button_animation=button_animation,
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
