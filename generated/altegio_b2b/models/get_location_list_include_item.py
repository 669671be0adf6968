from enum import Enum


class GetLocationListIncludeItem(str, Enum):
    ACCOUNTS = "accounts"
    EXPENSES = "expenses"
    POSITIONS = "positions"
    STAFF = "staff"
    STORAGES = "storages"

    def __str__(self) -> str:
        return str(self.value)
