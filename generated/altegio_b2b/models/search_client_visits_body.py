from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
from ..models.search_client_visits_body_attendance import SearchClientVisitsBodyAttendance
from ..models.search_client_visits_body_payment_statuses_item import SearchClientVisitsBodyPaymentStatusesItem

T = TypeVar("T", bound="SearchClientVisitsBody")


@_attrs_define
class SearchClientVisitsBody:
    """
    Attributes:
        client_id (int | None): Client ID. Example: 123.
        client_phone (None | str): Customer phone number. Example: 13155550184.
        from_ (datetime.date | None): Period start date. Example: 2022-01-31.
        to (datetime.date | None): Period end date. Example: 2022-02-01.
        payment_statuses (list[SearchClientVisitsBodyPaymentStatusesItem]): Visit payment status:
              `not_paid` - the visit is not paid, no payments were made for the visit;
              `paid_not_full` - the visit is partially paid;
              `paid_full` - the visit is paid in full, there is no overpayment;
              `paid_over` - there is an overpayment for the visit.
            If the filter by payment status is not required, then an empty array `[]` must be passed.
        attendance (SearchClientVisitsBodyAttendance): Visit status:
              `-1`: - the client did not come;
              `0`: - waiting for the client;
              `1`: - the client has arrived;
              `2`: - the client has confirmed the appointment.
    """

    client_id: int | None
    client_phone: None | str
    from_: datetime.date | None
    to: datetime.date | None
    payment_statuses: list[SearchClientVisitsBodyPaymentStatusesItem]
    attendance: SearchClientVisitsBodyAttendance
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id: int | None
        client_id = self.client_id

        client_phone: None | str
        client_phone = self.client_phone

        from_: None | str
        if isinstance(self.from_, datetime.date):
            from_ = self.from_.isoformat()
        else:
            from_ = self.from_

        to: None | str
        if isinstance(self.to, datetime.date):
            to = self.to.isoformat()
        else:
            to = self.to

        payment_statuses = []
        for payment_statuses_item_data in self.payment_statuses:
            payment_statuses_item = payment_statuses_item_data.value
            payment_statuses.append(payment_statuses_item)

        attendance = self.attendance.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client_id": client_id,
                "client_phone": client_phone,
                "from": from_,
                "to": to,
                "payment_statuses": payment_statuses,
                "attendance": attendance,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_client_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        client_id = _parse_client_id(d.pop("client_id"))

        def _parse_client_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        client_phone = _parse_client_phone(d.pop("client_phone"))

        def _parse_from_(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                from_type_0 = _timestamps.parse_date(data)

                return from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        from_ = _parse_from_(d.pop("from"))

        def _parse_to(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                to_type_0 = _timestamps.parse_date(data)

                return to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        to = _parse_to(d.pop("to"))

        payment_statuses = []
        _payment_statuses = d.pop("payment_statuses")
        for payment_statuses_item_data in _payment_statuses:
            payment_statuses_item = SearchClientVisitsBodyPaymentStatusesItem(payment_statuses_item_data)

            payment_statuses.append(payment_statuses_item)

        attendance = SearchClientVisitsBodyAttendance(d.pop("attendance"))

        _model = cls(
            client_id=client_id,
            client_phone=client_phone,
            from_=from_,
            to=to,
            payment_statuses=payment_statuses,
            attendance=attendance,
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
