from .._runtime.enums import OpenIntEnum


class ChainLoyaltyMembershipTypesCreateBodyExpirationTypeId(OpenIntEnum):
    VALUE_1 = 1
    VALUE_2 = 2
    VALUE_3 = 3
