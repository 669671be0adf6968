"""Per-operation facts for the client, built by scripts/generate.py from the normalized spec."""

from ._runtime.operation import Operation

OPERATIONS: dict[str, Operation] = {
    "apply_discount_promotion": Operation(
        "apply_discount_promotion",
        "POST",
        "/visit/loyalty/apply_discount_program/{location_id}/{card_id}/{program_id}",
        "BearerPartnerUser",
    ),
    "apply_loyalty_card_deduction": Operation(
        "apply_loyalty_card_deduction",
        "POST",
        "/visit/loyalty/apply_card_withdrawal/{location_id}/{card_id}",
        "BearerPartnerUser",
    ),
    "apply_referral_program": Operation(
        "apply_referral_program",
        "POST",
        "/visit/loyalty/apply_referral_program/{location_id}/{chain_id}",
        "BearerPartnerUser",
    ),
    "assign_service_to_team_member": Operation(
        "assign_service_to_team_member",
        "POST",
        "/company/{location_id}/services/{service_id}/staff",
        "BearerPartnerUser",
    ),
    "authorize_user": Operation("authorize_user", "POST", "/auth", "BearerPartner", send_user_token=False),
    "bulk_create_clients": Operation("bulk_create_clients", "POST", "/clients/{location_id}/bulk", "BearerPartnerUser"),
    "cancel_discount_promotion": Operation(
        "cancel_discount_promotion",
        "POST",
        "/visit/loyalty/cancel_discount_program/{location_id}/{card_id}/{program_id}",
        "BearerPartnerUser",
    ),
    "cancel_loyalty_card_withdrawal": Operation(
        "cancel_loyalty_card_withdrawal",
        "POST",
        "/visit/loyalty/cancel_card_withdrawal/{location_id}/{card_id}",
        "BearerPartnerUser",
    ),
    "chain_loyalty_certificate_types_create": Operation(
        "chain_loyalty_certificate_types_create",
        "POST",
        "/chain/{chain_id}/loyalty/certificate_types",
        "BearerPartnerUser",
    ),
    "chain_loyalty_certificate_types_delete": Operation(
        "chain_loyalty_certificate_types_delete",
        "DELETE",
        "/chain/{chain_id}/loyalty/certificate_types/{type_id}",
        "BearerPartnerUser",
    ),
    "chain_loyalty_certificate_types_get": Operation(
        "chain_loyalty_certificate_types_get",
        "GET",
        "/chain/{chain_id}/loyalty/certificate_types/{type_id}",
        "BearerPartnerUser",
    ),
    "chain_loyalty_certificate_types_list": Operation(
        "chain_loyalty_certificate_types_list",
        "GET",
        "/chain/{chain_id}/loyalty/certificate_types",
        "BearerPartnerUser",
        page_size_parameter="page_size",
    ),
    "chain_loyalty_certificate_types_update": Operation(
        "chain_loyalty_certificate_types_update",
        "PUT",
        "/chain/{chain_id}/loyalty/certificate_types/{type_id}",
        "BearerPartnerUser",
    ),
    "chain_loyalty_membership_types_archive": Operation(
        "chain_loyalty_membership_types_archive",
        "PATCH",
        "/chain/{chain_id}/loyalty/abonement_types/{loyalty_membership_type_id}/archive",
        "BearerPartnerUser",
    ),
    "chain_loyalty_membership_types_clone": Operation(
        "chain_loyalty_membership_types_clone",
        "POST",
        "/chain/{chain_id}/loyalty/abonement_types/{loyalty_membership_type_id}/clone",
        "BearerPartnerUser",
    ),
    "chain_loyalty_membership_types_create": Operation(
        "chain_loyalty_membership_types_create",
        "POST",
        "/chain/{chain_id}/loyalty/abonement_types",
        "BearerPartnerUser",
    ),
    "chain_loyalty_membership_types_delete": Operation(
        "chain_loyalty_membership_types_delete",
        "DELETE",
        "/chain/{chain_id}/loyalty/abonement_types/{loyalty_membership_type_id}",
        "BearerPartnerUser",
    ),
    "chain_loyalty_membership_types_list": Operation(
        "chain_loyalty_membership_types_list", "GET", "/chain/{chain_id}/loyalty/abonement_types", "BearerPartnerUser"
    ),
    "chain_loyalty_membership_types_read": Operation(
        "chain_loyalty_membership_types_read",
        "GET",
        "/chain/{chain_id}/loyalty/abonement_types/{loyalty_membership_type_id}",
        "BearerPartnerUser",
    ),
    "chain_loyalty_membership_types_restore": Operation(
        "chain_loyalty_membership_types_restore",
        "POST",
        "/chain/{chain_id}/loyalty/abonement_types/{loyalty_membership_type_id}/restore",
        "BearerPartnerUser",
    ),
    "chain_loyalty_membership_types_update": Operation(
        "chain_loyalty_membership_types_update",
        "PUT",
        "/chain/{chain_id}/loyalty/abonement_types/{loyalty_membership_type_id}",
        "BearerPartnerUser",
    ),
    "chain_loyalty_memberships_freeze": Operation(
        "chain_loyalty_memberships_freeze",
        "POST",
        "/chain/{chain_id}/loyalty/abonements/{membership_id}/freeze",
        "BearerPartnerUser",
    ),
    "chain_loyalty_memberships_set_balance": Operation(
        "chain_loyalty_memberships_set_balance",
        "POST",
        "/chain/{chain_id}/loyalty/abonements/{membership_id}/set_balance",
        "BearerPartnerUser",
    ),
    "chain_loyalty_memberships_set_period": Operation(
        "chain_loyalty_memberships_set_period",
        "POST",
        "/chain/{chain_id}/loyalty/abonements/{membership_id}/set_period",
        "BearerPartnerUser",
    ),
    "chain_loyalty_memberships_unfreeze": Operation(
        "chain_loyalty_memberships_unfreeze",
        "POST",
        "/chain/{chain_id}/loyalty/abonements/{membership_id}/unfreeze",
        "BearerPartnerUser",
    ),
    "check_memberships_for_event": Operation(
        "check_memberships_for_event",
        "GET",
        "/company/{location_id}/client/{client_id}/loyalty/abonements/{membership_id}/check_for_activity",
        "BearerPartner",
    ),
    "copy_user_permissions_to_locations": Operation(
        "copy_user_permissions_to_locations",
        "POST",
        "/company/{location_id}/users/{user_id}/copy_to_companies",
        "BearerPartnerUser",
    ),
    "create_appointment": Operation("create_appointment", "POST", "/records/{location_id}", "BearerPartnerUser"),
    "create_booking_widget": Operation(
        "create_booking_widget", "POST", "/company/{location_id}/booking_forms", "BearerPartnerUser"
    ),
    "create_chain_loyalty_card_transaction": Operation(
        "create_chain_loyalty_card_transaction",
        "POST",
        "/chain/{chain_id}/loyalty/cards/{card_id}/manual_transaction",
        "BearerPartnerUser",
    ),
    "create_chain_loyalty_program": Operation(
        "create_chain_loyalty_program", "POST", "/chain/{chain_id}/loyalty/programs", "BearerPartnerUser"
    ),
    "create_client": Operation("create_client", "POST", "/clients/{location_id}", "BearerPartnerUser"),
    "create_client_account_topup_operation": Operation(
        "create_client_account_topup_operation", "POST", "/deposits_operations/{location_id}", "BearerPartnerUser"
    ),
    "create_client_comment": Operation(
        "create_client_comment", "POST", "/company/{location_id}/clients/{client_id}/comments", "BearerPartnerUser"
    ),
    "create_custom_field": Operation(
        "create_custom_field", "POST", "/custom_fields/{field_category}/{location_id}", "BearerPartnerUser"
    ),
    "create_document": Operation(
        "create_document", "POST", "/storage_operations/documents/{location_id}", "BearerPartnerUser"
    ),
    "create_event": Operation("create_event", "POST", "/activity/{location_id}", "BearerPartnerUser", deprecated=True),
    "create_event_duplication_strategy": Operation(
        "create_event_duplication_strategy", "POST", "/activity/{location_id}/duplication_strategy", "BearerPartnerUser"
    ),
    "create_financial_transaction": Operation(
        "create_financial_transaction", "POST", "/finance_transactions/{location_id}", "BearerPartnerUser"
    ),
    "create_inventory_operation": Operation(
        "create_inventory_operation", "POST", "/storage_operations/operation/{location_id}", "BearerPartnerUser"
    ),
    "create_location": Operation("create_location", "POST", "/companies", "BearerPartnerUser"),
    "create_loyalty_card_transaction": Operation(
        "create_loyalty_card_transaction",
        "POST",
        "/company/{location_id}/loyalty/cards/{card_id}/manual_transaction",
        "BearerPartnerUser",
    ),
    "create_payment_with_loyalty_methods": Operation(
        "create_payment_with_loyalty_methods",
        "POST",
        "/company/{location_id}/sale/{document_id}/payment",
        "BearerPartnerUser",
    ),
    "create_position_quick": Operation(
        "create_position_quick", "POST", "/company/{location_id}/positions/quick", "BearerPartnerUser", deprecated=True
    ),
    "create_product": Operation("create_product", "POST", "/goods/{location_id}", "BearerPartnerUser"),
    "create_product_category": Operation(
        "create_product_category", "POST", "/goods_categories/{location_id}", "BearerPartnerUser"
    ),
    "create_service": Operation("create_service", "POST", "/services/{location_id}", "BearerPartnerUser"),
    "create_service_category": Operation(
        "create_service_category", "POST", "/service_categories/{location_id}", "BearerPartnerUser"
    ),
    "create_tag": Operation("create_tag", "POST", "/labels/{location_id}", "BearerPartnerUser", deprecated=True),
    "create_team_member_quick": Operation(
        "create_team_member_quick", "POST", "/company/{location_id}/staff/quick", "BearerPartnerUser"
    ),
    "create_timetable_client_schedule": Operation(
        "create_timetable_client_schedule",
        "POST",
        "/company/{location_id}/schedules/{schedule_id}/client_schedules",
        "BearerPartnerUser",
    ),
    "create_timetable_event_schedule": Operation(
        "create_timetable_event_schedule", "POST", "/company/{location_id}/schedules", "BearerPartnerUser"
    ),
    "create_timetable_schedule_day": Operation(
        "create_timetable_schedule_day",
        "POST",
        "/company/{location_id}/schedules/{schedule_id}/days",
        "BearerPartnerUser",
    ),
    "create_transaction": Operation(
        "create_transaction", "POST", "/storage_operations/goods_transactions/{location_id}", "BearerPartnerUser"
    ),
    "create_user_invitation": Operation(
        "create_user_invitation", "POST", "/user/invite/{location_id}", "BearerPartnerUser"
    ),
    "delete_appointment": Operation(
        "delete_appointment", "DELETE", "/record/{location_id}/{record_id}", "BearerPartnerUser", response_kind="none"
    ),
    "delete_booking_widget": Operation(
        "delete_booking_widget",
        "DELETE",
        "/company/{location_id}/booking_forms/{form_id}",
        "BearerPartnerUser",
        response_kind="none",
    ),
    "delete_chain_loyalty_program": Operation(
        "delete_chain_loyalty_program",
        "DELETE",
        "/chain/{chain_id}/loyalty/programs/{loyalty_program_id}",
        "BearerPartnerUser",
        response_kind="none",
    ),
    "delete_client": Operation(
        "delete_client", "DELETE", "/client/{location_id}/{id}", "BearerPartnerUser", response_kind="none"
    ),
    "delete_client_comment": Operation(
        "delete_client_comment",
        "DELETE",
        "/company/{location_id}/clients/{client_id}/comments/{comment_id}",
        "BearerPartnerUser",
        response_kind="none",
    ),
    "delete_client_file": Operation(
        "delete_client_file",
        "DELETE",
        "/company/{location_id}/clients/files/{client_id}/{file_id}",
        "BearerPartnerUser",
    ),
    "delete_custom_field": Operation(
        "delete_custom_field", "DELETE", "/custom_fields/{field_category}/{location_id}/{field_id}", "BearerPartnerUser"
    ),
    "delete_document": Operation(
        "delete_document",
        "DELETE",
        "/storage_operations/documents/{location_id}/{document_id}",
        "BearerPartnerUser",
        response_kind="none",
    ),
    "delete_event": Operation(
        "delete_event", "DELETE", "/activity/{location_id}/{event_id}", "BearerPartnerUser", deprecated=True
    ),
    "delete_financial_transaction": Operation(
        "delete_financial_transaction",
        "DELETE",
        "/finance_transactions/{location_id}/{transaction_id}",
        "BearerPartnerUser",
        response_kind="none",
    ),
    "delete_image": Operation("delete_image", "DELETE", "/images/{entity}", "BearerPartnerUser", response_kind="none"),
    "delete_location": Operation(
        "delete_location", "DELETE", "/company/{location_id}", "BearerPartnerUser", response_kind="none"
    ),
    "delete_location_account_payment": Operation(
        "delete_location_account_payment",
        "DELETE",
        "/company/{location_id}/sale/{document_id}/payment/payment_transaction/{payment_transaction_id}",
        "BearerPartnerUser",
    ),
    "delete_loyalty_payment_transaction": Operation(
        "delete_loyalty_payment_transaction",
        "DELETE",
        "/company/{location_id}/sale/{document_id}/payment/loyalty_transaction/{payment_transaction_id}",
        "BearerPartnerUser",
    ),
    "delete_product": Operation(
        "delete_product", "DELETE", "/goods/{location_id}/{product_id}", "BearerPartnerUser", response_kind="none"
    ),
    "delete_product_category": Operation(
        "delete_product_category",
        "DELETE",
        "/goods_categories/{location_id}/{category_id}",
        "BearerPartnerUser",
        response_kind="none",
    ),
    "delete_service": Operation(
        "delete_service", "DELETE", "/services/{location_id}/{service_id}", "BearerPartnerUser", response_kind="none"
    ),
    "delete_service_category": Operation(
        "delete_service_category",
        "DELETE",
        "/service_category/{location_id}/{id}",
        "BearerPartnerUser",
        response_kind="none",
    ),
    "delete_tag_by_tag_id": Operation(
        "delete_tag_by_tag_id", "DELETE", "/labels/{location_id}/{tag_id}", "BearerPartnerUser", deprecated=True
    ),
    "delete_team_member": Operation(
        "delete_team_member",
        "DELETE",
        "/staff/{location_id}/{team_member_id}",
        "BearerPartnerUser",
        response_kind="none",
    ),
    "delete_timetable_client_schedule": Operation(
        "delete_timetable_client_schedule",
        "DELETE",
        "/company/{location_id}/schedules/{schedule_id}/client_schedules/{client_schedule_id}",
        "BearerPartnerUser",
    ),
    "delete_timetable_event_schedule": Operation(
        "delete_timetable_event_schedule",
        "DELETE",
        "/company/{location_id}/schedules/{schedule_id}",
        "BearerPartnerUser",
    ),
    "delete_timetable_schedule_day": Operation(
        "delete_timetable_schedule_day",
        "DELETE",
        "/company/{location_id}/schedules/{schedule_id}/days/{day_id}",
        "BearerPartnerUser",
    ),
    "delete_transaction": Operation(
        "delete_transaction",
        "DELETE",
        "/storage_operations/goods_transactions/{location_id}/{transaction_id}",
        "BearerPartnerUser",
        response_kind="none",
    ),
    "deprecated_create_team_member": Operation(
        "deprecated_create_team_member", "POST", "/staff/{location_id}", "BearerPartnerUser"
    ),
    "deprecated_get_client_list": Operation(
        "deprecated_get_client_list",
        "GET",
        "/clients/{location_id}",
        "BearerPartnerUser",
        wire_names={"id_list": "id[]"},
        deprecated=True,
        page_size_parameter="count",
    ),
    "deprecated_get_location_users": Operation(
        "deprecated_get_location_users", "GET", "/company_users/{location_id}", "BearerPartnerUser", deprecated=True
    ),
    "deprecated_get_product_category_list": Operation(
        "deprecated_get_product_category_list",
        "GET",
        "/goods_categories/{location_id}/{category_id}",
        "BearerPartnerUser",
        deprecated=True,
    ),
    "deprecated_get_service_category_list": Operation(
        "deprecated_get_service_category_list",
        "GET",
        "/service_categories/{location_id}/{id}",
        "BearerPartnerUser",
        deprecated=True,
    ),
    "deprecated_get_service_list_by_id": Operation(
        "deprecated_get_service_list_by_id",
        "GET",
        "/services/{location_id}/{service_id}",
        "BearerPartnerUser",
        deprecated=True,
    ),
    "deprecated_update_service_by_id": Operation(
        "deprecated_update_service_by_id", "PUT", "/services/{location_id}/{service_id}", "BearerPartnerUser"
    ),
    "disable_team_member_tips": Operation(
        "disable_team_member_tips",
        "POST",
        "/tips/{location_id}/settings/{master_tips_settings_id}/disable",
        "BearerPartnerUser",
    ),
    "duplicate_event": Operation(
        "duplicate_event", "POST", "/activity/{location_id}/{event_id}/duplicate", "BearerPartnerUser"
    ),
    "enable_team_member_tips": Operation(
        "enable_team_member_tips",
        "GET",
        "/tips/{location_id}/settings/{master_tips_settings_id}/enable",
        "BearerPartner",
    ),
    "generate_loyalty_code": Operation(
        "generate_loyalty_code", "GET", "/loyalty/generate_code/{location_id}/{product_id}", "BearerPartnerUser"
    ),
    "get_account_list": Operation("get_account_list", "GET", "/accounts/{location_id}", "BearerPartnerUser"),
    "get_appointment": Operation("get_appointment", "GET", "/record/{location_id}/{record_id}", "BearerPartnerUser"),
    "get_appointment_analytics_by_source": Operation(
        "get_appointment_analytics_by_source",
        "GET",
        "/company/{location_id}/analytics/overall/charts/record_source",
        "BearerPartnerUser",
    ),
    "get_appointment_analytics_by_status": Operation(
        "get_appointment_analytics_by_status",
        "GET",
        "/company/{location_id}/analytics/overall/charts/record_status",
        "BearerPartnerUser",
    ),
    "get_appointment_calendar_dates": Operation(
        "get_appointment_calendar_dates", "GET", "/timetable/dates/{location_id}/{date}", "BearerPartnerUser"
    ),
    "get_appointment_calendar_sessions": Operation(
        "get_appointment_calendar_sessions",
        "GET",
        "/timetable/seances/{location_id}/{team_member_id}/{date}",
        "BearerPartnerUser",
    ),
    "get_appointment_calendar_settings": Operation(
        "get_appointment_calendar_settings", "GET", "/company/{location_id}/settings/timetable", "BearerPartnerUser"
    ),
    "get_appointment_consumables": Operation(
        "get_appointment_consumables",
        "GET",
        "/technological_cards/record_consumables/{location_id}/{record_id}",
        "BearerPartnerUser",
    ),
    "get_appointment_list": Operation(
        "get_appointment_list", "GET", "/records/{location_id}", "BearerPartnerUser", page_size_parameter="count"
    ),
    "get_bill_of_materials_list": Operation(
        "get_bill_of_materials_list",
        "GET",
        "/technological_cards/{location_id}",
        "BearerPartnerUser",
        page_size_parameter="count",
    ),
    "get_booking_widget": Operation(
        "get_booking_widget", "GET", "/company/{location_id}/booking_forms/{form_id}", "BearerPartnerUser"
    ),
    "get_booking_widget_list": Operation(
        "get_booking_widget_list", "GET", "/company/{location_id}/booking_forms", "BearerPartnerUser"
    ),
    "get_chain_client_account_history": Operation(
        "get_chain_client_account_history",
        "GET",
        "/chain/{chain_id}/deposits/{deposit_id}/history",
        "BearerPartnerUser",
    ),
    "get_chain_client_by_phone_number": Operation(
        "get_chain_client_by_phone_number", "GET", "/group/{chain_id}/clients", "BearerPartnerUser"
    ),
    "get_chain_list": Operation("get_chain_list", "GET", "/groups", "BearerPartner"),
    "get_chain_loyalty_card_type_list": Operation(
        "get_chain_loyalty_card_type_list", "GET", "/chain/{chain_id}/loyalty/card_types", "BearerPartner"
    ),
    "get_chain_loyalty_notification_template_list": Operation(
        "get_chain_loyalty_notification_template_list",
        "GET",
        "/chain/{chain_id}/loyalty/notification_message_templates/programs",
        "BearerPartnerUser",
    ),
    "get_chain_loyalty_program": Operation(
        "get_chain_loyalty_program",
        "GET",
        "/chain/{chain_id}/loyalty/programs/{loyalty_program_id}",
        "BearerPartnerUser",
    ),
    "get_chain_loyalty_transaction_list": Operation(
        "get_chain_loyalty_transaction_list",
        "GET",
        "/chain/{chain_id}/loyalty/transactions",
        "BearerPartnerUser",
        page_size_parameter="count",
    ),
    "get_chain_service_category_list": Operation(
        "get_chain_service_category_list", "GET", "/chain/{chain_id}/service_categories", "BearerPartner"
    ),
    "get_client": Operation("get_client", "GET", "/client/{location_id}/{id}", "BearerPartnerUser"),
    "get_client_account_by_chain_and_phone": Operation(
        "get_client_account_by_chain_and_phone", "GET", "/deposits/chain/{chain_id}/phone/{phone}", "BearerPartnerUser"
    ),
    "get_client_account_list_by_chain": Operation(
        "get_client_account_list_by_chain",
        "GET",
        "/deposits/chain/{chain_id}",
        "BearerPartnerUser",
        page_size_parameter="limit",
    ),
    "get_client_account_list_by_location_and_client": Operation(
        "get_client_account_list_by_location_and_client",
        "GET",
        "/deposits/company/{location_id}/client/{client_id}",
        "BearerPartnerUser",
    ),
    "get_client_file_list": Operation(
        "get_client_file_list", "GET", "/company/{location_id}/clients/files/{client_id}", "BearerPartnerUser"
    ),
    "get_client_gift_cards": Operation("get_client_gift_cards", "GET", "/loyalty/certificates", "BearerPartner"),
    "get_client_list": Operation(
        "get_client_list", "POST", "/company/{location_id}/clients/search", "BearerPartnerUser"
    ),
    "get_client_membership_activity_history": Operation(
        "get_client_membership_activity_history",
        "GET",
        "/company/{location_id}/client/{client_id}/loyalty/abonements/{membership_id}/history",
        "BearerPartnerUser",
    ),
    "get_client_memberships": Operation("get_client_memberships", "GET", "/loyalty/abonements", "BearerPartnerUser"),
    "get_comments": Operation(
        "get_comments", "GET", "/comments/{location_id}", "BearerPartnerUser", page_size_parameter="count"
    ),
    "get_custom_field_list": Operation(
        "get_custom_field_list", "GET", "/custom_fields/{field_category}/{location_id}", "BearerPartnerUser"
    ),
    "get_day_end_report_data": Operation(
        "get_day_end_report_data", "GET", "/reports/z_report/{location_id}", "BearerPartnerUser"
    ),
    "get_document": Operation(
        "get_document", "GET", "/storage_operations/documents/{location_id}/{document_id}", "BearerPartnerUser"
    ),
    "get_document_financial_transactions": Operation(
        "get_document_financial_transactions",
        "GET",
        "/storage_operations/documents/finance_transactions/{document_id}",
        "BearerPartnerUser",
    ),
    "get_document_product_transactions": Operation(
        "get_document_product_transactions",
        "GET",
        "/storage_operations/documents/goods_transactions/{document_id}",
        "BearerPartnerUser",
    ),
    "get_event": Operation("get_event", "GET", "/activity/{location_id}/{event_id}", "BearerPartner", deprecated=True),
    "get_event_date_range": Operation(
        "get_event_date_range", "GET", "/activity/{location_id}/search_dates_range", "BearerPartner"
    ),
    "get_event_search_filters": Operation(
        "get_event_search_filters", "GET", "/activity/{location_id}/filters", "BearerPartner"
    ),
    "get_financial_transaction": Operation(
        "get_financial_transaction", "GET", "/finance_transactions/{location_id}/{transaction_id}", "BearerPartnerUser"
    ),
    "get_fiscal_transaction_list": Operation(
        "get_fiscal_transaction_list", "GET", "/kkm_transactions/{location_id}", "BearerPartnerUser"
    ),
    "get_gift_card_type_list": Operation(
        "get_gift_card_type_list",
        "GET",
        "/company/{location_id}/loyalty/certificate_types/search",
        "BearerPartnerUser",
        page_size_parameter="page_size",
    ),
    "get_gift_card_type_list_by_id": Operation(
        "get_gift_card_type_list_by_id",
        "GET",
        "/company/{location_id}/loyalty/certificate_types/fetch",
        "BearerPartnerUser",
    ),
    "get_location": Operation("get_location", "GET", "/company/{location_id}", "BearerPartner"),
    "get_location_analytics_appointments_daily": Operation(
        "get_location_analytics_appointments_daily",
        "GET",
        "/company/{location_id}/analytics/overall/charts/records_daily",
        "BearerPartnerUser",
    ),
    "get_location_analytics_occupancy_daily": Operation(
        "get_location_analytics_occupancy_daily",
        "GET",
        "/company/{location_id}/analytics/overall/charts/fullness_daily",
        "BearerPartnerUser",
    ),
    "get_location_analytics_overall": Operation(
        "get_location_analytics_overall", "GET", "/company/{location_id}/analytics/overall", "BearerPartnerUser"
    ),
    "get_location_analytics_revenue_daily": Operation(
        "get_location_analytics_revenue_daily",
        "GET",
        "/company/{location_id}/analytics/overall/charts/income_daily",
        "BearerPartnerUser",
    ),
    "get_location_inventories": Operation(
        "get_location_inventories", "GET", "/storages/{location_id}", "BearerPartnerUser"
    ),
    "get_location_list": Operation(
        "get_location_list", "GET", "/companies", "BearerPartner", page_size_parameter="count"
    ),
    "get_location_loyalty_program_list": Operation(
        "get_location_loyalty_program_list",
        "GET",
        "/company/{location_id}/loyalty/programs/search",
        "BearerPartnerUser",
    ),
    "get_location_notification_settings": Operation(
        "get_location_notification_settings",
        "GET",
        "/notification_settings/{location_id}/notification_types",
        "BearerPartnerUser",
    ),
    "get_location_subscription_information": Operation(
        "get_location_subscription_information", "GET", "/license/{location_id}", "BearerPartner"
    ),
    "get_location_users": Operation("get_location_users", "GET", "/company/{location_id}/users", "BearerPartnerUser"),
    "get_loyalty_card_list_by_client_id": Operation(
        "get_loyalty_card_list_by_client_id", "GET", "/loyalty/client_cards/{client_id}", "BearerPartnerUser"
    ),
    "get_loyalty_card_list_by_phone": Operation(
        "get_loyalty_card_list_by_phone", "GET", "/loyalty/cards/{phone}/{chain_id}/{location_id}", "BearerPartnerUser"
    ),
    "get_loyalty_card_type_list": Operation(
        "get_loyalty_card_type_list", "GET", "/loyalty/card_types/salon/{location_id}", "BearerPartnerUser"
    ),
    "get_loyalty_card_type_list_for_client": Operation(
        "get_loyalty_card_type_list_for_client",
        "GET",
        "/loyalty/card_types/client/{location_id}/{phone}",
        "BearerPartnerUser",
    ),
    "get_loyalty_program_client_statistics": Operation(
        "get_loyalty_program_client_statistics",
        "GET",
        "/company/{location_id}/analytics/loyalty_programs/visits",
        "BearerPartnerUser",
    ),
    "get_loyalty_program_revenue_statistics": Operation(
        "get_loyalty_program_revenue_statistics",
        "GET",
        "/company/{location_id}/analytics/loyalty_programs/income",
        "BearerPartnerUser",
    ),
    "get_loyalty_program_team_member_statistics": Operation(
        "get_loyalty_program_team_member_statistics",
        "GET",
        "/company/{location_id}/analytics/loyalty_programs/staff",
        "BearerPartnerUser",
    ),
    "get_loyalty_transactions_by_visit": Operation(
        "get_loyalty_transactions_by_visit", "GET", "/visit/loyalty/transactions/{visit_id}", "BearerPartnerUser"
    ),
    "get_membership_list": Operation(
        "get_membership_list",
        "GET",
        "/chain/{chain_id}/loyalty/abonements",
        "BearerPartnerUser",
        page_size_parameter="count",
    ),
    "get_membership_type_list": Operation(
        "get_membership_type_list",
        "GET",
        "/company/{location_id}/loyalty/abonement_types/search",
        "BearerPartnerUser",
        page_size_parameter="page_size",
    ),
    "get_membership_type_list_by_id": Operation(
        "get_membership_type_list_by_id",
        "GET",
        "/company/{location_id}/loyalty/abonement_types/fetch",
        "BearerPartnerUser",
    ),
    "get_message_status_list": Operation("get_message_status_list", "POST", "/delivery/status", "BearerPartnerUser"),
    "get_online_booking_settings": Operation(
        "get_online_booking_settings", "GET", "/company/{location_id}/settings/online", "BearerPartnerUser"
    ),
    "get_partner_appointment_list": Operation(
        "get_partner_appointment_list", "GET", "/records/partner", "BearerPartnerUser"
    ),
    "get_permission_list": Operation(
        "get_permission_list", "GET", "/user/permissions/{location_id}", "BearerPartnerUser"
    ),
    "get_position_list": Operation(
        "get_position_list", "GET", "/company/{location_id}/staff/positions", "BearerPartnerUser", deprecated=True
    ),
    "get_product": Operation("get_product", "GET", "/goods/{location_id}/{product_id}", "BearerPartnerUser"),
    "get_product_category_composition": Operation(
        "get_product_category_composition",
        "GET",
        "/goods/category_node/{location_id}/{category_id}",
        "BearerPartnerUser",
    ),
    "get_product_category_list": Operation(
        "get_product_category_list",
        "GET",
        "/company/{location_id}/goods_categories/{parent_category_id}",
        "BearerPartnerUser",
    ),
    "get_product_category_list_by_ids": Operation(
        "get_product_category_list_by_ids",
        "GET",
        "/goods_categories/multiple/{location_id}",
        "BearerPartnerUser",
        wire_names={"location_id_alt": "location_id"},
    ),
    "get_products_list": Operation("get_products_list", "GET", "/goods/{location_id}", "BearerPartnerUser"),
    "get_resource_list": Operation("get_resource_list", "GET", "/resources/{location_id}", "BearerPartnerUser"),
    "get_sale_transaction": Operation(
        "get_sale_transaction", "GET", "/company/{location_id}/sale/{document_id}", "BearerPartnerUser"
    ),
    "get_service": Operation("get_service", "GET", "/company/{location_id}/services/{service_id}", "BearerPartnerUser"),
    "get_service_category": Operation(
        "get_service_category", "GET", "/service_category/{location_id}/{id}", "BearerPartnerUser"
    ),
    "get_service_category_list": Operation(
        "get_service_category_list", "GET", "/company/{location_id}/service_categories/{id}", "BearerPartnerUser"
    ),
    "get_service_list": Operation("get_service_list", "GET", "/services/{location_id}", "BearerPartnerUser"),
    "get_tag_list_by_entity": Operation(
        "get_tag_list_by_entity", "GET", "/labels/{location_id}/{entity}", "BearerPartnerUser", deprecated=True
    ),
    "get_tax_system_list": Operation(
        "get_tax_system_list", "GET", "/integration/kkm/references/tax_system/{country_id}", "BearerPartnerUser"
    ),
    "get_team_member": Operation(
        "get_team_member", "GET", "/company/{location_id}/staff/{team_member_id}", "BearerPartnerUser"
    ),
    "get_team_member_by_id": Operation(
        "get_team_member_by_id", "GET", "/staff/{location_id}/{team_member_id}", "BearerPartnerUser"
    ),
    "get_team_member_calculation_schemes_count": Operation(
        "get_team_member_calculation_schemes_count",
        "GET",
        "/company/{location_id}/salary/calculation/staff/{team_member_id}/salary_schemes_count",
        "BearerPartnerUser",
    ),
    "get_team_member_list": Operation("get_team_member_list", "GET", "/staff/{location_id}", "BearerPartnerUser"),
    "get_team_member_payroll_calculation": Operation(
        "get_team_member_payroll_calculation",
        "GET",
        "/company/{location_id}/salary/payroll/staff/{team_member_id}/calculation/{calculation_id}",
        "BearerPartnerUser",
    ),
    "get_team_member_salary_calculation": Operation(
        "get_team_member_salary_calculation",
        "GET",
        "/company/{location_id}/salary/staff/{team_member_id}/calculation",
        "BearerPartnerUser",
    ),
    "get_team_member_salary_period": Operation(
        "get_team_member_salary_period",
        "GET",
        "/company/{location_id}/salary/staff/{team_member_id}/period",
        "BearerPartnerUser",
    ),
    "get_team_member_salary_schemes": Operation(
        "get_team_member_salary_schemes",
        "GET",
        "/company/{location_id}/salary/staff/{team_member_id}/salary_schemes",
        "BearerPartnerUser",
    ),
    "get_team_member_schedule": Operation(
        "get_team_member_schedule",
        "GET",
        "/schedule/{location_id}/{team_member_id}/{start_date}/{end_date}",
        "BearerPartnerUser",
    ),
    "get_team_member_schedule_list": Operation(
        "get_team_member_schedule_list", "GET", "/company/{location_id}/staff/schedule", "BearerPartnerUser"
    ),
    "get_team_member_service_bill_of_materials": Operation(
        "get_team_member_service_bill_of_materials",
        "GET",
        "/technological_cards/default_for_staff_and_service/{location_id}/{team_member_id}/{service_id}",
        "BearerPartnerUser",
    ),
    "get_team_member_tip_settings": Operation(
        "get_team_member_tip_settings", "GET", "/tips/{location_id}/settings", "BearerPartner"
    ),
    "get_timeslot_settings": Operation(
        "get_timeslot_settings", "GET", "/company/{location_id}/settings/timeslots", "BearerPartnerUser"
    ),
    "get_transaction": Operation(
        "get_transaction",
        "GET",
        "/storage_operations/goods_transactions/{location_id}/{transaction_id}",
        "BearerPartnerUser",
    ),
    "get_transactions": Operation(
        "get_transactions", "GET", "/transactions/{location_id}", "BearerPartnerUser", page_size_parameter="count"
    ),
    "get_transactions_by_visit_or_appointment_id": Operation(
        "get_transactions_by_visit_or_appointment_id",
        "GET",
        "/timetable/transactions/{location_id}",
        "BearerPartnerUser",
    ),
    "get_user_gift_cards": Operation("get_user_gift_cards", "GET", "/user/loyalty/certificates", "BearerPartner"),
    "get_user_loyalty_cards": Operation(
        "get_user_loyalty_cards", "GET", "/user/loyalty_cards/{chain_id}", "BearerPartner"
    ),
    "get_user_memberships": Operation("get_user_memberships", "GET", "/user/loyalty/abonements", "BearerPartner"),
    "get_user_notification_settings": Operation(
        "get_user_notification_settings",
        "GET",
        "/notification_settings/{location_id}/users/{user_id}",
        "BearerPartnerUser",
    ),
    "get_user_permissions": Operation(
        "get_user_permissions", "GET", "/company/{location_id}/users/{user_id}/permissions", "BearerPartnerUser"
    ),
    "get_user_roles": Operation(
        "get_user_roles", "GET", "/company/{location_id}/users/{user_id}/roles", "BearerPartnerUser"
    ),
    "get_visit": Operation("get_visit", "GET", "/visits/{visit_id}", "BearerPartnerUser"),
    "get_visit_details": Operation(
        "get_visit_details", "GET", "/visit/details/{location_id}/{record_id}/{visit_id}", "BearerPartnerUser"
    ),
    "get_visit_receipt_pdf": Operation(
        "get_visit_receipt_pdf",
        "GET",
        "/attendance/receipt_print/{visit_id}",
        "BearerPartnerUser",
        response_kind="bytes",
        media_type="application/pdf",
    ),
    "handle_fiscalization_callback": Operation(
        "handle_fiscalization_callback", "POST", "/integration/kkm/callback", "BearerPartnerUser", response_kind="none"
    ),
    "issue_loyalty_card": Operation("issue_loyalty_card", "POST", "/loyalty/cards/{location_id}", "BearerPartnerUser"),
    "leave_comment": Operation(
        "leave_comment", "POST", "/comments/{location_id}/{team_member_id}", "BearerPartnerUser"
    ),
    "list_client_comments": Operation(
        "list_client_comments", "GET", "/company/{location_id}/clients/{client_id}/comments", "BearerPartnerUser"
    ),
    "list_event_duplication_strategies": Operation(
        "list_event_duplication_strategies", "GET", "/activity/{location_id}/duplication_strategy", "BearerPartner"
    ),
    "list_roles": Operation("list_roles", "GET", "/company/{location_id}/users/roles", "BearerPartnerUser"),
    "list_timetable_schedule_day_events": Operation(
        "list_timetable_schedule_day_events",
        "GET",
        "/company/{location_id}/schedules/{schedule_id}/days/{day_id}/events",
        "BearerPartnerUser",
    ),
    "patch_service": Operation("patch_service", "PATCH", "/services/{location_id}/{service_id}", "BearerPartnerUser"),
    "phone_number_format_check": Operation(
        "phone_number_format_check", "GET", "/validation/validate_phone/{phone}", "BearerPartner"
    ),
    "print_fiscal_receipt": Operation(
        "print_fiscal_receipt", "POST", "/kkm_transactions/{location_id}/print_document_bill", "BearerPartnerUser"
    ),
    "remove_loyalty_card": Operation(
        "remove_loyalty_card",
        "DELETE",
        "/loyalty/cards/{location_id}/{card_id}",
        "BearerPartnerUser",
        response_kind="none",
    ),
    "remove_service_from_team_member": Operation(
        "remove_service_from_team_member",
        "DELETE",
        "/company/{location_id}/services/{service_id}/staff/{team_member_id}",
        "BearerPartnerUser",
    ),
    "remove_user_from_location": Operation(
        "remove_user_from_location",
        "DELETE",
        "/company/{location_id}/users/{user_id}",
        "BearerPartnerUser",
        response_kind="none",
    ),
    "remove_user_from_locations": Operation(
        "remove_user_from_locations",
        "POST",
        "/company/{location_id}/users/{user_id}/remove_from_companies",
        "BearerPartnerUser",
    ),
    "schedule_team_member_update_deprecated": Operation(
        "schedule_team_member_update_deprecated",
        "PUT",
        "/schedule/{location_id}/{team_member_id}",
        "BearerPartnerUser",
        deprecated=True,
    ),
    "search_client_visits": Operation(
        "search_client_visits", "POST", "/company/{location_id}/clients/visits/search", "BearerPartnerUser"
    ),
    "search_event_dates": Operation(
        "search_event_dates", "GET", "/activity/{location_id}/search_dates", "BearerPartner"
    ),
    "search_event_services": Operation(
        "search_event_services", "GET", "/activity/{location_id}/services", "BearerPartner"
    ),
    "search_events": Operation(
        "search_events", "GET", "/activity/{location_id}/search", "BearerPartner", page_size_parameter="count"
    ),
    "search_for_product_transactions": Operation(
        "search_for_product_transactions",
        "GET",
        "/storages/transactions/{location_id}",
        "BearerPartnerUser",
        page_size_parameter="count",
    ),
    "search_memberships_for_event": Operation(
        "search_memberships_for_event",
        "GET",
        "/company/{location_id}/client/{client_id}/loyalty/abonements/search_for_activity",
        "BearerPartner",
    ),
    "search_product": Operation("search_product", "GET", "/goods/search/{location_id}", "BearerPartnerUser"),
    "search_team_member_calculation_daily_salary": Operation(
        "search_team_member_calculation_daily_salary",
        "GET",
        "/company/{location_id}/salary/calculation/staff/daily/{team_member_id}",
        "BearerPartnerUser",
    ),
    "search_team_member_calculation_salary": Operation(
        "search_team_member_calculation_salary",
        "GET",
        "/company/{location_id}/salary/calculation/staff/{team_member_id}",
        "BearerPartnerUser",
    ),
    "search_team_member_payroll_calculation": Operation(
        "search_team_member_payroll_calculation",
        "GET",
        "/company/{location_id}/salary/payroll/staff/{team_member_id}/calculation",
        "BearerPartnerUser",
    ),
    "search_team_member_period_daily_salary": Operation(
        "search_team_member_period_daily_salary",
        "GET",
        "/company/{location_id}/salary/period/staff/daily/{team_member_id}",
        "BearerPartnerUser",
    ),
    "search_team_member_period_salary": Operation(
        "search_team_member_period_salary",
        "GET",
        "/company/{location_id}/salary/period/staff/{team_member_id}",
        "BearerPartnerUser",
    ),
    "search_timetable_event_schedules_by_event": Operation(
        "search_timetable_event_schedules_by_event",
        "GET",
        "/company/{location_id}/schedules/search/{entity_type}/{entity_id}",
        "BearerPartnerUser",
    ),
    "send_email_campaign_to_filtered_clients": Operation(
        "send_email_campaign_to_filtered_clients", "POST", "/email/clients/by_filter/{location_id}", "BearerPartnerUser"
    ),
    "send_email_newsletter_to_clients": Operation(
        "send_email_newsletter_to_clients", "POST", "/email/clients/by_id/{location_id}", "BearerPartnerUser"
    ),
    "send_sms_campaign_to_filtered_clients": Operation(
        "send_sms_campaign_to_filtered_clients", "POST", "/sms/clients/by_filter/{location_id}", "BearerPartnerUser"
    ),
    "send_sms_to_clients": Operation(
        "send_sms_to_clients", "POST", "/sms/clients/by_id/{location_id}", "BearerPartnerUser"
    ),
    "set_team_member_schedule": Operation(
        "set_team_member_schedule", "PUT", "/company/{location_id}/staff/schedule", "BearerPartnerUser"
    ),
    "unlink_appointment_service_association": Operation(
        "unlink_appointment_service_association",
        "DELETE",
        "/technological_cards/record_consumables/technological_cards/{location_id}/{record_id}/{service_id}",
        "BearerPartnerUser",
    ),
    "update_appointment": Operation(
        "update_appointment", "PUT", "/record/{location_id}/{record_id}", "BearerPartnerUser"
    ),
    "update_appointment_attendance": Operation(
        "update_appointment_attendance",
        "POST",
        "/company/{location_id}/records/{record_id}/attendance",
        "BearerPartnerUser",
    ),
    "update_appointment_calendar_settings": Operation(
        "update_appointment_calendar_settings",
        "PATCH",
        "/company/{location_id}/settings/timetable",
        "BearerPartnerUser",
    ),
    "update_appointment_service_consumables": Operation(
        "update_appointment_service_consumables",
        "PUT",
        "/technological_cards/record_consumables/consumables/{location_id}/{record_id}/{service_id}",
        "BearerPartnerUser",
    ),
    "update_booking_widget": Operation(
        "update_booking_widget", "PATCH", "/company/{location_id}/booking_forms/{form_id}", "BearerPartnerUser"
    ),
    "update_chain_loyalty_program": Operation(
        "update_chain_loyalty_program",
        "PUT",
        "/chain/{chain_id}/loyalty/programs/{loyalty_program_id}",
        "BearerPartnerUser",
    ),
    "update_client": Operation("update_client", "PUT", "/client/{location_id}/{id}", "BearerPartnerUser"),
    "update_custom_field": Operation(
        "update_custom_field", "PUT", "/custom_fields/{field_category}/{location_id}/{field_id}", "BearerPartnerUser"
    ),
    "update_document": Operation(
        "update_document", "PUT", "/storage_operations/documents/{location_id}/{document_id}", "BearerPartnerUser"
    ),
    "update_event": Operation(
        "update_event", "PUT", "/activity/{location_id}/{event_id}", "BearerPartnerUser", deprecated=True
    ),
    "update_event_duplication_strategy": Operation(
        "update_event_duplication_strategy",
        "POST",
        "/activity/{location_id}/duplication_strategy/{strategy_id}",
        "BearerPartnerUser",
    ),
    "update_financial_transaction": Operation(
        "update_financial_transaction",
        "PUT",
        "/finance_transactions/{location_id}/{transaction_id}",
        "BearerPartnerUser",
    ),
    "update_location": Operation("update_location", "PUT", "/company/{location_id}", "BearerPartnerUser"),
    "update_online_booking_settings": Operation(
        "update_online_booking_settings", "PATCH", "/company/{location_id}/settings/online", "BearerPartnerUser"
    ),
    "update_product": Operation("update_product", "PUT", "/goods/{location_id}/{product_id}", "BearerPartnerUser"),
    "update_product_category": Operation(
        "update_product_category", "PUT", "/goods_categories/{location_id}/{category_id}", "BearerPartnerUser"
    ),
    "update_service_category": Operation(
        "update_service_category", "PUT", "/service_category/{location_id}/{id}", "BearerPartnerUser"
    ),
    "update_service_links": Operation(
        "update_service_links", "POST", "/company/{location_id}/services/links", "BearerPartnerUser"
    ),
    "update_service_team_member_assignment": Operation(
        "update_service_team_member_assignment",
        "PUT",
        "/company/{location_id}/services/{service_id}/staff/{team_member_id}",
        "BearerPartnerUser",
    ),
    "update_tag_by_tag_id": Operation(
        "update_tag_by_tag_id", "PUT", "/labels/{location_id}/{tag_id}", "BearerPartnerUser", deprecated=True
    ),
    "update_team_member": Operation(
        "update_team_member", "PUT", "/staff/{location_id}/{team_member_id}", "BearerPartnerUser"
    ),
    "update_team_member_schedule": Operation(
        "update_team_member_schedule",
        "PUT",
        "/schedule/{location_id}/{team_member_id}/{start_date}/{end_date}",
        "BearerPartnerUser",
        response_kind="none",
    ),
    "update_timetable_client_schedule": Operation(
        "update_timetable_client_schedule",
        "PATCH",
        "/company/{location_id}/schedules/{schedule_id}/client_schedules/{client_schedule_id}",
        "BearerPartnerUser",
    ),
    "update_timetable_event_schedule": Operation(
        "update_timetable_event_schedule",
        "PATCH",
        "/company/{location_id}/schedules/{schedule_id}",
        "BearerPartnerUser",
    ),
    "update_timetable_schedule_day": Operation(
        "update_timetable_schedule_day",
        "PATCH",
        "/company/{location_id}/schedules/{schedule_id}/days/{day_id}",
        "BearerPartnerUser",
    ),
    "update_transaction": Operation(
        "update_transaction",
        "PUT",
        "/storage_operations/goods_transactions/{location_id}/{transaction_id}",
        "BearerPartnerUser",
    ),
    "update_user_notification_settings": Operation(
        "update_user_notification_settings",
        "POST",
        "/notification_settings/{location_id}/users/{user_id}",
        "BearerPartnerUser",
    ),
    "update_user_permissions": Operation(
        "update_user_permissions", "PUT", "/company/{location_id}/users/{user_id}/permissions", "BearerPartnerUser"
    ),
    "update_visit": Operation(
        "update_visit", "PUT", "/visits/{visit_id}/{record_id}", "BearerPartnerUser", response_kind="none"
    ),
    "upload_client_file": Operation(
        "upload_client_file", "POST", "/company/{location_id}/clients/files/{client_id}", "BearerPartnerUser"
    ),
    "upload_image": Operation("upload_image", "POST", "/images/{entity}", "BearerPartnerUser"),
}
