from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        from ..models.get_booking_form_config_response_200_legal_info_type_0 import (
            GetBookingFormConfigResponse200LegalInfoType0,  # noqa: PLC0415
        )

        steps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.steps, Unset):
            steps = []
            for steps_item_data in self.steps:
                steps_item = steps_item_data.to_dict()
                steps.append(steps_item)

        style: dict[str, Any] | Unset = UNSET
        if not isinstance(self.style, Unset):
            style = self.style.to_dict()

        group_id = self.group_id

        company_id = self.company_id

        phone_confirmation = self.phone_confirmation

        lang = self.lang

        langs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.langs, Unset):
            langs = []
            for langs_item_data in self.langs:
                langs_item = langs_item_data.to_dict()
                langs.append(langs_item)

        comment_required = self.comment_required

        google_analytics_id = self.google_analytics_id

        facebook_pixel_id = self.facebook_pixel_id

        metrika_counter_id: int | None | Unset
        if isinstance(self.metrika_counter_id, Unset):
            metrika_counter_id = UNSET
        else:
            metrika_counter_id = self.metrika_counter_id

        app_metrika_id: None | str | Unset
        if isinstance(self.app_metrika_id, Unset):
            app_metrika_id = UNSET
        else:
            app_metrika_id = self.app_metrika_id

        sms_enabled = self.sms_enabled

        id = self.id

        url = self.url

        staff_name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.staff_name, Unset):
            staff_name = self.staff_name.to_dict()

        without_menu = self.without_menu

        sequence_type = self.sequence_type

        client_scripts = self.client_scripts

        y_injection = self.y_injection

        first_service_category_close = self.first_service_category_close

        map_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.map_, Unset):
            map_ = self.map_.to_dict()

        salon_select_type_code = self.salon_select_type_code

        is_show_privacy_policy = self.is_show_privacy_policy

        is_client_agreements_feature_enabled = self.is_client_agreements_feature_enabled

        specialization_display_mode = self.specialization_display_mode

        ab_test_enabled = self.ab_test_enabled

        ab_test_percentage = self.ab_test_percentage

        is_online_sale_available = self.is_online_sale_available

        legal_info: dict[str, Any] | None | Unset
        if isinstance(self.legal_info, Unset):
            legal_info = UNSET
        elif isinstance(self.legal_info, GetBookingFormConfigResponse200LegalInfoType0):
            legal_info = self.legal_info.to_dict()
        else:
            legal_info = self.legal_info

        online_sales_links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.online_sales_links, Unset):
            online_sales_links = []
            for online_sales_links_item_data in self.online_sales_links:
                online_sales_links_item = online_sales_links_item_data.to_dict()
                online_sales_links.append(online_sales_links_item)

        google_analytics_client_id_index: None | str | Unset
        if isinstance(self.google_analytics_client_id_index, Unset):
            google_analytics_client_id_index = UNSET
        else:
            google_analytics_client_id_index = self.google_analytics_client_id_index

        brand: dict[str, Any] | Unset = UNSET
        if not isinstance(self.brand, Unset):
            brand = self.brand.to_dict()

        injection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.injection, Unset):
            injection = self.injection.to_dict()

        display_activity_type = self.display_activity_type

        is_multiple_activity_record = self.is_multiple_activity_record

        activity_record_count = self.activity_record_count

        weekly_view_enabled = self.weekly_view_enabled

        show_weekly_view_without_online_booking = self.show_weekly_view_without_online_booking

        weekly_view_default_salon_id: int | None | Unset
        if isinstance(self.weekly_view_default_salon_id, Unset):
            weekly_view_default_salon_id = UNSET
        else:
            weekly_view_default_salon_id = self.weekly_view_default_salon_id

        chain_main_salon_id = self.chain_main_salon_id

        record_type_id: int | None | Unset
        if isinstance(self.record_type_id, Unset):
            record_type_id = UNSET
        else:
            record_type_id = self.record_type_id

        features: dict[str, Any] | Unset = UNSET
        if not isinstance(self.features, Unset):
            features = self.features.to_dict()

        certificate_count = self.certificate_count

        abonement_count = self.abonement_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if steps is not UNSET:
            field_dict["steps"] = steps
        if style is not UNSET:
            field_dict["style"] = style
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if phone_confirmation is not UNSET:
            field_dict["phone_confirmation"] = phone_confirmation
        if lang is not UNSET:
            field_dict["lang"] = lang
        if langs is not UNSET:
            field_dict["langs"] = langs
        if comment_required is not UNSET:
            field_dict["comment_required"] = comment_required
        if google_analytics_id is not UNSET:
            field_dict["google_analytics_id"] = google_analytics_id
        if facebook_pixel_id is not UNSET:
            field_dict["facebook_pixel_id"] = facebook_pixel_id
        if metrika_counter_id is not UNSET:
            field_dict["metrika_counter_id"] = metrika_counter_id
        if app_metrika_id is not UNSET:
            field_dict["app_metrika_id"] = app_metrika_id
        if sms_enabled is not UNSET:
            field_dict["sms_enabled"] = sms_enabled
        if id is not UNSET:
            field_dict["id"] = id
        if url is not UNSET:
            field_dict["url"] = url
        if staff_name is not UNSET:
            field_dict["staff_name"] = staff_name
        if without_menu is not UNSET:
            field_dict["without_menu"] = without_menu
        if sequence_type is not UNSET:
            field_dict["sequence_type"] = sequence_type
        if client_scripts is not UNSET:
            field_dict["client_scripts"] = client_scripts
        if y_injection is not UNSET:
            field_dict["y_injection"] = y_injection
        if first_service_category_close is not UNSET:
            field_dict["first_service_category_close"] = first_service_category_close
        if map_ is not UNSET:
            field_dict["map"] = map_
        if salon_select_type_code is not UNSET:
            field_dict["salon_select_type_code"] = salon_select_type_code
        if is_show_privacy_policy is not UNSET:
            field_dict["is_show_privacy_policy"] = is_show_privacy_policy
        if is_client_agreements_feature_enabled is not UNSET:
            field_dict["is_client_agreements_feature_enabled"] = is_client_agreements_feature_enabled
        if specialization_display_mode is not UNSET:
            field_dict["specialization_display_mode"] = specialization_display_mode
        if ab_test_enabled is not UNSET:
            field_dict["ab_test_enabled"] = ab_test_enabled
        if ab_test_percentage is not UNSET:
            field_dict["ab_test_percentage"] = ab_test_percentage
        if is_online_sale_available is not UNSET:
            field_dict["is_online_sale_available"] = is_online_sale_available
        if legal_info is not UNSET:
            field_dict["legal_info"] = legal_info
        if online_sales_links is not UNSET:
            field_dict["online_sales_links"] = online_sales_links
        if google_analytics_client_id_index is not UNSET:
            field_dict["google_analytics_client_id_index"] = google_analytics_client_id_index
        if brand is not UNSET:
            field_dict["brand"] = brand
        if injection is not UNSET:
            field_dict["injection"] = injection
        if display_activity_type is not UNSET:
            field_dict["display_activity_type"] = display_activity_type
        if is_multiple_activity_record is not UNSET:
            field_dict["is_multiple_activity_record"] = is_multiple_activity_record
        if activity_record_count is not UNSET:
            field_dict["activity_record_count"] = activity_record_count
        if weekly_view_enabled is not UNSET:
            field_dict["weekly_view_enabled"] = weekly_view_enabled
        if show_weekly_view_without_online_booking is not UNSET:
            field_dict["show_weekly_view_without_online_booking"] = show_weekly_view_without_online_booking
        if weekly_view_default_salon_id is not UNSET:
            field_dict["weekly_view_default_salon_id"] = weekly_view_default_salon_id
        if chain_main_salon_id is not UNSET:
            field_dict["chain_main_salon_id"] = chain_main_salon_id
        if record_type_id is not UNSET:
            field_dict["record_type_id"] = record_type_id
        if features is not UNSET:
            field_dict["features"] = features
        if certificate_count is not UNSET:
            field_dict["certificate_count"] = certificate_count
        if abonement_count is not UNSET:
            field_dict["abonement_count"] = abonement_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_booking_form_config_response_200_brand import GetBookingFormConfigResponse200Brand  # noqa: PLC0415
        from ..models.get_booking_form_config_response_200_features import GetBookingFormConfigResponse200Features  # noqa: PLC0415
        from ..models.get_booking_form_config_response_200_injection import GetBookingFormConfigResponse200Injection  # noqa: PLC0415
        from ..models.get_booking_form_config_response_200_langs_item import GetBookingFormConfigResponse200LangsItem  # noqa: PLC0415
        from ..models.get_booking_form_config_response_200_legal_info_type_0 import (
            GetBookingFormConfigResponse200LegalInfoType0,  # noqa: PLC0415
        )
        from ..models.get_booking_form_config_response_200_map import GetBookingFormConfigResponse200Map  # noqa: PLC0415
        from ..models.get_booking_form_config_response_200_online_sales_links_item import (
            GetBookingFormConfigResponse200OnlineSalesLinksItem,  # noqa: PLC0415
        )
        from ..models.get_booking_form_config_response_200_staff_name import GetBookingFormConfigResponse200StaffName  # noqa: PLC0415
        from ..models.get_booking_form_config_response_200_steps_item import GetBookingFormConfigResponse200StepsItem  # noqa: PLC0415
        from ..models.get_booking_form_config_response_200_style import GetBookingFormConfigResponse200Style  # noqa: PLC0415

        d = dict(src_dict)
        _steps = d.pop("steps", UNSET)
        steps: list[GetBookingFormConfigResponse200StepsItem] | Unset = UNSET
        if _steps is not UNSET:
            steps = []
            for steps_item_data in _steps:
                steps_item = GetBookingFormConfigResponse200StepsItem.from_dict(steps_item_data)

                steps.append(steps_item)

        _style = d.pop("style", UNSET)
        style: GetBookingFormConfigResponse200Style | Unset
        if isinstance(_style, Unset):
            style = UNSET
        else:
            style = GetBookingFormConfigResponse200Style.from_dict(_style)

        group_id = d.pop("group_id", UNSET)

        company_id = d.pop("company_id", UNSET)

        phone_confirmation = d.pop("phone_confirmation", UNSET)

        lang = d.pop("lang", UNSET)

        _langs = d.pop("langs", UNSET)
        langs: list[GetBookingFormConfigResponse200LangsItem] | Unset = UNSET
        if _langs is not UNSET:
            langs = []
            for langs_item_data in _langs:
                langs_item = GetBookingFormConfigResponse200LangsItem.from_dict(langs_item_data)

                langs.append(langs_item)

        comment_required = d.pop("comment_required", UNSET)

        google_analytics_id = d.pop("google_analytics_id", UNSET)

        facebook_pixel_id = d.pop("facebook_pixel_id", UNSET)

        def _parse_metrika_counter_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        metrika_counter_id = _parse_metrika_counter_id(d.pop("metrika_counter_id", UNSET))

        def _parse_app_metrika_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        app_metrika_id = _parse_app_metrika_id(d.pop("app_metrika_id", UNSET))

        sms_enabled = d.pop("sms_enabled", UNSET)

        id = d.pop("id", UNSET)

        url = d.pop("url", UNSET)

        _staff_name = d.pop("staff_name", UNSET)
        staff_name: GetBookingFormConfigResponse200StaffName | Unset
        if isinstance(_staff_name, Unset):
            staff_name = UNSET
        else:
            staff_name = GetBookingFormConfigResponse200StaffName.from_dict(_staff_name)

        without_menu = d.pop("without_menu", UNSET)

        sequence_type = d.pop("sequence_type", UNSET)

        client_scripts = d.pop("client_scripts", UNSET)

        y_injection = d.pop("y_injection", UNSET)

        first_service_category_close = d.pop("first_service_category_close", UNSET)

        _map_ = d.pop("map", UNSET)
        map_: GetBookingFormConfigResponse200Map | Unset
        if isinstance(_map_, Unset):
            map_ = UNSET
        else:
            map_ = GetBookingFormConfigResponse200Map.from_dict(_map_)

        salon_select_type_code = d.pop("salon_select_type_code", UNSET)

        is_show_privacy_policy = d.pop("is_show_privacy_policy", UNSET)

        is_client_agreements_feature_enabled = d.pop("is_client_agreements_feature_enabled", UNSET)

        specialization_display_mode = d.pop("specialization_display_mode", UNSET)

        ab_test_enabled = d.pop("ab_test_enabled", UNSET)

        ab_test_percentage = d.pop("ab_test_percentage", UNSET)

        is_online_sale_available = d.pop("is_online_sale_available", UNSET)

        def _parse_legal_info(data: object) -> GetBookingFormConfigResponse200LegalInfoType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                legal_info_type_0 = GetBookingFormConfigResponse200LegalInfoType0.from_dict(data)

                return legal_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetBookingFormConfigResponse200LegalInfoType0 | None | Unset, data)

        legal_info = _parse_legal_info(d.pop("legal_info", UNSET))

        _online_sales_links = d.pop("online_sales_links", UNSET)
        online_sales_links: list[GetBookingFormConfigResponse200OnlineSalesLinksItem] | Unset = UNSET
        if _online_sales_links is not UNSET:
            online_sales_links = []
            for online_sales_links_item_data in _online_sales_links:
                online_sales_links_item = GetBookingFormConfigResponse200OnlineSalesLinksItem.from_dict(
                    online_sales_links_item_data
                )

                online_sales_links.append(online_sales_links_item)

        def _parse_google_analytics_client_id_index(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        google_analytics_client_id_index = _parse_google_analytics_client_id_index(
            d.pop("google_analytics_client_id_index", UNSET)
        )

        _brand = d.pop("brand", UNSET)
        brand: GetBookingFormConfigResponse200Brand | Unset
        if isinstance(_brand, Unset):
            brand = UNSET
        else:
            brand = GetBookingFormConfigResponse200Brand.from_dict(_brand)

        _injection = d.pop("injection", UNSET)
        injection: GetBookingFormConfigResponse200Injection | Unset
        if isinstance(_injection, Unset):
            injection = UNSET
        else:
            injection = GetBookingFormConfigResponse200Injection.from_dict(_injection)

        display_activity_type = d.pop("display_activity_type", UNSET)

        is_multiple_activity_record = d.pop("is_multiple_activity_record", UNSET)

        activity_record_count = d.pop("activity_record_count", UNSET)

        weekly_view_enabled = d.pop("weekly_view_enabled", UNSET)

        show_weekly_view_without_online_booking = d.pop("show_weekly_view_without_online_booking", UNSET)

        def _parse_weekly_view_default_salon_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        weekly_view_default_salon_id = _parse_weekly_view_default_salon_id(d.pop("weekly_view_default_salon_id", UNSET))

        chain_main_salon_id = d.pop("chain_main_salon_id", UNSET)

        def _parse_record_type_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        record_type_id = _parse_record_type_id(d.pop("record_type_id", UNSET))

        _features = d.pop("features", UNSET)
        features: GetBookingFormConfigResponse200Features | Unset
        if isinstance(_features, Unset):
            features = UNSET
        else:
            features = GetBookingFormConfigResponse200Features.from_dict(_features)

        certificate_count = d.pop("certificate_count", UNSET)

        abonement_count = d.pop("abonement_count", UNSET)

        _model = cls(
            steps=steps,
            style=style,
            group_id=group_id,
            company_id=company_id,
            phone_confirmation=phone_confirmation,
            lang=lang,
            langs=langs,
            comment_required=comment_required,
            google_analytics_id=google_analytics_id,
            facebook_pixel_id=facebook_pixel_id,
            metrika_counter_id=metrika_counter_id,
            app_metrika_id=app_metrika_id,
            sms_enabled=sms_enabled,
            id=id,
            url=url,
            staff_name=staff_name,
            without_menu=without_menu,
            sequence_type=sequence_type,
            client_scripts=client_scripts,
            y_injection=y_injection,
            first_service_category_close=first_service_category_close,
            map_=map_,
            salon_select_type_code=salon_select_type_code,
            is_show_privacy_policy=is_show_privacy_policy,
            is_client_agreements_feature_enabled=is_client_agreements_feature_enabled,
            specialization_display_mode=specialization_display_mode,
            ab_test_enabled=ab_test_enabled,
            ab_test_percentage=ab_test_percentage,
            is_online_sale_available=is_online_sale_available,
            legal_info=legal_info,
            online_sales_links=online_sales_links,
            google_analytics_client_id_index=google_analytics_client_id_index,
            brand=brand,
            injection=injection,
            display_activity_type=display_activity_type,
            is_multiple_activity_record=is_multiple_activity_record,
            activity_record_count=activity_record_count,
            weekly_view_enabled=weekly_view_enabled,
            show_weekly_view_without_online_booking=show_weekly_view_without_online_booking,
            weekly_view_default_salon_id=weekly_view_default_salon_id,
            chain_main_salon_id=chain_main_salon_id,
            record_type_id=record_type_id,
            features=features,
            certificate_count=certificate_count,
            abonement_count=abonement_count,
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
