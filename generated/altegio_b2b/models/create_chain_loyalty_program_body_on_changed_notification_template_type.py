from .._runtime.enums import OpenStrEnum


class CreateChainLoyaltyProgramBodyOnChangedNotificationTemplateType(OpenStrEnum):
    BIG = "big"
    CUSTOM = "custom"
    MID = "mid"
    NONE = "none"
    SMALL = "small"
