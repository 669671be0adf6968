from .._runtime.enums import OpenStrEnum


class GetClientListBodyOrderBy(OpenStrEnum):
    DISCOUNT = "discount"
    EMAIL = "email"
    FIRST_VISIT_DATE = "first_visit_date"
    ID = "id"
    LAST_VISIT_DATE = "last_visit_date"
    NAME = "name"
    PHONE = "phone"
    SOLD_AMOUNT = "sold_amount"
    VISIT_COUNT = "visit_count"
