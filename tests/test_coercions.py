"""The lossless reads (runtime coercions.py): exactly the values they take, the table they state,
and the normalizer deciding with the same code (it loads that file)."""

from __future__ import annotations

import copy
import math
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from altegio_b2b._runtime import coercions
from altegio_b2b._runtime.coercions import LOSSLESS_READS, NOT_READ, reads_as
from altegio_dev.constants import RUNTIME
from altegio_dev.normalizer import rules
from altegio_dev.normalizer.patches import follow_example_types

READ = [
    ("string", 13155550177, "13155550177"),
    ("string", 1.5, "1.5"),
    ("integer", "12", 12),
    ("integer", "-3", -3),
    ("integer", "0", 0),
    ("integer", 12.0, 12),  # JSON Schema counts 12.0 an integer
    ("number", "1.5", 1.5),
    ("number", "12", 12),
    ("number", "-2.5e3", -2500.0),
    ("number", 7, 7),
    ("boolean", 0, False),
    ("boolean", 1, True),
    ("boolean", "0", False),
    ("boolean", "1", True),
    ("boolean", "true", True),
    ("boolean", "false", False),
    ("object", [], {}),  # PHP's empty associative array
    ("object", {"a": 1}, {"a": 1}),
]

REFUSED = [
    ("string", True),
    ("string", None),
    ("string", {"k": 1}),
    ("string", [1]),
    ("integer", True),
    ("integer", "12.5"),
    ("integer", 12.5),
    ("integer", "007"),  # a code, not 7
    ("integer", " 12"),
    ("integer", "1_000"),
    ("integer", "+1"),
    ("integer", ""),
    ("integer", None),
    ("number", "NaN"),
    ("number", "inf"),
    ("number", "1e400"),
    ("number", "1,5"),
    ("number", ""),
    ("number", False),
    ("boolean", 2),
    ("boolean", "yes"),
    ("boolean", "True"),
    ("boolean", 1.0),
    ("boolean", None),
    ("object", [{"a": 1}]),
    ("object", "{}"),
    ("object", None),
]


@pytest.mark.parametrize(("declared", "value", "expected"), READ)
def test_the_lossless_reads(declared: str, value: Any, expected: Any) -> None:
    result = coercions.READERS[declared](value)
    assert result == expected and type(result) is type(expected)
    assert reads_as(declared, value)


@pytest.mark.parametrize(("declared", "value"), REFUSED)
def test_what_is_not_read_across(declared: str, value: Any) -> None:
    assert coercions.READERS[declared](value) is NOT_READ
    assert not reads_as(declared, value)


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    return "string"


JSON_SCALARS = st.one_of(
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=8),
    st.from_regex(r"-?[0-9]{1,4}(\.[0-9]{1,3})?", fullmatch=True),
    st.sampled_from(["0", "1", "true", "false"]),
)


@settings(max_examples=300, deadline=None)
@given(value=JSON_SCALARS, declared=st.sampled_from(["string", "integer", "number", "boolean", "object"]))
def test_the_table_states_what_the_functions_do(value: Any, declared: str) -> None:
    """A value of another JSON type reads across only where LOSSLESS_READS lists the pair, and
    what it reads as is of the declared type (a float only from number text, finite)."""
    actual = _json_type(value)
    result = coercions.READERS[declared](value)
    if result is NOT_READ or actual == declared or (declared, actual) == ("number", "integer"):
        return
    if (declared, actual) == ("integer", "number"):  # 12.0: an integer, as JSON Schema counts it
        assert float(value).is_integer()
    else:
        assert (declared, actual) in LOSSLESS_READS
    python_type: dict[str, type | tuple[type, ...]] = {"string": str, "integer": int, "number": (int, float),
                                                        "boolean": bool}  # fmt: skip
    assert isinstance(result, python_type[declared])
    assert not isinstance(result, float) or math.isfinite(result)


def test_every_pair_of_the_table_has_a_value_that_reads() -> None:
    samples: dict[str, list[Any]] = {"integer": [1, 13155550177], "number": [1.5], "string": ["12", "1.5", "1"],
                                     "array": [[]]}  # fmt: skip
    for declared, actual in LOSSLESS_READS:
        assert any(reads_as(declared, value) for value in samples[actual]), (declared, actual)


def test_the_normalizer_decides_with_the_runtime_file() -> None:
    assert rules.COERCIONS.__file__ == str(RUNTIME / "coercions.py")
    assert rules.LOSSLESS_READS == LOSSLESS_READS


def _document(declared: Any, example: Any) -> dict[str, Any]:
    schema = {"type": "object", "properties": {"field": {"type": declared}}}
    answer = {"description": "ok", "content": {"application/json": {"schema": schema, "example": {"field": example}}}}
    return {"openapi": "3.1.0", "info": {"title": "t", "version": "1"},
            "paths": {"/x": {"get": {"operationId": "get_x", "responses": {"200": answer}}}}}  # fmt: skip


def _widened(declared: Any, example: Any) -> Any:
    doc = _document(declared, example)
    follow_example_types(doc)
    schema = doc["paths"]["/x"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    return schema["properties"]["field"]["type"]


@pytest.mark.parametrize(
    ("declared", "example", "after"),
    [
        ("integer", "12", "integer"),  # read across: no widening
        ("string", 13155550177, "string"),
        ("boolean", "1", "boolean"),
        ("integer", "service", ["integer", "string"]),  # not a number: the type widens
        ("number", "", ["number", "string"]),
        ("boolean", 2, ["boolean", "integer"]),
        ("object", [], "object"),  # PHP's empty object
        ("object", [1], ["object", "array"]),
        (["integer", "string"], 89.7, ["integer", "string", "number"]),  # a union gets the value's own type
    ],
)
def test_the_normalizer_widens_only_what_the_models_would_refuse(declared: Any, example: Any, after: Any) -> None:
    assert _widened(copy.deepcopy(declared), example) == after
