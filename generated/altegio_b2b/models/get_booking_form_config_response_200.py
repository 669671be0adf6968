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
    from ..models.get_booking_form_config_response_200_brand import GetBookingFormConfigResponse200Brand
    from ..models.get_booking_form_config_response_200_features import GetBookingFormConfigResponse200Features
    from ..models.get_booking_form_config_response_200_injection import GetBookingFormConfigResponse200Injection
    from ..models.get_booking_form_config_response_200_langs_item import GetBookingFormConfigResponse200LangsItem
    from ..models.get_booking_form_config_response_200_legal_info_type_0 import (
        GetBookingFormConfigResponse200LegalInfoType0,
    )
    from ..models.get_booking_form_config_response_200_map import GetBookingFormConfigResponse200Map
    from ..models.get_booking_form_config_response_200_online_sales_links_item import (
        GetBookingFormConfigResponse200OnlineSalesLinksItem,
    )
    from ..models.get_booking_form_config_response_200_staff_name import GetBookingFormConfigResponse200StaffName
    from ..models.get_booking_form_config_response_200_steps_item import GetBookingFormConfigResponse200StepsItem
    from ..models.get_booking_form_config_response_200_style import GetBookingFormConfigResponse200Style


T = TypeVar("T", bound="GetBookingFormConfigResponse200")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "steps",
        "style",
        "group_id",
        "company_id",
        "phone_confirmation",
        "lang",
        "langs",
        "comment_required",
        "google_analytics_id",
        "facebook_pixel_id",
        "metrika_counter_id",
        "app_metrika_id",
        "sms_enabled",
        "id",
        "url",
        "staff_name",
        "without_menu",
        "sequence_type",
        "client_scripts",
        "y_injection",
        "first_service_category_close",
        "map",
        "salon_select_type_code",
        "is_show_privacy_policy",
        "is_client_agreements_feature_enabled",
        "specialization_display_mode",
        "ab_test_enabled",
        "ab_test_percentage",
        "is_online_sale_available",
        "legal_info",
        "online_sales_links",
        "google_analytics_client_id_index",
        "brand",
        "injection",
        "display_activity_type",
        "is_multiple_activity_record",
        "activity_record_count",
        "weekly_view_enabled",
        "show_weekly_view_without_online_booking",
        "weekly_view_default_salon_id",
        "chain_main_salon_id",
        "record_type_id",
        "features",
        "certificate_count",
        "abonement_count",
    }
)
_EXTRA = _fields.ANY
_KIND_steps = _fields.ListOf(_fields.Model("GetBookingFormConfigResponse200StepsItem"))
_KIND_langs = _fields.ListOf(_fields.Model("GetBookingFormConfigResponse200LangsItem"))
_KIND_legal_info = _fields.OneOf(
    _fields.Model("GetBookingFormConfigResponse200LegalInfoType0"),
    _fields.NULL,
)
_KIND_online_sales_links = _fields.ListOf(_fields.Model("GetBookingFormConfigResponse200OnlineSalesLinksItem"))


@_attrs_define
class GetBookingFormConfigResponse200:
    """Object with data

    Attributes:
        steps (list[GetBookingFormConfigResponse200StepsItem] | Unset): appointment form steps with custom settings
        style (GetBookingFormConfigResponse200Style | Unset): appointment form design settings
        group_id (int | Unset): location chain ID (0 - if the appointment form for a non-chain location
        company_id (int | Unset): location ID (always returned, used to get additional settings)
        phone_confirmation (bool | Unset): Do I need to confirm the phone by SMS (if groupid = 0 (not a chain form),
            otherwise look in the settings of each location separately)
        lang (str | Unset): appointment form language (code from langs array)
        langs (list[GetBookingFormConfigResponse200LangsItem] | Unset): List of widget languages
        comment_required (bool | Unset): Whether the field with a comment on the appointment is required
        google_analytics_id (str | Unset): Google Analytics ID
        facebook_pixel_id (str | Unset): Facebook Pixel ID
        metrika_counter_id (int | None | Unset): Metrika counter ID (web analytics)
        app_metrika_id (None | str | Unset): AppMetrika ID (mobile analytics)
        sms_enabled (bool | Unset): Is sending SMS available?
        id (int | Unset): Booking form ID
        url (str | Unset): Booking form URL
        staff_name (GetBookingFormConfigResponse200StaffName | Unset): Team member name configuration
        without_menu (bool | Unset): Step mode flag
        sequence_type (str | Unset): Sequence type (e.g., "steps")
        client_scripts (str | Unset): Client-side scripts
        y_injection (str | Unset): Web analytics injection code
        first_service_category_close (bool | Unset): First service category close flag
        map_ (GetBookingFormConfigResponse200Map | Unset): Map configuration
        salon_select_type_code (str | Unset): Location select type code
        is_show_privacy_policy (bool | Unset): Show privacy policy flag
        is_client_agreements_feature_enabled (bool | Unset): Client agreements feature enabled flag
        specialization_display_mode (float | Unset): Specialization display mode (0 - specialization, 1 - position)
        ab_test_enabled (bool | Unset): A/B test enabled flag
        ab_test_percentage (float | Unset): A/B test percentage
        is_online_sale_available (bool | Unset): Online sale available flag
        legal_info (GetBookingFormConfigResponse200LegalInfoType0 | None | Unset): Legal information
        online_sales_links (list[GetBookingFormConfigResponse200OnlineSalesLinksItem] | Unset): Online sales links
        google_analytics_client_id_index (None | str | Unset): Google Analytics client ID index
        brand (GetBookingFormConfigResponse200Brand | Unset): Brand configuration
        injection (GetBookingFormConfigResponse200Injection | Unset): Injection scripts configuration
        display_activity_type (str | Unset): Display event type
        is_multiple_activity_record (bool | Unset): Multiple event appointment flag
        activity_record_count (float | Unset): Event appointment count
        weekly_view_enabled (bool | Unset): Weekly view enabled flag
        show_weekly_view_without_online_booking (bool | Unset): Show weekly view without online booking
        weekly_view_default_salon_id (int | None | Unset): Default location ID for weekly view
        chain_main_salon_id (int | Unset): Chain main location ID
        record_type_id (int | None | Unset): Appointment type ID
        features (GetBookingFormConfigResponse200Features | Unset): Feature flags
        certificate_count (float | Unset): Certificate count
        abonement_count (float | Unset): Membership count
    """

    steps: list[GetBookingFormConfigResponse200StepsItem] | Unset = UNSET
    style: GetBookingFormConfigResponse200Style | Unset = UNSET
    group_id: int | Unset = UNSET
    company_id: int | Unset = UNSET
    phone_confirmation: bool | Unset = UNSET
    lang: str | Unset = UNSET
    langs: list[GetBookingFormConfigResponse200LangsItem] | Unset = UNSET
    comment_required: bool | Unset = UNSET
    google_analytics_id: str | Unset = UNSET
    facebook_pixel_id: str | Unset = UNSET
    metrika_counter_id: int | None | Unset = UNSET
    app_metrika_id: None | str | Unset = UNSET
    sms_enabled: bool | Unset = UNSET
    id: int | Unset = UNSET
    url: str | Unset = UNSET
    staff_name: GetBookingFormConfigResponse200StaffName | Unset = UNSET
    without_menu: bool | Unset = UNSET
    sequence_type: str | Unset = UNSET
    client_scripts: str | Unset = UNSET
    y_injection: str | Unset = UNSET
    first_service_category_close: bool | Unset = UNSET
    map_: GetBookingFormConfigResponse200Map | Unset = UNSET
    salon_select_type_code: str | Unset = UNSET
    is_show_privacy_policy: bool | Unset = UNSET
    is_client_agreements_feature_enabled: bool | Unset = UNSET
    specialization_display_mode: float | Unset = UNSET
    ab_test_enabled: bool | Unset = UNSET
    ab_test_percentage: float | Unset = UNSET
    is_online_sale_available: bool | Unset = UNSET
    legal_info: GetBookingFormConfigResponse200LegalInfoType0 | None | Unset = UNSET
    online_sales_links: list[GetBookingFormConfigResponse200OnlineSalesLinksItem] | Unset = UNSET
    google_analytics_client_id_index: None | str | Unset = UNSET
    brand: GetBookingFormConfigResponse200Brand | Unset = UNSET
    injection: GetBookingFormConfigResponse200Injection | Unset = UNSET
    display_activity_type: str | Unset = UNSET
    is_multiple_activity_record: bool | Unset = UNSET
    activity_record_count: float | Unset = UNSET
    weekly_view_enabled: bool | Unset = UNSET
    show_weekly_view_without_online_booking: bool | Unset = UNSET
    weekly_view_default_salon_id: int | None | Unset = UNSET
    chain_main_salon_id: int | Unset = UNSET
    record_type_id: int | None | Unset = UNSET
    features: GetBookingFormConfigResponse200Features | Unset = UNSET
    certificate_count: float | Unset = UNSET
    abonement_count: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        steps = self.steps
        if steps is not UNSET:
            field_dict["steps"] = _KIND_steps.write_field(steps, "steps")

        style = self.style
        if style is not UNSET:
            field_dict["style"] = _fields.write_model(style, _models.GetBookingFormConfigResponse200Style, "style")

        group_id = self.group_id
        if type(group_id) is not int and group_id is not UNSET:
            group_id = _fields.write_integer(group_id, "group_id")
        if group_id is not UNSET:
            field_dict["group_id"] = group_id

        company_id = self.company_id
        if type(company_id) is not int and company_id is not UNSET:
            company_id = _fields.write_integer(company_id, "company_id")
        if company_id is not UNSET:
            field_dict["company_id"] = company_id

        phone_confirmation = self.phone_confirmation
        if type(phone_confirmation) is not bool and phone_confirmation is not UNSET:
            phone_confirmation = _fields.write_boolean(phone_confirmation, "phone_confirmation")
        if phone_confirmation is not UNSET:
            field_dict["phone_confirmation"] = phone_confirmation

        lang = self.lang
        if type(lang) is not str and lang is not UNSET:
            lang = _fields.write_string(lang, "lang")
        if lang is not UNSET:
            field_dict["lang"] = lang

        langs = self.langs
        if langs is not UNSET:
            field_dict["langs"] = _KIND_langs.write_field(langs, "langs")

        comment_required = self.comment_required
        if type(comment_required) is not bool and comment_required is not UNSET:
            comment_required = _fields.write_boolean(comment_required, "comment_required")
        if comment_required is not UNSET:
            field_dict["comment_required"] = comment_required

        google_analytics_id = self.google_analytics_id
        if type(google_analytics_id) is not str and google_analytics_id is not UNSET:
            google_analytics_id = _fields.write_string(google_analytics_id, "google_analytics_id")
        if google_analytics_id is not UNSET:
            field_dict["google_analytics_id"] = google_analytics_id

        facebook_pixel_id = self.facebook_pixel_id
        if type(facebook_pixel_id) is not str and facebook_pixel_id is not UNSET:
            facebook_pixel_id = _fields.write_string(facebook_pixel_id, "facebook_pixel_id")
        if facebook_pixel_id is not UNSET:
            field_dict["facebook_pixel_id"] = facebook_pixel_id

        metrika_counter_id = self.metrika_counter_id
        if type(metrika_counter_id) is not int and metrika_counter_id is not UNSET and metrika_counter_id is not None:
            metrika_counter_id = _fields.write_integer(metrika_counter_id, "metrika_counter_id")
        if metrika_counter_id is not UNSET:
            field_dict["metrika_counter_id"] = metrika_counter_id

        app_metrika_id = self.app_metrika_id
        if type(app_metrika_id) is not str and app_metrika_id is not UNSET and app_metrika_id is not None:
            app_metrika_id = _fields.write_string(app_metrika_id, "app_metrika_id")
        if app_metrika_id is not UNSET:
            field_dict["app_metrika_id"] = app_metrika_id

        sms_enabled = self.sms_enabled
        if type(sms_enabled) is not bool and sms_enabled is not UNSET:
            sms_enabled = _fields.write_boolean(sms_enabled, "sms_enabled")
        if sms_enabled is not UNSET:
            field_dict["sms_enabled"] = sms_enabled

        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        url = self.url
        if type(url) is not str and url is not UNSET:
            url = _fields.write_string(url, "url")
        if url is not UNSET:
            field_dict["url"] = url

        staff_name = self.staff_name
        if staff_name is not UNSET:
            field_dict["staff_name"] = _fields.write_model(
                staff_name, _models.GetBookingFormConfigResponse200StaffName, "staff_name"
            )

        without_menu = self.without_menu
        if type(without_menu) is not bool and without_menu is not UNSET:
            without_menu = _fields.write_boolean(without_menu, "without_menu")
        if without_menu is not UNSET:
            field_dict["without_menu"] = without_menu

        sequence_type = self.sequence_type
        if type(sequence_type) is not str and sequence_type is not UNSET:
            sequence_type = _fields.write_string(sequence_type, "sequence_type")
        if sequence_type is not UNSET:
            field_dict["sequence_type"] = sequence_type

        client_scripts = self.client_scripts
        if type(client_scripts) is not str and client_scripts is not UNSET:
            client_scripts = _fields.write_string(client_scripts, "client_scripts")
        if client_scripts is not UNSET:
            field_dict["client_scripts"] = client_scripts

        y_injection = self.y_injection
        if type(y_injection) is not str and y_injection is not UNSET:
            y_injection = _fields.write_string(y_injection, "y_injection")
        if y_injection is not UNSET:
            field_dict["y_injection"] = y_injection

        first_service_category_close = self.first_service_category_close
        if type(first_service_category_close) is not bool and first_service_category_close is not UNSET:
            first_service_category_close = _fields.write_boolean(
                first_service_category_close, "first_service_category_close"
            )
        if first_service_category_close is not UNSET:
            field_dict["first_service_category_close"] = first_service_category_close

        map_ = self.map_
        if map_ is not UNSET:
            field_dict["map"] = _fields.write_model(map_, _models.GetBookingFormConfigResponse200Map, "map_")

        salon_select_type_code = self.salon_select_type_code
        if type(salon_select_type_code) is not str and salon_select_type_code is not UNSET:
            salon_select_type_code = _fields.write_string(salon_select_type_code, "salon_select_type_code")
        if salon_select_type_code is not UNSET:
            field_dict["salon_select_type_code"] = salon_select_type_code

        is_show_privacy_policy = self.is_show_privacy_policy
        if type(is_show_privacy_policy) is not bool and is_show_privacy_policy is not UNSET:
            is_show_privacy_policy = _fields.write_boolean(is_show_privacy_policy, "is_show_privacy_policy")
        if is_show_privacy_policy is not UNSET:
            field_dict["is_show_privacy_policy"] = is_show_privacy_policy

        is_client_agreements_feature_enabled = self.is_client_agreements_feature_enabled
        if type(is_client_agreements_feature_enabled) is not bool and is_client_agreements_feature_enabled is not UNSET:
            is_client_agreements_feature_enabled = _fields.write_boolean(
                is_client_agreements_feature_enabled, "is_client_agreements_feature_enabled"
            )
        if is_client_agreements_feature_enabled is not UNSET:
            field_dict["is_client_agreements_feature_enabled"] = is_client_agreements_feature_enabled

        specialization_display_mode = self.specialization_display_mode
        if specialization_display_mode is not UNSET:
            field_dict["specialization_display_mode"] = _fields.write_number(
                specialization_display_mode, "specialization_display_mode"
            )

        ab_test_enabled = self.ab_test_enabled
        if type(ab_test_enabled) is not bool and ab_test_enabled is not UNSET:
            ab_test_enabled = _fields.write_boolean(ab_test_enabled, "ab_test_enabled")
        if ab_test_enabled is not UNSET:
            field_dict["ab_test_enabled"] = ab_test_enabled

        ab_test_percentage = self.ab_test_percentage
        if ab_test_percentage is not UNSET:
            field_dict["ab_test_percentage"] = _fields.write_number(ab_test_percentage, "ab_test_percentage")

        is_online_sale_available = self.is_online_sale_available
        if type(is_online_sale_available) is not bool and is_online_sale_available is not UNSET:
            is_online_sale_available = _fields.write_boolean(is_online_sale_available, "is_online_sale_available")
        if is_online_sale_available is not UNSET:
            field_dict["is_online_sale_available"] = is_online_sale_available

        legal_info = self.legal_info
        if legal_info is not UNSET:
            field_dict["legal_info"] = _KIND_legal_info.write_field(legal_info, "legal_info")

        online_sales_links = self.online_sales_links
        if online_sales_links is not UNSET:
            field_dict["online_sales_links"] = _KIND_online_sales_links.write_field(
                online_sales_links, "online_sales_links"
            )

        google_analytics_client_id_index = self.google_analytics_client_id_index
        if (
            type(google_analytics_client_id_index) is not str
            and google_analytics_client_id_index is not UNSET
            and google_analytics_client_id_index is not None
        ):
            google_analytics_client_id_index = _fields.write_string(
                google_analytics_client_id_index, "google_analytics_client_id_index"
            )
        if google_analytics_client_id_index is not UNSET:
            field_dict["google_analytics_client_id_index"] = google_analytics_client_id_index

        brand = self.brand
        if brand is not UNSET:
            field_dict["brand"] = _fields.write_model(brand, _models.GetBookingFormConfigResponse200Brand, "brand")

        injection = self.injection
        if injection is not UNSET:
            field_dict["injection"] = _fields.write_model(
                injection, _models.GetBookingFormConfigResponse200Injection, "injection"
            )

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

        weekly_view_enabled = self.weekly_view_enabled
        if type(weekly_view_enabled) is not bool and weekly_view_enabled is not UNSET:
            weekly_view_enabled = _fields.write_boolean(weekly_view_enabled, "weekly_view_enabled")
        if weekly_view_enabled is not UNSET:
            field_dict["weekly_view_enabled"] = weekly_view_enabled

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

        chain_main_salon_id = self.chain_main_salon_id
        if type(chain_main_salon_id) is not int and chain_main_salon_id is not UNSET:
            chain_main_salon_id = _fields.write_integer(chain_main_salon_id, "chain_main_salon_id")
        if chain_main_salon_id is not UNSET:
            field_dict["chain_main_salon_id"] = chain_main_salon_id

        record_type_id = self.record_type_id
        if type(record_type_id) is not int and record_type_id is not UNSET and record_type_id is not None:
            record_type_id = _fields.write_integer(record_type_id, "record_type_id")
        if record_type_id is not UNSET:
            field_dict["record_type_id"] = record_type_id

        features = self.features
        if features is not UNSET:
            field_dict["features"] = _fields.write_model(
                features, _models.GetBookingFormConfigResponse200Features, "features"
            )

        certificate_count = self.certificate_count
        if certificate_count is not UNSET:
            field_dict["certificate_count"] = _fields.write_number(certificate_count, "certificate_count")

        abonement_count = self.abonement_count
        if abonement_count is not UNSET:
            field_dict["abonement_count"] = _fields.write_number(abonement_count, "abonement_count")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        steps = _get("steps", UNSET)
        if steps is not UNSET:
            steps = _KIND_steps.read_field(steps, "steps")

        style = _get("style", UNSET)
        if style is not UNSET:
            try:
                style = _models.GetBookingFormConfigResponse200Style.from_dict(style)
            except _FieldError as _error:
                raise _error.within("style")

        group_id = _get("group_id", UNSET)
        if type(group_id) is not int and group_id is not UNSET:
            group_id = _fields.read_integer(group_id, "group_id")

        company_id = _get("company_id", UNSET)
        if type(company_id) is not int and company_id is not UNSET:
            company_id = _fields.read_integer(company_id, "company_id")

        phone_confirmation = _get("phone_confirmation", UNSET)
        if type(phone_confirmation) is not bool and phone_confirmation is not UNSET:
            phone_confirmation = _fields.read_boolean(phone_confirmation, "phone_confirmation")

        lang = _get("lang", UNSET)
        if type(lang) is not str and lang is not UNSET:
            lang = _fields.read_string(lang, "lang")

        langs = _get("langs", UNSET)
        if langs is not UNSET:
            langs = _KIND_langs.read_field(langs, "langs")

        comment_required = _get("comment_required", UNSET)
        if type(comment_required) is not bool and comment_required is not UNSET:
            comment_required = _fields.read_boolean(comment_required, "comment_required")

        google_analytics_id = _get("google_analytics_id", UNSET)
        if type(google_analytics_id) is not str and google_analytics_id is not UNSET:
            google_analytics_id = _fields.read_string(google_analytics_id, "google_analytics_id")

        facebook_pixel_id = _get("facebook_pixel_id", UNSET)
        if type(facebook_pixel_id) is not str and facebook_pixel_id is not UNSET:
            facebook_pixel_id = _fields.read_string(facebook_pixel_id, "facebook_pixel_id")

        metrika_counter_id = _get("metrika_counter_id", UNSET)
        if type(metrika_counter_id) is not int and metrika_counter_id is not UNSET and metrika_counter_id is not None:
            metrika_counter_id = _fields.read_integer(metrika_counter_id, "metrika_counter_id")

        app_metrika_id = _get("app_metrika_id", UNSET)
        if type(app_metrika_id) is not str and app_metrika_id is not UNSET and app_metrika_id is not None:
            app_metrika_id = _fields.read_string(app_metrika_id, "app_metrika_id")

        sms_enabled = _get("sms_enabled", UNSET)
        if type(sms_enabled) is not bool and sms_enabled is not UNSET:
            sms_enabled = _fields.read_boolean(sms_enabled, "sms_enabled")

        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _fields.read_integer(id, "id")

        url = _get("url", UNSET)
        if type(url) is not str and url is not UNSET:
            url = _fields.read_string(url, "url")

        staff_name = _get("staff_name", UNSET)
        if staff_name is not UNSET:
            try:
                staff_name = _models.GetBookingFormConfigResponse200StaffName.from_dict(staff_name)
            except _FieldError as _error:
                raise _error.within("staff_name")

        without_menu = _get("without_menu", UNSET)
        if type(without_menu) is not bool and without_menu is not UNSET:
            without_menu = _fields.read_boolean(without_menu, "without_menu")

        sequence_type = _get("sequence_type", UNSET)
        if type(sequence_type) is not str and sequence_type is not UNSET:
            sequence_type = _fields.read_string(sequence_type, "sequence_type")

        client_scripts = _get("client_scripts", UNSET)
        if type(client_scripts) is not str and client_scripts is not UNSET:
            client_scripts = _fields.read_string(client_scripts, "client_scripts")

        y_injection = _get("y_injection", UNSET)
        if type(y_injection) is not str and y_injection is not UNSET:
            y_injection = _fields.read_string(y_injection, "y_injection")

        first_service_category_close = _get("first_service_category_close", UNSET)
        if type(first_service_category_close) is not bool and first_service_category_close is not UNSET:
            first_service_category_close = _fields.read_boolean(
                first_service_category_close, "first_service_category_close"
            )

        map_ = _get("map", UNSET)
        if map_ is not UNSET:
            try:
                map_ = _models.GetBookingFormConfigResponse200Map.from_dict(map_)
            except _FieldError as _error:
                raise _error.within("map")

        salon_select_type_code = _get("salon_select_type_code", UNSET)
        if type(salon_select_type_code) is not str and salon_select_type_code is not UNSET:
            salon_select_type_code = _fields.read_string(salon_select_type_code, "salon_select_type_code")

        is_show_privacy_policy = _get("is_show_privacy_policy", UNSET)
        if type(is_show_privacy_policy) is not bool and is_show_privacy_policy is not UNSET:
            is_show_privacy_policy = _fields.read_boolean(is_show_privacy_policy, "is_show_privacy_policy")

        is_client_agreements_feature_enabled = _get("is_client_agreements_feature_enabled", UNSET)
        if type(is_client_agreements_feature_enabled) is not bool and is_client_agreements_feature_enabled is not UNSET:
            is_client_agreements_feature_enabled = _fields.read_boolean(
                is_client_agreements_feature_enabled, "is_client_agreements_feature_enabled"
            )

        specialization_display_mode = _get("specialization_display_mode", UNSET)
        if (
            type(specialization_display_mode) is not float
            and type(specialization_display_mode) is not int
            and specialization_display_mode is not UNSET
        ):
            specialization_display_mode = _fields.read_number(
                specialization_display_mode, "specialization_display_mode"
            )

        ab_test_enabled = _get("ab_test_enabled", UNSET)
        if type(ab_test_enabled) is not bool and ab_test_enabled is not UNSET:
            ab_test_enabled = _fields.read_boolean(ab_test_enabled, "ab_test_enabled")

        ab_test_percentage = _get("ab_test_percentage", UNSET)
        if (
            type(ab_test_percentage) is not float
            and type(ab_test_percentage) is not int
            and ab_test_percentage is not UNSET
        ):
            ab_test_percentage = _fields.read_number(ab_test_percentage, "ab_test_percentage")

        is_online_sale_available = _get("is_online_sale_available", UNSET)
        if type(is_online_sale_available) is not bool and is_online_sale_available is not UNSET:
            is_online_sale_available = _fields.read_boolean(is_online_sale_available, "is_online_sale_available")

        legal_info = _get("legal_info", UNSET)
        if legal_info is not UNSET and legal_info is not None:
            try:
                legal_info = _models.GetBookingFormConfigResponse200LegalInfoType0.from_dict(legal_info)
            except _FieldError as _error:
                raise _error.within("legal_info")

        online_sales_links = _get("online_sales_links", UNSET)
        if online_sales_links is not UNSET:
            online_sales_links = _KIND_online_sales_links.read_field(online_sales_links, "online_sales_links")

        google_analytics_client_id_index = _get("google_analytics_client_id_index", UNSET)
        if (
            type(google_analytics_client_id_index) is not str
            and google_analytics_client_id_index is not UNSET
            and google_analytics_client_id_index is not None
        ):
            google_analytics_client_id_index = _fields.read_string(
                google_analytics_client_id_index, "google_analytics_client_id_index"
            )

        brand = _get("brand", UNSET)
        if brand is not UNSET:
            try:
                brand = _models.GetBookingFormConfigResponse200Brand.from_dict(brand)
            except _FieldError as _error:
                raise _error.within("brand")

        injection = _get("injection", UNSET)
        if injection is not UNSET:
            try:
                injection = _models.GetBookingFormConfigResponse200Injection.from_dict(injection)
            except _FieldError as _error:
                raise _error.within("injection")

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

        weekly_view_enabled = _get("weekly_view_enabled", UNSET)
        if type(weekly_view_enabled) is not bool and weekly_view_enabled is not UNSET:
            weekly_view_enabled = _fields.read_boolean(weekly_view_enabled, "weekly_view_enabled")

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

        chain_main_salon_id = _get("chain_main_salon_id", UNSET)
        if type(chain_main_salon_id) is not int and chain_main_salon_id is not UNSET:
            chain_main_salon_id = _fields.read_integer(chain_main_salon_id, "chain_main_salon_id")

        record_type_id = _get("record_type_id", UNSET)
        if type(record_type_id) is not int and record_type_id is not UNSET and record_type_id is not None:
            record_type_id = _fields.read_integer(record_type_id, "record_type_id")

        features = _get("features", UNSET)
        if features is not UNSET:
            try:
                features = _models.GetBookingFormConfigResponse200Features.from_dict(features)
            except _FieldError as _error:
                raise _error.within("features")

        certificate_count = _get("certificate_count", UNSET)
        if (
            type(certificate_count) is not float
            and type(certificate_count) is not int
            and certificate_count is not UNSET
        ):
            certificate_count = _fields.read_number(certificate_count, "certificate_count")

        abonement_count = _get("abonement_count", UNSET)
        if type(abonement_count) is not float and type(abonement_count) is not int and abonement_count is not UNSET:
            abonement_count = _fields.read_number(abonement_count, "abonement_count")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.steps = steps
        _model.style = style
        _model.group_id = group_id
        _model.company_id = company_id
        _model.phone_confirmation = phone_confirmation
        _model.lang = lang
        _model.langs = langs
        _model.comment_required = comment_required
        _model.google_analytics_id = google_analytics_id
        _model.facebook_pixel_id = facebook_pixel_id
        _model.metrika_counter_id = metrika_counter_id
        _model.app_metrika_id = app_metrika_id
        _model.sms_enabled = sms_enabled
        _model.id = id
        _model.url = url
        _model.staff_name = staff_name
        _model.without_menu = without_menu
        _model.sequence_type = sequence_type
        _model.client_scripts = client_scripts
        _model.y_injection = y_injection
        _model.first_service_category_close = first_service_category_close
        _model.map_ = map_
        _model.salon_select_type_code = salon_select_type_code
        _model.is_show_privacy_policy = is_show_privacy_policy
        _model.is_client_agreements_feature_enabled = is_client_agreements_feature_enabled
        _model.specialization_display_mode = specialization_display_mode
        _model.ab_test_enabled = ab_test_enabled
        _model.ab_test_percentage = ab_test_percentage
        _model.is_online_sale_available = is_online_sale_available
        _model.legal_info = legal_info
        _model.online_sales_links = online_sales_links
        _model.google_analytics_client_id_index = google_analytics_client_id_index
        _model.brand = brand
        _model.injection = injection
        _model.display_activity_type = display_activity_type
        _model.is_multiple_activity_record = is_multiple_activity_record
        _model.activity_record_count = activity_record_count
        _model.weekly_view_enabled = weekly_view_enabled
        _model.show_weekly_view_without_online_booking = show_weekly_view_without_online_booking
        _model.weekly_view_default_salon_id = weekly_view_default_salon_id
        _model.chain_main_salon_id = chain_main_salon_id
        _model.record_type_id = record_type_id
        _model.features = features
        _model.certificate_count = certificate_count
        _model.abonement_count = abonement_count
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetBookingFormConfigResponse200:
            _fields.init_added_fields(_model, GetBookingFormConfigResponse200)
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
