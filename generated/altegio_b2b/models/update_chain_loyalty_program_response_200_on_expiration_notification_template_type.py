from enum import Enum


class UpdateChainLoyaltyProgramResponse200OnExpirationNotificationTemplateType(str, Enum):
    BIG = "big"
    CUSTOM = "custom"
    MID = "mid"
    SMALL = "small"

    def __str__(self) -> str:
        return str(self.value)
