"""The facts of one operation. Each generated endpoint module holds its own ``_OPERATION``: the
one home of its method, path, auth and paging, read by that module and by the client."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

ResponseKind = Literal["json", "bytes", "none"]
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})


@dataclass(frozen=True, slots=True)
class Paging:
    """How a list operation pages: where its page number and page size go ("query" parameters or
    fields of the JSON "body") and their names (`page` + `count`, `page_size`, `limit`, ...)."""

    where: Literal["query", "body"]
    page: str
    size: str


@dataclass(frozen=True, slots=True)
class Operation:
    operation_id: str
    method: str
    path: str
    # "BearerPartnerUser" (partner and user token) or "BearerPartner" (partner token only).
    security: str
    response_kind: ResponseKind = "json"
    # For a binary answer (a PDF receipt): its media type, accepted besides the vendor JSON type.
    media_type: str | None = None
    # False only where a stale user token must not travel (POST /auth, the login itself).
    send_user_token: bool = True
    # List operations paged by page number and size (see paginate); None for the others.
    paging: Paging | None = None
    deprecated: bool = False

    @property
    def needs_user_token(self) -> bool:
        return self.security == "BearerPartnerUser"

    @property
    def idempotent(self) -> bool:
        return self.method in IDEMPOTENT_METHODS
