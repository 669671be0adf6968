from .._runtime.enums import OpenStrEnum


class UpdateChainLoyaltyProgramBodyOnChangedNotificationTemplateType(OpenStrEnum):
    BIG = "big"
    CUSTOM = "custom"
    MID = "mid"
    NONE = "none"
    SMALL = "small"
