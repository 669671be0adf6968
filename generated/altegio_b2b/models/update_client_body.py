from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_client_body_custom_fields import UpdateClientBodyCustomFields
    from ..models.update_client_body_labels import UpdateClientBodyLabels


T = TypeVar("T", bound="UpdateClientBody")


@_attrs_define
class UpdateClientBody:
    """
    Attributes:
        name (str): Client name
        phone (str): Customer phone
        balance (float | Unset): Client balance
        birth_date (str | Unset): Date of birth of the client in the format yyyy-mm-dd
        card (str | Unset): Client card number
        comment (str | Unset): A comment
        custom_fields (UpdateClientBodyCustomFields | Unset): Array of additional client fields as "api-key": "value"
            pairs
        discount (float | Unset): Customer Discount
        email (str | Unset): Client Email
        gender_id (int | Unset): Gender of the client (1 - male, 2 - female, 0 - unknown)
        importance_id (int | Unset): Client priority level (0 - none, 1 - bronze, 2 - silver, 3 - gold)
        labels (UpdateClientBodyLabels | Unset): Array of customer tag IDs
        middle_name (str | Unset): Client middle name
        national_id (str | Unset): Client national ID: CPF for Brazil, IIN for Kazakhstan. For a location in Kazakhstan
            the value must be a valid individual IIN — 12 digits with a correct check digit — otherwise the request is
            rejecte…
        sms_check (float | Unset): 1 - Happy Birthday by SMS, 0 - do not congratulate
        sms_not (float | Unset): 1 - Exclude the client from SMS mailings, 0 - do not exclude
        spent (float | Unset): How much money spent in the location at the time of adding
        surname (str | Unset): Client surname
    """

    name: str
    phone: str
    balance: float | Unset = UNSET
    birth_date: str | Unset = UNSET
    card: str | Unset = UNSET
    comment: str | Unset = UNSET
    custom_fields: UpdateClientBodyCustomFields | Unset = UNSET
    discount: float | Unset = UNSET
    email: str | Unset = UNSET
    gender_id: int | Unset = UNSET
    importance_id: int | Unset = UNSET
    labels: UpdateClientBodyLabels | Unset = UNSET
    middle_name: str | Unset = UNSET
    national_id: str | Unset = UNSET
    sms_check: float | Unset = UNSET
    sms_not: float | Unset = UNSET
    spent: float | Unset = UNSET
    surname: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        phone = self.phone

        balance = self.balance

        birth_date = self.birth_date

        card = self.card

        comment = self.comment

        custom_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = self.custom_fields.to_dict()

        discount = self.discount

        email = self.email

        gender_id = self.gender_id

        importance_id = self.importance_id

        labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels.to_dict()

        middle_name = self.middle_name

        national_id = self.national_id

        sms_check = self.sms_check

        sms_not = self.sms_not

        spent = self.spent

        surname = self.surname

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "phone": phone,
            }
        )
        if balance is not UNSET:
            field_dict["balance"] = balance
        if birth_date is not UNSET:
            field_dict["birth_date"] = birth_date
        if card is not UNSET:
            field_dict["card"] = card
        if comment is not UNSET:
            field_dict["comment"] = comment
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if discount is not UNSET:
            field_dict["discount"] = discount
        if email is not UNSET:
            field_dict["email"] = email
        if gender_id is not UNSET:
            field_dict["gender_id"] = gender_id
        if importance_id is not UNSET:
            field_dict["importance_id"] = importance_id
        if labels is not UNSET:
            field_dict["labels"] = labels
        if middle_name is not UNSET:
            field_dict["middle_name"] = middle_name
        if national_id is not UNSET:
            field_dict["national_id"] = national_id
        if sms_check is not UNSET:
            field_dict["sms_check"] = sms_check
        if sms_not is not UNSET:
            field_dict["sms_not"] = sms_not
        if spent is not UNSET:
            field_dict["spent"] = spent
        if surname is not UNSET:
            field_dict["surname"] = surname

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_client_body_custom_fields import UpdateClientBodyCustomFields  # noqa: PLC0415
        from ..models.update_client_body_labels import UpdateClientBodyLabels  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        phone = d.pop("phone")

        balance = d.pop("balance", UNSET)

        birth_date = d.pop("birth_date", UNSET)

        card = d.pop("card", UNSET)

        comment = d.pop("comment", UNSET)

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: UpdateClientBodyCustomFields | Unset
        if isinstance(_custom_fields, Unset):
            custom_fields = UNSET
        else:
            custom_fields = UpdateClientBodyCustomFields.from_dict(_custom_fields)

        discount = d.pop("discount", UNSET)

        email = d.pop("email", UNSET)

        gender_id = d.pop("gender_id", UNSET)

        importance_id = d.pop("importance_id", UNSET)

        _labels = d.pop("labels", UNSET)
        labels: UpdateClientBodyLabels | Unset
        if isinstance(_labels, Unset):
            labels = UNSET
        else:
            labels = UpdateClientBodyLabels.from_dict(_labels)

        middle_name = d.pop("middle_name", UNSET)

        national_id = d.pop("national_id", UNSET)

        sms_check = d.pop("sms_check", UNSET)

        sms_not = d.pop("sms_not", UNSET)

        spent = d.pop("spent", UNSET)

        surname = d.pop("surname", UNSET)

        update_client_body = cls(
            name=name,
            phone=phone,
            balance=balance,
            birth_date=birth_date,
            card=card,
            comment=comment,
            custom_fields=custom_fields,
            discount=discount,
            email=email,
            gender_id=gender_id,
            importance_id=importance_id,
            labels=labels,
            middle_name=middle_name,
            national_id=national_id,
            sms_check=sms_check,
            sms_not=sms_not,
            spent=spent,
            surname=surname,
        )

        update_client_body.additional_properties = d
        return update_client_body

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
