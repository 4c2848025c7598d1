"""Hostile and broken zip bundles (issue 5): every archive here is built by the test, byte for byte.

Each case ends in one of two ways, never in an exception out of from_zip / from_path: an
unreadable bundle (BND-01) with a reason a reviewer can act on, or a readable bundle whose
problems say of which kind they are (the check catalogue names the BND-0x check of each).
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import stat
import struct
import time
import tracemalloc
import warnings
import zipfile
from datetime import UTC, datetime

import pytest

from trustlist.core.errors import StorageError
from trustlist.core.models import Bundle
from trustlist.core.settings import Settings
from trustlist.intake.bundle import from_path, from_zip
from trustlist.intake.storage import LocalStore

LANDED = datetime(2026, 3, 5, 4, 0, tzinfo=UTC)
APP = json.dumps({"type": "application", "applicant_name": "ТОО «Дата Сапа»"}, ensure_ascii=False).encode()
PDF = b"%PDF-1.4\n% the reader never opens it\n"
MiB = 1024 * 1024


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def make_zip(entries: list[tuple[str | zipfile.ZipInfo, bytes]], compression=zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        # zipfile warns about duplicate names; here they are the point.
        warnings.simplefilter("ignore", UserWarning)
        with zipfile.ZipFile(buffer, "w", compression) as archive:
            for name, data in entries:
                archive.writestr(name, data)
    return buffer.getvalue()


def zeros_zip(name: str, size: int) -> bytes:
    """A deflate bomb: ``size`` zero bytes streamed into one entry (never held in memory whole)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive, archive.open(name, "w") as entry:
        block = bytes(MiB)
        for _ in range(size // MiB):
            entry.write(block)
    return buffer.getvalue()


def with_raw_names(entries: list[tuple[bytes, bytes]]) -> bytes:
    """A zip whose entry names are exactly the given bytes, without the UTF-8 flag (zipfile would add it).

    An ASCII placeholder of the same length is written for each and then replaced in the local
    header and in the central directory; the CRC covers the content only, so the archive stays valid.
    """
    placeholders = [(chr(ord("A") + i) * len(raw)).encode() for i, (raw, _) in enumerate(entries)]
    archive = make_zip([(p.decode(), data) for p, (_, data) in zip(placeholders, entries, strict=True)])
    for placeholder, (raw, _) in zip(placeholders, entries, strict=True):
        assert archive.count(placeholder) == 2
        archive = archive.replace(placeholder, raw)
    return archive


def with_raw_name(raw: bytes, data: bytes) -> bytes:
    return with_raw_names([(raw, data)])


def patch_headers(archive: bytes, edit) -> bytes:
    """Apply ``edit(buffer, flags_offset)`` to every local and central header of ``archive``.

    Callers use content without the header signatures in it, so finding them is unambiguous.
    """
    data = bytearray(archive)
    for signature, flags_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = data.find(signature)
        while start >= 0:
            edit(data, start + flags_at)
            start = data.find(signature, start + 1)
    return bytes(data)


def read(data: bytes, settings: Settings | None = None) -> Bundle:
    return from_zip("health/hostile.zip", "health", data, LANDED, settings or Settings())


def names(bundle: Bundle) -> list[str]:
    return [f.name for f in bundle.files]


def problems(bundle: Bundle) -> list[tuple[str, str | None]]:
    return [(p.kind, p.file) for p in bundle.problems]


def detail(bundle: Bundle, file: str) -> str:
    [found] = [p.detail for p in bundle.problems if p.file == file]
    return found


def peak_memory(run) -> int:
    tracemalloc.start()
    try:
        run()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


# --- zip bombs ------------------------------------------------------------------------------


def test_deflate_bomb_stops_at_the_ratio_limit_while_decompressing():
    bomb = zeros_zip("scan.pdf", 64 * MiB)  # about 64 KiB on disk, ratio about 1000
    bundle = read(bomb)
    assert bundle.unreadable.startswith("zip compression ratio exceeds the limit 200: at least ")
    assert bundle.files == []
    # Reading stopped near 200 x the archive's size instead of expanding 64 MiB.
    assert peak_memory(lambda: read(bomb)) < 40 * MiB


def test_size_limit_counts_the_bytes_that_come_out():
    settings = Settings(max_zip_ratio=1e9, max_bundle_bytes=4 * MiB)
    bomb = zeros_zip("scan.pdf", 64 * MiB)
    bundle = read(bomb, settings)
    assert bundle.unreadable.startswith("zip expands to at least ")
    assert bundle.unreadable.endswith(f"bytes, limit {4 * MiB}")
    assert peak_memory(lambda: read(bomb, settings)) < 16 * MiB


def test_a_header_that_under_declares_the_size_gets_no_more_than_it_declared():
    """The central directory says 100 bytes; the entry inflates to 64 MiB with a matching CRC.

    zipfile stops at the declared size and the CRC of what it read fails: the bomb never
    expands, and the bundle is unreadable with the parser's reason.
    """
    bomb = bytearray(zeros_zip("scan.pdf", 64 * MiB))
    central = bomb.index(b"PK\x01\x02")
    (declared,) = struct.unpack_from("<I", bomb, central + 24)
    assert declared == 64 * MiB
    struct.pack_into("<I", bomb, central + 24, 100)
    bundle = read(bytes(bomb), Settings(max_zip_ratio=1e9))
    assert bundle.unreadable == "cannot extract 'scan.pdf': Bad CRC-32 for file 'scan.pdf'"
    assert peak_memory(lambda: read(bytes(bomb), Settings(max_zip_ratio=1e9))) < 4 * MiB


def test_too_many_entries():
    data = make_zip([(f"page{i:03}.png", b"x") for i in range(501)])
    bundle = read(data)
    assert bundle.unreadable == "zip has 501 entries, limit 500"
    assert read(make_zip([(f"page{i:03}.png", b"x") for i in range(500)])).unreadable is None


def test_a_central_directory_too_large_for_the_entry_limit_is_refused_before_parsing():
    data = make_zip([(f"{i:05}" + "x" * 200 + ".png", b"") for i in range(400)], zipfile.ZIP_STORED)
    bundle = read(data, Settings(max_zip_entries=20))
    assert bundle.unreadable.startswith("zip's central directory is ")
    assert bundle.unreadable.endswith("bytes, more than 20 entries (the limit) can fill")


def nested_bomb(levels: int, copies: int) -> bytes:
    """42.zip in small: ``copies`` zips of ``copies`` zips ... of 1 MiB of zeros."""
    layer = zeros_zip("zeros.pdf", MiB)
    for level in range(levels):
        layer = make_zip([(f"layer{level}-{i}.zip", layer) for i in range(copies)])
    return layer


def test_nested_zip_bomb_stops_at_the_ratio_limit_over_all_levels():
    bomb = nested_bomb(levels=2, copies=16)  # 256 MiB in all, a few KiB on disk
    assert len(bomb) < 64 * 1024
    bundle = read(bomb)
    assert bundle.unreadable.startswith("zip compression ratio exceeds the limit 200")
    assert bundle.files == []


def test_nested_zip_bomb_stops_at_the_size_limit_over_all_levels():
    settings = Settings(max_zip_ratio=1e9, max_bundle_bytes=20 * MiB)
    bomb = nested_bomb(levels=2, copies=16)
    started = time.monotonic()
    bundle = read(bomb, settings)
    assert bundle.unreadable.endswith(f"bytes, limit {20 * MiB}")
    assert time.monotonic() - started < 30  # generous: it stops after ~20 MiB of 256


def test_entry_limit_counts_nested_archives():
    inner = make_zip([(f"p{i}.png", b"x") for i in range(3)])
    data = make_zip([("a.zip", inner), ("b.zip", inner)])
    bundle = read(data, Settings(max_zip_entries=6))
    assert bundle.unreadable == "zip has 8 entries, nested archives included, limit 6"
    ok = read(data, Settings(max_zip_entries=8))
    assert ok.unreadable is None and len(ok.files) == 6


# --- names that try to leave the bundle ------------------------------------------------------

ESCAPING_NAMES = [
    ("../../etc/passwd", "etc/passwd"),
    ("/etc/passwd", "etc/passwd"),
    ("C:\\x\\y.pdf", "x/y.pdf"),
    ("C:y.pdf", "y.pdf"),
    ("/docs/D:y.pdf", "docs/y.pdf"),
    ("..\\..\\Windows\\System32\\y.pdf", "Windows/System32/y.pdf"),
    ("\\\\server\\share\\y.pdf", "server/share/y.pdf"),
    ("//?/C:/x/y.pdf", "?/x/y.pdf"),
    ("docs/./../../../y.pdf", "docs/y.pdf"),
    ("a/b/../../../../y.pdf", "a/b/y.pdf"),
    ("cert.pdf\x00.exe", "cert.pdf_.exe"),
    ("line\nbreak.pdf", "line_break.pdf"),
]


@pytest.mark.parametrize(("entry", "expected"), ESCAPING_NAMES)
def test_escaping_entry_names_are_confined(entry, expected):
    bundle = read(with_raw_name(entry.encode(), PDF))
    assert names(bundle) == [expected]
    [file] = bundle.files
    assert file.data == PDF
    parts = file.name.split("/")
    assert ".." not in parts and "" not in parts and "." not in parts
    assert "\\" not in file.name and not any(ord(c) < 32 for c in file.name)
    assert not any(p.endswith(":") or re.match("[A-Za-z]:", p) for p in parts)


def test_escaping_names_inside_a_nested_archive_stay_under_it():
    inner = make_zip([("../../../etc/cron.d/evil.pdf", PDF), ("/abs.pdf", PDF + b"2")])
    bundle = read(make_zip([("docs.zip", inner)]))
    assert names(bundle) == ["docs.zip/etc/cron.d/evil.pdf", "docs.zip/abs.pdf"]


@pytest.mark.parametrize(
    "key",
    [
        "../escape.pdf",
        "health/../../escape.pdf",
        "/etc/passwd",
        "a\\..\\..\\b.pdf",
        "./a.pdf",
        "a/../b",
        "x\x00y",
    ],
)
def test_local_store_refuses_keys_that_could_leave_the_bucket(tmp_path, key):
    root = tmp_path / "store"
    store = LocalStore(root)
    store.ensure_buckets(["archive"])
    before = sorted(tmp_path.rglob("*"))
    for operation in (
        lambda: store.put("archive", key, PDF),
        lambda: store.put_if_absent("archive", key, PDF),
        lambda: store.get("archive", key),
        lambda: store.delete("archive", key),
    ):
        with pytest.raises(StorageError):
            operation()
    assert sorted(tmp_path.rglob("*")) == before


def test_local_store_confines_a_write_through_a_symlinked_folder(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    store = LocalStore(tmp_path / "store")
    store.ensure_buckets(["archive"])
    (tmp_path / "store" / "archive" / "link").symlink_to(outside)
    with pytest.raises(StorageError, match="outside bucket"):
        store.put("archive", "link/evil.pdf", PDF)
    assert list(outside.iterdir()) == []


def test_sanitised_bundle_names_are_usable_store_keys(tmp_path):
    bundle = read(make_zip([(raw, PDF + raw.encode()) for raw, _ in ESCAPING_NAMES]))
    store = LocalStore(tmp_path / "store")
    store.ensure_buckets(["archive"])
    for file in bundle.files:
        store.put("archive", f"{bundle.sha256}/{file.name}", file.data)
    stored = sorted(p for p in (tmp_path / "store").rglob("*") if p.is_file())
    assert len(stored) == len(ESCAPING_NAMES)
    assert all(p.resolve().is_relative_to((tmp_path / "store" / "archive").resolve()) for p in stored)


# --- symbolic links and other special entries ------------------------------------------------


def special_entry(name: str, mode: int, data: bytes) -> tuple[zipfile.ZipInfo, bytes]:
    info = zipfile.ZipInfo(name)
    info.create_system = 3  # Unix
    info.external_attr = mode << 16
    return info, data


def test_symlink_entry_is_reported_not_followed_or_read():
    link = special_entry("audit.pdf", stat.S_IFLNK | 0o777, b"/etc/passwd")
    bundle = read(make_zip([("application.json", APP), link]))
    assert names(bundle) == ["application.json"]
    assert problems(bundle) == [("not_read", "audit.pdf")]
    assert detail(bundle, "audit.pdf") == "a symbolic link in the archive: not followed and not read"


def test_symlink_listed_in_the_manifest_is_also_missing_for_bnd02():
    link = special_entry("audit.pdf", stat.S_IFLNK | 0o777, b"../../../etc/shadow")
    listed = json.dumps({"files": [{"name": "audit.pdf", "sha256": sha(PDF)}]}).encode()
    bundle = read(make_zip([link, ("manifest.json", listed)]))
    assert bundle.files == []
    assert sorted(problems(bundle)) == [("manifest", "audit.pdf"), ("not_read", "audit.pdf")]


@pytest.mark.parametrize("kind", [stat.S_IFCHR, stat.S_IFBLK, stat.S_IFIFO, stat.S_IFSOCK])
def test_device_pipe_and_socket_entries_are_reported(kind):
    bundle = read(make_zip([("cert.pdf", PDF), special_entry("dev.pdf", kind | 0o644, b"")]))
    assert names(bundle) == ["cert.pdf"]
    assert (
        detail(bundle, "dev.pdf") == "a device file, pipe or socket in the archive: not followed and not read"
    )


def test_regular_unix_entries_with_permissions_are_read():
    bundle = read(make_zip([special_entry("cert.pdf", stat.S_IFREG | 0o600, PDF)]))
    assert names(bundle) == ["cert.pdf"] and bundle.problems == []


def test_links_and_pipes_in_a_folder_bundle_are_reported_not_followed(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.pdf").write_bytes(PDF + b"secret")
    folder = tmp_path / "health" / "bundle"
    folder.mkdir(parents=True)
    (folder / "application.json").write_bytes(APP)
    (folder / "audit.pdf").symlink_to("/etc/passwd")
    (folder / "scans").symlink_to(outside, target_is_directory=True)
    os.mkfifo(folder / "cert.pdf")  # reading it would block for ever
    bundle = from_path(folder, Settings())
    assert names(bundle) == ["application.json"]
    assert problems(bundle) == [("not_read", "audit.pdf"), ("not_read", "cert.pdf"), ("not_read", "scans")]
    assert detail(bundle, "scans") == "a symbolic link in the folder: not followed and not read"
    pipe = "a device file, pipe or socket in the folder: not followed and not read"
    assert detail(bundle, "cert.pdf") == pipe


def test_a_folder_of_links_only_is_not_empty_but_has_no_documents(tmp_path):
    folder = tmp_path / "health" / "bundle"
    folder.mkdir(parents=True)
    (folder / "audit.pdf").symlink_to("/etc/passwd")
    bundle = from_path(folder, Settings())
    assert bundle.unreadable is None and bundle.files == []
    assert problems(bundle) == [("not_read", "audit.pdf")]


# --- nested archives ------------------------------------------------------------------------------


def test_nested_zip_is_expanded_and_the_manifest_verifies_the_zip_itself():
    cover, audit = PDF + b"cover", PDF + b"audit"
    inner = make_zip([("application.json", APP), ("audit.pdf", audit)])
    listed = [{"name": "docs.zip", "sha256": sha(inner)}, {"name": "cover.pdf", "sha256": sha(cover)}]
    manifest = json.dumps({"files": listed}).encode()
    bundle = read(make_zip([("cover.pdf", cover), ("docs.zip", inner), ("manifest.json", manifest)]))
    assert bundle.unreadable is None and bundle.problems == []
    assert names(bundle) == ["cover.pdf", "docs.zip/application.json", "docs.zip/audit.pdf"]
    assert [f.data for f in bundle.files] == [cover, APP, audit]


def test_nested_zip_that_differs_from_the_manifest_is_bnd02():
    inner = make_zip([("application.json", APP)])
    listed = {"files": [{"name": "docs.zip", "sha256": sha(b"another zip")}]}
    bundle = read(make_zip([("docs.zip", inner), ("manifest.json", json.dumps(listed).encode())]))
    assert problems(bundle) == [("manifest", "docs.zip")]
    assert names(bundle) == ["docs.zip/application.json"]


def test_a_zip_in_a_folder_bundle_is_expanded_within_the_limits(tmp_path):
    folder = tmp_path / "health" / "bundle"
    folder.mkdir(parents=True)
    (folder / "application.json").write_bytes(APP)
    (folder / "docs.zip").write_bytes(make_zip([("audit.pdf", PDF)]))
    bundle = from_path(folder, Settings())
    assert names(bundle) == ["application.json", "docs.zip/audit.pdf"] and bundle.problems == []
    (folder / "docs.zip").write_bytes(nested_bomb(levels=1, copies=4))
    assert from_path(folder, Settings()).unreadable.startswith("zip compression ratio exceeds the limit")


def chain(depth: int) -> bytes:
    """bundle -> level1.zip -> level2.zip -> ... each holding a PDF and the next zip."""
    layer = make_zip([(f"level{depth}.pdf", PDF + str(depth).encode())])
    for level in range(depth - 1, 0, -1):
        layer = make_zip([(f"level{level}.pdf", PDF + str(level).encode()), (f"level{level + 1}.zip", layer)])
    return make_zip([("level0.pdf", PDF), ("level1.zip", layer)])


def test_archives_deeper_than_the_limit_are_kept_unread_with_bnd03():
    bundle = read(chain(depth=3))
    deepest = "level1.zip/level2.zip/level3.zip"
    assert names(bundle) == [
        "level0.pdf",
        "level1.zip/level1.pdf",
        "level1.zip/level2.zip/level2.pdf",
        deepest,
    ]
    assert problems(bundle) == [("not_read", deepest)]
    assert detail(bundle, deepest) == "nested archive not read: the depth limit (2 levels) was reached"


def test_depth_zero_expands_nothing():
    bundle = read(chain(depth=1), Settings(max_archive_depth=0))
    assert names(bundle) == ["level0.pdf", "level1.zip"]
    assert problems(bundle) == [("not_read", "level1.zip")]


@pytest.mark.parametrize(
    ("inner", "reason"),
    [
        (b"MZ\x90\x00 an executable named .zip", "not a readable zip archive: File is not a zip file"),
        (make_zip([]), "the archive is empty"),
    ],
)
def test_a_nested_archive_that_cannot_be_read_is_kept_with_the_reason(inner, reason):
    bundle = read(make_zip([("application.json", APP), ("docs.zip", inner)]))
    assert names(bundle) == ["application.json", "docs.zip"]
    assert problems(bundle) == [("not_read", "docs.zip")]
    assert detail(bundle, "docs.zip") == f"nested archive cannot be read: {reason}"


def test_problems_inside_a_nested_archive_name_their_full_path():
    inner = make_zip([("cert.pdf", PDF), special_entry("link.pdf", stat.S_IFLNK | 0o777, b"/etc/passwd")])
    bundle = read(make_zip([("docs.zip", inner)]))
    assert names(bundle) == ["docs.zip/cert.pdf"]
    assert problems(bundle) == [("not_read", "docs.zip/link.pdf")]


# --- names without the UTF-8 flag ---------------------------------------------------------------

ENCODED_NAMES = [
    ("Заявка.pdf", "cp866"),
    ("Заявка.pdf", "cp1251"),
    ("Қорытынды аудит.pdf", "kz1048"),
    ("Қорытынды аудит.pdf", "utf-8"),
    ("Свидетельство о регистрации.pdf", "cp866"),
    ("Аудиторское заключение №12.pdf", "cp1251"),
    ("ЖШС «Дата Сапа» өтініші.pdf", "kz1048"),
    ("Өтініш.pdf", "utf-8"),
    ("Ёлка.png", "cp866"),  # its cp866 bytes are also valid UTF-8 (one CJK character)
    ("дело.pdf", "cp1251"),  # every letter's byte is a Russian letter in cp866 too
    ("Résumé.pdf", "cp437"),  # no reading scores as Cyrillic: the zip default stays
]


@pytest.mark.parametrize(("name", "codec"), ENCODED_NAMES)
def test_names_without_the_utf8_flag_are_decoded(name, codec):
    raw = name.encode(codec)
    archive = with_raw_name(raw, PDF)
    assert zipfile.ZipFile(io.BytesIO(archive)).infolist()[0].flag_bits & 0x800 == 0
    assert names(read(archive)) == [name]


def test_a_manifest_lists_the_decoded_name():
    listed = json.dumps({"files": [{"name": "Заявка.pdf", "sha256": sha(PDF)}]}, ensure_ascii=False)
    archive = with_raw_names([("Заявка.pdf".encode("cp866"), PDF), (b"manifest.json", listed.encode())])
    bundle = read(archive)
    assert names(bundle) == ["Заявка.pdf"]
    assert bundle.problems == [] and bundle.has_manifest


def test_flagged_utf8_names_are_kept_as_written():
    bundle = read(make_zip([("Қорытынды аудит.pdf", PDF)]))
    assert names(bundle) == ["Қорытынды аудит.pdf"]


# --- duplicate names ------------------------------------------------------------------------------


def test_same_name_same_content_is_bnd05_and_one_copy_is_kept():
    bundle = read(make_zip([("cert.pdf", PDF), ("application.json", APP), ("cert.pdf", PDF)]))
    assert names(bundle) == ["cert.pdf", "application.json"]
    assert problems(bundle) == [("duplicate", "cert.pdf")]
    assert "more than once with the same content" in detail(bundle, "cert.pdf")


def test_same_name_other_content_keeps_both_and_says_so():
    bundle = read(make_zip([("cert.pdf", PDF), ("cert.pdf", PDF + b"forged")]))
    assert names(bundle) == ["cert.pdf", "cert (2).pdf"]
    assert [f.data for f in bundle.files] == [PDF, PDF + b"forged"]
    assert problems(bundle) == [("renamed", "cert (2).pdf")]
    assert detail(bundle, "cert (2).pdf") == (
        "another entry of the archive is also named 'cert.pdf', with different content; "
        "this one is kept as 'cert (2).pdf' and read too"
    )


def test_names_that_collide_only_after_sanitising_are_duplicates_too():
    bundle = read(make_zip([("cert.pdf", PDF), ("../cert.pdf", b"%PDF other"), ("cert (2).pdf", PDF + b"x")]))
    assert names(bundle) == ["cert.pdf", "cert (3).pdf", "cert (2).pdf"]
    assert problems(bundle) == [("renamed", "cert (3).pdf")]


# --- empty, foreign, truncated and damaged archives ------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [make_zip([]), make_zip([("docs/", b""), ("docs/scans/", b"")]), b"PK\x05\x06" + bytes(18)],
    ids=["no entries", "directories only", "bare end record"],
)
def test_empty_archive_is_unreadable(data):
    assert read(data).unreadable == "the archive is empty"


def test_non_zip_named_zip_is_unreadable(tmp_path):
    path = tmp_path / "health" / "bundle.zip"
    path.parent.mkdir()
    path.write_bytes(PDF)
    bundle = from_path(path, Settings())
    assert bundle.unreadable == "not a readable zip archive: File is not a zip file"
    assert bundle.sha256 == sha(PDF)


@pytest.mark.parametrize("cut", [0.5, 0.9, 0.99])
def test_truncated_zip_is_unreadable_with_the_parsers_reason(tmp_path, cut):
    data = make_zip([("application.json", APP * 50), ("cert.pdf", bytes(range(256)) * 40)])
    path = tmp_path / "health" / "cut.zip"
    path.parent.mkdir()
    path.write_bytes(data[: int(len(data) * cut)])
    bundle = from_path(path, Settings())
    assert bundle.unreadable == "not a readable zip archive: File is not a zip file"
    assert bundle.files == []


def test_zip_with_its_middle_cut_out_is_unreadable():
    # zipfile computes a negative offset and BytesIO raises ValueError, not BadZipFile: the
    # parser boundary turns it into the reason all the same.
    first, second = bytes(range(256)) * 40, bytes(range(255, -1, -1)) * 40
    data = make_zip([("a.pdf", first), ("b.pdf", second)], zipfile.ZIP_STORED)
    bundle = read(data[:100] + data[5000:])
    assert bundle.unreadable == "cannot extract 'a.pdf': negative seek value -4900"


def test_bad_crc_names_the_entry():
    data = bytearray(make_zip([("cert.pdf", b"A" * 4000)], zipfile.ZIP_STORED))
    data[data.index(b"A" * 100) + 50] = ord("B")
    assert read(bytes(data)).unreadable == "cannot extract 'cert.pdf': Bad CRC-32 for file 'cert.pdf'"


def test_encrypted_entry_is_unreadable_with_the_reason():
    def set_encrypted(buffer: bytearray, at: int) -> None:
        buffer[at] |= 0x1

    data = patch_headers(make_zip([("cert.pdf", b"secret" * 100)]), set_encrypted)
    bundle = read(data)
    assert bundle.unreadable == "entry 'cert.pdf' is encrypted: a password-protected archive cannot be read"


def test_unknown_compression_method_is_unreadable_with_the_reason():
    def set_method_99(buffer: bytearray, at: int) -> None:
        buffer[at + 2 : at + 4] = (99).to_bytes(2, "little")  # the method follows the flags

    data = patch_headers(make_zip([("cert.pdf", b"plain" * 100)]), set_method_99)
    assert read(data).unreadable == "cannot extract 'cert.pdf': That compression method is not supported"


def test_invalid_utf8_name_under_the_utf8_flag_is_unreadable():
    def set_utf8(buffer: bytearray, at: int) -> None:
        buffer[at + 1] |= 0x08

    data = patch_headers(with_raw_name(b"\xff\xfe.pdf", PDF), set_utf8)
    assert read(data).unreadable.startswith("not a readable zip archive: 'utf-8' codec can't decode")


@pytest.mark.parametrize("data", [b"", b"PK", b"PK\x05\x06" + bytes(17), b"PK\x03\x04" + bytes(100)])
def test_scraps_of_zip_structure_are_unreadable(data):
    assert read(data).unreadable.startswith("not a readable zip archive: ")


def test_hostile_bundle_reports_through_the_pipeline(tmp_path):
    """Three classes end to end: unreadable -> unprocessable; link -> BND-03; nested -> read."""
    from trustlist.compose.process import Pipeline

    pipeline = Pipeline(Settings())
    cases = {
        "bomb.zip": zeros_zip("scan.pdf", 16 * MiB),
        "link.zip": make_zip(
            [("application.json", APP), special_entry("audit.pdf", stat.S_IFLNK | 0o777, b"/")]
        ),
        "nested.zip": make_zip([("docs.zip", make_zip([("application.json", APP)]))]),
    }
    outcomes = {}
    for name, data in cases.items():
        report = pipeline.check_bundle(from_zip(f"health/{name}", "health", data, LANDED, Settings()))
        outcomes[name] = (report.outcome, sorted(set(report.failing_codes()) & {"BND-01", "BND-03"}))
    assert outcomes["bomb.zip"] == ("unprocessable", ["BND-01"])
    assert outcomes["link.zip"][1] == ["BND-03"]
    assert outcomes["nested.zip"][1] == []
