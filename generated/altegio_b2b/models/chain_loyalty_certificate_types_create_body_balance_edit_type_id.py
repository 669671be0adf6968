from .._runtime.enums import OpenIntEnum


class ChainLoyaltyCertificateTypesCreateBodyBalanceEditTypeId(OpenIntEnum):
    VALUE_1 = 1
    VALUE_2 = 2
