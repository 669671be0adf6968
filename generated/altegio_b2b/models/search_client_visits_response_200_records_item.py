from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_client_visits_response_200_records_item_comer import (
        SearchClientVisitsResponse200RecordsItemComer,
    )
    from ..models.search_client_visits_response_200_records_item_company import (
        SearchClientVisitsResponse200RecordsItemCompany,
    )
    from ..models.search_client_visits_response_200_records_item_staff import (
        SearchClientVisitsResponse200RecordsItemStaff,
    )
    from ..models.search_client_visits_response_200_records_item_tips import (
        SearchClientVisitsResponse200RecordsItemTips,
    )


T = TypeVar("T", bound="SearchClientVisitsResponse200RecordsItem")


@_attrs_define
class SearchClientVisitsResponse200RecordsItem:
    """Client appointment data.

    Attributes:
        attendance (float | Unset): Appointment status in visit
        comer (SearchClientVisitsResponse200RecordsItemComer | Unset): Visitor data. If the visitor is not specified,
            then the field is not displayed.
        comment (str | Unset): A comment.
        company (SearchClientVisitsResponse200RecordsItemCompany | Unset): Minimum information about the store where the
            item was sold.
        date (str | Unset): Date of appointment.
        id (int | Unset): Appointment ID.
        services (list[Any] | Unset): Services in appointment.
        staff (SearchClientVisitsResponse200RecordsItemStaff | Unset): team member who provided the service.
        tips (SearchClientVisitsResponse200RecordsItemTips | Unset): Tipping data. Different models are used depending
            on whether the current user is the team member in the appointment.
        visit_id (int | Unset): Visit ID.
    """

    attendance: float | Unset = UNSET
    comer: SearchClientVisitsResponse200RecordsItemComer | Unset = UNSET
    comment: str | Unset = UNSET
    company: SearchClientVisitsResponse200RecordsItemCompany | Unset = UNSET
    date: str | Unset = UNSET
    id: int | Unset = UNSET
    services: list[Any] | Unset = UNSET
    staff: SearchClientVisitsResponse200RecordsItemStaff | Unset = UNSET
    tips: SearchClientVisitsResponse200RecordsItemTips | Unset = UNSET
    visit_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attendance = self.attendance

        comer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.comer, Unset):
            comer = self.comer.to_dict()

        comment = self.comment

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        date = self.date

        id = self.id

        services: list[Any] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = self.services

        staff: dict[str, Any] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = self.staff.to_dict()

        tips: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tips, Unset):
            tips = self.tips.to_dict()

        visit_id = self.visit_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attendance is not UNSET:
            field_dict["attendance"] = attendance
        if comer is not UNSET:
            field_dict["comer"] = comer
        if comment is not UNSET:
            field_dict["comment"] = comment
        if company is not UNSET:
            field_dict["company"] = company
        if date is not UNSET:
            field_dict["date"] = date
        if id is not UNSET:
            field_dict["id"] = id
        if services is not UNSET:
            field_dict["services"] = services
        if staff is not UNSET:
            field_dict["staff"] = staff
        if tips is not UNSET:
            field_dict["tips"] = tips
        if visit_id is not UNSET:
            field_dict["visit_id"] = visit_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.search_client_visits_response_200_records_item_comer import (
            SearchClientVisitsResponse200RecordsItemComer,  # noqa: PLC0415
        )
        from ..models.search_client_visits_response_200_records_item_company import (
            SearchClientVisitsResponse200RecordsItemCompany,  # noqa: PLC0415
        )
        from ..models.search_client_visits_response_200_records_item_staff import (
            SearchClientVisitsResponse200RecordsItemStaff,  # noqa: PLC0415
        )
        from ..models.search_client_visits_response_200_records_item_tips import (
            SearchClientVisitsResponse200RecordsItemTips,  # noqa: PLC0415
        )

        d = dict(src_dict)
        attendance = d.pop("attendance", UNSET)

        _comer = d.pop("comer", UNSET)
        comer: SearchClientVisitsResponse200RecordsItemComer | Unset
        if isinstance(_comer, Unset):
            comer = UNSET
        else:
            comer = SearchClientVisitsResponse200RecordsItemComer.from_dict(_comer)

        comment = d.pop("comment", UNSET)

        _company = d.pop("company", UNSET)
        company: SearchClientVisitsResponse200RecordsItemCompany | Unset
        if isinstance(_company, Unset):
            company = UNSET
        else:
            company = SearchClientVisitsResponse200RecordsItemCompany.from_dict(_company)

        date = d.pop("date", UNSET)

        id = d.pop("id", UNSET)

        services = cast(list[Any], d.pop("services", UNSET))

        _staff = d.pop("staff", UNSET)
        staff: SearchClientVisitsResponse200RecordsItemStaff | Unset
        if isinstance(_staff, Unset):
            staff = UNSET
        else:
            staff = SearchClientVisitsResponse200RecordsItemStaff.from_dict(_staff)

        _tips = d.pop("tips", UNSET)
        tips: SearchClientVisitsResponse200RecordsItemTips | Unset
        if isinstance(_tips, Unset):
            tips = UNSET
        else:
            tips = SearchClientVisitsResponse200RecordsItemTips.from_dict(_tips)

        visit_id = d.pop("visit_id", UNSET)

        search_client_visits_response_200_records_item = cls(
            attendance=attendance,
            comer=comer,
            comment=comment,
            company=company,
            date=date,
            id=id,
            services=services,
            staff=staff,
            tips=tips,
            visit_id=visit_id,
        )

        search_client_visits_response_200_records_item.additional_properties = d
        return search_client_visits_response_200_records_item

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
