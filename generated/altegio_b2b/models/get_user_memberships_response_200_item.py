from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import timestamps as _timestamps
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_user_memberships_response_200_item_balance_container import (
        GetUserMembershipsResponse200ItemBalanceContainer,
    )
    from ..models.get_user_memberships_response_200_item_status import GetUserMembershipsResponse200ItemStatus
    from ..models.get_user_memberships_response_200_item_type import GetUserMembershipsResponse200ItemType


T = TypeVar("T", bound="GetUserMembershipsResponse200Item")


@_attrs_define
class GetUserMembershipsResponse200Item:
    """
    Attributes:
        id (int | Unset): Membership ID
        number (str | Unset): Subscription code
        balance_string (str | Unset): Service name, with number of uses
        is_frozen (bool | Unset): Is the membership frozen?
        freeze_period (int | Unset): The period the membership was frozen
        period (int | Unset): Subscription expiration value
        period_unit_id (int | Unset): Identifier of the expiration units. 1 - day, 2 - week, 3 - month, 4 - year
        expiration_date (datetime.datetime | None | Unset): Subscription expiration date
        created_date (datetime.datetime | Unset): Subscription creation date
        activated_date (datetime.datetime | None | Unset): Subscription activation date
        is_united_balance (bool | Unset): Whether membership has unified balance
        is_united_balance_unlimited (bool | Unset): Whether unified balance is unlimited
        united_balance_services_count (int | Unset): Number of services for unified balance
        goods_transaction_id (int | Unset): Product transaction ID
        slug (str | Unset): Subscription type slug
        status (GetUserMembershipsResponse200ItemStatus | Unset): Current membership status
        balance_container (GetUserMembershipsResponse200ItemBalanceContainer | Unset): An object that includes the links
            array with information about the membership balance
        type_ (GetUserMembershipsResponse200ItemType | Unset): Object with information about membership type
    """

    id: int | Unset = UNSET
    number: str | Unset = UNSET
    balance_string: str | Unset = UNSET
    is_frozen: bool | Unset = UNSET
    freeze_period: int | Unset = UNSET
    period: int | Unset = UNSET
    period_unit_id: int | Unset = UNSET
    expiration_date: datetime.datetime | None | Unset = UNSET
    created_date: datetime.datetime | Unset = UNSET
    activated_date: datetime.datetime | None | Unset = UNSET
    is_united_balance: bool | Unset = UNSET
    is_united_balance_unlimited: bool | Unset = UNSET
    united_balance_services_count: int | Unset = UNSET
    goods_transaction_id: int | Unset = UNSET
    slug: str | Unset = UNSET
    status: GetUserMembershipsResponse200ItemStatus | Unset = UNSET
    balance_container: GetUserMembershipsResponse200ItemBalanceContainer | Unset = UNSET
    type_: GetUserMembershipsResponse200ItemType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number = self.number

        balance_string = self.balance_string

        is_frozen = self.is_frozen

        freeze_period = self.freeze_period

        period = self.period

        period_unit_id = self.period_unit_id

        expiration_date: None | str | Unset
        if isinstance(self.expiration_date, Unset):
            expiration_date = UNSET
        elif isinstance(self.expiration_date, datetime.datetime):
            expiration_date = self.expiration_date.isoformat()
        else:
            expiration_date = self.expiration_date

        created_date: str | Unset = UNSET
        if not isinstance(self.created_date, Unset):
            created_date = self.created_date.isoformat()

        activated_date: None | str | Unset
        if isinstance(self.activated_date, Unset):
            activated_date = UNSET
        elif isinstance(self.activated_date, datetime.datetime):
            activated_date = self.activated_date.isoformat()
        else:
            activated_date = self.activated_date

        is_united_balance = self.is_united_balance

        is_united_balance_unlimited = self.is_united_balance_unlimited

        united_balance_services_count = self.united_balance_services_count

        goods_transaction_id = self.goods_transaction_id

        slug = self.slug

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        balance_container: dict[str, Any] | Unset = UNSET
        if not isinstance(self.balance_container, Unset):
            balance_container = self.balance_container.to_dict()

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if number is not UNSET:
            field_dict["number"] = number
        if balance_string is not UNSET:
            field_dict["balance_string"] = balance_string
        if is_frozen is not UNSET:
            field_dict["is_frozen"] = is_frozen
        if freeze_period is not UNSET:
            field_dict["freeze_period"] = freeze_period
        if period is not UNSET:
            field_dict["period"] = period
        if period_unit_id is not UNSET:
            field_dict["period_unit_id"] = period_unit_id
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = expiration_date
        if created_date is not UNSET:
            field_dict["created_date"] = created_date
        if activated_date is not UNSET:
            field_dict["activated_date"] = activated_date
        if is_united_balance is not UNSET:
            field_dict["is_united_balance"] = is_united_balance
        if is_united_balance_unlimited is not UNSET:
            field_dict["is_united_balance_unlimited"] = is_united_balance_unlimited
        if united_balance_services_count is not UNSET:
            field_dict["united_balance_services_count"] = united_balance_services_count
        if goods_transaction_id is not UNSET:
            field_dict["goods_transaction_id"] = goods_transaction_id
        if slug is not UNSET:
            field_dict["slug"] = slug
        if status is not UNSET:
            field_dict["status"] = status
        if balance_container is not UNSET:
            field_dict["balance_container"] = balance_container
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_user_memberships_response_200_item_balance_container import (
            GetUserMembershipsResponse200ItemBalanceContainer,  # noqa: PLC0415
        )
        from ..models.get_user_memberships_response_200_item_status import GetUserMembershipsResponse200ItemStatus  # noqa: PLC0415
        from ..models.get_user_memberships_response_200_item_type import GetUserMembershipsResponse200ItemType  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        number = d.pop("number", UNSET)

        balance_string = d.pop("balance_string", UNSET)

        is_frozen = d.pop("is_frozen", UNSET)

        freeze_period = d.pop("freeze_period", UNSET)

        period = d.pop("period", UNSET)

        period_unit_id = d.pop("period_unit_id", UNSET)

        def _parse_expiration_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expiration_date_type_0 = _timestamps.parse_datetime(data)

                return expiration_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expiration_date = _parse_expiration_date(d.pop("expiration_date", UNSET))

        _created_date = d.pop("created_date", UNSET)
        created_date: datetime.datetime | Unset
        if isinstance(_created_date, Unset):
            created_date = UNSET
        else:
            created_date = _timestamps.parse_datetime(_created_date)

        def _parse_activated_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                activated_date_type_0 = _timestamps.parse_datetime(data)

                return activated_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        activated_date = _parse_activated_date(d.pop("activated_date", UNSET))

        is_united_balance = d.pop("is_united_balance", UNSET)

        is_united_balance_unlimited = d.pop("is_united_balance_unlimited", UNSET)

        united_balance_services_count = d.pop("united_balance_services_count", UNSET)

        goods_transaction_id = d.pop("goods_transaction_id", UNSET)

        slug = d.pop("slug", UNSET)

        _status = d.pop("status", UNSET)
        status: GetUserMembershipsResponse200ItemStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = GetUserMembershipsResponse200ItemStatus.from_dict(_status)

        _balance_container = d.pop("balance_container", UNSET)
        balance_container: GetUserMembershipsResponse200ItemBalanceContainer | Unset
        if isinstance(_balance_container, Unset):
            balance_container = UNSET
        else:
            balance_container = GetUserMembershipsResponse200ItemBalanceContainer.from_dict(_balance_container)

        _type_ = d.pop("type", UNSET)
        type_: GetUserMembershipsResponse200ItemType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = GetUserMembershipsResponse200ItemType.from_dict(_type_)

        _model = cls(
            id=id,
            number=number,
            balance_string=balance_string,
            is_frozen=is_frozen,
            freeze_period=freeze_period,
            period=period,
            period_unit_id=period_unit_id,
            expiration_date=expiration_date,
            created_date=created_date,
            activated_date=activated_date,
            is_united_balance=is_united_balance,
            is_united_balance_unlimited=is_united_balance_unlimited,
            united_balance_services_count=united_balance_services_count,
            goods_transaction_id=goods_transaction_id,
            slug=slug,
            status=status,
            balance_container=balance_container,
            type_=type_,
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
