from .._runtime.enums import OpenStrEnum


class GetChainLoyaltyProgramInclude(OpenStrEnum):
    APPLICABLE_ITEMS = "applicable_items"
    COMPANIES = "companies"
    LOYALTY_CARD_TYPES = "loyalty_card_types"
    ON_CHANGED_NOTIFICATION_TEMPLATE = "on_changed_notification_template"
    ON_EXPIRATION_NOTIFICATION_TEMPLATE = "on_expiration_notification_template"
    RULES = "rules"
