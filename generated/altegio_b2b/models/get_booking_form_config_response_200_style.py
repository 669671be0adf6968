from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_booking_form_config_response_200_style_header_background_new_type_1 import (
        GetBookingFormConfigResponse200StyleHeaderBackgroundNewType1,
    )


T = TypeVar("T", bound="GetBookingFormConfigResponse200Style")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "show_header",
        "logo",
        "header_background",
        "menu_background",
        "main_color",
        "secondary_color",
        "buttons_color",
        "logo_full",
        "header_background_full",
        "menu_background_full",
        "primaryPalette",
        "accentPalette",
        "warnPalette",
        "backgroundPalette",
        "main_color_theme",
        "header_background_new",
    }
)
_EXTRA = _fields.ANY
_KIND_header_background_new = _fields.OneOf(
    _fields.ListOf(_fields.ANY),
    _fields.Model("GetBookingFormConfigResponse200StyleHeaderBackgroundNewType1"),
)


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
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        show_header = self.show_header
        if type(show_header) is not bool and show_header is not UNSET:
            show_header = _fields.write_boolean(show_header, "show_header")
        if show_header is not UNSET:
            field_dict["show_header"] = show_header

        logo = self.logo
        if type(logo) is not str and logo is not UNSET:
            logo = _fields.write_string(logo, "logo")
        if logo is not UNSET:
            field_dict["logo"] = logo

        header_background = self.header_background
        if type(header_background) is not str and header_background is not UNSET:
            header_background = _fields.write_string(header_background, "header_background")
        if header_background is not UNSET:
            field_dict["header_background"] = header_background

        menu_background = self.menu_background
        if type(menu_background) is not str and menu_background is not UNSET:
            menu_background = _fields.write_string(menu_background, "menu_background")
        if menu_background is not UNSET:
            field_dict["menu_background"] = menu_background

        main_color = self.main_color
        if type(main_color) is not str and main_color is not UNSET:
            main_color = _fields.write_string(main_color, "main_color")
        if main_color is not UNSET:
            field_dict["main_color"] = main_color

        secondary_color = self.secondary_color
        if type(secondary_color) is not str and secondary_color is not UNSET:
            secondary_color = _fields.write_string(secondary_color, "secondary_color")
        if secondary_color is not UNSET:
            field_dict["secondary_color"] = secondary_color

        buttons_color = self.buttons_color
        if type(buttons_color) is not str and buttons_color is not UNSET:
            buttons_color = _fields.write_string(buttons_color, "buttons_color")
        if buttons_color is not UNSET:
            field_dict["buttons_color"] = buttons_color

        logo_full = self.logo_full
        if type(logo_full) is not str and logo_full is not UNSET:
            logo_full = _fields.write_string(logo_full, "logo_full")
        if logo_full is not UNSET:
            field_dict["logo_full"] = logo_full

        header_background_full = self.header_background_full
        if type(header_background_full) is not str and header_background_full is not UNSET:
            header_background_full = _fields.write_string(header_background_full, "header_background_full")
        if header_background_full is not UNSET:
            field_dict["header_background_full"] = header_background_full

        menu_background_full = self.menu_background_full
        if type(menu_background_full) is not str and menu_background_full is not UNSET:
            menu_background_full = _fields.write_string(menu_background_full, "menu_background_full")
        if menu_background_full is not UNSET:
            field_dict["menu_background_full"] = menu_background_full

        primary_palette = self.primary_palette
        if type(primary_palette) is not str and primary_palette is not UNSET:
            primary_palette = _fields.write_string(primary_palette, "primary_palette")
        if primary_palette is not UNSET:
            field_dict["primaryPalette"] = primary_palette

        accent_palette = self.accent_palette
        if type(accent_palette) is not str and accent_palette is not UNSET:
            accent_palette = _fields.write_string(accent_palette, "accent_palette")
        if accent_palette is not UNSET:
            field_dict["accentPalette"] = accent_palette

        warn_palette = self.warn_palette
        if type(warn_palette) is not str and warn_palette is not UNSET:
            warn_palette = _fields.write_string(warn_palette, "warn_palette")
        if warn_palette is not UNSET:
            field_dict["warnPalette"] = warn_palette

        background_palette = self.background_palette
        if type(background_palette) is not str and background_palette is not UNSET:
            background_palette = _fields.write_string(background_palette, "background_palette")
        if background_palette is not UNSET:
            field_dict["backgroundPalette"] = background_palette

        main_color_theme = self.main_color_theme
        if type(main_color_theme) is not str and main_color_theme is not UNSET:
            main_color_theme = _fields.write_string(main_color_theme, "main_color_theme")
        if main_color_theme is not UNSET:
            field_dict["main_color_theme"] = main_color_theme

        header_background_new = self.header_background_new
        if header_background_new is not UNSET:
            field_dict["header_background_new"] = _KIND_header_background_new.write_field(
                header_background_new, "header_background_new"
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        show_header = _get("show_header", UNSET)
        if type(show_header) is not bool and show_header is not UNSET:
            show_header = _fields.read_boolean(show_header, "show_header")

        logo = _get("logo", UNSET)
        if type(logo) is not str and logo is not UNSET:
            logo = _fields.read_string(logo, "logo")

        header_background = _get("header_background", UNSET)
        if type(header_background) is not str and header_background is not UNSET:
            header_background = _fields.read_string(header_background, "header_background")

        menu_background = _get("menu_background", UNSET)
        if type(menu_background) is not str and menu_background is not UNSET:
            menu_background = _fields.read_string(menu_background, "menu_background")

        main_color = _get("main_color", UNSET)
        if type(main_color) is not str and main_color is not UNSET:
            main_color = _fields.read_string(main_color, "main_color")

        secondary_color = _get("secondary_color", UNSET)
        if type(secondary_color) is not str and secondary_color is not UNSET:
            secondary_color = _fields.read_string(secondary_color, "secondary_color")

        buttons_color = _get("buttons_color", UNSET)
        if type(buttons_color) is not str and buttons_color is not UNSET:
            buttons_color = _fields.read_string(buttons_color, "buttons_color")

        logo_full = _get("logo_full", UNSET)
        if type(logo_full) is not str and logo_full is not UNSET:
            logo_full = _fields.read_string(logo_full, "logo_full")

        header_background_full = _get("header_background_full", UNSET)
        if type(header_background_full) is not str and header_background_full is not UNSET:
            header_background_full = _fields.read_string(header_background_full, "header_background_full")

        menu_background_full = _get("menu_background_full", UNSET)
        if type(menu_background_full) is not str and menu_background_full is not UNSET:
            menu_background_full = _fields.read_string(menu_background_full, "menu_background_full")

        primary_palette = _get("primaryPalette", UNSET)
        if type(primary_palette) is not str and primary_palette is not UNSET:
            primary_palette = _fields.read_string(primary_palette, "primaryPalette")

        accent_palette = _get("accentPalette", UNSET)
        if type(accent_palette) is not str and accent_palette is not UNSET:
            accent_palette = _fields.read_string(accent_palette, "accentPalette")

        warn_palette = _get("warnPalette", UNSET)
        if type(warn_palette) is not str and warn_palette is not UNSET:
            warn_palette = _fields.read_string(warn_palette, "warnPalette")

        background_palette = _get("backgroundPalette", UNSET)
        if type(background_palette) is not str and background_palette is not UNSET:
            background_palette = _fields.read_string(background_palette, "backgroundPalette")

        main_color_theme = _get("main_color_theme", UNSET)
        if type(main_color_theme) is not str and main_color_theme is not UNSET:
            main_color_theme = _fields.read_string(main_color_theme, "main_color_theme")

        header_background_new = _get("header_background_new", UNSET)
        if header_background_new is not UNSET:
            header_background_new = _KIND_header_background_new.read_field(
                header_background_new, "header_background_new"
            )

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.show_header = show_header
        _model.logo = logo
        _model.header_background = header_background
        _model.menu_background = menu_background
        _model.main_color = main_color
        _model.secondary_color = secondary_color
        _model.buttons_color = buttons_color
        _model.logo_full = logo_full
        _model.header_background_full = header_background_full
        _model.menu_background_full = menu_background_full
        _model.primary_palette = primary_palette
        _model.accent_palette = accent_palette
        _model.warn_palette = warn_palette
        _model.background_palette = background_palette
        _model.main_color_theme = main_color_theme
        _model.header_background_new = header_background_new
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetBookingFormConfigResponse200Style:
            _fields.init_added_fields(_model, GetBookingFormConfigResponse200Style)
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
