from .._runtime.enums import OpenStrEnum


class GetChainLoyaltyNotificationTemplateListResponse200ItemType(OpenStrEnum):
    BIG = "big"
    CUSTOM = "custom"
    MID = "mid"
    SMALL = "small"
