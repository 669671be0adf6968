from .._runtime.enums import OpenStrEnum


class LoyaltyNotificationMessageTemplateType(OpenStrEnum):
    BIG = "big"
    CUSTOM = "custom"
    MID = "mid"
    SMALL = "small"
