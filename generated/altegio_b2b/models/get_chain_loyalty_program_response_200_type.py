from .._runtime.enums import OpenStrEnum


class GetChainLoyaltyProgramResponse200Type(OpenStrEnum):
    CASHBACK_ACCUMULATIVE_PAID = "cashback_accumulative_paid"
    CASHBACK_ACCUMULATIVE_PAID_VISITS = "cashback_accumulative_paid_visits"
    CASHBACK_ACCUMULATIVE_SOLD = "cashback_accumulative_sold"
    CASHBACK_ACCUMULATIVE_SOLD_VISITS = "cashback_accumulative_sold_visits"
    CASHBACK_PAID_VISITS = "cashback_paid_visits"
    CASHBACK_SOLD_VISITS = "cashback_sold_visits"
    CASHBACK_STATIC_PAID = "cashback_static_paid"
    CASHBACK_STATIC_SOLD = "cashback_static_sold"
    DISCOUNT_ACCUMULATIVE_PAID = "discount_accumulative_paid"
    DISCOUNT_ACCUMULATIVE_SOLD = "discount_accumulative_sold"
    DISCOUNT_ACCUMULATIVE_VISITS = "discount_accumulative_visits"
    DISCOUNT_STATIC = "discount_static"
    PACKAGE_DISCOUNT = "package_discount"
