from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetPermissionListResponse200Settings")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "settings_access",
        "settings_basis_access",
        "settings_information_access",
        "users_access",
        "delete_users_access",
        "create_users_access",
        "edit_users_access",
        "limited_users_access",
        "settings_services_access",
        "settings_services_create_access",
        "services_edit",
        "settings_services_edit_title_access",
        "settings_services_relation_category_access",
        "settings_services_edit_price_access",
        "settings_services_edit_image_access",
        "settings_services_edit_online_seance_date_time_access",
        "settings_services_edit_online_pay_access",
        "settings_services_edit_services_related_resource_access",
        "settings_positions_read",
        "settings_positions_create",
        "settings_positions_delete",
        "edit_master_service_and_duration",
        "tech_card_edit",
        "services_delete",
        "settings_master_access",
        "master_create",
        "master_edit",
        "master_delete",
        "settings_master_dismiss_access",
        "schedule_edit",
        "settings_notifications_access",
        "settings_email_notifications_access",
        "settings_template_notifications_access",
        "webhook_read_access",
        "settings_clients_labels_access",
        "settings_close_docs_access",
        "settings_user_notifications_access",
        "is_salon_tips_manager",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class GetPermissionListResponse200Settings:
    """Section Settings

    Attributes:
        settings_access (bool | Unset): true - there is access to the settings section, false - no access
        settings_basis_access (bool | Unset): true - there is access to the General section, false - no access
        settings_information_access (bool | Unset): true - there is access to the Information section, false - no access
        users_access (bool | Unset): true - there is access to user management, false - no access
        delete_users_access (bool | Unset): true - there is access to delete users, false - no access
        create_users_access (bool | Unset): true - there is access to adding users, false - no access
        edit_users_access (bool | Unset): true - there is access to user rights management, false - no access
        limited_users_access (bool | Unset): true - there is access to rights management within its own set of rights,
            false - no access
        settings_services_access (bool | Unset): true - there is access to the Services section, false - no access
        settings_services_create_access (bool | Unset): true - there is access to create services, false - no access
        services_edit (bool | Unset): true - there is access to editing services, false - no access
        settings_services_edit_title_access (bool | Unset): true - there is access to service names and a name for
            online booking, false - no access
        settings_services_relation_category_access (bool | Unset): true - there is access to service categories, false -
            no access
        settings_services_edit_price_access (bool | Unset): true - there is access to service prices, false - no access
        settings_services_edit_image_access (bool | Unset): true - there is access to image uploads and changes, false -
            no access
        settings_services_edit_online_seance_date_time_access (bool | Unset): true - there is access to displaying
            services in the widget, false - no access
        settings_services_edit_online_pay_access (bool | Unset): true - there is access to online payment for the
            service, false - no access
        settings_services_edit_services_related_resource_access (bool | Unset): true - there is access to the service
            resources, false - no access
        settings_positions_read (bool | Unset): true - there is access to the position section, false - no access
        settings_positions_create (bool | Unset): true - there is access to create posts, false - no access
        settings_positions_delete (bool | Unset): true - there is access to delete posts, false - no access
        edit_master_service_and_duration (bool | Unset): true - there is access to change team member services and their
            duration, false - no access
        tech_card_edit (bool | Unset): true - there is access to change the technological map, false - no access
        services_delete (bool | Unset): true - there is access to delete services, false - no access
        settings_master_access (bool | Unset): true - there is access to the team members section, false - no access
        master_create (bool | Unset): true - there is access to create team members, false - no access
        master_edit (bool | Unset): true - there is access to edit team members, false - no access
        master_delete (bool | Unset): true - there is access to delete team members, false - no access
        settings_master_dismiss_access (bool | Unset): true - there is access to dismiss team members, false - no access
        schedule_edit (bool | Unset): true - there is access to editing the work schedule, false - no access
        settings_notifications_access (bool | Unset): true - there is access to the Sms notification section, false - no
            access
        settings_email_notifications_access (bool | Unset): true - there is access to the Email notification section,
            false - no access
        settings_template_notifications_access (bool | Unset): true - there is access to the Notification types section,
            false - no access
        webhook_read_access (bool | Unset): true - there is access to change WebHook settings, false - no access
        settings_clients_labels_access (bool | Unset): true - there is access to client tags/labels settings, false - no
            access
        settings_close_docs_access (bool | Unset): true - there is access to close documents, false - no access
        settings_user_notifications_access (bool | Unset): true - there is access to user notifications settings, false
            - no access
        is_salon_tips_manager (bool | Unset): true - user is a tips manager, false - not a tips manager
    """

    settings_access: bool | Unset = UNSET
    settings_basis_access: bool | Unset = UNSET
    settings_information_access: bool | Unset = UNSET
    users_access: bool | Unset = UNSET
    delete_users_access: bool | Unset = UNSET
    create_users_access: bool | Unset = UNSET
    edit_users_access: bool | Unset = UNSET
    limited_users_access: bool | Unset = UNSET
    settings_services_access: bool | Unset = UNSET
    settings_services_create_access: bool | Unset = UNSET
    services_edit: bool | Unset = UNSET
    settings_services_edit_title_access: bool | Unset = UNSET
    settings_services_relation_category_access: bool | Unset = UNSET
    settings_services_edit_price_access: bool | Unset = UNSET
    settings_services_edit_image_access: bool | Unset = UNSET
    settings_services_edit_online_seance_date_time_access: bool | Unset = UNSET
    settings_services_edit_online_pay_access: bool | Unset = UNSET
    settings_services_edit_services_related_resource_access: bool | Unset = UNSET
    settings_positions_read: bool | Unset = UNSET
    settings_positions_create: bool | Unset = UNSET
    settings_positions_delete: bool | Unset = UNSET
    edit_master_service_and_duration: bool | Unset = UNSET
    tech_card_edit: bool | Unset = UNSET
    services_delete: bool | Unset = UNSET
    settings_master_access: bool | Unset = UNSET
    master_create: bool | Unset = UNSET
    master_edit: bool | Unset = UNSET
    master_delete: bool | Unset = UNSET
    settings_master_dismiss_access: bool | Unset = UNSET
    schedule_edit: bool | Unset = UNSET
    settings_notifications_access: bool | Unset = UNSET
    settings_email_notifications_access: bool | Unset = UNSET
    settings_template_notifications_access: bool | Unset = UNSET
    webhook_read_access: bool | Unset = UNSET
    settings_clients_labels_access: bool | Unset = UNSET
    settings_close_docs_access: bool | Unset = UNSET
    settings_user_notifications_access: bool | Unset = UNSET
    is_salon_tips_manager: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        settings_access = self.settings_access
        if type(settings_access) is not bool and settings_access is not UNSET:
            settings_access = _fields.write_boolean(settings_access, "settings_access")
        if settings_access is not UNSET:
            field_dict["settings_access"] = settings_access

        settings_basis_access = self.settings_basis_access
        if type(settings_basis_access) is not bool and settings_basis_access is not UNSET:
            settings_basis_access = _fields.write_boolean(settings_basis_access, "settings_basis_access")
        if settings_basis_access is not UNSET:
            field_dict["settings_basis_access"] = settings_basis_access

        settings_information_access = self.settings_information_access
        if type(settings_information_access) is not bool and settings_information_access is not UNSET:
            settings_information_access = _fields.write_boolean(
                settings_information_access, "settings_information_access"
            )
        if settings_information_access is not UNSET:
            field_dict["settings_information_access"] = settings_information_access

        users_access = self.users_access
        if type(users_access) is not bool and users_access is not UNSET:
            users_access = _fields.write_boolean(users_access, "users_access")
        if users_access is not UNSET:
            field_dict["users_access"] = users_access

        delete_users_access = self.delete_users_access
        if type(delete_users_access) is not bool and delete_users_access is not UNSET:
            delete_users_access = _fields.write_boolean(delete_users_access, "delete_users_access")
        if delete_users_access is not UNSET:
            field_dict["delete_users_access"] = delete_users_access

        create_users_access = self.create_users_access
        if type(create_users_access) is not bool and create_users_access is not UNSET:
            create_users_access = _fields.write_boolean(create_users_access, "create_users_access")
        if create_users_access is not UNSET:
            field_dict["create_users_access"] = create_users_access

        edit_users_access = self.edit_users_access
        if type(edit_users_access) is not bool and edit_users_access is not UNSET:
            edit_users_access = _fields.write_boolean(edit_users_access, "edit_users_access")
        if edit_users_access is not UNSET:
            field_dict["edit_users_access"] = edit_users_access

        limited_users_access = self.limited_users_access
        if type(limited_users_access) is not bool and limited_users_access is not UNSET:
            limited_users_access = _fields.write_boolean(limited_users_access, "limited_users_access")
        if limited_users_access is not UNSET:
            field_dict["limited_users_access"] = limited_users_access

        settings_services_access = self.settings_services_access
        if type(settings_services_access) is not bool and settings_services_access is not UNSET:
            settings_services_access = _fields.write_boolean(settings_services_access, "settings_services_access")
        if settings_services_access is not UNSET:
            field_dict["settings_services_access"] = settings_services_access

        settings_services_create_access = self.settings_services_create_access
        if type(settings_services_create_access) is not bool and settings_services_create_access is not UNSET:
            settings_services_create_access = _fields.write_boolean(
                settings_services_create_access, "settings_services_create_access"
            )
        if settings_services_create_access is not UNSET:
            field_dict["settings_services_create_access"] = settings_services_create_access

        services_edit = self.services_edit
        if type(services_edit) is not bool and services_edit is not UNSET:
            services_edit = _fields.write_boolean(services_edit, "services_edit")
        if services_edit is not UNSET:
            field_dict["services_edit"] = services_edit

        settings_services_edit_title_access = self.settings_services_edit_title_access
        if type(settings_services_edit_title_access) is not bool and settings_services_edit_title_access is not UNSET:
            settings_services_edit_title_access = _fields.write_boolean(
                settings_services_edit_title_access, "settings_services_edit_title_access"
            )
        if settings_services_edit_title_access is not UNSET:
            field_dict["settings_services_edit_title_access"] = settings_services_edit_title_access

        settings_services_relation_category_access = self.settings_services_relation_category_access
        if (
            type(settings_services_relation_category_access) is not bool
            and settings_services_relation_category_access is not UNSET
        ):
            settings_services_relation_category_access = _fields.write_boolean(
                settings_services_relation_category_access, "settings_services_relation_category_access"
            )
        if settings_services_relation_category_access is not UNSET:
            field_dict["settings_services_relation_category_access"] = settings_services_relation_category_access

        settings_services_edit_price_access = self.settings_services_edit_price_access
        if type(settings_services_edit_price_access) is not bool and settings_services_edit_price_access is not UNSET:
            settings_services_edit_price_access = _fields.write_boolean(
                settings_services_edit_price_access, "settings_services_edit_price_access"
            )
        if settings_services_edit_price_access is not UNSET:
            field_dict["settings_services_edit_price_access"] = settings_services_edit_price_access

        settings_services_edit_image_access = self.settings_services_edit_image_access
        if type(settings_services_edit_image_access) is not bool and settings_services_edit_image_access is not UNSET:
            settings_services_edit_image_access = _fields.write_boolean(
                settings_services_edit_image_access, "settings_services_edit_image_access"
            )
        if settings_services_edit_image_access is not UNSET:
            field_dict["settings_services_edit_image_access"] = settings_services_edit_image_access

        settings_services_edit_online_seance_date_time_access = (
            self.settings_services_edit_online_seance_date_time_access
        )
        if (
            type(settings_services_edit_online_seance_date_time_access) is not bool
            and settings_services_edit_online_seance_date_time_access is not UNSET
        ):
            settings_services_edit_online_seance_date_time_access = _fields.write_boolean(
                settings_services_edit_online_seance_date_time_access,
                "settings_services_edit_online_seance_date_time_access",
            )
        if settings_services_edit_online_seance_date_time_access is not UNSET:
            field_dict["settings_services_edit_online_seance_date_time_access"] = (
                settings_services_edit_online_seance_date_time_access
            )

        settings_services_edit_online_pay_access = self.settings_services_edit_online_pay_access
        if (
            type(settings_services_edit_online_pay_access) is not bool
            and settings_services_edit_online_pay_access is not UNSET
        ):
            settings_services_edit_online_pay_access = _fields.write_boolean(
                settings_services_edit_online_pay_access, "settings_services_edit_online_pay_access"
            )
        if settings_services_edit_online_pay_access is not UNSET:
            field_dict["settings_services_edit_online_pay_access"] = settings_services_edit_online_pay_access

        settings_services_edit_services_related_resource_access = (
            self.settings_services_edit_services_related_resource_access
        )
        if (
            type(settings_services_edit_services_related_resource_access) is not bool
            and settings_services_edit_services_related_resource_access is not UNSET
        ):
            settings_services_edit_services_related_resource_access = _fields.write_boolean(
                settings_services_edit_services_related_resource_access,
                "settings_services_edit_services_related_resource_access",
            )
        if settings_services_edit_services_related_resource_access is not UNSET:
            field_dict["settings_services_edit_services_related_resource_access"] = (
                settings_services_edit_services_related_resource_access
            )

        settings_positions_read = self.settings_positions_read
        if type(settings_positions_read) is not bool and settings_positions_read is not UNSET:
            settings_positions_read = _fields.write_boolean(settings_positions_read, "settings_positions_read")
        if settings_positions_read is not UNSET:
            field_dict["settings_positions_read"] = settings_positions_read

        settings_positions_create = self.settings_positions_create
        if type(settings_positions_create) is not bool and settings_positions_create is not UNSET:
            settings_positions_create = _fields.write_boolean(settings_positions_create, "settings_positions_create")
        if settings_positions_create is not UNSET:
            field_dict["settings_positions_create"] = settings_positions_create

        settings_positions_delete = self.settings_positions_delete
        if type(settings_positions_delete) is not bool and settings_positions_delete is not UNSET:
            settings_positions_delete = _fields.write_boolean(settings_positions_delete, "settings_positions_delete")
        if settings_positions_delete is not UNSET:
            field_dict["settings_positions_delete"] = settings_positions_delete

        edit_master_service_and_duration = self.edit_master_service_and_duration
        if type(edit_master_service_and_duration) is not bool and edit_master_service_and_duration is not UNSET:
            edit_master_service_and_duration = _fields.write_boolean(
                edit_master_service_and_duration, "edit_master_service_and_duration"
            )
        if edit_master_service_and_duration is not UNSET:
            field_dict["edit_master_service_and_duration"] = edit_master_service_and_duration

        tech_card_edit = self.tech_card_edit
        if type(tech_card_edit) is not bool and tech_card_edit is not UNSET:
            tech_card_edit = _fields.write_boolean(tech_card_edit, "tech_card_edit")
        if tech_card_edit is not UNSET:
            field_dict["tech_card_edit"] = tech_card_edit

        services_delete = self.services_delete
        if type(services_delete) is not bool and services_delete is not UNSET:
            services_delete = _fields.write_boolean(services_delete, "services_delete")
        if services_delete is not UNSET:
            field_dict["services_delete"] = services_delete

        settings_master_access = self.settings_master_access
        if type(settings_master_access) is not bool and settings_master_access is not UNSET:
            settings_master_access = _fields.write_boolean(settings_master_access, "settings_master_access")
        if settings_master_access is not UNSET:
            field_dict["settings_master_access"] = settings_master_access

        master_create = self.master_create
        if type(master_create) is not bool and master_create is not UNSET:
            master_create = _fields.write_boolean(master_create, "master_create")
        if master_create is not UNSET:
            field_dict["master_create"] = master_create

        master_edit = self.master_edit
        if type(master_edit) is not bool and master_edit is not UNSET:
            master_edit = _fields.write_boolean(master_edit, "master_edit")
        if master_edit is not UNSET:
            field_dict["master_edit"] = master_edit

        master_delete = self.master_delete
        if type(master_delete) is not bool and master_delete is not UNSET:
            master_delete = _fields.write_boolean(master_delete, "master_delete")
        if master_delete is not UNSET:
            field_dict["master_delete"] = master_delete

        settings_master_dismiss_access = self.settings_master_dismiss_access
        if type(settings_master_dismiss_access) is not bool and settings_master_dismiss_access is not UNSET:
            settings_master_dismiss_access = _fields.write_boolean(
                settings_master_dismiss_access, "settings_master_dismiss_access"
            )
        if settings_master_dismiss_access is not UNSET:
            field_dict["settings_master_dismiss_access"] = settings_master_dismiss_access

        schedule_edit = self.schedule_edit
        if type(schedule_edit) is not bool and schedule_edit is not UNSET:
            schedule_edit = _fields.write_boolean(schedule_edit, "schedule_edit")
        if schedule_edit is not UNSET:
            field_dict["schedule_edit"] = schedule_edit

        settings_notifications_access = self.settings_notifications_access
        if type(settings_notifications_access) is not bool and settings_notifications_access is not UNSET:
            settings_notifications_access = _fields.write_boolean(
                settings_notifications_access, "settings_notifications_access"
            )
        if settings_notifications_access is not UNSET:
            field_dict["settings_notifications_access"] = settings_notifications_access

        settings_email_notifications_access = self.settings_email_notifications_access
        if type(settings_email_notifications_access) is not bool and settings_email_notifications_access is not UNSET:
            settings_email_notifications_access = _fields.write_boolean(
                settings_email_notifications_access, "settings_email_notifications_access"
            )
        if settings_email_notifications_access is not UNSET:
            field_dict["settings_email_notifications_access"] = settings_email_notifications_access

        settings_template_notifications_access = self.settings_template_notifications_access
        if (
            type(settings_template_notifications_access) is not bool
            and settings_template_notifications_access is not UNSET
        ):
            settings_template_notifications_access = _fields.write_boolean(
                settings_template_notifications_access, "settings_template_notifications_access"
            )
        if settings_template_notifications_access is not UNSET:
            field_dict["settings_template_notifications_access"] = settings_template_notifications_access

        webhook_read_access = self.webhook_read_access
        if type(webhook_read_access) is not bool and webhook_read_access is not UNSET:
            webhook_read_access = _fields.write_boolean(webhook_read_access, "webhook_read_access")
        if webhook_read_access is not UNSET:
            field_dict["webhook_read_access"] = webhook_read_access

        settings_clients_labels_access = self.settings_clients_labels_access
        if type(settings_clients_labels_access) is not bool and settings_clients_labels_access is not UNSET:
            settings_clients_labels_access = _fields.write_boolean(
                settings_clients_labels_access, "settings_clients_labels_access"
            )
        if settings_clients_labels_access is not UNSET:
            field_dict["settings_clients_labels_access"] = settings_clients_labels_access

        settings_close_docs_access = self.settings_close_docs_access
        if type(settings_close_docs_access) is not bool and settings_close_docs_access is not UNSET:
            settings_close_docs_access = _fields.write_boolean(settings_close_docs_access, "settings_close_docs_access")
        if settings_close_docs_access is not UNSET:
            field_dict["settings_close_docs_access"] = settings_close_docs_access

        settings_user_notifications_access = self.settings_user_notifications_access
        if type(settings_user_notifications_access) is not bool and settings_user_notifications_access is not UNSET:
            settings_user_notifications_access = _fields.write_boolean(
                settings_user_notifications_access, "settings_user_notifications_access"
            )
        if settings_user_notifications_access is not UNSET:
            field_dict["settings_user_notifications_access"] = settings_user_notifications_access

        is_salon_tips_manager = self.is_salon_tips_manager
        if type(is_salon_tips_manager) is not bool and is_salon_tips_manager is not UNSET:
            is_salon_tips_manager = _fields.write_boolean(is_salon_tips_manager, "is_salon_tips_manager")
        if is_salon_tips_manager is not UNSET:
            field_dict["is_salon_tips_manager"] = is_salon_tips_manager

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        settings_access = _get("settings_access", UNSET)
        if type(settings_access) is not bool and settings_access is not UNSET:
            settings_access = _fields.read_boolean(settings_access, "settings_access")

        settings_basis_access = _get("settings_basis_access", UNSET)
        if type(settings_basis_access) is not bool and settings_basis_access is not UNSET:
            settings_basis_access = _fields.read_boolean(settings_basis_access, "settings_basis_access")

        settings_information_access = _get("settings_information_access", UNSET)
        if type(settings_information_access) is not bool and settings_information_access is not UNSET:
            settings_information_access = _fields.read_boolean(
                settings_information_access, "settings_information_access"
            )

        users_access = _get("users_access", UNSET)
        if type(users_access) is not bool and users_access is not UNSET:
            users_access = _fields.read_boolean(users_access, "users_access")

        delete_users_access = _get("delete_users_access", UNSET)
        if type(delete_users_access) is not bool and delete_users_access is not UNSET:
            delete_users_access = _fields.read_boolean(delete_users_access, "delete_users_access")

        create_users_access = _get("create_users_access", UNSET)
        if type(create_users_access) is not bool and create_users_access is not UNSET:
            create_users_access = _fields.read_boolean(create_users_access, "create_users_access")

        edit_users_access = _get("edit_users_access", UNSET)
        if type(edit_users_access) is not bool and edit_users_access is not UNSET:
            edit_users_access = _fields.read_boolean(edit_users_access, "edit_users_access")

        limited_users_access = _get("limited_users_access", UNSET)
        if type(limited_users_access) is not bool and limited_users_access is not UNSET:
            limited_users_access = _fields.read_boolean(limited_users_access, "limited_users_access")

        settings_services_access = _get("settings_services_access", UNSET)
        if type(settings_services_access) is not bool and settings_services_access is not UNSET:
            settings_services_access = _fields.read_boolean(settings_services_access, "settings_services_access")

        settings_services_create_access = _get("settings_services_create_access", UNSET)
        if type(settings_services_create_access) is not bool and settings_services_create_access is not UNSET:
            settings_services_create_access = _fields.read_boolean(
                settings_services_create_access, "settings_services_create_access"
            )

        services_edit = _get("services_edit", UNSET)
        if type(services_edit) is not bool and services_edit is not UNSET:
            services_edit = _fields.read_boolean(services_edit, "services_edit")

        settings_services_edit_title_access = _get("settings_services_edit_title_access", UNSET)
        if type(settings_services_edit_title_access) is not bool and settings_services_edit_title_access is not UNSET:
            settings_services_edit_title_access = _fields.read_boolean(
                settings_services_edit_title_access, "settings_services_edit_title_access"
            )

        settings_services_relation_category_access = _get("settings_services_relation_category_access", UNSET)
        if (
            type(settings_services_relation_category_access) is not bool
            and settings_services_relation_category_access is not UNSET
        ):
            settings_services_relation_category_access = _fields.read_boolean(
                settings_services_relation_category_access, "settings_services_relation_category_access"
            )

        settings_services_edit_price_access = _get("settings_services_edit_price_access", UNSET)
        if type(settings_services_edit_price_access) is not bool and settings_services_edit_price_access is not UNSET:
            settings_services_edit_price_access = _fields.read_boolean(
                settings_services_edit_price_access, "settings_services_edit_price_access"
            )

        settings_services_edit_image_access = _get("settings_services_edit_image_access", UNSET)
        if type(settings_services_edit_image_access) is not bool and settings_services_edit_image_access is not UNSET:
            settings_services_edit_image_access = _fields.read_boolean(
                settings_services_edit_image_access, "settings_services_edit_image_access"
            )

        settings_services_edit_online_seance_date_time_access = _get(
            "settings_services_edit_online_seance_date_time_access", UNSET
        )
        if (
            type(settings_services_edit_online_seance_date_time_access) is not bool
            and settings_services_edit_online_seance_date_time_access is not UNSET
        ):
            settings_services_edit_online_seance_date_time_access = _fields.read_boolean(
                settings_services_edit_online_seance_date_time_access,
                "settings_services_edit_online_seance_date_time_access",
            )

        settings_services_edit_online_pay_access = _get("settings_services_edit_online_pay_access", UNSET)
        if (
            type(settings_services_edit_online_pay_access) is not bool
            and settings_services_edit_online_pay_access is not UNSET
        ):
            settings_services_edit_online_pay_access = _fields.read_boolean(
                settings_services_edit_online_pay_access, "settings_services_edit_online_pay_access"
            )

        settings_services_edit_services_related_resource_access = _get(
            "settings_services_edit_services_related_resource_access", UNSET
        )
        if (
            type(settings_services_edit_services_related_resource_access) is not bool
            and settings_services_edit_services_related_resource_access is not UNSET
        ):
            settings_services_edit_services_related_resource_access = _fields.read_boolean(
                settings_services_edit_services_related_resource_access,
                "settings_services_edit_services_related_resource_access",
            )

        settings_positions_read = _get("settings_positions_read", UNSET)
        if type(settings_positions_read) is not bool and settings_positions_read is not UNSET:
            settings_positions_read = _fields.read_boolean(settings_positions_read, "settings_positions_read")

        settings_positions_create = _get("settings_positions_create", UNSET)
        if type(settings_positions_create) is not bool and settings_positions_create is not UNSET:
            settings_positions_create = _fields.read_boolean(settings_positions_create, "settings_positions_create")

        settings_positions_delete = _get("settings_positions_delete", UNSET)
        if type(settings_positions_delete) is not bool and settings_positions_delete is not UNSET:
            settings_positions_delete = _fields.read_boolean(settings_positions_delete, "settings_positions_delete")

        edit_master_service_and_duration = _get("edit_master_service_and_duration", UNSET)
        if type(edit_master_service_and_duration) is not bool and edit_master_service_and_duration is not UNSET:
            edit_master_service_and_duration = _fields.read_boolean(
                edit_master_service_and_duration, "edit_master_service_and_duration"
            )

        tech_card_edit = _get("tech_card_edit", UNSET)
        if type(tech_card_edit) is not bool and tech_card_edit is not UNSET:
            tech_card_edit = _fields.read_boolean(tech_card_edit, "tech_card_edit")

        services_delete = _get("services_delete", UNSET)
        if type(services_delete) is not bool and services_delete is not UNSET:
            services_delete = _fields.read_boolean(services_delete, "services_delete")

        settings_master_access = _get("settings_master_access", UNSET)
        if type(settings_master_access) is not bool and settings_master_access is not UNSET:
            settings_master_access = _fields.read_boolean(settings_master_access, "settings_master_access")

        master_create = _get("master_create", UNSET)
        if type(master_create) is not bool and master_create is not UNSET:
            master_create = _fields.read_boolean(master_create, "master_create")

        master_edit = _get("master_edit", UNSET)
        if type(master_edit) is not bool and master_edit is not UNSET:
            master_edit = _fields.read_boolean(master_edit, "master_edit")

        master_delete = _get("master_delete", UNSET)
        if type(master_delete) is not bool and master_delete is not UNSET:
            master_delete = _fields.read_boolean(master_delete, "master_delete")

        settings_master_dismiss_access = _get("settings_master_dismiss_access", UNSET)
        if type(settings_master_dismiss_access) is not bool and settings_master_dismiss_access is not UNSET:
            settings_master_dismiss_access = _fields.read_boolean(
                settings_master_dismiss_access, "settings_master_dismiss_access"
            )

        schedule_edit = _get("schedule_edit", UNSET)
        if type(schedule_edit) is not bool and schedule_edit is not UNSET:
            schedule_edit = _fields.read_boolean(schedule_edit, "schedule_edit")

        settings_notifications_access = _get("settings_notifications_access", UNSET)
        if type(settings_notifications_access) is not bool and settings_notifications_access is not UNSET:
            settings_notifications_access = _fields.read_boolean(
                settings_notifications_access, "settings_notifications_access"
            )

        settings_email_notifications_access = _get("settings_email_notifications_access", UNSET)
        if type(settings_email_notifications_access) is not bool and settings_email_notifications_access is not UNSET:
            settings_email_notifications_access = _fields.read_boolean(
                settings_email_notifications_access, "settings_email_notifications_access"
            )

        settings_template_notifications_access = _get("settings_template_notifications_access", UNSET)
        if (
            type(settings_template_notifications_access) is not bool
            and settings_template_notifications_access is not UNSET
        ):
            settings_template_notifications_access = _fields.read_boolean(
                settings_template_notifications_access, "settings_template_notifications_access"
            )

        webhook_read_access = _get("webhook_read_access", UNSET)
        if type(webhook_read_access) is not bool and webhook_read_access is not UNSET:
            webhook_read_access = _fields.read_boolean(webhook_read_access, "webhook_read_access")

        settings_clients_labels_access = _get("settings_clients_labels_access", UNSET)
        if type(settings_clients_labels_access) is not bool and settings_clients_labels_access is not UNSET:
            settings_clients_labels_access = _fields.read_boolean(
                settings_clients_labels_access, "settings_clients_labels_access"
            )

        settings_close_docs_access = _get("settings_close_docs_access", UNSET)
        if type(settings_close_docs_access) is not bool and settings_close_docs_access is not UNSET:
            settings_close_docs_access = _fields.read_boolean(settings_close_docs_access, "settings_close_docs_access")

        settings_user_notifications_access = _get("settings_user_notifications_access", UNSET)
        if type(settings_user_notifications_access) is not bool and settings_user_notifications_access is not UNSET:
            settings_user_notifications_access = _fields.read_boolean(
                settings_user_notifications_access, "settings_user_notifications_access"
            )

        is_salon_tips_manager = _get("is_salon_tips_manager", UNSET)
        if type(is_salon_tips_manager) is not bool and is_salon_tips_manager is not UNSET:
            is_salon_tips_manager = _fields.read_boolean(is_salon_tips_manager, "is_salon_tips_manager")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.settings_access = settings_access
        _model.settings_basis_access = settings_basis_access
        _model.settings_information_access = settings_information_access
        _model.users_access = users_access
        _model.delete_users_access = delete_users_access
        _model.create_users_access = create_users_access
        _model.edit_users_access = edit_users_access
        _model.limited_users_access = limited_users_access
        _model.settings_services_access = settings_services_access
        _model.settings_services_create_access = settings_services_create_access
        _model.services_edit = services_edit
        _model.settings_services_edit_title_access = settings_services_edit_title_access
        _model.settings_services_relation_category_access = settings_services_relation_category_access
        _model.settings_services_edit_price_access = settings_services_edit_price_access
        _model.settings_services_edit_image_access = settings_services_edit_image_access
        _model.settings_services_edit_online_seance_date_time_access = (
            settings_services_edit_online_seance_date_time_access
        )
        _model.settings_services_edit_online_pay_access = settings_services_edit_online_pay_access
        _model.settings_services_edit_services_related_resource_access = (
            settings_services_edit_services_related_resource_access
        )
        _model.settings_positions_read = settings_positions_read
        _model.settings_positions_create = settings_positions_create
        _model.settings_positions_delete = settings_positions_delete
        _model.edit_master_service_and_duration = edit_master_service_and_duration
        _model.tech_card_edit = tech_card_edit
        _model.services_delete = services_delete
        _model.settings_master_access = settings_master_access
        _model.master_create = master_create
        _model.master_edit = master_edit
        _model.master_delete = master_delete
        _model.settings_master_dismiss_access = settings_master_dismiss_access
        _model.schedule_edit = schedule_edit
        _model.settings_notifications_access = settings_notifications_access
        _model.settings_email_notifications_access = settings_email_notifications_access
        _model.settings_template_notifications_access = settings_template_notifications_access
        _model.webhook_read_access = webhook_read_access
        _model.settings_clients_labels_access = settings_clients_labels_access
        _model.settings_close_docs_access = settings_close_docs_access
        _model.settings_user_notifications_access = settings_user_notifications_access
        _model.is_salon_tips_manager = is_salon_tips_manager
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetPermissionListResponse200Settings:
            _fields.init_added_fields(_model, GetPermissionListResponse200Settings)
        return _model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
