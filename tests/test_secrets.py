"""Credentials come only from settings and never show: not in the settings' own text,
not in any log record at DEBUG (urllib3's included), not in errors or their tracebacks,
not in reports."""

from __future__ import annotations

import json
import logging
import socket
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from pydantic import ValidationError

from trustlist.cli import main
from trustlist.core.errors import StorageError
from trustlist.core.settings import Settings
from trustlist.intake.storage import open_store

if TYPE_CHECKING:
    from tests.s3server import S3Server

ACCESS_KEY = "AKIA-TRUSTLIST-ACCESS-7781"
SECRET_KEY = "trustlist-SECRET-do-not-log-5531"
# moto's S3 server runs inside this process for the tests; what it logs about the
# requests it receives is the server's business, not this client's.
SERVER_LOGGERS = ("moto", "werkzeug", "botocore")


@pytest.fixture
def debug_log(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    """Every record of every logger, at DEBUG."""
    caplog.set_level(logging.DEBUG)
    yield caplog


def client_log(caplog: pytest.LogCaptureFixture) -> str:
    records = [r for r in caplog.records if not r.name.startswith(SERVER_LOGGERS)]
    assert records, "nothing was logged: the capture is not working"
    return "\n".join(f"{r.name} {r.getMessage()} {r.exc_text or ''}" for r in records)


def closed_port() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"127.0.0.1:{sock.getsockname()[1]}"


def s3_env(monkeypatch: pytest.MonkeyPatch, endpoint: str, access: str, secret: str) -> Settings:
    for name, value in {
        "STORAGE": "s3",
        "S3_ENDPOINT": endpoint,
        "S3_ACCESS_KEY": access,
        "S3_SECRET_KEY": secret,
        "S3_REGION": "us-east-1",
    }.items():
        monkeypatch.setenv(f"TRUSTLIST_{name}", value)
    return Settings()


def error_text(exc: BaseException) -> str:
    """What a log line with exc_info would show: the whole chain, messages and reprs."""
    chain, seen = [], exc
    while seen is not None:
        chain.append(f"{seen!s} {seen!r}")
        seen = seen.__cause__ or seen.__context__
    return "".join(traceback.format_exception(exc)) + "\n".join(chain)


def test_settings_never_show_the_credentials(monkeypatch):
    settings = s3_env(monkeypatch, "minio:9000", ACCESS_KEY, SECRET_KEY)
    assert settings.s3_secret_key.get_secret_value() == SECRET_KEY  # they were read
    assert settings.s3_access_key.get_secret_value() == ACCESS_KEY
    shown = [
        repr(settings),
        str(settings),
        settings.model_dump_json(),
        json.dumps(settings.model_dump(mode="json")),
        repr(settings.model_dump()),
        repr(open_store(settings)),
    ]
    for text in shown:
        assert SECRET_KEY not in text and ACCESS_KEY not in text, text


def test_a_settings_error_does_not_echo_the_credentials(monkeypatch):
    s3_env(monkeypatch, "minio:9000", ACCESS_KEY, SECRET_KEY)
    monkeypatch.setenv("TRUSTLIST_OCR_DPI", "not-a-number")
    with pytest.raises(ValidationError) as caught:
        Settings()
    assert SECRET_KEY not in error_text(caught.value) and ACCESS_KEY not in error_text(caught.value)


def test_a_failing_store_logs_and_raises_without_the_credentials(monkeypatch, debug_log):
    endpoint = closed_port()
    store = open_store(s3_env(monkeypatch, endpoint, ACCESS_KEY, SECRET_KEY))
    for attempt in (lambda: store.get("inbox", "health/a.zip"), lambda: store.put("inbox", "health/b", b"x")):
        with pytest.raises(StorageError, match="cannot reach") as caught:
            attempt()
        text = error_text(caught.value)
        assert endpoint in text  # the chain is really there
        assert SECRET_KEY not in text and ACCESS_KEY not in text
    logged = client_log(debug_log)
    assert "urllib3" in logged  # the retries were logged, at DEBUG
    assert SECRET_KEY not in logged and ACCESS_KEY not in logged


def test_a_working_store_logs_nothing_of_its_credentials(s3_server: S3Server, monkeypatch, debug_log):
    settings = s3_env(monkeypatch, s3_server.endpoint, s3_server.access_key, s3_server.secret_key)
    store = open_store(settings)
    store.ensure_buckets(["secrets-test"])
    store.put("secrets-test", "health/a.zip", b"bundle")
    assert store.get("secrets-test", "health/a.zip") == b"bundle"
    store.copy("secrets-test", "health/a.zip", "secrets-test", "health/b.zip")
    assert [i.key for i in store.list("secrets-test")] == ["health/a.zip", "health/b.zip"]
    store.delete("secrets-test", "health/b.zip")

    # The same server, refusing a wrong secret: the S3 error travels back to us.
    wrong = open_store(s3_env(monkeypatch, s3_server.endpoint, s3_server.access_key, SECRET_KEY))
    with pytest.raises(StorageError, match="SignatureDoesNotMatch") as caught:
        wrong.get("secrets-test", "health/a.zip")

    logged = client_log(debug_log)
    assert s3_server.endpoint.split(":")[1] in logged  # urllib3 logged the requests
    for secret in (s3_server.secret_key, s3_server.access_key, SECRET_KEY):
        assert secret not in logged
        assert secret not in error_text(caught.value)


def test_reports_carry_no_credentials(monkeypatch, tmp_path: Path, capsys):
    s3_env(monkeypatch, "minio:9000", ACCESS_KEY, SECRET_KEY)
    folder = tmp_path / "health" / "bundle"
    folder.mkdir(parents=True)
    (folder / "application.json").write_text(json.dumps({"type": "application", "applicant_name": "ТОО «А»"}))
    for output in ("json", "html"):
        assert main(["check", str(folder), "--format", output]) == 0
        written = capsys.readouterr()
        assert written.out.strip()
        for text in (written.out, written.err):
            assert SECRET_KEY not in text and ACCESS_KEY not in text
