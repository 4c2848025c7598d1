"""One contract, two backends: LocalStore on disk, MinioStore over HTTP (moto)."""

from __future__ import annotations

import os
import socket
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from minio import Minio
from minio.error import S3Error
from pydantic import SecretStr

from trustlist.core.errors import ConfigError, ObjectNotFound, StorageError
from trustlist.core.settings import Settings
from trustlist.intake.storage import LocalStore, MinioStore, ObjectInfo, ObjectStore, open_store

if TYPE_CHECKING:
    from tests.s3server import S3Server

# s3_server / s3_settings; harmless once tests/conftest.py registers it too.
pytest_plugins = ["tests.s3server"]

PDF = "application/pdf"
CYRILLIC_KEY = "health/Дата Сапа/заявление.pdf"


# --- fixtures -----------------------------------------------------------------------


@pytest.fixture(params=["local", "minio"])
def settings(request: pytest.FixtureRequest, tmp_path: Path) -> Settings:
    if request.param == "local":
        return Settings(storage="local", local_root=tmp_path / "store")
    return request.getfixturevalue("s3_settings")


@pytest.fixture
def store(settings: Settings) -> ObjectStore:
    store = open_store(settings)
    store.ensure_buckets(settings.bucket_names())
    return store


@pytest.fixture
def inbox(settings: Settings) -> str:
    return settings.bucket_inbox


@pytest.fixture
def archive(settings: Settings) -> str:
    return settings.bucket_archive


@pytest.fixture
def local(tmp_path: Path) -> LocalStore:
    store = LocalStore(tmp_path / "store")
    store.ensure_buckets(["inbox", "archive"])
    return store


def raw_client(server: S3Server, secret: str | None = None, access: str | None = None) -> Minio:
    return Minio(
        server.endpoint,
        access_key=access or server.access_key,
        secret_key=secret or server.secret_key,
        secure=False,
        region=server.region,
    )


def keys(store: ObjectStore, bucket: str, prefix: str = "") -> list[str]:
    return [info.key for info in store.list(bucket, prefix)]


# --- contract, both backends -----------------------------------------------------------


@pytest.mark.parametrize(
    "key",
    ["health/datasapa.zip", CYRILLIC_KEY, "finance/a b+c=d&e (1).pdf", "top-level.json"],
)
def test_put_get_round_trip(store: ObjectStore, inbox: str, key: str) -> None:
    data = os.urandom(1000) + "тест".encode()
    store.put(inbox, key, data, content_type=PDF)
    assert store.get(inbox, key) == data


def test_round_trip_12_mb(store: ObjectStore, inbox: str) -> None:
    data = os.urandom(12 * 1024 * 1024)
    store.put(inbox, "health/big/bundle.zip", data)
    assert store.get(inbox, "health/big/bundle.zip") == data
    info = store.stat(inbox, "health/big/bundle.zip")
    assert info is not None and info.size == len(data)


def test_put_overwrites(store: ObjectStore, inbox: str) -> None:
    store.put(inbox, "k/v.txt", b"first")
    store.put(inbox, "k/v.txt", b"second, longer")
    assert store.get(inbox, "k/v.txt") == b"second, longer"


def test_stat_and_exists(store: ObjectStore, inbox: str) -> None:
    before = datetime.now(UTC)
    store.put(inbox, CYRILLIC_KEY, b"x" * 1234)
    after = datetime.now(UTC)

    info = store.stat(inbox, CYRILLIC_KEY)
    assert info is not None
    assert (info.bucket, info.key, info.size) == (inbox, CYRILLIC_KEY, 1234)
    assert info.last_modified.utcoffset() == timedelta(0)
    # S3 timestamps have whole-second precision: allow for the truncation.
    assert before - timedelta(seconds=2) <= info.last_modified <= after + timedelta(seconds=2)
    assert store.exists(inbox, CYRILLIC_KEY)


def test_stat_of_missing_object_or_folder_is_none(store: ObjectStore, inbox: str) -> None:
    store.put(inbox, "health/app/application.pdf", b"pdf")
    assert store.stat(inbox, "health/app/missing.pdf") is None
    assert store.stat(inbox, "health/app") is None  # a "folder" is not an object
    assert not store.exists(inbox, "nothing-here")


def test_get_missing_raises_object_not_found(store: ObjectStore, inbox: str) -> None:
    with pytest.raises(ObjectNotFound) as caught:
        store.get(inbox, "health/none.zip")
    assert isinstance(caught.value, StorageError)
    assert "health/none.zip" in str(caught.value)


def test_get_from_missing_bucket_is_storage_error(store: ObjectStore) -> None:
    with pytest.raises(StorageError, match="no-such-bucket"):
        store.get("no-such-bucket", "k")


def test_put_into_missing_bucket_is_storage_error(store: ObjectStore) -> None:
    with pytest.raises(StorageError, match="no-such-bucket"):
        store.put("no-such-bucket", "k", b"data")


def test_list_is_recursive_sorted_and_filtered_by_prefix(store: ObjectStore, inbox: str) -> None:
    # Inserted out of order; "a-b" < "a/b" in S3 (byte) order, unlike a folder walk.
    written = {
        "health/datasapa/manifest.json": b"{}",
        CYRILLIC_KEY: b"pdf",
        "health/datasapa.zip": b"zip!",
        "a/b": b"1",
        "a-b": b"22",
        "finance/x/y/z.pdf": b"333",
    }
    for key, data in written.items():
        store.put(inbox, key, data)

    listed = list(store.list(inbox))
    assert [info.key for info in listed] == sorted(written)
    assert all(isinstance(info, ObjectInfo) and info.bucket == inbox for info in listed)
    assert {info.key: info.size for info in listed} == {k: len(v) for k, v in written.items()}
    assert all(info.last_modified.utcoffset() == timedelta(0) for info in listed)

    assert keys(store, inbox, "health/") == [
        "health/datasapa.zip",
        "health/datasapa/manifest.json",
        CYRILLIC_KEY,
    ]
    # A prefix is a string prefix, not a folder name.
    assert keys(store, inbox, "health/datasapa") == [
        "health/datasapa.zip",
        "health/datasapa/manifest.json",
    ]
    assert keys(store, inbox, "health/Дата") == [CYRILLIC_KEY]
    assert keys(store, inbox, "nothing/") == []


def test_list_of_empty_bucket(store: ObjectStore, archive: str) -> None:
    assert list(store.list(archive)) == []


def test_copy(store: ObjectStore, inbox: str, archive: str) -> None:
    store.put(inbox, CYRILLIC_KEY, b"original", content_type=PDF)
    store.copy(inbox, CYRILLIC_KEY, archive, "sha256/abcd.zip")
    assert store.get(archive, "sha256/abcd.zip") == b"original"
    assert store.get(inbox, CYRILLIC_KEY) == b"original"  # the source stays


def test_copy_of_missing_source_raises_object_not_found(store: ObjectStore, inbox: str, archive: str) -> None:
    with pytest.raises(ObjectNotFound):
        store.copy(inbox, "nope.zip", archive, "dst.zip")
    assert not store.exists(archive, "dst.zip")


def test_delete(store: ObjectStore, inbox: str) -> None:
    store.put(inbox, "health/one/a.pdf", b"a")
    store.put(inbox, "health/one/b.pdf", b"b")
    store.delete(inbox, "health/one/a.pdf")
    assert not store.exists(inbox, "health/one/a.pdf")
    assert keys(store, inbox) == ["health/one/b.pdf"]
    with pytest.raises(ObjectNotFound):
        store.get(inbox, "health/one/a.pdf")


def test_delete_of_missing_key_is_not_an_error(store: ObjectStore, inbox: str) -> None:
    store.delete(inbox, "never/existed.zip")
    assert keys(store, inbox) == []


def test_put_if_absent_never_overwrites(store: ObjectStore, archive: str) -> None:
    assert store.put_if_absent(archive, "sha256/ab/abcdef.zip", b"first", content_type=PDF)
    assert not store.put_if_absent(archive, "sha256/ab/abcdef.zip", b"second")
    assert store.get(archive, "sha256/ab/abcdef.zip") == b"first"
    # After a delete the key is free again.
    store.delete(archive, "sha256/ab/abcdef.zip")
    assert store.put_if_absent(archive, "sha256/ab/abcdef.zip", b"third")
    assert store.get(archive, "sha256/ab/abcdef.zip") == b"third"


def test_ensure_buckets_is_idempotent(store: ObjectStore, settings: Settings) -> None:
    store.put(settings.bucket_registry, "decisions/1.json", b"{}")
    store.ensure_buckets(settings.bucket_names())
    assert store.get(settings.bucket_registry, "decisions/1.json") == b"{}"


# --- LocalStore specifics ----------------------------------------------------------------


def test_local_put_if_absent_race_has_one_winner(local: LocalStore) -> None:
    contenders = 8
    barrier = threading.Barrier(contenders)
    results: dict[int, bool] = {}

    def contend(i: int) -> None:
        barrier.wait()
        results[i] = local.put_if_absent("archive", "sha256/race.zip", f"writer {i}".encode())

    threads = [threading.Thread(target=contend, args=(i,)) for i in range(contenders)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    winners = [i for i, won in results.items() if won]
    assert len(results) == contenders and len(winners) == 1
    assert local.get("archive", "sha256/race.zip") == f"writer {winners[0]}".encode()
    assert keys(local, "archive") == ["sha256/race.zip"]  # no temp file left behind


@pytest.mark.parametrize(
    "key",
    [
        "",
        "/etc/passwd",
        "../outside.txt",
        "health/../../outside.txt",
        "health/./x",
        "health//x",
        "health/",
        "health\\..\\outside.txt",
        "health/a\x00b",
        ".trustlist-tmp-abc",
    ],
)
def test_local_rejects_escaping_keys(local: LocalStore, tmp_path: Path, key: str) -> None:
    before = sorted(tmp_path.rglob("*"))
    for attempt in (
        lambda: local.put("inbox", key, b"evil"),
        lambda: local.put_if_absent("inbox", key, b"evil"),
        lambda: local.get("inbox", key),
        lambda: local.stat("inbox", key),
        lambda: local.delete("inbox", key),
        lambda: local.copy("inbox", "x", "archive", key),
    ):
        with pytest.raises(StorageError) as caught:
            attempt()
        assert not isinstance(caught.value, ObjectNotFound)
    assert sorted(tmp_path.rglob("*")) == before


@pytest.mark.parametrize("bucket", ["", "..", "a/b", ".hidden", "UPPER", "x"])
def test_local_rejects_bad_bucket_names(local: LocalStore, bucket: str) -> None:
    with pytest.raises(StorageError, match="invalid bucket name"):
        local.put(bucket, "k", b"data")


def test_local_refuses_a_symlink_out_of_the_bucket(local: LocalStore, tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (local.root / "inbox" / "link").symlink_to(outside, target_is_directory=True)
    with pytest.raises(StorageError, match="outside"):
        local.put("inbox", "link/evil.txt", b"evil")
    assert list(outside.iterdir()) == []


def test_local_failed_write_leaves_no_object_and_no_temp_file(
    local: LocalStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    local.put("inbox", "health/a.zip", b"old")

    def broken_replace(src: str, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(StorageError, match="No space left"):
        local.put("inbox", "health/a.zip", b"new")
    with pytest.raises(StorageError):
        local.put("inbox", "health/b.zip", b"new")
    monkeypatch.undo()

    assert local.get("inbox", "health/a.zip") == b"old"
    assert not local.exists("inbox", "health/b.zip")
    on_disk = [p.name for p in (local.root / "inbox" / "health").iterdir()]
    assert on_disk == ["a.zip"]


def test_local_list_hides_temp_files(local: LocalStore) -> None:
    local.put("inbox", "health/a.zip", b"a")
    (local.root / "inbox" / "health" / ".trustlist-tmp-half").write_bytes(b"half")
    assert keys(local, "inbox") == ["health/a.zip"]


def test_local_delete_prunes_empty_folders(local: LocalStore) -> None:
    local.put("inbox", "health/deep/er/a.pdf", b"a")
    local.put("inbox", "health/keep.pdf", b"k")
    local.delete("inbox", "health/deep/er/a.pdf")
    assert not (local.root / "inbox" / "health" / "deep").exists()
    assert (local.root / "inbox").is_dir()
    assert keys(local, "inbox") == ["health/keep.pdf"]


def test_local_key_colliding_with_a_folder_is_storage_error(local: LocalStore) -> None:
    local.put("inbox", "health/a", b"file")
    with pytest.raises(StorageError) as caught:
        local.put("inbox", "health/a/b", b"under a file")
    assert not isinstance(caught.value, ObjectNotFound)


# --- MinioStore specifics ------------------------------------------------------------------


def test_moto_checks_signatures(s3_server: S3Server) -> None:
    with pytest.raises(S3Error) as wrong_secret:
        raw_client(s3_server, secret="not-the-secret").list_buckets()
    assert wrong_secret.value.code == "SignatureDoesNotMatch"
    with pytest.raises(S3Error) as unknown_key:
        raw_client(s3_server, access="AKIAUNKNOWNUNKNOWN00").list_buckets()
    assert unknown_key.value.code == "InvalidAccessKeyId"


def test_minio_large_put_is_multipart(s3_settings: Settings, s3_server: S3Server) -> None:
    store = open_store(s3_settings)
    store.ensure_buckets([s3_settings.bucket_inbox])
    store.put(s3_settings.bucket_inbox, "big.zip", os.urandom(12 * 1024 * 1024))
    etag = raw_client(s3_server).stat_object(s3_settings.bucket_inbox, "big.zip").etag
    assert etag.endswith("-2")  # two 8 MiB parts


def test_minio_keeps_content_type(s3_settings: Settings, s3_server: S3Server) -> None:
    store = open_store(s3_settings)
    bucket = s3_settings.bucket_reports
    store.ensure_buckets([bucket])
    store.put(bucket, "r/report.json", b"{}", content_type="application/json")
    assert store.put_if_absent(bucket, "r/report.html", b"<p>", content_type="text/html")
    client = raw_client(s3_server)
    assert client.stat_object(bucket, "r/report.json").content_type == "application/json"
    assert client.stat_object(bucket, "r/report.html").content_type == "text/html"


def test_minio_put_if_absent_is_a_conditional_write(s3_settings: Settings, s3_server: S3Server) -> None:
    """The server, not a stat() beforehand, refuses the second write: a key that
    appears between our check and our write is still not overwritten."""
    store = open_store(s3_settings)
    bucket = s3_settings.bucket_archive
    store.ensure_buckets([bucket])
    assert isinstance(store, MinioStore)
    store.stat = lambda bucket, key: None  # type: ignore[method-assign]  # blind any pre-check
    assert store.put_if_absent(bucket, "sha.zip", b"first")
    assert not store.put_if_absent(bucket, "sha.zip", b"second")
    assert raw_client(s3_server).get_object(bucket, "sha.zip").read() == b"first"


@pytest.mark.parametrize("wrong", ["secret", "access"])
def test_minio_wrong_credentials_raise_storage_error_without_secret(
    s3_settings: Settings, s3_server: S3Server, wrong: str
) -> None:
    secret = "Sup3r-Secret-Value-42"
    bad = MinioStore(
        s3_server.endpoint,
        access_key=SecretStr("AKIAUNKNOWNUNKNOWN00" if wrong == "access" else s3_server.access_key),
        secret_key=SecretStr(secret),
        region=s3_server.region,
    )
    code = "SignatureDoesNotMatch" if wrong == "secret" else "InvalidAccessKeyId"
    for attempt, expected in (
        (lambda: bad.get(s3_settings.bucket_inbox, "health/a.zip"), code),
        (lambda: bad.put(s3_settings.bucket_inbox, "health/a.zip", b"x"), code),
        (lambda: list(bad.list(s3_settings.bucket_inbox)), code),
        # A HEAD response has no body to name the cause: only its 403 status.
        (lambda: bad.ensure_buckets([s3_settings.bucket_inbox]), "AccessDenied"),
        (lambda: bad.stat(s3_settings.bucket_inbox, "health/a.zip"), "AccessDenied"),
    ):
        with pytest.raises(StorageError) as caught:
            attempt()
        message = str(caught.value)
        assert not isinstance(caught.value, ObjectNotFound)
        assert expected in message
        assert s3_server.endpoint in message and s3_settings.bucket_inbox in message
        assert secret not in message and secret not in repr(caught.value.__cause__)
    assert secret not in repr(bad)


def test_minio_unreachable_endpoint_is_storage_error(s3_server: S3Server) -> None:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        endpoint = f"127.0.0.1:{sock.getsockname()[1]}"
    store = MinioStore(
        endpoint,
        access_key=SecretStr(s3_server.access_key),
        secret_key=SecretStr(s3_server.secret_key),
        region="us-east-1",
    )
    with pytest.raises(StorageError, match="cannot reach") as caught:
        store.get("inbox", "health/a.zip")
    assert endpoint in str(caught.value) and "health/a.zip" in str(caught.value)
    assert s3_server.secret_key not in str(caught.value)


def test_s3_server_restarts_on_the_same_endpoint(s3_settings: Settings, s3_server: S3Server) -> None:
    store = open_store(s3_settings)
    store.ensure_buckets([s3_settings.bucket_inbox])
    store.put(s3_settings.bucket_inbox, "k", b"survives")
    endpoint = s3_server.endpoint
    s3_server.stop()
    try:
        with pytest.raises(StorageError):
            store.get(s3_settings.bucket_inbox, "k")
    finally:
        s3_server.start()
    assert s3_server.endpoint == endpoint
    assert store.get(s3_settings.bucket_inbox, "k") == b"survives"


# --- open_store ---------------------------------------------------------------------------------


def test_open_store_picks_local(tmp_path: Path) -> None:
    store = open_store(Settings(storage="local", local_root=tmp_path / "root"))
    assert isinstance(store, LocalStore) and store.root == tmp_path / "root"
    assert isinstance(store, ObjectStore)


def test_open_store_picks_minio(s3_settings: Settings) -> None:
    store = open_store(s3_settings)
    assert isinstance(store, MinioStore) and isinstance(store, ObjectStore)
    assert store.endpoint == s3_settings.s3_endpoint
    assert s3_settings.s3_secret_key.get_secret_value() not in repr(store)


def test_open_store_s3_without_credentials_is_config_error() -> None:
    with pytest.raises(ConfigError, match="TRUSTLIST_S3_ACCESS_KEY"):
        open_store(Settings(storage="s3", s3_endpoint="minio:9000"))


def test_open_store_rejects_an_endpoint_with_a_scheme() -> None:
    settings = Settings(
        storage="s3",
        s3_endpoint="http://minio:9000",
        s3_access_key=SecretStr("k"),
        s3_secret_key=SecretStr("s"),
    )
    with pytest.raises(ConfigError, match="http://minio:9000"):
        open_store(settings)
