from enum import Enum


class GetTagListByEntityEntity(str, Enum):
    ACTIVITY = "activity"
    CLIENT = "client"
    COMMON = "common"
    RECORD = "record"

    def __str__(self) -> str:
        return str(self.value)
