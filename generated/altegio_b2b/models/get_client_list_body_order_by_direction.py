from .._runtime.enums import OpenStrEnum


class GetClientListBodyOrderByDirection(OpenStrEnum):
    ASC = "ASC"
    DESC = "DESC"
