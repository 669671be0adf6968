"""Importing the package or one endpoint loads only what it needs (fresh interpreters)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

PROBE = """
import json, sys
{statement}
loaded = [m for m in sys.modules if m.startswith("altegio_b2b.models.")]
print(json.dumps({{"models": len(loaded), "asyncio": "asyncio" in sys.modules, "modules": len(sys.modules)}}))
"""


def probe(statement: str) -> dict[str, int]:
    out = subprocess.run([sys.executable, "-c", PROBE.format(statement=statement)], capture_output=True, text=True,
                         check=True).stdout  # fmt: skip
    result: dict[str, int] = json.loads(out)
    return result


@pytest.mark.parametrize(
    ("statement", "max_models"),
    [
        ("import altegio_b2b", 0),
        ("from altegio_b2b import AltegioClient", 0),
        ("import altegio_b2b.models", 0),
        ("import altegio_b2b.api.payments.get_account_list", 1),
        ("import altegio_b2b.api.chain_loyalty_programs.create_chain_loyalty_program", 30),
        ("from altegio_b2b.models import CreateChainLoyaltyProgramBody", 12),
    ],
)
def test_only_what_is_needed_is_loaded(statement: str, max_models: int) -> None:
    result = probe(statement)
    assert result["models"] <= max_models
    assert not result["asyncio"]  # sync users do not pay for asyncio


def test_lazy_names_still_resolve() -> None:
    import altegio_b2b
    import altegio_b2b.models

    assert altegio_b2b.models.CreateChainLoyaltyProgramBody.__name__ == "CreateChainLoyaltyProgramBody"
    assert "GetAccountListResponse200Item" in dir(altegio_b2b.models)
    assert len(altegio_b2b.models.__all__) > 1000
    assert altegio_b2b.AltegioClient.__name__ == "AltegioClient"
    with pytest.raises(AttributeError, match="NoSuchModel"):
        _ = altegio_b2b.models.NoSuchModel
