"""Apply an OpenAPI Overlay 1.0 document (https://spec.openapis.org/overlay/v1.0.0.html).

Actions run in order. Each selects nodes with an RFC 9535 JSONPath ``target`` (python-jsonpath)
and either removes them (``remove: true``) or applies ``update``: merged into a selected object
(nested objects merged recursively, nested arrays extended, other values replaced), or appended
as one entry to a selected array. A target that selects nothing
is not an error (the document may have caught up); the report says so, so `update-spec` can
tell which facts of the overlay Altegio's next document already has.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

import jsonpath


class OverlayError(ValueError):
    pass


@dataclass(frozen=True)
class ActionResult:
    target: str
    description: str
    kind: str  # "update" | "remove"
    matched: int

    def line(self) -> str:
        what = f"{self.matched} node(s)" if self.matched else "nothing (no longer applies)"
        return f"{self.kind} {self.target}: {what} — {self.description}"


def merge(target: Any, update: Any) -> Any:
    """Overlay 1.0 merge: objects recursively, arrays appended, other values replaced."""
    if isinstance(target, dict) and isinstance(update, dict):
        for key, value in update.items():
            target[key] = merge(target[key], value) if key in target else copy.deepcopy(value)
        return target
    if isinstance(target, list) and isinstance(update, list):
        target.extend(copy.deepcopy(update))
        return target
    return copy.deepcopy(update)


def _position(match: jsonpath.JSONPathMatch) -> list[tuple[int, int | str]]:
    return [(0, part) if isinstance(part, int) else (1, str(part)) for part in match.parts]


def _check(overlay: dict[str, Any]) -> list[dict[str, Any]]:
    if not str(overlay.get("overlay", "")).startswith("1."):
        raise OverlayError("not an Overlay 1.x document (no `overlay: 1.0.0`)")
    actions = overlay.get("actions")
    if not isinstance(actions, list) or not actions:
        raise OverlayError("an overlay needs a non-empty `actions` list")
    for index, action in enumerate(actions):
        if not isinstance(action, dict) or not isinstance(action.get("target"), str):
            raise OverlayError(f"actions[{index}]: needs a `target` JSONPath")
        if action.get("remove") is not True and "update" not in action:
            raise OverlayError(f"actions[{index}] ({action['target']}): needs `update` or `remove: true`")
    return actions


def apply_overlay(document: dict[str, Any], overlay: dict[str, Any]) -> tuple[dict[str, Any], list[ActionResult]]:
    """A copy of ``document`` with the overlay's actions applied, and what each action did."""
    doc = copy.deepcopy(document)
    results = []
    for action in _check(overlay):
        target = action["target"]
        try:
            matches = list(jsonpath.finditer(target, doc))
        except jsonpath.JSONPathError as exc:
            raise OverlayError(f"target {target!r}: {exc}") from exc
        description = str(action.get("description", "")).strip()
        if action.get("remove") is True:
            # Deepest and last first, so removing one node never shifts another's position.
            for match in sorted(matches, key=_position, reverse=True):
                parent: Any = match.parent.obj if match.parent is not None else None
                key: Any = match.parts[-1]
                if not isinstance(parent, (dict, list)):
                    raise OverlayError(f"target {target!r}: cannot remove the document root")
                del parent[key]
            results.append(ActionResult(target, description, "remove", len(matches)))
        else:
            for match in matches:
                if isinstance(match.obj, list):
                    match.obj.append(copy.deepcopy(action["update"]))
                elif isinstance(match.obj, dict) and isinstance(action["update"], dict):
                    merge(match.obj, action["update"])
                else:
                    raise OverlayError(f"target {target!r}: update an object with an object, or append to an array")
            results.append(ActionResult(target, description, "update", len(matches)))
    return doc, results
