from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
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
        from ..models.model_object_presence_of_tip_without_amount import ModelObjectPresenceOfTipWithoutAmount  # noqa: PLC0415
        from ..models.total_tip_model_object import TotalTipModelObject  # noqa: PLC0415

        id = self.id

        comment = self.comment

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        visit_id = self.visit_id

        attendance = self.attendance

        services: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = []
            for services_item_data in self.services:
                services_item = services_item_data.to_dict()
                services.append(services_item)

        staff: dict[str, Any] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = self.staff.to_dict()

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        tips: dict[str, Any] | Unset
        if isinstance(self.tips, Unset):
            tips = UNSET
        elif isinstance(self.tips, ModelObjectPresenceOfTipWithoutAmount):
            tips = self.tips.to_dict()
        elif isinstance(self.tips, TotalTipModelObject):
            tips = self.tips.to_dict()
        else:
            tips = self.tips.to_dict()

        comer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.comer, Unset):
            comer = self.comer.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if comment is not UNSET:
            field_dict["comment"] = comment
        if date is not UNSET:
            field_dict["date"] = date
        if visit_id is not UNSET:
            field_dict["visit_id"] = visit_id
        if attendance is not UNSET:
            field_dict["attendance"] = attendance
        if services is not UNSET:
            field_dict["services"] = services
        if staff is not UNSET:
            field_dict["staff"] = staff
        if company is not UNSET:
            field_dict["company"] = company
        if tips is not UNSET:
            field_dict["tips"] = tips
        if comer is not UNSET:
            field_dict["comer"] = comer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.model_object_location_minimum_information import ModelObjectLocationMinimumInformation  # noqa: PLC0415
        from ..models.model_object_presence_of_tip_without_amount import ModelObjectPresenceOfTipWithoutAmount  # noqa: PLC0415
        from ..models.model_object_service_in_customers_history_appointment import (
            ModelObjectServiceInCustomersHistoryAppointment,  # noqa: PLC0415
        )
        from ..models.object_of_model_team_member_with_position import ObjectOfModelTeamMemberWithPosition  # noqa: PLC0415
        from ..models.the_object_of_the_model_appointment_in_the_history_of_visits_to_the_client_tips_type_2 import (
            TheObjectOfTheModelAppointmentInTheHistoryOfVisitsToTheClientTipsType2,  # noqa: PLC0415
        )
        from ..models.total_tip_model_object import TotalTipModelObject  # noqa: PLC0415
        from ..models.visitor_model_object import VisitorModelObject  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        comment = d.pop("comment", UNSET)

        _date = d.pop("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = _timestamps.parse_datetime(_date)

        visit_id = d.pop("visit_id", UNSET)

        attendance = d.pop("attendance", UNSET)

        _services = d.pop("services", UNSET)
        services: list[ModelObjectServiceInCustomersHistoryAppointment] | Unset = UNSET
        if _services is not UNSET:
            services = []
            for services_item_data in _services:
                services_item = ModelObjectServiceInCustomersHistoryAppointment.from_dict(services_item_data)

                services.append(services_item)

        _staff = d.pop("staff", UNSET)
        staff: ObjectOfModelTeamMemberWithPosition | Unset
        if isinstance(_staff, Unset):
            staff = UNSET
        else:
            staff = ObjectOfModelTeamMemberWithPosition.from_dict(_staff)

        _company = d.pop("company", UNSET)
        company: ModelObjectLocationMinimumInformation | Unset
        if isinstance(_company, Unset):
            company = UNSET
        else:
            company = ModelObjectLocationMinimumInformation.from_dict(_company)

        def _parse_tips(
            data: object,
        ) -> (
            ModelObjectPresenceOfTipWithoutAmount
            | TheObjectOfTheModelAppointmentInTheHistoryOfVisitsToTheClientTipsType2
            | TotalTipModelObject
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tips_type_0 = ModelObjectPresenceOfTipWithoutAmount.from_dict(data)

                return tips_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tips_type_1 = TotalTipModelObject.from_dict(data)

                return tips_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            tips_type_2 = TheObjectOfTheModelAppointmentInTheHistoryOfVisitsToTheClientTipsType2.from_dict(data)

            return tips_type_2

        tips = _parse_tips(d.pop("tips", UNSET))

        _comer = d.pop("comer", UNSET)
        comer: VisitorModelObject | Unset
        if isinstance(_comer, Unset):
            comer = UNSET
        else:
            comer = VisitorModelObject.from_dict(_comer)

        _model = cls(
            id=id,
            comment=comment,
            date=date,
            visit_id=visit_id,
            attendance=attendance,
            services=services,
            staff=staff,
            company=company,
            tips=tips,
            comer=comer,
        )

        _model.additional_properties = d
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
