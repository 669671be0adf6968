from .._runtime.enums import OpenStrEnum


class GetChainLoyaltyProgramResponse200OnChangedNotificationTemplateType(OpenStrEnum):
    BIG = "big"
    CUSTOM = "custom"
    MID = "mid"
    SMALL = "small"
