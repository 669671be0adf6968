from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_client_body_custom_fields import UpdateClientBodyCustomFields
    from ..models.update_client_body_labels_type_0 import UpdateClientBodyLabelsType0


T = TypeVar("T", bound="UpdateClientBody")


@_attrs_define
class UpdateClientBody:
    """
    Example:
        {'name': 'James', 'surname': 'Smith', 'middle_name': 'James', 'phone': 13155550179, 'email':
            'j.smith@example.com', 'gender_id': 1, 'discount': 15, 'importance_id': 1, 'card': 555888666, 'birth_date':
            '952041600', 'comment': 'throws show-off', 'sms_check': 0, 'sms_not': 0, 'spent': 1000, 'balance': -200,
            'labels': [101, 102], 'custom_fields': {'key-1': 'value-1'}}

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
        labels (list[Any] | Unset | UpdateClientBodyLabelsType0): Array of customer tag IDs
        custom_fields (UpdateClientBodyCustomFields | Unset): Array of additional client fields as "api-key": "value"
            pairs
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
    labels: list[Any] | Unset | UpdateClientBodyLabelsType0 = UNSET
    custom_fields: UpdateClientBodyCustomFields | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.update_client_body_labels_type_0 import UpdateClientBodyLabelsType0  # noqa: PLC0415

        name = self.name

        phone = self.phone

        surname = self.surname

        middle_name = self.middle_name

        email = self.email

        gender_id = self.gender_id

        importance_id = self.importance_id

        discount = self.discount

        card = self.card

        birth_date = self.birth_date

        comment = self.comment

        spent = self.spent

        balance = self.balance

        sms_check = self.sms_check

        sms_not = self.sms_not

        labels: dict[str, Any] | list[Any] | Unset
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, UpdateClientBodyLabelsType0):
            labels = self.labels.to_dict()
        else:
            labels = self.labels

        custom_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = self.custom_fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "phone": phone,
            }
        )
        if surname is not UNSET:
            field_dict["surname"] = surname
        if middle_name is not UNSET:
            field_dict["middle_name"] = middle_name
        if email is not UNSET:
            field_dict["email"] = email
        if gender_id is not UNSET:
            field_dict["gender_id"] = gender_id
        if importance_id is not UNSET:
            field_dict["importance_id"] = importance_id
        if discount is not UNSET:
            field_dict["discount"] = discount
        if card is not UNSET:
            field_dict["card"] = card
        if birth_date is not UNSET:
            field_dict["birth_date"] = birth_date
        if comment is not UNSET:
            field_dict["comment"] = comment
        if spent is not UNSET:
            field_dict["spent"] = spent
        if balance is not UNSET:
            field_dict["balance"] = balance
        if sms_check is not UNSET:
            field_dict["sms_check"] = sms_check
        if sms_not is not UNSET:
            field_dict["sms_not"] = sms_not
        if labels is not UNSET:
            field_dict["labels"] = labels
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_client_body_custom_fields import UpdateClientBodyCustomFields  # noqa: PLC0415
        from ..models.update_client_body_labels_type_0 import UpdateClientBodyLabelsType0  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        phone = d.pop("phone")

        surname = d.pop("surname", UNSET)

        middle_name = d.pop("middle_name", UNSET)

        email = d.pop("email", UNSET)

        gender_id = d.pop("gender_id", UNSET)

        importance_id = d.pop("importance_id", UNSET)

        discount = d.pop("discount", UNSET)

        card = d.pop("card", UNSET)

        birth_date = d.pop("birth_date", UNSET)

        comment = d.pop("comment", UNSET)

        spent = d.pop("spent", UNSET)

        balance = d.pop("balance", UNSET)

        sms_check = d.pop("sms_check", UNSET)

        sms_not = d.pop("sms_not", UNSET)

        def _parse_labels(data: object) -> list[Any] | Unset | UpdateClientBodyLabelsType0:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                labels_type_0 = UpdateClientBodyLabelsType0.from_dict(data)

                return labels_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            labels_type_1 = cast(list[Any], data)

            return labels_type_1

        labels = _parse_labels(d.pop("labels", UNSET))

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: UpdateClientBodyCustomFields | Unset
        if isinstance(_custom_fields, Unset):
            custom_fields = UNSET
        else:
            custom_fields = UpdateClientBodyCustomFields.from_dict(_custom_fields)

        _model = cls(
            name=name,
            phone=phone,
            surname=surname,
            middle_name=middle_name,
            email=email,
            gender_id=gender_id,
            importance_id=importance_id,
            discount=discount,
            card=card,
            birth_date=birth_date,
            comment=comment,
            spent=spent,
            balance=balance,
            sms_check=sms_check,
            sms_not=sms_not,
            labels=labels,
            custom_fields=custom_fields,
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
