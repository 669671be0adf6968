from .._runtime.enums import OpenStrEnum


class GetClientListBodyFieldsItem(OpenStrEnum):
    DEPOSIT_BALANCE = "deposit_balance"
    DISCOUNT = "discount"
    EMAIL = "email"
    FIRST_VISIT_DATE = "first_visit_date"
    ID = "id"
    LAST_VISIT_DATE = "last_visit_date"
    NAME = "name"
    PATRONYMIC = "patronymic"
    PHONE = "phone"
    RESERVED_DEPOSIT_BALANCE = "reserved_deposit_balance"
    SOLD_AMOUNT = "sold_amount"
    SURNAME = "surname"
    TIPS_COUNT = "tips_count"
    VISITS_COUNT = "visits_count"
