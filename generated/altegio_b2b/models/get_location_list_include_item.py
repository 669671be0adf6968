from .._runtime.enums import OpenStrEnum


class GetLocationListIncludeItem(OpenStrEnum):
    ACCOUNTS = "accounts"
    EXPENSES = "expenses"
    POSITIONS = "positions"
    STAFF = "staff"
    STORAGES = "storages"
