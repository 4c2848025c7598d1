"""Reading bundles (SPEC §3, BND-01/02/03/05): zip, folder, single file, manifest, limits."""

from __future__ import annotations

import hashlib
import io
import json
import os
import zipfile
from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from trustlist.core.settings import Settings
from trustlist.intake.bundle import RawEntry, folder_digest, from_entries, from_path, from_zip

ALMATY = ZoneInfo("Asia/Almaty")
LANDED = datetime(2026, 3, 5, 4, 0, tzinfo=UTC)  # 09:00 in Almaty
APP = b'{"type": "application", "applicant_name": "TOO Data Sapa"}'
PDF = b"%PDF-1.4\n% not really a pdf, the reader never opens it\n"


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def make_zip(entries: list[tuple[str, bytes | str]], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in entries:
            archive.writestr(name, data)
    return buffer.getvalue()


def manifest(files: dict[str, bytes] | None = None, **extra) -> bytes:
    listed = [{"name": n, "sha256": sha(d)} for n, d in (files or {}).items()]
    return json.dumps({**extra, "files": listed}).encode()


@pytest.fixture
def settings() -> Settings:
    return Settings()


def kinds(bundle) -> list[str]:
    return [p.kind for p in bundle.problems]


# --- zip -----------------------------------------------------------------------------


def test_zip_with_manifest(settings):
    files = {"application.json": APP, "cert.pdf": PDF}
    data = make_zip(
        [
            *files.items(),
            (
                "manifest.json",
                manifest(files, application_id="HLT-2026-0042", submitted_at="2026-03-02T10:15:00+05:00"),
            ),
        ]
    )
    bundle = from_zip("health/datasapa.zip", "health", data, LANDED, settings)
    assert bundle.unreadable is None
    assert bundle.problems == []
    assert bundle.has_manifest
    assert bundle.application_id == "HLT-2026-0042"
    assert bundle.key == "health/datasapa.zip" and bundle.agency == "health"
    assert bundle.sha256 == sha(data)
    assert sorted(f.name for f in bundle.files) == ["application.json", "cert.pdf"]  # manifest not a file
    for f in bundle.files:
        assert f.sha256 == sha(files[f.name])
        assert f.size == len(files[f.name])
        assert f.data == files[f.name]
    assert bundle.received_at == datetime(2026, 3, 2, 10, 15, tzinfo=timezone(timedelta(hours=5)))
    assert bundle.received_at.utcoffset() == timedelta(hours=5)


def test_naive_submitted_at_is_almaty_time(settings):
    data = make_zip(
        [("application.json", APP), ("manifest.json", manifest(submitted_at="2026-03-02T10:15:00"))]
    )
    bundle = from_zip("k.zip", "health", data, LANDED, settings)
    assert bundle.received_at.tzinfo is not None
    assert bundle.received_at == datetime(2026, 3, 2, 10, 15, tzinfo=ALMATY)
    assert bundle.received_at.date().isoformat() == "2026-03-02"


def test_submitted_at_in_another_offset_is_converted_to_almaty(settings):
    # 23:30 UTC on 1 March is already 2 March in Almaty.
    data = make_zip(
        [("application.json", APP), ("manifest.json", manifest(submitted_at="2026-03-01T23:30:00Z"))]
    )
    bundle = from_zip("k.zip", "health", data, LANDED, settings)
    assert bundle.received_at.date().isoformat() == "2026-03-02"
    assert bundle.received_at.utcoffset() == timedelta(hours=5)


def test_without_manifest_landing_time_is_receipt(settings):
    bundle = from_zip("k.zip", "health", make_zip([("application.json", APP)]), LANDED, settings)
    assert not bundle.has_manifest
    assert bundle.application_id is None
    assert bundle.received_at == LANDED
    assert bundle.received_at.utcoffset() == timedelta(hours=5)
    assert bundle.problems == []


def test_manifest_sha_mismatch_is_bnd02(settings):
    listed = {"application.json": APP, "cert.pdf": b"an earlier version"}
    data = make_zip([("application.json", APP), ("cert.pdf", PDF), ("manifest.json", manifest(listed))])
    bundle = from_zip("k.zip", "health", data, LANDED, settings)
    assert kinds(bundle) == ["manifest"]
    problem = bundle.problems[0]
    assert problem.file == "cert.pdf"
    assert sha(PDF) in problem.detail and sha(b"an earlier version") in problem.detail


def test_manifest_missing_file_is_bnd02(settings):
    listed = {"application.json": APP, "audit.pdf": PDF}
    data = make_zip([("application.json", APP), ("manifest.json", manifest(listed))])
    bundle = from_zip("k.zip", "health", data, LANDED, settings)
    assert kinds(bundle) == ["manifest"]
    assert bundle.problems[0].file == "audit.pdf"
    assert "missing" in bundle.problems[0].detail


def test_invalid_manifest_json_is_bnd02_with_reason(settings):
    data = make_zip([("application.json", APP), ("manifest.json", b'{"files": [')])
    bundle = from_zip("k.zip", "health", data, LANDED, settings)
    assert bundle.unreadable is None
    assert kinds(bundle) == ["manifest"]
    assert bundle.problems[0].file == "manifest.json"
    assert "not valid JSON" in bundle.problems[0].detail
    assert bundle.received_at == LANDED  # nothing taken from a broken manifest
    assert [f.name for f in bundle.files] == ["application.json"]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"[1, 2]", "JSON object"),
        (json.dumps({"files": [{"name": "a.pdf", "sha256": "xyz"}]}).encode(), "files.0.sha256"),
        (json.dumps({"submitted_at": "yesterday"}).encode(), "submitted_at"),
    ],
)
def test_manifest_of_wrong_shape_is_bnd02_with_reason(settings, content, reason):
    data = make_zip([("application.json", APP), ("manifest.json", content)])
    bundle = from_zip("k.zip", "health", data, LANDED, settings)
    assert kinds(bundle) == ["manifest"]
    assert reason in bundle.problems[0].detail


def test_duplicate_content_is_bnd05(settings):
    data = make_zip([("cert.pdf", PDF), ("cert-copy.pdf", PDF), ("application.json", APP)])
    bundle = from_zip("k.zip", "health", data, LANDED, settings)
    assert kinds(bundle) == ["duplicate"]
    assert bundle.problems[0].file == "cert-copy.pdf"
    assert "cert.pdf" in bundle.problems[0].detail
    assert len(bundle.files) == 3  # both kept


def test_unsupported_extension_is_bnd03_and_kept(settings):
    data = make_zip([("application.json", APP), ("letter.docx", b"PK fake word file")])
    bundle = from_zip("k.zip", "health", data, LANDED, settings)
    assert kinds(bundle) == ["not_read"]
    assert bundle.problems[0].file == "letter.docx"
    assert ".docx" in bundle.problems[0].detail
    assert "letter.docx" in [f.name for f in bundle.files]


@pytest.mark.parametrize("name", ["Scan.PDF", "photo.JPEG", "page.tif", "page.TIFF", "img.png", "a.jpg"])
def test_supported_extensions_any_case(settings, name):
    bundle = from_zip("k.zip", "health", make_zip([(name, b"x")]), LANDED, settings)
    assert "not_read" not in kinds(bundle)


def test_not_a_zip_is_unreadable_not_an_exception(settings):
    data = b"%PDF-1.4 this is a PDF that someone named .zip"
    bundle = from_zip("health/x.zip", "health", data, LANDED, settings)
    assert bundle.unreadable and "zip" in bundle.unreadable
    assert bundle.files == []
    assert bundle.sha256 == sha(data)
    assert bundle.received_at == LANDED


def test_truncated_zip_is_unreadable(settings):
    data = make_zip([("application.json", APP * 200), ("cert.pdf", os.urandom(5000))])
    bundle = from_zip("k.zip", "health", data[: len(data) // 2], LANDED, settings)
    assert bundle.unreadable
    assert bundle.files == []


def test_corrupted_member_is_unreadable(settings):
    payload = os.urandom(4000)
    data = bytearray(make_zip([("cert.pdf", payload)], zipfile.ZIP_STORED))
    offset = bytes(data).index(payload) + 100
    data[offset] ^= 0xFF  # CRC no longer matches
    bundle = from_zip("k.zip", "health", bytes(data), LANDED, settings)
    assert bundle.unreadable and "cert.pdf" in bundle.unreadable


def test_empty_bytes_are_unreadable(settings):
    assert from_zip("k.zip", "health", b"", LANDED, settings).unreadable


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        ("../../etc/cron.d/evil.pdf", "etc/cron.d/evil.pdf"),
        ("/abs/cert.pdf", "abs/cert.pdf"),
        ("..\\..\\windows\\cert.pdf", "windows/cert.pdf"),
        ("C:\\temp\\cert.pdf", "temp/cert.pdf"),
        ("docs/../../cert.pdf", "docs/cert.pdf"),
        ("./cert.pdf", "cert.pdf"),
    ],
)
def test_zip_entry_names_are_sanitised(settings, entry, expected):
    bundle = from_zip("k.zip", "health", make_zip([(entry, PDF)]), LANDED, settings)
    assert bundle.unreadable is None
    [file] = bundle.files
    assert file.name == expected
    parts = file.name.split("/")
    assert ".." not in parts and "" not in parts and not file.name.startswith("/")
    assert ":" not in file.name and "\\" not in file.name


def test_manifest_names_match_sanitised_entries(settings):
    data = make_zip([("../cert.pdf", PDF), ("manifest.json", manifest({"cert.pdf": PDF}))])
    bundle = from_zip("k.zip", "health", data, LANDED, settings)
    assert bundle.problems == []


def test_too_many_entries_is_unreadable():
    settings = Settings(max_zip_entries=3)
    data = make_zip([(f"page{i}.png", f"{i}") for i in range(4)])
    bundle = from_zip("k.zip", "health", data, LANDED, settings)
    assert bundle.unreadable == "zip has 4 entries, limit 3"
    assert bundle.files == []
    ok = from_zip("k.zip", "health", make_zip([(f"p{i}.png", f"{i}") for i in range(3)]), LANDED, settings)
    assert ok.unreadable is None and len(ok.files) == 3


def test_too_high_compression_ratio_is_unreadable():
    settings = Settings(max_zip_ratio=10)
    data = make_zip([("scan.png", os.urandom(5_000) + b"\0" * 95_000)])  # ratio about 20
    bundle = from_zip("k.zip", "health", data, LANDED, settings)
    assert bundle.unreadable and "compression ratio" in bundle.unreadable
    assert bundle.files == []
    assert from_zip("k.zip", "health", data, LANDED, Settings()).unreadable is None


def test_too_large_expanded_size_is_unreadable():
    settings = Settings(max_bundle_bytes=1000)
    data = make_zip([("scan.png", os.urandom(2000))])
    bundle = from_zip("k.zip", "health", data, LANDED, settings)
    assert bundle.unreadable and "limit 1000" in bundle.unreadable


# --- folders and single files ------------------------------------------------------------


def test_folder_from_entries(settings):
    entries = [
        RawEntry("application.json", APP),
        RawEntry("docs/cert.pdf", PDF),
        RawEntry(
            "manifest.json",
            manifest({"application.json": APP, "docs/cert.pdf": PDF}, submitted_at="2026-03-02T10:15:00"),
        ),
    ]
    bundle = from_entries("health/datasapa/", "health", entries, LANDED, settings)
    assert bundle.problems == []
    assert bundle.has_manifest
    assert bundle.sha256 == folder_digest(entries)
    assert bundle.received_at == datetime(2026, 3, 2, 10, 15, tzinfo=ALMATY)
    assert {f.name: f.sha256 for f in bundle.files} == {
        "application.json": sha(APP),
        "docs/cert.pdf": sha(PDF),
    }


def test_folder_digest_depends_on_names_and_content_not_order():
    a = [RawEntry("a.pdf", b"1"), RawEntry("b.pdf", b"2")]
    assert folder_digest(a) == folder_digest(list(reversed(a)))
    assert folder_digest(a) != folder_digest([RawEntry("a.pdf", b"1"), RawEntry("b.pdf", b"3")])
    assert folder_digest(a) != folder_digest([RawEntry("a.pdf", b"1"), RawEntry("c.pdf", b"2")])


def test_empty_folder_is_unreadable(settings):
    bundle = from_entries("health/empty/", "health", [], LANDED, settings)
    assert bundle.unreadable == "the folder is empty"


def test_folder_from_path(tmp_path, settings):
    folder = tmp_path / "finance" / "datasapa"
    (folder / "sub").mkdir(parents=True)
    (folder / "application.json").write_bytes(APP)
    (folder / "sub" / "cert.pdf").write_bytes(PDF)
    (folder / "manifest.json").write_bytes(
        manifest(
            {"application.json": APP, "sub/cert.pdf": b"stale"}, submitted_at="2026-03-02T10:15:00+05:00"
        )
    )
    bundle = from_path(folder, settings)
    assert bundle.agency == "finance"
    assert bundle.key == str(folder)
    assert sorted(f.name for f in bundle.files) == ["application.json", "sub/cert.pdf"]
    assert kinds(bundle) == ["manifest"] and bundle.problems[0].file == "sub/cert.pdf"
    assert bundle.received_at.date().isoformat() == "2026-03-02"
    expected = folder_digest(
        [
            RawEntry("application.json", APP),
            RawEntry("manifest.json", (folder / "manifest.json").read_bytes()),
            RawEntry("sub/cert.pdf", PDF),
        ]
    )
    assert bundle.sha256 == expected


def test_folder_without_manifest_uses_mtime(tmp_path, settings):
    folder = tmp_path / "health" / "b"
    folder.mkdir(parents=True)
    (folder / "application.json").write_bytes(APP)
    stamp = datetime(2026, 3, 2, 10, 15, tzinfo=ALMATY).timestamp()
    os.utime(folder, (stamp, stamp))
    bundle = from_path(folder, settings, agency="transport")
    assert bundle.agency == "transport"
    assert not bundle.has_manifest
    assert bundle.received_at == datetime(2026, 3, 2, 10, 15, tzinfo=ALMATY)
    assert str(bundle.received_at.tzinfo) == "Asia/Almaty"


def test_single_file_is_a_bundle_of_one(tmp_path, settings):
    folder = tmp_path / "education"
    folder.mkdir()
    path = folder / "application.json"
    path.write_bytes(APP)
    bundle = from_path(path, settings)
    assert bundle.agency == "education"
    assert bundle.sha256 == sha(APP)
    assert [(f.name, f.sha256, f.size) for f in bundle.files] == [("application.json", sha(APP), len(APP))]
    assert bundle.problems == [] and bundle.unreadable is None


def test_zip_from_path(tmp_path, settings):
    data = make_zip([("application.json", APP)])
    path = tmp_path / "health.zip"
    path.write_bytes(data)
    bundle = from_path(path, settings, agency="health")
    assert bundle.sha256 == sha(data)
    assert [f.name for f in bundle.files] == ["application.json"]


def test_non_zip_named_zip_from_path_is_unreadable(tmp_path, settings):
    path = tmp_path / "bundle.zip"
    path.write_bytes(b"plain text, not an archive")
    bundle = from_path(path, settings, agency="health")
    assert bundle.unreadable
    assert bundle.files == []


def test_single_unsupported_file(tmp_path, settings):
    path = tmp_path / "letter.docx"
    path.write_bytes(b"word")
    bundle = from_path(path, settings, agency="health")
    assert kinds(bundle) == ["not_read"]


# --- bugs ---------------------------------------------------------------------------


@pytest.mark.parametrize("listed", ["..", "/"])
def test_manifest_listing_an_unsanitisable_name_is_a_problem_not_an_exception(settings, listed):
    content = json.dumps({"files": [{"name": listed, "sha256": sha(PDF)}]}).encode()
    data = make_zip([("cert.pdf", PDF), ("manifest.json", content)])
    bundle = from_zip("k.zip", "health", data, LANDED, settings)
    assert bundle.unreadable or "manifest" in kinds(bundle)


def test_manifest_in_a_zip_subfolder_lists_names_relative_to_itself(settings):
    data = make_zip([("datasapa/cert.pdf", PDF), ("datasapa/manifest.json", manifest({"cert.pdf": PDF}))])
    bundle = from_zip("k.zip", "health", data, LANDED, settings)
    assert bundle.has_manifest
    assert bundle.problems == []


def with_application_id(application_id: str, settings: Settings):
    data = b"%PDF-1.4 not read here"
    entries = [
        RawEntry("a.pdf", data),
        RawEntry("manifest.json", manifest({"a.pdf": data}, application_id=application_id)),
    ]
    return from_entries("health/x/", "health", entries, datetime(2026, 3, 2, tzinfo=UTC), settings)


@pytest.mark.parametrize(
    ("given", "used"),
    [("HLT-2026-0042", "HLT-2026-0042"), ("HLT/2026/42", "HLT-2026-42"), ("../other\\x", "other-x")],
)
def test_an_application_id_names_one_storage_folder(settings, given, used):
    from trustlist.compose.process import identify

    assert identify(with_application_id(given, settings), []) == used


def test_an_application_id_of_dots_falls_back_to_the_bundle(settings):
    from trustlist.compose.process import identify

    bundle = with_application_id("..", settings)
    assert identify(bundle, []) == f"bundle-{bundle.sha256[:12]}"
