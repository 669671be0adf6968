from .._runtime.enums import OpenStrEnum


class UpdateChainLoyaltyProgramBodyOnExpirationNotificationTemplateType(OpenStrEnum):
    BIG = "big"
    CUSTOM = "custom"
    MID = "mid"
    NONE = "none"
    SMALL = "small"
