from enum import Enum


class GetChainLoyaltyProgramResponse200OnExpirationNotificationTemplateType(str, Enum):
    BIG = "big"
    CUSTOM = "custom"
    MID = "mid"
    SMALL = "small"

    def __str__(self) -> str:
        return str(self.value)
