from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._runtime import fields as _fields
from .._runtime.errors import FieldError as _FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_object_location_minimum_information import ModelObjectLocationMinimumInformation
    from ..models.model_object_presence_of_tip_without_amount import ModelObjectPresenceOfTipWithoutAmount
    from ..models.model_object_service_in_customers_history_appointment import (
        ModelObjectServiceInCustomersHistoryAppointment,
    )
    from ..models.object_of_model_team_member_with_position import ObjectOfModelTeamMemberWithPosition
    from ..models.the_object_of_the_model_appointment_in_the_history_of_visits_to_the_client_tips_type_2 import (
        TheObjectOfTheModelAppointmentInTheHistoryOfVisitsToTheClientTipsType2,
    )
    from ..models.total_tip_model_object import TotalTipModelObject
    from ..models.visitor_model_object import VisitorModelObject


T = TypeVar("T", bound="TheObjectOfTheModelAppointmentInTheHistoryOfVisitsToTheClient")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "comment",
        "date",
        "visit_id",
        "attendance",
        "services",
        "staff",
        "company",
        "tips",
        "comer",
    }
)
_EXTRA = _fields.ANY
_KIND_services = _fields.ListOf(_fields.Model("ModelObjectServiceInCustomersHistoryAppointment"))
_KIND_tips = _fields.OneOf(
    _fields.Model("ModelObjectPresenceOfTipWithoutAmount"),
    _fields.Model("TotalTipModelObject"),
    _fields.Model("TheObjectOfTheModelAppointmentInTheHistoryOfVisitsToTheClientTipsType2"),
)


@_attrs_define
class TheObjectOfTheModelAppointmentInTheHistoryOfVisitsToTheClient:
    """Client appointment data.

    Example:
        {'id': 123, 'comment': 'Comment to post', 'date': '2026-01-31T12:34:56-05:00', 'visit_id': 123, 'attendance': 1,
            'services': [{'id': 123, 'title': 'My service', 'first_cost': 1000, 'discount_percent': 0, 'cost_to_pay': 1000,
            'paid_sum': 1000, 'payment_status': 'paid_full', 'consumables': [{'title': 'My consumable', 'amount': 1,
            'cost_per_unit': 1000, 'unit': 'PCS.'}]}], 'staff': {'id': 123, 'name': 'James Smith', 'company_id': 123,
            'specialization': 'Master', 'avatar': 'https://app.alteg.io/images/no-master-sm.png', 'avatar_big':
            'https://app.alteg.io/images/no-master.png', 'position': {'id': 123, 'title': 'team member'}}, 'company': {'id':
            123, 'title': 'My branch office.'}, 'tips': {'has_tips': False, 'sum': None}, 'comer': {'id': 123, 'title':
            'James Smith', 'slug': 'person'}}

    Attributes:
        id (int | Unset): Appointment ID.
        comment (str | Unset): A comment.
        date (datetime.datetime | Unset): Date of appointment.
        visit_id (int | Unset): Visit ID.
        attendance (float | Unset): Appointment status in visit
        services (list[ModelObjectServiceInCustomersHistoryAppointment] | Unset): Services in appointment.
        staff (ObjectOfModelTeamMemberWithPosition | Unset):  Example: {'id': 123, 'name': 'John Johnson', 'company_id':
            123, 'specialization': 'Master', 'avatar': 'https://app.alteg.io/images/no-master-sm.png', 'avatar_big':
            'https://app.alteg.io/images/no-master.png', 'position': {'id': 123, 'title': 'Position'}, 'is_paid_staff':
            False}.
        company (ModelObjectLocationMinimumInformation | Unset):  Example: {'id': 123, 'title': 'My branch office.'}.
        tips (ModelObjectPresenceOfTipWithoutAmount |
            TheObjectOfTheModelAppointmentInTheHistoryOfVisitsToTheClientTipsType2 | TotalTipModelObject | Unset): Tipping
            data. Different models are used depending on whether the current user is the team member in the appointment.
        comer (VisitorModelObject | Unset):  Example: {'id': 123, 'title': 'James Smith', 'slug': 'person'}.
    """

    id: int | Unset = UNSET
    comment: str | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    visit_id: int | Unset = UNSET
    attendance: float | Unset = UNSET
    services: list[ModelObjectServiceInCustomersHistoryAppointment] | Unset = UNSET
    staff: ObjectOfModelTeamMemberWithPosition | Unset = UNSET
    company: ModelObjectLocationMinimumInformation | Unset = UNSET
    tips: (
        ModelObjectPresenceOfTipWithoutAmount
        | TheObjectOfTheModelAppointmentInTheHistoryOfVisitsToTheClientTipsType2
        | TotalTipModelObject
        | Unset
    ) = UNSET
    comer: VisitorModelObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        comment = self.comment
        if type(comment) is not str and comment is not UNSET:
            comment = _fields.write_string(comment, "comment")
        if comment is not UNSET:
            field_dict["comment"] = comment

        date = self.date
        if date is not UNSET:
            field_dict["date"] = _fields.write_datetime(date, "date")

        visit_id = self.visit_id
        if type(visit_id) is not int and visit_id is not UNSET:
            visit_id = _fields.write_integer(visit_id, "visit_id")
        if visit_id is not UNSET:
            field_dict["visit_id"] = visit_id

        attendance = self.attendance
        if attendance is not UNSET:
            field_dict["attendance"] = _fields.write_number(attendance, "attendance")

        services = self.services
        if services is not UNSET:
            field_dict["services"] = _KIND_services.write_field(services, "services")

        staff = self.staff
        if staff is not UNSET:
            field_dict["staff"] = _fields.write_model(staff, _models.ObjectOfModelTeamMemberWithPosition, "staff")

        company = self.company
        if company is not UNSET:
            field_dict["company"] = _fields.write_model(
                company, _models.ModelObjectLocationMinimumInformation, "company"
            )

        tips = self.tips
        if tips is not UNSET:
            field_dict["tips"] = _KIND_tips.write_field(tips, "tips")

        comer = self.comer
        if comer is not UNSET:
            field_dict["comer"] = _fields.write_model(comer, _models.VisitorModelObject, "comer")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _fields.read_integer(id, "id")

        comment = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = _fields.read_string(comment, "comment")

        date = _get("date", UNSET)
        if date is not UNSET:
            try:
                date = _fields.datetime_fromisoformat(date)
            except (TypeError, ValueError):
                date = _fields.read_datetime(date, "date")

        visit_id = _get("visit_id", UNSET)
        if type(visit_id) is not int and visit_id is not UNSET:
            visit_id = _fields.read_integer(visit_id, "visit_id")

        attendance = _get("attendance", UNSET)
        if type(attendance) is not float and type(attendance) is not int and attendance is not UNSET:
            attendance = _fields.read_number(attendance, "attendance")

        services = _get("services", UNSET)
        if services is not UNSET:
            services = _KIND_services.read_field(services, "services")

        staff = _get("staff", UNSET)
        if staff is not UNSET:
            try:
                staff = _models.ObjectOfModelTeamMemberWithPosition.from_dict(staff)
            except _FieldError as _error:
                raise _error.within("staff")

        company = _get("company", UNSET)
        if company is not UNSET:
            try:
                company = _models.ModelObjectLocationMinimumInformation.from_dict(company)
            except _FieldError as _error:
                raise _error.within("company")

        tips = _get("tips", UNSET)
        if tips is not UNSET:
            tips = _KIND_tips.read_field(tips, "tips")

        comer = _get("comer", UNSET)
        if comer is not UNSET:
            try:
                comer = _models.VisitorModelObject.from_dict(comer)
            except _FieldError as _error:
                raise _error.within("comer")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.comment = comment
        _model.date = date
        _model.visit_id = visit_id
        _model.attendance = attendance
        _model.services = services
        _model.staff = staff
        _model.company = company
        _model.tips = tips
        _model.comer = comer
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not TheObjectOfTheModelAppointmentInTheHistoryOfVisitsToTheClient:
            _fields.init_added_fields(_model, TheObjectOfTheModelAppointmentInTheHistoryOfVisitsToTheClient)
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
