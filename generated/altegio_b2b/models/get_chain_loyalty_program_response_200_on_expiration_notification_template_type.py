from .._runtime.enums import OpenStrEnum


class GetChainLoyaltyProgramResponse200OnExpirationNotificationTemplateType(OpenStrEnum):
    BIG = "big"
    CUSTOM = "custom"
    MID = "mid"
    SMALL = "small"
