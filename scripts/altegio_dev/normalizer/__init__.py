"""Normalize an Altegio B2B OpenAPI document for generation (or for the Prism mock).

``normalize(doc, profile)`` returns a normalized deep copy and a log of every change, patch by
patch. It is idempotent and accounts for every operation: one that leaves ``paths`` must have
been moved by a patch that says so, or normalization fails.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from .patches import PATCHES, Patch
from .walk import count_operations

PROFILES = ("generate", "mock", "mock-dynamic")


@dataclass
class PatchResult:
    patch: Patch
    changes: list[str] = field(default_factory=list)


@dataclass
class NormalizationReport:
    profile: str
    # Operations and webhooks the document has, operations left after normalization (the
    # webhooks are the rest: those the document declared and the callbacks moved among them).
    operations_in: int
    operations_out: int
    webhooks: int
    moved: int
    results: list[PatchResult]

    def lines(self, verbose: bool = False) -> list[str]:
        out = [
            f"normalize ({self.profile}): {self.operations_in} operations and webhooks in, {self.operations_out} "
            f"operations out, {self.webhooks} webhooks ({self.moved} moved there)"
        ]
        for result in self.results:
            if not result.changes:
                out.append(f"  {result.patch.name}: no longer applies ({result.patch.why})")
                continue
            out.append(f"  {result.patch.name}: {len(result.changes)} change(s) ({result.patch.why})")
            shown = result.changes if verbose else result.changes[:3]
            out.extend(f"    {change}" for change in shown)
            if len(shown) < len(result.changes):
                out.append(f"    ... {len(result.changes) - len(shown)} more")
        return out


def normalize(document: dict[str, Any], profile: str = "generate") -> tuple[dict[str, Any], NormalizationReport]:
    if profile not in PROFILES:
        raise ValueError(f"profile must be one of {PROFILES}, got {profile!r}")
    doc = copy.deepcopy(document)
    webhooks_in = len(_webhook_operations(doc))
    operations_in = count_operations(doc) + webhooks_in
    results = [PatchResult(patch, patch.apply(doc)) for patch in PATCHES if profile in patch.profiles]
    operations_out = count_operations(doc)
    webhooks = len(_webhook_operations(doc))
    if operations_out + webhooks != operations_in:
        raise ValueError(
            f"normalization lost operations: {operations_in} in, {operations_out} out, {webhooks} webhooks"
        )
    return doc, NormalizationReport(profile, operations_in, operations_out, webhooks, webhooks - webhooks_in, results)


def _webhook_operations(doc: dict[str, Any]) -> list[Any]:
    return [op for item in (doc.get("webhooks") or {}).values() for op in item.values()]
