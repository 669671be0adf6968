from .._runtime.enums import OpenStrEnum


class GetClientListBodyOperation(OpenStrEnum):
    AND = "AND"
    OR = "OR"
