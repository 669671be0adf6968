from .._runtime.enums import OpenStrEnum


class GetTagListByEntityEntity(OpenStrEnum):
    ACTIVITY = "activity"
    CLIENT = "client"
    COMMON = "common"
    RECORD = "record"
