from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_booking_form_config_response_200_style_header_background_new_type_1 import (
        GetBookingFormConfigResponse200StyleHeaderBackgroundNewType1,
    )


T = TypeVar("T", bound="GetBookingFormConfigResponse200Style")


@_attrs_define
class GetBookingFormConfigResponse200Style:
    """appointment form design settings

    Attributes:
        show_header (bool | Unset): Display header and menu or not
        logo (str | Unset): Path to logo image
        header_background (str | Unset): Path to subtitle background image
        menu_background (str | Unset): Path to menu background image
        main_color (str | Unset): The main color of the form (all colors from the list: red, pink, purple, deep-purple,
            indigo, blue, light-blue, cyan, teal, green, light-green, lime, yellow, amber, orange, deep-orange, brown ,
            grey, blue-grey, white, black)
        secondary_color (str | Unset): Form secondary color (subtitle semi-transparent cover)
        buttons_color (str | Unset): Button color
        logo_full (str | Unset): Full path to logo image
        header_background_full (str | Unset): Full path to header background image
        menu_background_full (str | Unset): Full path to menu background image
        primary_palette (str | Unset): Primary palette color
        accent_palette (str | Unset): Accent palette color
        warn_palette (str | Unset): Warning palette color
        background_palette (str | Unset): Background palette color
        main_color_theme (str | Unset): Main color theme identifier
        header_background_new (GetBookingFormConfigResponse200StyleHeaderBackgroundNewType1 | list[Any] | Unset): New
            header background image configuration (empty array if not configured)
    """

    show_header: bool | Unset = UNSET
    logo: str | Unset = UNSET
    header_background: str | Unset = UNSET
    menu_background: str | Unset = UNSET
    main_color: str | Unset = UNSET
    secondary_color: str | Unset = UNSET
    buttons_color: str | Unset = UNSET
    logo_full: str | Unset = UNSET
    header_background_full: str | Unset = UNSET
    menu_background_full: str | Unset = UNSET
    primary_palette: str | Unset = UNSET
    accent_palette: str | Unset = UNSET
    warn_palette: str | Unset = UNSET
    background_palette: str | Unset = UNSET
    main_color_theme: str | Unset = UNSET
    header_background_new: GetBookingFormConfigResponse200StyleHeaderBackgroundNewType1 | list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        show_header = self.show_header

        logo = self.logo

        header_background = self.header_background

        menu_background = self.menu_background

        main_color = self.main_color

        secondary_color = self.secondary_color

        buttons_color = self.buttons_color

        logo_full = self.logo_full

        header_background_full = self.header_background_full

        menu_background_full = self.menu_background_full

        primary_palette = self.primary_palette

        accent_palette = self.accent_palette

        warn_palette = self.warn_palette

        background_palette = self.background_palette

        main_color_theme = self.main_color_theme

        header_background_new: dict[str, Any] | list[Any] | Unset
        if isinstance(self.header_background_new, Unset):
            header_background_new = UNSET
        elif isinstance(self.header_background_new, list):
            header_background_new = self.header_background_new

        else:
            header_background_new = self.header_background_new.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if show_header is not UNSET:
            field_dict["show_header"] = show_header
        if logo is not UNSET:
            field_dict["logo"] = logo
        if header_background is not UNSET:
            field_dict["header_background"] = header_background
        if menu_background is not UNSET:
            field_dict["menu_background"] = menu_background
        if main_color is not UNSET:
            field_dict["main_color"] = main_color
        if secondary_color is not UNSET:
            field_dict["secondary_color"] = secondary_color
        if buttons_color is not UNSET:
            field_dict["buttons_color"] = buttons_color
        if logo_full is not UNSET:
            field_dict["logo_full"] = logo_full
        if header_background_full is not UNSET:
            field_dict["header_background_full"] = header_background_full
        if menu_background_full is not UNSET:
            field_dict["menu_background_full"] = menu_background_full
        if primary_palette is not UNSET:
            field_dict["primaryPalette"] = primary_palette
        if accent_palette is not UNSET:
            field_dict["accentPalette"] = accent_palette
        if warn_palette is not UNSET:
            field_dict["warnPalette"] = warn_palette
        if background_palette is not UNSET:
            field_dict["backgroundPalette"] = background_palette
        if main_color_theme is not UNSET:
            field_dict["main_color_theme"] = main_color_theme
        if header_background_new is not UNSET:
            field_dict["header_background_new"] = header_background_new

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_booking_form_config_response_200_style_header_background_new_type_1 import (
            GetBookingFormConfigResponse200StyleHeaderBackgroundNewType1,  # noqa: PLC0415
        )

        d = dict(src_dict)
        show_header = d.pop("show_header", UNSET)

        logo = d.pop("logo", UNSET)

        header_background = d.pop("header_background", UNSET)

        menu_background = d.pop("menu_background", UNSET)

        main_color = d.pop("main_color", UNSET)

        secondary_color = d.pop("secondary_color", UNSET)

        buttons_color = d.pop("buttons_color", UNSET)

        logo_full = d.pop("logo_full", UNSET)

        header_background_full = d.pop("header_background_full", UNSET)

        menu_background_full = d.pop("menu_background_full", UNSET)

        primary_palette = d.pop("primaryPalette", UNSET)

        accent_palette = d.pop("accentPalette", UNSET)

        warn_palette = d.pop("warnPalette", UNSET)

        background_palette = d.pop("backgroundPalette", UNSET)

        main_color_theme = d.pop("main_color_theme", UNSET)

        def _parse_header_background_new(
            data: object,
        ) -> GetBookingFormConfigResponse200StyleHeaderBackgroundNewType1 | list[Any] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                header_background_new_type_0 = cast(list[Any], data)

                return header_background_new_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            header_background_new_type_1 = GetBookingFormConfigResponse200StyleHeaderBackgroundNewType1.from_dict(data)

            return header_background_new_type_1

        header_background_new = _parse_header_background_new(d.pop("header_background_new", UNSET))

        _model = cls(
            show_header=show_header,
            logo=logo,
            header_background=header_background,
            menu_background=menu_background,
            main_color=main_color,
            secondary_color=secondary_color,
            buttons_color=buttons_color,
            logo_full=logo_full,
            header_background_full=header_background_full,
            menu_background_full=menu_background_full,
            primary_palette=primary_palette,
            accent_palette=accent_palette,
            warn_palette=warn_palette,
            background_palette=background_palette,
            main_color_theme=main_color_theme,
            header_background_new=header_background_new,
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
