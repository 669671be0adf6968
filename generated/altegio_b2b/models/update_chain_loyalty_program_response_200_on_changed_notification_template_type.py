from .._runtime.enums import OpenStrEnum


class UpdateChainLoyaltyProgramResponse200OnChangedNotificationTemplateType(OpenStrEnum):
    BIG = "big"
    CUSTOM = "custom"
    MID = "mid"
    SMALL = "small"
