"""Every data model of the API, loaded on first use (PEP 562): importing this package costs
almost nothing; ``from altegio_b2b.models import X`` loads X's module alone."""

from typing import TYPE_CHECKING

from .._runtime.lazy import lazy_attributes

if TYPE_CHECKING:
    from .analytics_report_overall_client_stats import AnalyticsReportOverallClientStats
    from .analytics_report_overall_fullness_stats import AnalyticsReportOverallFullnessStats
    from .analytics_report_overall_record_stats import AnalyticsReportOverallRecordStats
    from .analytics_report_overall_sum_stats import AnalyticsReportOverallSumStats
    from .apply_discount_promotion_body import ApplyDiscountPromotionBody
    from .apply_discount_promotion_response_200 import ApplyDiscountPromotionResponse200
    from .apply_discount_promotion_response_200_items_item import ApplyDiscountPromotionResponse200ItemsItem
    from .apply_discount_promotion_response_200_kkm_transaction_details_container import (
        ApplyDiscountPromotionResponse200KkmTransactionDetailsContainer,
    )
    from .apply_discount_promotion_response_200_kkm_transaction_details_container_transactions_item import (
        ApplyDiscountPromotionResponse200KkmTransactionDetailsContainerTransactionsItem,
    )
    from .apply_discount_promotion_response_200_loyalty_transactions_item import (
        ApplyDiscountPromotionResponse200LoyaltyTransactionsItem,
    )
    from .apply_discount_promotion_response_200_loyalty_transactions_item_type import (
        ApplyDiscountPromotionResponse200LoyaltyTransactionsItemType,
    )
    from .apply_discount_promotion_response_200_payment_transactions_item import (
        ApplyDiscountPromotionResponse200PaymentTransactionsItem,
    )
    from .apply_loyalty_card_deduction_body import ApplyLoyaltyCardDeductionBody
    from .apply_loyalty_card_deduction_response_200 import ApplyLoyaltyCardDeductionResponse200
    from .apply_loyalty_card_deduction_response_200_items_item import ApplyLoyaltyCardDeductionResponse200ItemsItem
    from .apply_loyalty_card_deduction_response_200_kkm_transaction_details_container import (
        ApplyLoyaltyCardDeductionResponse200KkmTransactionDetailsContainer,
    )
    from .apply_loyalty_card_deduction_response_200_kkm_transaction_details_container_transactions_item import (
        ApplyLoyaltyCardDeductionResponse200KkmTransactionDetailsContainerTransactionsItem,
    )
    from .apply_loyalty_card_deduction_response_200_loyalty_transactions_item import (
        ApplyLoyaltyCardDeductionResponse200LoyaltyTransactionsItem,
    )
    from .apply_loyalty_card_deduction_response_200_loyalty_transactions_item_type import (
        ApplyLoyaltyCardDeductionResponse200LoyaltyTransactionsItemType,
    )
    from .apply_loyalty_card_deduction_response_200_payment_transactions_item import (
        ApplyLoyaltyCardDeductionResponse200PaymentTransactionsItem,
    )
    from .apply_referral_program_body import ApplyReferralProgramBody
    from .apply_referral_program_response_200 import ApplyReferralProgramResponse200
    from .apply_referral_program_response_200_items_item import ApplyReferralProgramResponse200ItemsItem
    from .apply_referral_program_response_200_kkm_transaction_details_container import (
        ApplyReferralProgramResponse200KkmTransactionDetailsContainer,
    )
    from .apply_referral_program_response_200_kkm_transaction_details_container_transactions_item import (
        ApplyReferralProgramResponse200KkmTransactionDetailsContainerTransactionsItem,
    )
    from .apply_referral_program_response_200_loyalty_transactions_item import (
        ApplyReferralProgramResponse200LoyaltyTransactionsItem,
    )
    from .apply_referral_program_response_200_loyalty_transactions_item_type import (
        ApplyReferralProgramResponse200LoyaltyTransactionsItemType,
    )
    from .apply_referral_program_response_200_payment_transactions_item import (
        ApplyReferralProgramResponse200PaymentTransactionsItem,
    )
    from .appointment_event import AppointmentEvent
    from .appointment_event_resource import AppointmentEventResource
    from .appointment_event_status import AppointmentEventStatus
    from .assign_service_to_team_member_body import AssignServiceToTeamMemberBody
    from .assign_service_to_team_member_response_201 import AssignServiceToTeamMemberResponse201
    from .authorize_online_booking_user_body import AuthorizeOnlineBookingUserBody
    from .authorize_online_booking_user_response_201 import AuthorizeOnlineBookingUserResponse201
    from .authorize_user_body import AuthorizeUserBody
    from .authorize_user_response_201 import AuthorizeUserResponse201
    from .book_event_body import BookEventBody
    from .book_event_response_200 import BookEventResponse200
    from .bulk_create_clients_body_type_0 import BulkCreateClientsBodyType0
    from .bulk_create_clients_body_type_0_categories import BulkCreateClientsBodyType0Categories
    from .call_notification import CallNotification
    from .cancel_discount_promotion_body import CancelDiscountPromotionBody
    from .cancel_discount_promotion_response_200 import CancelDiscountPromotionResponse200
    from .cancel_discount_promotion_response_200_items_item import CancelDiscountPromotionResponse200ItemsItem
    from .cancel_discount_promotion_response_200_kkm_transaction_details_container import (
        CancelDiscountPromotionResponse200KkmTransactionDetailsContainer,
    )
    from .cancel_discount_promotion_response_200_kkm_transaction_details_container_transactions_item import (
        CancelDiscountPromotionResponse200KkmTransactionDetailsContainerTransactionsItem,
    )
    from .cancel_discount_promotion_response_200_loyalty_transactions_item import (
        CancelDiscountPromotionResponse200LoyaltyTransactionsItem,
    )
    from .cancel_discount_promotion_response_200_payment_transactions_item import (
        CancelDiscountPromotionResponse200PaymentTransactionsItem,
    )
    from .cancel_loyalty_card_withdrawal_body import CancelLoyaltyCardWithdrawalBody
    from .cancel_loyalty_card_withdrawal_response_200 import CancelLoyaltyCardWithdrawalResponse200
    from .cancel_loyalty_card_withdrawal_response_200_items_item import CancelLoyaltyCardWithdrawalResponse200ItemsItem
    from .cancel_loyalty_card_withdrawal_response_200_kkm_transaction_details_container import (
        CancelLoyaltyCardWithdrawalResponse200KkmTransactionDetailsContainer,
    )
    from .cancel_loyalty_card_withdrawal_response_200_kkm_transaction_details_container_transactions_item import (
        CancelLoyaltyCardWithdrawalResponse200KkmTransactionDetailsContainerTransactionsItem,
    )
    from .cancel_loyalty_card_withdrawal_response_200_loyalty_transactions_item import (
        CancelLoyaltyCardWithdrawalResponse200LoyaltyTransactionsItem,
    )
    from .cancel_loyalty_card_withdrawal_response_200_payment_transactions_item import (
        CancelLoyaltyCardWithdrawalResponse200PaymentTransactionsItem,
    )
    from .chain_loyalty_certificate_types_create_body import ChainLoyaltyCertificateTypesCreateBody
    from .chain_loyalty_certificate_types_create_body_balance_edit_type_id import (
        ChainLoyaltyCertificateTypesCreateBodyBalanceEditTypeId,
    )
    from .chain_loyalty_certificate_types_create_body_expiration import ChainLoyaltyCertificateTypesCreateBodyExpiration
    from .chain_loyalty_certificate_types_create_body_expiration_timeout_unit_id import (
        ChainLoyaltyCertificateTypesCreateBodyExpirationTimeoutUnitId,
    )
    from .chain_loyalty_certificate_types_create_body_expiration_type_id import (
        ChainLoyaltyCertificateTypesCreateBodyExpirationTypeId,
    )
    from .chain_loyalty_certificate_types_create_body_item_type_id import (
        ChainLoyaltyCertificateTypesCreateBodyItemTypeId,
    )
    from .chain_loyalty_certificate_types_create_body_online_sale import (
        ChainLoyaltyCertificateTypesCreateBodyOnlineSale,
    )
    from .chain_loyalty_certificate_types_create_response_200 import ChainLoyaltyCertificateTypesCreateResponse200
    from .chain_loyalty_certificate_types_create_response_200_item_type import (
        ChainLoyaltyCertificateTypesCreateResponse200ItemType,
    )
    from .chain_loyalty_certificate_types_get_response_200 import ChainLoyaltyCertificateTypesGetResponse200
    from .chain_loyalty_certificate_types_get_response_200_item_type import (
        ChainLoyaltyCertificateTypesGetResponse200ItemType,
    )
    from .chain_loyalty_certificate_types_list_response_200_item import ChainLoyaltyCertificateTypesListResponse200Item
    from .chain_loyalty_certificate_types_list_response_200_item_item_type import (
        ChainLoyaltyCertificateTypesListResponse200ItemItemType,
    )
    from .chain_loyalty_certificate_types_update_body import ChainLoyaltyCertificateTypesUpdateBody
    from .chain_loyalty_certificate_types_update_body_balance_edit_type_id import (
        ChainLoyaltyCertificateTypesUpdateBodyBalanceEditTypeId,
    )
    from .chain_loyalty_certificate_types_update_body_expiration import ChainLoyaltyCertificateTypesUpdateBodyExpiration
    from .chain_loyalty_certificate_types_update_body_expiration_timeout_unit_id import (
        ChainLoyaltyCertificateTypesUpdateBodyExpirationTimeoutUnitId,
    )
    from .chain_loyalty_certificate_types_update_body_expiration_type_id import (
        ChainLoyaltyCertificateTypesUpdateBodyExpirationTypeId,
    )
    from .chain_loyalty_certificate_types_update_body_item_type_id import (
        ChainLoyaltyCertificateTypesUpdateBodyItemTypeId,
    )
    from .chain_loyalty_certificate_types_update_body_online_sale import (
        ChainLoyaltyCertificateTypesUpdateBodyOnlineSale,
    )
    from .chain_loyalty_certificate_types_update_response_200 import ChainLoyaltyCertificateTypesUpdateResponse200
    from .chain_loyalty_certificate_types_update_response_200_item_type import (
        ChainLoyaltyCertificateTypesUpdateResponse200ItemType,
    )
    from .chain_loyalty_membership_types_archive_body import ChainLoyaltyMembershipTypesArchiveBody
    from .chain_loyalty_membership_types_clone_body import ChainLoyaltyMembershipTypesCloneBody
    from .chain_loyalty_membership_types_clone_response_200 import ChainLoyaltyMembershipTypesCloneResponse200
    from .chain_loyalty_membership_types_clone_response_200_availability_item import (
        ChainLoyaltyMembershipTypesCloneResponse200AvailabilityItem,
    )
    from .chain_loyalty_membership_types_clone_response_200_availability_item_intervals_item import (
        ChainLoyaltyMembershipTypesCloneResponse200AvailabilityItemIntervalsItem,
    )
    from .chain_loyalty_membership_types_clone_response_200_balance_container import (
        ChainLoyaltyMembershipTypesCloneResponse200BalanceContainer,
    )
    from .chain_loyalty_membership_types_clone_response_200_balance_container_links_item import (
        ChainLoyaltyMembershipTypesCloneResponse200BalanceContainerLinksItem,
    )
    from .chain_loyalty_membership_types_clone_response_200_balance_container_links_item_category import (
        ChainLoyaltyMembershipTypesCloneResponse200BalanceContainerLinksItemCategory,
    )
    from .chain_loyalty_membership_types_clone_response_200_balance_container_links_item_category_category_type_0_item import (
        ChainLoyaltyMembershipTypesCloneResponse200BalanceContainerLinksItemCategoryCategoryType0Item,
    )
    from .chain_loyalty_membership_types_clone_response_200_balance_container_links_item_category_category_type_1 import (
        ChainLoyaltyMembershipTypesCloneResponse200BalanceContainerLinksItemCategoryCategoryType1,
    )
    from .chain_loyalty_membership_types_clone_response_200_balance_container_links_item_service import (
        ChainLoyaltyMembershipTypesCloneResponse200BalanceContainerLinksItemService,
    )
    from .chain_loyalty_membership_types_clone_response_200_balance_container_links_item_service_category import (
        ChainLoyaltyMembershipTypesCloneResponse200BalanceContainerLinksItemServiceCategory,
    )
    from .chain_loyalty_membership_types_clone_response_200_balance_container_links_item_service_category_category_type_0_item import (
        ChainLoyaltyMembershipTypesCloneResponse200BalanceContainerLinksItemServiceCategoryCategoryType0Item,
    )
    from .chain_loyalty_membership_types_clone_response_200_balance_container_links_item_service_category_category_type_1 import (
        ChainLoyaltyMembershipTypesCloneResponse200BalanceContainerLinksItemServiceCategoryCategoryType1,
    )
    from .chain_loyalty_membership_types_clone_response_200_category_type_0 import (
        ChainLoyaltyMembershipTypesCloneResponse200CategoryType0,
    )
    from .chain_loyalty_membership_types_clone_response_201 import ChainLoyaltyMembershipTypesCloneResponse201
    from .chain_loyalty_membership_types_clone_response_201_availability_item import (
        ChainLoyaltyMembershipTypesCloneResponse201AvailabilityItem,
    )
    from .chain_loyalty_membership_types_clone_response_201_availability_item_intervals_item import (
        ChainLoyaltyMembershipTypesCloneResponse201AvailabilityItemIntervalsItem,
    )
    from .chain_loyalty_membership_types_clone_response_201_balance_container import (
        ChainLoyaltyMembershipTypesCloneResponse201BalanceContainer,
    )
    from .chain_loyalty_membership_types_clone_response_201_balance_container_links_item import (
        ChainLoyaltyMembershipTypesCloneResponse201BalanceContainerLinksItem,
    )
    from .chain_loyalty_membership_types_clone_response_201_balance_container_links_item_category import (
        ChainLoyaltyMembershipTypesCloneResponse201BalanceContainerLinksItemCategory,
    )
    from .chain_loyalty_membership_types_clone_response_201_balance_container_links_item_category_category_type_0_item import (
        ChainLoyaltyMembershipTypesCloneResponse201BalanceContainerLinksItemCategoryCategoryType0Item,
    )
    from .chain_loyalty_membership_types_clone_response_201_balance_container_links_item_category_category_type_1 import (
        ChainLoyaltyMembershipTypesCloneResponse201BalanceContainerLinksItemCategoryCategoryType1,
    )
    from .chain_loyalty_membership_types_clone_response_201_balance_container_links_item_service import (
        ChainLoyaltyMembershipTypesCloneResponse201BalanceContainerLinksItemService,
    )
    from .chain_loyalty_membership_types_clone_response_201_balance_container_links_item_service_category import (
        ChainLoyaltyMembershipTypesCloneResponse201BalanceContainerLinksItemServiceCategory,
    )
    from .chain_loyalty_membership_types_clone_response_201_balance_container_links_item_service_category_category_type_0_item import (
        ChainLoyaltyMembershipTypesCloneResponse201BalanceContainerLinksItemServiceCategoryCategoryType0Item,
    )
    from .chain_loyalty_membership_types_clone_response_201_balance_container_links_item_service_category_category_type_1 import (
        ChainLoyaltyMembershipTypesCloneResponse201BalanceContainerLinksItemServiceCategoryCategoryType1,
    )
    from .chain_loyalty_membership_types_clone_response_201_category_type_0 import (
        ChainLoyaltyMembershipTypesCloneResponse201CategoryType0,
    )
    from .chain_loyalty_membership_types_create_body import ChainLoyaltyMembershipTypesCreateBody
    from .chain_loyalty_membership_types_create_body_autoactivation_time_unit_id import (
        ChainLoyaltyMembershipTypesCreateBodyAutoactivationTimeUnitId,
    )
    from .chain_loyalty_membership_types_create_body_availability_item import (
        ChainLoyaltyMembershipTypesCreateBodyAvailabilityItem,
    )
    from .chain_loyalty_membership_types_create_body_availability_item_intervals_item import (
        ChainLoyaltyMembershipTypesCreateBodyAvailabilityItemIntervalsItem,
    )
    from .chain_loyalty_membership_types_create_body_balance_edit_type_id import (
        ChainLoyaltyMembershipTypesCreateBodyBalanceEditTypeId,
    )
    from .chain_loyalty_membership_types_create_body_expiration_type_id import (
        ChainLoyaltyMembershipTypesCreateBodyExpirationTypeId,
    )
    from .chain_loyalty_membership_types_create_body_freeze_limit_unit_id import (
        ChainLoyaltyMembershipTypesCreateBodyFreezeLimitUnitId,
    )
    from .chain_loyalty_membership_types_create_body_period_unit_id import (
        ChainLoyaltyMembershipTypesCreateBodyPeriodUnitId,
    )
    from .chain_loyalty_membership_types_create_body_service_categories import (
        ChainLoyaltyMembershipTypesCreateBodyServiceCategories,
    )
    from .chain_loyalty_membership_types_create_body_services import ChainLoyaltyMembershipTypesCreateBodyServices
    from .chain_loyalty_membership_types_create_response_200 import ChainLoyaltyMembershipTypesCreateResponse200
    from .chain_loyalty_membership_types_create_response_200_availability_item import (
        ChainLoyaltyMembershipTypesCreateResponse200AvailabilityItem,
    )
    from .chain_loyalty_membership_types_create_response_200_availability_item_intervals_item import (
        ChainLoyaltyMembershipTypesCreateResponse200AvailabilityItemIntervalsItem,
    )
    from .chain_loyalty_membership_types_create_response_200_balance_container import (
        ChainLoyaltyMembershipTypesCreateResponse200BalanceContainer,
    )
    from .chain_loyalty_membership_types_create_response_200_balance_container_links_item import (
        ChainLoyaltyMembershipTypesCreateResponse200BalanceContainerLinksItem,
    )
    from .chain_loyalty_membership_types_create_response_200_balance_container_links_item_category import (
        ChainLoyaltyMembershipTypesCreateResponse200BalanceContainerLinksItemCategory,
    )
    from .chain_loyalty_membership_types_create_response_200_balance_container_links_item_category_category_type_0_item import (
        ChainLoyaltyMembershipTypesCreateResponse200BalanceContainerLinksItemCategoryCategoryType0Item,
    )
    from .chain_loyalty_membership_types_create_response_200_balance_container_links_item_category_category_type_1 import (
        ChainLoyaltyMembershipTypesCreateResponse200BalanceContainerLinksItemCategoryCategoryType1,
    )
    from .chain_loyalty_membership_types_create_response_200_balance_container_links_item_service import (
        ChainLoyaltyMembershipTypesCreateResponse200BalanceContainerLinksItemService,
    )
    from .chain_loyalty_membership_types_create_response_200_balance_container_links_item_service_category import (
        ChainLoyaltyMembershipTypesCreateResponse200BalanceContainerLinksItemServiceCategory,
    )
    from .chain_loyalty_membership_types_create_response_200_balance_container_links_item_service_category_category_type_0_item import (
        ChainLoyaltyMembershipTypesCreateResponse200BalanceContainerLinksItemServiceCategoryCategoryType0Item,
    )
    from .chain_loyalty_membership_types_create_response_200_balance_container_links_item_service_category_category_type_1 import (
        ChainLoyaltyMembershipTypesCreateResponse200BalanceContainerLinksItemServiceCategoryCategoryType1,
    )
    from .chain_loyalty_membership_types_create_response_200_category_type_0 import (
        ChainLoyaltyMembershipTypesCreateResponse200CategoryType0,
    )
    from .chain_loyalty_membership_types_create_response_201 import ChainLoyaltyMembershipTypesCreateResponse201
    from .chain_loyalty_membership_types_create_response_201_availability_item import (
        ChainLoyaltyMembershipTypesCreateResponse201AvailabilityItem,
    )
    from .chain_loyalty_membership_types_create_response_201_availability_item_intervals_item import (
        ChainLoyaltyMembershipTypesCreateResponse201AvailabilityItemIntervalsItem,
    )
    from .chain_loyalty_membership_types_create_response_201_balance_container import (
        ChainLoyaltyMembershipTypesCreateResponse201BalanceContainer,
    )
    from .chain_loyalty_membership_types_create_response_201_balance_container_links_item import (
        ChainLoyaltyMembershipTypesCreateResponse201BalanceContainerLinksItem,
    )
    from .chain_loyalty_membership_types_create_response_201_balance_container_links_item_category import (
        ChainLoyaltyMembershipTypesCreateResponse201BalanceContainerLinksItemCategory,
    )
    from .chain_loyalty_membership_types_create_response_201_balance_container_links_item_category_category_type_0_item import (
        ChainLoyaltyMembershipTypesCreateResponse201BalanceContainerLinksItemCategoryCategoryType0Item,
    )
    from .chain_loyalty_membership_types_create_response_201_balance_container_links_item_category_category_type_1 import (
        ChainLoyaltyMembershipTypesCreateResponse201BalanceContainerLinksItemCategoryCategoryType1,
    )
    from .chain_loyalty_membership_types_create_response_201_balance_container_links_item_service import (
        ChainLoyaltyMembershipTypesCreateResponse201BalanceContainerLinksItemService,
    )
    from .chain_loyalty_membership_types_create_response_201_balance_container_links_item_service_category import (
        ChainLoyaltyMembershipTypesCreateResponse201BalanceContainerLinksItemServiceCategory,
    )
    from .chain_loyalty_membership_types_create_response_201_balance_container_links_item_service_category_category_type_0_item import (
        ChainLoyaltyMembershipTypesCreateResponse201BalanceContainerLinksItemServiceCategoryCategoryType0Item,
    )
    from .chain_loyalty_membership_types_create_response_201_balance_container_links_item_service_category_category_type_1 import (
        ChainLoyaltyMembershipTypesCreateResponse201BalanceContainerLinksItemServiceCategoryCategoryType1,
    )
    from .chain_loyalty_membership_types_create_response_201_category_type_0 import (
        ChainLoyaltyMembershipTypesCreateResponse201CategoryType0,
    )
    from .chain_loyalty_membership_types_list_response_200_item import ChainLoyaltyMembershipTypesListResponse200Item
    from .chain_loyalty_membership_types_list_response_200_item_availability_item import (
        ChainLoyaltyMembershipTypesListResponse200ItemAvailabilityItem,
    )
    from .chain_loyalty_membership_types_list_response_200_item_availability_item_intervals_item import (
        ChainLoyaltyMembershipTypesListResponse200ItemAvailabilityItemIntervalsItem,
    )
    from .chain_loyalty_membership_types_list_response_200_item_balance_container import (
        ChainLoyaltyMembershipTypesListResponse200ItemBalanceContainer,
    )
    from .chain_loyalty_membership_types_list_response_200_item_balance_container_links_item import (
        ChainLoyaltyMembershipTypesListResponse200ItemBalanceContainerLinksItem,
    )
    from .chain_loyalty_membership_types_list_response_200_item_balance_container_links_item_category import (
        ChainLoyaltyMembershipTypesListResponse200ItemBalanceContainerLinksItemCategory,
    )
    from .chain_loyalty_membership_types_list_response_200_item_balance_container_links_item_category_category_type_0_item import (
        ChainLoyaltyMembershipTypesListResponse200ItemBalanceContainerLinksItemCategoryCategoryType0Item,
    )
    from .chain_loyalty_membership_types_list_response_200_item_balance_container_links_item_category_category_type_1 import (
        ChainLoyaltyMembershipTypesListResponse200ItemBalanceContainerLinksItemCategoryCategoryType1,
    )
    from .chain_loyalty_membership_types_list_response_200_item_balance_container_links_item_service import (
        ChainLoyaltyMembershipTypesListResponse200ItemBalanceContainerLinksItemService,
    )
    from .chain_loyalty_membership_types_list_response_200_item_balance_container_links_item_service_category import (
        ChainLoyaltyMembershipTypesListResponse200ItemBalanceContainerLinksItemServiceCategory,
    )
    from .chain_loyalty_membership_types_list_response_200_item_balance_container_links_item_service_category_category_type_0_item import (
        ChainLoyaltyMembershipTypesListResponse200ItemBalanceContainerLinksItemServiceCategoryCategoryType0Item,
    )
    from .chain_loyalty_membership_types_list_response_200_item_balance_container_links_item_service_category_category_type_1 import (
        ChainLoyaltyMembershipTypesListResponse200ItemBalanceContainerLinksItemServiceCategoryCategoryType1,
    )
    from .chain_loyalty_membership_types_list_response_200_item_category_type_0 import (
        ChainLoyaltyMembershipTypesListResponse200ItemCategoryType0,
    )
    from .chain_loyalty_membership_types_read_response_200 import ChainLoyaltyMembershipTypesReadResponse200
    from .chain_loyalty_membership_types_read_response_200_availability_item import (
        ChainLoyaltyMembershipTypesReadResponse200AvailabilityItem,
    )
    from .chain_loyalty_membership_types_read_response_200_availability_item_intervals_item import (
        ChainLoyaltyMembershipTypesReadResponse200AvailabilityItemIntervalsItem,
    )
    from .chain_loyalty_membership_types_read_response_200_balance_container import (
        ChainLoyaltyMembershipTypesReadResponse200BalanceContainer,
    )
    from .chain_loyalty_membership_types_read_response_200_balance_container_links_item import (
        ChainLoyaltyMembershipTypesReadResponse200BalanceContainerLinksItem,
    )
    from .chain_loyalty_membership_types_read_response_200_balance_container_links_item_category import (
        ChainLoyaltyMembershipTypesReadResponse200BalanceContainerLinksItemCategory,
    )
    from .chain_loyalty_membership_types_read_response_200_balance_container_links_item_category_category_type_0_item import (
        ChainLoyaltyMembershipTypesReadResponse200BalanceContainerLinksItemCategoryCategoryType0Item,
    )
    from .chain_loyalty_membership_types_read_response_200_balance_container_links_item_category_category_type_1 import (
        ChainLoyaltyMembershipTypesReadResponse200BalanceContainerLinksItemCategoryCategoryType1,
    )
    from .chain_loyalty_membership_types_read_response_200_balance_container_links_item_service import (
        ChainLoyaltyMembershipTypesReadResponse200BalanceContainerLinksItemService,
    )
    from .chain_loyalty_membership_types_read_response_200_balance_container_links_item_service_category import (
        ChainLoyaltyMembershipTypesReadResponse200BalanceContainerLinksItemServiceCategory,
    )
    from .chain_loyalty_membership_types_read_response_200_balance_container_links_item_service_category_category_type_0_item import (
        ChainLoyaltyMembershipTypesReadResponse200BalanceContainerLinksItemServiceCategoryCategoryType0Item,
    )
    from .chain_loyalty_membership_types_read_response_200_balance_container_links_item_service_category_category_type_1 import (
        ChainLoyaltyMembershipTypesReadResponse200BalanceContainerLinksItemServiceCategoryCategoryType1,
    )
    from .chain_loyalty_membership_types_read_response_200_category_type_0 import (
        ChainLoyaltyMembershipTypesReadResponse200CategoryType0,
    )
    from .chain_loyalty_membership_types_restore_body import ChainLoyaltyMembershipTypesRestoreBody
    from .chain_loyalty_membership_types_update_body import ChainLoyaltyMembershipTypesUpdateBody
    from .chain_loyalty_membership_types_update_body_autoactivation_time_unit_id import (
        ChainLoyaltyMembershipTypesUpdateBodyAutoactivationTimeUnitId,
    )
    from .chain_loyalty_membership_types_update_body_availability_item import (
        ChainLoyaltyMembershipTypesUpdateBodyAvailabilityItem,
    )
    from .chain_loyalty_membership_types_update_body_availability_item_intervals_item import (
        ChainLoyaltyMembershipTypesUpdateBodyAvailabilityItemIntervalsItem,
    )
    from .chain_loyalty_membership_types_update_body_balance_edit_type_id import (
        ChainLoyaltyMembershipTypesUpdateBodyBalanceEditTypeId,
    )
    from .chain_loyalty_membership_types_update_body_expiration_type_id import (
        ChainLoyaltyMembershipTypesUpdateBodyExpirationTypeId,
    )
    from .chain_loyalty_membership_types_update_body_freeze_limit_unit_id import (
        ChainLoyaltyMembershipTypesUpdateBodyFreezeLimitUnitId,
    )
    from .chain_loyalty_membership_types_update_body_period_unit_id import (
        ChainLoyaltyMembershipTypesUpdateBodyPeriodUnitId,
    )
    from .chain_loyalty_membership_types_update_response_200 import ChainLoyaltyMembershipTypesUpdateResponse200
    from .chain_loyalty_membership_types_update_response_200_availability_item import (
        ChainLoyaltyMembershipTypesUpdateResponse200AvailabilityItem,
    )
    from .chain_loyalty_membership_types_update_response_200_availability_item_intervals_item import (
        ChainLoyaltyMembershipTypesUpdateResponse200AvailabilityItemIntervalsItem,
    )
    from .chain_loyalty_membership_types_update_response_200_balance_container import (
        ChainLoyaltyMembershipTypesUpdateResponse200BalanceContainer,
    )
    from .chain_loyalty_membership_types_update_response_200_balance_container_links_item import (
        ChainLoyaltyMembershipTypesUpdateResponse200BalanceContainerLinksItem,
    )
    from .chain_loyalty_membership_types_update_response_200_balance_container_links_item_category import (
        ChainLoyaltyMembershipTypesUpdateResponse200BalanceContainerLinksItemCategory,
    )
    from .chain_loyalty_membership_types_update_response_200_balance_container_links_item_category_category_type_0_item import (
        ChainLoyaltyMembershipTypesUpdateResponse200BalanceContainerLinksItemCategoryCategoryType0Item,
    )
    from .chain_loyalty_membership_types_update_response_200_balance_container_links_item_category_category_type_1 import (
        ChainLoyaltyMembershipTypesUpdateResponse200BalanceContainerLinksItemCategoryCategoryType1,
    )
    from .chain_loyalty_membership_types_update_response_200_balance_container_links_item_service import (
        ChainLoyaltyMembershipTypesUpdateResponse200BalanceContainerLinksItemService,
    )
    from .chain_loyalty_membership_types_update_response_200_balance_container_links_item_service_category import (
        ChainLoyaltyMembershipTypesUpdateResponse200BalanceContainerLinksItemServiceCategory,
    )
    from .chain_loyalty_membership_types_update_response_200_balance_container_links_item_service_category_category_type_0_item import (
        ChainLoyaltyMembershipTypesUpdateResponse200BalanceContainerLinksItemServiceCategoryCategoryType0Item,
    )
    from .chain_loyalty_membership_types_update_response_200_balance_container_links_item_service_category_category_type_1 import (
        ChainLoyaltyMembershipTypesUpdateResponse200BalanceContainerLinksItemServiceCategoryCategoryType1,
    )
    from .chain_loyalty_membership_types_update_response_200_category_type_0 import (
        ChainLoyaltyMembershipTypesUpdateResponse200CategoryType0,
    )
    from .chain_loyalty_memberships_freeze_body import ChainLoyaltyMembershipsFreezeBody
    from .chain_loyalty_memberships_freeze_response_200 import ChainLoyaltyMembershipsFreezeResponse200
    from .chain_loyalty_memberships_set_balance_body import ChainLoyaltyMembershipsSetBalanceBody
    from .chain_loyalty_memberships_set_balance_body_services_balance_count_item import (
        ChainLoyaltyMembershipsSetBalanceBodyServicesBalanceCountItem,
    )
    from .chain_loyalty_memberships_set_balance_response_200 import ChainLoyaltyMembershipsSetBalanceResponse200
    from .chain_loyalty_memberships_set_balance_response_200_balance_container import (
        ChainLoyaltyMembershipsSetBalanceResponse200BalanceContainer,
    )
    from .chain_loyalty_memberships_set_period_body import ChainLoyaltyMembershipsSetPeriodBody
    from .chain_loyalty_memberships_set_period_body_period_unit_id import (
        ChainLoyaltyMembershipsSetPeriodBodyPeriodUnitId,
    )
    from .chain_loyalty_memberships_set_period_response_200 import ChainLoyaltyMembershipsSetPeriodResponse200
    from .chain_loyalty_memberships_unfreeze_body import ChainLoyaltyMembershipsUnfreezeBody
    from .chain_loyalty_memberships_unfreeze_response_200 import ChainLoyaltyMembershipsUnfreezeResponse200
    from .check_memberships_for_event_response_200 import CheckMembershipsForEventResponse200
    from .check_memberships_for_event_response_200_data import CheckMembershipsForEventResponse200Data
    from .check_memberships_for_event_response_200_data_attributes import (
        CheckMembershipsForEventResponse200DataAttributes,
    )
    from .client_event import ClientEvent
    from .client_event_resource import ClientEventResource
    from .client_event_status import ClientEventStatus
    from .company import Company
    from .connect_integration import ConnectIntegration
    from .copy_user_permissions_to_locations_body import CopyUserPermissionsToLocationsBody
    from .copy_user_permissions_to_locations_body_user_company_links_item import (
        CopyUserPermissionsToLocationsBodyUserCompanyLinksItem,
    )
    from .copy_user_permissions_to_locations_response_200_type_0 import CopyUserPermissionsToLocationsResponse200Type0
    from .create_appointment_response_201_item import CreateAppointmentResponse201Item
    from .create_appointment_response_201_item_client_type_0 import CreateAppointmentResponse201ItemClientType0
    from .create_appointment_response_201_item_client_type_0_client_tags_item import (
        CreateAppointmentResponse201ItemClientType0ClientTagsItem,
    )
    from .create_appointment_response_201_item_client_type_0_custom_fields_item import (
        CreateAppointmentResponse201ItemClientType0CustomFieldsItem,
    )
    from .create_appointment_response_201_item_consumables_item import CreateAppointmentResponse201ItemConsumablesItem
    from .create_appointment_response_201_item_custom_fields_type_0 import (
        CreateAppointmentResponse201ItemCustomFieldsType0,
    )
    from .create_appointment_response_201_item_documents_item import CreateAppointmentResponse201ItemDocumentsItem
    from .create_appointment_response_201_item_finance_transactions_item import (
        CreateAppointmentResponse201ItemFinanceTransactionsItem,
    )
    from .create_appointment_response_201_item_goods_transactions_item import (
        CreateAppointmentResponse201ItemGoodsTransactionsItem,
    )
    from .create_appointment_response_201_item_record_labels_item import (
        CreateAppointmentResponse201ItemRecordLabelsItem,
    )
    from .create_appointment_response_201_item_services_item import CreateAppointmentResponse201ItemServicesItem
    from .create_appointment_response_201_item_services_item_assistants_type_0_item import (
        CreateAppointmentResponse201ItemServicesItemAssistantsType0Item,
    )
    from .create_appointment_response_201_item_staff import CreateAppointmentResponse201ItemStaff
    from .create_appointment_response_201_item_staff_position import CreateAppointmentResponse201ItemStaffPosition
    from .create_booking_widget_body import CreateBookingWidgetBody
    from .create_booking_widget_body_button_position import CreateBookingWidgetBodyButtonPosition
    from .create_booking_widget_body_form_position import CreateBookingWidgetBodyFormPosition
    from .create_booking_widget_response_201 import CreateBookingWidgetResponse201
    from .create_booking_widget_response_201_header_images_type_0 import CreateBookingWidgetResponse201HeaderImagesType0
    from .create_chain_loyalty_card_transaction_body import CreateChainLoyaltyCardTransactionBody
    from .create_chain_loyalty_card_transaction_response_200 import CreateChainLoyaltyCardTransactionResponse200
    from .create_chain_loyalty_program_body import CreateChainLoyaltyProgramBody
    from .create_chain_loyalty_program_body_expiration_timeout_unit import (
        CreateChainLoyaltyProgramBodyExpirationTimeoutUnit,
    )
    from .create_chain_loyalty_program_body_good_item_type import CreateChainLoyaltyProgramBodyGoodItemType
    from .create_chain_loyalty_program_body_params_source_type import CreateChainLoyaltyProgramBodyParamsSourceType
    from .create_chain_loyalty_program_body_service_item_type import CreateChainLoyaltyProgramBodyServiceItemType
    from .create_chain_loyalty_program_body_type import CreateChainLoyaltyProgramBodyType
    from .create_chain_loyalty_program_body_value_unit import CreateChainLoyaltyProgramBodyValueUnit
    from .create_chain_loyalty_program_include import CreateChainLoyaltyProgramInclude
    from .create_chain_loyalty_program_response_200 import CreateChainLoyaltyProgramResponse200
    from .create_chain_loyalty_program_response_200_expiration_timeout_unit import (
        CreateChainLoyaltyProgramResponse200ExpirationTimeoutUnit,
    )
    from .create_chain_loyalty_program_response_200_good_item_type import (
        CreateChainLoyaltyProgramResponse200GoodItemType,
    )
    from .create_chain_loyalty_program_response_200_params_source_type import (
        CreateChainLoyaltyProgramResponse200ParamsSourceType,
    )
    from .create_chain_loyalty_program_response_200_service_item_type import (
        CreateChainLoyaltyProgramResponse200ServiceItemType,
    )
    from .create_chain_loyalty_program_response_200_type import CreateChainLoyaltyProgramResponse200Type
    from .create_chain_loyalty_program_response_200_value_unit import CreateChainLoyaltyProgramResponse200ValueUnit
    from .create_client_account_topup_operation_body import CreateClientAccountTopupOperationBody
    from .create_client_account_topup_operation_response_200 import CreateClientAccountTopupOperationResponse200
    from .create_client_account_topup_operation_response_200_deposits_transactions_item import (
        CreateClientAccountTopupOperationResponse200DepositsTransactionsItem,
    )
    from .create_client_account_topup_operation_response_200_deposits_transactions_item_deposit import (
        CreateClientAccountTopupOperationResponse200DepositsTransactionsItemDeposit,
    )
    from .create_client_account_topup_operation_response_200_deposits_transactions_item_deposit_type import (
        CreateClientAccountTopupOperationResponse200DepositsTransactionsItemDepositType,
    )
    from .create_client_account_topup_operation_response_200_document import (
        CreateClientAccountTopupOperationResponse200Document,
    )
    from .create_client_account_topup_operation_response_200_document_salon import (
        CreateClientAccountTopupOperationResponse200DocumentSalon,
    )
    from .create_client_account_topup_operation_response_200_document_type import (
        CreateClientAccountTopupOperationResponse200DocumentType,
    )
    from .create_client_account_topup_operation_response_200_document_user import (
        CreateClientAccountTopupOperationResponse200DocumentUser,
    )
    from .create_client_account_topup_operation_response_200_payment_transactions_item import (
        CreateClientAccountTopupOperationResponse200PaymentTransactionsItem,
    )
    from .create_client_account_topup_operation_response_200_payment_transactions_item_type import (
        CreateClientAccountTopupOperationResponse200PaymentTransactionsItemType,
    )
    from .create_client_body import CreateClientBody
    from .create_client_body_categories_type_0 import CreateClientBodyCategoriesType0
    from .create_client_body_custom_fields import CreateClientBodyCustomFields
    from .create_client_comment_body import CreateClientCommentBody
    from .create_client_comment_response_201 import CreateClientCommentResponse201
    from .create_client_comment_response_201_type import CreateClientCommentResponse201Type
    from .create_custom_field_body import CreateCustomFieldBody
    from .create_custom_field_response_200 import CreateCustomFieldResponse200
    from .create_custom_field_response_200_custom_field import CreateCustomFieldResponse200CustomField
    from .create_custom_field_response_200_custom_field_type import CreateCustomFieldResponse200CustomFieldType
    from .create_document_body import CreateDocumentBody
    from .create_document_response_200 import CreateDocumentResponse200
    from .create_document_response_200_company import CreateDocumentResponse200Company
    from .create_document_response_200_company_phones_item import CreateDocumentResponse200CompanyPhonesItem
    from .create_document_response_200_storage import CreateDocumentResponse200Storage
    from .create_document_response_200_type import CreateDocumentResponse200Type
    from .create_document_response_200_user import CreateDocumentResponse200User
    from .create_event_body import CreateEventBody
    from .create_event_duplication_strategy_body import CreateEventDuplicationStrategyBody
    from .create_event_duplication_strategy_body_days_item import CreateEventDuplicationStrategyBodyDaysItem
    from .create_event_response_200 import CreateEventResponse200
    from .create_event_response_200_duration_details import CreateEventResponse200DurationDetails
    from .create_event_response_200_labels_item import CreateEventResponse200LabelsItem
    from .create_event_response_200_resource_instances_item import CreateEventResponse200ResourceInstancesItem
    from .create_event_response_200_service import CreateEventResponse200Service
    from .create_event_response_200_staff import CreateEventResponse200Staff
    from .create_financial_transaction_body import CreateFinancialTransactionBody
    from .create_financial_transaction_response_200 import CreateFinancialTransactionResponse200
    from .create_financial_transaction_response_200_account import CreateFinancialTransactionResponse200Account
    from .create_financial_transaction_response_200_client import CreateFinancialTransactionResponse200Client
    from .create_financial_transaction_response_200_expense import CreateFinancialTransactionResponse200Expense
    from .create_financial_transaction_response_200_master import CreateFinancialTransactionResponse200Master
    from .create_financial_transaction_response_200_supplier_item import (
        CreateFinancialTransactionResponse200SupplierItem,
    )
    from .create_inventory_operation_body import CreateInventoryOperationBody
    from .create_inventory_operation_body_goods_transactions_item import (
        CreateInventoryOperationBodyGoodsTransactionsItem,
    )
    from .create_inventory_operation_response_200 import CreateInventoryOperationResponse200
    from .create_inventory_operation_response_200_document import CreateInventoryOperationResponse200Document
    from .create_inventory_operation_response_200_document_company import (
        CreateInventoryOperationResponse200DocumentCompany,
    )
    from .create_inventory_operation_response_200_document_company_phones_item import (
        CreateInventoryOperationResponse200DocumentCompanyPhonesItem,
    )
    from .create_inventory_operation_response_200_document_storage import (
        CreateInventoryOperationResponse200DocumentStorage,
    )
    from .create_inventory_operation_response_200_document_type import CreateInventoryOperationResponse200DocumentType
    from .create_inventory_operation_response_200_document_user import CreateInventoryOperationResponse200DocumentUser
    from .create_inventory_operation_response_200_transactions_item import (
        CreateInventoryOperationResponse200TransactionsItem,
    )
    from .create_inventory_operation_response_200_transactions_item_client_item import (
        CreateInventoryOperationResponse200TransactionsItemClientItem,
    )
    from .create_inventory_operation_response_200_transactions_item_good import (
        CreateInventoryOperationResponse200TransactionsItemGood,
    )
    from .create_inventory_operation_response_200_transactions_item_master_item import (
        CreateInventoryOperationResponse200TransactionsItemMasterItem,
    )
    from .create_inventory_operation_response_200_transactions_item_storage import (
        CreateInventoryOperationResponse200TransactionsItemStorage,
    )
    from .create_inventory_operation_response_200_transactions_item_supplier_item import (
        CreateInventoryOperationResponse200TransactionsItemSupplierItem,
    )
    from .create_inventory_operation_response_200_transactions_item_type import (
        CreateInventoryOperationResponse200TransactionsItemType,
    )
    from .create_inventory_operation_response_200_transactions_item_unit import (
        CreateInventoryOperationResponse200TransactionsItemUnit,
    )
    from .create_location_body import CreateLocationBody
    from .create_location_response_201 import CreateLocationResponse201
    from .create_loyalty_card_transaction_body import CreateLoyaltyCardTransactionBody
    from .create_loyalty_card_transaction_response_200 import CreateLoyaltyCardTransactionResponse200
    from .create_online_booking_body import CreateOnlineBookingBody
    from .create_online_booking_body_appointments_item import CreateOnlineBookingBodyAppointmentsItem
    from .create_online_booking_body_appointments_item_custom_fields import (
        CreateOnlineBookingBodyAppointmentsItemCustomFields,
    )
    from .create_online_booking_response_201_item import CreateOnlineBookingResponse201Item
    from .create_payment_with_loyalty_methods_response_200 import CreatePaymentWithLoyaltyMethodsResponse200
    from .create_payment_with_loyalty_methods_response_200_kkm_state import (
        CreatePaymentWithLoyaltyMethodsResponse200KkmState,
    )
    from .create_payment_with_loyalty_methods_response_200_kkm_state_transactions_item import (
        CreatePaymentWithLoyaltyMethodsResponse200KkmStateTransactionsItem,
    )
    from .create_payment_with_loyalty_methods_response_200_kkm_state_transactions_item_cashier import (
        CreatePaymentWithLoyaltyMethodsResponse200KkmStateTransactionsItemCashier,
    )
    from .create_payment_with_loyalty_methods_response_200_kkm_state_transactions_item_document import (
        CreatePaymentWithLoyaltyMethodsResponse200KkmStateTransactionsItemDocument,
    )
    from .create_payment_with_loyalty_methods_response_200_kkm_state_transactions_item_status import (
        CreatePaymentWithLoyaltyMethodsResponse200KkmStateTransactionsItemStatus,
    )
    from .create_payment_with_loyalty_methods_response_200_kkm_state_transactions_item_type import (
        CreatePaymentWithLoyaltyMethodsResponse200KkmStateTransactionsItemType,
    )
    from .create_payment_with_loyalty_methods_response_200_payment_methods_item import (
        CreatePaymentWithLoyaltyMethodsResponse200PaymentMethodsItem,
    )
    from .create_payment_with_loyalty_methods_response_200_payment_methods_item_account import (
        CreatePaymentWithLoyaltyMethodsResponse200PaymentMethodsItemAccount,
    )
    from .create_payment_with_loyalty_methods_response_200_state import CreatePaymentWithLoyaltyMethodsResponse200State
    from .create_payment_with_loyalty_methods_response_200_state_items_item import (
        CreatePaymentWithLoyaltyMethodsResponse200StateItemsItem,
    )
    from .create_payment_with_loyalty_methods_response_200_state_loyalty_transactions_item import (
        CreatePaymentWithLoyaltyMethodsResponse200StateLoyaltyTransactionsItem,
    )
    from .create_payment_with_loyalty_methods_response_200_state_loyalty_transactions_item_chain import (
        CreatePaymentWithLoyaltyMethodsResponse200StateLoyaltyTransactionsItemChain,
    )
    from .create_payment_with_loyalty_methods_response_200_state_loyalty_transactions_item_deposit import (
        CreatePaymentWithLoyaltyMethodsResponse200StateLoyaltyTransactionsItemDeposit,
    )
    from .create_payment_with_loyalty_methods_response_200_state_loyalty_transactions_item_deposit_type import (
        CreatePaymentWithLoyaltyMethodsResponse200StateLoyaltyTransactionsItemDepositType,
    )
    from .create_payment_with_loyalty_methods_response_200_state_loyalty_transactions_item_type import (
        CreatePaymentWithLoyaltyMethodsResponse200StateLoyaltyTransactionsItemType,
    )
    from .create_payment_with_loyalty_methods_response_200_state_payment_transactions_item import (
        CreatePaymentWithLoyaltyMethodsResponse200StatePaymentTransactionsItem,
    )
    from .create_payment_with_loyalty_methods_response_200_state_payment_transactions_item_account import (
        CreatePaymentWithLoyaltyMethodsResponse200StatePaymentTransactionsItemAccount,
    )
    from .create_payment_with_loyalty_methods_response_200_state_payment_transactions_item_expense import (
        CreatePaymentWithLoyaltyMethodsResponse200StatePaymentTransactionsItemExpense,
    )
    from .create_position_quick_body import CreatePositionQuickBody
    from .create_position_quick_response_201 import CreatePositionQuickResponse201
    from .create_position_quick_response_201_services_binding_type import (
        CreatePositionQuickResponse201ServicesBindingType,
    )
    from .create_product_body import CreateProductBody
    from .create_product_category_body import CreateProductCategoryBody
    from .create_product_category_response_201 import CreateProductCategoryResponse201
    from .create_product_response_201_item import CreateProductResponse201Item
    from .create_product_response_201_item_actual_amounts_item import CreateProductResponse201ItemActualAmountsItem
    from .create_service_body import CreateServiceBody
    from .create_service_body_staff_item import CreateServiceBodyStaffItem
    from .create_service_category_body import CreateServiceCategoryBody
    from .create_service_category_response_201 import CreateServiceCategoryResponse201
    from .create_service_response_201 import CreateServiceResponse201
    from .create_service_response_201_staff_item import CreateServiceResponse201StaffItem
    from .create_tag_response_200 import CreateTagResponse200
    from .create_team_member_quick_body import CreateTeamMemberQuickBody
    from .create_team_member_quick_response_201 import CreateTeamMemberQuickResponse201
    from .create_timetable_client_schedule_body import CreateTimetableClientScheduleBody
    from .create_timetable_client_schedule_response_201 import CreateTimetableClientScheduleResponse201
    from .create_timetable_event_schedule_body import CreateTimetableEventScheduleBody
    from .create_timetable_event_schedule_body_days_item import CreateTimetableEventScheduleBodyDaysItem
    from .create_timetable_event_schedule_body_days_item_day_of_week import (
        CreateTimetableEventScheduleBodyDaysItemDayOfWeek,
    )
    from .create_timetable_event_schedule_body_original_entity_type import (
        CreateTimetableEventScheduleBodyOriginalEntityType,
    )
    from .create_timetable_event_schedule_include_item import CreateTimetableEventScheduleIncludeItem
    from .create_timetable_event_schedule_response_201 import CreateTimetableEventScheduleResponse201
    from .create_timetable_event_schedule_response_201_original_entity_type import (
        CreateTimetableEventScheduleResponse201OriginalEntityType,
    )
    from .create_timetable_schedule_day_body import CreateTimetableScheduleDayBody
    from .create_timetable_schedule_day_body_day_of_week import CreateTimetableScheduleDayBodyDayOfWeek
    from .create_timetable_schedule_day_include_item import CreateTimetableScheduleDayIncludeItem
    from .create_timetable_schedule_day_response_201 import CreateTimetableScheduleDayResponse201
    from .create_timetable_schedule_day_response_201_day_of_week import CreateTimetableScheduleDayResponse201DayOfWeek
    from .create_transaction_body import CreateTransactionBody
    from .create_transaction_response_200 import CreateTransactionResponse200
    from .create_transaction_response_200_client_type_0_item import CreateTransactionResponse200ClientType0Item
    from .create_transaction_response_200_client_type_1 import CreateTransactionResponse200ClientType1
    from .create_transaction_response_200_good import CreateTransactionResponse200Good
    from .create_transaction_response_200_good_actual_amounts_item import (
        CreateTransactionResponse200GoodActualAmountsItem,
    )
    from .create_transaction_response_200_good_loyalty_certificate_type_type_0 import (
        CreateTransactionResponse200GoodLoyaltyCertificateTypeType0,
    )
    from .create_transaction_response_200_goods_marks_item import CreateTransactionResponse200GoodsMarksItem
    from .create_transaction_response_200_master_type_0_item import CreateTransactionResponse200MasterType0Item
    from .create_transaction_response_200_master_type_1 import CreateTransactionResponse200MasterType1
    from .create_transaction_response_200_sale_unit_type_0 import CreateTransactionResponse200SaleUnitType0
    from .create_transaction_response_200_service_unit_type_0 import CreateTransactionResponse200ServiceUnitType0
    from .create_transaction_response_200_storage import CreateTransactionResponse200Storage
    from .create_transaction_response_200_supplier_item import CreateTransactionResponse200SupplierItem
    from .create_transaction_response_200_type import CreateTransactionResponse200Type
    from .create_transaction_response_200_unit import CreateTransactionResponse200Unit
    from .create_user_invitation_body import CreateUserInvitationBody
    from .create_user_invitation_body_invites_item import CreateUserInvitationBodyInvitesItem
    from .create_user_invitation_body_invites_item_user_role import CreateUserInvitationBodyInvitesItemUserRole
    from .currency import Currency
    from .delete_chain_loyalty_program_include import DeleteChainLoyaltyProgramInclude
    from .delete_client_comment_response_204_type_0 import DeleteClientCommentResponse204Type0
    from .delete_custom_field_response_200_item import DeleteCustomFieldResponse200Item
    from .delete_custom_field_response_200_item_custom_field import DeleteCustomFieldResponse200ItemCustomField
    from .delete_custom_field_response_200_item_custom_field_type import DeleteCustomFieldResponse200ItemCustomFieldType
    from .delete_image_body import DeleteImageBody
    from .delete_location_account_payment_response_200 import DeleteLocationAccountPaymentResponse200
    from .delete_location_account_payment_response_200_kkm_state import DeleteLocationAccountPaymentResponse200KkmState
    from .delete_location_account_payment_response_200_kkm_state_transactions_item import (
        DeleteLocationAccountPaymentResponse200KkmStateTransactionsItem,
    )
    from .delete_location_account_payment_response_200_kkm_state_transactions_item_cashier import (
        DeleteLocationAccountPaymentResponse200KkmStateTransactionsItemCashier,
    )
    from .delete_location_account_payment_response_200_kkm_state_transactions_item_document import (
        DeleteLocationAccountPaymentResponse200KkmStateTransactionsItemDocument,
    )
    from .delete_location_account_payment_response_200_kkm_state_transactions_item_status import (
        DeleteLocationAccountPaymentResponse200KkmStateTransactionsItemStatus,
    )
    from .delete_location_account_payment_response_200_kkm_state_transactions_item_type import (
        DeleteLocationAccountPaymentResponse200KkmStateTransactionsItemType,
    )
    from .delete_location_account_payment_response_200_payment_methods_item import (
        DeleteLocationAccountPaymentResponse200PaymentMethodsItem,
    )
    from .delete_location_account_payment_response_200_payment_methods_item_account import (
        DeleteLocationAccountPaymentResponse200PaymentMethodsItemAccount,
    )
    from .delete_location_account_payment_response_200_state import DeleteLocationAccountPaymentResponse200State
    from .delete_location_account_payment_response_200_state_items_item import (
        DeleteLocationAccountPaymentResponse200StateItemsItem,
    )
    from .delete_location_account_payment_response_200_state_loyalty_transactions_item import (
        DeleteLocationAccountPaymentResponse200StateLoyaltyTransactionsItem,
    )
    from .delete_location_account_payment_response_200_state_loyalty_transactions_item_chain import (
        DeleteLocationAccountPaymentResponse200StateLoyaltyTransactionsItemChain,
    )
    from .delete_location_account_payment_response_200_state_loyalty_transactions_item_deposit import (
        DeleteLocationAccountPaymentResponse200StateLoyaltyTransactionsItemDeposit,
    )
    from .delete_location_account_payment_response_200_state_loyalty_transactions_item_deposit_type import (
        DeleteLocationAccountPaymentResponse200StateLoyaltyTransactionsItemDepositType,
    )
    from .delete_location_account_payment_response_200_state_loyalty_transactions_item_type import (
        DeleteLocationAccountPaymentResponse200StateLoyaltyTransactionsItemType,
    )
    from .delete_location_account_payment_response_200_state_payment_transactions_item import (
        DeleteLocationAccountPaymentResponse200StatePaymentTransactionsItem,
    )
    from .delete_location_account_payment_response_200_state_payment_transactions_item_account import (
        DeleteLocationAccountPaymentResponse200StatePaymentTransactionsItemAccount,
    )
    from .delete_location_account_payment_response_200_state_payment_transactions_item_expense import (
        DeleteLocationAccountPaymentResponse200StatePaymentTransactionsItemExpense,
    )
    from .delete_loyalty_payment_transaction_response_200 import DeleteLoyaltyPaymentTransactionResponse200
    from .delete_loyalty_payment_transaction_response_200_kkm_state import (
        DeleteLoyaltyPaymentTransactionResponse200KkmState,
    )
    from .delete_loyalty_payment_transaction_response_200_kkm_state_transactions_item import (
        DeleteLoyaltyPaymentTransactionResponse200KkmStateTransactionsItem,
    )
    from .delete_loyalty_payment_transaction_response_200_kkm_state_transactions_item_cashier import (
        DeleteLoyaltyPaymentTransactionResponse200KkmStateTransactionsItemCashier,
    )
    from .delete_loyalty_payment_transaction_response_200_kkm_state_transactions_item_document import (
        DeleteLoyaltyPaymentTransactionResponse200KkmStateTransactionsItemDocument,
    )
    from .delete_loyalty_payment_transaction_response_200_kkm_state_transactions_item_status import (
        DeleteLoyaltyPaymentTransactionResponse200KkmStateTransactionsItemStatus,
    )
    from .delete_loyalty_payment_transaction_response_200_kkm_state_transactions_item_type import (
        DeleteLoyaltyPaymentTransactionResponse200KkmStateTransactionsItemType,
    )
    from .delete_loyalty_payment_transaction_response_200_payment_methods_item import (
        DeleteLoyaltyPaymentTransactionResponse200PaymentMethodsItem,
    )
    from .delete_loyalty_payment_transaction_response_200_payment_methods_item_account import (
        DeleteLoyaltyPaymentTransactionResponse200PaymentMethodsItemAccount,
    )
    from .delete_loyalty_payment_transaction_response_200_state import DeleteLoyaltyPaymentTransactionResponse200State
    from .delete_loyalty_payment_transaction_response_200_state_items_item import (
        DeleteLoyaltyPaymentTransactionResponse200StateItemsItem,
    )
    from .delete_loyalty_payment_transaction_response_200_state_loyalty_transactions_item import (
        DeleteLoyaltyPaymentTransactionResponse200StateLoyaltyTransactionsItem,
    )
    from .delete_loyalty_payment_transaction_response_200_state_loyalty_transactions_item_chain import (
        DeleteLoyaltyPaymentTransactionResponse200StateLoyaltyTransactionsItemChain,
    )
    from .delete_loyalty_payment_transaction_response_200_state_loyalty_transactions_item_deposit import (
        DeleteLoyaltyPaymentTransactionResponse200StateLoyaltyTransactionsItemDeposit,
    )
    from .delete_loyalty_payment_transaction_response_200_state_loyalty_transactions_item_deposit_type import (
        DeleteLoyaltyPaymentTransactionResponse200StateLoyaltyTransactionsItemDepositType,
    )
    from .delete_loyalty_payment_transaction_response_200_state_loyalty_transactions_item_type import (
        DeleteLoyaltyPaymentTransactionResponse200StateLoyaltyTransactionsItemType,
    )
    from .delete_loyalty_payment_transaction_response_200_state_payment_transactions_item import (
        DeleteLoyaltyPaymentTransactionResponse200StatePaymentTransactionsItem,
    )
    from .delete_loyalty_payment_transaction_response_200_state_payment_transactions_item_account import (
        DeleteLoyaltyPaymentTransactionResponse200StatePaymentTransactionsItemAccount,
    )
    from .delete_loyalty_payment_transaction_response_200_state_payment_transactions_item_expense import (
        DeleteLoyaltyPaymentTransactionResponse200StatePaymentTransactionsItemExpense,
    )
    from .delete_timetable_client_schedule_response_204_type_0 import DeleteTimetableClientScheduleResponse204Type0
    from .delete_timetable_event_schedule_response_204_type_0 import DeleteTimetableEventScheduleResponse204Type0
    from .delete_timetable_schedule_day_response_204_type_0 import DeleteTimetableScheduleDayResponse204Type0
    from .deprecated_create_team_member_body import DeprecatedCreateTeamMemberBody
    from .deprecated_create_team_member_response_201 import DeprecatedCreateTeamMemberResponse201
    from .deprecated_create_team_member_response_201_position_type_0 import (
        DeprecatedCreateTeamMemberResponse201PositionType0,
    )
    from .deprecated_get_client_list_response_200_item import DeprecatedGetClientListResponse200Item
    from .deprecated_get_client_list_response_200_item_categories_item import (
        DeprecatedGetClientListResponse200ItemCategoriesItem,
    )
    from .deprecated_get_client_list_response_200_item_custom_fields import (
        DeprecatedGetClientListResponse200ItemCustomFields,
    )
    from .deprecated_get_location_users_response_200_item import DeprecatedGetLocationUsersResponse200Item
    from .deprecated_get_location_users_response_200_item_access import DeprecatedGetLocationUsersResponse200ItemAccess
    from .deprecated_get_product_category_list_response_200_item import DeprecatedGetProductCategoryListResponse200Item
    from .deprecated_get_service_category_list_response_200_item import DeprecatedGetServiceCategoryListResponse200Item
    from .deprecated_get_service_list_by_id_response_200_item import DeprecatedGetServiceListByIdResponse200Item
    from .deprecated_get_service_list_by_id_response_200_item_staff_item import (
        DeprecatedGetServiceListByIdResponse200ItemStaffItem,
    )
    from .deprecated_update_service_by_id_body import DeprecatedUpdateServiceByIdBody
    from .deprecated_update_service_by_id_body_staff_item import DeprecatedUpdateServiceByIdBodyStaffItem
    from .deprecated_update_service_by_id_response_200 import DeprecatedUpdateServiceByIdResponse200
    from .deprecated_update_service_by_id_response_200_staff_item import DeprecatedUpdateServiceByIdResponse200StaffItem
    from .deprecated_update_service_by_id_response_201 import DeprecatedUpdateServiceByIdResponse201
    from .deprecated_update_service_by_id_response_201_staff_item import DeprecatedUpdateServiceByIdResponse201StaffItem
    from .disable_integration import DisableIntegration
    from .disable_team_member_tips_response_200_item import DisableTeamMemberTipsResponse200Item
    from .disable_team_member_tips_response_200_item_staff import DisableTeamMemberTipsResponse200ItemStaff
    from .disable_team_member_tips_response_200_item_staff_employee import (
        DisableTeamMemberTipsResponse200ItemStaffEmployee,
    )
    from .disable_team_member_tips_response_200_item_staff_position import (
        DisableTeamMemberTipsResponse200ItemStaffPosition,
    )
    from .disable_team_member_tips_response_200_item_staff_user import DisableTeamMemberTipsResponse200ItemStaffUser
    from .duplicate_event_body import DuplicateEventBody
    from .enable_team_member_tips_response_200_item import EnableTeamMemberTipsResponse200Item
    from .enable_team_member_tips_response_200_item_staff import EnableTeamMemberTipsResponse200ItemStaff
    from .enable_team_member_tips_response_200_item_staff_employee import (
        EnableTeamMemberTipsResponse200ItemStaffEmployee,
    )
    from .enable_team_member_tips_response_200_item_staff_position import (
        EnableTeamMemberTipsResponse200ItemStaffPosition,
    )
    from .enable_team_member_tips_response_200_item_staff_user import EnableTeamMemberTipsResponse200ItemStaffUser
    from .event_in_a_schedule import EventInASchedule
    from .event_in_a_schedule_event_entity_type import EventInAScheduleEventEntityType
    from .event_in_a_schedule_event_status import EventInAScheduleEventStatus
    from .financial_operation_event import FinancialOperationEvent
    from .financial_operation_event_resource import FinancialOperationEventResource
    from .financial_operation_event_status import FinancialOperationEventStatus
    from .fiscalization_request_data_types import FiscalizationRequestDataTypes
    from .fiscalization_request_data_types_cashier import FiscalizationRequestDataTypesCashier
    from .fiscalization_request_data_types_customer import FiscalizationRequestDataTypesCustomer
    from .fiscalization_request_data_types_payments_item import FiscalizationRequestDataTypesPaymentsItem
    from .fiscalization_request_data_types_pos import FiscalizationRequestDataTypesPos
    from .fiscalization_request_data_types_positions_item import FiscalizationRequestDataTypesPositionsItem
    from .fiscalization_request_data_types_type import FiscalizationRequestDataTypesType
    from .generate_loyalty_code_response_200 import GenerateLoyaltyCodeResponse200
    from .generate_loyalty_code_response_200_meta_item import GenerateLoyaltyCodeResponse200MetaItem
    from .get_account_list_response_200_item import GetAccountListResponse200Item
    from .get_appointment_analytics_by_source_response_200_item import GetAppointmentAnalyticsBySourceResponse200Item
    from .get_appointment_analytics_by_status_response_200_item import GetAppointmentAnalyticsByStatusResponse200Item
    from .get_appointment_calendar_sessions_response_200_item import GetAppointmentCalendarSessionsResponse200Item
    from .get_appointment_calendar_settings_response_200 import GetAppointmentCalendarSettingsResponse200
    from .get_appointment_consumables_response_200_item import GetAppointmentConsumablesResponse200Item
    from .get_appointment_consumables_response_200_item_consumables_item import (
        GetAppointmentConsumablesResponse200ItemConsumablesItem,
    )
    from .get_appointment_consumables_response_200_item_consumables_item_good import (
        GetAppointmentConsumablesResponse200ItemConsumablesItemGood,
    )
    from .get_appointment_consumables_response_200_item_technological_cards_item import (
        GetAppointmentConsumablesResponse200ItemTechnologicalCardsItem,
    )
    from .get_appointment_consumables_response_200_item_technological_cards_item_technological_card_items_item import (
        GetAppointmentConsumablesResponse200ItemTechnologicalCardsItemTechnologicalCardItemsItem,
    )
    from .get_appointment_consumables_response_200_item_technological_cards_item_technological_card_items_item_good import (
        GetAppointmentConsumablesResponse200ItemTechnologicalCardsItemTechnologicalCardItemsItemGood,
    )
    from .get_appointment_list_response_200_item import GetAppointmentListResponse200Item
    from .get_appointment_list_response_200_item_client_type_0 import GetAppointmentListResponse200ItemClientType0
    from .get_appointment_list_response_200_item_client_type_0_client_tags_item import (
        GetAppointmentListResponse200ItemClientType0ClientTagsItem,
    )
    from .get_appointment_list_response_200_item_client_type_0_custom_fields_item import (
        GetAppointmentListResponse200ItemClientType0CustomFieldsItem,
    )
    from .get_appointment_list_response_200_item_consumables_item import (
        GetAppointmentListResponse200ItemConsumablesItem,
    )
    from .get_appointment_list_response_200_item_custom_fields_type_0 import (
        GetAppointmentListResponse200ItemCustomFieldsType0,
    )
    from .get_appointment_list_response_200_item_documents_item import GetAppointmentListResponse200ItemDocumentsItem
    from .get_appointment_list_response_200_item_finance_transactions_item import (
        GetAppointmentListResponse200ItemFinanceTransactionsItem,
    )
    from .get_appointment_list_response_200_item_goods_transactions_item import (
        GetAppointmentListResponse200ItemGoodsTransactionsItem,
    )
    from .get_appointment_list_response_200_item_record_labels_item import (
        GetAppointmentListResponse200ItemRecordLabelsItem,
    )
    from .get_appointment_list_response_200_item_services_item import GetAppointmentListResponse200ItemServicesItem
    from .get_appointment_list_response_200_item_services_item_assistants_type_0_item import (
        GetAppointmentListResponse200ItemServicesItemAssistantsType0Item,
    )
    from .get_appointment_list_response_200_item_staff import GetAppointmentListResponse200ItemStaff
    from .get_appointment_list_response_200_item_staff_position import GetAppointmentListResponse200ItemStaffPosition
    from .get_appointment_response_200 import GetAppointmentResponse200
    from .get_appointment_response_200_client_type_0 import GetAppointmentResponse200ClientType0
    from .get_appointment_response_200_client_type_0_client_tags_item import (
        GetAppointmentResponse200ClientType0ClientTagsItem,
    )
    from .get_appointment_response_200_client_type_0_custom_fields_item import (
        GetAppointmentResponse200ClientType0CustomFieldsItem,
    )
    from .get_appointment_response_200_comer_person_info_type_0 import GetAppointmentResponse200ComerPersonInfoType0
    from .get_appointment_response_200_consumables_item import GetAppointmentResponse200ConsumablesItem
    from .get_appointment_response_200_custom_fields_type_0 import GetAppointmentResponse200CustomFieldsType0
    from .get_appointment_response_200_documents_item import GetAppointmentResponse200DocumentsItem
    from .get_appointment_response_200_finance_transactions_item import GetAppointmentResponse200FinanceTransactionsItem
    from .get_appointment_response_200_finance_transactions_item_account import (
        GetAppointmentResponse200FinanceTransactionsItemAccount,
    )
    from .get_appointment_response_200_finance_transactions_item_client import (
        GetAppointmentResponse200FinanceTransactionsItemClient,
    )
    from .get_appointment_response_200_finance_transactions_item_expense import (
        GetAppointmentResponse200FinanceTransactionsItemExpense,
    )
    from .get_appointment_response_200_finance_transactions_item_master_item import (
        GetAppointmentResponse200FinanceTransactionsItemMasterItem,
    )
    from .get_appointment_response_200_finance_transactions_item_supplier_item import (
        GetAppointmentResponse200FinanceTransactionsItemSupplierItem,
    )
    from .get_appointment_response_200_goods_transactions_item import GetAppointmentResponse200GoodsTransactionsItem
    from .get_appointment_response_200_record_labels_item import GetAppointmentResponse200RecordLabelsItem
    from .get_appointment_response_200_services_item import GetAppointmentResponse200ServicesItem
    from .get_appointment_response_200_services_item_assistants_type_0_item import (
        GetAppointmentResponse200ServicesItemAssistantsType0Item,
    )
    from .get_appointment_response_200_services_item_company_service_link import (
        GetAppointmentResponse200ServicesItemCompanyServiceLink,
    )
    from .get_appointment_response_200_services_item_staff_service_link import (
        GetAppointmentResponse200ServicesItemStaffServiceLink,
    )
    from .get_appointment_response_200_staff import GetAppointmentResponse200Staff
    from .get_appointment_response_200_staff_position import GetAppointmentResponse200StaffPosition
    from .get_bill_of_materials_list_response_200_item import GetBillOfMaterialsListResponse200Item
    from .get_bill_of_materials_list_response_200_item_technological_card_items_item import (
        GetBillOfMaterialsListResponse200ItemTechnologicalCardItemsItem,
    )
    from .get_booking_form_config_response_200 import GetBookingFormConfigResponse200
    from .get_booking_form_config_response_200_brand import GetBookingFormConfigResponse200Brand
    from .get_booking_form_config_response_200_features import GetBookingFormConfigResponse200Features
    from .get_booking_form_config_response_200_injection import GetBookingFormConfigResponse200Injection
    from .get_booking_form_config_response_200_langs_item import GetBookingFormConfigResponse200LangsItem
    from .get_booking_form_config_response_200_legal_info_type_0 import GetBookingFormConfigResponse200LegalInfoType0
    from .get_booking_form_config_response_200_map import GetBookingFormConfigResponse200Map
    from .get_booking_form_config_response_200_online_sales_links_item import (
        GetBookingFormConfigResponse200OnlineSalesLinksItem,
    )
    from .get_booking_form_config_response_200_staff_name import GetBookingFormConfigResponse200StaffName
    from .get_booking_form_config_response_200_steps_item import GetBookingFormConfigResponse200StepsItem
    from .get_booking_form_config_response_200_style import GetBookingFormConfigResponse200Style
    from .get_booking_form_config_response_200_style_header_background_new_type_1 import (
        GetBookingFormConfigResponse200StyleHeaderBackgroundNewType1,
    )
    from .get_booking_user_response_200 import GetBookingUserResponse200
    from .get_booking_widget_list_response_200_item import GetBookingWidgetListResponse200Item
    from .get_booking_widget_list_response_200_item_header_images_type_0 import (
        GetBookingWidgetListResponse200ItemHeaderImagesType0,
    )
    from .get_booking_widget_response_200 import GetBookingWidgetResponse200
    from .get_booking_widget_response_200_header_images_type_0 import GetBookingWidgetResponse200HeaderImagesType0
    from .get_business_types_by_group_response_200_item import GetBusinessTypesByGroupResponse200Item
    from .get_business_types_by_group_response_200_item_types_item import (
        GetBusinessTypesByGroupResponse200ItemTypesItem,
    )
    from .get_chain_client_account_history_response_200_item import GetChainClientAccountHistoryResponse200Item
    from .get_chain_client_account_history_response_200_item_deposit_transaction import (
        GetChainClientAccountHistoryResponse200ItemDepositTransaction,
    )
    from .get_chain_client_account_history_response_200_item_deposit_transaction_type import (
        GetChainClientAccountHistoryResponse200ItemDepositTransactionType,
    )
    from .get_chain_client_by_phone_number_response_200 import GetChainClientByPhoneNumberResponse200
    from .get_chain_client_by_phone_number_response_200_clients_item import (
        GetChainClientByPhoneNumberResponse200ClientsItem,
    )
    from .get_chain_list_response_200_item import GetChainListResponse200Item
    from .get_chain_list_response_200_item_access import GetChainListResponse200ItemAccess
    from .get_chain_list_response_200_item_companies_item import GetChainListResponse200ItemCompaniesItem
    from .get_chain_loyalty_card_type_list_response_200_item import GetChainLoyaltyCardTypeListResponse200Item
    from .get_chain_loyalty_notification_template_list_response_200_item import (
        GetChainLoyaltyNotificationTemplateListResponse200Item,
    )
    from .get_chain_loyalty_notification_template_list_response_200_item_message_type import (
        GetChainLoyaltyNotificationTemplateListResponse200ItemMessageType,
    )
    from .get_chain_loyalty_notification_template_list_response_200_item_type import (
        GetChainLoyaltyNotificationTemplateListResponse200ItemType,
    )
    from .get_chain_loyalty_program_include import GetChainLoyaltyProgramInclude
    from .get_chain_loyalty_program_response_200 import GetChainLoyaltyProgramResponse200
    from .get_chain_loyalty_program_response_200_expiration_timeout_unit import (
        GetChainLoyaltyProgramResponse200ExpirationTimeoutUnit,
    )
    from .get_chain_loyalty_program_response_200_good_item_type import GetChainLoyaltyProgramResponse200GoodItemType
    from .get_chain_loyalty_program_response_200_params_source_type import (
        GetChainLoyaltyProgramResponse200ParamsSourceType,
    )
    from .get_chain_loyalty_program_response_200_service_item_type import (
        GetChainLoyaltyProgramResponse200ServiceItemType,
    )
    from .get_chain_loyalty_program_response_200_type import GetChainLoyaltyProgramResponse200Type
    from .get_chain_loyalty_program_response_200_value_unit import GetChainLoyaltyProgramResponse200ValueUnit
    from .get_chain_loyalty_transaction_list_response_200_item import GetChainLoyaltyTransactionListResponse200Item
    from .get_chain_loyalty_transaction_list_response_200_item_type import (
        GetChainLoyaltyTransactionListResponse200ItemType,
    )
    from .get_chain_loyalty_transaction_list_types_item import GetChainLoyaltyTransactionListTypesItem
    from .get_chain_service_category_list_include import GetChainServiceCategoryListInclude
    from .get_chain_service_category_list_response_200_item import GetChainServiceCategoryListResponse200Item
    from .get_city_list_response_200_item import GetCityListResponse200Item
    from .get_client_file_list_response_200_item import GetClientFileListResponse200Item
    from .get_client_gift_cards_response_200_item import GetClientGiftCardsResponse200Item
    from .get_client_gift_cards_response_200_item_status import GetClientGiftCardsResponse200ItemStatus
    from .get_client_gift_cards_response_200_item_type import GetClientGiftCardsResponse200ItemType
    from .get_client_gift_cards_response_200_item_type_item_type import GetClientGiftCardsResponse200ItemTypeItemType
    from .get_client_list_body import GetClientListBody
    from .get_client_list_body_filters_item import GetClientListBodyFiltersItem
    from .get_client_list_body_filters_item_state import GetClientListBodyFiltersItemState
    from .get_client_list_body_operation import GetClientListBodyOperation
    from .get_client_list_body_order_by import GetClientListBodyOrderBy
    from .get_client_list_body_order_by_direction import GetClientListBodyOrderByDirection
    from .get_client_list_response_200_item import GetClientListResponse200Item
    from .get_client_membership_activity_history_response_200_item import (
        GetClientMembershipActivityHistoryResponse200Item,
    )
    from .get_client_membership_activity_history_response_200_item_loyalty_entity_changes_type_0 import (
        GetClientMembershipActivityHistoryResponse200ItemLoyaltyEntityChangesType0,
    )
    from .get_client_membership_activity_history_response_200_item_operation_type import (
        GetClientMembershipActivityHistoryResponse200ItemOperationType,
    )
    from .get_client_memberships_response_200_item import GetClientMembershipsResponse200Item
    from .get_client_memberships_response_200_item_balance_container import (
        GetClientMembershipsResponse200ItemBalanceContainer,
    )
    from .get_client_memberships_response_200_item_balance_container_links_item import (
        GetClientMembershipsResponse200ItemBalanceContainerLinksItem,
    )
    from .get_client_memberships_response_200_item_balance_container_links_item_category import (
        GetClientMembershipsResponse200ItemBalanceContainerLinksItemCategory,
    )
    from .get_client_memberships_response_200_item_balance_container_links_item_category_category import (
        GetClientMembershipsResponse200ItemBalanceContainerLinksItemCategoryCategory,
    )
    from .get_client_memberships_response_200_item_balance_container_links_item_service import (
        GetClientMembershipsResponse200ItemBalanceContainerLinksItemService,
    )
    from .get_client_memberships_response_200_item_balance_container_links_item_service_category import (
        GetClientMembershipsResponse200ItemBalanceContainerLinksItemServiceCategory,
    )
    from .get_client_memberships_response_200_item_status import GetClientMembershipsResponse200ItemStatus
    from .get_client_memberships_response_200_item_type import GetClientMembershipsResponse200ItemType
    from .get_client_memberships_response_200_item_type_balance_container import (
        GetClientMembershipsResponse200ItemTypeBalanceContainer,
    )
    from .get_client_memberships_response_200_item_type_balance_container_links_item import (
        GetClientMembershipsResponse200ItemTypeBalanceContainerLinksItem,
    )
    from .get_client_memberships_response_200_item_type_balance_container_links_item_category import (
        GetClientMembershipsResponse200ItemTypeBalanceContainerLinksItemCategory,
    )
    from .get_client_memberships_response_200_item_type_balance_container_links_item_category_category import (
        GetClientMembershipsResponse200ItemTypeBalanceContainerLinksItemCategoryCategory,
    )
    from .get_client_memberships_response_200_item_type_balance_container_links_item_service import (
        GetClientMembershipsResponse200ItemTypeBalanceContainerLinksItemService,
    )
    from .get_client_memberships_response_200_item_type_balance_container_links_item_service_category import (
        GetClientMembershipsResponse200ItemTypeBalanceContainerLinksItemServiceCategory,
    )
    from .get_comments_response_200_item import GetCommentsResponse200Item
    from .get_country_list_response_200_item import GetCountryListResponse200Item
    from .get_custom_field_list_response_200_item import GetCustomFieldListResponse200Item
    from .get_custom_field_list_response_200_item_custom_field import GetCustomFieldListResponse200ItemCustomField
    from .get_custom_field_list_response_200_item_custom_field_type import (
        GetCustomFieldListResponse200ItemCustomFieldType,
    )
    from .get_dates_available_for_booking_response_200 import GetDatesAvailableForBookingResponse200
    from .get_dates_available_for_booking_response_200_booking_days_type_0 import (
        GetDatesAvailableForBookingResponse200BookingDaysType0,
    )
    from .get_dates_available_for_booking_response_200_working_days_type_0 import (
        GetDatesAvailableForBookingResponse200WorkingDaysType0,
    )
    from .get_day_end_report_data_response_200 import GetDayEndReportDataResponse200
    from .get_day_end_report_data_response_200_paids import GetDayEndReportDataResponse200Paids
    from .get_day_end_report_data_response_200_paids_accounts_item import (
        GetDayEndReportDataResponse200PaidsAccountsItem,
    )
    from .get_day_end_report_data_response_200_paids_discount_item import (
        GetDayEndReportDataResponse200PaidsDiscountItem,
    )
    from .get_day_end_report_data_response_200_paids_total import GetDayEndReportDataResponse200PaidsTotal
    from .get_day_end_report_data_response_200_stats import GetDayEndReportDataResponse200Stats
    from .get_day_end_report_data_response_200z_data import GetDayEndReportDataResponse200ZData
    from .get_day_end_report_data_response_200z_data_1481101200_item import (
        GetDayEndReportDataResponse200ZData1481101200Item,
    )
    from .get_day_end_report_data_response_200z_data_1481101200_item_masters_item import (
        GetDayEndReportDataResponse200ZData1481101200ItemMastersItem,
    )
    from .get_day_end_report_data_response_200z_data_1481101200_item_masters_item_good_item import (
        GetDayEndReportDataResponse200ZData1481101200ItemMastersItemGoodItem,
    )
    from .get_day_end_report_data_response_200z_data_1481101200_item_masters_item_good_item_transactions_item import (
        GetDayEndReportDataResponse200ZData1481101200ItemMastersItemGoodItemTransactionsItem,
    )
    from .get_day_end_report_data_response_200z_data_1481101200_item_masters_item_others import (
        GetDayEndReportDataResponse200ZData1481101200ItemMastersItemOthers,
    )
    from .get_day_end_report_data_response_200z_data_1481101200_item_masters_item_others_transactions_item import (
        GetDayEndReportDataResponse200ZData1481101200ItemMastersItemOthersTransactionsItem,
    )
    from .get_day_end_report_data_response_200z_data_1481101200_item_masters_item_service_item import (
        GetDayEndReportDataResponse200ZData1481101200ItemMastersItemServiceItem,
    )
    from .get_day_end_report_data_response_200z_data_1481101200_item_masters_item_service_item_transactions_item import (
        GetDayEndReportDataResponse200ZData1481101200ItemMastersItemServiceItemTransactionsItem,
    )
    from .get_document_financial_transactions_response_200_item import GetDocumentFinancialTransactionsResponse200Item
    from .get_document_financial_transactions_response_200_item_account import (
        GetDocumentFinancialTransactionsResponse200ItemAccount,
    )
    from .get_document_financial_transactions_response_200_item_client import (
        GetDocumentFinancialTransactionsResponse200ItemClient,
    )
    from .get_document_financial_transactions_response_200_item_expense import (
        GetDocumentFinancialTransactionsResponse200ItemExpense,
    )
    from .get_document_financial_transactions_response_200_item_master_item import (
        GetDocumentFinancialTransactionsResponse200ItemMasterItem,
    )
    from .get_document_financial_transactions_response_200_item_supplier_item import (
        GetDocumentFinancialTransactionsResponse200ItemSupplierItem,
    )
    from .get_document_product_transactions_response_200_item import GetDocumentProductTransactionsResponse200Item
    from .get_document_response_200 import GetDocumentResponse200
    from .get_document_response_200_company import GetDocumentResponse200Company
    from .get_document_response_200_company_phones_item import GetDocumentResponse200CompanyPhonesItem
    from .get_document_response_200_storage import GetDocumentResponse200Storage
    from .get_document_response_200_type import GetDocumentResponse200Type
    from .get_document_response_200_user import GetDocumentResponse200User
    from .get_event_date_range_response_200 import GetEventDateRangeResponse200
    from .get_event_notification_settings_response_200 import GetEventNotificationSettingsResponse200
    from .get_event_response_200 import GetEventResponse200
    from .get_event_response_200_duration_details import GetEventResponse200DurationDetails
    from .get_event_response_200_labels_item import GetEventResponse200LabelsItem
    from .get_event_response_200_resource_instances_item import GetEventResponse200ResourceInstancesItem
    from .get_event_response_200_service import GetEventResponse200Service
    from .get_event_response_200_staff import GetEventResponse200Staff
    from .get_event_search_filters_response_200_item import GetEventSearchFiltersResponse200Item
    from .get_event_search_filters_response_200_item_code import GetEventSearchFiltersResponse200ItemCode
    from .get_event_search_filters_response_200_item_data_item import GetEventSearchFiltersResponse200ItemDataItem
    from .get_feedback_form_status_response_200 import GetFeedbackFormStatusResponse200
    from .get_feedback_form_status_response_200_agreement_links import GetFeedbackFormStatusResponse200AgreementLinks
    from .get_feedback_form_status_response_200_company import GetFeedbackFormStatusResponse200Company
    from .get_feedback_form_status_response_200_currency import GetFeedbackFormStatusResponse200Currency
    from .get_feedback_form_status_response_200_language import GetFeedbackFormStatusResponse200Language
    from .get_feedback_form_status_response_200_master import GetFeedbackFormStatusResponse200Master
    from .get_feedback_form_status_response_200_master_position import GetFeedbackFormStatusResponse200MasterPosition
    from .get_feedback_form_status_response_200_record import GetFeedbackFormStatusResponse200Record
    from .get_feedback_form_status_response_200_tips_item import GetFeedbackFormStatusResponse200TipsItem
    from .get_financial_transaction_response_200_item import GetFinancialTransactionResponse200Item
    from .get_financial_transaction_response_200_item_account import GetFinancialTransactionResponse200ItemAccount
    from .get_financial_transaction_response_200_item_client import GetFinancialTransactionResponse200ItemClient
    from .get_financial_transaction_response_200_item_expense import GetFinancialTransactionResponse200ItemExpense
    from .get_financial_transaction_response_200_item_master import GetFinancialTransactionResponse200ItemMaster
    from .get_financial_transaction_response_200_item_supplier import GetFinancialTransactionResponse200ItemSupplier
    from .get_fiscal_transaction_list_response_200_item import GetFiscalTransactionListResponse200Item
    from .get_fiscal_transaction_list_response_200_item_cashier import GetFiscalTransactionListResponse200ItemCashier
    from .get_fiscal_transaction_list_response_200_item_document import GetFiscalTransactionListResponse200ItemDocument
    from .get_fiscal_transaction_list_response_200_item_status import GetFiscalTransactionListResponse200ItemStatus
    from .get_fiscal_transaction_list_response_200_item_type import GetFiscalTransactionListResponse200ItemType
    from .get_gift_card_type_list_by_id_response_200_item import GetGiftCardTypeListByIdResponse200Item
    from .get_gift_card_type_list_response_200_item import GetGiftCardTypeListResponse200Item
    from .get_i18n_options_response_200 import GetI18NOptionsResponse200
    from .get_location_analytics_appointments_daily_response_200_item import (
        GetLocationAnalyticsAppointmentsDailyResponse200Item,
    )
    from .get_location_analytics_occupancy_daily_response_200_item import (
        GetLocationAnalyticsOccupancyDailyResponse200Item,
    )
    from .get_location_analytics_overall_response_200 import GetLocationAnalyticsOverallResponse200
    from .get_location_analytics_revenue_daily_response_200_item import GetLocationAnalyticsRevenueDailyResponse200Item
    from .get_location_inventories_response_200_item import GetLocationInventoriesResponse200Item
    from .get_location_list_include_item import GetLocationListIncludeItem
    from .get_location_list_response_200_item import GetLocationListResponse200Item
    from .get_location_list_response_200_item_booking_widget_promo_type_0 import (
        GetLocationListResponse200ItemBookingWidgetPromoType0,
    )
    from .get_location_loyalty_program_list_response_200_item import GetLocationLoyaltyProgramListResponse200Item
    from .get_location_loyalty_program_list_response_200_item_expiration_timeout_unit import (
        GetLocationLoyaltyProgramListResponse200ItemExpirationTimeoutUnit,
    )
    from .get_location_loyalty_program_list_response_200_item_good_item_type import (
        GetLocationLoyaltyProgramListResponse200ItemGoodItemType,
    )
    from .get_location_loyalty_program_list_response_200_item_params_source_type import (
        GetLocationLoyaltyProgramListResponse200ItemParamsSourceType,
    )
    from .get_location_loyalty_program_list_response_200_item_service_item_type import (
        GetLocationLoyaltyProgramListResponse200ItemServiceItemType,
    )
    from .get_location_loyalty_program_list_response_200_item_type import (
        GetLocationLoyaltyProgramListResponse200ItemType,
    )
    from .get_location_loyalty_program_list_response_200_item_value_unit import (
        GetLocationLoyaltyProgramListResponse200ItemValueUnit,
    )
    from .get_location_loyalty_program_list_type import GetLocationLoyaltyProgramListType
    from .get_location_notification_settings_response_200_item import GetLocationNotificationSettingsResponse200Item
    from .get_location_notification_settings_response_200_item_channels import (
        GetLocationNotificationSettingsResponse200ItemChannels,
    )
    from .get_location_response_200 import GetLocationResponse200
    from .get_location_response_200_access import GetLocationResponse200Access
    from .get_location_response_200_bookforms_item import GetLocationResponse200BookformsItem
    from .get_location_response_200_groups import GetLocationResponse200Groups
    from .get_location_response_200_groups_additional_property import GetLocationResponse200GroupsAdditionalProperty
    from .get_location_response_200_main_group_type_0 import GetLocationResponse200MainGroupType0
    from .get_location_response_200_payment_policy import GetLocationResponse200PaymentPolicy
    from .get_location_response_200_payment_policy_type import GetLocationResponse200PaymentPolicyType
    from .get_location_response_200_social import GetLocationResponse200Social
    from .get_location_subscription_information_response_200 import GetLocationSubscriptionInformationResponse200
    from .get_location_subscription_information_response_200_options_item import (
        GetLocationSubscriptionInformationResponse200OptionsItem,
    )
    from .get_location_users_response_200_item import GetLocationUsersResponse200Item
    from .get_loyalty_card_list_by_client_id_response_200 import GetLoyaltyCardListByClientIdResponse200
    from .get_loyalty_card_list_by_client_id_response_200_programs_item import (
        GetLoyaltyCardListByClientIdResponse200ProgramsItem,
    )
    from .get_loyalty_card_list_by_client_id_response_200_programs_item_loyalty_type import (
        GetLoyaltyCardListByClientIdResponse200ProgramsItemLoyaltyType,
    )
    from .get_loyalty_card_list_by_client_id_response_200_programs_item_rules_item import (
        GetLoyaltyCardListByClientIdResponse200ProgramsItemRulesItem,
    )
    from .get_loyalty_card_list_by_client_id_response_200_salon_group import (
        GetLoyaltyCardListByClientIdResponse200SalonGroup,
    )
    from .get_loyalty_card_list_by_client_id_response_200_type import GetLoyaltyCardListByClientIdResponse200Type
    from .get_loyalty_card_list_by_phone_response_200 import GetLoyaltyCardListByPhoneResponse200
    from .get_loyalty_card_list_by_phone_response_200_programs_item import (
        GetLoyaltyCardListByPhoneResponse200ProgramsItem,
    )
    from .get_loyalty_card_list_by_phone_response_200_programs_item_loyalty_type import (
        GetLoyaltyCardListByPhoneResponse200ProgramsItemLoyaltyType,
    )
    from .get_loyalty_card_list_by_phone_response_200_programs_item_rules_item import (
        GetLoyaltyCardListByPhoneResponse200ProgramsItemRulesItem,
    )
    from .get_loyalty_card_list_by_phone_response_200_salon_group import GetLoyaltyCardListByPhoneResponse200SalonGroup
    from .get_loyalty_card_list_by_phone_response_200_type import GetLoyaltyCardListByPhoneResponse200Type
    from .get_loyalty_card_type_list_for_client_response_200_item import GetLoyaltyCardTypeListForClientResponse200Item
    from .get_loyalty_card_type_list_for_client_response_200_item_salon_group import (
        GetLoyaltyCardTypeListForClientResponse200ItemSalonGroup,
    )
    from .get_loyalty_card_type_list_response_200_item import GetLoyaltyCardTypeListResponse200Item
    from .get_loyalty_card_type_list_response_200_item_salon_group import (
        GetLoyaltyCardTypeListResponse200ItemSalonGroup,
    )
    from .get_loyalty_program_client_statistics_response_200 import GetLoyaltyProgramClientStatisticsResponse200
    from .get_loyalty_program_client_statistics_response_200_client_stats import (
        GetLoyaltyProgramClientStatisticsResponse200ClientStats,
    )
    from .get_loyalty_program_client_statistics_response_200_client_stats_new import (
        GetLoyaltyProgramClientStatisticsResponse200ClientStatsNew,
    )
    from .get_loyalty_program_client_statistics_response_200_client_stats_old import (
        GetLoyaltyProgramClientStatisticsResponse200ClientStatsOld,
    )
    from .get_loyalty_program_client_statistics_response_200_client_stats_total import (
        GetLoyaltyProgramClientStatisticsResponse200ClientStatsTotal,
    )
    from .get_loyalty_program_client_statistics_response_200_visits_stats_by_day_item import (
        GetLoyaltyProgramClientStatisticsResponse200VisitsStatsByDayItem,
    )
    from .get_loyalty_program_revenue_statistics_response_200 import GetLoyaltyProgramRevenueStatisticsResponse200
    from .get_loyalty_program_revenue_statistics_response_200_currency import (
        GetLoyaltyProgramRevenueStatisticsResponse200Currency,
    )
    from .get_loyalty_program_revenue_statistics_response_200_income_stats import (
        GetLoyaltyProgramRevenueStatisticsResponse200IncomeStats,
    )
    from .get_loyalty_program_revenue_statistics_response_200_income_stats_by_day_item import (
        GetLoyaltyProgramRevenueStatisticsResponse200IncomeStatsByDayItem,
    )
    from .get_loyalty_program_revenue_statistics_response_200_income_stats_new import (
        GetLoyaltyProgramRevenueStatisticsResponse200IncomeStatsNew,
    )
    from .get_loyalty_program_revenue_statistics_response_200_income_stats_old import (
        GetLoyaltyProgramRevenueStatisticsResponse200IncomeStatsOld,
    )
    from .get_loyalty_program_revenue_statistics_response_200_income_stats_total import (
        GetLoyaltyProgramRevenueStatisticsResponse200IncomeStatsTotal,
    )
    from .get_loyalty_program_team_member_statistics_response_200_item import (
        GetLoyaltyProgramTeamMemberStatisticsResponse200Item,
    )
    from .get_loyalty_program_team_member_statistics_response_200_item_client_stats import (
        GetLoyaltyProgramTeamMemberStatisticsResponse200ItemClientStats,
    )
    from .get_loyalty_program_team_member_statistics_response_200_item_staff import (
        GetLoyaltyProgramTeamMemberStatisticsResponse200ItemStaff,
    )
    from .get_loyalty_transactions_by_visit_response_200_item import GetLoyaltyTransactionsByVisitResponse200Item
    from .get_loyalty_transactions_by_visit_response_200_item_program import (
        GetLoyaltyTransactionsByVisitResponse200ItemProgram,
    )
    from .get_loyalty_transactions_by_visit_response_200_item_type import (
        GetLoyaltyTransactionsByVisitResponse200ItemType,
    )
    from .get_marketplace_integration_status_response_200 import GetMarketplaceIntegrationStatusResponse200
    from .get_marketplace_integration_status_response_200_connection_status import (
        GetMarketplaceIntegrationStatusResponse200ConnectionStatus,
    )
    from .get_marketplace_integration_status_response_200_connection_status_status import (
        GetMarketplaceIntegrationStatusResponse200ConnectionStatusStatus,
    )
    from .get_marketplace_integration_status_response_200_logs_item import (
        GetMarketplaceIntegrationStatusResponse200LogsItem,
    )
    from .get_marketplace_integration_status_response_200_payments_item import (
        GetMarketplaceIntegrationStatusResponse200PaymentsItem,
    )
    from .get_membership_type_list_by_id_response_200_item import GetMembershipTypeListByIdResponse200Item
    from .get_membership_type_list_response_200_item import GetMembershipTypeListResponse200Item
    from .get_message_status_list_body_item import GetMessageStatusListBodyItem
    from .get_nearest_time_slots_response_200 import GetNearestTimeSlotsResponse200
    from .get_nearest_time_slots_response_200_seances_item import GetNearestTimeSlotsResponse200SeancesItem
    from .get_online_booking_details_response_200 import GetOnlineBookingDetailsResponse200
    from .get_online_booking_details_response_200_company import GetOnlineBookingDetailsResponse200Company
    from .get_online_booking_details_response_200_services_item import GetOnlineBookingDetailsResponse200ServicesItem
    from .get_online_booking_details_response_200_staff import GetOnlineBookingDetailsResponse200Staff
    from .get_online_booking_details_response_200_staff_position import GetOnlineBookingDetailsResponse200StaffPosition
    from .get_online_booking_settings_response_200 import GetOnlineBookingSettingsResponse200
    from .get_permission_list_response_200 import GetPermissionListResponse200
    from .get_permission_list_response_200_clients import GetPermissionListResponse200Clients
    from .get_permission_list_response_200_comers import GetPermissionListResponse200Comers
    from .get_permission_list_response_200_dashboard import GetPermissionListResponse200Dashboard
    from .get_permission_list_response_200_finances import GetPermissionListResponse200Finances
    from .get_permission_list_response_200_finances_finances_accounts_ids_item import (
        GetPermissionListResponse200FinancesFinancesAccountsIdsItem,
    )
    from .get_permission_list_response_200_finances_finances_expenses_ids_item import (
        GetPermissionListResponse200FinancesFinancesExpensesIdsItem,
    )
    from .get_permission_list_response_200_loyalty import GetPermissionListResponse200Loyalty
    from .get_permission_list_response_200_notification import GetPermissionListResponse200Notification
    from .get_permission_list_response_200_online_record import GetPermissionListResponse200OnlineRecord
    from .get_permission_list_response_200_other import GetPermissionListResponse200Other
    from .get_permission_list_response_200_other_auth_list_allowed_ip_item import (
        GetPermissionListResponse200OtherAuthListAllowedIpItem,
    )
    from .get_permission_list_response_200_record_form import GetPermissionListResponse200RecordForm
    from .get_permission_list_response_200_security import GetPermissionListResponse200Security
    from .get_permission_list_response_200_settings import GetPermissionListResponse200Settings
    from .get_permission_list_response_200_storages import GetPermissionListResponse200Storages
    from .get_permission_list_response_200_storages_storages_ids_item import (
        GetPermissionListResponse200StoragesStoragesIdsItem,
    )
    from .get_permission_list_response_200_storages_storages_transactions_types_item import (
        GetPermissionListResponse200StoragesStoragesTransactionsTypesItem,
    )
    from .get_permission_list_response_200_timetable import GetPermissionListResponse200Timetable
    from .get_product_category_composition_response_200 import GetProductCategoryCompositionResponse200
    from .get_product_category_composition_response_200_children_item import (
        GetProductCategoryCompositionResponse200ChildrenItem,
    )
    from .get_product_category_list_by_ids_response_200_item import GetProductCategoryListByIdsResponse200Item
    from .get_product_category_list_response_200_item import GetProductCategoryListResponse200Item
    from .get_product_response_200_item import GetProductResponse200Item
    from .get_product_response_200_item_actual_amounts_item import GetProductResponse200ItemActualAmountsItem
    from .get_products_list_response_200_item import GetProductsListResponse200Item
    from .get_resource_list_response_200_item import GetResourceListResponse200Item
    from .get_resource_list_response_200_item_instances_item import GetResourceListResponse200ItemInstancesItem
    from .get_sale_transaction_response_200 import GetSaleTransactionResponse200
    from .get_sale_transaction_response_200_kkm_state import GetSaleTransactionResponse200KkmState
    from .get_sale_transaction_response_200_kkm_state_transactions_item import (
        GetSaleTransactionResponse200KkmStateTransactionsItem,
    )
    from .get_sale_transaction_response_200_kkm_state_transactions_item_cashier import (
        GetSaleTransactionResponse200KkmStateTransactionsItemCashier,
    )
    from .get_sale_transaction_response_200_kkm_state_transactions_item_document import (
        GetSaleTransactionResponse200KkmStateTransactionsItemDocument,
    )
    from .get_sale_transaction_response_200_kkm_state_transactions_item_status import (
        GetSaleTransactionResponse200KkmStateTransactionsItemStatus,
    )
    from .get_sale_transaction_response_200_kkm_state_transactions_item_type import (
        GetSaleTransactionResponse200KkmStateTransactionsItemType,
    )
    from .get_sale_transaction_response_200_payment_methods_item import GetSaleTransactionResponse200PaymentMethodsItem
    from .get_sale_transaction_response_200_payment_methods_item_account import (
        GetSaleTransactionResponse200PaymentMethodsItemAccount,
    )
    from .get_sale_transaction_response_200_state import GetSaleTransactionResponse200State
    from .get_sale_transaction_response_200_state_items_item import GetSaleTransactionResponse200StateItemsItem
    from .get_sale_transaction_response_200_state_loyalty_transactions_item import (
        GetSaleTransactionResponse200StateLoyaltyTransactionsItem,
    )
    from .get_sale_transaction_response_200_state_loyalty_transactions_item_chain import (
        GetSaleTransactionResponse200StateLoyaltyTransactionsItemChain,
    )
    from .get_sale_transaction_response_200_state_loyalty_transactions_item_deposit import (
        GetSaleTransactionResponse200StateLoyaltyTransactionsItemDeposit,
    )
    from .get_sale_transaction_response_200_state_loyalty_transactions_item_deposit_type import (
        GetSaleTransactionResponse200StateLoyaltyTransactionsItemDepositType,
    )
    from .get_sale_transaction_response_200_state_loyalty_transactions_item_type import (
        GetSaleTransactionResponse200StateLoyaltyTransactionsItemType,
    )
    from .get_sale_transaction_response_200_state_payment_transactions_item import (
        GetSaleTransactionResponse200StatePaymentTransactionsItem,
    )
    from .get_sale_transaction_response_200_state_payment_transactions_item_account import (
        GetSaleTransactionResponse200StatePaymentTransactionsItemAccount,
    )
    from .get_sale_transaction_response_200_state_payment_transactions_item_expense import (
        GetSaleTransactionResponse200StatePaymentTransactionsItemExpense,
    )
    from .get_service_category_list_response_200_item import GetServiceCategoryListResponse200Item
    from .get_service_category_response_200 import GetServiceCategoryResponse200
    from .get_service_list_response_200_item import GetServiceListResponse200Item
    from .get_service_response_200_item import GetServiceResponse200Item
    from .get_service_response_200_item_staff_item import GetServiceResponse200ItemStaffItem
    from .get_services_available_for_booking_response_200 import GetServicesAvailableForBookingResponse200
    from .get_services_available_for_booking_response_200_category_item import (
        GetServicesAvailableForBookingResponse200CategoryItem,
    )
    from .get_services_available_for_booking_response_200_events_item import (
        GetServicesAvailableForBookingResponse200EventsItem,
    )
    from .get_services_available_for_booking_response_200_services_item import (
        GetServicesAvailableForBookingResponse200ServicesItem,
    )
    from .get_services_available_for_booking_response_200_services_item_composite_details_type_0 import (
        GetServicesAvailableForBookingResponse200ServicesItemCompositeDetailsType0,
    )
    from .get_services_available_for_booking_response_200_services_item_prepaid_settings import (
        GetServicesAvailableForBookingResponse200ServicesItemPrepaidSettings,
    )
    from .get_tag_list_by_entity_entity import GetTagListByEntityEntity
    from .get_tag_list_by_entity_response_200_item import GetTagListByEntityResponse200Item
    from .get_tax_system_list_response_200_item import GetTaxSystemListResponse200Item
    from .get_tax_system_list_response_200_item_vats_item import GetTaxSystemListResponse200ItemVatsItem
    from .get_team_member_by_id_response_200_item import GetTeamMemberByIdResponse200Item
    from .get_team_member_by_id_response_200_item_image_group_type_0 import (
        GetTeamMemberByIdResponse200ItemImageGroupType0,
    )
    from .get_team_member_by_id_response_200_item_image_group_type_0_images import (
        GetTeamMemberByIdResponse200ItemImageGroupType0Images,
    )
    from .get_team_member_by_id_response_200_item_image_group_type_0_images_norm import (
        GetTeamMemberByIdResponse200ItemImageGroupType0ImagesNorm,
    )
    from .get_team_member_by_id_response_200_item_image_group_type_0_images_origin import (
        GetTeamMemberByIdResponse200ItemImageGroupType0ImagesOrigin,
    )
    from .get_team_member_by_id_response_200_item_image_group_type_0_images_sm import (
        GetTeamMemberByIdResponse200ItemImageGroupType0ImagesSm,
    )
    from .get_team_member_by_id_response_200_item_position_type_0 import GetTeamMemberByIdResponse200ItemPositionType0
    from .get_team_member_calculation_schemes_count_response_200 import GetTeamMemberCalculationSchemesCountResponse200
    from .get_team_member_list_response_200_item import GetTeamMemberListResponse200Item
    from .get_team_member_list_response_200_item_image_group_item import GetTeamMemberListResponse200ItemImageGroupItem
    from .get_team_member_list_response_200_item_position_type_0 import GetTeamMemberListResponse200ItemPositionType0
    from .get_team_member_list_response_200_item_user_item import GetTeamMemberListResponse200ItemUserItem
    from .get_team_member_payroll_calculation_response_200 import GetTeamMemberPayrollCalculationResponse200
    from .get_team_member_response_200_item import GetTeamMemberResponse200Item
    from .get_team_member_response_200_item_position_type_0 import GetTeamMemberResponse200ItemPositionType0
    from .get_team_member_salary_calculation_response_200 import GetTeamMemberSalaryCalculationResponse200
    from .get_team_member_salary_period_response_200 import GetTeamMemberSalaryPeriodResponse200
    from .get_team_member_salary_schemes_response_200_item import GetTeamMemberSalarySchemesResponse200Item
    from .get_team_member_salary_schemes_response_200_item_salary_scheme import (
        GetTeamMemberSalarySchemesResponse200ItemSalaryScheme,
    )
    from .get_team_member_schedule_list_include_item import GetTeamMemberScheduleListIncludeItem
    from .get_team_member_schedule_list_response_200_item import GetTeamMemberScheduleListResponse200Item
    from .get_team_member_schedule_list_response_200_item_busy_intervals_item import (
        GetTeamMemberScheduleListResponse200ItemBusyIntervalsItem,
    )
    from .get_team_member_schedule_list_response_200_item_busy_intervals_item_entity_type import (
        GetTeamMemberScheduleListResponse200ItemBusyIntervalsItemEntityType,
    )
    from .get_team_member_schedule_list_response_200_item_slots_item import (
        GetTeamMemberScheduleListResponse200ItemSlotsItem,
    )
    from .get_team_member_schedule_response_200_item import GetTeamMemberScheduleResponse200Item
    from .get_team_member_schedule_response_200_item_slots_item import GetTeamMemberScheduleResponse200ItemSlotsItem
    from .get_team_member_service_bill_of_materials_response_200 import GetTeamMemberServiceBillOfMaterialsResponse200
    from .get_team_member_service_bill_of_materials_response_200_technological_card_items_item import (
        GetTeamMemberServiceBillOfMaterialsResponse200TechnologicalCardItemsItem,
    )
    from .get_team_member_tip_settings_response_200_item import GetTeamMemberTipSettingsResponse200Item
    from .get_team_member_tip_settings_response_200_item_staff import GetTeamMemberTipSettingsResponse200ItemStaff
    from .get_team_member_tip_settings_response_200_item_staff_employee import (
        GetTeamMemberTipSettingsResponse200ItemStaffEmployee,
    )
    from .get_team_member_tip_settings_response_200_item_staff_position import (
        GetTeamMemberTipSettingsResponse200ItemStaffPosition,
    )
    from .get_team_member_tip_settings_response_200_item_staff_user import (
        GetTeamMemberTipSettingsResponse200ItemStaffUser,
    )
    from .get_team_members_available_for_booking_response_200_item import (
        GetTeamMembersAvailableForBookingResponse200Item,
    )
    from .get_team_members_available_for_booking_response_200_item_image_group_type_0 import (
        GetTeamMembersAvailableForBookingResponse200ItemImageGroupType0,
    )
    from .get_team_members_available_for_booking_response_200_item_position_type_0 import (
        GetTeamMembersAvailableForBookingResponse200ItemPositionType0,
    )
    from .get_team_members_available_for_booking_response_200_item_seances_item import (
        GetTeamMembersAvailableForBookingResponse200ItemSeancesItem,
    )
    from .get_team_members_available_for_booking_response_200_item_user_type_0 import (
        GetTeamMembersAvailableForBookingResponse200ItemUserType0,
    )
    from .get_time_slots_for_booking_response_200_item import GetTimeSlotsForBookingResponse200Item
    from .get_timeslot_settings_response_200 import GetTimeslotSettingsResponse200
    from .get_timeslot_settings_response_200_dates_settings_item import GetTimeslotSettingsResponse200DatesSettingsItem
    from .get_timeslot_settings_response_200_dates_settings_item_setting import (
        GetTimeslotSettingsResponse200DatesSettingsItemSetting,
    )
    from .get_timeslot_settings_response_200_dates_settings_item_setting_grid_base_type import (
        GetTimeslotSettingsResponse200DatesSettingsItemSettingGridBaseType,
    )
    from .get_timeslot_settings_response_200_weekdays_settings_item import (
        GetTimeslotSettingsResponse200WeekdaysSettingsItem,
    )
    from .get_timeslot_settings_response_200_weekdays_settings_item_setting import (
        GetTimeslotSettingsResponse200WeekdaysSettingsItemSetting,
    )
    from .get_timeslot_settings_response_200_weekdays_settings_item_setting_grid_base_type import (
        GetTimeslotSettingsResponse200WeekdaysSettingsItemSettingGridBaseType,
    )
    from .get_transaction_response_200 import GetTransactionResponse200
    from .get_transaction_response_200_client_type_0_item import GetTransactionResponse200ClientType0Item
    from .get_transaction_response_200_client_type_1 import GetTransactionResponse200ClientType1
    from .get_transaction_response_200_good import GetTransactionResponse200Good
    from .get_transaction_response_200_good_actual_amounts_item import GetTransactionResponse200GoodActualAmountsItem
    from .get_transaction_response_200_good_loyalty_certificate_type_type_0 import (
        GetTransactionResponse200GoodLoyaltyCertificateTypeType0,
    )
    from .get_transaction_response_200_goods_marks_item import GetTransactionResponse200GoodsMarksItem
    from .get_transaction_response_200_master_type_0_item import GetTransactionResponse200MasterType0Item
    from .get_transaction_response_200_master_type_1 import GetTransactionResponse200MasterType1
    from .get_transaction_response_200_sale_unit_type_0 import GetTransactionResponse200SaleUnitType0
    from .get_transaction_response_200_service_unit_type_0 import GetTransactionResponse200ServiceUnitType0
    from .get_transaction_response_200_storage import GetTransactionResponse200Storage
    from .get_transaction_response_200_supplier_item import GetTransactionResponse200SupplierItem
    from .get_transaction_response_200_type import GetTransactionResponse200Type
    from .get_transaction_response_200_unit import GetTransactionResponse200Unit
    from .get_transactions_by_visit_or_appointment_id_response_200_item import (
        GetTransactionsByVisitOrAppointmentIdResponse200Item,
    )
    from .get_transactions_by_visit_or_appointment_id_response_200_item_account import (
        GetTransactionsByVisitOrAppointmentIdResponse200ItemAccount,
    )
    from .get_transactions_by_visit_or_appointment_id_response_200_item_client import (
        GetTransactionsByVisitOrAppointmentIdResponse200ItemClient,
    )
    from .get_transactions_by_visit_or_appointment_id_response_200_item_expense import (
        GetTransactionsByVisitOrAppointmentIdResponse200ItemExpense,
    )
    from .get_transactions_by_visit_or_appointment_id_response_200_item_master import (
        GetTransactionsByVisitOrAppointmentIdResponse200ItemMaster,
    )
    from .get_transactions_by_visit_or_appointment_id_response_200_item_supplier import (
        GetTransactionsByVisitOrAppointmentIdResponse200ItemSupplier,
    )
    from .get_transactions_response_200_item import GetTransactionsResponse200Item
    from .get_transactions_response_200_item_account import GetTransactionsResponse200ItemAccount
    from .get_transactions_response_200_item_client import GetTransactionsResponse200ItemClient
    from .get_transactions_response_200_item_expense import GetTransactionsResponse200ItemExpense
    from .get_transactions_response_200_item_master import GetTransactionsResponse200ItemMaster
    from .get_transactions_response_200_item_supplier import GetTransactionsResponse200ItemSupplier
    from .get_user_appointment_list_response_201_item import GetUserAppointmentListResponse201Item
    from .get_user_appointment_list_response_201_item_company import GetUserAppointmentListResponse201ItemCompany
    from .get_user_appointment_list_response_201_item_services_item import (
        GetUserAppointmentListResponse201ItemServicesItem,
    )
    from .get_user_appointment_list_response_201_item_staff import GetUserAppointmentListResponse201ItemStaff
    from .get_user_appointment_list_response_201_item_staff_position import (
        GetUserAppointmentListResponse201ItemStaffPosition,
    )
    from .get_user_gift_cards_response_200_item import GetUserGiftCardsResponse200Item
    from .get_user_gift_cards_response_200_item_status import GetUserGiftCardsResponse200ItemStatus
    from .get_user_gift_cards_response_200_item_type import GetUserGiftCardsResponse200ItemType
    from .get_user_gift_cards_response_200_item_type_item_type import GetUserGiftCardsResponse200ItemTypeItemType
    from .get_user_loyalty_cards_response_200 import GetUserLoyaltyCardsResponse200
    from .get_user_loyalty_cards_response_200_programs_item import GetUserLoyaltyCardsResponse200ProgramsItem
    from .get_user_loyalty_cards_response_200_programs_item_loyalty_type import (
        GetUserLoyaltyCardsResponse200ProgramsItemLoyaltyType,
    )
    from .get_user_loyalty_cards_response_200_programs_item_rules_item import (
        GetUserLoyaltyCardsResponse200ProgramsItemRulesItem,
    )
    from .get_user_loyalty_cards_response_200_salon_group import GetUserLoyaltyCardsResponse200SalonGroup
    from .get_user_loyalty_cards_response_200_type import GetUserLoyaltyCardsResponse200Type
    from .get_user_memberships_response_200_item import GetUserMembershipsResponse200Item
    from .get_user_memberships_response_200_item_balance_container import (
        GetUserMembershipsResponse200ItemBalanceContainer,
    )
    from .get_user_memberships_response_200_item_balance_container_links_item import (
        GetUserMembershipsResponse200ItemBalanceContainerLinksItem,
    )
    from .get_user_memberships_response_200_item_balance_container_links_item_category import (
        GetUserMembershipsResponse200ItemBalanceContainerLinksItemCategory,
    )
    from .get_user_memberships_response_200_item_balance_container_links_item_category_category import (
        GetUserMembershipsResponse200ItemBalanceContainerLinksItemCategoryCategory,
    )
    from .get_user_memberships_response_200_item_balance_container_links_item_service import (
        GetUserMembershipsResponse200ItemBalanceContainerLinksItemService,
    )
    from .get_user_memberships_response_200_item_balance_container_links_item_service_category import (
        GetUserMembershipsResponse200ItemBalanceContainerLinksItemServiceCategory,
    )
    from .get_user_memberships_response_200_item_status import GetUserMembershipsResponse200ItemStatus
    from .get_user_memberships_response_200_item_type import GetUserMembershipsResponse200ItemType
    from .get_user_memberships_response_200_item_type_balance_container import (
        GetUserMembershipsResponse200ItemTypeBalanceContainer,
    )
    from .get_user_memberships_response_200_item_type_balance_container_links_item import (
        GetUserMembershipsResponse200ItemTypeBalanceContainerLinksItem,
    )
    from .get_user_memberships_response_200_item_type_balance_container_links_item_category import (
        GetUserMembershipsResponse200ItemTypeBalanceContainerLinksItemCategory,
    )
    from .get_user_memberships_response_200_item_type_balance_container_links_item_category_category import (
        GetUserMembershipsResponse200ItemTypeBalanceContainerLinksItemCategoryCategory,
    )
    from .get_user_memberships_response_200_item_type_balance_container_links_item_service import (
        GetUserMembershipsResponse200ItemTypeBalanceContainerLinksItemService,
    )
    from .get_user_memberships_response_200_item_type_balance_container_links_item_service_category import (
        GetUserMembershipsResponse200ItemTypeBalanceContainerLinksItemServiceCategory,
    )
    from .get_user_notification_settings_response_200 import GetUserNotificationSettingsResponse200
    from .get_user_notification_settings_response_200_mode import GetUserNotificationSettingsResponse200Mode
    from .get_user_notification_settings_response_200_notification_types_item import (
        GetUserNotificationSettingsResponse200NotificationTypesItem,
    )
    from .get_user_notification_settings_response_200_notification_types_item_channels import (
        GetUserNotificationSettingsResponse200NotificationTypesItemChannels,
    )
    from .get_user_notification_settings_response_200_notification_types_item_type import (
        GetUserNotificationSettingsResponse200NotificationTypesItemType,
    )
    from .get_user_permissions_response_200 import GetUserPermissionsResponse200
    from .get_user_permissions_response_200_user_role import GetUserPermissionsResponse200UserRole
    from .get_user_roles_include_item import GetUserRolesIncludeItem
    from .get_user_roles_response_200_item import GetUserRolesResponse200Item
    from .get_user_roles_response_200_item_slug import GetUserRolesResponse200ItemSlug
    from .get_visit_details_response_200 import GetVisitDetailsResponse200
    from .get_visit_details_response_200_items_item import GetVisitDetailsResponse200ItemsItem
    from .get_visit_details_response_200_kkm_transaction_details_container import (
        GetVisitDetailsResponse200KkmTransactionDetailsContainer,
    )
    from .get_visit_details_response_200_kkm_transaction_details_container_transactions_item import (
        GetVisitDetailsResponse200KkmTransactionDetailsContainerTransactionsItem,
    )
    from .get_visit_details_response_200_kkm_transaction_details_container_transactions_item_cashier import (
        GetVisitDetailsResponse200KkmTransactionDetailsContainerTransactionsItemCashier,
    )
    from .get_visit_details_response_200_kkm_transaction_details_container_transactions_item_document import (
        GetVisitDetailsResponse200KkmTransactionDetailsContainerTransactionsItemDocument,
    )
    from .get_visit_details_response_200_kkm_transaction_details_container_transactions_item_status import (
        GetVisitDetailsResponse200KkmTransactionDetailsContainerTransactionsItemStatus,
    )
    from .get_visit_details_response_200_kkm_transaction_details_container_transactions_item_type import (
        GetVisitDetailsResponse200KkmTransactionDetailsContainerTransactionsItemType,
    )
    from .get_visit_details_response_200_loyalty_transactions_item import (
        GetVisitDetailsResponse200LoyaltyTransactionsItem,
    )
    from .get_visit_details_response_200_loyalty_transactions_item_type import (
        GetVisitDetailsResponse200LoyaltyTransactionsItemType,
    )
    from .get_visit_details_response_200_payment_transactions_item import (
        GetVisitDetailsResponse200PaymentTransactionsItem,
    )
    from .get_visit_details_response_200_payment_transactions_item_account import (
        GetVisitDetailsResponse200PaymentTransactionsItemAccount,
    )
    from .get_visit_details_response_200_payment_transactions_item_client import (
        GetVisitDetailsResponse200PaymentTransactionsItemClient,
    )
    from .get_visit_details_response_200_payment_transactions_item_expense import (
        GetVisitDetailsResponse200PaymentTransactionsItemExpense,
    )
    from .get_visit_details_response_200_payment_transactions_item_master_item import (
        GetVisitDetailsResponse200PaymentTransactionsItemMasterItem,
    )
    from .get_visit_details_response_200_payment_transactions_item_supplier_item import (
        GetVisitDetailsResponse200PaymentTransactionsItemSupplierItem,
    )
    from .get_visit_response_200 import GetVisitResponse200
    from .get_visit_response_200_records_item import GetVisitResponse200RecordsItem
    from .get_visit_response_200_records_item_client import GetVisitResponse200RecordsItemClient
    from .get_visit_response_200_records_item_documents_item import GetVisitResponse200RecordsItemDocumentsItem
    from .get_visit_response_200_records_item_events_item import GetVisitResponse200RecordsItemEventsItem
    from .get_visit_response_200_records_item_goods_transactions_item import (
        GetVisitResponse200RecordsItemGoodsTransactionsItem,
    )
    from .get_visit_response_200_records_item_services_item import GetVisitResponse200RecordsItemServicesItem
    from .get_visit_response_200_records_item_staff import GetVisitResponse200RecordsItemStaff
    from .get_visit_response_200_records_item_staff_position import GetVisitResponse200RecordsItemStaffPosition
    from .group_event_appointment import GroupEventAppointment
    from .group_event_appointment_client import GroupEventAppointmentClient
    from .group_event_appointment_custom_fields import GroupEventAppointmentCustomFields
    from .group_event_appointment_services_item import GroupEventAppointmentServicesItem
    from .handle_fiscalization_callback_body import HandleFiscalizationCallbackBody
    from .image import Image
    from .image_group import ImageGroup
    from .image_group_image_group import ImageGroupImageGroup
    from .issue_loyalty_card_body import IssueLoyaltyCardBody
    from .issue_loyalty_card_response_200 import IssueLoyaltyCardResponse200
    from .issue_loyalty_card_response_200_programs_item import IssueLoyaltyCardResponse200ProgramsItem
    from .issue_loyalty_card_response_200_programs_item_loyalty_type import (
        IssueLoyaltyCardResponse200ProgramsItemLoyaltyType,
    )
    from .issue_loyalty_card_response_200_programs_item_rules_item import (
        IssueLoyaltyCardResponse200ProgramsItemRulesItem,
    )
    from .issue_loyalty_card_response_200_salon_group import IssueLoyaltyCardResponse200SalonGroup
    from .issue_loyalty_card_response_200_type import IssueLoyaltyCardResponse200Type
    from .leave_comment_body import LeaveCommentBody
    from .leave_comment_response_201 import LeaveCommentResponse201
    from .license_option import LicenseOption
    from .list_client_comments_response_200_item import ListClientCommentsResponse200Item
    from .list_client_comments_response_200_item_type import ListClientCommentsResponse200ItemType
    from .list_marketplace_app_locations_response_200_item import ListMarketplaceAppLocationsResponse200Item
    from .list_marketplace_app_locations_response_200_item_booking_widget_promo_type_0 import (
        ListMarketplaceAppLocationsResponse200ItemBookingWidgetPromoType0,
    )
    from .list_roles_include_item import ListRolesIncludeItem
    from .list_roles_response_200_item import ListRolesResponse200Item
    from .list_roles_response_200_item_slug import ListRolesResponse200ItemSlug
    from .list_timetable_schedule_day_events_response_200_item import ListTimetableScheduleDayEventsResponse200Item
    from .list_timetable_schedule_day_events_response_200_item_event_entity_type import (
        ListTimetableScheduleDayEventsResponse200ItemEventEntityType,
    )
    from .list_timetable_schedule_day_events_response_200_item_event_status import (
        ListTimetableScheduleDayEventsResponse200ItemEventStatus,
    )
    from .list_voip_calls_body import ListVoipCallsBody
    from .list_voip_calls_body_statuses_item import ListVoipCallsBodyStatusesItem
    from .list_voip_calls_body_types_item import ListVoipCallsBodyTypesItem
    from .list_voip_calls_response_200_item import ListVoipCallsResponse200Item
    from .list_voip_calls_response_200_item_status import ListVoipCallsResponse200ItemStatus
    from .list_voip_calls_response_200_item_type import ListVoipCallsResponse200ItemType
    from .location_event import LocationEvent
    from .location_event_resource import LocationEventResource
    from .location_event_status import LocationEventStatus
    from .log_in_with_phone_number_and_code_body import LogInWithPhoneNumberAndCodeBody
    from .log_in_with_phone_number_and_code_response_201 import LogInWithPhoneNumberAndCodeResponse201
    from .loyalty_card_event import LoyaltyCardEvent
    from .loyalty_card_event_resource import LoyaltyCardEventResource
    from .loyalty_card_event_status import LoyaltyCardEventStatus
    from .loyalty_card_type import LoyaltyCardType
    from .loyalty_entity_attendance_item import LoyaltyEntityAttendanceItem
    from .loyalty_generate_code_200_data_option import LoyaltyGenerateCode200DataOption
    from .loyalty_generate_code_200_option import LoyaltyGenerateCode200Option
    from .loyalty_generate_code_200_option_meta_item import LoyaltyGenerateCode200OptionMetaItem
    from .loyalty_notification_message_template import LoyaltyNotificationMessageTemplate
    from .loyalty_notification_message_template_message_type import LoyaltyNotificationMessageTemplateMessageType
    from .loyalty_notification_message_template_request import LoyaltyNotificationMessageTemplateRequest
    from .loyalty_notification_message_template_request_type import LoyaltyNotificationMessageTemplateRequestType
    from .loyalty_notification_message_template_type import LoyaltyNotificationMessageTemplateType
    from .loyalty_program_rule import LoyaltyProgramRule
    from .loyalty_program_rule_request import LoyaltyProgramRuleRequest
    from .marketplace_event import MarketplaceEvent
    from .marketplace_event_event import MarketplaceEventEvent
    from .marketplace_notification_payment_callback_body import MarketplaceNotificationPaymentCallbackBody
    from .marketplace_notification_payment_callback_response_200 import (
        MarketplaceNotificationPaymentCallbackResponse200,
    )
    from .marketplace_notification_settings_callback_body import MarketplaceNotificationSettingsCallbackBody
    from .marketplace_notification_settings_redirect_callback_body import (
        MarketplaceNotificationSettingsRedirectCallbackBody,
    )
    from .marketplace_notification_settings_redirect_callback_response_200 import (
        MarketplaceNotificationSettingsRedirectCallbackResponse200,
    )
    from .marketplace_partner_application_add_discount_body import MarketplacePartnerApplicationAddDiscountBody
    from .marketplace_partner_application_add_discount_response_200 import (
        MarketplacePartnerApplicationAddDiscountResponse200,
    )
    from .marketplace_partner_application_payment_link_response_200 import (
        MarketplacePartnerApplicationPaymentLinkResponse200,
    )
    from .marketplace_partner_applications_tariffs_list_response_200_item import (
        MarketplacePartnerApplicationsTariffsListResponse200Item,
    )
    from .marketplace_partner_applications_tariffs_list_response_200_item_options_item import (
        MarketplacePartnerApplicationsTariffsListResponse200ItemOptionsItem,
    )
    from .marketplace_partner_applications_update_channel_body import MarketplacePartnerApplicationsUpdateChannelBody
    from .marketplace_partner_applications_update_channel_body_channel_slug import (
        MarketplacePartnerApplicationsUpdateChannelBodyChannelSlug,
    )
    from .marketplace_partner_applications_update_channel_response_200 import (
        MarketplacePartnerApplicationsUpdateChannelResponse200,
    )
    from .model_object_consumable_in_service import ModelObjectConsumableInService
    from .model_object_location_minimum_information import ModelObjectLocationMinimumInformation
    from .model_object_permission_option import ModelObjectPermissionOption
    from .model_object_permission_type import ModelObjectPermissionType
    from .model_object_permission_type_slug import ModelObjectPermissionTypeSlug
    from .model_object_permission_value import ModelObjectPermissionValue
    from .model_object_permission_with_nested_permissions import ModelObjectPermissionWithNestedPermissions
    from .model_object_permission_with_nested_permissions_children_type_0_item import (
        ModelObjectPermissionWithNestedPermissionsChildrenType0Item,
    )
    from .model_object_presence_of_tip_without_amount import ModelObjectPresenceOfTipWithoutAmount
    from .model_object_service_in_customers_history_appointment import ModelObjectServiceInCustomersHistoryAppointment
    from .model_object_service_in_customers_history_appointment_payment_status import (
        ModelObjectServiceInCustomersHistoryAppointmentPaymentStatus,
    )
    from .object_of_model_file_in_a_client_details import ObjectOfModelFileInAClientDetails
    from .object_of_model_position import ObjectOfModelPosition
    from .object_of_model_resource_instance import ObjectOfModelResourceInstance
    from .object_of_model_schedule_series import ObjectOfModelScheduleSeries
    from .object_of_model_schedule_series_day_of_week import ObjectOfModelScheduleSeriesDayOfWeek
    from .object_of_model_tag import ObjectOfModelTag
    from .object_of_model_team_member_with_position import ObjectOfModelTeamMemberWithPosition
    from .object_of_model_user_with_name_and_avatar import ObjectOfModelUserWithNameAndAvatar
    from .patch_service_body import PatchServiceBody
    from .patch_service_body_staff_item import PatchServiceBodyStaffItem
    from .patch_service_response_200 import PatchServiceResponse200
    from .patch_service_response_200_dates_item_type_0 import PatchServiceResponse200DatesItemType0
    from .patch_service_response_200_image_group_item import PatchServiceResponse200ImageGroupItem
    from .patch_service_response_200_resources_item import PatchServiceResponse200ResourcesItem
    from .patch_service_response_200_staff_item import PatchServiceResponse200StaffItem
    from .pay_with_a_loyalty_card import PayWithALoyaltyCard
    from .pay_with_a_loyalty_card_payment import PayWithALoyaltyCardPayment
    from .pay_with_a_loyalty_card_payment_method import PayWithALoyaltyCardPaymentMethod
    from .pay_with_a_loyalty_program import PayWithALoyaltyProgram
    from .pay_with_a_loyalty_program_payment import PayWithALoyaltyProgramPayment
    from .pay_with_a_loyalty_program_payment_method import PayWithALoyaltyProgramPaymentMethod
    from .pay_with_referral_program_works_only_for_visit import PayWithReferralProgramWorksOnlyForVisit
    from .pay_with_referral_program_works_only_for_visit_payment import PayWithReferralProgramWorksOnlyForVisitPayment
    from .pay_with_referral_program_works_only_for_visit_payment_method import (
        PayWithReferralProgramWorksOnlyForVisitPaymentMethod,
    )
    from .payment_at_the_checkout import PaymentAtTheCheckout
    from .payment_at_the_checkout_payment import PaymentAtTheCheckoutPayment
    from .payment_at_the_checkout_payment_method import PaymentAtTheCheckoutPaymentMethod
    from .payment_details_object import PaymentDetailsObject
    from .payment_via_client_personal_account import PaymentViaClientPersonalAccount
    from .payment_via_client_personal_account_payment import PaymentViaClientPersonalAccountPayment
    from .payment_via_client_personal_account_payment_method import PaymentViaClientPersonalAccountPaymentMethod
    from .payment_with_a_gift_card import PaymentWithAGiftCard
    from .payment_with_a_gift_card_payment import PaymentWithAGiftCardPayment
    from .payment_with_a_gift_card_payment_method import PaymentWithAGiftCardPaymentMethod
    from .payment_with_membership_works_only_for_the_visit import PaymentWithMembershipWorksOnlyForTheVisit
    from .payment_with_membership_works_only_for_the_visit_payment import (
        PaymentWithMembershipWorksOnlyForTheVisitPayment,
    )
    from .payment_with_membership_works_only_for_the_visit_payment_method import (
        PaymentWithMembershipWorksOnlyForTheVisitPaymentMethod,
    )
    from .payroll_calculation_discrepancy_details_object import PayrollCalculationDiscrepancyDetailsObject
    from .payroll_calculation_discrepancy_details_object_reason import PayrollCalculationDiscrepancyDetailsObjectReason
    from .payroll_calculation_rules_details_object import PayrollCalculationRulesDetailsObject
    from .print_fiscal_receipt_body import PrintFiscalReceiptBody
    from .print_fiscal_receipt_response_200 import PrintFiscalReceiptResponse200
    from .print_fiscal_receipt_response_200_bill_json_item import PrintFiscalReceiptResponse200BillJsonItem
    from .print_fiscal_receipt_response_200_kkm_transactions_item import (
        PrintFiscalReceiptResponse200KkmTransactionsItem,
    )
    from .print_fiscal_receipt_response_200_kkm_transactions_item_cashier import (
        PrintFiscalReceiptResponse200KkmTransactionsItemCashier,
    )
    from .print_fiscal_receipt_response_200_kkm_transactions_item_document import (
        PrintFiscalReceiptResponse200KkmTransactionsItemDocument,
    )
    from .print_fiscal_receipt_response_200_kkm_transactions_item_status import (
        PrintFiscalReceiptResponse200KkmTransactionsItemStatus,
    )
    from .print_fiscal_receipt_response_200_kkm_transactions_item_type import (
        PrintFiscalReceiptResponse200KkmTransactionsItemType,
    )
    from .product_event import ProductEvent
    from .product_event_resource import ProductEventResource
    from .product_event_status import ProductEventStatus
    from .product_operation_event import ProductOperationEvent
    from .product_operation_event_resource import ProductOperationEventResource
    from .product_operation_event_status import ProductOperationEventStatus
    from .remove_service_from_team_member_response_204_type_0 import RemoveServiceFromTeamMemberResponse204Type0
    from .remove_user_from_locations_body import RemoveUserFromLocationsBody
    from .remove_user_from_locations_body_user_company_links_item import RemoveUserFromLocationsBodyUserCompanyLinksItem
    from .remove_user_from_locations_response_200_type_0 import RemoveUserFromLocationsResponse200Type0
    from .salary_balance_object import SalaryBalanceObject
    from .salary_calculation_item_object import SalaryCalculationItemObject
    from .salary_calculation_item_object_item_type_slug import SalaryCalculationItemObjectItemTypeSlug
    from .salary_calculation_item_target_object import SalaryCalculationItemTargetObject
    from .salary_calculation_item_target_object_target_type_slug import SalaryCalculationItemTargetObjectTargetTypeSlug
    from .salary_calculation_item_target_rule_object import SalaryCalculationItemTargetRuleObject
    from .salary_calculation_item_target_rule_object_type_slug import SalaryCalculationItemTargetRuleObjectTypeSlug
    from .salary_calculation_object import SalaryCalculationObject
    from .salary_calculation_object_status import SalaryCalculationObjectStatus
    from .salary_totals import SalaryTotals
    from .saving_call_information import SavingCallInformation
    from .schedule_event import ScheduleEvent
    from .schedule_event_resource import ScheduleEventResource
    from .schedule_event_status import ScheduleEventStatus
    from .schedule_team_member_update_deprecated_body_item import ScheduleTeamMemberUpdateDeprecatedBodyItem
    from .schedule_team_member_update_deprecated_body_item_slots_item import (
        ScheduleTeamMemberUpdateDeprecatedBodyItemSlotsItem,
    )
    from .search_client_visits_body import SearchClientVisitsBody
    from .search_client_visits_body_attendance import SearchClientVisitsBodyAttendance
    from .search_client_visits_body_payment_statuses_item import SearchClientVisitsBodyPaymentStatusesItem
    from .search_client_visits_response_200 import SearchClientVisitsResponse200
    from .search_event_services_response_200_item import SearchEventServicesResponse200Item
    from .search_event_services_response_200_item_category import SearchEventServicesResponse200ItemCategory
    from .search_event_services_response_200_item_resources_item import SearchEventServicesResponse200ItemResourcesItem
    from .search_event_services_response_200_item_staff_item import SearchEventServicesResponse200ItemStaffItem
    from .search_events_response_200_item import SearchEventsResponse200Item
    from .search_events_response_200_item_labels_item import SearchEventsResponse200ItemLabelsItem
    from .search_events_response_200_item_resource_instances_item import (
        SearchEventsResponse200ItemResourceInstancesItem,
    )
    from .search_events_response_200_item_service import SearchEventsResponse200ItemService
    from .search_events_response_200_item_service_category import SearchEventsResponse200ItemServiceCategory
    from .search_events_response_200_item_staff import SearchEventsResponse200ItemStaff
    from .search_events_response_200_item_staff_position import SearchEventsResponse200ItemStaffPosition
    from .search_for_product_transactions_response_200_item import SearchForProductTransactionsResponse200Item
    from .search_for_product_transactions_response_200_item_clients import (
        SearchForProductTransactionsResponse200ItemClients,
    )
    from .search_for_product_transactions_response_200_item_good import SearchForProductTransactionsResponse200ItemGood
    from .search_for_product_transactions_response_200_item_master import (
        SearchForProductTransactionsResponse200ItemMaster,
    )
    from .search_for_product_transactions_response_200_item_service import (
        SearchForProductTransactionsResponse200ItemService,
    )
    from .search_for_product_transactions_response_200_item_storage import (
        SearchForProductTransactionsResponse200ItemStorage,
    )
    from .search_for_product_transactions_response_200_item_supplier import (
        SearchForProductTransactionsResponse200ItemSupplier,
    )
    from .search_for_product_transactions_response_200_item_unit import SearchForProductTransactionsResponse200ItemUnit
    from .search_memberships_for_event_response_200 import SearchMembershipsForEventResponse200
    from .search_memberships_for_event_response_200_data_item import SearchMembershipsForEventResponse200DataItem
    from .search_memberships_for_event_response_200_data_item_attributes import (
        SearchMembershipsForEventResponse200DataItemAttributes,
    )
    from .search_memberships_for_event_response_200_data_item_relationships import (
        SearchMembershipsForEventResponse200DataItemRelationships,
    )
    from .search_memberships_for_event_response_200_data_item_relationships_loyalty_abonement_type import (
        SearchMembershipsForEventResponse200DataItemRelationshipsLoyaltyAbonementType,
    )
    from .search_memberships_for_event_response_200_data_item_relationships_loyalty_abonement_type_data import (
        SearchMembershipsForEventResponse200DataItemRelationshipsLoyaltyAbonementTypeData,
    )
    from .search_memberships_for_event_response_200_included_item import (
        SearchMembershipsForEventResponse200IncludedItem,
    )
    from .search_product_response_200_item import SearchProductResponse200Item
    from .search_team_member_calculation_daily_salary_response_200 import (
        SearchTeamMemberCalculationDailySalaryResponse200,
    )
    from .search_team_member_calculation_daily_salary_response_200_payroll_daily_item import (
        SearchTeamMemberCalculationDailySalaryResponse200PayrollDailyItem,
    )
    from .search_team_member_calculation_salary_response_200 import SearchTeamMemberCalculationSalaryResponse200
    from .search_team_member_payroll_calculation_response_200_item import (
        SearchTeamMemberPayrollCalculationResponse200Item,
    )
    from .search_team_member_period_daily_salary_response_200 import SearchTeamMemberPeriodDailySalaryResponse200
    from .search_team_member_period_daily_salary_response_200_period_calculation_daily_item import (
        SearchTeamMemberPeriodDailySalaryResponse200PeriodCalculationDailyItem,
    )
    from .search_team_member_period_salary_response_200 import SearchTeamMemberPeriodSalaryResponse200
    from .search_timetable_event_schedules_by_event_entity_type import SearchTimetableEventSchedulesByEventEntityType
    from .search_timetable_event_schedules_by_event_include_item import SearchTimetableEventSchedulesByEventIncludeItem
    from .search_timetable_event_schedules_by_event_response_200 import SearchTimetableEventSchedulesByEventResponse200
    from .search_timetable_event_schedules_by_event_response_200_original_entity_type import (
        SearchTimetableEventSchedulesByEventResponse200OriginalEntityType,
    )
    from .send_booking_verification_code_body import SendBookingVerificationCodeBody
    from .send_booking_verification_code_response_201 import SendBookingVerificationCodeResponse201
    from .send_booking_verification_code_response_201_meta import SendBookingVerificationCodeResponse201Meta
    from .send_email_campaign_to_filtered_clients_body import SendEmailCampaignToFilteredClientsBody
    from .send_email_newsletter_to_clients_body import SendEmailNewsletterToClientsBody
    from .send_sms_campaign_to_filtered_clients_body import SendSmsCampaignToFilteredClientsBody
    from .send_sms_to_clients_body import SendSmsToClientsBody
    from .service_category_event import ServiceCategoryEvent
    from .service_category_event_resource import ServiceCategoryEventResource
    from .service_category_event_status import ServiceCategoryEventStatus
    from .service_event import ServiceEvent
    from .service_event_resource import ServiceEventResource
    from .service_event_status import ServiceEventStatus
    from .service_title import ServiceTitle
    from .set_marketplace_notification_short_names_body import SetMarketplaceNotificationShortNamesBody
    from .set_team_member_schedule_body import SetTeamMemberScheduleBody
    from .set_team_member_schedule_body_schedules_to_delete_item import SetTeamMemberScheduleBodySchedulesToDeleteItem
    from .set_team_member_schedule_body_schedules_to_set_item import SetTeamMemberScheduleBodySchedulesToSetItem
    from .set_team_member_schedule_body_schedules_to_set_item_slots_item import (
        SetTeamMemberScheduleBodySchedulesToSetItemSlotsItem,
    )
    from .set_team_member_schedule_response_200_item import SetTeamMemberScheduleResponse200Item
    from .set_team_member_schedule_response_200_item_slots_item import SetTeamMemberScheduleResponse200ItemSlotsItem
    from .staff_position_variant_0 import StaffPositionVariant0
    from .standard_appointment import StandardAppointment
    from .standard_appointment_activity_id import StandardAppointmentActivityId
    from .standard_appointment_client import StandardAppointmentClient
    from .standard_appointment_custom_fields import StandardAppointmentCustomFields
    from .standard_appointment_services_item import StandardAppointmentServicesItem
    from .submit_feedback_form_body import SubmitFeedbackFormBody
    from .team_member_event import TeamMemberEvent
    from .team_member_event_resource import TeamMemberEventResource
    from .team_member_event_status import TeamMemberEventStatus
    from .the_object_of_the_model_appointment_in_the_history_of_visits_to_the_client import (
        TheObjectOfTheModelAppointmentInTheHistoryOfVisitsToTheClient,
    )
    from .the_object_of_the_model_appointment_in_the_history_of_visits_to_the_client_tips_type_2 import (
        TheObjectOfTheModelAppointmentInTheHistoryOfVisitsToTheClientTipsType2,
    )
    from .the_object_of_the_model_sale_of_goods_in_the_history_of_visits_to_the_client import (
        TheObjectOfTheModelSaleOfGoodsInTheHistoryOfVisitsToTheClient,
    )
    from .the_object_of_the_model_sold_product_in_the_history_of_customer_visits import (
        TheObjectOfTheModelSoldProductInTheHistoryOfCustomerVisits,
    )
    from .the_object_of_the_model_sold_product_in_the_history_of_customer_visits_payment_status import (
        TheObjectOfTheModelSoldProductInTheHistoryOfCustomerVisitsPaymentStatus,
    )
    from .total_tip_model_object import TotalTipModelObject
    from .uninstall_marketplace_app_response_200_type_0 import UninstallMarketplaceAppResponse200Type0
    from .unlink_appointment_service_association_body import UnlinkAppointmentServiceAssociationBody
    from .unlink_appointment_service_association_response_200_item import (
        UnlinkAppointmentServiceAssociationResponse200Item,
    )
    from .unlink_appointment_service_association_response_200_item_consumables_item import (
        UnlinkAppointmentServiceAssociationResponse200ItemConsumablesItem,
    )
    from .unlink_appointment_service_association_response_200_item_technological_cards_item import (
        UnlinkAppointmentServiceAssociationResponse200ItemTechnologicalCardsItem,
    )
    from .update_appointment_attendance_body import UpdateAppointmentAttendanceBody
    from .update_appointment_attendance_body_attendance import UpdateAppointmentAttendanceBodyAttendance
    from .update_appointment_attendance_response_200 import UpdateAppointmentAttendanceResponse200
    from .update_appointment_attendance_response_200_attendance import UpdateAppointmentAttendanceResponse200Attendance
    from .update_appointment_attendance_response_200_records_type_0 import (
        UpdateAppointmentAttendanceResponse200RecordsType0,
    )
    from .update_appointment_attendance_response_200_records_type_0_additional_property import (
        UpdateAppointmentAttendanceResponse200RecordsType0AdditionalProperty,
    )
    from .update_appointment_calendar_settings_body import UpdateAppointmentCalendarSettingsBody
    from .update_appointment_calendar_settings_response_200 import UpdateAppointmentCalendarSettingsResponse200
    from .update_appointment_response_201 import UpdateAppointmentResponse201
    from .update_appointment_response_201_client import UpdateAppointmentResponse201Client
    from .update_appointment_response_201_documents_item import UpdateAppointmentResponse201DocumentsItem
    from .update_appointment_response_201_services_item import UpdateAppointmentResponse201ServicesItem
    from .update_appointment_response_201_staff import UpdateAppointmentResponse201Staff
    from .update_appointment_service_consumables_body import UpdateAppointmentServiceConsumablesBody
    from .update_appointment_service_consumables_body_consumables_item import (
        UpdateAppointmentServiceConsumablesBodyConsumablesItem,
    )
    from .update_appointment_service_consumables_response_200_item import (
        UpdateAppointmentServiceConsumablesResponse200Item,
    )
    from .update_appointment_service_consumables_response_200_item_consumables_item import (
        UpdateAppointmentServiceConsumablesResponse200ItemConsumablesItem,
    )
    from .update_appointment_service_consumables_response_200_item_consumables_item_good import (
        UpdateAppointmentServiceConsumablesResponse200ItemConsumablesItemGood,
    )
    from .update_appointment_service_consumables_response_200_item_technological_cards_item import (
        UpdateAppointmentServiceConsumablesResponse200ItemTechnologicalCardsItem,
    )
    from .update_appointment_service_consumables_response_200_item_technological_cards_item_technological_card_items_item import (
        UpdateAppointmentServiceConsumablesResponse200ItemTechnologicalCardsItemTechnologicalCardItemsItem,
    )
    from .update_appointment_service_consumables_response_200_item_technological_cards_item_technological_card_items_item_good import (
        UpdateAppointmentServiceConsumablesResponse200ItemTechnologicalCardsItemTechnologicalCardItemsItemGood,
    )
    from .update_booking_user_body import UpdateBookingUserBody
    from .update_booking_user_password_body import UpdateBookingUserPasswordBody
    from .update_booking_user_password_response_200 import UpdateBookingUserPasswordResponse200
    from .update_booking_widget_body import UpdateBookingWidgetBody
    from .update_booking_widget_body_button_position import UpdateBookingWidgetBodyButtonPosition
    from .update_booking_widget_body_form_position import UpdateBookingWidgetBodyFormPosition
    from .update_booking_widget_response_200 import UpdateBookingWidgetResponse200
    from .update_booking_widget_response_200_header_images_type_0 import UpdateBookingWidgetResponse200HeaderImagesType0
    from .update_chain_loyalty_program_body import UpdateChainLoyaltyProgramBody
    from .update_chain_loyalty_program_body_expiration_timeout_unit import (
        UpdateChainLoyaltyProgramBodyExpirationTimeoutUnit,
    )
    from .update_chain_loyalty_program_include import UpdateChainLoyaltyProgramInclude
    from .update_chain_loyalty_program_response_200 import UpdateChainLoyaltyProgramResponse200
    from .update_chain_loyalty_program_response_200_expiration_timeout_unit import (
        UpdateChainLoyaltyProgramResponse200ExpirationTimeoutUnit,
    )
    from .update_chain_loyalty_program_response_200_good_item_type import (
        UpdateChainLoyaltyProgramResponse200GoodItemType,
    )
    from .update_chain_loyalty_program_response_200_params_source_type import (
        UpdateChainLoyaltyProgramResponse200ParamsSourceType,
    )
    from .update_chain_loyalty_program_response_200_service_item_type import (
        UpdateChainLoyaltyProgramResponse200ServiceItemType,
    )
    from .update_chain_loyalty_program_response_200_type import UpdateChainLoyaltyProgramResponse200Type
    from .update_chain_loyalty_program_response_200_value_unit import UpdateChainLoyaltyProgramResponse200ValueUnit
    from .update_client_body import UpdateClientBody
    from .update_client_body_custom_fields import UpdateClientBodyCustomFields
    from .update_client_body_labels_type_0 import UpdateClientBodyLabelsType0
    from .update_custom_field_body import UpdateCustomFieldBody
    from .update_custom_field_response_202_item import UpdateCustomFieldResponse202Item
    from .update_custom_field_response_202_item_custom_field import UpdateCustomFieldResponse202ItemCustomField
    from .update_custom_field_response_202_item_custom_field_type import UpdateCustomFieldResponse202ItemCustomFieldType
    from .update_document_body import UpdateDocumentBody
    from .update_document_response_200 import UpdateDocumentResponse200
    from .update_document_response_200_company import UpdateDocumentResponse200Company
    from .update_document_response_200_company_phones_item import UpdateDocumentResponse200CompanyPhonesItem
    from .update_document_response_200_storage import UpdateDocumentResponse200Storage
    from .update_document_response_200_type import UpdateDocumentResponse200Type
    from .update_document_response_200_user import UpdateDocumentResponse200User
    from .update_event_body import UpdateEventBody
    from .update_event_duplication_strategy_body import UpdateEventDuplicationStrategyBody
    from .update_event_duplication_strategy_body_days_item import UpdateEventDuplicationStrategyBodyDaysItem
    from .update_event_notification_settings_body import UpdateEventNotificationSettingsBody
    from .update_event_notification_settings_response_201 import UpdateEventNotificationSettingsResponse201
    from .update_event_response_200 import UpdateEventResponse200
    from .update_event_response_200_duration_details import UpdateEventResponse200DurationDetails
    from .update_event_response_200_labels_item import UpdateEventResponse200LabelsItem
    from .update_event_response_200_resource_instances_item import UpdateEventResponse200ResourceInstancesItem
    from .update_event_response_200_service import UpdateEventResponse200Service
    from .update_event_response_200_staff import UpdateEventResponse200Staff
    from .update_financial_transaction_body import UpdateFinancialTransactionBody
    from .update_financial_transaction_response_200_item import UpdateFinancialTransactionResponse200Item
    from .update_financial_transaction_response_200_item_account import UpdateFinancialTransactionResponse200ItemAccount
    from .update_financial_transaction_response_200_item_client import UpdateFinancialTransactionResponse200ItemClient
    from .update_financial_transaction_response_200_item_expense import UpdateFinancialTransactionResponse200ItemExpense
    from .update_financial_transaction_response_200_item_master import UpdateFinancialTransactionResponse200ItemMaster
    from .update_financial_transaction_response_200_item_supplier import (
        UpdateFinancialTransactionResponse200ItemSupplier,
    )
    from .update_location_body import UpdateLocationBody
    from .update_location_body_social import UpdateLocationBodySocial
    from .update_location_response_200 import UpdateLocationResponse200
    from .update_location_response_200_access import UpdateLocationResponse200Access
    from .update_location_response_200_main_group_type_0 import UpdateLocationResponse200MainGroupType0
    from .update_location_response_200_social import UpdateLocationResponse200Social
    from .update_online_booking_datetime_body import UpdateOnlineBookingDatetimeBody
    from .update_online_booking_datetime_response_200 import UpdateOnlineBookingDatetimeResponse200
    from .update_online_booking_datetime_response_200_company import UpdateOnlineBookingDatetimeResponse200Company
    from .update_online_booking_datetime_response_200_services_item import (
        UpdateOnlineBookingDatetimeResponse200ServicesItem,
    )
    from .update_online_booking_datetime_response_200_staff import UpdateOnlineBookingDatetimeResponse200Staff
    from .update_online_booking_settings_body import UpdateOnlineBookingSettingsBody
    from .update_online_booking_settings_response_200 import UpdateOnlineBookingSettingsResponse200
    from .update_product_body import UpdateProductBody
    from .update_product_body_correction_rules_item import UpdateProductBodyCorrectionRulesItem
    from .update_product_category_body import UpdateProductCategoryBody
    from .update_product_category_response_200 import UpdateProductCategoryResponse200
    from .update_product_response_200_item import UpdateProductResponse200Item
    from .update_product_response_200_item_actual_amounts_item import UpdateProductResponse200ItemActualAmountsItem
    from .update_service_category_body import UpdateServiceCategoryBody
    from .update_service_category_response_200 import UpdateServiceCategoryResponse200
    from .update_service_links_body import UpdateServiceLinksBody
    from .update_service_links_body_team_member_settings_item import UpdateServiceLinksBodyTeamMemberSettingsItem
    from .update_service_links_body_team_member_settings_item_price_type_0 import (
        UpdateServiceLinksBodyTeamMemberSettingsItemPriceType0,
    )
    from .update_service_links_body_translations_item import UpdateServiceLinksBodyTranslationsItem
    from .update_service_links_response_200 import UpdateServiceLinksResponse200
    from .update_service_team_member_assignment_body import UpdateServiceTeamMemberAssignmentBody
    from .update_service_team_member_assignment_response_200 import UpdateServiceTeamMemberAssignmentResponse200
    from .update_tag_by_tag_id_body import UpdateTagByTagIdBody
    from .update_team_member_body import UpdateTeamMemberBody
    from .update_team_member_response_200 import UpdateTeamMemberResponse200
    from .update_team_member_response_200_position_type_0 import UpdateTeamMemberResponse200PositionType0
    from .update_team_member_schedule_body_type_0 import UpdateTeamMemberScheduleBodyType0
    from .update_team_member_schedule_body_type_0_slots import UpdateTeamMemberScheduleBodyType0Slots
    from .update_timetable_client_schedule_body import UpdateTimetableClientScheduleBody
    from .update_timetable_client_schedule_response_200 import UpdateTimetableClientScheduleResponse200
    from .update_timetable_event_schedule_body import UpdateTimetableEventScheduleBody
    from .update_timetable_event_schedule_response_200 import UpdateTimetableEventScheduleResponse200
    from .update_timetable_event_schedule_response_200_original_entity_type import (
        UpdateTimetableEventScheduleResponse200OriginalEntityType,
    )
    from .update_timetable_schedule_day_body import UpdateTimetableScheduleDayBody
    from .update_timetable_schedule_day_include_item import UpdateTimetableScheduleDayIncludeItem
    from .update_timetable_schedule_day_response_200 import UpdateTimetableScheduleDayResponse200
    from .update_timetable_schedule_day_response_200_day_of_week import UpdateTimetableScheduleDayResponse200DayOfWeek
    from .update_transaction_body import UpdateTransactionBody
    from .update_transaction_response_200 import UpdateTransactionResponse200
    from .update_transaction_response_200_client_type_0_item import UpdateTransactionResponse200ClientType0Item
    from .update_transaction_response_200_client_type_1 import UpdateTransactionResponse200ClientType1
    from .update_transaction_response_200_good import UpdateTransactionResponse200Good
    from .update_transaction_response_200_good_actual_amounts_item import (
        UpdateTransactionResponse200GoodActualAmountsItem,
    )
    from .update_transaction_response_200_good_loyalty_certificate_type_type_0 import (
        UpdateTransactionResponse200GoodLoyaltyCertificateTypeType0,
    )
    from .update_transaction_response_200_goods_marks_item import UpdateTransactionResponse200GoodsMarksItem
    from .update_transaction_response_200_master_type_0_item import UpdateTransactionResponse200MasterType0Item
    from .update_transaction_response_200_master_type_1 import UpdateTransactionResponse200MasterType1
    from .update_transaction_response_200_sale_unit_type_0 import UpdateTransactionResponse200SaleUnitType0
    from .update_transaction_response_200_service_unit_type_0 import UpdateTransactionResponse200ServiceUnitType0
    from .update_transaction_response_200_storage import UpdateTransactionResponse200Storage
    from .update_transaction_response_200_supplier_item import UpdateTransactionResponse200SupplierItem
    from .update_transaction_response_200_type import UpdateTransactionResponse200Type
    from .update_transaction_response_200_unit import UpdateTransactionResponse200Unit
    from .update_user_notification_settings_body import UpdateUserNotificationSettingsBody
    from .update_user_notification_settings_body_notification_types_item import (
        UpdateUserNotificationSettingsBodyNotificationTypesItem,
    )
    from .update_user_notification_settings_body_notification_types_item_channels import (
        UpdateUserNotificationSettingsBodyNotificationTypesItemChannels,
    )
    from .update_user_notification_settings_body_notification_types_item_type import (
        UpdateUserNotificationSettingsBodyNotificationTypesItemType,
    )
    from .update_user_notification_settings_response_200 import UpdateUserNotificationSettingsResponse200
    from .update_user_notification_settings_response_200_mode import UpdateUserNotificationSettingsResponse200Mode
    from .update_user_notification_settings_response_200_notification_types_item import (
        UpdateUserNotificationSettingsResponse200NotificationTypesItem,
    )
    from .update_user_notification_settings_response_200_notification_types_item_channels import (
        UpdateUserNotificationSettingsResponse200NotificationTypesItemChannels,
    )
    from .update_user_notification_settings_response_200_notification_types_item_type import (
        UpdateUserNotificationSettingsResponse200NotificationTypesItemType,
    )
    from .update_user_permissions_body import UpdateUserPermissionsBody
    from .update_user_permissions_body_user_role import UpdateUserPermissionsBodyUserRole
    from .update_user_permissions_response_200 import UpdateUserPermissionsResponse200
    from .update_user_permissions_response_200_user_role import UpdateUserPermissionsResponse200UserRole
    from .update_visit_body import UpdateVisitBody
    from .update_visit_body_deleted_transaction_ids_item import UpdateVisitBodyDeletedTransactionIdsItem
    from .update_visit_body_goods_transactions_item import UpdateVisitBodyGoodsTransactionsItem
    from .update_visit_body_new_transactions_item import UpdateVisitBodyNewTransactionsItem
    from .update_visit_body_services_item import UpdateVisitBodyServicesItem
    from .upload_client_file_body import UploadClientFileBody
    from .upload_client_file_response_200_item import UploadClientFileResponse200Item
    from .upload_image_body import UploadImageBody
    from .upload_image_response_200 import UploadImageResponse200
    from .validate_booking_params_body import ValidateBookingParamsBody
    from .validate_booking_params_body_appointments_item import ValidateBookingParamsBodyAppointmentsItem
    from .visitor_model_object import VisitorModelObject
    from .visitor_model_object_slug import VisitorModelObjectSlug
    from .webhook_client_data import WebhookClientData
    from .webhook_client_data_categories_item import WebhookClientDataCategoriesItem
    from .webhook_client_data_custom_fields_item import WebhookClientDataCustomFieldsItem
    from .webhook_client_data_sex_id import WebhookClientDataSexId
    from .webhook_client_data_sms_bot import WebhookClientDataSmsBot
    from .webhook_client_data_sms_check import WebhookClientDataSmsCheck
    from .webhook_client_data_sms_not import WebhookClientDataSmsNot
    from .webhook_financial_operation_data import WebhookFinancialOperationData
    from .webhook_financial_operation_data_account import WebhookFinancialOperationDataAccount
    from .webhook_financial_operation_data_client import WebhookFinancialOperationDataClient
    from .webhook_financial_operation_data_expense import WebhookFinancialOperationDataExpense
    from .webhook_financial_operation_data_master import WebhookFinancialOperationDataMaster
    from .webhook_financial_operation_data_record import WebhookFinancialOperationDataRecord
    from .webhook_financial_operation_data_supplier import WebhookFinancialOperationDataSupplier
    from .webhook_good_data import WebhookGoodData
    from .webhook_good_data_actual_amounts_item import WebhookGoodDataActualAmountsItem
    from .webhook_good_data_loyalty_allow_empty_code import WebhookGoodDataLoyaltyAllowEmptyCode
    from .webhook_good_data_loyalty_certificate_type_type_0 import WebhookGoodDataLoyaltyCertificateTypeType0
    from .webhook_good_data_loyalty_serial_number_limited import WebhookGoodDataLoyaltySerialNumberLimited
    from .webhook_goods_operation_data import WebhookGoodsOperationData
    from .webhook_goods_operation_data_client import WebhookGoodsOperationDataClient
    from .webhook_goods_operation_data_good import WebhookGoodsOperationDataGood
    from .webhook_goods_operation_data_master import WebhookGoodsOperationDataMaster
    from .webhook_goods_operation_data_service import WebhookGoodsOperationDataService
    from .webhook_goods_operation_data_storage import WebhookGoodsOperationDataStorage
    from .webhook_goods_operation_data_supplier import WebhookGoodsOperationDataSupplier
    from .webhook_goods_operation_data_unit import WebhookGoodsOperationDataUnit
    from .webhook_loyalty_card_data import WebhookLoyaltyCardData
    from .webhook_record_data import WebhookRecordData
    from .webhook_record_data_client_type_0 import WebhookRecordDataClientType0
    from .webhook_record_data_client_type_0_client_tags_item import WebhookRecordDataClientType0ClientTagsItem
    from .webhook_record_data_client_type_0_custom_fields_item import WebhookRecordDataClientType0CustomFieldsItem
    from .webhook_record_data_comer_person_info_type_0 import WebhookRecordDataComerPersonInfoType0
    from .webhook_record_data_comer_type_0 import WebhookRecordDataComerType0
    from .webhook_record_data_composite_type_0 import WebhookRecordDataCompositeType0
    from .webhook_record_data_confirmed import WebhookRecordDataConfirmed
    from .webhook_record_data_custom_fields_item import WebhookRecordDataCustomFieldsItem
    from .webhook_record_data_documents_item import WebhookRecordDataDocumentsItem
    from .webhook_record_data_email_now import WebhookRecordDataEmailNow
    from .webhook_record_data_goods_transactions_item import WebhookRecordDataGoodsTransactionsItem
    from .webhook_record_data_record_labels_item import WebhookRecordDataRecordLabelsItem
    from .webhook_record_data_review_requested import WebhookRecordDataReviewRequested
    from .webhook_record_data_services_item import WebhookRecordDataServicesItem
    from .webhook_record_data_sms_before import WebhookRecordDataSmsBefore
    from .webhook_record_data_staff_type_0 import WebhookRecordDataStaffType0
    from .webhook_record_data_staff_type_0_position import WebhookRecordDataStaffType0Position
    from .webhook_salon_data import WebhookSalonData
    from .webhook_salon_data_active import WebhookSalonDataActive
    from .webhook_salon_data_main_group_type_0 import WebhookSalonDataMainGroupType0
    from .webhook_salon_data_schedule import WebhookSalonDataSchedule
    from .webhook_salon_data_social import WebhookSalonDataSocial
    from .webhook_service_category_data import WebhookServiceCategoryData
    from .webhook_service_data import WebhookServiceData
    from .webhook_service_data_active import WebhookServiceDataActive
    from .webhook_service_data_image_group import WebhookServiceDataImageGroup
    from .webhook_service_data_staff_item import WebhookServiceDataStaffItem
    from .webhook_staff_data import WebhookStaffData
    from .webhook_staff_data_fired import WebhookStaffDataFired
    from .webhook_staff_data_hidden import WebhookStaffDataHidden
    from .webhook_staff_data_image_group import WebhookStaffDataImageGroup
    from .webhook_staff_data_position import WebhookStaffDataPosition
    from .webhook_staff_data_show_rating import WebhookStaffDataShowRating
    from .webhook_staff_data_status import WebhookStaffDataStatus
    from .webhook_staff_data_user_type_0 import WebhookStaffDataUserType0

__all__ = (
    "AnalyticsReportOverallClientStats",
    "AnalyticsReportOverallFullnessStats",
    "AnalyticsReportOverallRecordStats",
    "AnalyticsReportOverallSumStats",
    "ApplyDiscountPromotionBody",
    "ApplyDiscountPromotionResponse200",
    "ApplyDiscountPromotionResponse200ItemsItem",
    "ApplyDiscountPromotionResponse200KkmTransactionDetailsContainer",
    "ApplyDiscountPromotionResponse200KkmTransactionDetailsContainerTransactionsItem",
    "ApplyDiscountPromotionResponse200LoyaltyTransactionsItem",
    "ApplyDiscountPromotionResponse200LoyaltyTransactionsItemType",
    "ApplyDiscountPromotionResponse200PaymentTransactionsItem",
    "ApplyLoyaltyCardDeductionBody",
    "ApplyLoyaltyCardDeductionResponse200",
    "ApplyLoyaltyCardDeductionResponse200ItemsItem",
    "ApplyLoyaltyCardDeductionResponse200KkmTransactionDetailsContainer",
    "ApplyLoyaltyCardDeductionResponse200KkmTransactionDetailsContainerTransactionsItem",
    "ApplyLoyaltyCardDeductionResponse200LoyaltyTransactionsItem",
    "ApplyLoyaltyCardDeductionResponse200LoyaltyTransactionsItemType",
    "ApplyLoyaltyCardDeductionResponse200PaymentTransactionsItem",
    "ApplyReferralProgramBody",
    "ApplyReferralProgramResponse200",
    "ApplyReferralProgramResponse200ItemsItem",
    "ApplyReferralProgramResponse200KkmTransactionDetailsContainer",
    "ApplyReferralProgramResponse200KkmTransactionDetailsContainerTransactionsItem",
    "ApplyReferralProgramResponse200LoyaltyTransactionsItem",
    "ApplyReferralProgramResponse200LoyaltyTransactionsItemType",
    "ApplyReferralProgramResponse200PaymentTransactionsItem",
    "AppointmentEvent",
    "AppointmentEventResource",
    "AppointmentEventStatus",
    "AssignServiceToTeamMemberBody",
    "AssignServiceToTeamMemberResponse201",
    "AuthorizeOnlineBookingUserBody",
    "AuthorizeOnlineBookingUserResponse201",
    "AuthorizeUserBody",
    "AuthorizeUserResponse201",
    "BookEventBody",
    "BookEventResponse200",
    "BulkCreateClientsBodyType0",
    "BulkCreateClientsBodyType0Categories",
    "CallNotification",
    "CancelDiscountPromotionBody",
    "CancelDiscountPromotionResponse200",
    "CancelDiscountPromotionResponse200ItemsItem",
    "CancelDiscountPromotionResponse200KkmTransactionDetailsContainer",
    "CancelDiscountPromotionResponse200KkmTransactionDetailsContainerTransactionsItem",
    "CancelDiscountPromotionResponse200LoyaltyTransactionsItem",
    "CancelDiscountPromotionResponse200PaymentTransactionsItem",
    "CancelLoyaltyCardWithdrawalBody",
    "CancelLoyaltyCardWithdrawalResponse200",
    "CancelLoyaltyCardWithdrawalResponse200ItemsItem",
    "CancelLoyaltyCardWithdrawalResponse200KkmTransactionDetailsContainer",
    "CancelLoyaltyCardWithdrawalResponse200KkmTransactionDetailsContainerTransactionsItem",
    "CancelLoyaltyCardWithdrawalResponse200LoyaltyTransactionsItem",
    "CancelLoyaltyCardWithdrawalResponse200PaymentTransactionsItem",
    "ChainLoyaltyCertificateTypesCreateBody",
    "ChainLoyaltyCertificateTypesCreateBodyBalanceEditTypeId",
    "ChainLoyaltyCertificateTypesCreateBodyExpiration",
    "ChainLoyaltyCertificateTypesCreateBodyExpirationTimeoutUnitId",
    "ChainLoyaltyCertificateTypesCreateBodyExpirationTypeId",
    "ChainLoyaltyCertificateTypesCreateBodyItemTypeId",
    "ChainLoyaltyCertificateTypesCreateBodyOnlineSale",
    "ChainLoyaltyCertificateTypesCreateResponse200",
    "ChainLoyaltyCertificateTypesCreateResponse200ItemType",
    "ChainLoyaltyCertificateTypesGetResponse200",
    "ChainLoyaltyCertificateTypesGetResponse200ItemType",
    "ChainLoyaltyCertificateTypesListResponse200Item",
    "ChainLoyaltyCertificateTypesListResponse200ItemItemType",
    "ChainLoyaltyCertificateTypesUpdateBody",
    "ChainLoyaltyCertificateTypesUpdateBodyBalanceEditTypeId",
    "ChainLoyaltyCertificateTypesUpdateBodyExpiration",
    "ChainLoyaltyCertificateTypesUpdateBodyExpirationTimeoutUnitId",
    "ChainLoyaltyCertificateTypesUpdateBodyExpirationTypeId",
    "ChainLoyaltyCertificateTypesUpdateBodyItemTypeId",
    "ChainLoyaltyCertificateTypesUpdateBodyOnlineSale",
    "ChainLoyaltyCertificateTypesUpdateResponse200",
    "ChainLoyaltyCertificateTypesUpdateResponse200ItemType",
    "ChainLoyaltyMembershipsFreezeBody",
    "ChainLoyaltyMembershipsFreezeResponse200",
    "ChainLoyaltyMembershipsSetBalanceBody",
    "ChainLoyaltyMembershipsSetBalanceBodyServicesBalanceCountItem",
    "ChainLoyaltyMembershipsSetBalanceResponse200",
    "ChainLoyaltyMembershipsSetBalanceResponse200BalanceContainer",
    "ChainLoyaltyMembershipsSetPeriodBody",
    "ChainLoyaltyMembershipsSetPeriodBodyPeriodUnitId",
    "ChainLoyaltyMembershipsSetPeriodResponse200",
    "ChainLoyaltyMembershipsUnfreezeBody",
    "ChainLoyaltyMembershipsUnfreezeResponse200",
    "ChainLoyaltyMembershipTypesArchiveBody",
    "ChainLoyaltyMembershipTypesCloneBody",
    "ChainLoyaltyMembershipTypesCloneResponse200",
    "ChainLoyaltyMembershipTypesCloneResponse200AvailabilityItem",
    "ChainLoyaltyMembershipTypesCloneResponse200AvailabilityItemIntervalsItem",
    "ChainLoyaltyMembershipTypesCloneResponse200BalanceContainer",
    "ChainLoyaltyMembershipTypesCloneResponse200BalanceContainerLinksItem",
    "ChainLoyaltyMembershipTypesCloneResponse200BalanceContainerLinksItemCategory",
    "ChainLoyaltyMembershipTypesCloneResponse200BalanceContainerLinksItemCategoryCategoryType0Item",
    "ChainLoyaltyMembershipTypesCloneResponse200BalanceContainerLinksItemCategoryCategoryType1",
    "ChainLoyaltyMembershipTypesCloneResponse200BalanceContainerLinksItemService",
    "ChainLoyaltyMembershipTypesCloneResponse200BalanceContainerLinksItemServiceCategory",
    "ChainLoyaltyMembershipTypesCloneResponse200BalanceContainerLinksItemServiceCategoryCategoryType0Item",
    "ChainLoyaltyMembershipTypesCloneResponse200BalanceContainerLinksItemServiceCategoryCategoryType1",
    "ChainLoyaltyMembershipTypesCloneResponse200CategoryType0",
    "ChainLoyaltyMembershipTypesCloneResponse201",
    "ChainLoyaltyMembershipTypesCloneResponse201AvailabilityItem",
    "ChainLoyaltyMembershipTypesCloneResponse201AvailabilityItemIntervalsItem",
    "ChainLoyaltyMembershipTypesCloneResponse201BalanceContainer",
    "ChainLoyaltyMembershipTypesCloneResponse201BalanceContainerLinksItem",
    "ChainLoyaltyMembershipTypesCloneResponse201BalanceContainerLinksItemCategory",
    "ChainLoyaltyMembershipTypesCloneResponse201BalanceContainerLinksItemCategoryCategoryType0Item",
    "ChainLoyaltyMembershipTypesCloneResponse201BalanceContainerLinksItemCategoryCategoryType1",
    "ChainLoyaltyMembershipTypesCloneResponse201BalanceContainerLinksItemService",
    "ChainLoyaltyMembershipTypesCloneResponse201BalanceContainerLinksItemServiceCategory",
    "ChainLoyaltyMembershipTypesCloneResponse201BalanceContainerLinksItemServiceCategoryCategoryType0Item",
    "ChainLoyaltyMembershipTypesCloneResponse201BalanceContainerLinksItemServiceCategoryCategoryType1",
    "ChainLoyaltyMembershipTypesCloneResponse201CategoryType0",
    "ChainLoyaltyMembershipTypesCreateBody",
    "ChainLoyaltyMembershipTypesCreateBodyAutoactivationTimeUnitId",
    "ChainLoyaltyMembershipTypesCreateBodyAvailabilityItem",
    "ChainLoyaltyMembershipTypesCreateBodyAvailabilityItemIntervalsItem",
    "ChainLoyaltyMembershipTypesCreateBodyBalanceEditTypeId",
    "ChainLoyaltyMembershipTypesCreateBodyExpirationTypeId",
    "ChainLoyaltyMembershipTypesCreateBodyFreezeLimitUnitId",
    "ChainLoyaltyMembershipTypesCreateBodyPeriodUnitId",
    "ChainLoyaltyMembershipTypesCreateBodyServiceCategories",
    "ChainLoyaltyMembershipTypesCreateBodyServices",
    "ChainLoyaltyMembershipTypesCreateResponse200",
    "ChainLoyaltyMembershipTypesCreateResponse200AvailabilityItem",
    "ChainLoyaltyMembershipTypesCreateResponse200AvailabilityItemIntervalsItem",
    "ChainLoyaltyMembershipTypesCreateResponse200BalanceContainer",
    "ChainLoyaltyMembershipTypesCreateResponse200BalanceContainerLinksItem",
    "ChainLoyaltyMembershipTypesCreateResponse200BalanceContainerLinksItemCategory",
    "ChainLoyaltyMembershipTypesCreateResponse200BalanceContainerLinksItemCategoryCategoryType0Item",
    "ChainLoyaltyMembershipTypesCreateResponse200BalanceContainerLinksItemCategoryCategoryType1",
    "ChainLoyaltyMembershipTypesCreateResponse200BalanceContainerLinksItemService",
    "ChainLoyaltyMembershipTypesCreateResponse200BalanceContainerLinksItemServiceCategory",
    "ChainLoyaltyMembershipTypesCreateResponse200BalanceContainerLinksItemServiceCategoryCategoryType0Item",
    "ChainLoyaltyMembershipTypesCreateResponse200BalanceContainerLinksItemServiceCategoryCategoryType1",
    "ChainLoyaltyMembershipTypesCreateResponse200CategoryType0",
    "ChainLoyaltyMembershipTypesCreateResponse201",
    "ChainLoyaltyMembershipTypesCreateResponse201AvailabilityItem",
    "ChainLoyaltyMembershipTypesCreateResponse201AvailabilityItemIntervalsItem",
    "ChainLoyaltyMembershipTypesCreateResponse201BalanceContainer",
    "ChainLoyaltyMembershipTypesCreateResponse201BalanceContainerLinksItem",
    "ChainLoyaltyMembershipTypesCreateResponse201BalanceContainerLinksItemCategory",
    "ChainLoyaltyMembershipTypesCreateResponse201BalanceContainerLinksItemCategoryCategoryType0Item",
    "ChainLoyaltyMembershipTypesCreateResponse201BalanceContainerLinksItemCategoryCategoryType1",
    "ChainLoyaltyMembershipTypesCreateResponse201BalanceContainerLinksItemService",
    "ChainLoyaltyMembershipTypesCreateResponse201BalanceContainerLinksItemServiceCategory",
    "ChainLoyaltyMembershipTypesCreateResponse201BalanceContainerLinksItemServiceCategoryCategoryType0Item",
    "ChainLoyaltyMembershipTypesCreateResponse201BalanceContainerLinksItemServiceCategoryCategoryType1",
    "ChainLoyaltyMembershipTypesCreateResponse201CategoryType0",
    "ChainLoyaltyMembershipTypesListResponse200Item",
    "ChainLoyaltyMembershipTypesListResponse200ItemAvailabilityItem",
    "ChainLoyaltyMembershipTypesListResponse200ItemAvailabilityItemIntervalsItem",
    "ChainLoyaltyMembershipTypesListResponse200ItemBalanceContainer",
    "ChainLoyaltyMembershipTypesListResponse200ItemBalanceContainerLinksItem",
    "ChainLoyaltyMembershipTypesListResponse200ItemBalanceContainerLinksItemCategory",
    "ChainLoyaltyMembershipTypesListResponse200ItemBalanceContainerLinksItemCategoryCategoryType0Item",
    "ChainLoyaltyMembershipTypesListResponse200ItemBalanceContainerLinksItemCategoryCategoryType1",
    "ChainLoyaltyMembershipTypesListResponse200ItemBalanceContainerLinksItemService",
    "ChainLoyaltyMembershipTypesListResponse200ItemBalanceContainerLinksItemServiceCategory",
    "ChainLoyaltyMembershipTypesListResponse200ItemBalanceContainerLinksItemServiceCategoryCategoryType0Item",
    "ChainLoyaltyMembershipTypesListResponse200ItemBalanceContainerLinksItemServiceCategoryCategoryType1",
    "ChainLoyaltyMembershipTypesListResponse200ItemCategoryType0",
    "ChainLoyaltyMembershipTypesReadResponse200",
    "ChainLoyaltyMembershipTypesReadResponse200AvailabilityItem",
    "ChainLoyaltyMembershipTypesReadResponse200AvailabilityItemIntervalsItem",
    "ChainLoyaltyMembershipTypesReadResponse200BalanceContainer",
    "ChainLoyaltyMembershipTypesReadResponse200BalanceContainerLinksItem",
    "ChainLoyaltyMembershipTypesReadResponse200BalanceContainerLinksItemCategory",
    "ChainLoyaltyMembershipTypesReadResponse200BalanceContainerLinksItemCategoryCategoryType0Item",
    "ChainLoyaltyMembershipTypesReadResponse200BalanceContainerLinksItemCategoryCategoryType1",
    "ChainLoyaltyMembershipTypesReadResponse200BalanceContainerLinksItemService",
    "ChainLoyaltyMembershipTypesReadResponse200BalanceContainerLinksItemServiceCategory",
    "ChainLoyaltyMembershipTypesReadResponse200BalanceContainerLinksItemServiceCategoryCategoryType0Item",
    "ChainLoyaltyMembershipTypesReadResponse200BalanceContainerLinksItemServiceCategoryCategoryType1",
    "ChainLoyaltyMembershipTypesReadResponse200CategoryType0",
    "ChainLoyaltyMembershipTypesRestoreBody",
    "ChainLoyaltyMembershipTypesUpdateBody",
    "ChainLoyaltyMembershipTypesUpdateBodyAutoactivationTimeUnitId",
    "ChainLoyaltyMembershipTypesUpdateBodyAvailabilityItem",
    "ChainLoyaltyMembershipTypesUpdateBodyAvailabilityItemIntervalsItem",
    "ChainLoyaltyMembershipTypesUpdateBodyBalanceEditTypeId",
    "ChainLoyaltyMembershipTypesUpdateBodyExpirationTypeId",
    "ChainLoyaltyMembershipTypesUpdateBodyFreezeLimitUnitId",
    "ChainLoyaltyMembershipTypesUpdateBodyPeriodUnitId",
    "ChainLoyaltyMembershipTypesUpdateResponse200",
    "ChainLoyaltyMembershipTypesUpdateResponse200AvailabilityItem",
    "ChainLoyaltyMembershipTypesUpdateResponse200AvailabilityItemIntervalsItem",
    "ChainLoyaltyMembershipTypesUpdateResponse200BalanceContainer",
    "ChainLoyaltyMembershipTypesUpdateResponse200BalanceContainerLinksItem",
    "ChainLoyaltyMembershipTypesUpdateResponse200BalanceContainerLinksItemCategory",
    "ChainLoyaltyMembershipTypesUpdateResponse200BalanceContainerLinksItemCategoryCategoryType0Item",
    "ChainLoyaltyMembershipTypesUpdateResponse200BalanceContainerLinksItemCategoryCategoryType1",
    "ChainLoyaltyMembershipTypesUpdateResponse200BalanceContainerLinksItemService",
    "ChainLoyaltyMembershipTypesUpdateResponse200BalanceContainerLinksItemServiceCategory",
    "ChainLoyaltyMembershipTypesUpdateResponse200BalanceContainerLinksItemServiceCategoryCategoryType0Item",
    "ChainLoyaltyMembershipTypesUpdateResponse200BalanceContainerLinksItemServiceCategoryCategoryType1",
    "ChainLoyaltyMembershipTypesUpdateResponse200CategoryType0",
    "CheckMembershipsForEventResponse200",
    "CheckMembershipsForEventResponse200Data",
    "CheckMembershipsForEventResponse200DataAttributes",
    "ClientEvent",
    "ClientEventResource",
    "ClientEventStatus",
    "Company",
    "ConnectIntegration",
    "CopyUserPermissionsToLocationsBody",
    "CopyUserPermissionsToLocationsBodyUserCompanyLinksItem",
    "CopyUserPermissionsToLocationsResponse200Type0",
    "CreateAppointmentResponse201Item",
    "CreateAppointmentResponse201ItemClientType0",
    "CreateAppointmentResponse201ItemClientType0ClientTagsItem",
    "CreateAppointmentResponse201ItemClientType0CustomFieldsItem",
    "CreateAppointmentResponse201ItemConsumablesItem",
    "CreateAppointmentResponse201ItemCustomFieldsType0",
    "CreateAppointmentResponse201ItemDocumentsItem",
    "CreateAppointmentResponse201ItemFinanceTransactionsItem",
    "CreateAppointmentResponse201ItemGoodsTransactionsItem",
    "CreateAppointmentResponse201ItemRecordLabelsItem",
    "CreateAppointmentResponse201ItemServicesItem",
    "CreateAppointmentResponse201ItemServicesItemAssistantsType0Item",
    "CreateAppointmentResponse201ItemStaff",
    "CreateAppointmentResponse201ItemStaffPosition",
    "CreateBookingWidgetBody",
    "CreateBookingWidgetBodyButtonPosition",
    "CreateBookingWidgetBodyFormPosition",
    "CreateBookingWidgetResponse201",
    "CreateBookingWidgetResponse201HeaderImagesType0",
    "CreateChainLoyaltyCardTransactionBody",
    "CreateChainLoyaltyCardTransactionResponse200",
    "CreateChainLoyaltyProgramBody",
    "CreateChainLoyaltyProgramBodyExpirationTimeoutUnit",
    "CreateChainLoyaltyProgramBodyGoodItemType",
    "CreateChainLoyaltyProgramBodyParamsSourceType",
    "CreateChainLoyaltyProgramBodyServiceItemType",
    "CreateChainLoyaltyProgramBodyType",
    "CreateChainLoyaltyProgramBodyValueUnit",
    "CreateChainLoyaltyProgramInclude",
    "CreateChainLoyaltyProgramResponse200",
    "CreateChainLoyaltyProgramResponse200ExpirationTimeoutUnit",
    "CreateChainLoyaltyProgramResponse200GoodItemType",
    "CreateChainLoyaltyProgramResponse200ParamsSourceType",
    "CreateChainLoyaltyProgramResponse200ServiceItemType",
    "CreateChainLoyaltyProgramResponse200Type",
    "CreateChainLoyaltyProgramResponse200ValueUnit",
    "CreateClientAccountTopupOperationBody",
    "CreateClientAccountTopupOperationResponse200",
    "CreateClientAccountTopupOperationResponse200DepositsTransactionsItem",
    "CreateClientAccountTopupOperationResponse200DepositsTransactionsItemDeposit",
    "CreateClientAccountTopupOperationResponse200DepositsTransactionsItemDepositType",
    "CreateClientAccountTopupOperationResponse200Document",
    "CreateClientAccountTopupOperationResponse200DocumentSalon",
    "CreateClientAccountTopupOperationResponse200DocumentType",
    "CreateClientAccountTopupOperationResponse200DocumentUser",
    "CreateClientAccountTopupOperationResponse200PaymentTransactionsItem",
    "CreateClientAccountTopupOperationResponse200PaymentTransactionsItemType",
    "CreateClientBody",
    "CreateClientBodyCategoriesType0",
    "CreateClientBodyCustomFields",
    "CreateClientCommentBody",
    "CreateClientCommentResponse201",
    "CreateClientCommentResponse201Type",
    "CreateCustomFieldBody",
    "CreateCustomFieldResponse200",
    "CreateCustomFieldResponse200CustomField",
    "CreateCustomFieldResponse200CustomFieldType",
    "CreateDocumentBody",
    "CreateDocumentResponse200",
    "CreateDocumentResponse200Company",
    "CreateDocumentResponse200CompanyPhonesItem",
    "CreateDocumentResponse200Storage",
    "CreateDocumentResponse200Type",
    "CreateDocumentResponse200User",
    "CreateEventBody",
    "CreateEventDuplicationStrategyBody",
    "CreateEventDuplicationStrategyBodyDaysItem",
    "CreateEventResponse200",
    "CreateEventResponse200DurationDetails",
    "CreateEventResponse200LabelsItem",
    "CreateEventResponse200ResourceInstancesItem",
    "CreateEventResponse200Service",
    "CreateEventResponse200Staff",
    "CreateFinancialTransactionBody",
    "CreateFinancialTransactionResponse200",
    "CreateFinancialTransactionResponse200Account",
    "CreateFinancialTransactionResponse200Client",
    "CreateFinancialTransactionResponse200Expense",
    "CreateFinancialTransactionResponse200Master",
    "CreateFinancialTransactionResponse200SupplierItem",
    "CreateInventoryOperationBody",
    "CreateInventoryOperationBodyGoodsTransactionsItem",
    "CreateInventoryOperationResponse200",
    "CreateInventoryOperationResponse200Document",
    "CreateInventoryOperationResponse200DocumentCompany",
    "CreateInventoryOperationResponse200DocumentCompanyPhonesItem",
    "CreateInventoryOperationResponse200DocumentStorage",
    "CreateInventoryOperationResponse200DocumentType",
    "CreateInventoryOperationResponse200DocumentUser",
    "CreateInventoryOperationResponse200TransactionsItem",
    "CreateInventoryOperationResponse200TransactionsItemClientItem",
    "CreateInventoryOperationResponse200TransactionsItemGood",
    "CreateInventoryOperationResponse200TransactionsItemMasterItem",
    "CreateInventoryOperationResponse200TransactionsItemStorage",
    "CreateInventoryOperationResponse200TransactionsItemSupplierItem",
    "CreateInventoryOperationResponse200TransactionsItemType",
    "CreateInventoryOperationResponse200TransactionsItemUnit",
    "CreateLocationBody",
    "CreateLocationResponse201",
    "CreateLoyaltyCardTransactionBody",
    "CreateLoyaltyCardTransactionResponse200",
    "CreateOnlineBookingBody",
    "CreateOnlineBookingBodyAppointmentsItem",
    "CreateOnlineBookingBodyAppointmentsItemCustomFields",
    "CreateOnlineBookingResponse201Item",
    "CreatePaymentWithLoyaltyMethodsResponse200",
    "CreatePaymentWithLoyaltyMethodsResponse200KkmState",
    "CreatePaymentWithLoyaltyMethodsResponse200KkmStateTransactionsItem",
    "CreatePaymentWithLoyaltyMethodsResponse200KkmStateTransactionsItemCashier",
    "CreatePaymentWithLoyaltyMethodsResponse200KkmStateTransactionsItemDocument",
    "CreatePaymentWithLoyaltyMethodsResponse200KkmStateTransactionsItemStatus",
    "CreatePaymentWithLoyaltyMethodsResponse200KkmStateTransactionsItemType",
    "CreatePaymentWithLoyaltyMethodsResponse200PaymentMethodsItem",
    "CreatePaymentWithLoyaltyMethodsResponse200PaymentMethodsItemAccount",
    "CreatePaymentWithLoyaltyMethodsResponse200State",
    "CreatePaymentWithLoyaltyMethodsResponse200StateItemsItem",
    "CreatePaymentWithLoyaltyMethodsResponse200StateLoyaltyTransactionsItem",
    "CreatePaymentWithLoyaltyMethodsResponse200StateLoyaltyTransactionsItemChain",
    "CreatePaymentWithLoyaltyMethodsResponse200StateLoyaltyTransactionsItemDeposit",
    "CreatePaymentWithLoyaltyMethodsResponse200StateLoyaltyTransactionsItemDepositType",
    "CreatePaymentWithLoyaltyMethodsResponse200StateLoyaltyTransactionsItemType",
    "CreatePaymentWithLoyaltyMethodsResponse200StatePaymentTransactionsItem",
    "CreatePaymentWithLoyaltyMethodsResponse200StatePaymentTransactionsItemAccount",
    "CreatePaymentWithLoyaltyMethodsResponse200StatePaymentTransactionsItemExpense",
    "CreatePositionQuickBody",
    "CreatePositionQuickResponse201",
    "CreatePositionQuickResponse201ServicesBindingType",
    "CreateProductBody",
    "CreateProductCategoryBody",
    "CreateProductCategoryResponse201",
    "CreateProductResponse201Item",
    "CreateProductResponse201ItemActualAmountsItem",
    "CreateServiceBody",
    "CreateServiceBodyStaffItem",
    "CreateServiceCategoryBody",
    "CreateServiceCategoryResponse201",
    "CreateServiceResponse201",
    "CreateServiceResponse201StaffItem",
    "CreateTagResponse200",
    "CreateTeamMemberQuickBody",
    "CreateTeamMemberQuickResponse201",
    "CreateTimetableClientScheduleBody",
    "CreateTimetableClientScheduleResponse201",
    "CreateTimetableEventScheduleBody",
    "CreateTimetableEventScheduleBodyDaysItem",
    "CreateTimetableEventScheduleBodyDaysItemDayOfWeek",
    "CreateTimetableEventScheduleBodyOriginalEntityType",
    "CreateTimetableEventScheduleIncludeItem",
    "CreateTimetableEventScheduleResponse201",
    "CreateTimetableEventScheduleResponse201OriginalEntityType",
    "CreateTimetableScheduleDayBody",
    "CreateTimetableScheduleDayBodyDayOfWeek",
    "CreateTimetableScheduleDayIncludeItem",
    "CreateTimetableScheduleDayResponse201",
    "CreateTimetableScheduleDayResponse201DayOfWeek",
    "CreateTransactionBody",
    "CreateTransactionResponse200",
    "CreateTransactionResponse200ClientType0Item",
    "CreateTransactionResponse200ClientType1",
    "CreateTransactionResponse200Good",
    "CreateTransactionResponse200GoodActualAmountsItem",
    "CreateTransactionResponse200GoodLoyaltyCertificateTypeType0",
    "CreateTransactionResponse200GoodsMarksItem",
    "CreateTransactionResponse200MasterType0Item",
    "CreateTransactionResponse200MasterType1",
    "CreateTransactionResponse200SaleUnitType0",
    "CreateTransactionResponse200ServiceUnitType0",
    "CreateTransactionResponse200Storage",
    "CreateTransactionResponse200SupplierItem",
    "CreateTransactionResponse200Type",
    "CreateTransactionResponse200Unit",
    "CreateUserInvitationBody",
    "CreateUserInvitationBodyInvitesItem",
    "CreateUserInvitationBodyInvitesItemUserRole",
    "Currency",
    "DeleteChainLoyaltyProgramInclude",
    "DeleteClientCommentResponse204Type0",
    "DeleteCustomFieldResponse200Item",
    "DeleteCustomFieldResponse200ItemCustomField",
    "DeleteCustomFieldResponse200ItemCustomFieldType",
    "DeleteImageBody",
    "DeleteLocationAccountPaymentResponse200",
    "DeleteLocationAccountPaymentResponse200KkmState",
    "DeleteLocationAccountPaymentResponse200KkmStateTransactionsItem",
    "DeleteLocationAccountPaymentResponse200KkmStateTransactionsItemCashier",
    "DeleteLocationAccountPaymentResponse200KkmStateTransactionsItemDocument",
    "DeleteLocationAccountPaymentResponse200KkmStateTransactionsItemStatus",
    "DeleteLocationAccountPaymentResponse200KkmStateTransactionsItemType",
    "DeleteLocationAccountPaymentResponse200PaymentMethodsItem",
    "DeleteLocationAccountPaymentResponse200PaymentMethodsItemAccount",
    "DeleteLocationAccountPaymentResponse200State",
    "DeleteLocationAccountPaymentResponse200StateItemsItem",
    "DeleteLocationAccountPaymentResponse200StateLoyaltyTransactionsItem",
    "DeleteLocationAccountPaymentResponse200StateLoyaltyTransactionsItemChain",
    "DeleteLocationAccountPaymentResponse200StateLoyaltyTransactionsItemDeposit",
    "DeleteLocationAccountPaymentResponse200StateLoyaltyTransactionsItemDepositType",
    "DeleteLocationAccountPaymentResponse200StateLoyaltyTransactionsItemType",
    "DeleteLocationAccountPaymentResponse200StatePaymentTransactionsItem",
    "DeleteLocationAccountPaymentResponse200StatePaymentTransactionsItemAccount",
    "DeleteLocationAccountPaymentResponse200StatePaymentTransactionsItemExpense",
    "DeleteLoyaltyPaymentTransactionResponse200",
    "DeleteLoyaltyPaymentTransactionResponse200KkmState",
    "DeleteLoyaltyPaymentTransactionResponse200KkmStateTransactionsItem",
    "DeleteLoyaltyPaymentTransactionResponse200KkmStateTransactionsItemCashier",
    "DeleteLoyaltyPaymentTransactionResponse200KkmStateTransactionsItemDocument",
    "DeleteLoyaltyPaymentTransactionResponse200KkmStateTransactionsItemStatus",
    "DeleteLoyaltyPaymentTransactionResponse200KkmStateTransactionsItemType",
    "DeleteLoyaltyPaymentTransactionResponse200PaymentMethodsItem",
    "DeleteLoyaltyPaymentTransactionResponse200PaymentMethodsItemAccount",
    "DeleteLoyaltyPaymentTransactionResponse200State",
    "DeleteLoyaltyPaymentTransactionResponse200StateItemsItem",
    "DeleteLoyaltyPaymentTransactionResponse200StateLoyaltyTransactionsItem",
    "DeleteLoyaltyPaymentTransactionResponse200StateLoyaltyTransactionsItemChain",
    "DeleteLoyaltyPaymentTransactionResponse200StateLoyaltyTransactionsItemDeposit",
    "DeleteLoyaltyPaymentTransactionResponse200StateLoyaltyTransactionsItemDepositType",
    "DeleteLoyaltyPaymentTransactionResponse200StateLoyaltyTransactionsItemType",
    "DeleteLoyaltyPaymentTransactionResponse200StatePaymentTransactionsItem",
    "DeleteLoyaltyPaymentTransactionResponse200StatePaymentTransactionsItemAccount",
    "DeleteLoyaltyPaymentTransactionResponse200StatePaymentTransactionsItemExpense",
    "DeleteTimetableClientScheduleResponse204Type0",
    "DeleteTimetableEventScheduleResponse204Type0",
    "DeleteTimetableScheduleDayResponse204Type0",
    "DeprecatedCreateTeamMemberBody",
    "DeprecatedCreateTeamMemberResponse201",
    "DeprecatedCreateTeamMemberResponse201PositionType0",
    "DeprecatedGetClientListResponse200Item",
    "DeprecatedGetClientListResponse200ItemCategoriesItem",
    "DeprecatedGetClientListResponse200ItemCustomFields",
    "DeprecatedGetLocationUsersResponse200Item",
    "DeprecatedGetLocationUsersResponse200ItemAccess",
    "DeprecatedGetProductCategoryListResponse200Item",
    "DeprecatedGetServiceCategoryListResponse200Item",
    "DeprecatedGetServiceListByIdResponse200Item",
    "DeprecatedGetServiceListByIdResponse200ItemStaffItem",
    "DeprecatedUpdateServiceByIdBody",
    "DeprecatedUpdateServiceByIdBodyStaffItem",
    "DeprecatedUpdateServiceByIdResponse200",
    "DeprecatedUpdateServiceByIdResponse200StaffItem",
    "DeprecatedUpdateServiceByIdResponse201",
    "DeprecatedUpdateServiceByIdResponse201StaffItem",
    "DisableIntegration",
    "DisableTeamMemberTipsResponse200Item",
    "DisableTeamMemberTipsResponse200ItemStaff",
    "DisableTeamMemberTipsResponse200ItemStaffEmployee",
    "DisableTeamMemberTipsResponse200ItemStaffPosition",
    "DisableTeamMemberTipsResponse200ItemStaffUser",
    "DuplicateEventBody",
    "EnableTeamMemberTipsResponse200Item",
    "EnableTeamMemberTipsResponse200ItemStaff",
    "EnableTeamMemberTipsResponse200ItemStaffEmployee",
    "EnableTeamMemberTipsResponse200ItemStaffPosition",
    "EnableTeamMemberTipsResponse200ItemStaffUser",
    "EventInASchedule",
    "EventInAScheduleEventEntityType",
    "EventInAScheduleEventStatus",
    "FinancialOperationEvent",
    "FinancialOperationEventResource",
    "FinancialOperationEventStatus",
    "FiscalizationRequestDataTypes",
    "FiscalizationRequestDataTypesCashier",
    "FiscalizationRequestDataTypesCustomer",
    "FiscalizationRequestDataTypesPaymentsItem",
    "FiscalizationRequestDataTypesPos",
    "FiscalizationRequestDataTypesPositionsItem",
    "FiscalizationRequestDataTypesType",
    "GenerateLoyaltyCodeResponse200",
    "GenerateLoyaltyCodeResponse200MetaItem",
    "GetAccountListResponse200Item",
    "GetAppointmentAnalyticsBySourceResponse200Item",
    "GetAppointmentAnalyticsByStatusResponse200Item",
    "GetAppointmentCalendarSessionsResponse200Item",
    "GetAppointmentCalendarSettingsResponse200",
    "GetAppointmentConsumablesResponse200Item",
    "GetAppointmentConsumablesResponse200ItemConsumablesItem",
    "GetAppointmentConsumablesResponse200ItemConsumablesItemGood",
    "GetAppointmentConsumablesResponse200ItemTechnologicalCardsItem",
    "GetAppointmentConsumablesResponse200ItemTechnologicalCardsItemTechnologicalCardItemsItem",
    "GetAppointmentConsumablesResponse200ItemTechnologicalCardsItemTechnologicalCardItemsItemGood",
    "GetAppointmentListResponse200Item",
    "GetAppointmentListResponse200ItemClientType0",
    "GetAppointmentListResponse200ItemClientType0ClientTagsItem",
    "GetAppointmentListResponse200ItemClientType0CustomFieldsItem",
    "GetAppointmentListResponse200ItemConsumablesItem",
    "GetAppointmentListResponse200ItemCustomFieldsType0",
    "GetAppointmentListResponse200ItemDocumentsItem",
    "GetAppointmentListResponse200ItemFinanceTransactionsItem",
    "GetAppointmentListResponse200ItemGoodsTransactionsItem",
    "GetAppointmentListResponse200ItemRecordLabelsItem",
    "GetAppointmentListResponse200ItemServicesItem",
    "GetAppointmentListResponse200ItemServicesItemAssistantsType0Item",
    "GetAppointmentListResponse200ItemStaff",
    "GetAppointmentListResponse200ItemStaffPosition",
    "GetAppointmentResponse200",
    "GetAppointmentResponse200ClientType0",
    "GetAppointmentResponse200ClientType0ClientTagsItem",
    "GetAppointmentResponse200ClientType0CustomFieldsItem",
    "GetAppointmentResponse200ComerPersonInfoType0",
    "GetAppointmentResponse200ConsumablesItem",
    "GetAppointmentResponse200CustomFieldsType0",
    "GetAppointmentResponse200DocumentsItem",
    "GetAppointmentResponse200FinanceTransactionsItem",
    "GetAppointmentResponse200FinanceTransactionsItemAccount",
    "GetAppointmentResponse200FinanceTransactionsItemClient",
    "GetAppointmentResponse200FinanceTransactionsItemExpense",
    "GetAppointmentResponse200FinanceTransactionsItemMasterItem",
    "GetAppointmentResponse200FinanceTransactionsItemSupplierItem",
    "GetAppointmentResponse200GoodsTransactionsItem",
    "GetAppointmentResponse200RecordLabelsItem",
    "GetAppointmentResponse200ServicesItem",
    "GetAppointmentResponse200ServicesItemAssistantsType0Item",
    "GetAppointmentResponse200ServicesItemCompanyServiceLink",
    "GetAppointmentResponse200ServicesItemStaffServiceLink",
    "GetAppointmentResponse200Staff",
    "GetAppointmentResponse200StaffPosition",
    "GetBillOfMaterialsListResponse200Item",
    "GetBillOfMaterialsListResponse200ItemTechnologicalCardItemsItem",
    "GetBookingFormConfigResponse200",
    "GetBookingFormConfigResponse200Brand",
    "GetBookingFormConfigResponse200Features",
    "GetBookingFormConfigResponse200Injection",
    "GetBookingFormConfigResponse200LangsItem",
    "GetBookingFormConfigResponse200LegalInfoType0",
    "GetBookingFormConfigResponse200Map",
    "GetBookingFormConfigResponse200OnlineSalesLinksItem",
    "GetBookingFormConfigResponse200StaffName",
    "GetBookingFormConfigResponse200StepsItem",
    "GetBookingFormConfigResponse200Style",
    "GetBookingFormConfigResponse200StyleHeaderBackgroundNewType1",
    "GetBookingUserResponse200",
    "GetBookingWidgetListResponse200Item",
    "GetBookingWidgetListResponse200ItemHeaderImagesType0",
    "GetBookingWidgetResponse200",
    "GetBookingWidgetResponse200HeaderImagesType0",
    "GetBusinessTypesByGroupResponse200Item",
    "GetBusinessTypesByGroupResponse200ItemTypesItem",
    "GetChainClientAccountHistoryResponse200Item",
    "GetChainClientAccountHistoryResponse200ItemDepositTransaction",
    "GetChainClientAccountHistoryResponse200ItemDepositTransactionType",
    "GetChainClientByPhoneNumberResponse200",
    "GetChainClientByPhoneNumberResponse200ClientsItem",
    "GetChainListResponse200Item",
    "GetChainListResponse200ItemAccess",
    "GetChainListResponse200ItemCompaniesItem",
    "GetChainLoyaltyCardTypeListResponse200Item",
    "GetChainLoyaltyNotificationTemplateListResponse200Item",
    "GetChainLoyaltyNotificationTemplateListResponse200ItemMessageType",
    "GetChainLoyaltyNotificationTemplateListResponse200ItemType",
    "GetChainLoyaltyProgramInclude",
    "GetChainLoyaltyProgramResponse200",
    "GetChainLoyaltyProgramResponse200ExpirationTimeoutUnit",
    "GetChainLoyaltyProgramResponse200GoodItemType",
    "GetChainLoyaltyProgramResponse200ParamsSourceType",
    "GetChainLoyaltyProgramResponse200ServiceItemType",
    "GetChainLoyaltyProgramResponse200Type",
    "GetChainLoyaltyProgramResponse200ValueUnit",
    "GetChainLoyaltyTransactionListResponse200Item",
    "GetChainLoyaltyTransactionListResponse200ItemType",
    "GetChainLoyaltyTransactionListTypesItem",
    "GetChainServiceCategoryListInclude",
    "GetChainServiceCategoryListResponse200Item",
    "GetCityListResponse200Item",
    "GetClientFileListResponse200Item",
    "GetClientGiftCardsResponse200Item",
    "GetClientGiftCardsResponse200ItemStatus",
    "GetClientGiftCardsResponse200ItemType",
    "GetClientGiftCardsResponse200ItemTypeItemType",
    "GetClientListBody",
    "GetClientListBodyFiltersItem",
    "GetClientListBodyFiltersItemState",
    "GetClientListBodyOperation",
    "GetClientListBodyOrderBy",
    "GetClientListBodyOrderByDirection",
    "GetClientListResponse200Item",
    "GetClientMembershipActivityHistoryResponse200Item",
    "GetClientMembershipActivityHistoryResponse200ItemLoyaltyEntityChangesType0",
    "GetClientMembershipActivityHistoryResponse200ItemOperationType",
    "GetClientMembershipsResponse200Item",
    "GetClientMembershipsResponse200ItemBalanceContainer",
    "GetClientMembershipsResponse200ItemBalanceContainerLinksItem",
    "GetClientMembershipsResponse200ItemBalanceContainerLinksItemCategory",
    "GetClientMembershipsResponse200ItemBalanceContainerLinksItemCategoryCategory",
    "GetClientMembershipsResponse200ItemBalanceContainerLinksItemService",
    "GetClientMembershipsResponse200ItemBalanceContainerLinksItemServiceCategory",
    "GetClientMembershipsResponse200ItemStatus",
    "GetClientMembershipsResponse200ItemType",
    "GetClientMembershipsResponse200ItemTypeBalanceContainer",
    "GetClientMembershipsResponse200ItemTypeBalanceContainerLinksItem",
    "GetClientMembershipsResponse200ItemTypeBalanceContainerLinksItemCategory",
    "GetClientMembershipsResponse200ItemTypeBalanceContainerLinksItemCategoryCategory",
    "GetClientMembershipsResponse200ItemTypeBalanceContainerLinksItemService",
    "GetClientMembershipsResponse200ItemTypeBalanceContainerLinksItemServiceCategory",
    "GetCommentsResponse200Item",
    "GetCountryListResponse200Item",
    "GetCustomFieldListResponse200Item",
    "GetCustomFieldListResponse200ItemCustomField",
    "GetCustomFieldListResponse200ItemCustomFieldType",
    "GetDatesAvailableForBookingResponse200",
    "GetDatesAvailableForBookingResponse200BookingDaysType0",
    "GetDatesAvailableForBookingResponse200WorkingDaysType0",
    "GetDayEndReportDataResponse200",
    "GetDayEndReportDataResponse200Paids",
    "GetDayEndReportDataResponse200PaidsAccountsItem",
    "GetDayEndReportDataResponse200PaidsDiscountItem",
    "GetDayEndReportDataResponse200PaidsTotal",
    "GetDayEndReportDataResponse200Stats",
    "GetDayEndReportDataResponse200ZData",
    "GetDayEndReportDataResponse200ZData1481101200Item",
    "GetDayEndReportDataResponse200ZData1481101200ItemMastersItem",
    "GetDayEndReportDataResponse200ZData1481101200ItemMastersItemGoodItem",
    "GetDayEndReportDataResponse200ZData1481101200ItemMastersItemGoodItemTransactionsItem",
    "GetDayEndReportDataResponse200ZData1481101200ItemMastersItemOthers",
    "GetDayEndReportDataResponse200ZData1481101200ItemMastersItemOthersTransactionsItem",
    "GetDayEndReportDataResponse200ZData1481101200ItemMastersItemServiceItem",
    "GetDayEndReportDataResponse200ZData1481101200ItemMastersItemServiceItemTransactionsItem",
    "GetDocumentFinancialTransactionsResponse200Item",
    "GetDocumentFinancialTransactionsResponse200ItemAccount",
    "GetDocumentFinancialTransactionsResponse200ItemClient",
    "GetDocumentFinancialTransactionsResponse200ItemExpense",
    "GetDocumentFinancialTransactionsResponse200ItemMasterItem",
    "GetDocumentFinancialTransactionsResponse200ItemSupplierItem",
    "GetDocumentProductTransactionsResponse200Item",
    "GetDocumentResponse200",
    "GetDocumentResponse200Company",
    "GetDocumentResponse200CompanyPhonesItem",
    "GetDocumentResponse200Storage",
    "GetDocumentResponse200Type",
    "GetDocumentResponse200User",
    "GetEventDateRangeResponse200",
    "GetEventNotificationSettingsResponse200",
    "GetEventResponse200",
    "GetEventResponse200DurationDetails",
    "GetEventResponse200LabelsItem",
    "GetEventResponse200ResourceInstancesItem",
    "GetEventResponse200Service",
    "GetEventResponse200Staff",
    "GetEventSearchFiltersResponse200Item",
    "GetEventSearchFiltersResponse200ItemCode",
    "GetEventSearchFiltersResponse200ItemDataItem",
    "GetFeedbackFormStatusResponse200",
    "GetFeedbackFormStatusResponse200AgreementLinks",
    "GetFeedbackFormStatusResponse200Company",
    "GetFeedbackFormStatusResponse200Currency",
    "GetFeedbackFormStatusResponse200Language",
    "GetFeedbackFormStatusResponse200Master",
    "GetFeedbackFormStatusResponse200MasterPosition",
    "GetFeedbackFormStatusResponse200Record",
    "GetFeedbackFormStatusResponse200TipsItem",
    "GetFinancialTransactionResponse200Item",
    "GetFinancialTransactionResponse200ItemAccount",
    "GetFinancialTransactionResponse200ItemClient",
    "GetFinancialTransactionResponse200ItemExpense",
    "GetFinancialTransactionResponse200ItemMaster",
    "GetFinancialTransactionResponse200ItemSupplier",
    "GetFiscalTransactionListResponse200Item",
    "GetFiscalTransactionListResponse200ItemCashier",
    "GetFiscalTransactionListResponse200ItemDocument",
    "GetFiscalTransactionListResponse200ItemStatus",
    "GetFiscalTransactionListResponse200ItemType",
    "GetGiftCardTypeListByIdResponse200Item",
    "GetGiftCardTypeListResponse200Item",
    "GetI18NOptionsResponse200",
    "GetLocationAnalyticsAppointmentsDailyResponse200Item",
    "GetLocationAnalyticsOccupancyDailyResponse200Item",
    "GetLocationAnalyticsOverallResponse200",
    "GetLocationAnalyticsRevenueDailyResponse200Item",
    "GetLocationInventoriesResponse200Item",
    "GetLocationListIncludeItem",
    "GetLocationListResponse200Item",
    "GetLocationListResponse200ItemBookingWidgetPromoType0",
    "GetLocationLoyaltyProgramListResponse200Item",
    "GetLocationLoyaltyProgramListResponse200ItemExpirationTimeoutUnit",
    "GetLocationLoyaltyProgramListResponse200ItemGoodItemType",
    "GetLocationLoyaltyProgramListResponse200ItemParamsSourceType",
    "GetLocationLoyaltyProgramListResponse200ItemServiceItemType",
    "GetLocationLoyaltyProgramListResponse200ItemType",
    "GetLocationLoyaltyProgramListResponse200ItemValueUnit",
    "GetLocationLoyaltyProgramListType",
    "GetLocationNotificationSettingsResponse200Item",
    "GetLocationNotificationSettingsResponse200ItemChannels",
    "GetLocationResponse200",
    "GetLocationResponse200Access",
    "GetLocationResponse200BookformsItem",
    "GetLocationResponse200Groups",
    "GetLocationResponse200GroupsAdditionalProperty",
    "GetLocationResponse200MainGroupType0",
    "GetLocationResponse200PaymentPolicy",
    "GetLocationResponse200PaymentPolicyType",
    "GetLocationResponse200Social",
    "GetLocationSubscriptionInformationResponse200",
    "GetLocationSubscriptionInformationResponse200OptionsItem",
    "GetLocationUsersResponse200Item",
    "GetLoyaltyCardListByClientIdResponse200",
    "GetLoyaltyCardListByClientIdResponse200ProgramsItem",
    "GetLoyaltyCardListByClientIdResponse200ProgramsItemLoyaltyType",
    "GetLoyaltyCardListByClientIdResponse200ProgramsItemRulesItem",
    "GetLoyaltyCardListByClientIdResponse200SalonGroup",
    "GetLoyaltyCardListByClientIdResponse200Type",
    "GetLoyaltyCardListByPhoneResponse200",
    "GetLoyaltyCardListByPhoneResponse200ProgramsItem",
    "GetLoyaltyCardListByPhoneResponse200ProgramsItemLoyaltyType",
    "GetLoyaltyCardListByPhoneResponse200ProgramsItemRulesItem",
    "GetLoyaltyCardListByPhoneResponse200SalonGroup",
    "GetLoyaltyCardListByPhoneResponse200Type",
    "GetLoyaltyCardTypeListForClientResponse200Item",
    "GetLoyaltyCardTypeListForClientResponse200ItemSalonGroup",
    "GetLoyaltyCardTypeListResponse200Item",
    "GetLoyaltyCardTypeListResponse200ItemSalonGroup",
    "GetLoyaltyProgramClientStatisticsResponse200",
    "GetLoyaltyProgramClientStatisticsResponse200ClientStats",
    "GetLoyaltyProgramClientStatisticsResponse200ClientStatsNew",
    "GetLoyaltyProgramClientStatisticsResponse200ClientStatsOld",
    "GetLoyaltyProgramClientStatisticsResponse200ClientStatsTotal",
    "GetLoyaltyProgramClientStatisticsResponse200VisitsStatsByDayItem",
    "GetLoyaltyProgramRevenueStatisticsResponse200",
    "GetLoyaltyProgramRevenueStatisticsResponse200Currency",
    "GetLoyaltyProgramRevenueStatisticsResponse200IncomeStats",
    "GetLoyaltyProgramRevenueStatisticsResponse200IncomeStatsByDayItem",
    "GetLoyaltyProgramRevenueStatisticsResponse200IncomeStatsNew",
    "GetLoyaltyProgramRevenueStatisticsResponse200IncomeStatsOld",
    "GetLoyaltyProgramRevenueStatisticsResponse200IncomeStatsTotal",
    "GetLoyaltyProgramTeamMemberStatisticsResponse200Item",
    "GetLoyaltyProgramTeamMemberStatisticsResponse200ItemClientStats",
    "GetLoyaltyProgramTeamMemberStatisticsResponse200ItemStaff",
    "GetLoyaltyTransactionsByVisitResponse200Item",
    "GetLoyaltyTransactionsByVisitResponse200ItemProgram",
    "GetLoyaltyTransactionsByVisitResponse200ItemType",
    "GetMarketplaceIntegrationStatusResponse200",
    "GetMarketplaceIntegrationStatusResponse200ConnectionStatus",
    "GetMarketplaceIntegrationStatusResponse200ConnectionStatusStatus",
    "GetMarketplaceIntegrationStatusResponse200LogsItem",
    "GetMarketplaceIntegrationStatusResponse200PaymentsItem",
    "GetMembershipTypeListByIdResponse200Item",
    "GetMembershipTypeListResponse200Item",
    "GetMessageStatusListBodyItem",
    "GetNearestTimeSlotsResponse200",
    "GetNearestTimeSlotsResponse200SeancesItem",
    "GetOnlineBookingDetailsResponse200",
    "GetOnlineBookingDetailsResponse200Company",
    "GetOnlineBookingDetailsResponse200ServicesItem",
    "GetOnlineBookingDetailsResponse200Staff",
    "GetOnlineBookingDetailsResponse200StaffPosition",
    "GetOnlineBookingSettingsResponse200",
    "GetPermissionListResponse200",
    "GetPermissionListResponse200Clients",
    "GetPermissionListResponse200Comers",
    "GetPermissionListResponse200Dashboard",
    "GetPermissionListResponse200Finances",
    "GetPermissionListResponse200FinancesFinancesAccountsIdsItem",
    "GetPermissionListResponse200FinancesFinancesExpensesIdsItem",
    "GetPermissionListResponse200Loyalty",
    "GetPermissionListResponse200Notification",
    "GetPermissionListResponse200OnlineRecord",
    "GetPermissionListResponse200Other",
    "GetPermissionListResponse200OtherAuthListAllowedIpItem",
    "GetPermissionListResponse200RecordForm",
    "GetPermissionListResponse200Security",
    "GetPermissionListResponse200Settings",
    "GetPermissionListResponse200Storages",
    "GetPermissionListResponse200StoragesStoragesIdsItem",
    "GetPermissionListResponse200StoragesStoragesTransactionsTypesItem",
    "GetPermissionListResponse200Timetable",
    "GetProductCategoryCompositionResponse200",
    "GetProductCategoryCompositionResponse200ChildrenItem",
    "GetProductCategoryListByIdsResponse200Item",
    "GetProductCategoryListResponse200Item",
    "GetProductResponse200Item",
    "GetProductResponse200ItemActualAmountsItem",
    "GetProductsListResponse200Item",
    "GetResourceListResponse200Item",
    "GetResourceListResponse200ItemInstancesItem",
    "GetSaleTransactionResponse200",
    "GetSaleTransactionResponse200KkmState",
    "GetSaleTransactionResponse200KkmStateTransactionsItem",
    "GetSaleTransactionResponse200KkmStateTransactionsItemCashier",
    "GetSaleTransactionResponse200KkmStateTransactionsItemDocument",
    "GetSaleTransactionResponse200KkmStateTransactionsItemStatus",
    "GetSaleTransactionResponse200KkmStateTransactionsItemType",
    "GetSaleTransactionResponse200PaymentMethodsItem",
    "GetSaleTransactionResponse200PaymentMethodsItemAccount",
    "GetSaleTransactionResponse200State",
    "GetSaleTransactionResponse200StateItemsItem",
    "GetSaleTransactionResponse200StateLoyaltyTransactionsItem",
    "GetSaleTransactionResponse200StateLoyaltyTransactionsItemChain",
    "GetSaleTransactionResponse200StateLoyaltyTransactionsItemDeposit",
    "GetSaleTransactionResponse200StateLoyaltyTransactionsItemDepositType",
    "GetSaleTransactionResponse200StateLoyaltyTransactionsItemType",
    "GetSaleTransactionResponse200StatePaymentTransactionsItem",
    "GetSaleTransactionResponse200StatePaymentTransactionsItemAccount",
    "GetSaleTransactionResponse200StatePaymentTransactionsItemExpense",
    "GetServiceCategoryListResponse200Item",
    "GetServiceCategoryResponse200",
    "GetServiceListResponse200Item",
    "GetServiceResponse200Item",
    "GetServiceResponse200ItemStaffItem",
    "GetServicesAvailableForBookingResponse200",
    "GetServicesAvailableForBookingResponse200CategoryItem",
    "GetServicesAvailableForBookingResponse200EventsItem",
    "GetServicesAvailableForBookingResponse200ServicesItem",
    "GetServicesAvailableForBookingResponse200ServicesItemCompositeDetailsType0",
    "GetServicesAvailableForBookingResponse200ServicesItemPrepaidSettings",
    "GetTagListByEntityEntity",
    "GetTagListByEntityResponse200Item",
    "GetTaxSystemListResponse200Item",
    "GetTaxSystemListResponse200ItemVatsItem",
    "GetTeamMemberByIdResponse200Item",
    "GetTeamMemberByIdResponse200ItemImageGroupType0",
    "GetTeamMemberByIdResponse200ItemImageGroupType0Images",
    "GetTeamMemberByIdResponse200ItemImageGroupType0ImagesNorm",
    "GetTeamMemberByIdResponse200ItemImageGroupType0ImagesOrigin",
    "GetTeamMemberByIdResponse200ItemImageGroupType0ImagesSm",
    "GetTeamMemberByIdResponse200ItemPositionType0",
    "GetTeamMemberCalculationSchemesCountResponse200",
    "GetTeamMemberListResponse200Item",
    "GetTeamMemberListResponse200ItemImageGroupItem",
    "GetTeamMemberListResponse200ItemPositionType0",
    "GetTeamMemberListResponse200ItemUserItem",
    "GetTeamMemberPayrollCalculationResponse200",
    "GetTeamMemberResponse200Item",
    "GetTeamMemberResponse200ItemPositionType0",
    "GetTeamMemberSalaryCalculationResponse200",
    "GetTeamMemberSalaryPeriodResponse200",
    "GetTeamMemberSalarySchemesResponse200Item",
    "GetTeamMemberSalarySchemesResponse200ItemSalaryScheme",
    "GetTeamMembersAvailableForBookingResponse200Item",
    "GetTeamMembersAvailableForBookingResponse200ItemImageGroupType0",
    "GetTeamMembersAvailableForBookingResponse200ItemPositionType0",
    "GetTeamMembersAvailableForBookingResponse200ItemSeancesItem",
    "GetTeamMembersAvailableForBookingResponse200ItemUserType0",
    "GetTeamMemberScheduleListIncludeItem",
    "GetTeamMemberScheduleListResponse200Item",
    "GetTeamMemberScheduleListResponse200ItemBusyIntervalsItem",
    "GetTeamMemberScheduleListResponse200ItemBusyIntervalsItemEntityType",
    "GetTeamMemberScheduleListResponse200ItemSlotsItem",
    "GetTeamMemberScheduleResponse200Item",
    "GetTeamMemberScheduleResponse200ItemSlotsItem",
    "GetTeamMemberServiceBillOfMaterialsResponse200",
    "GetTeamMemberServiceBillOfMaterialsResponse200TechnologicalCardItemsItem",
    "GetTeamMemberTipSettingsResponse200Item",
    "GetTeamMemberTipSettingsResponse200ItemStaff",
    "GetTeamMemberTipSettingsResponse200ItemStaffEmployee",
    "GetTeamMemberTipSettingsResponse200ItemStaffPosition",
    "GetTeamMemberTipSettingsResponse200ItemStaffUser",
    "GetTimeslotSettingsResponse200",
    "GetTimeslotSettingsResponse200DatesSettingsItem",
    "GetTimeslotSettingsResponse200DatesSettingsItemSetting",
    "GetTimeslotSettingsResponse200DatesSettingsItemSettingGridBaseType",
    "GetTimeslotSettingsResponse200WeekdaysSettingsItem",
    "GetTimeslotSettingsResponse200WeekdaysSettingsItemSetting",
    "GetTimeslotSettingsResponse200WeekdaysSettingsItemSettingGridBaseType",
    "GetTimeSlotsForBookingResponse200Item",
    "GetTransactionResponse200",
    "GetTransactionResponse200ClientType0Item",
    "GetTransactionResponse200ClientType1",
    "GetTransactionResponse200Good",
    "GetTransactionResponse200GoodActualAmountsItem",
    "GetTransactionResponse200GoodLoyaltyCertificateTypeType0",
    "GetTransactionResponse200GoodsMarksItem",
    "GetTransactionResponse200MasterType0Item",
    "GetTransactionResponse200MasterType1",
    "GetTransactionResponse200SaleUnitType0",
    "GetTransactionResponse200ServiceUnitType0",
    "GetTransactionResponse200Storage",
    "GetTransactionResponse200SupplierItem",
    "GetTransactionResponse200Type",
    "GetTransactionResponse200Unit",
    "GetTransactionsByVisitOrAppointmentIdResponse200Item",
    "GetTransactionsByVisitOrAppointmentIdResponse200ItemAccount",
    "GetTransactionsByVisitOrAppointmentIdResponse200ItemClient",
    "GetTransactionsByVisitOrAppointmentIdResponse200ItemExpense",
    "GetTransactionsByVisitOrAppointmentIdResponse200ItemMaster",
    "GetTransactionsByVisitOrAppointmentIdResponse200ItemSupplier",
    "GetTransactionsResponse200Item",
    "GetTransactionsResponse200ItemAccount",
    "GetTransactionsResponse200ItemClient",
    "GetTransactionsResponse200ItemExpense",
    "GetTransactionsResponse200ItemMaster",
    "GetTransactionsResponse200ItemSupplier",
    "GetUserAppointmentListResponse201Item",
    "GetUserAppointmentListResponse201ItemCompany",
    "GetUserAppointmentListResponse201ItemServicesItem",
    "GetUserAppointmentListResponse201ItemStaff",
    "GetUserAppointmentListResponse201ItemStaffPosition",
    "GetUserGiftCardsResponse200Item",
    "GetUserGiftCardsResponse200ItemStatus",
    "GetUserGiftCardsResponse200ItemType",
    "GetUserGiftCardsResponse200ItemTypeItemType",
    "GetUserLoyaltyCardsResponse200",
    "GetUserLoyaltyCardsResponse200ProgramsItem",
    "GetUserLoyaltyCardsResponse200ProgramsItemLoyaltyType",
    "GetUserLoyaltyCardsResponse200ProgramsItemRulesItem",
    "GetUserLoyaltyCardsResponse200SalonGroup",
    "GetUserLoyaltyCardsResponse200Type",
    "GetUserMembershipsResponse200Item",
    "GetUserMembershipsResponse200ItemBalanceContainer",
    "GetUserMembershipsResponse200ItemBalanceContainerLinksItem",
    "GetUserMembershipsResponse200ItemBalanceContainerLinksItemCategory",
    "GetUserMembershipsResponse200ItemBalanceContainerLinksItemCategoryCategory",
    "GetUserMembershipsResponse200ItemBalanceContainerLinksItemService",
    "GetUserMembershipsResponse200ItemBalanceContainerLinksItemServiceCategory",
    "GetUserMembershipsResponse200ItemStatus",
    "GetUserMembershipsResponse200ItemType",
    "GetUserMembershipsResponse200ItemTypeBalanceContainer",
    "GetUserMembershipsResponse200ItemTypeBalanceContainerLinksItem",
    "GetUserMembershipsResponse200ItemTypeBalanceContainerLinksItemCategory",
    "GetUserMembershipsResponse200ItemTypeBalanceContainerLinksItemCategoryCategory",
    "GetUserMembershipsResponse200ItemTypeBalanceContainerLinksItemService",
    "GetUserMembershipsResponse200ItemTypeBalanceContainerLinksItemServiceCategory",
    "GetUserNotificationSettingsResponse200",
    "GetUserNotificationSettingsResponse200Mode",
    "GetUserNotificationSettingsResponse200NotificationTypesItem",
    "GetUserNotificationSettingsResponse200NotificationTypesItemChannels",
    "GetUserNotificationSettingsResponse200NotificationTypesItemType",
    "GetUserPermissionsResponse200",
    "GetUserPermissionsResponse200UserRole",
    "GetUserRolesIncludeItem",
    "GetUserRolesResponse200Item",
    "GetUserRolesResponse200ItemSlug",
    "GetVisitDetailsResponse200",
    "GetVisitDetailsResponse200ItemsItem",
    "GetVisitDetailsResponse200KkmTransactionDetailsContainer",
    "GetVisitDetailsResponse200KkmTransactionDetailsContainerTransactionsItem",
    "GetVisitDetailsResponse200KkmTransactionDetailsContainerTransactionsItemCashier",
    "GetVisitDetailsResponse200KkmTransactionDetailsContainerTransactionsItemDocument",
    "GetVisitDetailsResponse200KkmTransactionDetailsContainerTransactionsItemStatus",
    "GetVisitDetailsResponse200KkmTransactionDetailsContainerTransactionsItemType",
    "GetVisitDetailsResponse200LoyaltyTransactionsItem",
    "GetVisitDetailsResponse200LoyaltyTransactionsItemType",
    "GetVisitDetailsResponse200PaymentTransactionsItem",
    "GetVisitDetailsResponse200PaymentTransactionsItemAccount",
    "GetVisitDetailsResponse200PaymentTransactionsItemClient",
    "GetVisitDetailsResponse200PaymentTransactionsItemExpense",
    "GetVisitDetailsResponse200PaymentTransactionsItemMasterItem",
    "GetVisitDetailsResponse200PaymentTransactionsItemSupplierItem",
    "GetVisitResponse200",
    "GetVisitResponse200RecordsItem",
    "GetVisitResponse200RecordsItemClient",
    "GetVisitResponse200RecordsItemDocumentsItem",
    "GetVisitResponse200RecordsItemEventsItem",
    "GetVisitResponse200RecordsItemGoodsTransactionsItem",
    "GetVisitResponse200RecordsItemServicesItem",
    "GetVisitResponse200RecordsItemStaff",
    "GetVisitResponse200RecordsItemStaffPosition",
    "GroupEventAppointment",
    "GroupEventAppointmentClient",
    "GroupEventAppointmentCustomFields",
    "GroupEventAppointmentServicesItem",
    "HandleFiscalizationCallbackBody",
    "Image",
    "ImageGroup",
    "ImageGroupImageGroup",
    "IssueLoyaltyCardBody",
    "IssueLoyaltyCardResponse200",
    "IssueLoyaltyCardResponse200ProgramsItem",
    "IssueLoyaltyCardResponse200ProgramsItemLoyaltyType",
    "IssueLoyaltyCardResponse200ProgramsItemRulesItem",
    "IssueLoyaltyCardResponse200SalonGroup",
    "IssueLoyaltyCardResponse200Type",
    "LeaveCommentBody",
    "LeaveCommentResponse201",
    "LicenseOption",
    "ListClientCommentsResponse200Item",
    "ListClientCommentsResponse200ItemType",
    "ListMarketplaceAppLocationsResponse200Item",
    "ListMarketplaceAppLocationsResponse200ItemBookingWidgetPromoType0",
    "ListRolesIncludeItem",
    "ListRolesResponse200Item",
    "ListRolesResponse200ItemSlug",
    "ListTimetableScheduleDayEventsResponse200Item",
    "ListTimetableScheduleDayEventsResponse200ItemEventEntityType",
    "ListTimetableScheduleDayEventsResponse200ItemEventStatus",
    "ListVoipCallsBody",
    "ListVoipCallsBodyStatusesItem",
    "ListVoipCallsBodyTypesItem",
    "ListVoipCallsResponse200Item",
    "ListVoipCallsResponse200ItemStatus",
    "ListVoipCallsResponse200ItemType",
    "LocationEvent",
    "LocationEventResource",
    "LocationEventStatus",
    "LogInWithPhoneNumberAndCodeBody",
    "LogInWithPhoneNumberAndCodeResponse201",
    "LoyaltyCardEvent",
    "LoyaltyCardEventResource",
    "LoyaltyCardEventStatus",
    "LoyaltyCardType",
    "LoyaltyEntityAttendanceItem",
    "LoyaltyGenerateCode200DataOption",
    "LoyaltyGenerateCode200Option",
    "LoyaltyGenerateCode200OptionMetaItem",
    "LoyaltyNotificationMessageTemplate",
    "LoyaltyNotificationMessageTemplateMessageType",
    "LoyaltyNotificationMessageTemplateRequest",
    "LoyaltyNotificationMessageTemplateRequestType",
    "LoyaltyNotificationMessageTemplateType",
    "LoyaltyProgramRule",
    "LoyaltyProgramRuleRequest",
    "MarketplaceEvent",
    "MarketplaceEventEvent",
    "MarketplaceNotificationPaymentCallbackBody",
    "MarketplaceNotificationPaymentCallbackResponse200",
    "MarketplaceNotificationSettingsCallbackBody",
    "MarketplaceNotificationSettingsRedirectCallbackBody",
    "MarketplaceNotificationSettingsRedirectCallbackResponse200",
    "MarketplacePartnerApplicationAddDiscountBody",
    "MarketplacePartnerApplicationAddDiscountResponse200",
    "MarketplacePartnerApplicationPaymentLinkResponse200",
    "MarketplacePartnerApplicationsTariffsListResponse200Item",
    "MarketplacePartnerApplicationsTariffsListResponse200ItemOptionsItem",
    "MarketplacePartnerApplicationsUpdateChannelBody",
    "MarketplacePartnerApplicationsUpdateChannelBodyChannelSlug",
    "MarketplacePartnerApplicationsUpdateChannelResponse200",
    "ModelObjectConsumableInService",
    "ModelObjectLocationMinimumInformation",
    "ModelObjectPermissionOption",
    "ModelObjectPermissionType",
    "ModelObjectPermissionTypeSlug",
    "ModelObjectPermissionValue",
    "ModelObjectPermissionWithNestedPermissions",
    "ModelObjectPermissionWithNestedPermissionsChildrenType0Item",
    "ModelObjectPresenceOfTipWithoutAmount",
    "ModelObjectServiceInCustomersHistoryAppointment",
    "ModelObjectServiceInCustomersHistoryAppointmentPaymentStatus",
    "ObjectOfModelFileInAClientDetails",
    "ObjectOfModelPosition",
    "ObjectOfModelResourceInstance",
    "ObjectOfModelScheduleSeries",
    "ObjectOfModelScheduleSeriesDayOfWeek",
    "ObjectOfModelTag",
    "ObjectOfModelTeamMemberWithPosition",
    "ObjectOfModelUserWithNameAndAvatar",
    "PatchServiceBody",
    "PatchServiceBodyStaffItem",
    "PatchServiceResponse200",
    "PatchServiceResponse200DatesItemType0",
    "PatchServiceResponse200ImageGroupItem",
    "PatchServiceResponse200ResourcesItem",
    "PatchServiceResponse200StaffItem",
    "PaymentAtTheCheckout",
    "PaymentAtTheCheckoutPayment",
    "PaymentAtTheCheckoutPaymentMethod",
    "PaymentDetailsObject",
    "PaymentViaClientPersonalAccount",
    "PaymentViaClientPersonalAccountPayment",
    "PaymentViaClientPersonalAccountPaymentMethod",
    "PaymentWithAGiftCard",
    "PaymentWithAGiftCardPayment",
    "PaymentWithAGiftCardPaymentMethod",
    "PaymentWithMembershipWorksOnlyForTheVisit",
    "PaymentWithMembershipWorksOnlyForTheVisitPayment",
    "PaymentWithMembershipWorksOnlyForTheVisitPaymentMethod",
    "PayrollCalculationDiscrepancyDetailsObject",
    "PayrollCalculationDiscrepancyDetailsObjectReason",
    "PayrollCalculationRulesDetailsObject",
    "PayWithALoyaltyCard",
    "PayWithALoyaltyCardPayment",
    "PayWithALoyaltyCardPaymentMethod",
    "PayWithALoyaltyProgram",
    "PayWithALoyaltyProgramPayment",
    "PayWithALoyaltyProgramPaymentMethod",
    "PayWithReferralProgramWorksOnlyForVisit",
    "PayWithReferralProgramWorksOnlyForVisitPayment",
    "PayWithReferralProgramWorksOnlyForVisitPaymentMethod",
    "PrintFiscalReceiptBody",
    "PrintFiscalReceiptResponse200",
    "PrintFiscalReceiptResponse200BillJsonItem",
    "PrintFiscalReceiptResponse200KkmTransactionsItem",
    "PrintFiscalReceiptResponse200KkmTransactionsItemCashier",
    "PrintFiscalReceiptResponse200KkmTransactionsItemDocument",
    "PrintFiscalReceiptResponse200KkmTransactionsItemStatus",
    "PrintFiscalReceiptResponse200KkmTransactionsItemType",
    "ProductEvent",
    "ProductEventResource",
    "ProductEventStatus",
    "ProductOperationEvent",
    "ProductOperationEventResource",
    "ProductOperationEventStatus",
    "RemoveServiceFromTeamMemberResponse204Type0",
    "RemoveUserFromLocationsBody",
    "RemoveUserFromLocationsBodyUserCompanyLinksItem",
    "RemoveUserFromLocationsResponse200Type0",
    "SalaryBalanceObject",
    "SalaryCalculationItemObject",
    "SalaryCalculationItemObjectItemTypeSlug",
    "SalaryCalculationItemTargetObject",
    "SalaryCalculationItemTargetObjectTargetTypeSlug",
    "SalaryCalculationItemTargetRuleObject",
    "SalaryCalculationItemTargetRuleObjectTypeSlug",
    "SalaryCalculationObject",
    "SalaryCalculationObjectStatus",
    "SalaryTotals",
    "SavingCallInformation",
    "ScheduleEvent",
    "ScheduleEventResource",
    "ScheduleEventStatus",
    "ScheduleTeamMemberUpdateDeprecatedBodyItem",
    "ScheduleTeamMemberUpdateDeprecatedBodyItemSlotsItem",
    "SearchClientVisitsBody",
    "SearchClientVisitsBodyAttendance",
    "SearchClientVisitsBodyPaymentStatusesItem",
    "SearchClientVisitsResponse200",
    "SearchEventServicesResponse200Item",
    "SearchEventServicesResponse200ItemCategory",
    "SearchEventServicesResponse200ItemResourcesItem",
    "SearchEventServicesResponse200ItemStaffItem",
    "SearchEventsResponse200Item",
    "SearchEventsResponse200ItemLabelsItem",
    "SearchEventsResponse200ItemResourceInstancesItem",
    "SearchEventsResponse200ItemService",
    "SearchEventsResponse200ItemServiceCategory",
    "SearchEventsResponse200ItemStaff",
    "SearchEventsResponse200ItemStaffPosition",
    "SearchForProductTransactionsResponse200Item",
    "SearchForProductTransactionsResponse200ItemClients",
    "SearchForProductTransactionsResponse200ItemGood",
    "SearchForProductTransactionsResponse200ItemMaster",
    "SearchForProductTransactionsResponse200ItemService",
    "SearchForProductTransactionsResponse200ItemStorage",
    "SearchForProductTransactionsResponse200ItemSupplier",
    "SearchForProductTransactionsResponse200ItemUnit",
    "SearchMembershipsForEventResponse200",
    "SearchMembershipsForEventResponse200DataItem",
    "SearchMembershipsForEventResponse200DataItemAttributes",
    "SearchMembershipsForEventResponse200DataItemRelationships",
    "SearchMembershipsForEventResponse200DataItemRelationshipsLoyaltyAbonementType",
    "SearchMembershipsForEventResponse200DataItemRelationshipsLoyaltyAbonementTypeData",
    "SearchMembershipsForEventResponse200IncludedItem",
    "SearchProductResponse200Item",
    "SearchTeamMemberCalculationDailySalaryResponse200",
    "SearchTeamMemberCalculationDailySalaryResponse200PayrollDailyItem",
    "SearchTeamMemberCalculationSalaryResponse200",
    "SearchTeamMemberPayrollCalculationResponse200Item",
    "SearchTeamMemberPeriodDailySalaryResponse200",
    "SearchTeamMemberPeriodDailySalaryResponse200PeriodCalculationDailyItem",
    "SearchTeamMemberPeriodSalaryResponse200",
    "SearchTimetableEventSchedulesByEventEntityType",
    "SearchTimetableEventSchedulesByEventIncludeItem",
    "SearchTimetableEventSchedulesByEventResponse200",
    "SearchTimetableEventSchedulesByEventResponse200OriginalEntityType",
    "SendBookingVerificationCodeBody",
    "SendBookingVerificationCodeResponse201",
    "SendBookingVerificationCodeResponse201Meta",
    "SendEmailCampaignToFilteredClientsBody",
    "SendEmailNewsletterToClientsBody",
    "SendSmsCampaignToFilteredClientsBody",
    "SendSmsToClientsBody",
    "ServiceCategoryEvent",
    "ServiceCategoryEventResource",
    "ServiceCategoryEventStatus",
    "ServiceEvent",
    "ServiceEventResource",
    "ServiceEventStatus",
    "ServiceTitle",
    "SetMarketplaceNotificationShortNamesBody",
    "SetTeamMemberScheduleBody",
    "SetTeamMemberScheduleBodySchedulesToDeleteItem",
    "SetTeamMemberScheduleBodySchedulesToSetItem",
    "SetTeamMemberScheduleBodySchedulesToSetItemSlotsItem",
    "SetTeamMemberScheduleResponse200Item",
    "SetTeamMemberScheduleResponse200ItemSlotsItem",
    "StaffPositionVariant0",
    "StandardAppointment",
    "StandardAppointmentActivityId",
    "StandardAppointmentClient",
    "StandardAppointmentCustomFields",
    "StandardAppointmentServicesItem",
    "SubmitFeedbackFormBody",
    "TeamMemberEvent",
    "TeamMemberEventResource",
    "TeamMemberEventStatus",
    "TheObjectOfTheModelAppointmentInTheHistoryOfVisitsToTheClient",
    "TheObjectOfTheModelAppointmentInTheHistoryOfVisitsToTheClientTipsType2",
    "TheObjectOfTheModelSaleOfGoodsInTheHistoryOfVisitsToTheClient",
    "TheObjectOfTheModelSoldProductInTheHistoryOfCustomerVisits",
    "TheObjectOfTheModelSoldProductInTheHistoryOfCustomerVisitsPaymentStatus",
    "TotalTipModelObject",
    "UninstallMarketplaceAppResponse200Type0",
    "UnlinkAppointmentServiceAssociationBody",
    "UnlinkAppointmentServiceAssociationResponse200Item",
    "UnlinkAppointmentServiceAssociationResponse200ItemConsumablesItem",
    "UnlinkAppointmentServiceAssociationResponse200ItemTechnologicalCardsItem",
    "UpdateAppointmentAttendanceBody",
    "UpdateAppointmentAttendanceBodyAttendance",
    "UpdateAppointmentAttendanceResponse200",
    "UpdateAppointmentAttendanceResponse200Attendance",
    "UpdateAppointmentAttendanceResponse200RecordsType0",
    "UpdateAppointmentAttendanceResponse200RecordsType0AdditionalProperty",
    "UpdateAppointmentCalendarSettingsBody",
    "UpdateAppointmentCalendarSettingsResponse200",
    "UpdateAppointmentResponse201",
    "UpdateAppointmentResponse201Client",
    "UpdateAppointmentResponse201DocumentsItem",
    "UpdateAppointmentResponse201ServicesItem",
    "UpdateAppointmentResponse201Staff",
    "UpdateAppointmentServiceConsumablesBody",
    "UpdateAppointmentServiceConsumablesBodyConsumablesItem",
    "UpdateAppointmentServiceConsumablesResponse200Item",
    "UpdateAppointmentServiceConsumablesResponse200ItemConsumablesItem",
    "UpdateAppointmentServiceConsumablesResponse200ItemConsumablesItemGood",
    "UpdateAppointmentServiceConsumablesResponse200ItemTechnologicalCardsItem",
    "UpdateAppointmentServiceConsumablesResponse200ItemTechnologicalCardsItemTechnologicalCardItemsItem",
    "UpdateAppointmentServiceConsumablesResponse200ItemTechnologicalCardsItemTechnologicalCardItemsItemGood",
    "UpdateBookingUserBody",
    "UpdateBookingUserPasswordBody",
    "UpdateBookingUserPasswordResponse200",
    "UpdateBookingWidgetBody",
    "UpdateBookingWidgetBodyButtonPosition",
    "UpdateBookingWidgetBodyFormPosition",
    "UpdateBookingWidgetResponse200",
    "UpdateBookingWidgetResponse200HeaderImagesType0",
    "UpdateChainLoyaltyProgramBody",
    "UpdateChainLoyaltyProgramBodyExpirationTimeoutUnit",
    "UpdateChainLoyaltyProgramInclude",
    "UpdateChainLoyaltyProgramResponse200",
    "UpdateChainLoyaltyProgramResponse200ExpirationTimeoutUnit",
    "UpdateChainLoyaltyProgramResponse200GoodItemType",
    "UpdateChainLoyaltyProgramResponse200ParamsSourceType",
    "UpdateChainLoyaltyProgramResponse200ServiceItemType",
    "UpdateChainLoyaltyProgramResponse200Type",
    "UpdateChainLoyaltyProgramResponse200ValueUnit",
    "UpdateClientBody",
    "UpdateClientBodyCustomFields",
    "UpdateClientBodyLabelsType0",
    "UpdateCustomFieldBody",
    "UpdateCustomFieldResponse202Item",
    "UpdateCustomFieldResponse202ItemCustomField",
    "UpdateCustomFieldResponse202ItemCustomFieldType",
    "UpdateDocumentBody",
    "UpdateDocumentResponse200",
    "UpdateDocumentResponse200Company",
    "UpdateDocumentResponse200CompanyPhonesItem",
    "UpdateDocumentResponse200Storage",
    "UpdateDocumentResponse200Type",
    "UpdateDocumentResponse200User",
    "UpdateEventBody",
    "UpdateEventDuplicationStrategyBody",
    "UpdateEventDuplicationStrategyBodyDaysItem",
    "UpdateEventNotificationSettingsBody",
    "UpdateEventNotificationSettingsResponse201",
    "UpdateEventResponse200",
    "UpdateEventResponse200DurationDetails",
    "UpdateEventResponse200LabelsItem",
    "UpdateEventResponse200ResourceInstancesItem",
    "UpdateEventResponse200Service",
    "UpdateEventResponse200Staff",
    "UpdateFinancialTransactionBody",
    "UpdateFinancialTransactionResponse200Item",
    "UpdateFinancialTransactionResponse200ItemAccount",
    "UpdateFinancialTransactionResponse200ItemClient",
    "UpdateFinancialTransactionResponse200ItemExpense",
    "UpdateFinancialTransactionResponse200ItemMaster",
    "UpdateFinancialTransactionResponse200ItemSupplier",
    "UpdateLocationBody",
    "UpdateLocationBodySocial",
    "UpdateLocationResponse200",
    "UpdateLocationResponse200Access",
    "UpdateLocationResponse200MainGroupType0",
    "UpdateLocationResponse200Social",
    "UpdateOnlineBookingDatetimeBody",
    "UpdateOnlineBookingDatetimeResponse200",
    "UpdateOnlineBookingDatetimeResponse200Company",
    "UpdateOnlineBookingDatetimeResponse200ServicesItem",
    "UpdateOnlineBookingDatetimeResponse200Staff",
    "UpdateOnlineBookingSettingsBody",
    "UpdateOnlineBookingSettingsResponse200",
    "UpdateProductBody",
    "UpdateProductBodyCorrectionRulesItem",
    "UpdateProductCategoryBody",
    "UpdateProductCategoryResponse200",
    "UpdateProductResponse200Item",
    "UpdateProductResponse200ItemActualAmountsItem",
    "UpdateServiceCategoryBody",
    "UpdateServiceCategoryResponse200",
    "UpdateServiceLinksBody",
    "UpdateServiceLinksBodyTeamMemberSettingsItem",
    "UpdateServiceLinksBodyTeamMemberSettingsItemPriceType0",
    "UpdateServiceLinksBodyTranslationsItem",
    "UpdateServiceLinksResponse200",
    "UpdateServiceTeamMemberAssignmentBody",
    "UpdateServiceTeamMemberAssignmentResponse200",
    "UpdateTagByTagIdBody",
    "UpdateTeamMemberBody",
    "UpdateTeamMemberResponse200",
    "UpdateTeamMemberResponse200PositionType0",
    "UpdateTeamMemberScheduleBodyType0",
    "UpdateTeamMemberScheduleBodyType0Slots",
    "UpdateTimetableClientScheduleBody",
    "UpdateTimetableClientScheduleResponse200",
    "UpdateTimetableEventScheduleBody",
    "UpdateTimetableEventScheduleResponse200",
    "UpdateTimetableEventScheduleResponse200OriginalEntityType",
    "UpdateTimetableScheduleDayBody",
    "UpdateTimetableScheduleDayIncludeItem",
    "UpdateTimetableScheduleDayResponse200",
    "UpdateTimetableScheduleDayResponse200DayOfWeek",
    "UpdateTransactionBody",
    "UpdateTransactionResponse200",
    "UpdateTransactionResponse200ClientType0Item",
    "UpdateTransactionResponse200ClientType1",
    "UpdateTransactionResponse200Good",
    "UpdateTransactionResponse200GoodActualAmountsItem",
    "UpdateTransactionResponse200GoodLoyaltyCertificateTypeType0",
    "UpdateTransactionResponse200GoodsMarksItem",
    "UpdateTransactionResponse200MasterType0Item",
    "UpdateTransactionResponse200MasterType1",
    "UpdateTransactionResponse200SaleUnitType0",
    "UpdateTransactionResponse200ServiceUnitType0",
    "UpdateTransactionResponse200Storage",
    "UpdateTransactionResponse200SupplierItem",
    "UpdateTransactionResponse200Type",
    "UpdateTransactionResponse200Unit",
    "UpdateUserNotificationSettingsBody",
    "UpdateUserNotificationSettingsBodyNotificationTypesItem",
    "UpdateUserNotificationSettingsBodyNotificationTypesItemChannels",
    "UpdateUserNotificationSettingsBodyNotificationTypesItemType",
    "UpdateUserNotificationSettingsResponse200",
    "UpdateUserNotificationSettingsResponse200Mode",
    "UpdateUserNotificationSettingsResponse200NotificationTypesItem",
    "UpdateUserNotificationSettingsResponse200NotificationTypesItemChannels",
    "UpdateUserNotificationSettingsResponse200NotificationTypesItemType",
    "UpdateUserPermissionsBody",
    "UpdateUserPermissionsBodyUserRole",
    "UpdateUserPermissionsResponse200",
    "UpdateUserPermissionsResponse200UserRole",
    "UpdateVisitBody",
    "UpdateVisitBodyDeletedTransactionIdsItem",
    "UpdateVisitBodyGoodsTransactionsItem",
    "UpdateVisitBodyNewTransactionsItem",
    "UpdateVisitBodyServicesItem",
    "UploadClientFileBody",
    "UploadClientFileResponse200Item",
    "UploadImageBody",
    "UploadImageResponse200",
    "ValidateBookingParamsBody",
    "ValidateBookingParamsBodyAppointmentsItem",
    "VisitorModelObject",
    "VisitorModelObjectSlug",
    "WebhookClientData",
    "WebhookClientDataCategoriesItem",
    "WebhookClientDataCustomFieldsItem",
    "WebhookClientDataSexId",
    "WebhookClientDataSmsBot",
    "WebhookClientDataSmsCheck",
    "WebhookClientDataSmsNot",
    "WebhookFinancialOperationData",
    "WebhookFinancialOperationDataAccount",
    "WebhookFinancialOperationDataClient",
    "WebhookFinancialOperationDataExpense",
    "WebhookFinancialOperationDataMaster",
    "WebhookFinancialOperationDataRecord",
    "WebhookFinancialOperationDataSupplier",
    "WebhookGoodData",
    "WebhookGoodDataActualAmountsItem",
    "WebhookGoodDataLoyaltyAllowEmptyCode",
    "WebhookGoodDataLoyaltyCertificateTypeType0",
    "WebhookGoodDataLoyaltySerialNumberLimited",
    "WebhookGoodsOperationData",
    "WebhookGoodsOperationDataClient",
    "WebhookGoodsOperationDataGood",
    "WebhookGoodsOperationDataMaster",
    "WebhookGoodsOperationDataService",
    "WebhookGoodsOperationDataStorage",
    "WebhookGoodsOperationDataSupplier",
    "WebhookGoodsOperationDataUnit",
    "WebhookLoyaltyCardData",
    "WebhookRecordData",
    "WebhookRecordDataClientType0",
    "WebhookRecordDataClientType0ClientTagsItem",
    "WebhookRecordDataClientType0CustomFieldsItem",
    "WebhookRecordDataComerPersonInfoType0",
    "WebhookRecordDataComerType0",
    "WebhookRecordDataCompositeType0",
    "WebhookRecordDataConfirmed",
    "WebhookRecordDataCustomFieldsItem",
    "WebhookRecordDataDocumentsItem",
    "WebhookRecordDataEmailNow",
    "WebhookRecordDataGoodsTransactionsItem",
    "WebhookRecordDataRecordLabelsItem",
    "WebhookRecordDataReviewRequested",
    "WebhookRecordDataServicesItem",
    "WebhookRecordDataSmsBefore",
    "WebhookRecordDataStaffType0",
    "WebhookRecordDataStaffType0Position",
    "WebhookSalonData",
    "WebhookSalonDataActive",
    "WebhookSalonDataMainGroupType0",
    "WebhookSalonDataSchedule",
    "WebhookSalonDataSocial",
    "WebhookServiceCategoryData",
    "WebhookServiceData",
    "WebhookServiceDataActive",
    "WebhookServiceDataImageGroup",
    "WebhookServiceDataStaffItem",
    "WebhookStaffData",
    "WebhookStaffDataFired",
    "WebhookStaffDataHidden",
    "WebhookStaffDataImageGroup",
    "WebhookStaffDataPosition",
    "WebhookStaffDataShowRating",
    "WebhookStaffDataStatus",
    "WebhookStaffDataUserType0",
)

__getattr__, __dir__ = lazy_attributes(
    __name__,
    globals(),
    {
        "AnalyticsReportOverallClientStats": ".analytics_report_overall_client_stats",
        "AnalyticsReportOverallFullnessStats": ".analytics_report_overall_fullness_stats",
        "AnalyticsReportOverallRecordStats": ".analytics_report_overall_record_stats",
        "AnalyticsReportOverallSumStats": ".analytics_report_overall_sum_stats",
        "ApplyDiscountPromotionBody": ".apply_discount_promotion_body",
        "ApplyDiscountPromotionResponse200": ".apply_discount_promotion_response_200",
        "ApplyDiscountPromotionResponse200ItemsItem": ".apply_discount_promotion_response_200_items_item",
        "ApplyDiscountPromotionResponse200KkmTransactionDetailsContainer": ".apply_discount_promotion_response_200_kkm_transaction_details_container",
        "ApplyDiscountPromotionResponse200KkmTransactionDetailsContainerTransactionsItem": ".apply_discount_promotion_response_200_kkm_transaction_details_container_transactions_item",
        "ApplyDiscountPromotionResponse200LoyaltyTransactionsItem": ".apply_discount_promotion_response_200_loyalty_transactions_item",
        "ApplyDiscountPromotionResponse200LoyaltyTransactionsItemType": ".apply_discount_promotion_response_200_loyalty_transactions_item_type",
        "ApplyDiscountPromotionResponse200PaymentTransactionsItem": ".apply_discount_promotion_response_200_payment_transactions_item",
        "ApplyLoyaltyCardDeductionBody": ".apply_loyalty_card_deduction_body",
        "ApplyLoyaltyCardDeductionResponse200": ".apply_loyalty_card_deduction_response_200",
        "ApplyLoyaltyCardDeductionResponse200ItemsItem": ".apply_loyalty_card_deduction_response_200_items_item",
        "ApplyLoyaltyCardDeductionResponse200KkmTransactionDetailsContainer": ".apply_loyalty_card_deduction_response_200_kkm_transaction_details_container",
        "ApplyLoyaltyCardDeductionResponse200KkmTransactionDetailsContainerTransactionsItem": ".apply_loyalty_card_deduction_response_200_kkm_transaction_details_container_transactions_item",
        "ApplyLoyaltyCardDeductionResponse200LoyaltyTransactionsItem": ".apply_loyalty_card_deduction_response_200_loyalty_transactions_item",
        "ApplyLoyaltyCardDeductionResponse200LoyaltyTransactionsItemType": ".apply_loyalty_card_deduction_response_200_loyalty_transactions_item_type",
        "ApplyLoyaltyCardDeductionResponse200PaymentTransactionsItem": ".apply_loyalty_card_deduction_response_200_payment_transactions_item",
        "ApplyReferralProgramBody": ".apply_referral_program_body",
        "ApplyReferralProgramResponse200": ".apply_referral_program_response_200",
        "ApplyReferralProgramResponse200ItemsItem": ".apply_referral_program_response_200_items_item",
        "ApplyReferralProgramResponse200KkmTransactionDetailsContainer": ".apply_referral_program_response_200_kkm_transaction_details_container",
        "ApplyReferralProgramResponse200KkmTransactionDetailsContainerTransactionsItem": ".apply_referral_program_response_200_kkm_transaction_details_container_transactions_item",
        "ApplyReferralProgramResponse200LoyaltyTransactionsItem": ".apply_referral_program_response_200_loyalty_transactions_item",
        "ApplyReferralProgramResponse200LoyaltyTransactionsItemType": ".apply_referral_program_response_200_loyalty_transactions_item_type",
        "ApplyReferralProgramResponse200PaymentTransactionsItem": ".apply_referral_program_response_200_payment_transactions_item",
        "AppointmentEvent": ".appointment_event",
        "AppointmentEventResource": ".appointment_event_resource",
        "AppointmentEventStatus": ".appointment_event_status",
        "AssignServiceToTeamMemberBody": ".assign_service_to_team_member_body",
        "AssignServiceToTeamMemberResponse201": ".assign_service_to_team_member_response_201",
        "AuthorizeOnlineBookingUserBody": ".authorize_online_booking_user_body",
        "AuthorizeOnlineBookingUserResponse201": ".authorize_online_booking_user_response_201",
        "AuthorizeUserBody": ".authorize_user_body",
        "AuthorizeUserResponse201": ".authorize_user_response_201",
        "BookEventBody": ".book_event_body",
        "BookEventResponse200": ".book_event_response_200",
        "BulkCreateClientsBodyType0": ".bulk_create_clients_body_type_0",
        "BulkCreateClientsBodyType0Categories": ".bulk_create_clients_body_type_0_categories",
        "CallNotification": ".call_notification",
        "CancelDiscountPromotionBody": ".cancel_discount_promotion_body",
        "CancelDiscountPromotionResponse200": ".cancel_discount_promotion_response_200",
        "CancelDiscountPromotionResponse200ItemsItem": ".cancel_discount_promotion_response_200_items_item",
        "CancelDiscountPromotionResponse200KkmTransactionDetailsContainer": ".cancel_discount_promotion_response_200_kkm_transaction_details_container",
        "CancelDiscountPromotionResponse200KkmTransactionDetailsContainerTransactionsItem": ".cancel_discount_promotion_response_200_kkm_transaction_details_container_transactions_item",
        "CancelDiscountPromotionResponse200LoyaltyTransactionsItem": ".cancel_discount_promotion_response_200_loyalty_transactions_item",
        "CancelDiscountPromotionResponse200PaymentTransactionsItem": ".cancel_discount_promotion_response_200_payment_transactions_item",
        "CancelLoyaltyCardWithdrawalBody": ".cancel_loyalty_card_withdrawal_body",
        "CancelLoyaltyCardWithdrawalResponse200": ".cancel_loyalty_card_withdrawal_response_200",
        "CancelLoyaltyCardWithdrawalResponse200ItemsItem": ".cancel_loyalty_card_withdrawal_response_200_items_item",
        "CancelLoyaltyCardWithdrawalResponse200KkmTransactionDetailsContainer": ".cancel_loyalty_card_withdrawal_response_200_kkm_transaction_details_container",
        "CancelLoyaltyCardWithdrawalResponse200KkmTransactionDetailsContainerTransactionsItem": ".cancel_loyalty_card_withdrawal_response_200_kkm_transaction_details_container_transactions_item",
        "CancelLoyaltyCardWithdrawalResponse200LoyaltyTransactionsItem": ".cancel_loyalty_card_withdrawal_response_200_loyalty_transactions_item",
        "CancelLoyaltyCardWithdrawalResponse200PaymentTransactionsItem": ".cancel_loyalty_card_withdrawal_response_200_payment_transactions_item",
        "ChainLoyaltyCertificateTypesCreateBody": ".chain_loyalty_certificate_types_create_body",
        "ChainLoyaltyCertificateTypesCreateBodyBalanceEditTypeId": ".chain_loyalty_certificate_types_create_body_balance_edit_type_id",
        "ChainLoyaltyCertificateTypesCreateBodyExpiration": ".chain_loyalty_certificate_types_create_body_expiration",
        "ChainLoyaltyCertificateTypesCreateBodyExpirationTimeoutUnitId": ".chain_loyalty_certificate_types_create_body_expiration_timeout_unit_id",
        "ChainLoyaltyCertificateTypesCreateBodyExpirationTypeId": ".chain_loyalty_certificate_types_create_body_expiration_type_id",
        "ChainLoyaltyCertificateTypesCreateBodyItemTypeId": ".chain_loyalty_certificate_types_create_body_item_type_id",
        "ChainLoyaltyCertificateTypesCreateBodyOnlineSale": ".chain_loyalty_certificate_types_create_body_online_sale",
        "ChainLoyaltyCertificateTypesCreateResponse200": ".chain_loyalty_certificate_types_create_response_200",
        "ChainLoyaltyCertificateTypesCreateResponse200ItemType": ".chain_loyalty_certificate_types_create_response_200_item_type",
        "ChainLoyaltyCertificateTypesGetResponse200": ".chain_loyalty_certificate_types_get_response_200",
        "ChainLoyaltyCertificateTypesGetResponse200ItemType": ".chain_loyalty_certificate_types_get_response_200_item_type",
        "ChainLoyaltyCertificateTypesListResponse200Item": ".chain_loyalty_certificate_types_list_response_200_item",
        "ChainLoyaltyCertificateTypesListResponse200ItemItemType": ".chain_loyalty_certificate_types_list_response_200_item_item_type",
        "ChainLoyaltyCertificateTypesUpdateBody": ".chain_loyalty_certificate_types_update_body",
        "ChainLoyaltyCertificateTypesUpdateBodyBalanceEditTypeId": ".chain_loyalty_certificate_types_update_body_balance_edit_type_id",
        "ChainLoyaltyCertificateTypesUpdateBodyExpiration": ".chain_loyalty_certificate_types_update_body_expiration",
        "ChainLoyaltyCertificateTypesUpdateBodyExpirationTimeoutUnitId": ".chain_loyalty_certificate_types_update_body_expiration_timeout_unit_id",
        "ChainLoyaltyCertificateTypesUpdateBodyExpirationTypeId": ".chain_loyalty_certificate_types_update_body_expiration_type_id",
        "ChainLoyaltyCertificateTypesUpdateBodyItemTypeId": ".chain_loyalty_certificate_types_update_body_item_type_id",
        "ChainLoyaltyCertificateTypesUpdateBodyOnlineSale": ".chain_loyalty_certificate_types_update_body_online_sale",
        "ChainLoyaltyCertificateTypesUpdateResponse200": ".chain_loyalty_certificate_types_update_response_200",
        "ChainLoyaltyCertificateTypesUpdateResponse200ItemType": ".chain_loyalty_certificate_types_update_response_200_item_type",
        "ChainLoyaltyMembershipTypesArchiveBody": ".chain_loyalty_membership_types_archive_body",
        "ChainLoyaltyMembershipTypesCloneBody": ".chain_loyalty_membership_types_clone_body",
        "ChainLoyaltyMembershipTypesCloneResponse200": ".chain_loyalty_membership_types_clone_response_200",
        "ChainLoyaltyMembershipTypesCloneResponse200AvailabilityItem": ".chain_loyalty_membership_types_clone_response_200_availability_item",
        "ChainLoyaltyMembershipTypesCloneResponse200AvailabilityItemIntervalsItem": ".chain_loyalty_membership_types_clone_response_200_availability_item_intervals_item",
        "ChainLoyaltyMembershipTypesCloneResponse200BalanceContainer": ".chain_loyalty_membership_types_clone_response_200_balance_container",
        "ChainLoyaltyMembershipTypesCloneResponse200BalanceContainerLinksItem": ".chain_loyalty_membership_types_clone_response_200_balance_container_links_item",
        "ChainLoyaltyMembershipTypesCloneResponse200BalanceContainerLinksItemCategory": ".chain_loyalty_membership_types_clone_response_200_balance_container_links_item_category",
        "ChainLoyaltyMembershipTypesCloneResponse200BalanceContainerLinksItemCategoryCategoryType0Item": ".chain_loyalty_membership_types_clone_response_200_balance_container_links_item_category_category_type_0_item",
        "ChainLoyaltyMembershipTypesCloneResponse200BalanceContainerLinksItemCategoryCategoryType1": ".chain_loyalty_membership_types_clone_response_200_balance_container_links_item_category_category_type_1",
        "ChainLoyaltyMembershipTypesCloneResponse200BalanceContainerLinksItemService": ".chain_loyalty_membership_types_clone_response_200_balance_container_links_item_service",
        "ChainLoyaltyMembershipTypesCloneResponse200BalanceContainerLinksItemServiceCategory": ".chain_loyalty_membership_types_clone_response_200_balance_container_links_item_service_category",
        "ChainLoyaltyMembershipTypesCloneResponse200BalanceContainerLinksItemServiceCategoryCategoryType0Item": ".chain_loyalty_membership_types_clone_response_200_balance_container_links_item_service_category_category_type_0_item",
        "ChainLoyaltyMembershipTypesCloneResponse200BalanceContainerLinksItemServiceCategoryCategoryType1": ".chain_loyalty_membership_types_clone_response_200_balance_container_links_item_service_category_category_type_1",
        "ChainLoyaltyMembershipTypesCloneResponse200CategoryType0": ".chain_loyalty_membership_types_clone_response_200_category_type_0",
        "ChainLoyaltyMembershipTypesCloneResponse201": ".chain_loyalty_membership_types_clone_response_201",
        "ChainLoyaltyMembershipTypesCloneResponse201AvailabilityItem": ".chain_loyalty_membership_types_clone_response_201_availability_item",
        "ChainLoyaltyMembershipTypesCloneResponse201AvailabilityItemIntervalsItem": ".chain_loyalty_membership_types_clone_response_201_availability_item_intervals_item",
        "ChainLoyaltyMembershipTypesCloneResponse201BalanceContainer": ".chain_loyalty_membership_types_clone_response_201_balance_container",
        "ChainLoyaltyMembershipTypesCloneResponse201BalanceContainerLinksItem": ".chain_loyalty_membership_types_clone_response_201_balance_container_links_item",
        "ChainLoyaltyMembershipTypesCloneResponse201BalanceContainerLinksItemCategory": ".chain_loyalty_membership_types_clone_response_201_balance_container_links_item_category",
        "ChainLoyaltyMembershipTypesCloneResponse201BalanceContainerLinksItemCategoryCategoryType0Item": ".chain_loyalty_membership_types_clone_response_201_balance_container_links_item_category_category_type_0_item",
        "ChainLoyaltyMembershipTypesCloneResponse201BalanceContainerLinksItemCategoryCategoryType1": ".chain_loyalty_membership_types_clone_response_201_balance_container_links_item_category_category_type_1",
        "ChainLoyaltyMembershipTypesCloneResponse201BalanceContainerLinksItemService": ".chain_loyalty_membership_types_clone_response_201_balance_container_links_item_service",
        "ChainLoyaltyMembershipTypesCloneResponse201BalanceContainerLinksItemServiceCategory": ".chain_loyalty_membership_types_clone_response_201_balance_container_links_item_service_category",
        "ChainLoyaltyMembershipTypesCloneResponse201BalanceContainerLinksItemServiceCategoryCategoryType0Item": ".chain_loyalty_membership_types_clone_response_201_balance_container_links_item_service_category_category_type_0_item",
        "ChainLoyaltyMembershipTypesCloneResponse201BalanceContainerLinksItemServiceCategoryCategoryType1": ".chain_loyalty_membership_types_clone_response_201_balance_container_links_item_service_category_category_type_1",
        "ChainLoyaltyMembershipTypesCloneResponse201CategoryType0": ".chain_loyalty_membership_types_clone_response_201_category_type_0",
        "ChainLoyaltyMembershipTypesCreateBody": ".chain_loyalty_membership_types_create_body",
        "ChainLoyaltyMembershipTypesCreateBodyAutoactivationTimeUnitId": ".chain_loyalty_membership_types_create_body_autoactivation_time_unit_id",
        "ChainLoyaltyMembershipTypesCreateBodyAvailabilityItem": ".chain_loyalty_membership_types_create_body_availability_item",
        "ChainLoyaltyMembershipTypesCreateBodyAvailabilityItemIntervalsItem": ".chain_loyalty_membership_types_create_body_availability_item_intervals_item",
        "ChainLoyaltyMembershipTypesCreateBodyBalanceEditTypeId": ".chain_loyalty_membership_types_create_body_balance_edit_type_id",
        "ChainLoyaltyMembershipTypesCreateBodyExpirationTypeId": ".chain_loyalty_membership_types_create_body_expiration_type_id",
        "ChainLoyaltyMembershipTypesCreateBodyFreezeLimitUnitId": ".chain_loyalty_membership_types_create_body_freeze_limit_unit_id",
        "ChainLoyaltyMembershipTypesCreateBodyPeriodUnitId": ".chain_loyalty_membership_types_create_body_period_unit_id",
        "ChainLoyaltyMembershipTypesCreateBodyServiceCategories": ".chain_loyalty_membership_types_create_body_service_categories",
        "ChainLoyaltyMembershipTypesCreateBodyServices": ".chain_loyalty_membership_types_create_body_services",
        "ChainLoyaltyMembershipTypesCreateResponse200": ".chain_loyalty_membership_types_create_response_200",
        "ChainLoyaltyMembershipTypesCreateResponse200AvailabilityItem": ".chain_loyalty_membership_types_create_response_200_availability_item",
        "ChainLoyaltyMembershipTypesCreateResponse200AvailabilityItemIntervalsItem": ".chain_loyalty_membership_types_create_response_200_availability_item_intervals_item",
        "ChainLoyaltyMembershipTypesCreateResponse200BalanceContainer": ".chain_loyalty_membership_types_create_response_200_balance_container",
        "ChainLoyaltyMembershipTypesCreateResponse200BalanceContainerLinksItem": ".chain_loyalty_membership_types_create_response_200_balance_container_links_item",
        "ChainLoyaltyMembershipTypesCreateResponse200BalanceContainerLinksItemCategory": ".chain_loyalty_membership_types_create_response_200_balance_container_links_item_category",
        "ChainLoyaltyMembershipTypesCreateResponse200BalanceContainerLinksItemCategoryCategoryType0Item": ".chain_loyalty_membership_types_create_response_200_balance_container_links_item_category_category_type_0_item",
        "ChainLoyaltyMembershipTypesCreateResponse200BalanceContainerLinksItemCategoryCategoryType1": ".chain_loyalty_membership_types_create_response_200_balance_container_links_item_category_category_type_1",
        "ChainLoyaltyMembershipTypesCreateResponse200BalanceContainerLinksItemService": ".chain_loyalty_membership_types_create_response_200_balance_container_links_item_service",
        "ChainLoyaltyMembershipTypesCreateResponse200BalanceContainerLinksItemServiceCategory": ".chain_loyalty_membership_types_create_response_200_balance_container_links_item_service_category",
        "ChainLoyaltyMembershipTypesCreateResponse200BalanceContainerLinksItemServiceCategoryCategoryType0Item": ".chain_loyalty_membership_types_create_response_200_balance_container_links_item_service_category_category_type_0_item",
        "ChainLoyaltyMembershipTypesCreateResponse200BalanceContainerLinksItemServiceCategoryCategoryType1": ".chain_loyalty_membership_types_create_response_200_balance_container_links_item_service_category_category_type_1",
        "ChainLoyaltyMembershipTypesCreateResponse200CategoryType0": ".chain_loyalty_membership_types_create_response_200_category_type_0",
        "ChainLoyaltyMembershipTypesCreateResponse201": ".chain_loyalty_membership_types_create_response_201",
        "ChainLoyaltyMembershipTypesCreateResponse201AvailabilityItem": ".chain_loyalty_membership_types_create_response_201_availability_item",
        "ChainLoyaltyMembershipTypesCreateResponse201AvailabilityItemIntervalsItem": ".chain_loyalty_membership_types_create_response_201_availability_item_intervals_item",
        "ChainLoyaltyMembershipTypesCreateResponse201BalanceContainer": ".chain_loyalty_membership_types_create_response_201_balance_container",
        "ChainLoyaltyMembershipTypesCreateResponse201BalanceContainerLinksItem": ".chain_loyalty_membership_types_create_response_201_balance_container_links_item",
        "ChainLoyaltyMembershipTypesCreateResponse201BalanceContainerLinksItemCategory": ".chain_loyalty_membership_types_create_response_201_balance_container_links_item_category",
        "ChainLoyaltyMembershipTypesCreateResponse201BalanceContainerLinksItemCategoryCategoryType0Item": ".chain_loyalty_membership_types_create_response_201_balance_container_links_item_category_category_type_0_item",
        "ChainLoyaltyMembershipTypesCreateResponse201BalanceContainerLinksItemCategoryCategoryType1": ".chain_loyalty_membership_types_create_response_201_balance_container_links_item_category_category_type_1",
        "ChainLoyaltyMembershipTypesCreateResponse201BalanceContainerLinksItemService": ".chain_loyalty_membership_types_create_response_201_balance_container_links_item_service",
        "ChainLoyaltyMembershipTypesCreateResponse201BalanceContainerLinksItemServiceCategory": ".chain_loyalty_membership_types_create_response_201_balance_container_links_item_service_category",
        "ChainLoyaltyMembershipTypesCreateResponse201BalanceContainerLinksItemServiceCategoryCategoryType0Item": ".chain_loyalty_membership_types_create_response_201_balance_container_links_item_service_category_category_type_0_item",
        "ChainLoyaltyMembershipTypesCreateResponse201BalanceContainerLinksItemServiceCategoryCategoryType1": ".chain_loyalty_membership_types_create_response_201_balance_container_links_item_service_category_category_type_1",
        "ChainLoyaltyMembershipTypesCreateResponse201CategoryType0": ".chain_loyalty_membership_types_create_response_201_category_type_0",
        "ChainLoyaltyMembershipTypesListResponse200Item": ".chain_loyalty_membership_types_list_response_200_item",
        "ChainLoyaltyMembershipTypesListResponse200ItemAvailabilityItem": ".chain_loyalty_membership_types_list_response_200_item_availability_item",
        "ChainLoyaltyMembershipTypesListResponse200ItemAvailabilityItemIntervalsItem": ".chain_loyalty_membership_types_list_response_200_item_availability_item_intervals_item",
        "ChainLoyaltyMembershipTypesListResponse200ItemBalanceContainer": ".chain_loyalty_membership_types_list_response_200_item_balance_container",
        "ChainLoyaltyMembershipTypesListResponse200ItemBalanceContainerLinksItem": ".chain_loyalty_membership_types_list_response_200_item_balance_container_links_item",
        "ChainLoyaltyMembershipTypesListResponse200ItemBalanceContainerLinksItemCategory": ".chain_loyalty_membership_types_list_response_200_item_balance_container_links_item_category",
        "ChainLoyaltyMembershipTypesListResponse200ItemBalanceContainerLinksItemCategoryCategoryType0Item": ".chain_loyalty_membership_types_list_response_200_item_balance_container_links_item_category_category_type_0_item",
        "ChainLoyaltyMembershipTypesListResponse200ItemBalanceContainerLinksItemCategoryCategoryType1": ".chain_loyalty_membership_types_list_response_200_item_balance_container_links_item_category_category_type_1",
        "ChainLoyaltyMembershipTypesListResponse200ItemBalanceContainerLinksItemService": ".chain_loyalty_membership_types_list_response_200_item_balance_container_links_item_service",
        "ChainLoyaltyMembershipTypesListResponse200ItemBalanceContainerLinksItemServiceCategory": ".chain_loyalty_membership_types_list_response_200_item_balance_container_links_item_service_category",
        "ChainLoyaltyMembershipTypesListResponse200ItemBalanceContainerLinksItemServiceCategoryCategoryType0Item": ".chain_loyalty_membership_types_list_response_200_item_balance_container_links_item_service_category_category_type_0_item",
        "ChainLoyaltyMembershipTypesListResponse200ItemBalanceContainerLinksItemServiceCategoryCategoryType1": ".chain_loyalty_membership_types_list_response_200_item_balance_container_links_item_service_category_category_type_1",
        "ChainLoyaltyMembershipTypesListResponse200ItemCategoryType0": ".chain_loyalty_membership_types_list_response_200_item_category_type_0",
        "ChainLoyaltyMembershipTypesReadResponse200": ".chain_loyalty_membership_types_read_response_200",
        "ChainLoyaltyMembershipTypesReadResponse200AvailabilityItem": ".chain_loyalty_membership_types_read_response_200_availability_item",
        "ChainLoyaltyMembershipTypesReadResponse200AvailabilityItemIntervalsItem": ".chain_loyalty_membership_types_read_response_200_availability_item_intervals_item",
        "ChainLoyaltyMembershipTypesReadResponse200BalanceContainer": ".chain_loyalty_membership_types_read_response_200_balance_container",
        "ChainLoyaltyMembershipTypesReadResponse200BalanceContainerLinksItem": ".chain_loyalty_membership_types_read_response_200_balance_container_links_item",
        "ChainLoyaltyMembershipTypesReadResponse200BalanceContainerLinksItemCategory": ".chain_loyalty_membership_types_read_response_200_balance_container_links_item_category",
        "ChainLoyaltyMembershipTypesReadResponse200BalanceContainerLinksItemCategoryCategoryType0Item": ".chain_loyalty_membership_types_read_response_200_balance_container_links_item_category_category_type_0_item",
        "ChainLoyaltyMembershipTypesReadResponse200BalanceContainerLinksItemCategoryCategoryType1": ".chain_loyalty_membership_types_read_response_200_balance_container_links_item_category_category_type_1",
        "ChainLoyaltyMembershipTypesReadResponse200BalanceContainerLinksItemService": ".chain_loyalty_membership_types_read_response_200_balance_container_links_item_service",
        "ChainLoyaltyMembershipTypesReadResponse200BalanceContainerLinksItemServiceCategory": ".chain_loyalty_membership_types_read_response_200_balance_container_links_item_service_category",
        "ChainLoyaltyMembershipTypesReadResponse200BalanceContainerLinksItemServiceCategoryCategoryType0Item": ".chain_loyalty_membership_types_read_response_200_balance_container_links_item_service_category_category_type_0_item",
        "ChainLoyaltyMembershipTypesReadResponse200BalanceContainerLinksItemServiceCategoryCategoryType1": ".chain_loyalty_membership_types_read_response_200_balance_container_links_item_service_category_category_type_1",
        "ChainLoyaltyMembershipTypesReadResponse200CategoryType0": ".chain_loyalty_membership_types_read_response_200_category_type_0",
        "ChainLoyaltyMembershipTypesRestoreBody": ".chain_loyalty_membership_types_restore_body",
        "ChainLoyaltyMembershipTypesUpdateBody": ".chain_loyalty_membership_types_update_body",
        "ChainLoyaltyMembershipTypesUpdateBodyAutoactivationTimeUnitId": ".chain_loyalty_membership_types_update_body_autoactivation_time_unit_id",
        "ChainLoyaltyMembershipTypesUpdateBodyAvailabilityItem": ".chain_loyalty_membership_types_update_body_availability_item",
        "ChainLoyaltyMembershipTypesUpdateBodyAvailabilityItemIntervalsItem": ".chain_loyalty_membership_types_update_body_availability_item_intervals_item",
        "ChainLoyaltyMembershipTypesUpdateBodyBalanceEditTypeId": ".chain_loyalty_membership_types_update_body_balance_edit_type_id",
        "ChainLoyaltyMembershipTypesUpdateBodyExpirationTypeId": ".chain_loyalty_membership_types_update_body_expiration_type_id",
        "ChainLoyaltyMembershipTypesUpdateBodyFreezeLimitUnitId": ".chain_loyalty_membership_types_update_body_freeze_limit_unit_id",
        "ChainLoyaltyMembershipTypesUpdateBodyPeriodUnitId": ".chain_loyalty_membership_types_update_body_period_unit_id",
        "ChainLoyaltyMembershipTypesUpdateResponse200": ".chain_loyalty_membership_types_update_response_200",
        "ChainLoyaltyMembershipTypesUpdateResponse200AvailabilityItem": ".chain_loyalty_membership_types_update_response_200_availability_item",
        "ChainLoyaltyMembershipTypesUpdateResponse200AvailabilityItemIntervalsItem": ".chain_loyalty_membership_types_update_response_200_availability_item_intervals_item",
        "ChainLoyaltyMembershipTypesUpdateResponse200BalanceContainer": ".chain_loyalty_membership_types_update_response_200_balance_container",
        "ChainLoyaltyMembershipTypesUpdateResponse200BalanceContainerLinksItem": ".chain_loyalty_membership_types_update_response_200_balance_container_links_item",
        "ChainLoyaltyMembershipTypesUpdateResponse200BalanceContainerLinksItemCategory": ".chain_loyalty_membership_types_update_response_200_balance_container_links_item_category",
        "ChainLoyaltyMembershipTypesUpdateResponse200BalanceContainerLinksItemCategoryCategoryType0Item": ".chain_loyalty_membership_types_update_response_200_balance_container_links_item_category_category_type_0_item",
        "ChainLoyaltyMembershipTypesUpdateResponse200BalanceContainerLinksItemCategoryCategoryType1": ".chain_loyalty_membership_types_update_response_200_balance_container_links_item_category_category_type_1",
        "ChainLoyaltyMembershipTypesUpdateResponse200BalanceContainerLinksItemService": ".chain_loyalty_membership_types_update_response_200_balance_container_links_item_service",
        "ChainLoyaltyMembershipTypesUpdateResponse200BalanceContainerLinksItemServiceCategory": ".chain_loyalty_membership_types_update_response_200_balance_container_links_item_service_category",
        "ChainLoyaltyMembershipTypesUpdateResponse200BalanceContainerLinksItemServiceCategoryCategoryType0Item": ".chain_loyalty_membership_types_update_response_200_balance_container_links_item_service_category_category_type_0_item",
        "ChainLoyaltyMembershipTypesUpdateResponse200BalanceContainerLinksItemServiceCategoryCategoryType1": ".chain_loyalty_membership_types_update_response_200_balance_container_links_item_service_category_category_type_1",
        "ChainLoyaltyMembershipTypesUpdateResponse200CategoryType0": ".chain_loyalty_membership_types_update_response_200_category_type_0",
        "ChainLoyaltyMembershipsFreezeBody": ".chain_loyalty_memberships_freeze_body",
        "ChainLoyaltyMembershipsFreezeResponse200": ".chain_loyalty_memberships_freeze_response_200",
        "ChainLoyaltyMembershipsSetBalanceBody": ".chain_loyalty_memberships_set_balance_body",
        "ChainLoyaltyMembershipsSetBalanceBodyServicesBalanceCountItem": ".chain_loyalty_memberships_set_balance_body_services_balance_count_item",
        "ChainLoyaltyMembershipsSetBalanceResponse200": ".chain_loyalty_memberships_set_balance_response_200",
        "ChainLoyaltyMembershipsSetBalanceResponse200BalanceContainer": ".chain_loyalty_memberships_set_balance_response_200_balance_container",
        "ChainLoyaltyMembershipsSetPeriodBody": ".chain_loyalty_memberships_set_period_body",
        "ChainLoyaltyMembershipsSetPeriodBodyPeriodUnitId": ".chain_loyalty_memberships_set_period_body_period_unit_id",
        "ChainLoyaltyMembershipsSetPeriodResponse200": ".chain_loyalty_memberships_set_period_response_200",
        "ChainLoyaltyMembershipsUnfreezeBody": ".chain_loyalty_memberships_unfreeze_body",
        "ChainLoyaltyMembershipsUnfreezeResponse200": ".chain_loyalty_memberships_unfreeze_response_200",
        "CheckMembershipsForEventResponse200": ".check_memberships_for_event_response_200",
        "CheckMembershipsForEventResponse200Data": ".check_memberships_for_event_response_200_data",
        "CheckMembershipsForEventResponse200DataAttributes": ".check_memberships_for_event_response_200_data_attributes",
        "ClientEvent": ".client_event",
        "ClientEventResource": ".client_event_resource",
        "ClientEventStatus": ".client_event_status",
        "Company": ".company",
        "ConnectIntegration": ".connect_integration",
        "CopyUserPermissionsToLocationsBody": ".copy_user_permissions_to_locations_body",
        "CopyUserPermissionsToLocationsBodyUserCompanyLinksItem": ".copy_user_permissions_to_locations_body_user_company_links_item",
        "CopyUserPermissionsToLocationsResponse200Type0": ".copy_user_permissions_to_locations_response_200_type_0",
        "CreateAppointmentResponse201Item": ".create_appointment_response_201_item",
        "CreateAppointmentResponse201ItemClientType0": ".create_appointment_response_201_item_client_type_0",
        "CreateAppointmentResponse201ItemClientType0ClientTagsItem": ".create_appointment_response_201_item_client_type_0_client_tags_item",
        "CreateAppointmentResponse201ItemClientType0CustomFieldsItem": ".create_appointment_response_201_item_client_type_0_custom_fields_item",
        "CreateAppointmentResponse201ItemConsumablesItem": ".create_appointment_response_201_item_consumables_item",
        "CreateAppointmentResponse201ItemCustomFieldsType0": ".create_appointment_response_201_item_custom_fields_type_0",
        "CreateAppointmentResponse201ItemDocumentsItem": ".create_appointment_response_201_item_documents_item",
        "CreateAppointmentResponse201ItemFinanceTransactionsItem": ".create_appointment_response_201_item_finance_transactions_item",
        "CreateAppointmentResponse201ItemGoodsTransactionsItem": ".create_appointment_response_201_item_goods_transactions_item",
        "CreateAppointmentResponse201ItemRecordLabelsItem": ".create_appointment_response_201_item_record_labels_item",
        "CreateAppointmentResponse201ItemServicesItem": ".create_appointment_response_201_item_services_item",
        "CreateAppointmentResponse201ItemServicesItemAssistantsType0Item": ".create_appointment_response_201_item_services_item_assistants_type_0_item",
        "CreateAppointmentResponse201ItemStaff": ".create_appointment_response_201_item_staff",
        "CreateAppointmentResponse201ItemStaffPosition": ".create_appointment_response_201_item_staff_position",
        "CreateBookingWidgetBody": ".create_booking_widget_body",
        "CreateBookingWidgetBodyButtonPosition": ".create_booking_widget_body_button_position",
        "CreateBookingWidgetBodyFormPosition": ".create_booking_widget_body_form_position",
        "CreateBookingWidgetResponse201": ".create_booking_widget_response_201",
        "CreateBookingWidgetResponse201HeaderImagesType0": ".create_booking_widget_response_201_header_images_type_0",
        "CreateChainLoyaltyCardTransactionBody": ".create_chain_loyalty_card_transaction_body",
        "CreateChainLoyaltyCardTransactionResponse200": ".create_chain_loyalty_card_transaction_response_200",
        "CreateChainLoyaltyProgramBody": ".create_chain_loyalty_program_body",
        "CreateChainLoyaltyProgramBodyExpirationTimeoutUnit": ".create_chain_loyalty_program_body_expiration_timeout_unit",
        "CreateChainLoyaltyProgramBodyGoodItemType": ".create_chain_loyalty_program_body_good_item_type",
        "CreateChainLoyaltyProgramBodyParamsSourceType": ".create_chain_loyalty_program_body_params_source_type",
        "CreateChainLoyaltyProgramBodyServiceItemType": ".create_chain_loyalty_program_body_service_item_type",
        "CreateChainLoyaltyProgramBodyType": ".create_chain_loyalty_program_body_type",
        "CreateChainLoyaltyProgramBodyValueUnit": ".create_chain_loyalty_program_body_value_unit",
        "CreateChainLoyaltyProgramInclude": ".create_chain_loyalty_program_include",
        "CreateChainLoyaltyProgramResponse200": ".create_chain_loyalty_program_response_200",
        "CreateChainLoyaltyProgramResponse200ExpirationTimeoutUnit": ".create_chain_loyalty_program_response_200_expiration_timeout_unit",
        "CreateChainLoyaltyProgramResponse200GoodItemType": ".create_chain_loyalty_program_response_200_good_item_type",
        "CreateChainLoyaltyProgramResponse200ParamsSourceType": ".create_chain_loyalty_program_response_200_params_source_type",
        "CreateChainLoyaltyProgramResponse200ServiceItemType": ".create_chain_loyalty_program_response_200_service_item_type",
        "CreateChainLoyaltyProgramResponse200Type": ".create_chain_loyalty_program_response_200_type",
        "CreateChainLoyaltyProgramResponse200ValueUnit": ".create_chain_loyalty_program_response_200_value_unit",
        "CreateClientAccountTopupOperationBody": ".create_client_account_topup_operation_body",
        "CreateClientAccountTopupOperationResponse200": ".create_client_account_topup_operation_response_200",
        "CreateClientAccountTopupOperationResponse200DepositsTransactionsItem": ".create_client_account_topup_operation_response_200_deposits_transactions_item",
        "CreateClientAccountTopupOperationResponse200DepositsTransactionsItemDeposit": ".create_client_account_topup_operation_response_200_deposits_transactions_item_deposit",
        "CreateClientAccountTopupOperationResponse200DepositsTransactionsItemDepositType": ".create_client_account_topup_operation_response_200_deposits_transactions_item_deposit_type",
        "CreateClientAccountTopupOperationResponse200Document": ".create_client_account_topup_operation_response_200_document",
        "CreateClientAccountTopupOperationResponse200DocumentSalon": ".create_client_account_topup_operation_response_200_document_salon",
        "CreateClientAccountTopupOperationResponse200DocumentType": ".create_client_account_topup_operation_response_200_document_type",
        "CreateClientAccountTopupOperationResponse200DocumentUser": ".create_client_account_topup_operation_response_200_document_user",
        "CreateClientAccountTopupOperationResponse200PaymentTransactionsItem": ".create_client_account_topup_operation_response_200_payment_transactions_item",
        "CreateClientAccountTopupOperationResponse200PaymentTransactionsItemType": ".create_client_account_topup_operation_response_200_payment_transactions_item_type",
        "CreateClientBody": ".create_client_body",
        "CreateClientBodyCategoriesType0": ".create_client_body_categories_type_0",
        "CreateClientBodyCustomFields": ".create_client_body_custom_fields",
        "CreateClientCommentBody": ".create_client_comment_body",
        "CreateClientCommentResponse201": ".create_client_comment_response_201",
        "CreateClientCommentResponse201Type": ".create_client_comment_response_201_type",
        "CreateCustomFieldBody": ".create_custom_field_body",
        "CreateCustomFieldResponse200": ".create_custom_field_response_200",
        "CreateCustomFieldResponse200CustomField": ".create_custom_field_response_200_custom_field",
        "CreateCustomFieldResponse200CustomFieldType": ".create_custom_field_response_200_custom_field_type",
        "CreateDocumentBody": ".create_document_body",
        "CreateDocumentResponse200": ".create_document_response_200",
        "CreateDocumentResponse200Company": ".create_document_response_200_company",
        "CreateDocumentResponse200CompanyPhonesItem": ".create_document_response_200_company_phones_item",
        "CreateDocumentResponse200Storage": ".create_document_response_200_storage",
        "CreateDocumentResponse200Type": ".create_document_response_200_type",
        "CreateDocumentResponse200User": ".create_document_response_200_user",
        "CreateEventBody": ".create_event_body",
        "CreateEventDuplicationStrategyBody": ".create_event_duplication_strategy_body",
        "CreateEventDuplicationStrategyBodyDaysItem": ".create_event_duplication_strategy_body_days_item",
        "CreateEventResponse200": ".create_event_response_200",
        "CreateEventResponse200DurationDetails": ".create_event_response_200_duration_details",
        "CreateEventResponse200LabelsItem": ".create_event_response_200_labels_item",
        "CreateEventResponse200ResourceInstancesItem": ".create_event_response_200_resource_instances_item",
        "CreateEventResponse200Service": ".create_event_response_200_service",
        "CreateEventResponse200Staff": ".create_event_response_200_staff",
        "CreateFinancialTransactionBody": ".create_financial_transaction_body",
        "CreateFinancialTransactionResponse200": ".create_financial_transaction_response_200",
        "CreateFinancialTransactionResponse200Account": ".create_financial_transaction_response_200_account",
        "CreateFinancialTransactionResponse200Client": ".create_financial_transaction_response_200_client",
        "CreateFinancialTransactionResponse200Expense": ".create_financial_transaction_response_200_expense",
        "CreateFinancialTransactionResponse200Master": ".create_financial_transaction_response_200_master",
        "CreateFinancialTransactionResponse200SupplierItem": ".create_financial_transaction_response_200_supplier_item",
        "CreateInventoryOperationBody": ".create_inventory_operation_body",
        "CreateInventoryOperationBodyGoodsTransactionsItem": ".create_inventory_operation_body_goods_transactions_item",
        "CreateInventoryOperationResponse200": ".create_inventory_operation_response_200",
        "CreateInventoryOperationResponse200Document": ".create_inventory_operation_response_200_document",
        "CreateInventoryOperationResponse200DocumentCompany": ".create_inventory_operation_response_200_document_company",
        "CreateInventoryOperationResponse200DocumentCompanyPhonesItem": ".create_inventory_operation_response_200_document_company_phones_item",
        "CreateInventoryOperationResponse200DocumentStorage": ".create_inventory_operation_response_200_document_storage",
        "CreateInventoryOperationResponse200DocumentType": ".create_inventory_operation_response_200_document_type",
        "CreateInventoryOperationResponse200DocumentUser": ".create_inventory_operation_response_200_document_user",
        "CreateInventoryOperationResponse200TransactionsItem": ".create_inventory_operation_response_200_transactions_item",
        "CreateInventoryOperationResponse200TransactionsItemClientItem": ".create_inventory_operation_response_200_transactions_item_client_item",
        "CreateInventoryOperationResponse200TransactionsItemGood": ".create_inventory_operation_response_200_transactions_item_good",
        "CreateInventoryOperationResponse200TransactionsItemMasterItem": ".create_inventory_operation_response_200_transactions_item_master_item",
        "CreateInventoryOperationResponse200TransactionsItemStorage": ".create_inventory_operation_response_200_transactions_item_storage",
        "CreateInventoryOperationResponse200TransactionsItemSupplierItem": ".create_inventory_operation_response_200_transactions_item_supplier_item",
        "CreateInventoryOperationResponse200TransactionsItemType": ".create_inventory_operation_response_200_transactions_item_type",
        "CreateInventoryOperationResponse200TransactionsItemUnit": ".create_inventory_operation_response_200_transactions_item_unit",
        "CreateLocationBody": ".create_location_body",
        "CreateLocationResponse201": ".create_location_response_201",
        "CreateLoyaltyCardTransactionBody": ".create_loyalty_card_transaction_body",
        "CreateLoyaltyCardTransactionResponse200": ".create_loyalty_card_transaction_response_200",
        "CreateOnlineBookingBody": ".create_online_booking_body",
        "CreateOnlineBookingBodyAppointmentsItem": ".create_online_booking_body_appointments_item",
        "CreateOnlineBookingBodyAppointmentsItemCustomFields": ".create_online_booking_body_appointments_item_custom_fields",
        "CreateOnlineBookingResponse201Item": ".create_online_booking_response_201_item",
        "CreatePaymentWithLoyaltyMethodsResponse200": ".create_payment_with_loyalty_methods_response_200",
        "CreatePaymentWithLoyaltyMethodsResponse200KkmState": ".create_payment_with_loyalty_methods_response_200_kkm_state",
        "CreatePaymentWithLoyaltyMethodsResponse200KkmStateTransactionsItem": ".create_payment_with_loyalty_methods_response_200_kkm_state_transactions_item",
        "CreatePaymentWithLoyaltyMethodsResponse200KkmStateTransactionsItemCashier": ".create_payment_with_loyalty_methods_response_200_kkm_state_transactions_item_cashier",
        "CreatePaymentWithLoyaltyMethodsResponse200KkmStateTransactionsItemDocument": ".create_payment_with_loyalty_methods_response_200_kkm_state_transactions_item_document",
        "CreatePaymentWithLoyaltyMethodsResponse200KkmStateTransactionsItemStatus": ".create_payment_with_loyalty_methods_response_200_kkm_state_transactions_item_status",
        "CreatePaymentWithLoyaltyMethodsResponse200KkmStateTransactionsItemType": ".create_payment_with_loyalty_methods_response_200_kkm_state_transactions_item_type",
        "CreatePaymentWithLoyaltyMethodsResponse200PaymentMethodsItem": ".create_payment_with_loyalty_methods_response_200_payment_methods_item",
        "CreatePaymentWithLoyaltyMethodsResponse200PaymentMethodsItemAccount": ".create_payment_with_loyalty_methods_response_200_payment_methods_item_account",
        "CreatePaymentWithLoyaltyMethodsResponse200State": ".create_payment_with_loyalty_methods_response_200_state",
        "CreatePaymentWithLoyaltyMethodsResponse200StateItemsItem": ".create_payment_with_loyalty_methods_response_200_state_items_item",
        "CreatePaymentWithLoyaltyMethodsResponse200StateLoyaltyTransactionsItem": ".create_payment_with_loyalty_methods_response_200_state_loyalty_transactions_item",
        "CreatePaymentWithLoyaltyMethodsResponse200StateLoyaltyTransactionsItemChain": ".create_payment_with_loyalty_methods_response_200_state_loyalty_transactions_item_chain",
        "CreatePaymentWithLoyaltyMethodsResponse200StateLoyaltyTransactionsItemDeposit": ".create_payment_with_loyalty_methods_response_200_state_loyalty_transactions_item_deposit",
        "CreatePaymentWithLoyaltyMethodsResponse200StateLoyaltyTransactionsItemDepositType": ".create_payment_with_loyalty_methods_response_200_state_loyalty_transactions_item_deposit_type",
        "CreatePaymentWithLoyaltyMethodsResponse200StateLoyaltyTransactionsItemType": ".create_payment_with_loyalty_methods_response_200_state_loyalty_transactions_item_type",
        "CreatePaymentWithLoyaltyMethodsResponse200StatePaymentTransactionsItem": ".create_payment_with_loyalty_methods_response_200_state_payment_transactions_item",
        "CreatePaymentWithLoyaltyMethodsResponse200StatePaymentTransactionsItemAccount": ".create_payment_with_loyalty_methods_response_200_state_payment_transactions_item_account",
        "CreatePaymentWithLoyaltyMethodsResponse200StatePaymentTransactionsItemExpense": ".create_payment_with_loyalty_methods_response_200_state_payment_transactions_item_expense",
        "CreatePositionQuickBody": ".create_position_quick_body",
        "CreatePositionQuickResponse201": ".create_position_quick_response_201",
        "CreatePositionQuickResponse201ServicesBindingType": ".create_position_quick_response_201_services_binding_type",
        "CreateProductBody": ".create_product_body",
        "CreateProductCategoryBody": ".create_product_category_body",
        "CreateProductCategoryResponse201": ".create_product_category_response_201",
        "CreateProductResponse201Item": ".create_product_response_201_item",
        "CreateProductResponse201ItemActualAmountsItem": ".create_product_response_201_item_actual_amounts_item",
        "CreateServiceBody": ".create_service_body",
        "CreateServiceBodyStaffItem": ".create_service_body_staff_item",
        "CreateServiceCategoryBody": ".create_service_category_body",
        "CreateServiceCategoryResponse201": ".create_service_category_response_201",
        "CreateServiceResponse201": ".create_service_response_201",
        "CreateServiceResponse201StaffItem": ".create_service_response_201_staff_item",
        "CreateTagResponse200": ".create_tag_response_200",
        "CreateTeamMemberQuickBody": ".create_team_member_quick_body",
        "CreateTeamMemberQuickResponse201": ".create_team_member_quick_response_201",
        "CreateTimetableClientScheduleBody": ".create_timetable_client_schedule_body",
        "CreateTimetableClientScheduleResponse201": ".create_timetable_client_schedule_response_201",
        "CreateTimetableEventScheduleBody": ".create_timetable_event_schedule_body",
        "CreateTimetableEventScheduleBodyDaysItem": ".create_timetable_event_schedule_body_days_item",
        "CreateTimetableEventScheduleBodyDaysItemDayOfWeek": ".create_timetable_event_schedule_body_days_item_day_of_week",
        "CreateTimetableEventScheduleBodyOriginalEntityType": ".create_timetable_event_schedule_body_original_entity_type",
        "CreateTimetableEventScheduleIncludeItem": ".create_timetable_event_schedule_include_item",
        "CreateTimetableEventScheduleResponse201": ".create_timetable_event_schedule_response_201",
        "CreateTimetableEventScheduleResponse201OriginalEntityType": ".create_timetable_event_schedule_response_201_original_entity_type",
        "CreateTimetableScheduleDayBody": ".create_timetable_schedule_day_body",
        "CreateTimetableScheduleDayBodyDayOfWeek": ".create_timetable_schedule_day_body_day_of_week",
        "CreateTimetableScheduleDayIncludeItem": ".create_timetable_schedule_day_include_item",
        "CreateTimetableScheduleDayResponse201": ".create_timetable_schedule_day_response_201",
        "CreateTimetableScheduleDayResponse201DayOfWeek": ".create_timetable_schedule_day_response_201_day_of_week",
        "CreateTransactionBody": ".create_transaction_body",
        "CreateTransactionResponse200": ".create_transaction_response_200",
        "CreateTransactionResponse200ClientType0Item": ".create_transaction_response_200_client_type_0_item",
        "CreateTransactionResponse200ClientType1": ".create_transaction_response_200_client_type_1",
        "CreateTransactionResponse200Good": ".create_transaction_response_200_good",
        "CreateTransactionResponse200GoodActualAmountsItem": ".create_transaction_response_200_good_actual_amounts_item",
        "CreateTransactionResponse200GoodLoyaltyCertificateTypeType0": ".create_transaction_response_200_good_loyalty_certificate_type_type_0",
        "CreateTransactionResponse200GoodsMarksItem": ".create_transaction_response_200_goods_marks_item",
        "CreateTransactionResponse200MasterType0Item": ".create_transaction_response_200_master_type_0_item",
        "CreateTransactionResponse200MasterType1": ".create_transaction_response_200_master_type_1",
        "CreateTransactionResponse200SaleUnitType0": ".create_transaction_response_200_sale_unit_type_0",
        "CreateTransactionResponse200ServiceUnitType0": ".create_transaction_response_200_service_unit_type_0",
        "CreateTransactionResponse200Storage": ".create_transaction_response_200_storage",
        "CreateTransactionResponse200SupplierItem": ".create_transaction_response_200_supplier_item",
        "CreateTransactionResponse200Type": ".create_transaction_response_200_type",
        "CreateTransactionResponse200Unit": ".create_transaction_response_200_unit",
        "CreateUserInvitationBody": ".create_user_invitation_body",
        "CreateUserInvitationBodyInvitesItem": ".create_user_invitation_body_invites_item",
        "CreateUserInvitationBodyInvitesItemUserRole": ".create_user_invitation_body_invites_item_user_role",
        "Currency": ".currency",
        "DeleteChainLoyaltyProgramInclude": ".delete_chain_loyalty_program_include",
        "DeleteClientCommentResponse204Type0": ".delete_client_comment_response_204_type_0",
        "DeleteCustomFieldResponse200Item": ".delete_custom_field_response_200_item",
        "DeleteCustomFieldResponse200ItemCustomField": ".delete_custom_field_response_200_item_custom_field",
        "DeleteCustomFieldResponse200ItemCustomFieldType": ".delete_custom_field_response_200_item_custom_field_type",
        "DeleteImageBody": ".delete_image_body",
        "DeleteLocationAccountPaymentResponse200": ".delete_location_account_payment_response_200",
        "DeleteLocationAccountPaymentResponse200KkmState": ".delete_location_account_payment_response_200_kkm_state",
        "DeleteLocationAccountPaymentResponse200KkmStateTransactionsItem": ".delete_location_account_payment_response_200_kkm_state_transactions_item",
        "DeleteLocationAccountPaymentResponse200KkmStateTransactionsItemCashier": ".delete_location_account_payment_response_200_kkm_state_transactions_item_cashier",
        "DeleteLocationAccountPaymentResponse200KkmStateTransactionsItemDocument": ".delete_location_account_payment_response_200_kkm_state_transactions_item_document",
        "DeleteLocationAccountPaymentResponse200KkmStateTransactionsItemStatus": ".delete_location_account_payment_response_200_kkm_state_transactions_item_status",
        "DeleteLocationAccountPaymentResponse200KkmStateTransactionsItemType": ".delete_location_account_payment_response_200_kkm_state_transactions_item_type",
        "DeleteLocationAccountPaymentResponse200PaymentMethodsItem": ".delete_location_account_payment_response_200_payment_methods_item",
        "DeleteLocationAccountPaymentResponse200PaymentMethodsItemAccount": ".delete_location_account_payment_response_200_payment_methods_item_account",
        "DeleteLocationAccountPaymentResponse200State": ".delete_location_account_payment_response_200_state",
        "DeleteLocationAccountPaymentResponse200StateItemsItem": ".delete_location_account_payment_response_200_state_items_item",
        "DeleteLocationAccountPaymentResponse200StateLoyaltyTransactionsItem": ".delete_location_account_payment_response_200_state_loyalty_transactions_item",
        "DeleteLocationAccountPaymentResponse200StateLoyaltyTransactionsItemChain": ".delete_location_account_payment_response_200_state_loyalty_transactions_item_chain",
        "DeleteLocationAccountPaymentResponse200StateLoyaltyTransactionsItemDeposit": ".delete_location_account_payment_response_200_state_loyalty_transactions_item_deposit",
        "DeleteLocationAccountPaymentResponse200StateLoyaltyTransactionsItemDepositType": ".delete_location_account_payment_response_200_state_loyalty_transactions_item_deposit_type",
        "DeleteLocationAccountPaymentResponse200StateLoyaltyTransactionsItemType": ".delete_location_account_payment_response_200_state_loyalty_transactions_item_type",
        "DeleteLocationAccountPaymentResponse200StatePaymentTransactionsItem": ".delete_location_account_payment_response_200_state_payment_transactions_item",
        "DeleteLocationAccountPaymentResponse200StatePaymentTransactionsItemAccount": ".delete_location_account_payment_response_200_state_payment_transactions_item_account",
        "DeleteLocationAccountPaymentResponse200StatePaymentTransactionsItemExpense": ".delete_location_account_payment_response_200_state_payment_transactions_item_expense",
        "DeleteLoyaltyPaymentTransactionResponse200": ".delete_loyalty_payment_transaction_response_200",
        "DeleteLoyaltyPaymentTransactionResponse200KkmState": ".delete_loyalty_payment_transaction_response_200_kkm_state",
        "DeleteLoyaltyPaymentTransactionResponse200KkmStateTransactionsItem": ".delete_loyalty_payment_transaction_response_200_kkm_state_transactions_item",
        "DeleteLoyaltyPaymentTransactionResponse200KkmStateTransactionsItemCashier": ".delete_loyalty_payment_transaction_response_200_kkm_state_transactions_item_cashier",
        "DeleteLoyaltyPaymentTransactionResponse200KkmStateTransactionsItemDocument": ".delete_loyalty_payment_transaction_response_200_kkm_state_transactions_item_document",
        "DeleteLoyaltyPaymentTransactionResponse200KkmStateTransactionsItemStatus": ".delete_loyalty_payment_transaction_response_200_kkm_state_transactions_item_status",
        "DeleteLoyaltyPaymentTransactionResponse200KkmStateTransactionsItemType": ".delete_loyalty_payment_transaction_response_200_kkm_state_transactions_item_type",
        "DeleteLoyaltyPaymentTransactionResponse200PaymentMethodsItem": ".delete_loyalty_payment_transaction_response_200_payment_methods_item",
        "DeleteLoyaltyPaymentTransactionResponse200PaymentMethodsItemAccount": ".delete_loyalty_payment_transaction_response_200_payment_methods_item_account",
        "DeleteLoyaltyPaymentTransactionResponse200State": ".delete_loyalty_payment_transaction_response_200_state",
        "DeleteLoyaltyPaymentTransactionResponse200StateItemsItem": ".delete_loyalty_payment_transaction_response_200_state_items_item",
        "DeleteLoyaltyPaymentTransactionResponse200StateLoyaltyTransactionsItem": ".delete_loyalty_payment_transaction_response_200_state_loyalty_transactions_item",
        "DeleteLoyaltyPaymentTransactionResponse200StateLoyaltyTransactionsItemChain": ".delete_loyalty_payment_transaction_response_200_state_loyalty_transactions_item_chain",
        "DeleteLoyaltyPaymentTransactionResponse200StateLoyaltyTransactionsItemDeposit": ".delete_loyalty_payment_transaction_response_200_state_loyalty_transactions_item_deposit",
        "DeleteLoyaltyPaymentTransactionResponse200StateLoyaltyTransactionsItemDepositType": ".delete_loyalty_payment_transaction_response_200_state_loyalty_transactions_item_deposit_type",
        "DeleteLoyaltyPaymentTransactionResponse200StateLoyaltyTransactionsItemType": ".delete_loyalty_payment_transaction_response_200_state_loyalty_transactions_item_type",
        "DeleteLoyaltyPaymentTransactionResponse200StatePaymentTransactionsItem": ".delete_loyalty_payment_transaction_response_200_state_payment_transactions_item",
        "DeleteLoyaltyPaymentTransactionResponse200StatePaymentTransactionsItemAccount": ".delete_loyalty_payment_transaction_response_200_state_payment_transactions_item_account",
        "DeleteLoyaltyPaymentTransactionResponse200StatePaymentTransactionsItemExpense": ".delete_loyalty_payment_transaction_response_200_state_payment_transactions_item_expense",
        "DeleteTimetableClientScheduleResponse204Type0": ".delete_timetable_client_schedule_response_204_type_0",
        "DeleteTimetableEventScheduleResponse204Type0": ".delete_timetable_event_schedule_response_204_type_0",
        "DeleteTimetableScheduleDayResponse204Type0": ".delete_timetable_schedule_day_response_204_type_0",
        "DeprecatedCreateTeamMemberBody": ".deprecated_create_team_member_body",
        "DeprecatedCreateTeamMemberResponse201": ".deprecated_create_team_member_response_201",
        "DeprecatedCreateTeamMemberResponse201PositionType0": ".deprecated_create_team_member_response_201_position_type_0",
        "DeprecatedGetClientListResponse200Item": ".deprecated_get_client_list_response_200_item",
        "DeprecatedGetClientListResponse200ItemCategoriesItem": ".deprecated_get_client_list_response_200_item_categories_item",
        "DeprecatedGetClientListResponse200ItemCustomFields": ".deprecated_get_client_list_response_200_item_custom_fields",
        "DeprecatedGetLocationUsersResponse200Item": ".deprecated_get_location_users_response_200_item",
        "DeprecatedGetLocationUsersResponse200ItemAccess": ".deprecated_get_location_users_response_200_item_access",
        "DeprecatedGetProductCategoryListResponse200Item": ".deprecated_get_product_category_list_response_200_item",
        "DeprecatedGetServiceCategoryListResponse200Item": ".deprecated_get_service_category_list_response_200_item",
        "DeprecatedGetServiceListByIdResponse200Item": ".deprecated_get_service_list_by_id_response_200_item",
        "DeprecatedGetServiceListByIdResponse200ItemStaffItem": ".deprecated_get_service_list_by_id_response_200_item_staff_item",
        "DeprecatedUpdateServiceByIdBody": ".deprecated_update_service_by_id_body",
        "DeprecatedUpdateServiceByIdBodyStaffItem": ".deprecated_update_service_by_id_body_staff_item",
        "DeprecatedUpdateServiceByIdResponse200": ".deprecated_update_service_by_id_response_200",
        "DeprecatedUpdateServiceByIdResponse200StaffItem": ".deprecated_update_service_by_id_response_200_staff_item",
        "DeprecatedUpdateServiceByIdResponse201": ".deprecated_update_service_by_id_response_201",
        "DeprecatedUpdateServiceByIdResponse201StaffItem": ".deprecated_update_service_by_id_response_201_staff_item",
        "DisableIntegration": ".disable_integration",
        "DisableTeamMemberTipsResponse200Item": ".disable_team_member_tips_response_200_item",
        "DisableTeamMemberTipsResponse200ItemStaff": ".disable_team_member_tips_response_200_item_staff",
        "DisableTeamMemberTipsResponse200ItemStaffEmployee": ".disable_team_member_tips_response_200_item_staff_employee",
        "DisableTeamMemberTipsResponse200ItemStaffPosition": ".disable_team_member_tips_response_200_item_staff_position",
        "DisableTeamMemberTipsResponse200ItemStaffUser": ".disable_team_member_tips_response_200_item_staff_user",
        "DuplicateEventBody": ".duplicate_event_body",
        "EnableTeamMemberTipsResponse200Item": ".enable_team_member_tips_response_200_item",
        "EnableTeamMemberTipsResponse200ItemStaff": ".enable_team_member_tips_response_200_item_staff",
        "EnableTeamMemberTipsResponse200ItemStaffEmployee": ".enable_team_member_tips_response_200_item_staff_employee",
        "EnableTeamMemberTipsResponse200ItemStaffPosition": ".enable_team_member_tips_response_200_item_staff_position",
        "EnableTeamMemberTipsResponse200ItemStaffUser": ".enable_team_member_tips_response_200_item_staff_user",
        "EventInASchedule": ".event_in_a_schedule",
        "EventInAScheduleEventEntityType": ".event_in_a_schedule_event_entity_type",
        "EventInAScheduleEventStatus": ".event_in_a_schedule_event_status",
        "FinancialOperationEvent": ".financial_operation_event",
        "FinancialOperationEventResource": ".financial_operation_event_resource",
        "FinancialOperationEventStatus": ".financial_operation_event_status",
        "FiscalizationRequestDataTypes": ".fiscalization_request_data_types",
        "FiscalizationRequestDataTypesCashier": ".fiscalization_request_data_types_cashier",
        "FiscalizationRequestDataTypesCustomer": ".fiscalization_request_data_types_customer",
        "FiscalizationRequestDataTypesPaymentsItem": ".fiscalization_request_data_types_payments_item",
        "FiscalizationRequestDataTypesPos": ".fiscalization_request_data_types_pos",
        "FiscalizationRequestDataTypesPositionsItem": ".fiscalization_request_data_types_positions_item",
        "FiscalizationRequestDataTypesType": ".fiscalization_request_data_types_type",
        "GenerateLoyaltyCodeResponse200": ".generate_loyalty_code_response_200",
        "GenerateLoyaltyCodeResponse200MetaItem": ".generate_loyalty_code_response_200_meta_item",
        "GetAccountListResponse200Item": ".get_account_list_response_200_item",
        "GetAppointmentAnalyticsBySourceResponse200Item": ".get_appointment_analytics_by_source_response_200_item",
        "GetAppointmentAnalyticsByStatusResponse200Item": ".get_appointment_analytics_by_status_response_200_item",
        "GetAppointmentCalendarSessionsResponse200Item": ".get_appointment_calendar_sessions_response_200_item",
        "GetAppointmentCalendarSettingsResponse200": ".get_appointment_calendar_settings_response_200",
        "GetAppointmentConsumablesResponse200Item": ".get_appointment_consumables_response_200_item",
        "GetAppointmentConsumablesResponse200ItemConsumablesItem": ".get_appointment_consumables_response_200_item_consumables_item",
        "GetAppointmentConsumablesResponse200ItemConsumablesItemGood": ".get_appointment_consumables_response_200_item_consumables_item_good",
        "GetAppointmentConsumablesResponse200ItemTechnologicalCardsItem": ".get_appointment_consumables_response_200_item_technological_cards_item",
        "GetAppointmentConsumablesResponse200ItemTechnologicalCardsItemTechnologicalCardItemsItem": ".get_appointment_consumables_response_200_item_technological_cards_item_technological_card_items_item",
        "GetAppointmentConsumablesResponse200ItemTechnologicalCardsItemTechnologicalCardItemsItemGood": ".get_appointment_consumables_response_200_item_technological_cards_item_technological_card_items_item_good",
        "GetAppointmentListResponse200Item": ".get_appointment_list_response_200_item",
        "GetAppointmentListResponse200ItemClientType0": ".get_appointment_list_response_200_item_client_type_0",
        "GetAppointmentListResponse200ItemClientType0ClientTagsItem": ".get_appointment_list_response_200_item_client_type_0_client_tags_item",
        "GetAppointmentListResponse200ItemClientType0CustomFieldsItem": ".get_appointment_list_response_200_item_client_type_0_custom_fields_item",
        "GetAppointmentListResponse200ItemConsumablesItem": ".get_appointment_list_response_200_item_consumables_item",
        "GetAppointmentListResponse200ItemCustomFieldsType0": ".get_appointment_list_response_200_item_custom_fields_type_0",
        "GetAppointmentListResponse200ItemDocumentsItem": ".get_appointment_list_response_200_item_documents_item",
        "GetAppointmentListResponse200ItemFinanceTransactionsItem": ".get_appointment_list_response_200_item_finance_transactions_item",
        "GetAppointmentListResponse200ItemGoodsTransactionsItem": ".get_appointment_list_response_200_item_goods_transactions_item",
        "GetAppointmentListResponse200ItemRecordLabelsItem": ".get_appointment_list_response_200_item_record_labels_item",
        "GetAppointmentListResponse200ItemServicesItem": ".get_appointment_list_response_200_item_services_item",
        "GetAppointmentListResponse200ItemServicesItemAssistantsType0Item": ".get_appointment_list_response_200_item_services_item_assistants_type_0_item",
        "GetAppointmentListResponse200ItemStaff": ".get_appointment_list_response_200_item_staff",
        "GetAppointmentListResponse200ItemStaffPosition": ".get_appointment_list_response_200_item_staff_position",
        "GetAppointmentResponse200": ".get_appointment_response_200",
        "GetAppointmentResponse200ClientType0": ".get_appointment_response_200_client_type_0",
        "GetAppointmentResponse200ClientType0ClientTagsItem": ".get_appointment_response_200_client_type_0_client_tags_item",
        "GetAppointmentResponse200ClientType0CustomFieldsItem": ".get_appointment_response_200_client_type_0_custom_fields_item",
        "GetAppointmentResponse200ComerPersonInfoType0": ".get_appointment_response_200_comer_person_info_type_0",
        "GetAppointmentResponse200ConsumablesItem": ".get_appointment_response_200_consumables_item",
        "GetAppointmentResponse200CustomFieldsType0": ".get_appointment_response_200_custom_fields_type_0",
        "GetAppointmentResponse200DocumentsItem": ".get_appointment_response_200_documents_item",
        "GetAppointmentResponse200FinanceTransactionsItem": ".get_appointment_response_200_finance_transactions_item",
        "GetAppointmentResponse200FinanceTransactionsItemAccount": ".get_appointment_response_200_finance_transactions_item_account",
        "GetAppointmentResponse200FinanceTransactionsItemClient": ".get_appointment_response_200_finance_transactions_item_client",
        "GetAppointmentResponse200FinanceTransactionsItemExpense": ".get_appointment_response_200_finance_transactions_item_expense",
        "GetAppointmentResponse200FinanceTransactionsItemMasterItem": ".get_appointment_response_200_finance_transactions_item_master_item",
        "GetAppointmentResponse200FinanceTransactionsItemSupplierItem": ".get_appointment_response_200_finance_transactions_item_supplier_item",
        "GetAppointmentResponse200GoodsTransactionsItem": ".get_appointment_response_200_goods_transactions_item",
        "GetAppointmentResponse200RecordLabelsItem": ".get_appointment_response_200_record_labels_item",
        "GetAppointmentResponse200ServicesItem": ".get_appointment_response_200_services_item",
        "GetAppointmentResponse200ServicesItemAssistantsType0Item": ".get_appointment_response_200_services_item_assistants_type_0_item",
        "GetAppointmentResponse200ServicesItemCompanyServiceLink": ".get_appointment_response_200_services_item_company_service_link",
        "GetAppointmentResponse200ServicesItemStaffServiceLink": ".get_appointment_response_200_services_item_staff_service_link",
        "GetAppointmentResponse200Staff": ".get_appointment_response_200_staff",
        "GetAppointmentResponse200StaffPosition": ".get_appointment_response_200_staff_position",
        "GetBillOfMaterialsListResponse200Item": ".get_bill_of_materials_list_response_200_item",
        "GetBillOfMaterialsListResponse200ItemTechnologicalCardItemsItem": ".get_bill_of_materials_list_response_200_item_technological_card_items_item",
        "GetBookingFormConfigResponse200": ".get_booking_form_config_response_200",
        "GetBookingFormConfigResponse200Brand": ".get_booking_form_config_response_200_brand",
        "GetBookingFormConfigResponse200Features": ".get_booking_form_config_response_200_features",
        "GetBookingFormConfigResponse200Injection": ".get_booking_form_config_response_200_injection",
        "GetBookingFormConfigResponse200LangsItem": ".get_booking_form_config_response_200_langs_item",
        "GetBookingFormConfigResponse200LegalInfoType0": ".get_booking_form_config_response_200_legal_info_type_0",
        "GetBookingFormConfigResponse200Map": ".get_booking_form_config_response_200_map",
        "GetBookingFormConfigResponse200OnlineSalesLinksItem": ".get_booking_form_config_response_200_online_sales_links_item",
        "GetBookingFormConfigResponse200StaffName": ".get_booking_form_config_response_200_staff_name",
        "GetBookingFormConfigResponse200StepsItem": ".get_booking_form_config_response_200_steps_item",
        "GetBookingFormConfigResponse200Style": ".get_booking_form_config_response_200_style",
        "GetBookingFormConfigResponse200StyleHeaderBackgroundNewType1": ".get_booking_form_config_response_200_style_header_background_new_type_1",
        "GetBookingUserResponse200": ".get_booking_user_response_200",
        "GetBookingWidgetListResponse200Item": ".get_booking_widget_list_response_200_item",
        "GetBookingWidgetListResponse200ItemHeaderImagesType0": ".get_booking_widget_list_response_200_item_header_images_type_0",
        "GetBookingWidgetResponse200": ".get_booking_widget_response_200",
        "GetBookingWidgetResponse200HeaderImagesType0": ".get_booking_widget_response_200_header_images_type_0",
        "GetBusinessTypesByGroupResponse200Item": ".get_business_types_by_group_response_200_item",
        "GetBusinessTypesByGroupResponse200ItemTypesItem": ".get_business_types_by_group_response_200_item_types_item",
        "GetChainClientAccountHistoryResponse200Item": ".get_chain_client_account_history_response_200_item",
        "GetChainClientAccountHistoryResponse200ItemDepositTransaction": ".get_chain_client_account_history_response_200_item_deposit_transaction",
        "GetChainClientAccountHistoryResponse200ItemDepositTransactionType": ".get_chain_client_account_history_response_200_item_deposit_transaction_type",
        "GetChainClientByPhoneNumberResponse200": ".get_chain_client_by_phone_number_response_200",
        "GetChainClientByPhoneNumberResponse200ClientsItem": ".get_chain_client_by_phone_number_response_200_clients_item",
        "GetChainListResponse200Item": ".get_chain_list_response_200_item",
        "GetChainListResponse200ItemAccess": ".get_chain_list_response_200_item_access",
        "GetChainListResponse200ItemCompaniesItem": ".get_chain_list_response_200_item_companies_item",
        "GetChainLoyaltyCardTypeListResponse200Item": ".get_chain_loyalty_card_type_list_response_200_item",
        "GetChainLoyaltyNotificationTemplateListResponse200Item": ".get_chain_loyalty_notification_template_list_response_200_item",
        "GetChainLoyaltyNotificationTemplateListResponse200ItemMessageType": ".get_chain_loyalty_notification_template_list_response_200_item_message_type",
        "GetChainLoyaltyNotificationTemplateListResponse200ItemType": ".get_chain_loyalty_notification_template_list_response_200_item_type",
        "GetChainLoyaltyProgramInclude": ".get_chain_loyalty_program_include",
        "GetChainLoyaltyProgramResponse200": ".get_chain_loyalty_program_response_200",
        "GetChainLoyaltyProgramResponse200ExpirationTimeoutUnit": ".get_chain_loyalty_program_response_200_expiration_timeout_unit",
        "GetChainLoyaltyProgramResponse200GoodItemType": ".get_chain_loyalty_program_response_200_good_item_type",
        "GetChainLoyaltyProgramResponse200ParamsSourceType": ".get_chain_loyalty_program_response_200_params_source_type",
        "GetChainLoyaltyProgramResponse200ServiceItemType": ".get_chain_loyalty_program_response_200_service_item_type",
        "GetChainLoyaltyProgramResponse200Type": ".get_chain_loyalty_program_response_200_type",
        "GetChainLoyaltyProgramResponse200ValueUnit": ".get_chain_loyalty_program_response_200_value_unit",
        "GetChainLoyaltyTransactionListResponse200Item": ".get_chain_loyalty_transaction_list_response_200_item",
        "GetChainLoyaltyTransactionListResponse200ItemType": ".get_chain_loyalty_transaction_list_response_200_item_type",
        "GetChainLoyaltyTransactionListTypesItem": ".get_chain_loyalty_transaction_list_types_item",
        "GetChainServiceCategoryListInclude": ".get_chain_service_category_list_include",
        "GetChainServiceCategoryListResponse200Item": ".get_chain_service_category_list_response_200_item",
        "GetCityListResponse200Item": ".get_city_list_response_200_item",
        "GetClientFileListResponse200Item": ".get_client_file_list_response_200_item",
        "GetClientGiftCardsResponse200Item": ".get_client_gift_cards_response_200_item",
        "GetClientGiftCardsResponse200ItemStatus": ".get_client_gift_cards_response_200_item_status",
        "GetClientGiftCardsResponse200ItemType": ".get_client_gift_cards_response_200_item_type",
        "GetClientGiftCardsResponse200ItemTypeItemType": ".get_client_gift_cards_response_200_item_type_item_type",
        "GetClientListBody": ".get_client_list_body",
        "GetClientListBodyFiltersItem": ".get_client_list_body_filters_item",
        "GetClientListBodyFiltersItemState": ".get_client_list_body_filters_item_state",
        "GetClientListBodyOperation": ".get_client_list_body_operation",
        "GetClientListBodyOrderBy": ".get_client_list_body_order_by",
        "GetClientListBodyOrderByDirection": ".get_client_list_body_order_by_direction",
        "GetClientListResponse200Item": ".get_client_list_response_200_item",
        "GetClientMembershipActivityHistoryResponse200Item": ".get_client_membership_activity_history_response_200_item",
        "GetClientMembershipActivityHistoryResponse200ItemLoyaltyEntityChangesType0": ".get_client_membership_activity_history_response_200_item_loyalty_entity_changes_type_0",
        "GetClientMembershipActivityHistoryResponse200ItemOperationType": ".get_client_membership_activity_history_response_200_item_operation_type",
        "GetClientMembershipsResponse200Item": ".get_client_memberships_response_200_item",
        "GetClientMembershipsResponse200ItemBalanceContainer": ".get_client_memberships_response_200_item_balance_container",
        "GetClientMembershipsResponse200ItemBalanceContainerLinksItem": ".get_client_memberships_response_200_item_balance_container_links_item",
        "GetClientMembershipsResponse200ItemBalanceContainerLinksItemCategory": ".get_client_memberships_response_200_item_balance_container_links_item_category",
        "GetClientMembershipsResponse200ItemBalanceContainerLinksItemCategoryCategory": ".get_client_memberships_response_200_item_balance_container_links_item_category_category",
        "GetClientMembershipsResponse200ItemBalanceContainerLinksItemService": ".get_client_memberships_response_200_item_balance_container_links_item_service",
        "GetClientMembershipsResponse200ItemBalanceContainerLinksItemServiceCategory": ".get_client_memberships_response_200_item_balance_container_links_item_service_category",
        "GetClientMembershipsResponse200ItemStatus": ".get_client_memberships_response_200_item_status",
        "GetClientMembershipsResponse200ItemType": ".get_client_memberships_response_200_item_type",
        "GetClientMembershipsResponse200ItemTypeBalanceContainer": ".get_client_memberships_response_200_item_type_balance_container",
        "GetClientMembershipsResponse200ItemTypeBalanceContainerLinksItem": ".get_client_memberships_response_200_item_type_balance_container_links_item",
        "GetClientMembershipsResponse200ItemTypeBalanceContainerLinksItemCategory": ".get_client_memberships_response_200_item_type_balance_container_links_item_category",
        "GetClientMembershipsResponse200ItemTypeBalanceContainerLinksItemCategoryCategory": ".get_client_memberships_response_200_item_type_balance_container_links_item_category_category",
        "GetClientMembershipsResponse200ItemTypeBalanceContainerLinksItemService": ".get_client_memberships_response_200_item_type_balance_container_links_item_service",
        "GetClientMembershipsResponse200ItemTypeBalanceContainerLinksItemServiceCategory": ".get_client_memberships_response_200_item_type_balance_container_links_item_service_category",
        "GetCommentsResponse200Item": ".get_comments_response_200_item",
        "GetCountryListResponse200Item": ".get_country_list_response_200_item",
        "GetCustomFieldListResponse200Item": ".get_custom_field_list_response_200_item",
        "GetCustomFieldListResponse200ItemCustomField": ".get_custom_field_list_response_200_item_custom_field",
        "GetCustomFieldListResponse200ItemCustomFieldType": ".get_custom_field_list_response_200_item_custom_field_type",
        "GetDatesAvailableForBookingResponse200": ".get_dates_available_for_booking_response_200",
        "GetDatesAvailableForBookingResponse200BookingDaysType0": ".get_dates_available_for_booking_response_200_booking_days_type_0",
        "GetDatesAvailableForBookingResponse200WorkingDaysType0": ".get_dates_available_for_booking_response_200_working_days_type_0",
        "GetDayEndReportDataResponse200": ".get_day_end_report_data_response_200",
        "GetDayEndReportDataResponse200Paids": ".get_day_end_report_data_response_200_paids",
        "GetDayEndReportDataResponse200PaidsAccountsItem": ".get_day_end_report_data_response_200_paids_accounts_item",
        "GetDayEndReportDataResponse200PaidsDiscountItem": ".get_day_end_report_data_response_200_paids_discount_item",
        "GetDayEndReportDataResponse200PaidsTotal": ".get_day_end_report_data_response_200_paids_total",
        "GetDayEndReportDataResponse200Stats": ".get_day_end_report_data_response_200_stats",
        "GetDayEndReportDataResponse200ZData": ".get_day_end_report_data_response_200z_data",
        "GetDayEndReportDataResponse200ZData1481101200Item": ".get_day_end_report_data_response_200z_data_1481101200_item",
        "GetDayEndReportDataResponse200ZData1481101200ItemMastersItem": ".get_day_end_report_data_response_200z_data_1481101200_item_masters_item",
        "GetDayEndReportDataResponse200ZData1481101200ItemMastersItemGoodItem": ".get_day_end_report_data_response_200z_data_1481101200_item_masters_item_good_item",
        "GetDayEndReportDataResponse200ZData1481101200ItemMastersItemGoodItemTransactionsItem": ".get_day_end_report_data_response_200z_data_1481101200_item_masters_item_good_item_transactions_item",
        "GetDayEndReportDataResponse200ZData1481101200ItemMastersItemOthers": ".get_day_end_report_data_response_200z_data_1481101200_item_masters_item_others",
        "GetDayEndReportDataResponse200ZData1481101200ItemMastersItemOthersTransactionsItem": ".get_day_end_report_data_response_200z_data_1481101200_item_masters_item_others_transactions_item",
        "GetDayEndReportDataResponse200ZData1481101200ItemMastersItemServiceItem": ".get_day_end_report_data_response_200z_data_1481101200_item_masters_item_service_item",
        "GetDayEndReportDataResponse200ZData1481101200ItemMastersItemServiceItemTransactionsItem": ".get_day_end_report_data_response_200z_data_1481101200_item_masters_item_service_item_transactions_item",
        "GetDocumentFinancialTransactionsResponse200Item": ".get_document_financial_transactions_response_200_item",
        "GetDocumentFinancialTransactionsResponse200ItemAccount": ".get_document_financial_transactions_response_200_item_account",
        "GetDocumentFinancialTransactionsResponse200ItemClient": ".get_document_financial_transactions_response_200_item_client",
        "GetDocumentFinancialTransactionsResponse200ItemExpense": ".get_document_financial_transactions_response_200_item_expense",
        "GetDocumentFinancialTransactionsResponse200ItemMasterItem": ".get_document_financial_transactions_response_200_item_master_item",
        "GetDocumentFinancialTransactionsResponse200ItemSupplierItem": ".get_document_financial_transactions_response_200_item_supplier_item",
        "GetDocumentProductTransactionsResponse200Item": ".get_document_product_transactions_response_200_item",
        "GetDocumentResponse200": ".get_document_response_200",
        "GetDocumentResponse200Company": ".get_document_response_200_company",
        "GetDocumentResponse200CompanyPhonesItem": ".get_document_response_200_company_phones_item",
        "GetDocumentResponse200Storage": ".get_document_response_200_storage",
        "GetDocumentResponse200Type": ".get_document_response_200_type",
        "GetDocumentResponse200User": ".get_document_response_200_user",
        "GetEventDateRangeResponse200": ".get_event_date_range_response_200",
        "GetEventNotificationSettingsResponse200": ".get_event_notification_settings_response_200",
        "GetEventResponse200": ".get_event_response_200",
        "GetEventResponse200DurationDetails": ".get_event_response_200_duration_details",
        "GetEventResponse200LabelsItem": ".get_event_response_200_labels_item",
        "GetEventResponse200ResourceInstancesItem": ".get_event_response_200_resource_instances_item",
        "GetEventResponse200Service": ".get_event_response_200_service",
        "GetEventResponse200Staff": ".get_event_response_200_staff",
        "GetEventSearchFiltersResponse200Item": ".get_event_search_filters_response_200_item",
        "GetEventSearchFiltersResponse200ItemCode": ".get_event_search_filters_response_200_item_code",
        "GetEventSearchFiltersResponse200ItemDataItem": ".get_event_search_filters_response_200_item_data_item",
        "GetFeedbackFormStatusResponse200": ".get_feedback_form_status_response_200",
        "GetFeedbackFormStatusResponse200AgreementLinks": ".get_feedback_form_status_response_200_agreement_links",
        "GetFeedbackFormStatusResponse200Company": ".get_feedback_form_status_response_200_company",
        "GetFeedbackFormStatusResponse200Currency": ".get_feedback_form_status_response_200_currency",
        "GetFeedbackFormStatusResponse200Language": ".get_feedback_form_status_response_200_language",
        "GetFeedbackFormStatusResponse200Master": ".get_feedback_form_status_response_200_master",
        "GetFeedbackFormStatusResponse200MasterPosition": ".get_feedback_form_status_response_200_master_position",
        "GetFeedbackFormStatusResponse200Record": ".get_feedback_form_status_response_200_record",
        "GetFeedbackFormStatusResponse200TipsItem": ".get_feedback_form_status_response_200_tips_item",
        "GetFinancialTransactionResponse200Item": ".get_financial_transaction_response_200_item",
        "GetFinancialTransactionResponse200ItemAccount": ".get_financial_transaction_response_200_item_account",
        "GetFinancialTransactionResponse200ItemClient": ".get_financial_transaction_response_200_item_client",
        "GetFinancialTransactionResponse200ItemExpense": ".get_financial_transaction_response_200_item_expense",
        "GetFinancialTransactionResponse200ItemMaster": ".get_financial_transaction_response_200_item_master",
        "GetFinancialTransactionResponse200ItemSupplier": ".get_financial_transaction_response_200_item_supplier",
        "GetFiscalTransactionListResponse200Item": ".get_fiscal_transaction_list_response_200_item",
        "GetFiscalTransactionListResponse200ItemCashier": ".get_fiscal_transaction_list_response_200_item_cashier",
        "GetFiscalTransactionListResponse200ItemDocument": ".get_fiscal_transaction_list_response_200_item_document",
        "GetFiscalTransactionListResponse200ItemStatus": ".get_fiscal_transaction_list_response_200_item_status",
        "GetFiscalTransactionListResponse200ItemType": ".get_fiscal_transaction_list_response_200_item_type",
        "GetGiftCardTypeListByIdResponse200Item": ".get_gift_card_type_list_by_id_response_200_item",
        "GetGiftCardTypeListResponse200Item": ".get_gift_card_type_list_response_200_item",
        "GetI18NOptionsResponse200": ".get_i18n_options_response_200",
        "GetLocationAnalyticsAppointmentsDailyResponse200Item": ".get_location_analytics_appointments_daily_response_200_item",
        "GetLocationAnalyticsOccupancyDailyResponse200Item": ".get_location_analytics_occupancy_daily_response_200_item",
        "GetLocationAnalyticsOverallResponse200": ".get_location_analytics_overall_response_200",
        "GetLocationAnalyticsRevenueDailyResponse200Item": ".get_location_analytics_revenue_daily_response_200_item",
        "GetLocationInventoriesResponse200Item": ".get_location_inventories_response_200_item",
        "GetLocationListIncludeItem": ".get_location_list_include_item",
        "GetLocationListResponse200Item": ".get_location_list_response_200_item",
        "GetLocationListResponse200ItemBookingWidgetPromoType0": ".get_location_list_response_200_item_booking_widget_promo_type_0",
        "GetLocationLoyaltyProgramListResponse200Item": ".get_location_loyalty_program_list_response_200_item",
        "GetLocationLoyaltyProgramListResponse200ItemExpirationTimeoutUnit": ".get_location_loyalty_program_list_response_200_item_expiration_timeout_unit",
        "GetLocationLoyaltyProgramListResponse200ItemGoodItemType": ".get_location_loyalty_program_list_response_200_item_good_item_type",
        "GetLocationLoyaltyProgramListResponse200ItemParamsSourceType": ".get_location_loyalty_program_list_response_200_item_params_source_type",
        "GetLocationLoyaltyProgramListResponse200ItemServiceItemType": ".get_location_loyalty_program_list_response_200_item_service_item_type",
        "GetLocationLoyaltyProgramListResponse200ItemType": ".get_location_loyalty_program_list_response_200_item_type",
        "GetLocationLoyaltyProgramListResponse200ItemValueUnit": ".get_location_loyalty_program_list_response_200_item_value_unit",
        "GetLocationLoyaltyProgramListType": ".get_location_loyalty_program_list_type",
        "GetLocationNotificationSettingsResponse200Item": ".get_location_notification_settings_response_200_item",
        "GetLocationNotificationSettingsResponse200ItemChannels": ".get_location_notification_settings_response_200_item_channels",
        "GetLocationResponse200": ".get_location_response_200",
        "GetLocationResponse200Access": ".get_location_response_200_access",
        "GetLocationResponse200BookformsItem": ".get_location_response_200_bookforms_item",
        "GetLocationResponse200Groups": ".get_location_response_200_groups",
        "GetLocationResponse200GroupsAdditionalProperty": ".get_location_response_200_groups_additional_property",
        "GetLocationResponse200MainGroupType0": ".get_location_response_200_main_group_type_0",
        "GetLocationResponse200PaymentPolicy": ".get_location_response_200_payment_policy",
        "GetLocationResponse200PaymentPolicyType": ".get_location_response_200_payment_policy_type",
        "GetLocationResponse200Social": ".get_location_response_200_social",
        "GetLocationSubscriptionInformationResponse200": ".get_location_subscription_information_response_200",
        "GetLocationSubscriptionInformationResponse200OptionsItem": ".get_location_subscription_information_response_200_options_item",
        "GetLocationUsersResponse200Item": ".get_location_users_response_200_item",
        "GetLoyaltyCardListByClientIdResponse200": ".get_loyalty_card_list_by_client_id_response_200",
        "GetLoyaltyCardListByClientIdResponse200ProgramsItem": ".get_loyalty_card_list_by_client_id_response_200_programs_item",
        "GetLoyaltyCardListByClientIdResponse200ProgramsItemLoyaltyType": ".get_loyalty_card_list_by_client_id_response_200_programs_item_loyalty_type",
        "GetLoyaltyCardListByClientIdResponse200ProgramsItemRulesItem": ".get_loyalty_card_list_by_client_id_response_200_programs_item_rules_item",
        "GetLoyaltyCardListByClientIdResponse200SalonGroup": ".get_loyalty_card_list_by_client_id_response_200_salon_group",
        "GetLoyaltyCardListByClientIdResponse200Type": ".get_loyalty_card_list_by_client_id_response_200_type",
        "GetLoyaltyCardListByPhoneResponse200": ".get_loyalty_card_list_by_phone_response_200",
        "GetLoyaltyCardListByPhoneResponse200ProgramsItem": ".get_loyalty_card_list_by_phone_response_200_programs_item",
        "GetLoyaltyCardListByPhoneResponse200ProgramsItemLoyaltyType": ".get_loyalty_card_list_by_phone_response_200_programs_item_loyalty_type",
        "GetLoyaltyCardListByPhoneResponse200ProgramsItemRulesItem": ".get_loyalty_card_list_by_phone_response_200_programs_item_rules_item",
        "GetLoyaltyCardListByPhoneResponse200SalonGroup": ".get_loyalty_card_list_by_phone_response_200_salon_group",
        "GetLoyaltyCardListByPhoneResponse200Type": ".get_loyalty_card_list_by_phone_response_200_type",
        "GetLoyaltyCardTypeListForClientResponse200Item": ".get_loyalty_card_type_list_for_client_response_200_item",
        "GetLoyaltyCardTypeListForClientResponse200ItemSalonGroup": ".get_loyalty_card_type_list_for_client_response_200_item_salon_group",
        "GetLoyaltyCardTypeListResponse200Item": ".get_loyalty_card_type_list_response_200_item",
        "GetLoyaltyCardTypeListResponse200ItemSalonGroup": ".get_loyalty_card_type_list_response_200_item_salon_group",
        "GetLoyaltyProgramClientStatisticsResponse200": ".get_loyalty_program_client_statistics_response_200",
        "GetLoyaltyProgramClientStatisticsResponse200ClientStats": ".get_loyalty_program_client_statistics_response_200_client_stats",
        "GetLoyaltyProgramClientStatisticsResponse200ClientStatsNew": ".get_loyalty_program_client_statistics_response_200_client_stats_new",
        "GetLoyaltyProgramClientStatisticsResponse200ClientStatsOld": ".get_loyalty_program_client_statistics_response_200_client_stats_old",
        "GetLoyaltyProgramClientStatisticsResponse200ClientStatsTotal": ".get_loyalty_program_client_statistics_response_200_client_stats_total",
        "GetLoyaltyProgramClientStatisticsResponse200VisitsStatsByDayItem": ".get_loyalty_program_client_statistics_response_200_visits_stats_by_day_item",
        "GetLoyaltyProgramRevenueStatisticsResponse200": ".get_loyalty_program_revenue_statistics_response_200",
        "GetLoyaltyProgramRevenueStatisticsResponse200Currency": ".get_loyalty_program_revenue_statistics_response_200_currency",
        "GetLoyaltyProgramRevenueStatisticsResponse200IncomeStats": ".get_loyalty_program_revenue_statistics_response_200_income_stats",
        "GetLoyaltyProgramRevenueStatisticsResponse200IncomeStatsByDayItem": ".get_loyalty_program_revenue_statistics_response_200_income_stats_by_day_item",
        "GetLoyaltyProgramRevenueStatisticsResponse200IncomeStatsNew": ".get_loyalty_program_revenue_statistics_response_200_income_stats_new",
        "GetLoyaltyProgramRevenueStatisticsResponse200IncomeStatsOld": ".get_loyalty_program_revenue_statistics_response_200_income_stats_old",
        "GetLoyaltyProgramRevenueStatisticsResponse200IncomeStatsTotal": ".get_loyalty_program_revenue_statistics_response_200_income_stats_total",
        "GetLoyaltyProgramTeamMemberStatisticsResponse200Item": ".get_loyalty_program_team_member_statistics_response_200_item",
        "GetLoyaltyProgramTeamMemberStatisticsResponse200ItemClientStats": ".get_loyalty_program_team_member_statistics_response_200_item_client_stats",
        "GetLoyaltyProgramTeamMemberStatisticsResponse200ItemStaff": ".get_loyalty_program_team_member_statistics_response_200_item_staff",
        "GetLoyaltyTransactionsByVisitResponse200Item": ".get_loyalty_transactions_by_visit_response_200_item",
        "GetLoyaltyTransactionsByVisitResponse200ItemProgram": ".get_loyalty_transactions_by_visit_response_200_item_program",
        "GetLoyaltyTransactionsByVisitResponse200ItemType": ".get_loyalty_transactions_by_visit_response_200_item_type",
        "GetMarketplaceIntegrationStatusResponse200": ".get_marketplace_integration_status_response_200",
        "GetMarketplaceIntegrationStatusResponse200ConnectionStatus": ".get_marketplace_integration_status_response_200_connection_status",
        "GetMarketplaceIntegrationStatusResponse200ConnectionStatusStatus": ".get_marketplace_integration_status_response_200_connection_status_status",
        "GetMarketplaceIntegrationStatusResponse200LogsItem": ".get_marketplace_integration_status_response_200_logs_item",
        "GetMarketplaceIntegrationStatusResponse200PaymentsItem": ".get_marketplace_integration_status_response_200_payments_item",
        "GetMembershipTypeListByIdResponse200Item": ".get_membership_type_list_by_id_response_200_item",
        "GetMembershipTypeListResponse200Item": ".get_membership_type_list_response_200_item",
        "GetMessageStatusListBodyItem": ".get_message_status_list_body_item",
        "GetNearestTimeSlotsResponse200": ".get_nearest_time_slots_response_200",
        "GetNearestTimeSlotsResponse200SeancesItem": ".get_nearest_time_slots_response_200_seances_item",
        "GetOnlineBookingDetailsResponse200": ".get_online_booking_details_response_200",
        "GetOnlineBookingDetailsResponse200Company": ".get_online_booking_details_response_200_company",
        "GetOnlineBookingDetailsResponse200ServicesItem": ".get_online_booking_details_response_200_services_item",
        "GetOnlineBookingDetailsResponse200Staff": ".get_online_booking_details_response_200_staff",
        "GetOnlineBookingDetailsResponse200StaffPosition": ".get_online_booking_details_response_200_staff_position",
        "GetOnlineBookingSettingsResponse200": ".get_online_booking_settings_response_200",
        "GetPermissionListResponse200": ".get_permission_list_response_200",
        "GetPermissionListResponse200Clients": ".get_permission_list_response_200_clients",
        "GetPermissionListResponse200Comers": ".get_permission_list_response_200_comers",
        "GetPermissionListResponse200Dashboard": ".get_permission_list_response_200_dashboard",
        "GetPermissionListResponse200Finances": ".get_permission_list_response_200_finances",
        "GetPermissionListResponse200FinancesFinancesAccountsIdsItem": ".get_permission_list_response_200_finances_finances_accounts_ids_item",
        "GetPermissionListResponse200FinancesFinancesExpensesIdsItem": ".get_permission_list_response_200_finances_finances_expenses_ids_item",
        "GetPermissionListResponse200Loyalty": ".get_permission_list_response_200_loyalty",
        "GetPermissionListResponse200Notification": ".get_permission_list_response_200_notification",
        "GetPermissionListResponse200OnlineRecord": ".get_permission_list_response_200_online_record",
        "GetPermissionListResponse200Other": ".get_permission_list_response_200_other",
        "GetPermissionListResponse200OtherAuthListAllowedIpItem": ".get_permission_list_response_200_other_auth_list_allowed_ip_item",
        "GetPermissionListResponse200RecordForm": ".get_permission_list_response_200_record_form",
        "GetPermissionListResponse200Security": ".get_permission_list_response_200_security",
        "GetPermissionListResponse200Settings": ".get_permission_list_response_200_settings",
        "GetPermissionListResponse200Storages": ".get_permission_list_response_200_storages",
        "GetPermissionListResponse200StoragesStoragesIdsItem": ".get_permission_list_response_200_storages_storages_ids_item",
        "GetPermissionListResponse200StoragesStoragesTransactionsTypesItem": ".get_permission_list_response_200_storages_storages_transactions_types_item",
        "GetPermissionListResponse200Timetable": ".get_permission_list_response_200_timetable",
        "GetProductCategoryCompositionResponse200": ".get_product_category_composition_response_200",
        "GetProductCategoryCompositionResponse200ChildrenItem": ".get_product_category_composition_response_200_children_item",
        "GetProductCategoryListByIdsResponse200Item": ".get_product_category_list_by_ids_response_200_item",
        "GetProductCategoryListResponse200Item": ".get_product_category_list_response_200_item",
        "GetProductResponse200Item": ".get_product_response_200_item",
        "GetProductResponse200ItemActualAmountsItem": ".get_product_response_200_item_actual_amounts_item",
        "GetProductsListResponse200Item": ".get_products_list_response_200_item",
        "GetResourceListResponse200Item": ".get_resource_list_response_200_item",
        "GetResourceListResponse200ItemInstancesItem": ".get_resource_list_response_200_item_instances_item",
        "GetSaleTransactionResponse200": ".get_sale_transaction_response_200",
        "GetSaleTransactionResponse200KkmState": ".get_sale_transaction_response_200_kkm_state",
        "GetSaleTransactionResponse200KkmStateTransactionsItem": ".get_sale_transaction_response_200_kkm_state_transactions_item",
        "GetSaleTransactionResponse200KkmStateTransactionsItemCashier": ".get_sale_transaction_response_200_kkm_state_transactions_item_cashier",
        "GetSaleTransactionResponse200KkmStateTransactionsItemDocument": ".get_sale_transaction_response_200_kkm_state_transactions_item_document",
        "GetSaleTransactionResponse200KkmStateTransactionsItemStatus": ".get_sale_transaction_response_200_kkm_state_transactions_item_status",
        "GetSaleTransactionResponse200KkmStateTransactionsItemType": ".get_sale_transaction_response_200_kkm_state_transactions_item_type",
        "GetSaleTransactionResponse200PaymentMethodsItem": ".get_sale_transaction_response_200_payment_methods_item",
        "GetSaleTransactionResponse200PaymentMethodsItemAccount": ".get_sale_transaction_response_200_payment_methods_item_account",
        "GetSaleTransactionResponse200State": ".get_sale_transaction_response_200_state",
        "GetSaleTransactionResponse200StateItemsItem": ".get_sale_transaction_response_200_state_items_item",
        "GetSaleTransactionResponse200StateLoyaltyTransactionsItem": ".get_sale_transaction_response_200_state_loyalty_transactions_item",
        "GetSaleTransactionResponse200StateLoyaltyTransactionsItemChain": ".get_sale_transaction_response_200_state_loyalty_transactions_item_chain",
        "GetSaleTransactionResponse200StateLoyaltyTransactionsItemDeposit": ".get_sale_transaction_response_200_state_loyalty_transactions_item_deposit",
        "GetSaleTransactionResponse200StateLoyaltyTransactionsItemDepositType": ".get_sale_transaction_response_200_state_loyalty_transactions_item_deposit_type",
        "GetSaleTransactionResponse200StateLoyaltyTransactionsItemType": ".get_sale_transaction_response_200_state_loyalty_transactions_item_type",
        "GetSaleTransactionResponse200StatePaymentTransactionsItem": ".get_sale_transaction_response_200_state_payment_transactions_item",
        "GetSaleTransactionResponse200StatePaymentTransactionsItemAccount": ".get_sale_transaction_response_200_state_payment_transactions_item_account",
        "GetSaleTransactionResponse200StatePaymentTransactionsItemExpense": ".get_sale_transaction_response_200_state_payment_transactions_item_expense",
        "GetServiceCategoryListResponse200Item": ".get_service_category_list_response_200_item",
        "GetServiceCategoryResponse200": ".get_service_category_response_200",
        "GetServiceListResponse200Item": ".get_service_list_response_200_item",
        "GetServiceResponse200Item": ".get_service_response_200_item",
        "GetServiceResponse200ItemStaffItem": ".get_service_response_200_item_staff_item",
        "GetServicesAvailableForBookingResponse200": ".get_services_available_for_booking_response_200",
        "GetServicesAvailableForBookingResponse200CategoryItem": ".get_services_available_for_booking_response_200_category_item",
        "GetServicesAvailableForBookingResponse200EventsItem": ".get_services_available_for_booking_response_200_events_item",
        "GetServicesAvailableForBookingResponse200ServicesItem": ".get_services_available_for_booking_response_200_services_item",
        "GetServicesAvailableForBookingResponse200ServicesItemCompositeDetailsType0": ".get_services_available_for_booking_response_200_services_item_composite_details_type_0",
        "GetServicesAvailableForBookingResponse200ServicesItemPrepaidSettings": ".get_services_available_for_booking_response_200_services_item_prepaid_settings",
        "GetTagListByEntityEntity": ".get_tag_list_by_entity_entity",
        "GetTagListByEntityResponse200Item": ".get_tag_list_by_entity_response_200_item",
        "GetTaxSystemListResponse200Item": ".get_tax_system_list_response_200_item",
        "GetTaxSystemListResponse200ItemVatsItem": ".get_tax_system_list_response_200_item_vats_item",
        "GetTeamMemberByIdResponse200Item": ".get_team_member_by_id_response_200_item",
        "GetTeamMemberByIdResponse200ItemImageGroupType0": ".get_team_member_by_id_response_200_item_image_group_type_0",
        "GetTeamMemberByIdResponse200ItemImageGroupType0Images": ".get_team_member_by_id_response_200_item_image_group_type_0_images",
        "GetTeamMemberByIdResponse200ItemImageGroupType0ImagesNorm": ".get_team_member_by_id_response_200_item_image_group_type_0_images_norm",
        "GetTeamMemberByIdResponse200ItemImageGroupType0ImagesOrigin": ".get_team_member_by_id_response_200_item_image_group_type_0_images_origin",
        "GetTeamMemberByIdResponse200ItemImageGroupType0ImagesSm": ".get_team_member_by_id_response_200_item_image_group_type_0_images_sm",
        "GetTeamMemberByIdResponse200ItemPositionType0": ".get_team_member_by_id_response_200_item_position_type_0",
        "GetTeamMemberCalculationSchemesCountResponse200": ".get_team_member_calculation_schemes_count_response_200",
        "GetTeamMemberListResponse200Item": ".get_team_member_list_response_200_item",
        "GetTeamMemberListResponse200ItemImageGroupItem": ".get_team_member_list_response_200_item_image_group_item",
        "GetTeamMemberListResponse200ItemPositionType0": ".get_team_member_list_response_200_item_position_type_0",
        "GetTeamMemberListResponse200ItemUserItem": ".get_team_member_list_response_200_item_user_item",
        "GetTeamMemberPayrollCalculationResponse200": ".get_team_member_payroll_calculation_response_200",
        "GetTeamMemberResponse200Item": ".get_team_member_response_200_item",
        "GetTeamMemberResponse200ItemPositionType0": ".get_team_member_response_200_item_position_type_0",
        "GetTeamMemberSalaryCalculationResponse200": ".get_team_member_salary_calculation_response_200",
        "GetTeamMemberSalaryPeriodResponse200": ".get_team_member_salary_period_response_200",
        "GetTeamMemberSalarySchemesResponse200Item": ".get_team_member_salary_schemes_response_200_item",
        "GetTeamMemberSalarySchemesResponse200ItemSalaryScheme": ".get_team_member_salary_schemes_response_200_item_salary_scheme",
        "GetTeamMemberScheduleListIncludeItem": ".get_team_member_schedule_list_include_item",
        "GetTeamMemberScheduleListResponse200Item": ".get_team_member_schedule_list_response_200_item",
        "GetTeamMemberScheduleListResponse200ItemBusyIntervalsItem": ".get_team_member_schedule_list_response_200_item_busy_intervals_item",
        "GetTeamMemberScheduleListResponse200ItemBusyIntervalsItemEntityType": ".get_team_member_schedule_list_response_200_item_busy_intervals_item_entity_type",
        "GetTeamMemberScheduleListResponse200ItemSlotsItem": ".get_team_member_schedule_list_response_200_item_slots_item",
        "GetTeamMemberScheduleResponse200Item": ".get_team_member_schedule_response_200_item",
        "GetTeamMemberScheduleResponse200ItemSlotsItem": ".get_team_member_schedule_response_200_item_slots_item",
        "GetTeamMemberServiceBillOfMaterialsResponse200": ".get_team_member_service_bill_of_materials_response_200",
        "GetTeamMemberServiceBillOfMaterialsResponse200TechnologicalCardItemsItem": ".get_team_member_service_bill_of_materials_response_200_technological_card_items_item",
        "GetTeamMemberTipSettingsResponse200Item": ".get_team_member_tip_settings_response_200_item",
        "GetTeamMemberTipSettingsResponse200ItemStaff": ".get_team_member_tip_settings_response_200_item_staff",
        "GetTeamMemberTipSettingsResponse200ItemStaffEmployee": ".get_team_member_tip_settings_response_200_item_staff_employee",
        "GetTeamMemberTipSettingsResponse200ItemStaffPosition": ".get_team_member_tip_settings_response_200_item_staff_position",
        "GetTeamMemberTipSettingsResponse200ItemStaffUser": ".get_team_member_tip_settings_response_200_item_staff_user",
        "GetTeamMembersAvailableForBookingResponse200Item": ".get_team_members_available_for_booking_response_200_item",
        "GetTeamMembersAvailableForBookingResponse200ItemImageGroupType0": ".get_team_members_available_for_booking_response_200_item_image_group_type_0",
        "GetTeamMembersAvailableForBookingResponse200ItemPositionType0": ".get_team_members_available_for_booking_response_200_item_position_type_0",
        "GetTeamMembersAvailableForBookingResponse200ItemSeancesItem": ".get_team_members_available_for_booking_response_200_item_seances_item",
        "GetTeamMembersAvailableForBookingResponse200ItemUserType0": ".get_team_members_available_for_booking_response_200_item_user_type_0",
        "GetTimeSlotsForBookingResponse200Item": ".get_time_slots_for_booking_response_200_item",
        "GetTimeslotSettingsResponse200": ".get_timeslot_settings_response_200",
        "GetTimeslotSettingsResponse200DatesSettingsItem": ".get_timeslot_settings_response_200_dates_settings_item",
        "GetTimeslotSettingsResponse200DatesSettingsItemSetting": ".get_timeslot_settings_response_200_dates_settings_item_setting",
        "GetTimeslotSettingsResponse200DatesSettingsItemSettingGridBaseType": ".get_timeslot_settings_response_200_dates_settings_item_setting_grid_base_type",
        "GetTimeslotSettingsResponse200WeekdaysSettingsItem": ".get_timeslot_settings_response_200_weekdays_settings_item",
        "GetTimeslotSettingsResponse200WeekdaysSettingsItemSetting": ".get_timeslot_settings_response_200_weekdays_settings_item_setting",
        "GetTimeslotSettingsResponse200WeekdaysSettingsItemSettingGridBaseType": ".get_timeslot_settings_response_200_weekdays_settings_item_setting_grid_base_type",
        "GetTransactionResponse200": ".get_transaction_response_200",
        "GetTransactionResponse200ClientType0Item": ".get_transaction_response_200_client_type_0_item",
        "GetTransactionResponse200ClientType1": ".get_transaction_response_200_client_type_1",
        "GetTransactionResponse200Good": ".get_transaction_response_200_good",
        "GetTransactionResponse200GoodActualAmountsItem": ".get_transaction_response_200_good_actual_amounts_item",
        "GetTransactionResponse200GoodLoyaltyCertificateTypeType0": ".get_transaction_response_200_good_loyalty_certificate_type_type_0",
        "GetTransactionResponse200GoodsMarksItem": ".get_transaction_response_200_goods_marks_item",
        "GetTransactionResponse200MasterType0Item": ".get_transaction_response_200_master_type_0_item",
        "GetTransactionResponse200MasterType1": ".get_transaction_response_200_master_type_1",
        "GetTransactionResponse200SaleUnitType0": ".get_transaction_response_200_sale_unit_type_0",
        "GetTransactionResponse200ServiceUnitType0": ".get_transaction_response_200_service_unit_type_0",
        "GetTransactionResponse200Storage": ".get_transaction_response_200_storage",
        "GetTransactionResponse200SupplierItem": ".get_transaction_response_200_supplier_item",
        "GetTransactionResponse200Type": ".get_transaction_response_200_type",
        "GetTransactionResponse200Unit": ".get_transaction_response_200_unit",
        "GetTransactionsByVisitOrAppointmentIdResponse200Item": ".get_transactions_by_visit_or_appointment_id_response_200_item",
        "GetTransactionsByVisitOrAppointmentIdResponse200ItemAccount": ".get_transactions_by_visit_or_appointment_id_response_200_item_account",
        "GetTransactionsByVisitOrAppointmentIdResponse200ItemClient": ".get_transactions_by_visit_or_appointment_id_response_200_item_client",
        "GetTransactionsByVisitOrAppointmentIdResponse200ItemExpense": ".get_transactions_by_visit_or_appointment_id_response_200_item_expense",
        "GetTransactionsByVisitOrAppointmentIdResponse200ItemMaster": ".get_transactions_by_visit_or_appointment_id_response_200_item_master",
        "GetTransactionsByVisitOrAppointmentIdResponse200ItemSupplier": ".get_transactions_by_visit_or_appointment_id_response_200_item_supplier",
        "GetTransactionsResponse200Item": ".get_transactions_response_200_item",
        "GetTransactionsResponse200ItemAccount": ".get_transactions_response_200_item_account",
        "GetTransactionsResponse200ItemClient": ".get_transactions_response_200_item_client",
        "GetTransactionsResponse200ItemExpense": ".get_transactions_response_200_item_expense",
        "GetTransactionsResponse200ItemMaster": ".get_transactions_response_200_item_master",
        "GetTransactionsResponse200ItemSupplier": ".get_transactions_response_200_item_supplier",
        "GetUserAppointmentListResponse201Item": ".get_user_appointment_list_response_201_item",
        "GetUserAppointmentListResponse201ItemCompany": ".get_user_appointment_list_response_201_item_company",
        "GetUserAppointmentListResponse201ItemServicesItem": ".get_user_appointment_list_response_201_item_services_item",
        "GetUserAppointmentListResponse201ItemStaff": ".get_user_appointment_list_response_201_item_staff",
        "GetUserAppointmentListResponse201ItemStaffPosition": ".get_user_appointment_list_response_201_item_staff_position",
        "GetUserGiftCardsResponse200Item": ".get_user_gift_cards_response_200_item",
        "GetUserGiftCardsResponse200ItemStatus": ".get_user_gift_cards_response_200_item_status",
        "GetUserGiftCardsResponse200ItemType": ".get_user_gift_cards_response_200_item_type",
        "GetUserGiftCardsResponse200ItemTypeItemType": ".get_user_gift_cards_response_200_item_type_item_type",
        "GetUserLoyaltyCardsResponse200": ".get_user_loyalty_cards_response_200",
        "GetUserLoyaltyCardsResponse200ProgramsItem": ".get_user_loyalty_cards_response_200_programs_item",
        "GetUserLoyaltyCardsResponse200ProgramsItemLoyaltyType": ".get_user_loyalty_cards_response_200_programs_item_loyalty_type",
        "GetUserLoyaltyCardsResponse200ProgramsItemRulesItem": ".get_user_loyalty_cards_response_200_programs_item_rules_item",
        "GetUserLoyaltyCardsResponse200SalonGroup": ".get_user_loyalty_cards_response_200_salon_group",
        "GetUserLoyaltyCardsResponse200Type": ".get_user_loyalty_cards_response_200_type",
        "GetUserMembershipsResponse200Item": ".get_user_memberships_response_200_item",
        "GetUserMembershipsResponse200ItemBalanceContainer": ".get_user_memberships_response_200_item_balance_container",
        "GetUserMembershipsResponse200ItemBalanceContainerLinksItem": ".get_user_memberships_response_200_item_balance_container_links_item",
        "GetUserMembershipsResponse200ItemBalanceContainerLinksItemCategory": ".get_user_memberships_response_200_item_balance_container_links_item_category",
        "GetUserMembershipsResponse200ItemBalanceContainerLinksItemCategoryCategory": ".get_user_memberships_response_200_item_balance_container_links_item_category_category",
        "GetUserMembershipsResponse200ItemBalanceContainerLinksItemService": ".get_user_memberships_response_200_item_balance_container_links_item_service",
        "GetUserMembershipsResponse200ItemBalanceContainerLinksItemServiceCategory": ".get_user_memberships_response_200_item_balance_container_links_item_service_category",
        "GetUserMembershipsResponse200ItemStatus": ".get_user_memberships_response_200_item_status",
        "GetUserMembershipsResponse200ItemType": ".get_user_memberships_response_200_item_type",
        "GetUserMembershipsResponse200ItemTypeBalanceContainer": ".get_user_memberships_response_200_item_type_balance_container",
        "GetUserMembershipsResponse200ItemTypeBalanceContainerLinksItem": ".get_user_memberships_response_200_item_type_balance_container_links_item",
        "GetUserMembershipsResponse200ItemTypeBalanceContainerLinksItemCategory": ".get_user_memberships_response_200_item_type_balance_container_links_item_category",
        "GetUserMembershipsResponse200ItemTypeBalanceContainerLinksItemCategoryCategory": ".get_user_memberships_response_200_item_type_balance_container_links_item_category_category",
        "GetUserMembershipsResponse200ItemTypeBalanceContainerLinksItemService": ".get_user_memberships_response_200_item_type_balance_container_links_item_service",
        "GetUserMembershipsResponse200ItemTypeBalanceContainerLinksItemServiceCategory": ".get_user_memberships_response_200_item_type_balance_container_links_item_service_category",
        "GetUserNotificationSettingsResponse200": ".get_user_notification_settings_response_200",
        "GetUserNotificationSettingsResponse200Mode": ".get_user_notification_settings_response_200_mode",
        "GetUserNotificationSettingsResponse200NotificationTypesItem": ".get_user_notification_settings_response_200_notification_types_item",
        "GetUserNotificationSettingsResponse200NotificationTypesItemChannels": ".get_user_notification_settings_response_200_notification_types_item_channels",
        "GetUserNotificationSettingsResponse200NotificationTypesItemType": ".get_user_notification_settings_response_200_notification_types_item_type",
        "GetUserPermissionsResponse200": ".get_user_permissions_response_200",
        "GetUserPermissionsResponse200UserRole": ".get_user_permissions_response_200_user_role",
        "GetUserRolesIncludeItem": ".get_user_roles_include_item",
        "GetUserRolesResponse200Item": ".get_user_roles_response_200_item",
        "GetUserRolesResponse200ItemSlug": ".get_user_roles_response_200_item_slug",
        "GetVisitDetailsResponse200": ".get_visit_details_response_200",
        "GetVisitDetailsResponse200ItemsItem": ".get_visit_details_response_200_items_item",
        "GetVisitDetailsResponse200KkmTransactionDetailsContainer": ".get_visit_details_response_200_kkm_transaction_details_container",
        "GetVisitDetailsResponse200KkmTransactionDetailsContainerTransactionsItem": ".get_visit_details_response_200_kkm_transaction_details_container_transactions_item",
        "GetVisitDetailsResponse200KkmTransactionDetailsContainerTransactionsItemCashier": ".get_visit_details_response_200_kkm_transaction_details_container_transactions_item_cashier",
        "GetVisitDetailsResponse200KkmTransactionDetailsContainerTransactionsItemDocument": ".get_visit_details_response_200_kkm_transaction_details_container_transactions_item_document",
        "GetVisitDetailsResponse200KkmTransactionDetailsContainerTransactionsItemStatus": ".get_visit_details_response_200_kkm_transaction_details_container_transactions_item_status",
        "GetVisitDetailsResponse200KkmTransactionDetailsContainerTransactionsItemType": ".get_visit_details_response_200_kkm_transaction_details_container_transactions_item_type",
        "GetVisitDetailsResponse200LoyaltyTransactionsItem": ".get_visit_details_response_200_loyalty_transactions_item",
        "GetVisitDetailsResponse200LoyaltyTransactionsItemType": ".get_visit_details_response_200_loyalty_transactions_item_type",
        "GetVisitDetailsResponse200PaymentTransactionsItem": ".get_visit_details_response_200_payment_transactions_item",
        "GetVisitDetailsResponse200PaymentTransactionsItemAccount": ".get_visit_details_response_200_payment_transactions_item_account",
        "GetVisitDetailsResponse200PaymentTransactionsItemClient": ".get_visit_details_response_200_payment_transactions_item_client",
        "GetVisitDetailsResponse200PaymentTransactionsItemExpense": ".get_visit_details_response_200_payment_transactions_item_expense",
        "GetVisitDetailsResponse200PaymentTransactionsItemMasterItem": ".get_visit_details_response_200_payment_transactions_item_master_item",
        "GetVisitDetailsResponse200PaymentTransactionsItemSupplierItem": ".get_visit_details_response_200_payment_transactions_item_supplier_item",
        "GetVisitResponse200": ".get_visit_response_200",
        "GetVisitResponse200RecordsItem": ".get_visit_response_200_records_item",
        "GetVisitResponse200RecordsItemClient": ".get_visit_response_200_records_item_client",
        "GetVisitResponse200RecordsItemDocumentsItem": ".get_visit_response_200_records_item_documents_item",
        "GetVisitResponse200RecordsItemEventsItem": ".get_visit_response_200_records_item_events_item",
        "GetVisitResponse200RecordsItemGoodsTransactionsItem": ".get_visit_response_200_records_item_goods_transactions_item",
        "GetVisitResponse200RecordsItemServicesItem": ".get_visit_response_200_records_item_services_item",
        "GetVisitResponse200RecordsItemStaff": ".get_visit_response_200_records_item_staff",
        "GetVisitResponse200RecordsItemStaffPosition": ".get_visit_response_200_records_item_staff_position",
        "GroupEventAppointment": ".group_event_appointment",
        "GroupEventAppointmentClient": ".group_event_appointment_client",
        "GroupEventAppointmentCustomFields": ".group_event_appointment_custom_fields",
        "GroupEventAppointmentServicesItem": ".group_event_appointment_services_item",
        "HandleFiscalizationCallbackBody": ".handle_fiscalization_callback_body",
        "Image": ".image",
        "ImageGroup": ".image_group",
        "ImageGroupImageGroup": ".image_group_image_group",
        "IssueLoyaltyCardBody": ".issue_loyalty_card_body",
        "IssueLoyaltyCardResponse200": ".issue_loyalty_card_response_200",
        "IssueLoyaltyCardResponse200ProgramsItem": ".issue_loyalty_card_response_200_programs_item",
        "IssueLoyaltyCardResponse200ProgramsItemLoyaltyType": ".issue_loyalty_card_response_200_programs_item_loyalty_type",
        "IssueLoyaltyCardResponse200ProgramsItemRulesItem": ".issue_loyalty_card_response_200_programs_item_rules_item",
        "IssueLoyaltyCardResponse200SalonGroup": ".issue_loyalty_card_response_200_salon_group",
        "IssueLoyaltyCardResponse200Type": ".issue_loyalty_card_response_200_type",
        "LeaveCommentBody": ".leave_comment_body",
        "LeaveCommentResponse201": ".leave_comment_response_201",
        "LicenseOption": ".license_option",
        "ListClientCommentsResponse200Item": ".list_client_comments_response_200_item",
        "ListClientCommentsResponse200ItemType": ".list_client_comments_response_200_item_type",
        "ListMarketplaceAppLocationsResponse200Item": ".list_marketplace_app_locations_response_200_item",
        "ListMarketplaceAppLocationsResponse200ItemBookingWidgetPromoType0": ".list_marketplace_app_locations_response_200_item_booking_widget_promo_type_0",
        "ListRolesIncludeItem": ".list_roles_include_item",
        "ListRolesResponse200Item": ".list_roles_response_200_item",
        "ListRolesResponse200ItemSlug": ".list_roles_response_200_item_slug",
        "ListTimetableScheduleDayEventsResponse200Item": ".list_timetable_schedule_day_events_response_200_item",
        "ListTimetableScheduleDayEventsResponse200ItemEventEntityType": ".list_timetable_schedule_day_events_response_200_item_event_entity_type",
        "ListTimetableScheduleDayEventsResponse200ItemEventStatus": ".list_timetable_schedule_day_events_response_200_item_event_status",
        "ListVoipCallsBody": ".list_voip_calls_body",
        "ListVoipCallsBodyStatusesItem": ".list_voip_calls_body_statuses_item",
        "ListVoipCallsBodyTypesItem": ".list_voip_calls_body_types_item",
        "ListVoipCallsResponse200Item": ".list_voip_calls_response_200_item",
        "ListVoipCallsResponse200ItemStatus": ".list_voip_calls_response_200_item_status",
        "ListVoipCallsResponse200ItemType": ".list_voip_calls_response_200_item_type",
        "LocationEvent": ".location_event",
        "LocationEventResource": ".location_event_resource",
        "LocationEventStatus": ".location_event_status",
        "LogInWithPhoneNumberAndCodeBody": ".log_in_with_phone_number_and_code_body",
        "LogInWithPhoneNumberAndCodeResponse201": ".log_in_with_phone_number_and_code_response_201",
        "LoyaltyCardEvent": ".loyalty_card_event",
        "LoyaltyCardEventResource": ".loyalty_card_event_resource",
        "LoyaltyCardEventStatus": ".loyalty_card_event_status",
        "LoyaltyCardType": ".loyalty_card_type",
        "LoyaltyEntityAttendanceItem": ".loyalty_entity_attendance_item",
        "LoyaltyGenerateCode200DataOption": ".loyalty_generate_code_200_data_option",
        "LoyaltyGenerateCode200Option": ".loyalty_generate_code_200_option",
        "LoyaltyGenerateCode200OptionMetaItem": ".loyalty_generate_code_200_option_meta_item",
        "LoyaltyNotificationMessageTemplate": ".loyalty_notification_message_template",
        "LoyaltyNotificationMessageTemplateMessageType": ".loyalty_notification_message_template_message_type",
        "LoyaltyNotificationMessageTemplateRequest": ".loyalty_notification_message_template_request",
        "LoyaltyNotificationMessageTemplateRequestType": ".loyalty_notification_message_template_request_type",
        "LoyaltyNotificationMessageTemplateType": ".loyalty_notification_message_template_type",
        "LoyaltyProgramRule": ".loyalty_program_rule",
        "LoyaltyProgramRuleRequest": ".loyalty_program_rule_request",
        "MarketplaceEvent": ".marketplace_event",
        "MarketplaceEventEvent": ".marketplace_event_event",
        "MarketplaceNotificationPaymentCallbackBody": ".marketplace_notification_payment_callback_body",
        "MarketplaceNotificationPaymentCallbackResponse200": ".marketplace_notification_payment_callback_response_200",
        "MarketplaceNotificationSettingsCallbackBody": ".marketplace_notification_settings_callback_body",
        "MarketplaceNotificationSettingsRedirectCallbackBody": ".marketplace_notification_settings_redirect_callback_body",
        "MarketplaceNotificationSettingsRedirectCallbackResponse200": ".marketplace_notification_settings_redirect_callback_response_200",
        "MarketplacePartnerApplicationAddDiscountBody": ".marketplace_partner_application_add_discount_body",
        "MarketplacePartnerApplicationAddDiscountResponse200": ".marketplace_partner_application_add_discount_response_200",
        "MarketplacePartnerApplicationPaymentLinkResponse200": ".marketplace_partner_application_payment_link_response_200",
        "MarketplacePartnerApplicationsTariffsListResponse200Item": ".marketplace_partner_applications_tariffs_list_response_200_item",
        "MarketplacePartnerApplicationsTariffsListResponse200ItemOptionsItem": ".marketplace_partner_applications_tariffs_list_response_200_item_options_item",
        "MarketplacePartnerApplicationsUpdateChannelBody": ".marketplace_partner_applications_update_channel_body",
        "MarketplacePartnerApplicationsUpdateChannelBodyChannelSlug": ".marketplace_partner_applications_update_channel_body_channel_slug",
        "MarketplacePartnerApplicationsUpdateChannelResponse200": ".marketplace_partner_applications_update_channel_response_200",
        "ModelObjectConsumableInService": ".model_object_consumable_in_service",
        "ModelObjectLocationMinimumInformation": ".model_object_location_minimum_information",
        "ModelObjectPermissionOption": ".model_object_permission_option",
        "ModelObjectPermissionType": ".model_object_permission_type",
        "ModelObjectPermissionTypeSlug": ".model_object_permission_type_slug",
        "ModelObjectPermissionValue": ".model_object_permission_value",
        "ModelObjectPermissionWithNestedPermissions": ".model_object_permission_with_nested_permissions",
        "ModelObjectPermissionWithNestedPermissionsChildrenType0Item": ".model_object_permission_with_nested_permissions_children_type_0_item",
        "ModelObjectPresenceOfTipWithoutAmount": ".model_object_presence_of_tip_without_amount",
        "ModelObjectServiceInCustomersHistoryAppointment": ".model_object_service_in_customers_history_appointment",
        "ModelObjectServiceInCustomersHistoryAppointmentPaymentStatus": ".model_object_service_in_customers_history_appointment_payment_status",
        "ObjectOfModelFileInAClientDetails": ".object_of_model_file_in_a_client_details",
        "ObjectOfModelPosition": ".object_of_model_position",
        "ObjectOfModelResourceInstance": ".object_of_model_resource_instance",
        "ObjectOfModelScheduleSeries": ".object_of_model_schedule_series",
        "ObjectOfModelScheduleSeriesDayOfWeek": ".object_of_model_schedule_series_day_of_week",
        "ObjectOfModelTag": ".object_of_model_tag",
        "ObjectOfModelTeamMemberWithPosition": ".object_of_model_team_member_with_position",
        "ObjectOfModelUserWithNameAndAvatar": ".object_of_model_user_with_name_and_avatar",
        "PatchServiceBody": ".patch_service_body",
        "PatchServiceBodyStaffItem": ".patch_service_body_staff_item",
        "PatchServiceResponse200": ".patch_service_response_200",
        "PatchServiceResponse200DatesItemType0": ".patch_service_response_200_dates_item_type_0",
        "PatchServiceResponse200ImageGroupItem": ".patch_service_response_200_image_group_item",
        "PatchServiceResponse200ResourcesItem": ".patch_service_response_200_resources_item",
        "PatchServiceResponse200StaffItem": ".patch_service_response_200_staff_item",
        "PayWithALoyaltyCard": ".pay_with_a_loyalty_card",
        "PayWithALoyaltyCardPayment": ".pay_with_a_loyalty_card_payment",
        "PayWithALoyaltyCardPaymentMethod": ".pay_with_a_loyalty_card_payment_method",
        "PayWithALoyaltyProgram": ".pay_with_a_loyalty_program",
        "PayWithALoyaltyProgramPayment": ".pay_with_a_loyalty_program_payment",
        "PayWithALoyaltyProgramPaymentMethod": ".pay_with_a_loyalty_program_payment_method",
        "PayWithReferralProgramWorksOnlyForVisit": ".pay_with_referral_program_works_only_for_visit",
        "PayWithReferralProgramWorksOnlyForVisitPayment": ".pay_with_referral_program_works_only_for_visit_payment",
        "PayWithReferralProgramWorksOnlyForVisitPaymentMethod": ".pay_with_referral_program_works_only_for_visit_payment_method",
        "PaymentAtTheCheckout": ".payment_at_the_checkout",
        "PaymentAtTheCheckoutPayment": ".payment_at_the_checkout_payment",
        "PaymentAtTheCheckoutPaymentMethod": ".payment_at_the_checkout_payment_method",
        "PaymentDetailsObject": ".payment_details_object",
        "PaymentViaClientPersonalAccount": ".payment_via_client_personal_account",
        "PaymentViaClientPersonalAccountPayment": ".payment_via_client_personal_account_payment",
        "PaymentViaClientPersonalAccountPaymentMethod": ".payment_via_client_personal_account_payment_method",
        "PaymentWithAGiftCard": ".payment_with_a_gift_card",
        "PaymentWithAGiftCardPayment": ".payment_with_a_gift_card_payment",
        "PaymentWithAGiftCardPaymentMethod": ".payment_with_a_gift_card_payment_method",
        "PaymentWithMembershipWorksOnlyForTheVisit": ".payment_with_membership_works_only_for_the_visit",
        "PaymentWithMembershipWorksOnlyForTheVisitPayment": ".payment_with_membership_works_only_for_the_visit_payment",
        "PaymentWithMembershipWorksOnlyForTheVisitPaymentMethod": ".payment_with_membership_works_only_for_the_visit_payment_method",
        "PayrollCalculationDiscrepancyDetailsObject": ".payroll_calculation_discrepancy_details_object",
        "PayrollCalculationDiscrepancyDetailsObjectReason": ".payroll_calculation_discrepancy_details_object_reason",
        "PayrollCalculationRulesDetailsObject": ".payroll_calculation_rules_details_object",
        "PrintFiscalReceiptBody": ".print_fiscal_receipt_body",
        "PrintFiscalReceiptResponse200": ".print_fiscal_receipt_response_200",
        "PrintFiscalReceiptResponse200BillJsonItem": ".print_fiscal_receipt_response_200_bill_json_item",
        "PrintFiscalReceiptResponse200KkmTransactionsItem": ".print_fiscal_receipt_response_200_kkm_transactions_item",
        "PrintFiscalReceiptResponse200KkmTransactionsItemCashier": ".print_fiscal_receipt_response_200_kkm_transactions_item_cashier",
        "PrintFiscalReceiptResponse200KkmTransactionsItemDocument": ".print_fiscal_receipt_response_200_kkm_transactions_item_document",
        "PrintFiscalReceiptResponse200KkmTransactionsItemStatus": ".print_fiscal_receipt_response_200_kkm_transactions_item_status",
        "PrintFiscalReceiptResponse200KkmTransactionsItemType": ".print_fiscal_receipt_response_200_kkm_transactions_item_type",
        "ProductEvent": ".product_event",
        "ProductEventResource": ".product_event_resource",
        "ProductEventStatus": ".product_event_status",
        "ProductOperationEvent": ".product_operation_event",
        "ProductOperationEventResource": ".product_operation_event_resource",
        "ProductOperationEventStatus": ".product_operation_event_status",
        "RemoveServiceFromTeamMemberResponse204Type0": ".remove_service_from_team_member_response_204_type_0",
        "RemoveUserFromLocationsBody": ".remove_user_from_locations_body",
        "RemoveUserFromLocationsBodyUserCompanyLinksItem": ".remove_user_from_locations_body_user_company_links_item",
        "RemoveUserFromLocationsResponse200Type0": ".remove_user_from_locations_response_200_type_0",
        "SalaryBalanceObject": ".salary_balance_object",
        "SalaryCalculationItemObject": ".salary_calculation_item_object",
        "SalaryCalculationItemObjectItemTypeSlug": ".salary_calculation_item_object_item_type_slug",
        "SalaryCalculationItemTargetObject": ".salary_calculation_item_target_object",
        "SalaryCalculationItemTargetObjectTargetTypeSlug": ".salary_calculation_item_target_object_target_type_slug",
        "SalaryCalculationItemTargetRuleObject": ".salary_calculation_item_target_rule_object",
        "SalaryCalculationItemTargetRuleObjectTypeSlug": ".salary_calculation_item_target_rule_object_type_slug",
        "SalaryCalculationObject": ".salary_calculation_object",
        "SalaryCalculationObjectStatus": ".salary_calculation_object_status",
        "SalaryTotals": ".salary_totals",
        "SavingCallInformation": ".saving_call_information",
        "ScheduleEvent": ".schedule_event",
        "ScheduleEventResource": ".schedule_event_resource",
        "ScheduleEventStatus": ".schedule_event_status",
        "ScheduleTeamMemberUpdateDeprecatedBodyItem": ".schedule_team_member_update_deprecated_body_item",
        "ScheduleTeamMemberUpdateDeprecatedBodyItemSlotsItem": ".schedule_team_member_update_deprecated_body_item_slots_item",
        "SearchClientVisitsBody": ".search_client_visits_body",
        "SearchClientVisitsBodyAttendance": ".search_client_visits_body_attendance",
        "SearchClientVisitsBodyPaymentStatusesItem": ".search_client_visits_body_payment_statuses_item",
        "SearchClientVisitsResponse200": ".search_client_visits_response_200",
        "SearchEventServicesResponse200Item": ".search_event_services_response_200_item",
        "SearchEventServicesResponse200ItemCategory": ".search_event_services_response_200_item_category",
        "SearchEventServicesResponse200ItemResourcesItem": ".search_event_services_response_200_item_resources_item",
        "SearchEventServicesResponse200ItemStaffItem": ".search_event_services_response_200_item_staff_item",
        "SearchEventsResponse200Item": ".search_events_response_200_item",
        "SearchEventsResponse200ItemLabelsItem": ".search_events_response_200_item_labels_item",
        "SearchEventsResponse200ItemResourceInstancesItem": ".search_events_response_200_item_resource_instances_item",
        "SearchEventsResponse200ItemService": ".search_events_response_200_item_service",
        "SearchEventsResponse200ItemServiceCategory": ".search_events_response_200_item_service_category",
        "SearchEventsResponse200ItemStaff": ".search_events_response_200_item_staff",
        "SearchEventsResponse200ItemStaffPosition": ".search_events_response_200_item_staff_position",
        "SearchForProductTransactionsResponse200Item": ".search_for_product_transactions_response_200_item",
        "SearchForProductTransactionsResponse200ItemClients": ".search_for_product_transactions_response_200_item_clients",
        "SearchForProductTransactionsResponse200ItemGood": ".search_for_product_transactions_response_200_item_good",
        "SearchForProductTransactionsResponse200ItemMaster": ".search_for_product_transactions_response_200_item_master",
        "SearchForProductTransactionsResponse200ItemService": ".search_for_product_transactions_response_200_item_service",
        "SearchForProductTransactionsResponse200ItemStorage": ".search_for_product_transactions_response_200_item_storage",
        "SearchForProductTransactionsResponse200ItemSupplier": ".search_for_product_transactions_response_200_item_supplier",
        "SearchForProductTransactionsResponse200ItemUnit": ".search_for_product_transactions_response_200_item_unit",
        "SearchMembershipsForEventResponse200": ".search_memberships_for_event_response_200",
        "SearchMembershipsForEventResponse200DataItem": ".search_memberships_for_event_response_200_data_item",
        "SearchMembershipsForEventResponse200DataItemAttributes": ".search_memberships_for_event_response_200_data_item_attributes",
        "SearchMembershipsForEventResponse200DataItemRelationships": ".search_memberships_for_event_response_200_data_item_relationships",
        "SearchMembershipsForEventResponse200DataItemRelationshipsLoyaltyAbonementType": ".search_memberships_for_event_response_200_data_item_relationships_loyalty_abonement_type",
        "SearchMembershipsForEventResponse200DataItemRelationshipsLoyaltyAbonementTypeData": ".search_memberships_for_event_response_200_data_item_relationships_loyalty_abonement_type_data",
        "SearchMembershipsForEventResponse200IncludedItem": ".search_memberships_for_event_response_200_included_item",
        "SearchProductResponse200Item": ".search_product_response_200_item",
        "SearchTeamMemberCalculationDailySalaryResponse200": ".search_team_member_calculation_daily_salary_response_200",
        "SearchTeamMemberCalculationDailySalaryResponse200PayrollDailyItem": ".search_team_member_calculation_daily_salary_response_200_payroll_daily_item",
        "SearchTeamMemberCalculationSalaryResponse200": ".search_team_member_calculation_salary_response_200",
        "SearchTeamMemberPayrollCalculationResponse200Item": ".search_team_member_payroll_calculation_response_200_item",
        "SearchTeamMemberPeriodDailySalaryResponse200": ".search_team_member_period_daily_salary_response_200",
        "SearchTeamMemberPeriodDailySalaryResponse200PeriodCalculationDailyItem": ".search_team_member_period_daily_salary_response_200_period_calculation_daily_item",
        "SearchTeamMemberPeriodSalaryResponse200": ".search_team_member_period_salary_response_200",
        "SearchTimetableEventSchedulesByEventEntityType": ".search_timetable_event_schedules_by_event_entity_type",
        "SearchTimetableEventSchedulesByEventIncludeItem": ".search_timetable_event_schedules_by_event_include_item",
        "SearchTimetableEventSchedulesByEventResponse200": ".search_timetable_event_schedules_by_event_response_200",
        "SearchTimetableEventSchedulesByEventResponse200OriginalEntityType": ".search_timetable_event_schedules_by_event_response_200_original_entity_type",
        "SendBookingVerificationCodeBody": ".send_booking_verification_code_body",
        "SendBookingVerificationCodeResponse201": ".send_booking_verification_code_response_201",
        "SendBookingVerificationCodeResponse201Meta": ".send_booking_verification_code_response_201_meta",
        "SendEmailCampaignToFilteredClientsBody": ".send_email_campaign_to_filtered_clients_body",
        "SendEmailNewsletterToClientsBody": ".send_email_newsletter_to_clients_body",
        "SendSmsCampaignToFilteredClientsBody": ".send_sms_campaign_to_filtered_clients_body",
        "SendSmsToClientsBody": ".send_sms_to_clients_body",
        "ServiceCategoryEvent": ".service_category_event",
        "ServiceCategoryEventResource": ".service_category_event_resource",
        "ServiceCategoryEventStatus": ".service_category_event_status",
        "ServiceEvent": ".service_event",
        "ServiceEventResource": ".service_event_resource",
        "ServiceEventStatus": ".service_event_status",
        "ServiceTitle": ".service_title",
        "SetMarketplaceNotificationShortNamesBody": ".set_marketplace_notification_short_names_body",
        "SetTeamMemberScheduleBody": ".set_team_member_schedule_body",
        "SetTeamMemberScheduleBodySchedulesToDeleteItem": ".set_team_member_schedule_body_schedules_to_delete_item",
        "SetTeamMemberScheduleBodySchedulesToSetItem": ".set_team_member_schedule_body_schedules_to_set_item",
        "SetTeamMemberScheduleBodySchedulesToSetItemSlotsItem": ".set_team_member_schedule_body_schedules_to_set_item_slots_item",
        "SetTeamMemberScheduleResponse200Item": ".set_team_member_schedule_response_200_item",
        "SetTeamMemberScheduleResponse200ItemSlotsItem": ".set_team_member_schedule_response_200_item_slots_item",
        "StaffPositionVariant0": ".staff_position_variant_0",
        "StandardAppointment": ".standard_appointment",
        "StandardAppointmentActivityId": ".standard_appointment_activity_id",
        "StandardAppointmentClient": ".standard_appointment_client",
        "StandardAppointmentCustomFields": ".standard_appointment_custom_fields",
        "StandardAppointmentServicesItem": ".standard_appointment_services_item",
        "SubmitFeedbackFormBody": ".submit_feedback_form_body",
        "TeamMemberEvent": ".team_member_event",
        "TeamMemberEventResource": ".team_member_event_resource",
        "TeamMemberEventStatus": ".team_member_event_status",
        "TheObjectOfTheModelAppointmentInTheHistoryOfVisitsToTheClient": ".the_object_of_the_model_appointment_in_the_history_of_visits_to_the_client",
        "TheObjectOfTheModelAppointmentInTheHistoryOfVisitsToTheClientTipsType2": ".the_object_of_the_model_appointment_in_the_history_of_visits_to_the_client_tips_type_2",
        "TheObjectOfTheModelSaleOfGoodsInTheHistoryOfVisitsToTheClient": ".the_object_of_the_model_sale_of_goods_in_the_history_of_visits_to_the_client",
        "TheObjectOfTheModelSoldProductInTheHistoryOfCustomerVisits": ".the_object_of_the_model_sold_product_in_the_history_of_customer_visits",
        "TheObjectOfTheModelSoldProductInTheHistoryOfCustomerVisitsPaymentStatus": ".the_object_of_the_model_sold_product_in_the_history_of_customer_visits_payment_status",
        "TotalTipModelObject": ".total_tip_model_object",
        "UninstallMarketplaceAppResponse200Type0": ".uninstall_marketplace_app_response_200_type_0",
        "UnlinkAppointmentServiceAssociationBody": ".unlink_appointment_service_association_body",
        "UnlinkAppointmentServiceAssociationResponse200Item": ".unlink_appointment_service_association_response_200_item",
        "UnlinkAppointmentServiceAssociationResponse200ItemConsumablesItem": ".unlink_appointment_service_association_response_200_item_consumables_item",
        "UnlinkAppointmentServiceAssociationResponse200ItemTechnologicalCardsItem": ".unlink_appointment_service_association_response_200_item_technological_cards_item",
        "UpdateAppointmentAttendanceBody": ".update_appointment_attendance_body",
        "UpdateAppointmentAttendanceBodyAttendance": ".update_appointment_attendance_body_attendance",
        "UpdateAppointmentAttendanceResponse200": ".update_appointment_attendance_response_200",
        "UpdateAppointmentAttendanceResponse200Attendance": ".update_appointment_attendance_response_200_attendance",
        "UpdateAppointmentAttendanceResponse200RecordsType0": ".update_appointment_attendance_response_200_records_type_0",
        "UpdateAppointmentAttendanceResponse200RecordsType0AdditionalProperty": ".update_appointment_attendance_response_200_records_type_0_additional_property",
        "UpdateAppointmentCalendarSettingsBody": ".update_appointment_calendar_settings_body",
        "UpdateAppointmentCalendarSettingsResponse200": ".update_appointment_calendar_settings_response_200",
        "UpdateAppointmentResponse201": ".update_appointment_response_201",
        "UpdateAppointmentResponse201Client": ".update_appointment_response_201_client",
        "UpdateAppointmentResponse201DocumentsItem": ".update_appointment_response_201_documents_item",
        "UpdateAppointmentResponse201ServicesItem": ".update_appointment_response_201_services_item",
        "UpdateAppointmentResponse201Staff": ".update_appointment_response_201_staff",
        "UpdateAppointmentServiceConsumablesBody": ".update_appointment_service_consumables_body",
        "UpdateAppointmentServiceConsumablesBodyConsumablesItem": ".update_appointment_service_consumables_body_consumables_item",
        "UpdateAppointmentServiceConsumablesResponse200Item": ".update_appointment_service_consumables_response_200_item",
        "UpdateAppointmentServiceConsumablesResponse200ItemConsumablesItem": ".update_appointment_service_consumables_response_200_item_consumables_item",
        "UpdateAppointmentServiceConsumablesResponse200ItemConsumablesItemGood": ".update_appointment_service_consumables_response_200_item_consumables_item_good",
        "UpdateAppointmentServiceConsumablesResponse200ItemTechnologicalCardsItem": ".update_appointment_service_consumables_response_200_item_technological_cards_item",
        "UpdateAppointmentServiceConsumablesResponse200ItemTechnologicalCardsItemTechnologicalCardItemsItem": ".update_appointment_service_consumables_response_200_item_technological_cards_item_technological_card_items_item",
        "UpdateAppointmentServiceConsumablesResponse200ItemTechnologicalCardsItemTechnologicalCardItemsItemGood": ".update_appointment_service_consumables_response_200_item_technological_cards_item_technological_card_items_item_good",
        "UpdateBookingUserBody": ".update_booking_user_body",
        "UpdateBookingUserPasswordBody": ".update_booking_user_password_body",
        "UpdateBookingUserPasswordResponse200": ".update_booking_user_password_response_200",
        "UpdateBookingWidgetBody": ".update_booking_widget_body",
        "UpdateBookingWidgetBodyButtonPosition": ".update_booking_widget_body_button_position",
        "UpdateBookingWidgetBodyFormPosition": ".update_booking_widget_body_form_position",
        "UpdateBookingWidgetResponse200": ".update_booking_widget_response_200",
        "UpdateBookingWidgetResponse200HeaderImagesType0": ".update_booking_widget_response_200_header_images_type_0",
        "UpdateChainLoyaltyProgramBody": ".update_chain_loyalty_program_body",
        "UpdateChainLoyaltyProgramBodyExpirationTimeoutUnit": ".update_chain_loyalty_program_body_expiration_timeout_unit",
        "UpdateChainLoyaltyProgramInclude": ".update_chain_loyalty_program_include",
        "UpdateChainLoyaltyProgramResponse200": ".update_chain_loyalty_program_response_200",
        "UpdateChainLoyaltyProgramResponse200ExpirationTimeoutUnit": ".update_chain_loyalty_program_response_200_expiration_timeout_unit",
        "UpdateChainLoyaltyProgramResponse200GoodItemType": ".update_chain_loyalty_program_response_200_good_item_type",
        "UpdateChainLoyaltyProgramResponse200ParamsSourceType": ".update_chain_loyalty_program_response_200_params_source_type",
        "UpdateChainLoyaltyProgramResponse200ServiceItemType": ".update_chain_loyalty_program_response_200_service_item_type",
        "UpdateChainLoyaltyProgramResponse200Type": ".update_chain_loyalty_program_response_200_type",
        "UpdateChainLoyaltyProgramResponse200ValueUnit": ".update_chain_loyalty_program_response_200_value_unit",
        "UpdateClientBody": ".update_client_body",
        "UpdateClientBodyCustomFields": ".update_client_body_custom_fields",
        "UpdateClientBodyLabelsType0": ".update_client_body_labels_type_0",
        "UpdateCustomFieldBody": ".update_custom_field_body",
        "UpdateCustomFieldResponse202Item": ".update_custom_field_response_202_item",
        "UpdateCustomFieldResponse202ItemCustomField": ".update_custom_field_response_202_item_custom_field",
        "UpdateCustomFieldResponse202ItemCustomFieldType": ".update_custom_field_response_202_item_custom_field_type",
        "UpdateDocumentBody": ".update_document_body",
        "UpdateDocumentResponse200": ".update_document_response_200",
        "UpdateDocumentResponse200Company": ".update_document_response_200_company",
        "UpdateDocumentResponse200CompanyPhonesItem": ".update_document_response_200_company_phones_item",
        "UpdateDocumentResponse200Storage": ".update_document_response_200_storage",
        "UpdateDocumentResponse200Type": ".update_document_response_200_type",
        "UpdateDocumentResponse200User": ".update_document_response_200_user",
        "UpdateEventBody": ".update_event_body",
        "UpdateEventDuplicationStrategyBody": ".update_event_duplication_strategy_body",
        "UpdateEventDuplicationStrategyBodyDaysItem": ".update_event_duplication_strategy_body_days_item",
        "UpdateEventNotificationSettingsBody": ".update_event_notification_settings_body",
        "UpdateEventNotificationSettingsResponse201": ".update_event_notification_settings_response_201",
        "UpdateEventResponse200": ".update_event_response_200",
        "UpdateEventResponse200DurationDetails": ".update_event_response_200_duration_details",
        "UpdateEventResponse200LabelsItem": ".update_event_response_200_labels_item",
        "UpdateEventResponse200ResourceInstancesItem": ".update_event_response_200_resource_instances_item",
        "UpdateEventResponse200Service": ".update_event_response_200_service",
        "UpdateEventResponse200Staff": ".update_event_response_200_staff",
        "UpdateFinancialTransactionBody": ".update_financial_transaction_body",
        "UpdateFinancialTransactionResponse200Item": ".update_financial_transaction_response_200_item",
        "UpdateFinancialTransactionResponse200ItemAccount": ".update_financial_transaction_response_200_item_account",
        "UpdateFinancialTransactionResponse200ItemClient": ".update_financial_transaction_response_200_item_client",
        "UpdateFinancialTransactionResponse200ItemExpense": ".update_financial_transaction_response_200_item_expense",
        "UpdateFinancialTransactionResponse200ItemMaster": ".update_financial_transaction_response_200_item_master",
        "UpdateFinancialTransactionResponse200ItemSupplier": ".update_financial_transaction_response_200_item_supplier",
        "UpdateLocationBody": ".update_location_body",
        "UpdateLocationBodySocial": ".update_location_body_social",
        "UpdateLocationResponse200": ".update_location_response_200",
        "UpdateLocationResponse200Access": ".update_location_response_200_access",
        "UpdateLocationResponse200MainGroupType0": ".update_location_response_200_main_group_type_0",
        "UpdateLocationResponse200Social": ".update_location_response_200_social",
        "UpdateOnlineBookingDatetimeBody": ".update_online_booking_datetime_body",
        "UpdateOnlineBookingDatetimeResponse200": ".update_online_booking_datetime_response_200",
        "UpdateOnlineBookingDatetimeResponse200Company": ".update_online_booking_datetime_response_200_company",
        "UpdateOnlineBookingDatetimeResponse200ServicesItem": ".update_online_booking_datetime_response_200_services_item",
        "UpdateOnlineBookingDatetimeResponse200Staff": ".update_online_booking_datetime_response_200_staff",
        "UpdateOnlineBookingSettingsBody": ".update_online_booking_settings_body",
        "UpdateOnlineBookingSettingsResponse200": ".update_online_booking_settings_response_200",
        "UpdateProductBody": ".update_product_body",
        "UpdateProductBodyCorrectionRulesItem": ".update_product_body_correction_rules_item",
        "UpdateProductCategoryBody": ".update_product_category_body",
        "UpdateProductCategoryResponse200": ".update_product_category_response_200",
        "UpdateProductResponse200Item": ".update_product_response_200_item",
        "UpdateProductResponse200ItemActualAmountsItem": ".update_product_response_200_item_actual_amounts_item",
        "UpdateServiceCategoryBody": ".update_service_category_body",
        "UpdateServiceCategoryResponse200": ".update_service_category_response_200",
        "UpdateServiceLinksBody": ".update_service_links_body",
        "UpdateServiceLinksBodyTeamMemberSettingsItem": ".update_service_links_body_team_member_settings_item",
        "UpdateServiceLinksBodyTeamMemberSettingsItemPriceType0": ".update_service_links_body_team_member_settings_item_price_type_0",
        "UpdateServiceLinksBodyTranslationsItem": ".update_service_links_body_translations_item",
        "UpdateServiceLinksResponse200": ".update_service_links_response_200",
        "UpdateServiceTeamMemberAssignmentBody": ".update_service_team_member_assignment_body",
        "UpdateServiceTeamMemberAssignmentResponse200": ".update_service_team_member_assignment_response_200",
        "UpdateTagByTagIdBody": ".update_tag_by_tag_id_body",
        "UpdateTeamMemberBody": ".update_team_member_body",
        "UpdateTeamMemberResponse200": ".update_team_member_response_200",
        "UpdateTeamMemberResponse200PositionType0": ".update_team_member_response_200_position_type_0",
        "UpdateTeamMemberScheduleBodyType0": ".update_team_member_schedule_body_type_0",
        "UpdateTeamMemberScheduleBodyType0Slots": ".update_team_member_schedule_body_type_0_slots",
        "UpdateTimetableClientScheduleBody": ".update_timetable_client_schedule_body",
        "UpdateTimetableClientScheduleResponse200": ".update_timetable_client_schedule_response_200",
        "UpdateTimetableEventScheduleBody": ".update_timetable_event_schedule_body",
        "UpdateTimetableEventScheduleResponse200": ".update_timetable_event_schedule_response_200",
        "UpdateTimetableEventScheduleResponse200OriginalEntityType": ".update_timetable_event_schedule_response_200_original_entity_type",
        "UpdateTimetableScheduleDayBody": ".update_timetable_schedule_day_body",
        "UpdateTimetableScheduleDayIncludeItem": ".update_timetable_schedule_day_include_item",
        "UpdateTimetableScheduleDayResponse200": ".update_timetable_schedule_day_response_200",
        "UpdateTimetableScheduleDayResponse200DayOfWeek": ".update_timetable_schedule_day_response_200_day_of_week",
        "UpdateTransactionBody": ".update_transaction_body",
        "UpdateTransactionResponse200": ".update_transaction_response_200",
        "UpdateTransactionResponse200ClientType0Item": ".update_transaction_response_200_client_type_0_item",
        "UpdateTransactionResponse200ClientType1": ".update_transaction_response_200_client_type_1",
        "UpdateTransactionResponse200Good": ".update_transaction_response_200_good",
        "UpdateTransactionResponse200GoodActualAmountsItem": ".update_transaction_response_200_good_actual_amounts_item",
        "UpdateTransactionResponse200GoodLoyaltyCertificateTypeType0": ".update_transaction_response_200_good_loyalty_certificate_type_type_0",
        "UpdateTransactionResponse200GoodsMarksItem": ".update_transaction_response_200_goods_marks_item",
        "UpdateTransactionResponse200MasterType0Item": ".update_transaction_response_200_master_type_0_item",
        "UpdateTransactionResponse200MasterType1": ".update_transaction_response_200_master_type_1",
        "UpdateTransactionResponse200SaleUnitType0": ".update_transaction_response_200_sale_unit_type_0",
        "UpdateTransactionResponse200ServiceUnitType0": ".update_transaction_response_200_service_unit_type_0",
        "UpdateTransactionResponse200Storage": ".update_transaction_response_200_storage",
        "UpdateTransactionResponse200SupplierItem": ".update_transaction_response_200_supplier_item",
        "UpdateTransactionResponse200Type": ".update_transaction_response_200_type",
        "UpdateTransactionResponse200Unit": ".update_transaction_response_200_unit",
        "UpdateUserNotificationSettingsBody": ".update_user_notification_settings_body",
        "UpdateUserNotificationSettingsBodyNotificationTypesItem": ".update_user_notification_settings_body_notification_types_item",
        "UpdateUserNotificationSettingsBodyNotificationTypesItemChannels": ".update_user_notification_settings_body_notification_types_item_channels",
        "UpdateUserNotificationSettingsBodyNotificationTypesItemType": ".update_user_notification_settings_body_notification_types_item_type",
        "UpdateUserNotificationSettingsResponse200": ".update_user_notification_settings_response_200",
        "UpdateUserNotificationSettingsResponse200Mode": ".update_user_notification_settings_response_200_mode",
        "UpdateUserNotificationSettingsResponse200NotificationTypesItem": ".update_user_notification_settings_response_200_notification_types_item",
        "UpdateUserNotificationSettingsResponse200NotificationTypesItemChannels": ".update_user_notification_settings_response_200_notification_types_item_channels",
        "UpdateUserNotificationSettingsResponse200NotificationTypesItemType": ".update_user_notification_settings_response_200_notification_types_item_type",
        "UpdateUserPermissionsBody": ".update_user_permissions_body",
        "UpdateUserPermissionsBodyUserRole": ".update_user_permissions_body_user_role",
        "UpdateUserPermissionsResponse200": ".update_user_permissions_response_200",
        "UpdateUserPermissionsResponse200UserRole": ".update_user_permissions_response_200_user_role",
        "UpdateVisitBody": ".update_visit_body",
        "UpdateVisitBodyDeletedTransactionIdsItem": ".update_visit_body_deleted_transaction_ids_item",
        "UpdateVisitBodyGoodsTransactionsItem": ".update_visit_body_goods_transactions_item",
        "UpdateVisitBodyNewTransactionsItem": ".update_visit_body_new_transactions_item",
        "UpdateVisitBodyServicesItem": ".update_visit_body_services_item",
        "UploadClientFileBody": ".upload_client_file_body",
        "UploadClientFileResponse200Item": ".upload_client_file_response_200_item",
        "UploadImageBody": ".upload_image_body",
        "UploadImageResponse200": ".upload_image_response_200",
        "ValidateBookingParamsBody": ".validate_booking_params_body",
        "ValidateBookingParamsBodyAppointmentsItem": ".validate_booking_params_body_appointments_item",
        "VisitorModelObject": ".visitor_model_object",
        "VisitorModelObjectSlug": ".visitor_model_object_slug",
        "WebhookClientData": ".webhook_client_data",
        "WebhookClientDataCategoriesItem": ".webhook_client_data_categories_item",
        "WebhookClientDataCustomFieldsItem": ".webhook_client_data_custom_fields_item",
        "WebhookClientDataSexId": ".webhook_client_data_sex_id",
        "WebhookClientDataSmsBot": ".webhook_client_data_sms_bot",
        "WebhookClientDataSmsCheck": ".webhook_client_data_sms_check",
        "WebhookClientDataSmsNot": ".webhook_client_data_sms_not",
        "WebhookFinancialOperationData": ".webhook_financial_operation_data",
        "WebhookFinancialOperationDataAccount": ".webhook_financial_operation_data_account",
        "WebhookFinancialOperationDataClient": ".webhook_financial_operation_data_client",
        "WebhookFinancialOperationDataExpense": ".webhook_financial_operation_data_expense",
        "WebhookFinancialOperationDataMaster": ".webhook_financial_operation_data_master",
        "WebhookFinancialOperationDataRecord": ".webhook_financial_operation_data_record",
        "WebhookFinancialOperationDataSupplier": ".webhook_financial_operation_data_supplier",
        "WebhookGoodData": ".webhook_good_data",
        "WebhookGoodDataActualAmountsItem": ".webhook_good_data_actual_amounts_item",
        "WebhookGoodDataLoyaltyAllowEmptyCode": ".webhook_good_data_loyalty_allow_empty_code",
        "WebhookGoodDataLoyaltyCertificateTypeType0": ".webhook_good_data_loyalty_certificate_type_type_0",
        "WebhookGoodDataLoyaltySerialNumberLimited": ".webhook_good_data_loyalty_serial_number_limited",
        "WebhookGoodsOperationData": ".webhook_goods_operation_data",
        "WebhookGoodsOperationDataClient": ".webhook_goods_operation_data_client",
        "WebhookGoodsOperationDataGood": ".webhook_goods_operation_data_good",
        "WebhookGoodsOperationDataMaster": ".webhook_goods_operation_data_master",
        "WebhookGoodsOperationDataService": ".webhook_goods_operation_data_service",
        "WebhookGoodsOperationDataStorage": ".webhook_goods_operation_data_storage",
        "WebhookGoodsOperationDataSupplier": ".webhook_goods_operation_data_supplier",
        "WebhookGoodsOperationDataUnit": ".webhook_goods_operation_data_unit",
        "WebhookLoyaltyCardData": ".webhook_loyalty_card_data",
        "WebhookRecordData": ".webhook_record_data",
        "WebhookRecordDataClientType0": ".webhook_record_data_client_type_0",
        "WebhookRecordDataClientType0ClientTagsItem": ".webhook_record_data_client_type_0_client_tags_item",
        "WebhookRecordDataClientType0CustomFieldsItem": ".webhook_record_data_client_type_0_custom_fields_item",
        "WebhookRecordDataComerPersonInfoType0": ".webhook_record_data_comer_person_info_type_0",
        "WebhookRecordDataComerType0": ".webhook_record_data_comer_type_0",
        "WebhookRecordDataCompositeType0": ".webhook_record_data_composite_type_0",
        "WebhookRecordDataConfirmed": ".webhook_record_data_confirmed",
        "WebhookRecordDataCustomFieldsItem": ".webhook_record_data_custom_fields_item",
        "WebhookRecordDataDocumentsItem": ".webhook_record_data_documents_item",
        "WebhookRecordDataEmailNow": ".webhook_record_data_email_now",
        "WebhookRecordDataGoodsTransactionsItem": ".webhook_record_data_goods_transactions_item",
        "WebhookRecordDataRecordLabelsItem": ".webhook_record_data_record_labels_item",
        "WebhookRecordDataReviewRequested": ".webhook_record_data_review_requested",
        "WebhookRecordDataServicesItem": ".webhook_record_data_services_item",
        "WebhookRecordDataSmsBefore": ".webhook_record_data_sms_before",
        "WebhookRecordDataStaffType0": ".webhook_record_data_staff_type_0",
        "WebhookRecordDataStaffType0Position": ".webhook_record_data_staff_type_0_position",
        "WebhookSalonData": ".webhook_salon_data",
        "WebhookSalonDataActive": ".webhook_salon_data_active",
        "WebhookSalonDataMainGroupType0": ".webhook_salon_data_main_group_type_0",
        "WebhookSalonDataSchedule": ".webhook_salon_data_schedule",
        "WebhookSalonDataSocial": ".webhook_salon_data_social",
        "WebhookServiceCategoryData": ".webhook_service_category_data",
        "WebhookServiceData": ".webhook_service_data",
        "WebhookServiceDataActive": ".webhook_service_data_active",
        "WebhookServiceDataImageGroup": ".webhook_service_data_image_group",
        "WebhookServiceDataStaffItem": ".webhook_service_data_staff_item",
        "WebhookStaffData": ".webhook_staff_data",
        "WebhookStaffDataFired": ".webhook_staff_data_fired",
        "WebhookStaffDataHidden": ".webhook_staff_data_hidden",
        "WebhookStaffDataImageGroup": ".webhook_staff_data_image_group",
        "WebhookStaffDataPosition": ".webhook_staff_data_position",
        "WebhookStaffDataShowRating": ".webhook_staff_data_show_rating",
        "WebhookStaffDataStatus": ".webhook_staff_data_status",
        "WebhookStaffDataUserType0": ".webhook_staff_data_user_type_0",
    },
)
