"""Run Prism (the pinned @stoplight/prism-cli) as a mock of the pinned spec on 127.0.0.1.

The mock gets the spec with path fixes only (normalizer profile "mock"), so it answers the way
the live API does: envelopes, `meta`, 4xx error envelopes. ``--errors`` makes Prism answer an
invalid request with a 4xx instead of mocking a success, so a bad request cannot pass unnoticed.

    with PrismMock() as mock:        # static examples
        ...mock.base_url...
    with PrismMock(dynamic=True, seed="altegio") as mock:   # schema-generated, reproducible
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType

from .constants import PRISM, ROOT
from .merge import merged_document
from .spec_io import dump_yaml

STARTUP_TIMEOUT = 60.0


def free_port(port: int = 0) -> int:
    """``port`` if nothing listens there (any free one for 0); OSError if something does: waiting
    for the mock to listen would otherwise find the other server and take it for Prism."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", port))
        return int(sock.getsockname()[1])


def write_mock_spec(directory: Path, *, dynamic: bool = False) -> Path:
    """Every pinned API document, normalized for the mock and merged (they share one server)."""
    normalized, _, _ = merged_document("mock-dynamic" if dynamic else "mock")
    # The live server URL would make Prism expect /api/v1 in front of every path; the mock
    # serves the paths at its root and the client's base_url points there.
    normalized["servers"] = [{"url": "/"}]
    path = directory / "altegio.mock.yaml"
    path.write_text(dump_yaml(normalized), encoding="utf-8")
    return path


class PrismMock:
    def __init__(self, *, dynamic: bool = False, seed: str = "altegio-b2b", port: int = 0) -> None:
        self.dynamic = dynamic
        self.seed = seed
        self.port = port  # 0: a free one, picked at start
        self.process: subprocess.Popen[bytes] | None = None
        self._tmp: tempfile.TemporaryDirectory[str] | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> PrismMock:
        if not PRISM.exists():
            raise RuntimeError(f"{PRISM} is missing: run `npm ci` (make does it)")
        try:
            self.port = free_port(self.port)
        except OSError as error:
            raise RuntimeError(f"port {self.port} on 127.0.0.1 is taken ({error.strerror}): pick another") from None
        self._tmp = tempfile.TemporaryDirectory(prefix="altegio-prism-")
        spec = write_mock_spec(Path(self._tmp.name), dynamic=self.dynamic)
        args = [str(PRISM), "mock", "-h", "127.0.0.1", "-p", str(self.port), "--errors", "-v", "warn"]
        if self.dynamic:
            args += ["--dynamic", "--seed", self.seed]
        log = open(Path(self._tmp.name) / "prism.log", "wb")  # noqa: SIM115 - closed with the process
        self.process = subprocess.Popen(
            [*args, str(spec)], stdout=log, stderr=subprocess.STDOUT, start_new_session=True, cwd=ROOT
        )
        log.close()
        try:
            self._wait_until_listening()
        except BaseException:  # Ctrl-C while starting, too: __exit__ is not called for __enter__
            self.stop()
            raise
        return self

    def log_text(self) -> str:
        if self._tmp is None:
            return ""
        path = Path(self._tmp.name) / "prism.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def _wait_until_listening(self) -> None:
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while time.monotonic() < deadline:
            assert self.process is not None
            if self.process.poll() is not None:
                raise RuntimeError(f"Prism exited with {self.process.returncode}:\n{self.log_text()[-2000:]}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return
            except OSError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"Prism did not listen within {STARTUP_TIMEOUT:.0f} s")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            # Prism runs node children: end the whole process group.
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        self.process = None
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None

    def __enter__(self) -> PrismMock:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
