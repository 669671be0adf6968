"""Altegio's Business Management API: one package per tag, ``altegio_b2b.api.<tag>.<operation_id>``.

- ``analytics_reports``: Analytics & Reports
- ``appointments``: Appointments
- ``authentication_b2b``: Authentication B2B
- ``chain_loyalty_programs``: Chain Loyalty Programs
- ``chain_management``: Chain Management
- ``clients``: Clients
- ``custom_fields``: Custom Fields
- ``deposits``: Deposits
- ``events``: Events
- ``fiscalization``: Fiscalization
- ``inventory``: Inventory
- ``locations``: Locations
- ``loyalty_cards``: Loyalty Cards
- ``loyalty_programs``: Loyalty Programs
- ``notifications``: Notifications
- ``online_booking_settings``: Online Booking Settings
- ``payments``: Payments
- ``products``: Products
- ``salary``: Salary
- ``sales``: Sales
- ``schedule_resources``: Schedule & Resources
- ``services``: Services
- ``subscriptions_certificates``: Subscriptions & Certificates
- ``tags``: Tags
- ``team_members``: Team Members
- ``users_permissions``: Users & Permissions
- ``utilities``: Utilities
"""

from typing import TYPE_CHECKING

from .._runtime.lazy import lazy_attributes

if TYPE_CHECKING:
    from . import (
        analytics_reports,
        appointments,
        authentication_b2b,
        chain_loyalty_programs,
        chain_management,
        clients,
        custom_fields,
        deposits,
        events,
        fiscalization,
        inventory,
        locations,
        loyalty_cards,
        loyalty_programs,
        notifications,
        online_booking_settings,
        payments,
        products,
        salary,
        sales,
        schedule_resources,
        services,
        subscriptions_certificates,
        tags,
        team_members,
        users_permissions,
        utilities,
    )

__all__ = (
    "analytics_reports",
    "appointments",
    "authentication_b2b",
    "chain_loyalty_programs",
    "chain_management",
    "clients",
    "custom_fields",
    "deposits",
    "events",
    "fiscalization",
    "inventory",
    "locations",
    "loyalty_cards",
    "loyalty_programs",
    "notifications",
    "online_booking_settings",
    "payments",
    "products",
    "salary",
    "sales",
    "schedule_resources",
    "services",
    "subscriptions_certificates",
    "tags",
    "team_members",
    "users_permissions",
    "utilities",
)

__getattr__, __dir__ = lazy_attributes(__name__, globals(), submodules=__all__)
