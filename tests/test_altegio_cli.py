"""The `altegio` console script, run as installed (a subprocess), against Prism and a loopback
server: search, show, call (path, query and body parameters, --all over several pages, every
output format, every exit code), login/logout (the file's permissions), webhooks listen, and no
token on stdout or stderr unless `altegio token --show` asks for it."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import signal
import socket
import stat
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from altegio_dev.prism_mock import PrismMock
from http_server import Recorded, Reply, ScriptedServer, envelope, error_envelope, running_server

ALTEGIO = str(Path(sys.executable).with_name("altegio"))
PARTNER = "cli-partner-SECRET-51d0"
USER = "cli-user-SECRET-9ae4"
PASSWORD = "cli-password-SECRET-c37"
WEBHOOK_TOKEN = "cli-webhook-SECRET-12f"
SECRETS = (PARTNER, USER, PASSWORD, WEBHOOK_TOKEN)


@dataclass
class Run:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


def altegio(*args: str, env: dict[str, str], stdin: str | None = None, shows_token: bool = False) -> Run:
    """Run the installed console script; no secret may be in what it prints (unless asked)."""
    done = subprocess.run(
        [ALTEGIO, *args], input=stdin, capture_output=True, text=True, env=env, timeout=60, check=False
    )
    run = Run(done.returncode, done.stdout, done.stderr)
    assert "Traceback" not in run.err, run.err
    for secret in SECRETS:
        assert secret not in run.err, f"a secret on stderr of altegio {' '.join(args)}"
        assert shows_token or secret not in run.out, f"a secret on stdout of altegio {' '.join(args)}"
    return run


@pytest.fixture
def home(tmp_path: Path) -> dict[str, str]:
    """An environment with HOME and XDG_CONFIG_HOME in a temporary directory, and no ALTEGIO_*."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("ALTEGIO_")}
    env.update(HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"), COLUMNS="200")
    return env


@pytest.fixture
def at_server(home: dict[str, str]) -> Iterator[tuple[ScriptedServer, dict[str, str]]]:
    with running_server() as server:
        yield (
            server,
            {
                **home,
                "ALTEGIO_BASE_URL": server.url,
                "ALTEGIO_PARTNER_TOKEN": PARTNER,
                "ALTEGIO_USER_TOKEN": USER,
            },
        )


@pytest.fixture
def at_prism(prism_mock: PrismMock, home: dict[str, str]) -> dict[str, str]:
    """The session's Prism (conftest), shared with the contract tests."""
    return {
        **home,
        "ALTEGIO_BASE_URL": prism_mock.base_url,
        "ALTEGIO_PARTNER_TOKEN": PARTNER,
        "ALTEGIO_USER_TOKEN": USER,
    }


# -- finding and describing -------------------------------------------------------------------


def test_help_lists_every_command(home: dict[str, str]) -> None:
    run = altegio("--help", env=home)
    assert run.code == 0
    for command in ("ops", "show", "call", "login", "logout", "token", "mock", "webhooks"):
        assert re.search(rf"^  {command}\s", run.out, re.M), command
    call_help = altegio("call", "--help", env=home)
    assert call_help.code == 0
    assert "--all" in call_help.out and "--output" in call_help.out and "--body" in call_help.out


def test_ops_finds_by_words_and_by_path(home: dict[str, str]) -> None:
    words = altegio("ops", "book", "times", "-o", "jsonl", env=home)
    assert words.code == 0
    found = [json.loads(line) for line in words.out.splitlines()]
    assert "get_time_slots_for_booking" in {row["operation"] for row in found}
    assert all("book" in json.dumps(row).lower() for row in found)
    path = altegio("ops", "/records", env=home)
    assert path.code == 0
    assert re.search(r"get_appointment_list\s+│ GET /records/\{location_id\}", path.out)
    assert "partner+user" in path.out


def test_show_tells_parameters_body_response_and_an_example(home: dict[str, str]) -> None:
    listing = altegio("show", "get_appointment_list", env=home)
    assert listing.code == 0
    assert re.search(r"--location-id\s+│ path\s+│ integer\s+│ yes", listing.out)
    assert re.search(r"--start-date\s+│ query\s+│ date \(YYYY-MM-DD\)\s+│\s+│", listing.out)
    assert "Response data: list[GetAppointmentListResponse200Item]" in listing.out
    assert "altegio call get_appointment_list --location-id 1" in listing.out
    creating = altegio("show", "create_client", env=home)
    assert re.search(r"Body fields \(CreateClientBody\)", creating.out)
    assert re.search(r"phone\s+│ str\s+│ yes", creating.out)
    assert '--body \'{"name": "James"' in creating.out  # the spec's documented example


# -- calling --------------------------------------------------------------------------------


@pytest.mark.contract
def test_call_with_path_and_query_parameters_on_prism(at_prism: dict[str, str]) -> None:
    run = altegio(
        "call", "get_location_analytics_overall", "--location-id", "706028",
        "--date-from", "2026-05-01", "--date-to", "2026-05-31", env=at_prism,
    )  # fmt: skip
    assert run.code == 0, run.err
    # The documented example (text or number: the model's declared type decides).
    assert str(run.json()["income_total_stats"]["current_sum"]) == "12.56"
    table = altegio("call", "get_location_analytics_overall", "--location-id", "706028",
                    "--date-from", "2026-05-01", "--date-to", "2026-05-31", "-o", "table", env=at_prism)  # fmt: skip
    assert re.search(r"│ income_total_stats\s+│ \{\"current_sum\": \"?12.56", table.out)
    rows = altegio("call", "get_appointment_list", "--location-id", "1", "-o", "csv", env=at_prism)
    header, *lines = list(csv.reader(io.StringIO(rows.out)))
    assert len(lines) == 2 and "Alex Taylor" in lines[0][header.index("staff")]


@pytest.mark.contract
def test_call_with_a_body_on_prism_from_text_file_and_stdin(at_prism: dict[str, str], tmp_path: Path) -> None:
    body = {"name": "James", "phone": "+13155550175"}
    (tmp_path / "client.json").write_text(json.dumps(body))
    for given, stdin in ((json.dumps(body), None), (f"@{tmp_path / 'client.json'}", None), ("-", json.dumps(body))):
        run = altegio("call", "create_client", "--location-id", "1", "--body", given, stdin=stdin, env=at_prism)
        assert run.code == 0, run.err
        assert run.json()["name"] == "James"
    detailed = altegio("call", "create_client", "--location-id", "1", "--body", json.dumps(body), "--detailed",
                       env=at_prism)  # fmt: skip
    assert detailed.json()["status_code"] == 201
    assert "content-type" in detailed.json()["headers"]


def test_call_sends_typed_query_values_and_repeated_flags(at_server: tuple[ScriptedServer, dict[str, str]]) -> None:
    server, env = at_server
    server.queue(Reply(200, envelope([])))
    run = altegio(
        "call", "get_appointment_list", "--location-id", "706028", "--start-date", "2026-05-01",
        "--changed-after", "2026-05-01T09:00:00Z", "--with-deleted", "true", env=env,
    )  # fmt: skip
    assert run.code == 0, run.err
    assert run.json() == []
    (request,) = server.requests
    assert request.path == "/api/v1/records/706028"
    assert dict(request.query) == {
        "start_date": "2026-05-01",
        "changed_after": "2026-05-01T09:00:00+00:00",
        "with_deleted": "1",
    }
    assert request.headers["authorization"] == f"Bearer {PARTNER}, User {USER}"
    server.queue(Reply(200, envelope([])))
    listed = altegio("call", "get_location_list", "--include", "staff", "--include", "positions", env=env)
    assert listed.code == 0, listed.err
    assert [value for key, value in server.requests[-1].query if key.startswith("include")] == ["staff", "positions"]


def test_all_walks_every_page_with_progress_on_stderr(at_server: tuple[ScriptedServer, dict[str, str]]) -> None:
    server, env = at_server
    items = [{"id": i, "title": f"type {i}"} for i in range(1, 8)]

    def pages(request: Recorded) -> Reply:
        query = dict(request.query)
        page, size = int(query["page"]), int(query["page_size"])
        return Reply(200, envelope(items[(page - 1) * size : page * size], {"total_count": len(items)}))

    server.default = pages
    run = altegio("call", "chain_loyalty_certificate_types_list", "--chain-id", "1", "--all", "--page-size", "3",
                  "-o", "jsonl", env=env)  # fmt: skip
    assert run.code == 0, run.err
    assert [json.loads(line)["id"] for line in run.out.splitlines()] == list(range(1, 8))
    assert [dict(r.query)["page"] for r in server.requests] == ["1", "2", "3"]
    assert "7/7" in run.err  # Rich's progress, on stderr
    as_csv = altegio("call", "chain_loyalty_certificate_types_list", "--chain-id", "1", "--all", "-o", "csv", env=env)
    assert as_csv.out.splitlines()[0].startswith("id,title")
    assert len(as_csv.out.splitlines()) == 8


# -- exit codes -----------------------------------------------------------------------------


def test_an_api_error_exits_1_with_its_message_and_field_errors(
    at_server: tuple[ScriptedServer, dict[str, str]],
) -> None:
    server, env = at_server
    # A server that echoes the request's Authorization: the tokens are redacted all the same.
    server.queue(Reply(422, error_envelope(f"Bearer {PARTNER}, User {USER} rejected", {"phone": ["is invalid"]})))
    run = altegio("call", "create_client", "--location-id", "1", "--body", '{"name": "J", "phone": "x"}', env=env)
    assert run.code == 1
    assert run.out == ""
    assert "HTTP 422" in run.err and "phone: is invalid" in run.err
    assert "<redacted>" in run.err


def test_usage_errors_exit_2_before_anything_is_sent(at_server: tuple[ScriptedServer, dict[str, str]]) -> None:
    server, env = at_server
    cases = {
        ("call", "get_appointment_list", "--location-id", "abc"): "'abc' is not a valid integer",
        ("call", "get_appointment_list"): "Missing option '--location-id'",
        ("call", "get_appointment_list", "--location-id", "1", "--changed-after", "2026-05-01T09:00"): (
            "timezone-aware"
        ),
        ("call", "get_location_list", "--include", "nonsense"): "'nonsense' is not one of",
        ("call", "create_client", "--location-id", "1", "--body", "{"): "is not JSON",
        ("call", "create_client", "--location-id", "1", "--body", '{"phone": 1}'): (
            "does not fit CreateClientBody (body.name: expected a string)"
        ),
        ("call", "get_location", "--location-id", "1", "--all"): "not a paged operation",
        ("call", "get_appointmnt_list"): "did you mean get_appointment_list",
        ("show", "no_such_operation"): "no operation 'no_such_operation'",
    }
    for args, message in cases.items():
        run = altegio(*args, env=env)
        assert run.code == 2, (args, run.err)
        assert message in run.err, (args, run.err)
    no_user = altegio("call", "get_appointment_list", "--location-id", "1", env={**env, "ALTEGIO_USER_TOKEN": ""})
    assert no_user.code == 2 and "needs a user token: run `altegio login`" in no_user.err
    assert server.requests == []


def test_a_transport_failure_exits_3(home: dict[str, str]) -> None:
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    env = {**home, "ALTEGIO_PARTNER_TOKEN": PARTNER, "ALTEGIO_USER_TOKEN": USER}
    run = altegio("--base-url", f"http://127.0.0.1:{port}", "call", "get_location", "--location-id", "1", env=env)
    assert run.code == 3
    assert "transport failure" in run.err and "Connection refused" in run.err


# -- login, logout, token ---------------------------------------------------------------------


def test_login_keeps_the_token_private_and_logout_removes_it(
    at_server: tuple[ScriptedServer, dict[str, str]],
) -> None:
    server, env = at_server
    env = {k: v for k, v in env.items() if k != "ALTEGIO_USER_TOKEN"}
    server.queue(Reply(201, envelope({"id": 1, "user_token": USER, "name": "Jo Admin", "phone": "+1"})))
    login = altegio("login", stdin=f"jo@example.com\n{PASSWORD}\n", env=env)
    assert login.code == 0, login.err
    assert "logged in as Jo Admin" in login.err
    assert server.requests[0].json() == {"login": "jo@example.com", "password": PASSWORD}
    credentials = Path(env["XDG_CONFIG_HOME"]) / "altegio" / "credentials.json"
    assert stat.S_IMODE(credentials.stat().st_mode) == 0o600
    assert stat.S_IMODE(credentials.parent.stat().st_mode) == 0o700
    assert json.loads(credentials.read_text())["user_token"] == USER

    told = altegio("token", env=env)
    assert f"user token: set (file {credentials})" in told.out
    assert "partner token: set (environment ALTEGIO_PARTNER_TOKEN)" in told.out
    assert altegio("token", "--show", env=env, shows_token=True).out.strip() == USER

    server.queue(Reply(200, envelope({"id": 5, "title": "Salon"})))
    called = altegio("call", "get_location", "--location-id", "5", env=env)
    assert called.code == 0, called.err
    assert server.requests[-1].headers["authorization"] == f"Bearer {PARTNER}, User {USER}"  # from the file

    assert altegio("logout", env=env).code == 0
    assert not credentials.exists()
    assert "user token: not set" in altegio("token", env=env).out
    assert altegio("token", "--show", env=env).code == 2


def test_login_asks_for_a_missing_partner_token_and_a_login_answer_shows_no_token(
    at_server: tuple[ScriptedServer, dict[str, str]],
) -> None:
    server, env = at_server
    env = {k: v for k, v in env.items() if k not in ("ALTEGIO_USER_TOKEN", "ALTEGIO_PARTNER_TOKEN")}
    server.queue(Reply(201, envelope({"id": 1, "user_token": USER, "name": "Jo"})))
    run = altegio("login", "--login", "+13155550175", stdin=f"{PARTNER}\n{PASSWORD}\n", env=env)
    assert run.code == 0, run.err
    assert server.requests[0].headers["authorization"] == f"Bearer {PARTNER}"
    # Calling the login operation itself prints its answer with the token redacted.
    server.queue(Reply(201, envelope({"id": 1, "user_token": USER, "name": "Jo"})))
    answer = altegio("call", "authorize_user", "--body", json.dumps({"login": "jo", "password": PASSWORD}), env=env)
    assert answer.code == 0, answer.err
    assert answer.json()["user_token"] == "<redacted>"


# -- mock and webhooks --------------------------------------------------------------------------


def test_mock_refuses_a_taken_port(home: dict[str, str]) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        run = altegio("mock", "--port", str(port), env=home)
    assert run.code == 1
    assert f"port {port} on 127.0.0.1 is taken" in run.err


def _post(url: str, body: bytes, token: str | None) -> int:
    headers = {"Content-Type": "application/json"} | ({"Authorization": f"Bearer {token}"} if token else {})
    try:
        with urllib.request.urlopen(urllib.request.Request(url, body, headers), timeout=10) as answer:  # noqa: S310
            return int(answer.status)
    except urllib.error.HTTPError as error:
        return error.code


def test_webhooks_listen_prints_typed_events_and_refuses_a_wrong_token(home: dict[str, str]) -> None:
    process = subprocess.Popen(
        [ALTEGIO, "webhooks", "listen", "--port", "0", "--token", WEBHOOK_TOKEN],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=home,
    )  # fmt: skip
    try:
        assert process.stderr is not None
        banner = process.stderr.readline()
        url = re.search(r"listening on (http://\S+/)", banner)
        assert url, banner
        event = {"company_id": 1, "resource": "record", "resource_id": 5, "status": "create", "data": {"id": 5}}
        assert _post(url[1], json.dumps(event).encode(), WEBHOOK_TOKEN) == 202
        assert _post(url[1], json.dumps(event).encode(), "wrong") == 401
        assert _post(url[1], b"not json", WEBHOOK_TOKEN) == 400
        time.sleep(0.2)
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 0, err
    (line,) = out.splitlines()
    printed = json.loads(line)
    assert printed["event"] == "AppointmentEvent"
    assert printed["data"]["resource_id"] == 5
    assert len(printed["delivery_key"]) == 64
    assert WEBHOOK_TOKEN not in out + err + banner


# -- without the cli extra ---------------------------------------------------------------------------


def test_without_the_extra_the_script_names_it_and_the_package_does_not_need_it(
    home: dict[str, str], tmp_path: Path
) -> None:
    # A click that cannot be imported stands first on the path, as if the extra were not installed.
    (tmp_path / "blocked" / "click").mkdir(parents=True)
    (tmp_path / "blocked" / "click" / "__init__.py").write_text("raise ImportError('no click here')\n")
    run = altegio("ops", env={**home, "PYTHONPATH": str(tmp_path / "blocked")})
    assert run.code == 2
    assert "pip install 'altegio-b2b[cli]'" in run.err
    # The package itself works without it (httpx imports click and rich for its own CLI when
    # they are there, so "not in sys.modules" would not tell: import with click blocked instead).
    imported = subprocess.run(
        [sys.executable, "-c", "from altegio_b2b import AltegioClient, webhooks, paginate; print('ok')"],
        capture_output=True, text=True, check=False, env={**home, "PYTHONPATH": str(tmp_path / "blocked")},
    )  # fmt: skip
    assert imported.stdout.strip() == "ok", imported.stderr
