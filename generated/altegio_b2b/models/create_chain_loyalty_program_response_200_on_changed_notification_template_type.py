from .._runtime.enums import OpenStrEnum


class CreateChainLoyaltyProgramResponse200OnChangedNotificationTemplateType(OpenStrEnum):
    BIG = "big"
    CUSTOM = "custom"
    MID = "mid"
    SMALL = "small"
