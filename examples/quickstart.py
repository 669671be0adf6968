"""Quick start for altegio-b2b: log in, list your locations, create a chain promotion, read it
back, page through certificate types, delete one, and handle an API error.

Configured from the environment:
  ALTEGIO_PARTNER_TOKEN   required
  ALTEGIO_USER_TOKEN      or ALTEGIO_LOGIN + ALTEGIO_PASSWORD (logs in)
  ALTEGIO_BASE_URL        default https://api.alteg.io/api/v1
  ALTEGIO_CHAIN_ID        the chain to work on (default 706028, the docs' example)
  ALTEGIO_DEMO_WRITES=1   also create and delete (only `make demo` sets it, against the mock)

`make demo` runs this offline against a Prism mock of the spec. With your own credentials it
runs the read-only part against the real API.
"""

from __future__ import annotations

import os
import sys
from typing import Any

from altegio_b2b import AltegioClient, NotFoundError, RequestOptions, paginate
from altegio_b2b.api.chain_loyalty_programs import (
    chain_loyalty_certificate_types_delete,
    chain_loyalty_certificate_types_list,
    create_chain_loyalty_program,
    get_chain_loyalty_program,
)
from altegio_b2b.api.locations import get_location_list
from altegio_b2b.models import CreateChainLoyaltyProgramBody, CreateChainLoyaltyProgramInclude

# The reference payload from Altegio's docs (POST /chain/706028/loyalty/programs).
PROMOTION: dict[str, Any] = {
    "title": "Autumn loyalty",
    "type": "discount_accumulative_paid",
    "service_item_type": "custom_allowed",
    "good_item_type": "not_allowed",
    "allowed_service_ids": [53, 92],
    "value_unit": "percent",
    "expiration_timeout": 6,
    "expiration_timeout_unit": "month",
    "params_source_type": "chain",
    "history_start_date": "2026-09-21",
    "loyalty_card_type_ids": [11],
    "on_changed_notification_template": {"type": "custom", "body": "Your discount is now {discount}%"},
    "rules": [{"parameter": 1000, "value": 5, "service_id": 53}],
    "company_ids": [1001],
}
MISSING_PROGRAM_ID = 999_999_999


def step(title: str) -> None:
    print(f"\n== {title}")


def run(client: AltegioClient, chain_id: int, *, writes: bool, mock: bool) -> None:
    login, password = os.environ.get("ALTEGIO_LOGIN"), os.environ.get("ALTEGIO_PASSWORD")
    if login and password:
        step("Log in")
        user = client.login(login, password)
        print(f"logged in as user {user.id} ({user.name}); user token stored on the client")

    step("Your locations")
    for location in get_location_list.sync(client=client, my=1) or []:
        print(f"location {location.id}: {location.title!r} in {location.city}")

    if writes:
        step("Create a chain promotion (include=applicable_items)")
        body = CreateChainLoyaltyProgramBody.from_dict(PROMOTION)
        include = CreateChainLoyaltyProgramInclude.APPLICABLE_ITEMS
        created = create_chain_loyalty_program.sync(chain_id, client=client, body=body, include=include)
        assert created is not None and isinstance(created.id, int)
        program_id = created.id
        rules = len(created.rules or [])
        print(f"created promotion {created.id}: {created.title!r}, {created.value_unit} off, rules: {rules}")

        step("Read it back")
        program = get_chain_loyalty_program.sync(chain_id, program_id, client=client)
        assert program is not None
        print(f"promotion {program.id}: {program.title!r}, companies: {[c.id for c in program.companies or []]}")

    step("Certificate types, page by page")
    types = list(paginate(chain_loyalty_certificate_types_list, chain_id, client=client, page_size=2))
    for certificate_type in types:
        print(f"certificate type {certificate_type.id}: {certificate_type.title!r}, balance {certificate_type.balance}")
    print(f"{len(types)} certificate type(s) in all")

    if writes and types:
        step("Delete a certificate type")
        chain_loyalty_certificate_types_delete.sync(chain_id, types[0].id, client=client)
        print(f"deleted certificate type {types[0].id}")

    step("A handled API error")
    # The mock cannot know the id is missing; `Prefer: code=404` asks Prism for its 404 answer.
    options = RequestOptions(extra_headers={"Prefer": "code=404"}) if mock else None
    try:
        get_chain_loyalty_program.sync(chain_id, MISSING_PROGRAM_ID, client=client, options=options)
        print(f"promotion {MISSING_PROGRAM_ID} exists after all; no error to show")
    except NotFoundError as error:
        print(f"NotFoundError: HTTP {error.status_code}, message {error.message!r}, field errors {error.errors}")


def main() -> int:
    if not os.environ.get("ALTEGIO_PARTNER_TOKEN"):
        print("Set ALTEGIO_PARTNER_TOKEN (and a user token or login), or run `make demo` for the offline mock.")
        return 2
    client = AltegioClient.from_env()
    writes = os.environ.get("ALTEGIO_DEMO_WRITES") == "1"
    mock = os.environ.get("ALTEGIO_DEMO_MOCK") == "1"
    print(f"Altegio B2B API at {client.base_url} ({'mock, with writes' if writes else 'read-only'})")
    with client:
        run(client, int(os.environ.get("ALTEGIO_CHAIN_ID", "706028")), writes=writes, mock=mock)
    return 0


if __name__ == "__main__":
    sys.exit(main())
