from .._runtime.enums import OpenIntEnum


class ChainLoyaltyCertificateTypesUpdateBodyItemTypeId(OpenIntEnum):
    VALUE_0 = 0
    VALUE_1 = 1
    VALUE_2 = 2
    VALUE_3 = 3
    VALUE_4 = 4
