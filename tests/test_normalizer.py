"""The normalizer's semantics, on tests/specs/normalizer-quirks.yaml (one example of each quirk):
each patch does what it says, normalization is idempotent, copies its input and accounts for
every operation. test_pinned_spec.py runs it on the real document."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from altegio_dev.normalizer import PROFILES, NormalizationReport, normalize, patches, rules
from altegio_dev.normalizer.walk import count_operations, iter_nested
from altegio_dev.spec_io import load_spec

QUIRKS = load_spec(Path(__file__).parent / "specs" / "normalizer-quirks.yaml")  # small; read-only here


def normalized(profile: str) -> tuple[dict[str, Any], NormalizationReport]:
    return normalize(QUIRKS, profile)


def operation(doc: dict[str, Any], path: str, method: str) -> dict[str, Any]:
    op: dict[str, Any] = doc["paths"][path][method]
    return op


def parameters(doc: dict[str, Any], path: str, method: str) -> dict[str, dict[str, Any]]:
    return {p["name"]: p for p in operation(doc, path, method).get("parameters", [])}


def success_schema(doc: dict[str, Any], path: str, method: str, status: str = "200") -> dict[str, Any]:
    schema: dict[str, Any] = operation(doc, path, method)["responses"][status]["content"]["application/json"]["schema"]
    return schema


@pytest.mark.parametrize("profile", PROFILES)
def test_every_patch_of_the_profile_has_its_quirk_here(profile: str) -> None:
    """Keeps this document complete: a new patch needs an example of its quirk in it."""
    _, report = normalized(profile)
    assert [r.patch.name for r in report.results] == [p.name for p in patches.PATCHES if profile in p.profiles]
    assert [r.patch.name for r in report.results if not r.changes] == []


@pytest.mark.parametrize("profile", PROFILES)
def test_idempotent(profile: str) -> None:
    once, _ = normalized(profile)
    twice, report = normalize(once, profile)
    assert twice == once
    assert all(not result.changes for result in report.results)
    assert all("no longer applies" in line for line in report.lines()[1:])


def test_input_is_not_modified() -> None:
    before = copy.deepcopy(QUIRKS)
    for profile in PROFILES:
        normalize(QUIRKS, profile)
    assert before == QUIRKS


@pytest.mark.parametrize("profile", PROFILES)
def test_operations_are_accounted_for(profile: str) -> None:
    doc, report = normalized(profile)
    assert report.operations_in == count_operations(QUIRKS) + 1  # and the one webhook it declares
    assert report.operations_out == count_operations(doc) == report.operations_in - 2
    assert set(doc["webhooks"]) == {"ThingEvent", "notify_partner"} and (report.webhooks, report.moved) == (2, 1)
    assert report.lines()[0] == (
        f"normalize ({profile}): {report.operations_in} operations and webhooks in, {report.operations_out} "
        "operations out, 2 webhooks (1 moved there)"
    )


def test_losing_an_operation_fails_loudly(monkeypatch: pytest.MonkeyPatch) -> None:
    def drop_one(doc: dict[str, Any]) -> list[str]:
        doc["paths"].pop(next(iter(doc["paths"])))
        return []

    monkeypatch.setattr(
        "altegio_dev.normalizer.PATCHES", (patches.Patch("drop_one", "test", drop_one, frozenset({"generate"})),)
    )
    with pytest.raises(ValueError, match="lost operations"):
        normalize(QUIRKS, "generate")


def test_unknown_profile() -> None:
    with pytest.raises(ValueError, match="profile must be one of"):
        normalize(QUIRKS, "publish")


def test_report_names_patches_that_no_longer_apply() -> None:
    without_headers = copy.deepcopy(QUIRKS)
    operation(without_headers, "/things/{thing_id}", "get")["parameters"] = [
        p
        for p in operation(QUIRKS, "/things/{thing_id}", "get")["parameters"]
        if p.get("in") != "header" and p.get("name") != "Authorization"
    ]
    _, report = normalize(without_headers, "generate")
    assert "  strip_managed_headers: no longer applies (the client sets Accept, Content-Type and Authorization)" in (
        report.lines()
    )


# What each patch makes of its quirk ("generate" profile unless the test says otherwise).


def test_strip_managed_headers() -> None:
    doc, _ = normalized("generate")
    assert [p["name"] for p in operation(doc, "/things/{thing_id}", "get")["parameters"] if p["in"] == "header"] == [
        "X-Trace"
    ]


def test_fix_duplicated_path_prefix() -> None:
    for profile in PROFILES:
        doc, _ = normalized(profile)
        assert "/things" in doc["paths"]
        assert not [path for path in doc["paths"] if path.startswith(rules.DUPLICATED_PATH_PREFIXES)]


def test_fixing_a_prefix_onto_an_existing_path_fails() -> None:
    doc = copy.deepcopy(QUIRKS)
    doc["paths"]["/things"] = copy.deepcopy(doc["paths"]["/api/v1/things"])
    with pytest.raises(ValueError, match="collides with the existing path /things"):
        normalize(doc, "generate")


def test_move_callbacks_to_webhooks() -> None:
    doc, _ = normalized("generate")
    assert not [path for path in doc["paths"] if path.startswith(rules.CALLBACK_PATH_PREFIXES)]
    assert doc["webhooks"]["notify_partner"]["post"]["summary"] == "What Altegio sends the partner"


def test_secure_unsecured_operations() -> None:
    generate, _ = normalized("generate")
    assert operation(generate, "/auth", "post")["security"] == [{"BearerPartner": []}]
    assert operation(generate, "/booking/user/data", "get")["security"] == [{"BearerPartnerUser": []}]
    mock, _ = normalized("mock")
    assert operation(mock, "/auth", "post")["security"] == []  # Prism checks no tokens anyway


@pytest.mark.parametrize("profile", PROFILES)
def test_fix_request_bodies(profile: str) -> None:
    doc, _ = normalized(profile)  # the mock too: it must accept the body the client sends
    media = operation(doc, "/user/auth", "post")["requestBody"]["content"]["application/json"]
    assert media["schema"]["required"] == ["phone", "code"] and set(media["schema"]["properties"]) == {"phone", "code"}
    assert "example" not in media  # the document's example shows the wrong body


def test_map_request_content_types() -> None:
    doc, _ = normalized("generate")
    assert list(operation(doc, "/things", "post")["requestBody"]["content"]) == ["application/json"]


def test_unwrap_success_envelopes() -> None:
    doc, _ = normalized("generate")
    media = operation(doc, "/things/{thing_id}", "get")["responses"]["200"]["content"]["application/json"]
    assert media["x-altegio-envelope"] is True
    assert set(media["schema"]["properties"]) == {"id", "stock", "labels", "image_group"}
    mock, _ = normalized("mock")  # the mock answers like the API: whole envelopes
    assert set(success_schema(mock, "/things/{thing_id}", "get")["properties"]) == {"success", "data", "meta"}
    # An envelope behind a $ref is unwrapped too (and the answer then named after its operation).
    parts = operation(doc, "/things/{thing_id}/parts", "patch")["responses"]["200"]["content"]["application/json"]
    assert parts["x-altegio-envelope"] is True and "success" not in str(parts["schema"])


def test_drop_error_responses() -> None:
    doc, _ = normalized("generate")
    assert list(operation(doc, "/things/{thing_id}", "get")["responses"]) == ["200"]
    mock, _ = normalized("mock")
    assert "404" in operation(mock, "/things/{thing_id}", "get")["responses"]


def test_an_operation_without_a_success_response_fails() -> None:
    doc = copy.deepcopy(QUIRKS)
    del operation(doc, "/things/{thing_id}", "get")["responses"]["200"]
    with pytest.raises(ValueError, match="get_thing documents no success response"):
        normalize(doc, "generate")


def test_relax_response_required() -> None:
    doc, _ = normalized("generate")
    assert [
        where for where, s in iter_nested(success_schema(doc, "/things/{thing_id}", "get"), "") if "required" in s
    ] == []
    body = operation(doc, "/things", "post")["requestBody"]["content"]["application/json"]["schema"]
    assert [variant["required"] for variant in body["oneOf"]] == [["kind"], ["size"]]  # requests stay strict


def test_prune_unused_components() -> None:
    doc, _ = normalized("generate")
    assert "Unused" not in doc["components"]["schemas"]
    # With the error responses dropped, what only they used goes too.
    assert "NotFound" not in doc["components"]["responses"]
    assert "ErrorEnvelope" not in doc["components"]["schemas"]
    mock, _ = normalized("mock")
    assert {"Unused", "ErrorEnvelope"} <= set(mock["components"]["schemas"])


def test_integer_identifiers() -> None:
    doc, _ = normalized("generate")
    assert parameters(doc, "/things/{thing_id}", "get")["thing_id"]["schema"]["type"] == "integer"
    assert success_schema(doc, "/things/{thing_id}", "get")["properties"]["id"]["type"] == "integer"


def test_complete_truncated_arrays() -> None:
    for profile in PROFILES:
        doc, _ = normalized(profile)
        data = success_schema(doc, "/things/{thing_id}", "get")
        data = data if profile == "generate" else data["properties"]["data"]
        assert data["properties"]["labels"]["items"] == {}


def test_schema_for_untyped_bodies() -> None:
    doc, _ = normalized("generate")
    assert success_schema(doc, "/things", "post", "201") == {}  # any JSON value
    pdf = operation(doc, "/auth", "post")["responses"]["200"]["content"]["application/pdf"]
    assert pdf["schema"] == {"type": "string", "format": "binary"}


def test_integer_formats() -> None:
    doc, _ = normalized("mock")
    stock = success_schema(doc, "/things/{thing_id}", "get")["properties"]["data"]["properties"]["stock"]
    assert stock == {"type": "integer", "format": "int32"}


def test_merge_shared_properties_into_variants() -> None:
    doc, _ = normalized("generate")
    body = operation(doc, "/things", "post")["requestBody"]["content"]["application/json"]["schema"]
    assert "properties" not in body
    for variant in body["oneOf"]:
        assert variant["type"] == "object"
        assert set(variant["properties"]) == {"kind", "size"}


def test_describe_parameters_in_schemas() -> None:
    doc, _ = normalized("generate")
    assert parameters(doc, "/things/{thing_id}", "get")["thing_id"]["schema"]["description"] == "The thing's id"


def test_flag_deprecated_in_descriptions() -> None:
    doc, _ = normalized("generate")
    assert operation(doc, "/things", "post")["description"] == rules.DEPRECATED_NOTE


def test_disambiguate_parameter_names() -> None:
    doc, _ = normalized("generate")
    params = parameters(doc, "/things/{thing_id}", "get")
    assert "x-altegio-wire-name" not in params["id"]
    assert params["id_list"]["x-altegio-wire-name"] == "id[]"


def test_drop_case_duplicate_properties() -> None:
    doc, _ = normalized("generate")
    properties = success_schema(doc, "/things/{thing_id}", "get")["properties"]
    assert "image_group" in properties and "ImageGroup" not in properties


def test_offer_vendor_media_type() -> None:
    doc, _ = normalized("mock")
    content = operation(doc, "/things/{thing_id}", "get")["responses"]["200"]["content"]
    assert content[rules.VENDOR_MEDIA_TYPE] == content["application/json"]
    assert rules.VENDOR_MEDIA_TYPE in doc["components"]["responses"]["NotFound"]["content"]
    generate, _ = normalized("generate")
    assert (
        rules.VENDOR_MEDIA_TYPE not in operation(generate, "/things/{thing_id}", "get")["responses"]["200"]["content"]
    )


def test_inline_parameter_refs() -> None:
    for profile in PROFILES:
        doc, _ = normalized(profile)
        assert parameters(doc, "/things/{thing_id}", "get")["page"]["in"] == "query"
    generate, _ = normalized("generate")
    assert generate["components"]["parameters"] == {}  # nothing refers to the shared one any more


def test_strip_misspelt_and_misplaced_managed_headers() -> None:
    doc, _ = normalized("generate")
    names = {(p["name"], p["in"]) for p in operation(doc, "/things/{thing_id}", "get")["parameters"]}
    assert not names & {("Conetnt-Type", "header"), ("Authorization", "query")}


def test_encode_array_query_parameters() -> None:
    doc, _ = normalized("generate")
    params = parameters(doc, "/things/{thing_id}", "get")
    assert params["staff_ids"]["x-altegio-query-style"] == rules.QUERY_STYLE_BRACKETS
    assert params["staff_ids"]["x-altegio-wire-name"] == "staff_ids[]"
    assert params["types"]["x-altegio-query-style"] == rules.QUERY_STYLE_COMMA
    assert "x-altegio-wire-name" not in params["types"]
    # A scalar documented as ids[] is a list of integers (an identifier list), sent as ids[].
    assert params["ids"]["schema"] == {"type": "array", "items": {"type": "integer"}}
    assert params["ids"]["x-altegio-wire-name"] == "ids[]"
    mock, _ = normalized("mock")  # the mock checks the parameter under the name it arrives with
    assert {"staff_ids[]", "ids[]", "types"} <= set(parameters(mock, "/things/{thing_id}", "get"))


def test_type_date_parameters() -> None:
    doc, _ = normalized("generate")
    params = parameters(doc, "/things/{thing_id}", "get")
    formats = {name: params[name]["schema"].get("format") for name in ("start_date", "visit_date", "end_date")}
    assert formats == {"start_date": "date", "visit_date": "date", "end_date": "date"}
    assert params["visit_date"]["x-altegio-date-format"] == rules.DAY_FIRST_DATE_FORMAT
    assert "x-altegio-date-format" not in params["start_date"]
    assert params["end_date"]["schema"]["type"] == "string"  # an 8-digit number example: an ISO date
    assert params["changed_after"]["schema"]["format"] == "date-time"
    assert params["date_to"]["schema"]["format"] == "date"  # no example: the name and "date" in the docs


def test_integer_query_parameters() -> None:
    doc, _ = normalized("generate")
    params = parameters(doc, "/things/{thing_id}", "get")
    types = {name: params[name]["schema"]["type"] for name in ("count", "page", "with_staff", "balance_is", "paid_min")}
    assert types == {"count": "integer", "page": "integer", "with_staff": "integer", "balance_is": "integer",
                     "paid_min": "number"}  # fmt: skip


def test_text_phone_parameters() -> None:
    doc, _ = normalized("generate")
    assert parameters(doc, "/things/{thing_id}", "get")["phone"]["schema"] == {"type": "string"}


def test_partial_patch_bodies_and_models_named_after_operations() -> None:
    doc, _ = normalized("generate")
    body = operation(doc, "/things/{thing_id}/parts", "patch")["requestBody"]["content"]["application/json"]["schema"]
    assert "required" not in body and set(body["properties"]) == {"title", "weight", "maker"}
    assert "title" not in body  # inlined without the component's title: the model is PatchThingPartsBody
    assert body["properties"]["maker"] == {"$ref": "#/components/schemas/maker"}  # nested models stay shared


def test_hoist_component_variants() -> None:
    doc, _ = normalized("generate")
    body = operation(doc, "/things/{thing_id}/parts", "put")["requestBody"]["content"]["application/json"]["schema"]
    assert body["oneOf"] == [
        {"$ref": "#/components/schemas/assembly_bolted"}, {"$ref": "#/components/schemas/assembly_welded"}
    ]  # fmt: skip
    assert doc["components"]["schemas"]["assembly_bolted"]["title"] == "Bolted"


def test_follow_example_shapes() -> None:
    doc, _ = normalized("generate")
    media = operation(doc, "/things/{thing_id}/parts", "patch")["responses"]["200"]["content"]["application/json"]
    assert media["schema"]["type"] == "array" and media["x-altegio-also-accept"] == "object"
    assert set(media["schema"]["items"]["properties"]) == {"title", "weight", "maker"}


def test_drop_placeholder_titles() -> None:
    doc, _ = normalized("generate")
    assert "title" not in doc["components"]["schemas"]["maker"]  # the model is Maker, not RootTypeForMaker


def test_mock_accepts_documented_examples() -> None:
    mock, _ = normalized("mock")
    count = success_schema(mock, "/things/{thing_id}/parts", "put")["properties"]["count"]
    assert count["type"] == ["integer", "string"]  # the example's "2" is served as documented
    generate, _ = normalized("generate")  # the client keeps the declared type
    assert success_schema(generate, "/things/{thing_id}/parts", "put")["properties"]["count"]["type"] == "integer"


def test_follow_example_types() -> None:
    doc, _ = normalized("generate")
    properties = success_schema(doc, "/things/{thing_id}/parts", "put")["properties"]
    assert properties["finished"]["type"] == ["string", "null"]  # date | None
    # [] is PHP's empty object and "2" is read as 2 (runtime coercions.py): nothing to widen.
    assert properties["owner"]["type"] == "object" and "items" not in properties["owner"]
    assert properties["count"]["type"] == "integer"


def test_mock_answers_success_and_any_matching_variant() -> None:
    for profile in ("mock", "mock-dynamic"):
        mock, _ = normalized(profile)
        envelope = success_schema(mock, "/things/{thing_id}", "get")
        assert envelope["properties"]["success"] == {"type": "boolean", "const": True}
        tips = success_schema(mock, "/things/{thing_id}/parts", "put")["properties"]["tips"]
        assert "oneOf" not in tips and len(tips["anyOf"]) == 2
    generate, _ = normalized("generate")  # the client keeps the document's oneOf
    assert "oneOf" in success_schema(generate, "/things/{thing_id}/parts", "put")["properties"]["tips"]


def test_webhook_payload_models() -> None:
    doc, _ = normalized("generate")
    event = doc["webhooks"]["ThingEvent"]["post"]
    assert event["x-altegio-webhook-model"] == "thing_event"
    assert event["x-altegio-webhook-resources"] == ["thing", "thing_part"]
    schema = event["requestBody"]["content"]["application/json"]["schema"]
    assert schema == {"$ref": "#/components/schemas/thing_event"}
    assert "required" not in doc["components"]["schemas"]["thing_event"]  # read like an answer: tolerant


def test_readable_tag_names() -> None:
    doc, _ = normalized("generate")
    assert operation(doc, "/voip/calls", "get")["tags"] == ["Voip Integration"]
