from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._runtime import fields as _fields
from .._runtime.errors import FieldError as _FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bulk_create_clients_body_type_0_categories import BulkCreateClientsBodyType0Categories


T = TypeVar("T", bound="BulkCreateClientsBodyType0")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "name",
        "phone",
        "surname",
        "middle_name",
        "email",
        "gender_id",
        "importance_id",
        "discount",
        "card",
        "birth_date",
        "comment",
        "spent",
        "balance",
        "sms_check",
        "sms_not",
        "categories",
    }
)
_EXTRA = _fields.ANY


@_attrs_define
class BulkCreateClientsBodyType0:
    """
    Example:
        [{'name': 'James', 'surname': 'Smith', 'middle_name': 'James', 'phone': 13155550181, 'email':
            'j.smith@example.com', 'gender_id': 1, 'discount': 15, 'importance_id': 1, 'card': 555888666, 'birth_date':
            '952041600', 'comment': 'throws show-off', 'sms_check': 0, 'sms_not': 0, 'spent': 1000, 'balance': -200,
            'categories': [101, 102]}, {'name': 'James', 'surname': 'Smith', 'middle_name': 'James', 'phone': 13155550181},
            {'phone': 13155550182}, {'name': 'James', 'surname': 'Smith', 'middle_name': 'James', 'phone': 13155550183},
            {'name': 'Theodore', 'surname': 'Hicks', 'middle_name': 'Richardson'}]

    Attributes:
        name (str): Client name
        phone (str): Customer phone
        surname (str | Unset): Client surname
        middle_name (str | Unset): Client middle name
        email (str | Unset): Client Email
        gender_id (int | Unset): Gender of the client (1 - male, 2 - female, 0 - unknown)
        importance_id (int | Unset): Client priority level (0 - none, 1 - bronze, 2 - silver, 3 - gold)
        discount (float | Unset): Customer Discount
        card (str | Unset): Client card number
        birth_date (str | Unset): Date of birth of the client in the format yyyy-mm-dd
        comment (str | Unset): A comment
        spent (float | Unset): How much money spent in the location at the time of adding
        balance (float | Unset): Client balance
        sms_check (float | Unset): 1 - Happy Birthday by SMS, 0 - do not congratulate
        sms_not (float | Unset): 1 - Exclude the client from SMS mailings, 0 - do not exclude
        categories (BulkCreateClientsBodyType0Categories | Unset): Array of customer tag IDs
    """

    name: str
    phone: str
    surname: str | Unset = UNSET
    middle_name: str | Unset = UNSET
    email: str | Unset = UNSET
    gender_id: int | Unset = UNSET
    importance_id: int | Unset = UNSET
    discount: float | Unset = UNSET
    card: str | Unset = UNSET
    birth_date: str | Unset = UNSET
    comment: str | Unset = UNSET
    spent: float | Unset = UNSET
    balance: float | Unset = UNSET
    sms_check: float | Unset = UNSET
    sms_not: float | Unset = UNSET
    categories: BulkCreateClientsBodyType0Categories | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        name = self.name
        if type(name) is not str:
            name = _fields.write_string(name, "name")
        field_dict["name"] = name

        phone = self.phone
        if type(phone) is not str:
            phone = _fields.write_string(phone, "phone")
        field_dict["phone"] = phone

        surname = self.surname
        if type(surname) is not str and surname is not UNSET:
            surname = _fields.write_string(surname, "surname")
        if surname is not UNSET:
            field_dict["surname"] = surname

        middle_name = self.middle_name
        if type(middle_name) is not str and middle_name is not UNSET:
            middle_name = _fields.write_string(middle_name, "middle_name")
        if middle_name is not UNSET:
            field_dict["middle_name"] = middle_name

        email = self.email
        if type(email) is not str and email is not UNSET:
            email = _fields.write_string(email, "email")
        if email is not UNSET:
            field_dict["email"] = email

        gender_id = self.gender_id
        if type(gender_id) is not int and gender_id is not UNSET:
            gender_id = _fields.write_integer(gender_id, "gender_id")
        if gender_id is not UNSET:
            field_dict["gender_id"] = gender_id

        importance_id = self.importance_id
        if type(importance_id) is not int and importance_id is not UNSET:
            importance_id = _fields.write_integer(importance_id, "importance_id")
        if importance_id is not UNSET:
            field_dict["importance_id"] = importance_id

        discount = self.discount
        if discount is not UNSET:
            field_dict["discount"] = _fields.write_number(discount, "discount")

        card = self.card
        if type(card) is not str and card is not UNSET:
            card = _fields.write_string(card, "card")
        if card is not UNSET:
            field_dict["card"] = card

        birth_date = self.birth_date
        if type(birth_date) is not str and birth_date is not UNSET:
            birth_date = _fields.write_string(birth_date, "birth_date")
        if birth_date is not UNSET:
            field_dict["birth_date"] = birth_date

        comment = self.comment
        if type(comment) is not str and comment is not UNSET:
            comment = _fields.write_string(comment, "comment")
        if comment is not UNSET:
            field_dict["comment"] = comment

        spent = self.spent
        if spent is not UNSET:
            field_dict["spent"] = _fields.write_number(spent, "spent")

        balance = self.balance
        if balance is not UNSET:
            field_dict["balance"] = _fields.write_number(balance, "balance")

        sms_check = self.sms_check
        if sms_check is not UNSET:
            field_dict["sms_check"] = _fields.write_number(sms_check, "sms_check")

        sms_not = self.sms_not
        if sms_not is not UNSET:
            field_dict["sms_not"] = _fields.write_number(sms_not, "sms_not")

        categories = self.categories
        if categories is not UNSET:
            field_dict["categories"] = _fields.write_model(
                categories, _models.BulkCreateClientsBodyType0Categories, "categories"
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        name = _get("name", UNSET)
        if type(name) is not str:
            name = _fields.read_string(name, "name")

        phone = _get("phone", UNSET)
        if type(phone) is not str:
            phone = _fields.read_string(phone, "phone")

        surname = _get("surname", UNSET)
        if type(surname) is not str and surname is not UNSET:
            surname = _fields.read_string(surname, "surname")

        middle_name = _get("middle_name", UNSET)
        if type(middle_name) is not str and middle_name is not UNSET:
            middle_name = _fields.read_string(middle_name, "middle_name")

        email = _get("email", UNSET)
        if type(email) is not str and email is not UNSET:
            email = _fields.read_string(email, "email")

        gender_id = _get("gender_id", UNSET)
        if type(gender_id) is not int and gender_id is not UNSET:
            gender_id = _fields.read_integer(gender_id, "gender_id")

        importance_id = _get("importance_id", UNSET)
        if type(importance_id) is not int and importance_id is not UNSET:
            importance_id = _fields.read_integer(importance_id, "importance_id")

        discount = _get("discount", UNSET)
        if type(discount) is not float and type(discount) is not int and discount is not UNSET:
            discount = _fields.read_number(discount, "discount")

        card = _get("card", UNSET)
        if type(card) is not str and card is not UNSET:
            card = _fields.read_string(card, "card")

        birth_date = _get("birth_date", UNSET)
        if type(birth_date) is not str and birth_date is not UNSET:
            birth_date = _fields.read_string(birth_date, "birth_date")

        comment = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = _fields.read_string(comment, "comment")

        spent = _get("spent", UNSET)
        if type(spent) is not float and type(spent) is not int and spent is not UNSET:
            spent = _fields.read_number(spent, "spent")

        balance = _get("balance", UNSET)
        if type(balance) is not float and type(balance) is not int and balance is not UNSET:
            balance = _fields.read_number(balance, "balance")

        sms_check = _get("sms_check", UNSET)
        if type(sms_check) is not float and type(sms_check) is not int and sms_check is not UNSET:
            sms_check = _fields.read_number(sms_check, "sms_check")

        sms_not = _get("sms_not", UNSET)
        if type(sms_not) is not float and type(sms_not) is not int and sms_not is not UNSET:
            sms_not = _fields.read_number(sms_not, "sms_not")

        categories = _get("categories", UNSET)
        if categories is not UNSET:
            try:
                categories = _models.BulkCreateClientsBodyType0Categories.from_dict(categories)
            except _FieldError as _error:
                raise _error.within("categories")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.name = name
        _model.phone = phone
        _model.surname = surname
        _model.middle_name = middle_name
        _model.email = email
        _model.gender_id = gender_id
        _model.importance_id = importance_id
        _model.discount = discount
        _model.card = card
        _model.birth_date = birth_date
        _model.comment = comment
        _model.spent = spent
        _model.balance = balance
        _model.sms_check = sms_check
        _model.sms_not = sms_not
        _model.categories = categories
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not BulkCreateClientsBodyType0:
            _fields.init_added_fields(_model, BulkCreateClientsBodyType0)
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
