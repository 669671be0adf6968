from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deprecated_get_client_list_response_200_item_categories_item import (
        DeprecatedGetClientListResponse200ItemCategoriesItem,
    )
    from ..models.deprecated_get_client_list_response_200_item_custom_fields import (
        DeprecatedGetClientListResponse200ItemCustomFields,
    )


T = TypeVar("T", bound="DeprecatedGetClientListResponse200Item")


@_attrs_define
class DeprecatedGetClientListResponse200Item:
    """
    Attributes:
        balance (float | Unset): Client balance
        birth_date (str | Unset): Client date of birth (YYYY-MM-DD, or an empty string when unset)
        card (str | Unset): Client card number
        categories (list[DeprecatedGetClientListResponse200ItemCategoriesItem] | Unset): Client categories
        comment (str | Unset): Customer comment
        custom_fields (DeprecatedGetClientListResponse200ItemCustomFields | Unset): Additional client fields
        discount (float | Unset): Discount
        display_name (str | Unset): Formatted client name
        email (str | Unset): Client Email
        id (int | Unset): Client ID
        importance (str | Unset): Client priority level name
        importance_id (int | Unset): Client priority level (0 - none, 1 - bronze, 2 - silver, 3 - gold)
        last_change_date (datetime.datetime | Unset): Last modified date
        name (str | Unset): Client name
        paid (float | Unset): Lifetime amount paid by the client in this location, in major currency units
        patronymic (str | Unset): Client patronymic
        phone (str | Unset): Customer phone
        sex (str | Unset): Gender name
        sex_id (int | Unset): Gender identifier, 0 - unknown, 1 - male, 2 - female
        sms_check (float | Unset): 1 - Happy Birthday by SMS, 0 - do not congratulate
        sms_not (float | Unset): 1 - Exclude the client from SMS mailings, 0 - do not exclude
        spent (float | Unset): Lifetime amount sold to the client in this location, in major currency units
        surname (str | Unset): Client surname
        visits (float | Unset): Number of visits
    """

    balance: float | Unset = UNSET
    birth_date: str | Unset = UNSET
    card: str | Unset = UNSET
    categories: list[DeprecatedGetClientListResponse200ItemCategoriesItem] | Unset = UNSET
    comment: str | Unset = UNSET
    custom_fields: DeprecatedGetClientListResponse200ItemCustomFields | Unset = UNSET
    discount: float | Unset = UNSET
    display_name: str | Unset = UNSET
    email: str | Unset = UNSET
    id: int | Unset = UNSET
    importance: str | Unset = UNSET
    importance_id: int | Unset = UNSET
    last_change_date: datetime.datetime | Unset = UNSET
    name: str | Unset = UNSET
    paid: float | Unset = UNSET
    patronymic: str | Unset = UNSET
    phone: str | Unset = UNSET
    sex: str | Unset = UNSET
    sex_id: int | Unset = UNSET
    sms_check: float | Unset = UNSET
    sms_not: float | Unset = UNSET
    spent: float | Unset = UNSET
    surname: str | Unset = UNSET
    visits: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        balance = self.balance

        birth_date = self.birth_date

        card = self.card

        categories: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = []
            for categories_item_data in self.categories:
                categories_item = categories_item_data.to_dict()
                categories.append(categories_item)

        comment = self.comment

        custom_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = self.custom_fields.to_dict()

        discount = self.discount

        display_name = self.display_name

        email = self.email

        id = self.id

        importance = self.importance

        importance_id = self.importance_id

        last_change_date: str | Unset = UNSET
        if not isinstance(self.last_change_date, Unset):
            last_change_date = self.last_change_date.isoformat()

        name = self.name

        paid = self.paid

        patronymic = self.patronymic

        phone = self.phone

        sex = self.sex

        sex_id = self.sex_id

        sms_check = self.sms_check

        sms_not = self.sms_not

        spent = self.spent

        surname = self.surname

        visits = self.visits

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if balance is not UNSET:
            field_dict["balance"] = balance
        if birth_date is not UNSET:
            field_dict["birth_date"] = birth_date
        if card is not UNSET:
            field_dict["card"] = card
        if categories is not UNSET:
            field_dict["categories"] = categories
        if comment is not UNSET:
            field_dict["comment"] = comment
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if discount is not UNSET:
            field_dict["discount"] = discount
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if email is not UNSET:
            field_dict["email"] = email
        if id is not UNSET:
            field_dict["id"] = id
        if importance is not UNSET:
            field_dict["importance"] = importance
        if importance_id is not UNSET:
            field_dict["importance_id"] = importance_id
        if last_change_date is not UNSET:
            field_dict["last_change_date"] = last_change_date
        if name is not UNSET:
            field_dict["name"] = name
        if paid is not UNSET:
            field_dict["paid"] = paid
        if patronymic is not UNSET:
            field_dict["patronymic"] = patronymic
        if phone is not UNSET:
            field_dict["phone"] = phone
        if sex is not UNSET:
            field_dict["sex"] = sex
        if sex_id is not UNSET:
            field_dict["sex_id"] = sex_id
        if sms_check is not UNSET:
            field_dict["sms_check"] = sms_check
        if sms_not is not UNSET:
            field_dict["sms_not"] = sms_not
        if spent is not UNSET:
            field_dict["spent"] = spent
        if surname is not UNSET:
            field_dict["surname"] = surname
        if visits is not UNSET:
            field_dict["visits"] = visits

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deprecated_get_client_list_response_200_item_categories_item import (
            DeprecatedGetClientListResponse200ItemCategoriesItem,  # noqa: PLC0415
        )
        from ..models.deprecated_get_client_list_response_200_item_custom_fields import (
            DeprecatedGetClientListResponse200ItemCustomFields,  # noqa: PLC0415
        )

        d = dict(src_dict)
        balance = d.pop("balance", UNSET)

        birth_date = d.pop("birth_date", UNSET)

        card = d.pop("card", UNSET)

        _categories = d.pop("categories", UNSET)
        categories: list[DeprecatedGetClientListResponse200ItemCategoriesItem] | Unset = UNSET
        if _categories is not UNSET:
            categories = []
            for categories_item_data in _categories:
                categories_item = DeprecatedGetClientListResponse200ItemCategoriesItem.from_dict(categories_item_data)

                categories.append(categories_item)

        comment = d.pop("comment", UNSET)

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: DeprecatedGetClientListResponse200ItemCustomFields | Unset
        if isinstance(_custom_fields, Unset):
            custom_fields = UNSET
        else:
            custom_fields = DeprecatedGetClientListResponse200ItemCustomFields.from_dict(_custom_fields)

        discount = d.pop("discount", UNSET)

        display_name = d.pop("display_name", UNSET)

        email = d.pop("email", UNSET)

        id = d.pop("id", UNSET)

        importance = d.pop("importance", UNSET)

        importance_id = d.pop("importance_id", UNSET)

        _last_change_date = d.pop("last_change_date", UNSET)
        last_change_date: datetime.datetime | Unset
        if isinstance(_last_change_date, Unset):
            last_change_date = UNSET
        else:
            last_change_date = datetime.datetime.fromisoformat(_last_change_date)

        name = d.pop("name", UNSET)

        paid = d.pop("paid", UNSET)

        patronymic = d.pop("patronymic", UNSET)

        phone = d.pop("phone", UNSET)

        sex = d.pop("sex", UNSET)

        sex_id = d.pop("sex_id", UNSET)

        sms_check = d.pop("sms_check", UNSET)

        sms_not = d.pop("sms_not", UNSET)

        spent = d.pop("spent", UNSET)

        surname = d.pop("surname", UNSET)

        visits = d.pop("visits", UNSET)

        deprecated_get_client_list_response_200_item = cls(
            balance=balance,
            birth_date=birth_date,
            card=card,
            categories=categories,
            comment=comment,
            custom_fields=custom_fields,
            discount=discount,
            display_name=display_name,
            email=email,
            id=id,
            importance=importance,
            importance_id=importance_id,
            last_change_date=last_change_date,
            name=name,
            paid=paid,
            patronymic=patronymic,
            phone=phone,
            sex=sex,
            sex_id=sex_id,
            sms_check=sms_check,
            sms_not=sms_not,
            spent=spent,
            surname=surname,
            visits=visits,
        )

        deprecated_get_client_list_response_200_item.additional_properties = d
        return deprecated_get_client_list_response_200_item

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
