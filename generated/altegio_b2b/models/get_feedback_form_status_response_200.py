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
    from ..models.get_feedback_form_status_response_200_agreement_links import (
        GetFeedbackFormStatusResponse200AgreementLinks,
    )
    from ..models.get_feedback_form_status_response_200_company import GetFeedbackFormStatusResponse200Company
    from ..models.get_feedback_form_status_response_200_currency import GetFeedbackFormStatusResponse200Currency
    from ..models.get_feedback_form_status_response_200_language import GetFeedbackFormStatusResponse200Language
    from ..models.get_feedback_form_status_response_200_master import GetFeedbackFormStatusResponse200Master
    from ..models.get_feedback_form_status_response_200_record import GetFeedbackFormStatusResponse200Record
    from ..models.get_feedback_form_status_response_200_tips_item import GetFeedbackFormStatusResponse200TipsItem


T = TypeVar("T", bound="GetFeedbackFormStatusResponse200")
# The keys this model declares; the others go to additional_properties.
_KNOWN: frozenset[str] = frozenset(
    {
        "favicon_url",
        "is_review_submitted",
        "page_title",
        "master",
        "company",
        "tips",
        "record",
        "currency",
        "agreement_links",
        "language",
    }
)
_EXTRA = _fields.ANY
_KIND_tips = _fields.ListOf(_fields.Model("GetFeedbackFormStatusResponse200TipsItem"))


@_attrs_define
class GetFeedbackFormStatusResponse200:
    """Object with data

    Attributes:
        favicon_url (str | Unset): Let to the logo
        is_review_submitted (bool | Unset): Has feedback been sent?
        page_title (str | Unset): Page Title
        master (GetFeedbackFormStatusResponse200Master | Unset): team member
        company (GetFeedbackFormStatusResponse200Company | Unset): location
        tips (list[GetFeedbackFormStatusResponse200TipsItem] | Unset): Tips
        record (GetFeedbackFormStatusResponse200Record | Unset): Recording
        currency (GetFeedbackFormStatusResponse200Currency | Unset): location currency
        agreement_links (GetFeedbackFormStatusResponse200AgreementLinks | Unset): Links to agreements
        language (GetFeedbackFormStatusResponse200Language | Unset): Language
    """

    favicon_url: str | Unset = UNSET
    is_review_submitted: bool | Unset = UNSET
    page_title: str | Unset = UNSET
    master: GetFeedbackFormStatusResponse200Master | Unset = UNSET
    company: GetFeedbackFormStatusResponse200Company | Unset = UNSET
    tips: list[GetFeedbackFormStatusResponse200TipsItem] | Unset = UNSET
    record: GetFeedbackFormStatusResponse200Record | Unset = UNSET
    currency: GetFeedbackFormStatusResponse200Currency | Unset = UNSET
    agreement_links: GetFeedbackFormStatusResponse200AgreementLinks | Unset = UNSET
    language: GetFeedbackFormStatusResponse200Language | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = _fields.write_extra(_EXTRA, self.additional_properties)
        favicon_url = self.favicon_url
        if type(favicon_url) is not str and favicon_url is not UNSET:
            favicon_url = _fields.write_string(favicon_url, "favicon_url")
        if favicon_url is not UNSET:
            field_dict["favicon_url"] = favicon_url

        is_review_submitted = self.is_review_submitted
        if type(is_review_submitted) is not bool and is_review_submitted is not UNSET:
            is_review_submitted = _fields.write_boolean(is_review_submitted, "is_review_submitted")
        if is_review_submitted is not UNSET:
            field_dict["is_review_submitted"] = is_review_submitted

        page_title = self.page_title
        if type(page_title) is not str and page_title is not UNSET:
            page_title = _fields.write_string(page_title, "page_title")
        if page_title is not UNSET:
            field_dict["page_title"] = page_title

        master = self.master
        if master is not UNSET:
            field_dict["master"] = _fields.write_model(master, _models.GetFeedbackFormStatusResponse200Master, "master")

        company = self.company
        if company is not UNSET:
            field_dict["company"] = _fields.write_model(
                company, _models.GetFeedbackFormStatusResponse200Company, "company"
            )

        tips = self.tips
        if tips is not UNSET:
            field_dict["tips"] = _KIND_tips.write_field(tips, "tips")

        record = self.record
        if record is not UNSET:
            field_dict["record"] = _fields.write_model(record, _models.GetFeedbackFormStatusResponse200Record, "record")

        currency = self.currency
        if currency is not UNSET:
            field_dict["currency"] = _fields.write_model(
                currency, _models.GetFeedbackFormStatusResponse200Currency, "currency"
            )

        agreement_links = self.agreement_links
        if agreement_links is not UNSET:
            field_dict["agreement_links"] = _fields.write_model(
                agreement_links, _models.GetFeedbackFormStatusResponse200AgreementLinks, "agreement_links"
            )

        language = self.language
        if language is not UNSET:
            field_dict["language"] = _fields.write_model(
                language, _models.GetFeedbackFormStatusResponse200Language, "language"
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _fields.mapping(src_dict)
        _get = src_dict.get
        favicon_url = _get("favicon_url", UNSET)
        if type(favicon_url) is not str and favicon_url is not UNSET:
            favicon_url = _fields.read_string(favicon_url, "favicon_url")

        is_review_submitted = _get("is_review_submitted", UNSET)
        if type(is_review_submitted) is not bool and is_review_submitted is not UNSET:
            is_review_submitted = _fields.read_boolean(is_review_submitted, "is_review_submitted")

        page_title = _get("page_title", UNSET)
        if type(page_title) is not str and page_title is not UNSET:
            page_title = _fields.read_string(page_title, "page_title")

        master = _get("master", UNSET)
        if master is not UNSET:
            try:
                master = _models.GetFeedbackFormStatusResponse200Master.from_dict(master)
            except _FieldError as _error:
                raise _error.within("master")

        company = _get("company", UNSET)
        if company is not UNSET:
            try:
                company = _models.GetFeedbackFormStatusResponse200Company.from_dict(company)
            except _FieldError as _error:
                raise _error.within("company")

        tips = _get("tips", UNSET)
        if tips is not UNSET:
            tips = _KIND_tips.read_field(tips, "tips")

        record = _get("record", UNSET)
        if record is not UNSET:
            try:
                record = _models.GetFeedbackFormStatusResponse200Record.from_dict(record)
            except _FieldError as _error:
                raise _error.within("record")

        currency = _get("currency", UNSET)
        if currency is not UNSET:
            try:
                currency = _models.GetFeedbackFormStatusResponse200Currency.from_dict(currency)
            except _FieldError as _error:
                raise _error.within("currency")

        agreement_links = _get("agreement_links", UNSET)
        if agreement_links is not UNSET:
            try:
                agreement_links = _models.GetFeedbackFormStatusResponse200AgreementLinks.from_dict(agreement_links)
            except _FieldError as _error:
                raise _error.within("agreement_links")

        language = _get("language", UNSET)
        if language is not UNSET:
            try:
                language = _models.GetFeedbackFormStatusResponse200Language.from_dict(language)
            except _FieldError as _error:
                raise _error.within("language")

        # Values checked above: set directly (attrs' keyword __init__ would cost as much again).
        _model = _fields.new(cls)
        _model.favicon_url = favicon_url
        _model.is_review_submitted = is_review_submitted
        _model.page_title = page_title
        _model.master = master
        _model.company = company
        _model.tips = tips
        _model.record = record
        _model.currency = currency
        _model.agreement_links = agreement_links
        _model.language = language
        _model.additional_properties = {} if src_dict.keys() <= _KNOWN else _fields.read_extra(_EXTRA, src_dict, _KNOWN)
        if cls is not GetFeedbackFormStatusResponse200:
            _fields.init_added_fields(_model, GetFeedbackFormStatusResponse200)
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
