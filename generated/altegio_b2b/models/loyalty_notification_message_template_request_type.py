from .._runtime.enums import OpenStrEnum


class LoyaltyNotificationMessageTemplateRequestType(OpenStrEnum):
    BIG = "big"
    CUSTOM = "custom"
    MID = "mid"
    NONE = "none"
    SMALL = "small"
