from .._runtime.enums import OpenIntEnum


class ChainLoyaltyCertificateTypesUpdateBodyBalanceEditTypeId(OpenIntEnum):
    VALUE_1 = 1
    VALUE_2 = 2
