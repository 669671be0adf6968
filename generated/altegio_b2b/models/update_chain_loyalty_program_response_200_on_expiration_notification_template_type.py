from .._runtime.enums import OpenStrEnum


class UpdateChainLoyaltyProgramResponse200OnExpirationNotificationTemplateType(OpenStrEnum):
    BIG = "big"
    CUSTOM = "custom"
    MID = "mid"
    SMALL = "small"
