from enum import Enum


class UpdateChainLoyaltyProgramBodyOnExpirationNotificationTemplateType(str, Enum):
    BIG = "big"
    CUSTOM = "custom"
    MID = "mid"
    NONE = "none"
    SMALL = "small"

    def __str__(self) -> str:
        return str(self.value)
