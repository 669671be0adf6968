"""The facts of each operation that openapi-python-client's own model of an endpoint lacks
(security scheme, response kind, wire names of renamed parameters, paging), computed from the
normalized spec and handed to the templates, which write them into each endpoint module's
``_OPERATION``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from openapi_python_client.strings import PythonIdentifier

from .constants import API_BY_NAME, API_EXTENSION, APIS
from .normalizer.rules import PAGE_NUMBER_NAME, PAGE_SIZE_NAMES, QUERY_STYLE_COMMA
from .normalizer.walk import iter_operations

BINARY_CONTENT_PREFIXES = ("application/pdf", "application/octet-stream", "image/")

# The login (`AltegioClient.login`). The logins must never carry the user token: logging in again
# after a password change must not send the old (now rejected) token along; the Online Booking
# document's logins (a booking user's phone code or password) likewise.
LOGIN_OPERATION = "authorize_user"
# The Online Booking login by phone and SMS code: AltegioClient.booking_login.
BOOKING_LOGIN_OPERATION = "log_in_with_phone_number_and_code"
PARTNER_TOKEN_ONLY = frozenset({
    LOGIN_OPERATION, "authorize_online_booking_user", BOOKING_LOGIN_OPERATION,
    "send_booking_verification_code",
})  # fmt: skip
AUTH_TEXT = {"BearerPartnerUser": "needs the partner and the user token", "BearerPartner": "needs the partner token"}


@dataclass(frozen=True)
class OperationRow:
    operation_id: str
    method: str
    path: str
    # The API document (constants.APIS) and the package it lives in: altegio_b2b.<package>.<tag>.<module>.
    api: str
    package: str
    tag: str
    # The tag the generator files it under (the package in front, for every document but the first).
    generator_tag: str
    tag_title: str
    module: str
    summary: str
    security: str
    response_kind: str
    media_type: str | None
    # By Python name: the name sent on the wire where it differs (`staff_ids` -> `staff_ids[]`),
    # the arrays sent comma-joined, and the strftime format of dates not sent as ISO 8601.
    wire_names: dict[str, str]
    comma_joined: frozenset[str]
    date_formats: dict[str, str]
    deprecated: bool
    send_user_token: bool
    paging: tuple[str, str, str] | None
    # "object" or "array": the other shape the answer may arrive in (the docs show both).
    also_accept: str | None

    @property
    def import_path(self) -> str:
        return f"altegio_b2b.{self.package}.{self.tag}.{self.module}"

    @property
    def api_title(self) -> str:
        return API_BY_NAME[self.api].title

    @property
    def auth_text(self) -> str:
        return AUTH_TEXT[self.security]

    @property
    def operation_literal(self) -> str:
        """The ``Operation(...)`` expression the endpoint module holds."""
        args = [repr(self.operation_id), repr(self.method), repr(self.path), repr(self.security)]
        if self.response_kind != "json":
            args.append(f"response_kind={self.response_kind!r}")
        if self.media_type:
            args.append(f"media_type={self.media_type!r}")
        if self.deprecated:
            args.append("deprecated=True")
        if self.paging:
            args.append(f"paging=Paging{self.paging!r}")
        if not self.send_user_token:
            args.append("send_user_token=False")
        return f"Operation({', '.join(args)})"


def _response_kind(operation: dict[str, Any]) -> tuple[str, str | None]:
    """("json" | "bytes" | "none", the binary media type if any)."""
    for status, response in operation.get("responses", {}).items():
        if str(status).startswith("2"):
            content = response.get("content") or {}
            if not content:
                return "none", None
            binary = [ct for ct in content if ct.startswith(BINARY_CONTENT_PREFIXES)]
            return ("bytes", binary[0]) if binary else ("json", None)
    return "none", None


def paging(operation: dict[str, Any]) -> tuple[str, str, str] | None:
    """("query" | "body", page name, size name) for a list operation paged by page number and
    size; None for the others. A list: the answer is an array (or a body the spec leaves untyped)."""
    if not _answers_a_list(operation):
        return None
    query = [p["name"] for p in operation.get("parameters", []) if p.get("in") == "query"]
    size = next((name for name in PAGE_SIZE_NAMES if name in query), None)
    if PAGE_NUMBER_NAME in query and size is not None:
        return "query", PAGE_NUMBER_NAME, size
    body = ((operation.get("requestBody") or {}).get("content") or {}).get("application/json") or {}
    fields = set((body.get("schema") or {}).get("properties") or {})
    size = next((name for name in PAGE_SIZE_NAMES if name in fields), None)
    if PAGE_NUMBER_NAME in fields and size is not None:
        return "body", PAGE_NUMBER_NAME, size
    return None


def _answers_a_list(operation: dict[str, Any]) -> bool:
    for status, response in operation.get("responses", {}).items():
        if str(status).startswith("2"):
            schemas = [m.get("schema") or {} for m in (response.get("content") or {}).values()]
            return any(s.get("type") == "array" or not s for s in schemas)
    return False


def _also_accept(operation: dict[str, Any]) -> str | None:
    for status, response in operation.get("responses", {}).items():
        if str(status).startswith("2"):
            for media in (response.get("content") or {}).values():
                if media.get("x-altegio-also-accept"):
                    return str(media["x-altegio-also-accept"])
    return None


def _security(operation: dict[str, Any]) -> str:
    schemes = [name for requirement in operation.get("security") or [] for name in requirement]
    if not schemes:
        raise ValueError(f"{operation.get('operationId')}: no security scheme after normalization")
    # Any requirement that needs the user token makes the user token necessary.
    return "BearerPartnerUser" if "BearerPartnerUser" in schemes else schemes[0]


def _python_name(parameter: dict[str, Any]) -> str:
    return str(PythonIdentifier(parameter["name"], "field_"))


def operation_rows(normalized: dict[str, Any]) -> list[OperationRow]:
    rows = []
    for path, method, op in iter_operations(normalized):
        params = op.get("parameters", [])
        wire = {_python_name(p): p["x-altegio-wire-name"] for p in params if "x-altegio-wire-name" in p}
        comma = frozenset(_python_name(p) for p in params if p.get("x-altegio-query-style") == QUERY_STYLE_COMMA)
        date_formats = {_python_name(p): p["x-altegio-date-format"] for p in params if "x-altegio-date-format" in p}
        kind, media_type = _response_kind(op)
        api = API_BY_NAME.get(str(op.get(API_EXTENSION)), APIS[0])
        generator_tag = (op.get("tags") or ["default"])[0]
        tag_title = generator_tag.removeprefix(f"{api.package} ") if api is not APIS[0] else generator_tag
        rows.append(
            OperationRow(
                operation_id=op["operationId"],
                method=method.upper(),
                path=path,
                api=api.name,
                package=api.package,
                tag=str(PythonIdentifier(tag_title, "tag")),
                generator_tag=str(PythonIdentifier(generator_tag, "tag")),
                tag_title=tag_title,
                module=str(PythonIdentifier(op["operationId"], "field_")),
                summary=" ".join(str(op.get("summary") or op["operationId"]).split()),
                security=_security(op),
                response_kind=kind,
                media_type=media_type,
                wire_names=wire,
                comma_joined=comma,
                date_formats=date_formats,
                deprecated=bool(op.get("deprecated")),
                send_user_token=op["operationId"] not in PARTNER_TOKEN_ONLY,
                paging=paging(op),
                also_accept=_also_accept(op),
            )
        )
    return sorted(rows, key=lambda row: row.operation_id)


def tags_by_package(rows: list[OperationRow]) -> dict[str, list[OperationRow]]:
    """One row standing for each tag (its package, tag and title), by API package in the order of
    constants.APIS, tags in name order; a package without operations is left out."""
    tags: dict[str, dict[str, OperationRow]] = {}
    for row in rows:
        tags.setdefault(row.package, {})[row.tag] = row
    return {
        api.package: sorted(tags[api.package].values(), key=lambda row: row.tag) for api in APIS if api.package in tags
    }
