from .._runtime.enums import OpenStrEnum


class FiscalizationRequestDataTypesType(OpenStrEnum):
    RETURN = "return"
    SALE = "sale"
