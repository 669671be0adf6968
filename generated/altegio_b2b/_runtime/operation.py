"""Per-operation facts the generated endpoint modules hand to the client (see _operations.py)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

ResponseKind = Literal["json", "bytes", "none"]
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})


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
    # Python parameter names that differ from the name sent on the wire (e.g. id_list -> id[]).
    wire_names: Mapping[str, str] = field(default_factory=dict)
    deprecated: bool = False

    @property
    def needs_user_token(self) -> bool:
        return self.security == "BearerPartnerUser"

    @property
    def idempotent(self) -> bool:
        return self.method in IDEMPOTENT_METHODS
