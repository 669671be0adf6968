from .._runtime.enums import OpenStrEnum


class CreateChainLoyaltyProgramBodyOnExpirationNotificationTemplateType(OpenStrEnum):
    BIG = "big"
    CUSTOM = "custom"
    MID = "mid"
    NONE = "none"
    SMALL = "small"
