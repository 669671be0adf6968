from .._runtime.enums import OpenStrEnum


class ModelObjectPermissionTypeSlug(OpenStrEnum):
    ALLOWED_ID = "allowed_id"
    ALLOWED_IDS = "allowed_ids"
    ALLOWED_IP = "allowed_ip"
    HAS_ACCESS = "has_access"
    HAS_ALLOWED_IDS = "has_allowed_ids"
    HAS_GROUP_ACCESS = "has_group_access"
    HAS_LIMITED_ACCESS = "has_limited_access"
    HAS_LIMITED_BY_OWN_ACCESS = "has_limited_by_own_access"
    HAS_LIMITED_TODAY = "has_limited_today"
    LAST_DAYS_COUNT = "last_days_count"
