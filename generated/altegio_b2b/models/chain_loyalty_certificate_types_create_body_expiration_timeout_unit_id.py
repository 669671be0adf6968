from .._runtime.enums import OpenIntEnum


class ChainLoyaltyCertificateTypesCreateBodyExpirationTimeoutUnitId(OpenIntEnum):
    VALUE_1 = 1
    VALUE_2 = 2
    VALUE_3 = 3
    VALUE_4 = 4
