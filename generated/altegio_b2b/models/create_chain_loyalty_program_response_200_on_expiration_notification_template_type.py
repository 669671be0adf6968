from .._runtime.enums import OpenStrEnum


class CreateChainLoyaltyProgramResponse200OnExpirationNotificationTemplateType(OpenStrEnum):
    BIG = "big"
    CUSTOM = "custom"
    MID = "mid"
    SMALL = "small"
