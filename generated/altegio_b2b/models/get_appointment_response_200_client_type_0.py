from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import fields as _fields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_appointment_response_200_client_type_0_client_tags_item import (
        GetAppointmentResponse200ClientType0ClientTagsItem,
    )
    from ..models.get_appointment_response_200_client_type_0_custom_fields_item import (
        GetAppointmentResponse200ClientType0CustomFieldsItem,
    )


T = TypeVar("T", bound="GetAppointmentResponse200ClientType0")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "surname",
        "middle_name",
        "patronymic",
        "display_name",
        "comment",
        "phone",
        "card",
        "email",
        "success_visits_count",
        "fail_visits_count",
        "discount",
        "is_new",
        "custom_fields",
        "gender",
        "sex",
        "birthday",
        "client_tags",
        "phone_country_id",
    }
)
_EXTRA = _fields.ANY
_KIND_custom_fields = _fields.ListOf(_fields.Model("GetAppointmentResponse200ClientType0CustomFieldsItem"))
_KIND_client_tags = _fields.ListOf(_fields.Model("GetAppointmentResponse200ClientType0ClientTagsItem"))


@_attrs_define
class GetAppointmentResponse200ClientType0:
    """Customer data (may be empty)

    Attributes:
        id (int | Unset): Client ID
        name (str | Unset): Client first name
        surname (str | Unset): Client surname
        middle_name (str | Unset): Client middle name
        patronymic (str | Unset): Client middle name (legacy field name; same value as middle_name)
        display_name (str | Unset): Client display name
        comment (str | Unset): Client comment
        phone (str | Unset): Client phone number
        card (str | Unset): Client card number
        email (str | Unset): Client email
        success_visits_count (float | Unset): Number of successful visits
        fail_visits_count (float | Unset): Number of failed visits
        discount (float | Unset): Client discount
        is_new (bool | Unset): Is new client flag
        custom_fields (list[GetAppointmentResponse200ClientType0CustomFieldsItem] | Unset): Client custom fields
        gender (float | Unset): Client gender (0 - not specified, 1 - male, 2 - female)
        sex (float | Unset): Client sex (alias for gender: 0 - not specified, 1 - male, 2 - female)
        birthday (str | Unset): Client birthday
        client_tags (list[GetAppointmentResponse200ClientType0ClientTagsItem] | Unset): Client tags
        phone_country_id (int | Unset): Phone country ID
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    surname: str | Unset = UNSET
    middle_name: str | Unset = UNSET
    patronymic: str | Unset = UNSET
    display_name: str | Unset = UNSET
    comment: str | Unset = UNSET
    phone: str | Unset = UNSET
    card: str | Unset = UNSET
    email: str | Unset = UNSET
    success_visits_count: float | Unset = UNSET
    fail_visits_count: float | Unset = UNSET
    discount: float | Unset = UNSET
    is_new: bool | Unset = UNSET
    custom_fields: list[GetAppointmentResponse200ClientType0CustomFieldsItem] | Unset = UNSET
    gender: float | Unset = UNSET
    sex: float | Unset = UNSET
    birthday: str | Unset = UNSET
    client_tags: list[GetAppointmentResponse200ClientType0ClientTagsItem] | Unset = UNSET
    phone_country_id: int | Unset = UNSET
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

        patronymic = self.patronymic
        if type(patronymic) is not str and patronymic is not UNSET:
            patronymic = _fields.write_string(patronymic, "patronymic")
        if patronymic is not UNSET:
            field_dict["patronymic"] = patronymic

        display_name = self.display_name
        if type(display_name) is not str and display_name is not UNSET:
            display_name = _fields.write_string(display_name, "display_name")
        if display_name is not UNSET:
            field_dict["display_name"] = display_name

        comment = self.comment
        if type(comment) is not str and comment is not UNSET:
            comment = _fields.write_string(comment, "comment")
        if comment is not UNSET:
            field_dict["comment"] = comment

        phone = self.phone
        if type(phone) is not str and phone is not UNSET:
            phone = _fields.write_string(phone, "phone")
        if phone is not UNSET:
            field_dict["phone"] = phone

        card = self.card
        if type(card) is not str and card is not UNSET:
            card = _fields.write_string(card, "card")
        if card is not UNSET:
            field_dict["card"] = card

        email = self.email
        if type(email) is not str and email is not UNSET:
            email = _fields.write_string(email, "email")
        if email is not UNSET:
            field_dict["email"] = email

        success_visits_count = self.success_visits_count
        if success_visits_count is not UNSET:
            field_dict["success_visits_count"] = _fields.write_number(success_visits_count, "success_visits_count")

        fail_visits_count = self.fail_visits_count
        if fail_visits_count is not UNSET:
            field_dict["fail_visits_count"] = _fields.write_number(fail_visits_count, "fail_visits_count")

        discount = self.discount
        if discount is not UNSET:
            field_dict["discount"] = _fields.write_number(discount, "discount")

        is_new = self.is_new
        if type(is_new) is not bool and is_new is not UNSET:
            is_new = _fields.write_boolean(is_new, "is_new")
        if is_new is not UNSET:
            field_dict["is_new"] = is_new

        custom_fields = self.custom_fields
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = _KIND_custom_fields.write_field(custom_fields, "custom_fields")

        gender = self.gender
        if gender is not UNSET:
            field_dict["gender"] = _fields.write_number(gender, "gender")

        sex = self.sex
        if sex is not UNSET:
            field_dict["sex"] = _fields.write_number(sex, "sex")

        birthday = self.birthday
        if type(birthday) is not str and birthday is not UNSET:
            birthday = _fields.write_string(birthday, "birthday")
        if birthday is not UNSET:
            field_dict["birthday"] = birthday

        client_tags = self.client_tags
        if client_tags is not UNSET:
            field_dict["client_tags"] = _KIND_client_tags.write_field(client_tags, "client_tags")

        phone_country_id = self.phone_country_id
        if type(phone_country_id) is not int and phone_country_id is not UNSET:
            phone_country_id = _fields.write_integer(phone_country_id, "phone_country_id")
        if phone_country_id is not UNSET:
            field_dict["phone_country_id"] = phone_country_id

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

        surname = _get("surname", UNSET)
        if type(surname) is not str and surname is not UNSET:
            surname = _fields.read_string(surname, "surname")

        middle_name = _get("middle_name", UNSET)
        if type(middle_name) is not str and middle_name is not UNSET:
            middle_name = _fields.read_string(middle_name, "middle_name")

        patronymic = _get("patronymic", UNSET)
        if type(patronymic) is not str and patronymic is not UNSET:
            patronymic = _fields.read_string(patronymic, "patronymic")

        display_name = _get("display_name", UNSET)
        if type(display_name) is not str and display_name is not UNSET:
            display_name = _fields.read_string(display_name, "display_name")

        comment = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = _fields.read_string(comment, "comment")

        phone = _get("phone", UNSET)
        if type(phone) is not str and phone is not UNSET:
            phone = _fields.read_string(phone, "phone")

        card = _get("card", UNSET)
        if type(card) is not str and card is not UNSET:
            card = _fields.read_string(card, "card")

        email = _get("email", UNSET)
        if type(email) is not str and email is not UNSET:
            email = _fields.read_string(email, "email")

        success_visits_count = _get("success_visits_count", UNSET)
        if (
            type(success_visits_count) is not float
            and type(success_visits_count) is not int
            and success_visits_count is not UNSET
        ):
            success_visits_count = _fields.read_number(success_visits_count, "success_visits_count")

        fail_visits_count = _get("fail_visits_count", UNSET)
        if (
            type(fail_visits_count) is not float
            and type(fail_visits_count) is not int
            and fail_visits_count is not UNSET
        ):
            fail_visits_count = _fields.read_number(fail_visits_count, "fail_visits_count")

        discount = _get("discount", UNSET)
        if type(discount) is not float and type(discount) is not int and discount is not UNSET:
            discount = _fields.read_number(discount, "discount")

        is_new = _get("is_new", UNSET)
        if type(is_new) is not bool and is_new is not UNSET:
            is_new = _fields.read_boolean(is_new, "is_new")

        custom_fields = _get("custom_fields", UNSET)
        if custom_fields is not UNSET:
            custom_fields = _KIND_custom_fields.read_field(custom_fields, "custom_fields")

        gender = _get("gender", UNSET)
        if type(gender) is not float and type(gender) is not int and gender is not UNSET:
            gender = _fields.read_number(gender, "gender")

        sex = _get("sex", UNSET)
        if type(sex) is not float and type(sex) is not int and sex is not UNSET:
            sex = _fields.read_number(sex, "sex")

        birthday = _get("birthday", UNSET)
        if type(birthday) is not str and birthday is not UNSET:
            birthday = _fields.read_string(birthday, "birthday")

        client_tags = _get("client_tags", UNSET)
        if client_tags is not UNSET:
            client_tags = _KIND_client_tags.read_field(client_tags, "client_tags")

        phone_country_id = _get("phone_country_id", UNSET)
        if type(phone_country_id) is not int and phone_country_id is not UNSET:
            phone_country_id = _fields.read_integer(phone_country_id, "phone_country_id")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.id = id
        _model.name = name
        _model.surname = surname
        _model.middle_name = middle_name
        _model.patronymic = patronymic
        _model.display_name = display_name
        _model.comment = comment
        _model.phone = phone
        _model.card = card
        _model.email = email
        _model.success_visits_count = success_visits_count
        _model.fail_visits_count = fail_visits_count
        _model.discount = discount
        _model.is_new = is_new
        _model.custom_fields = custom_fields
        _model.gender = gender
        _model.sex = sex
        _model.birthday = birthday
        _model.client_tags = client_tags
        _model.phone_country_id = phone_country_id
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetAppointmentResponse200ClientType0:
            _fields.init_added_fields(_model, GetAppointmentResponse200ClientType0)
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
