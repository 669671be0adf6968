from .._runtime.enums import OpenStrEnum


class GetUserNotificationSettingsResponse200NotificationTypesItemType(OpenStrEnum):
    LICENSE_EXPIRE = "license_expire"
    RECORD_CREATE_OFFLINE_ADMIN = "record_create_offline_admin"
    RECORD_CREATE_OFFLINE_STAFF = "record_create_offline_staff"
    RECORD_CREATE_ONLINE_ADMIN = "record_create_online_admin"
    RECORD_CREATE_ONLINE_STAFF = "record_create_online_staff"
    RECORD_DELETE_ADMIN = "record_delete_admin"
    RECORD_DELETE_STAFF = "record_delete_staff"
    RECORD_MOVE_ADMIN = "record_move_admin"
    RECORD_MOVE_STAFF = "record_move_staff"
