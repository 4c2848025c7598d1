"""Property-based fuzzing of the two parsers that see untrusted bytes first (issue 5).

parse_manifest may only ever raise ManifestError; from_zip may never raise at all: whatever the
bytes, it returns a Bundle that is unreadable (with a reason) or whose names are all safe. Each
crash the fuzzer found is kept below as an explicit @example.
"""

from __future__ import annotations

import io
import json
import re
import stat
import warnings
import zipfile
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, example, given
from hypothesis import settings as fuzz_settings
from hypothesis import strategies as st

from trustlist.core.errors import ManifestError
from trustlist.core.manifest import Manifest, parse_manifest
from trustlist.core.models import Bundle
from trustlist.core.settings import Settings
from trustlist.intake.bundle import from_zip
from trustlist.validators import problem_code

FUZZ = fuzz_settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
LANDED = datetime(2026, 3, 5, 4, 0, tzinfo=UTC)
MiB = 1024 * 1024
# Small limits keep a mutation that happens to make a bomb quick to stop.
LIMITS = Settings(max_bundle_bytes=4 * MiB, max_zip_entries=50)
SHA = "ab" * 32


# --- mutations ---------------------------------------------------------------------------------

# Values that header fields break on: zero, all ones, sign bits, the zip64 markers.
EXTREMES = [b"\x00", b"\xff", b"\x00\x00", b"\xff\xff", b"\xff\xff\xff\xff", b"\x00\x00\x00\x80", b"\x01"]


@st.composite
def mutated(draw: st.DrawFn, seeds: list[bytes]) -> bytes:
    """A seed with a few byte-level edits: flips, extreme values, insertions, deletions, a cut."""
    data = bytearray(draw(st.sampled_from(seeds)))
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        edit = draw(st.sampled_from(["flip", "extreme", "insert", "delete", "cut"]))
        if edit == "flip" and data:
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif edit == "extreme":
            value = draw(st.sampled_from(EXTREMES))
            data[at : at + len(value)] = value
        elif edit == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
        elif edit == "delete":
            del data[at : at + draw(st.integers(1, 64))]
        elif edit == "cut":
            del data[at:]
    return bytes(data)


# --- manifest ----------------------------------------------------------------------------------

VALID_MANIFESTS = [
    json.dumps(
        {
            "application_id": "HLT-2026-0042",
            "submitted_at": "2026-03-02T10:15:00+05:00",
            "files": [{"name": "application.pdf", "sha256": SHA}, {"name": "Заявка.pdf", "sha256": SHA}],
        },
        ensure_ascii=False,
    ).encode(),
    b'\xef\xbb\xbf{"files": []}',
]
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=20,
)
MANIFEST_SHAPES = st.fixed_dictionaries(
    {},
    optional={
        "application_id": JSON_VALUES,
        "submitted_at": JSON_VALUES | st.datetimes().map(datetime.isoformat),
        "files": JSON_VALUES
        | st.lists(st.fixed_dictionaries({}, optional={"name": JSON_VALUES, "sha256": JSON_VALUES})),
    },
).map(lambda d: json.dumps(d).encode())


def parses_or_says_why(data: bytes) -> Manifest | None:
    try:
        return parse_manifest(data)
    except ManifestError as exc:
        assert str(exc).startswith("manifest.json ")
        return None


@FUZZ
@given(st.binary(max_size=4096) | mutated(VALID_MANIFESTS) | MANIFEST_SHAPES)
@example(b"[" * 100_000)  # found: json raised RecursionError
@example(b"1" * 5000)  # found: json raised ValueError (int digit limit), not JSONDecodeError
def test_parse_manifest_raises_only_manifest_error(data):
    parses_or_says_why(data)


def test_a_lone_surrogate_in_a_listed_name_is_refused():
    # It could not be written into a UTF-8 report later on.
    with pytest.raises(ManifestError, match="files.0.name"):
        parse_manifest(b'{"files": [{"name": "\\ud800", "sha256": "' + SHA.encode() + b'"}]}')


MANIFEST_FILES = st.lists(
    st.fixed_dictionaries({"name": st.text(min_size=1, max_size=40), "sha256": st.just(SHA)}), max_size=5
)


@FUZZ
@given(st.text(max_size=200), MANIFEST_FILES)
def test_a_well_formed_manifest_parses_to_what_it_says(application_id, files):
    data = json.dumps({"application_id": application_id, "files": files}).encode()
    manifest = parses_or_says_why(data)
    assert manifest is not None
    assert manifest.application_id == application_id
    assert [(f.name, f.sha256) for f in manifest.files] == [(f["name"], SHA) for f in files]


# --- zip ---------------------------------------------------------------------------------------


def zip_of(entries: list[tuple[str | zipfile.ZipInfo, bytes]], compression=zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(buffer, "w", compression) as archive:
        warnings.simplefilter("ignore", UserWarning)  # a duplicate name is one of the seeds
        for name, data in entries:
            archive.writestr(name, data)
    return buffer.getvalue()


def symlink(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info


def zip64(name: str, data: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive, archive.open(name, "w", force_zip64=True) as entry:
        entry.write(data)
    return buffer.getvalue()


APP = b'{"type": "application", "applicant_name": "TOO Data Sapa"}'
PDF = b"%PDF-1.4\n" + bytes(range(256)) * 4
VALID_ZIPS = [
    zip_of([("application.json", APP), ("cert.pdf", PDF), ("manifest.json", VALID_MANIFESTS[0])]),
    zip_of([("docs/cert.pdf", PDF), ("docs/scan.png", PDF[::-1])], zipfile.ZIP_STORED),
    zip_of([("docs.zip", zip_of([("audit.pdf", PDF), ("inner.zip", zip_of([("x.pdf", APP)]))]))]),
    zip_of([("a.pdf", PDF), ("b.pdf", APP)], zipfile.ZIP_BZIP2),
    zip_of([("a.pdf", PDF), ("c.pdf", APP)], zipfile.ZIP_LZMA),
    zip_of([("application.json", APP), (symlink("audit.pdf"), b"/etc/passwd")]),
    zip64("big.pdf", PDF),
    zip_of([("Заявка.pdf", PDF), ("Заявка.pdf", PDF + b"2")]),
]


def assert_well_formed(bundle: Bundle) -> None:
    assert isinstance(bundle, Bundle)
    if bundle.unreadable is not None:
        assert bundle.unreadable and bundle.files == [] and bundle.problems == []
        return
    assert sum(f.size for f in bundle.files) <= LIMITS.max_bundle_bytes
    for file in bundle.files:
        parts = file.name.split("/")
        assert file.name and "\\" not in file.name and not any(ord(c) < 32 for c in file.name)
        assert not {"", ".", ".."} & set(parts)
        assert not any(p.endswith(":") or re.match("[A-Za-z]:", p) for p in parts)
    assert len({f.name for f in bundle.files}) == len(bundle.files)
    assert all(problem_code(p.kind) in {"BND-02", "BND-03", "BND-05"} for p in bundle.problems)


@FUZZ
@given(st.binary(max_size=4096))
@example(b"PK\x05\x06" + bytes(18))  # an empty archive, the smallest valid zip
def test_from_zip_on_arbitrary_bytes(data):
    assert_well_formed(from_zip("health/x.zip", "health", data, LANDED, LIMITS))


@FUZZ
@given(mutated(VALID_ZIPS))
def test_from_zip_on_mutated_zips(data):
    assert_well_formed(from_zip("health/x.zip", "health", data, LANDED, LIMITS))


@FUZZ
@given(st.sampled_from(VALID_ZIPS), st.floats(0, 1))
def test_from_zip_on_truncated_zips(data, keep):
    assert_well_formed(from_zip("health/x.zip", "health", data[: int(len(data) * keep)], LANDED, LIMITS))


@FUZZ
@given(st.lists(st.binary(min_size=5, max_size=60), min_size=1, max_size=5))
@example([b"\x00abcd"])  # found: a NUL cut zipfile's name to "" and ZipInfo.is_dir() raised IndexError
@example([b"\x00:\x00\x00\x00"])  # found: "_:___" looked like a drive once controls became "_"
def test_from_zip_with_arbitrary_raw_entry_names(names):
    """Names as any bytes, without the UTF-8 flag: decoded, sanitised, never a crash."""
    placeholders = [f"{i:04}".encode() + b"_" * (len(n) - 4) for i, n in enumerate(names)]
    archive = zip_of([(p.decode(), b"content") for p in placeholders], zipfile.ZIP_STORED)
    for placeholder, name in zip(placeholders, names, strict=True):
        archive = archive.replace(placeholder, name)
    assert_well_formed(from_zip("health/x.zip", "health", archive, LANDED, LIMITS))
