from enum import Enum


class GetClientListBodyOrderBy(str, Enum):
    DISCOUNT = "discount"
    EMAIL = "email"
    FIRST_VISIT_DATE = "first_visit_date"
    ID = "id"
    LAST_VISIT_DATE = "last_visit_date"
    NAME = "name"
    PHONE = "phone"
    SOLD_AMOUNT = "sold_amount"
    VISITS_COUNT = "visits_count"

    def __str__(self) -> str:
        return str(self.value)
