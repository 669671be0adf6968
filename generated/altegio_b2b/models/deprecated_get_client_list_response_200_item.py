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
    from ..models.deprecated_get_client_list_response_200_item_categories_item import (
        DeprecatedGetClientListResponse200ItemCategoriesItem,
    )
    from ..models.deprecated_get_client_list_response_200_item_custom_fields import (
        DeprecatedGetClientListResponse200ItemCustomFields,
    )


T = TypeVar("T", bound="DeprecatedGetClientListResponse200Item")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "phone",
        "email",
        "categories",
        "gender_id",
        "gender",
        "discount",
        "importance_id",
        "importance",
        "card",
        "birth_date",
        "comment",
        "sms_check",
        "sms_not",
        "spent",
        "balance",
        "visits",
        "last_change_date",
        "custom_fields",
    }
)
_EXTRA = _fields.ANY
_KIND_categories = _fields.ListOf(_fields.Model("DeprecatedGetClientListResponse200ItemCategoriesItem"))
_KIND_card = _fields.OneOf(
    _fields.NUMBER,
    _fields.STRING,
)
_KIND_birth_date = _fields.OneOf(
    _fields.DATE,
    _fields.NULL,
)


@_attrs_define
class DeprecatedGetClientListResponse200Item:
    """
    Attributes:
        id (int | Unset): Client ID
        name (str | Unset): Client name
        phone (str | Unset): Customer phone
        email (str | Unset): Client Email
        categories (list[DeprecatedGetClientListResponse200ItemCategoriesItem] | Unset): Client categories
        gender_id (int | Unset): Gender identifier, 0 - unknown, 1 - male, 2 - female
        gender (str | Unset): Gender name
        discount (float | Unset): Discount
        importance_id (int | Unset): Client priority level (0 - none, 1 - bronze, 2 - silver, 3 - gold)
        importance (str | Unset): Client priority level name
        card (float | str | Unset): Client card number
        birth_date (datetime.date | None | Unset): Client's date of birth
        comment (str | Unset): Customer comment
        sms_check (float | Unset): 1 - Happy Birthday by SMS, 0 - do not congratulate
        sms_not (float | Unset): 1 - Exclude the client from SMS mailings, 0 - do not exclude
        spent (float | Unset): How much money spent in the location at the time of adding
        balance (float | Unset): Client balance
        visits (float | Unset): Number of visits
        last_change_date (datetime.datetime | Unset): Last modified date
        custom_fields (DeprecatedGetClientListResponse200ItemCustomFields | Unset): Additional client fields
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    phone: str | Unset = UNSET
    email: str | Unset = UNSET
    categories: list[DeprecatedGetClientListResponse200ItemCategoriesItem] | Unset = UNSET
    gender_id: int | Unset = UNSET
    gender: str | Unset = UNSET
    discount: float | Unset = UNSET
    importance_id: int | Unset = UNSET
    importance: str | Unset = UNSET
    card: float | str | Unset = UNSET
    birth_date: datetime.date | None | Unset = UNSET
    comment: str | Unset = UNSET
    sms_check: float | Unset = UNSET
    sms_not: float | Unset = UNSET
    spent: float | Unset = UNSET
    balance: float | Unset = UNSET
    visits: float | Unset = UNSET
    last_change_date: datetime.datetime | Unset = UNSET
    custom_fields: DeprecatedGetClientListResponse200ItemCustomFields | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        id = self.id
        if type(id) is not int and id is not UNSET:
            id = _fields.write_integer(id, "id")
        if id is not UNSET:
            field_dict["id"] = id

        name = self.name
        if type(name) is not str and name is not UNSET:
            name = _fields.write_string(name, "name")
        if name is not UNSET:
            field_dict["name"] = name

        phone = self.phone
        if type(phone) is not str and phone is not UNSET:
            phone = _fields.write_string(phone, "phone")
        if phone is not UNSET:
            field_dict["phone"] = phone

        email = self.email
        if type(email) is not str and email is not UNSET:
            email = _fields.write_string(email, "email")
        if email is not UNSET:
            field_dict["email"] = email

        categories = self.categories
        if categories is not UNSET:
            field_dict["categories"] = _KIND_categories.write_field(categories, "categories")

        gender_id = self.gender_id
        if type(gender_id) is not int and gender_id is not UNSET:
            gender_id = _fields.write_integer(gender_id, "gender_id")
        if gender_id is not UNSET:
            field_dict["gender_id"] = gender_id

        gender = self.gender
        if type(gender) is not str and gender is not UNSET:
            gender = _fields.write_string(gender, "gender")
        if gender is not UNSET:
            field_dict["gender"] = gender

        discount = self.discount
        if discount is not UNSET:
            field_dict["discount"] = _fields.write_number(discount, "discount")

        importance_id = self.importance_id
        if type(importance_id) is not int and importance_id is not UNSET:
            importance_id = _fields.write_integer(importance_id, "importance_id")
        if importance_id is not UNSET:
            field_dict["importance_id"] = importance_id

        importance = self.importance
        if type(importance) is not str and importance is not UNSET:
            importance = _fields.write_string(importance, "importance")
        if importance is not UNSET:
            field_dict["importance"] = importance

        card = self.card
        if card is not UNSET:
            field_dict["card"] = _KIND_card.write_field(card, "card")

        birth_date = self.birth_date
        if birth_date is not UNSET:
            field_dict["birth_date"] = _KIND_birth_date.write_field(birth_date, "birth_date")

        comment = self.comment
        if type(comment) is not str and comment is not UNSET:
            comment = _fields.write_string(comment, "comment")
        if comment is not UNSET:
            field_dict["comment"] = comment

        sms_check = self.sms_check
        if sms_check is not UNSET:
            field_dict["sms_check"] = _fields.write_number(sms_check, "sms_check")

        sms_not = self.sms_not
        if sms_not is not UNSET:
            field_dict["sms_not"] = _fields.write_number(sms_not, "sms_not")

        spent = self.spent
        if spent is not UNSET:
            field_dict["spent"] = _fields.write_number(spent, "spent")

        balance = self.balance
        if balance is not UNSET:
            field_dict["balance"] = _fields.write_number(balance, "balance")

        visits = self.visits
        if visits is not UNSET:
            field_dict["visits"] = _fields.write_number(visits, "visits")

        last_change_date = self.last_change_date
        if last_change_date is not UNSET:
            field_dict["last_change_date"] = _fields.write_datetime(last_change_date, "last_change_date")

        custom_fields = self.custom_fields
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = _fields.write_model(
                custom_fields, _models.DeprecatedGetClientListResponse200ItemCustomFields, "custom_fields"
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _fields.read_integer(id, "id")

        name = _get("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = _fields.read_string(name, "name")

        phone = _get("phone", UNSET)
        if type(phone) is not str and phone is not UNSET:
            phone = _fields.read_string(phone, "phone")

        email = _get("email", UNSET)
        if type(email) is not str and email is not UNSET:
            email = _fields.read_string(email, "email")

        categories = _get("categories", UNSET)
        if categories is not UNSET:
            categories = _KIND_categories.read_field(categories, "categories")

        gender_id = _get("gender_id", UNSET)
        if type(gender_id) is not int and gender_id is not UNSET:
            gender_id = _fields.read_integer(gender_id, "gender_id")

        gender = _get("gender", UNSET)
        if type(gender) is not str and gender is not UNSET:
            gender = _fields.read_string(gender, "gender")

        discount = _get("discount", UNSET)
        if type(discount) is not float and type(discount) is not int and discount is not UNSET:
            discount = _fields.read_number(discount, "discount")

        importance_id = _get("importance_id", UNSET)
        if type(importance_id) is not int and importance_id is not UNSET:
            importance_id = _fields.read_integer(importance_id, "importance_id")

        importance = _get("importance", UNSET)
        if type(importance) is not str and importance is not UNSET:
            importance = _fields.read_string(importance, "importance")

        card = _get("card", UNSET)
        if card is not UNSET:
            card = _KIND_card.read_field(card, "card")

        birth_date = _get("birth_date", UNSET)
        if birth_date is not UNSET and birth_date is not None:
            try:
                birth_date = _fields.date_fromisoformat(birth_date)
            except (TypeError, ValueError):
                birth_date = _fields.read_date(birth_date, "birth_date")

        comment = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = _fields.read_string(comment, "comment")

        sms_check = _get("sms_check", UNSET)
        if type(sms_check) is not float and type(sms_check) is not int and sms_check is not UNSET:
            sms_check = _fields.read_number(sms_check, "sms_check")

        sms_not = _get("sms_not", UNSET)
        if type(sms_not) is not float and type(sms_not) is not int and sms_not is not UNSET:
            sms_not = _fields.read_number(sms_not, "sms_not")

        spent = _get("spent", UNSET)
        if type(spent) is not float and type(spent) is not int and spent is not UNSET:
            spent = _fields.read_number(spent, "spent")

        balance = _get("balance", UNSET)
        if type(balance) is not float and type(balance) is not int and balance is not UNSET:
            balance = _fields.read_number(balance, "balance")

        visits = _get("visits", UNSET)
        if type(visits) is not float and type(visits) is not int and visits is not UNSET:
            visits = _fields.read_number(visits, "visits")

        last_change_date = _get("last_change_date", UNSET)
        if last_change_date is not UNSET:
            try:
                last_change_date = _fields.datetime_fromisoformat(last_change_date)
            except (TypeError, ValueError):
                last_change_date = _fields.read_datetime(last_change_date, "last_change_date")

        custom_fields = _get("custom_fields", UNSET)
        if custom_fields is not UNSET:
            try:
                custom_fields = _models.DeprecatedGetClientListResponse200ItemCustomFields.from_dict(custom_fields)
            except _FieldError as _error:
                raise _error.within("custom_fields")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.name = name
        _model.phone = phone
        _model.email = email
        _model.categories = categories
        _model.gender_id = gender_id
        _model.gender = gender
        _model.discount = discount
        _model.importance_id = importance_id
        _model.importance = importance
        _model.card = card
        _model.birth_date = birth_date
        _model.comment = comment
        _model.sms_check = sms_check
        _model.sms_not = sms_not
        _model.spent = spent
        _model.balance = balance
        _model.visits = visits
        _model.last_change_date = last_change_date
        _model.custom_fields = custom_fields
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not DeprecatedGetClientListResponse200Item:
            _fields.init_added_fields(_model, DeprecatedGetClientListResponse200Item)
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
