"""Reading a bundle: a zip, a folder (with its manifest), or a single document.

The reader knows bytes and names only; it computes every SHA-256, verifies the
manifest and records what it finds wrong as problems of a kind (the check catalogue
says which check reports each). It never interprets content.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import itertools
import re
import stat
import unicodedata
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path, PurePosixPath
from zoneinfo import ZoneInfo

from trustlist.core.errors import ArchiveLimitExceeded, BundleError, ManifestError, TrustlistError
from trustlist.core.manifest import MANIFEST_NAME, Manifest, parse_manifest
from trustlist.core.models import Bundle, BundleFile, BundleProblem, suffix
from trustlist.core.settings import Settings

SUPPORTED_SUFFIXES = {".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff", ".json"}
ARCHIVE_SUFFIX = ".zip"

# General-purpose flag bits of a zip entry (APPNOTE 4.4.4).
ENCRYPTED_FLAG = 0x1
UTF8_NAME_FLAG = 0x800
# Entries are decompressed this much at a time, so the budget sees every byte as it comes out.
READ_CHUNK = 64 * 1024
# zipfile parses the whole central directory before anything can be counted. A record is 46 bytes
# plus name, extra field and comment; 4 KiB for each allowed entry is far more than a real archive
# needs and bounds the parser's work (a 90 MB directory of a million empty entries took 6.5 s and
# 600 MB to parse here).
DIRECTORY_BYTES_PER_ENTRY = 4096


@dataclass(frozen=True)
class RawEntry:
    """A file as found in the bundle, before anything is checked.

    ``expanded`` marks a nested archive whose members are entries of their own: the manifest may
    list it, so it is verified, but it is not a document.
    """

    name: str
    data: bytes
    expanded: bool = False


@dataclass(frozen=True)
class Contents:
    """What reading a zip or a folder found: its entries, and the problems already reported."""

    entries: list[RawEntry]
    problems: list[BundleProblem]


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def folder_digest(entries: Iterable[RawEntry]) -> str:
    """A folder bundle's identity: the digest of its sorted (name, SHA-256) list."""
    listing = "".join(f"{e.name}\0{sha256(e.data)}\n" for e in sorted(entries, key=lambda e: e.name))
    return sha256(listing.encode("utf-8"))


# --- zip: limits -------------------------------------------------------------------------


@dataclass
class Budget:
    """What the archives of one bundle may expand to, summed over every nesting level.

    Counts the bytes that decompression actually produces, never the sizes the headers declare:
    a header can lie, the decompressor's output cannot.
    """

    archive_size: int
    max_bytes: int
    max_ratio: float
    max_entries: int
    max_depth: int
    expanded_bytes: int = 0
    entries: int = 0
    archives: int = 0

    @classmethod
    def for_archive(cls, archive_size: int, settings: Settings) -> Budget:
        return cls(
            archive_size=archive_size,
            max_bytes=settings.max_bundle_bytes,
            max_ratio=settings.max_zip_ratio,
            max_entries=settings.max_zip_entries,
            max_depth=settings.max_archive_depth,
        )

    def add_entries(self, count: int) -> None:
        self.entries += count
        if self.entries > self.max_entries:
            nested = ", nested archives included" if self.archives > 1 else ""
            raise ArchiveLimitExceeded(f"zip has {self.entries} entries{nested}, limit {self.max_entries}")

    def add_bytes(self, count: int) -> None:
        self.expanded_bytes += count
        if self.expanded_bytes > self.max_bytes:
            raise ArchiveLimitExceeded(
                f"zip expands to at least {self.expanded_bytes} bytes, limit {self.max_bytes}"
            )
        if self.expanded_bytes > self.max_ratio * max(self.archive_size, 1):
            raise ArchiveLimitExceeded(
                f"zip compression ratio exceeds the limit {self.max_ratio:g}: at least "
                f"{self.expanded_bytes} bytes from {self.archive_size}"
            )


# --- zip: parsing ----------------------------------------------------------------------------


@contextlib.contextmanager
def parser_errors(what: str) -> Iterator[None]:
    """Whatever zipfile or its decompressors raise on malformed bytes becomes a BundleError.

    zipfile, zlib, bz2 and lzma parse untrusted input and raise nearly anything on a broken
    archive (BadZipFile, zlib.error, EOFError, struct.error, ValueError, NotImplementedError,
    UnicodeDecodeError for a bad UTF-8 name...). Each means "this archive cannot be read", so each
    becomes that, with the parser's own reason; our own errors (a limit) pass through unchanged.
    """
    try:
        yield
    except TrustlistError:
        raise
    except Exception as exc:  # noqa: BLE001 - parser boundary, see the docstring
        raise BundleError(f"{what}: {str(exc) or type(exc).__name__}") from exc


def check_directory_size(data: bytes, budget: Budget) -> None:
    # zipfile's own end-of-directory reader: it yields exactly the size ZipFile will then parse.
    end = zipfile._EndRecData(io.BytesIO(data))  # type: ignore[attr-defined]  # private, not in the stubs
    size = end[zipfile._ECD_SIZE] if end else 0  # type: ignore[attr-defined]
    limit = budget.max_entries * DIRECTORY_BYTES_PER_ENTRY
    if size > limit:
        raise ArchiveLimitExceeded(
            f"zip's central directory is {size} bytes, more than "
            f"{budget.max_entries} entries (the limit) can fill"
        )


def open_archive(data: bytes, budget: Budget) -> zipfile.ZipFile:
    with parser_errors("not a readable zip archive"):
        check_directory_size(data, budget)
        archive = zipfile.ZipFile(io.BytesIO(data))
    budget.archives += 1
    return archive


def read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, budget: Budget) -> bytes:
    """One entry's bytes, decompressed a chunk at a time within the budget."""
    if info.flag_bits & ENCRYPTED_FLAG:
        raise BundleError(f"entry {name!r} is encrypted: a password-protected archive cannot be read")
    data = bytearray()
    with parser_errors(f"cannot extract {name!r}"), archive.open(info) as member:
        while chunk := member.read(READ_CHUNK):
            budget.add_bytes(len(chunk))
            data += chunk
    return bytes(data)


def special_kind(mode: int) -> str | None:
    """What a file that is neither regular nor a folder is, from its st_mode bits."""
    if stat.S_ISLNK(mode):
        return "a symbolic link"
    if stat.S_IFMT(mode) in (0, stat.S_IFREG, stat.S_IFDIR):
        return None
    return "a device file, pipe or socket"


def not_followed(what: str, where: str, name: str) -> BundleProblem:
    return BundleProblem(
        kind="not_read", file=name, detail=f"{what} in the {where}: not followed and not read"
    )


def read_members(data: bytes, budget: Budget) -> tuple[list[RawEntry], list[BundleProblem]]:
    """The regular files of one zip. Links and device files are reported, never followed or read:
    extracted by another tool they would point outside the bundle."""
    members: list[RawEntry] = []
    problems: list[BundleProblem] = []
    with open_archive(data, budget) as archive:
        # Names decoded first: ZipInfo.is_dir() fails on a name that a NUL cuts to nothing.
        named = [(entry_name(info), info) for info in archive.infolist()]
        files = [(name, info) for name, info in named if not name.replace("\\", "/").endswith("/")]
        if not files:
            raise BundleError("the archive is empty")
        budget.add_entries(len(files))
        for raw_name, info in files:
            name = safe_name(raw_name)
            # Unix archivers keep the file type in the top 16 bits of external_attr.
            kind = special_kind(info.external_attr >> 16)
            if kind is None:
                members.append(RawEntry(name, read_member(archive, info, name, budget)))
            else:
                problems.append(not_followed(kind, "archive", name))
    return members, problems


def read_archive(data: bytes, budget: Budget, level: int) -> Contents:
    """The entries of one zip (at nesting ``level``), each nested zip expanded in its place."""
    members, problems = read_members(data, budget)
    expanded = expand_archives(members, budget, level)
    return Contents(expanded.entries, problems + expanded.problems)


def expand_archives(entries: list[RawEntry], budget: Budget, level: int) -> Contents:
    """``entries`` found at nesting ``level``, each zip among them expanded in its place."""
    expanded: list[RawEntry] = []
    problems: list[BundleProblem] = []
    for entry in entries:
        if suffix(entry.name) == ARCHIVE_SUFFIX:
            nested = expand_nested(entry, budget, level + 1)
            expanded += nested.entries
            problems += nested.problems
        else:
            expanded.append(entry)
    return Contents(expanded, problems)


def expand_nested(entry: RawEntry, budget: Budget, level: int) -> Contents:
    """A zip inside the bundle: its members join the bundle as "ZIP/member".

    The zip itself stays, marked expanded: the manifest lists it and must be able to verify it.
    One that cannot be expanded (too deep, corrupt, encrypted, empty) is kept as an unread file
    with a problem saying why; only a limit ends the whole bundle.
    """
    if level > budget.max_depth:
        detail = f"nested archive not read: the depth limit ({budget.max_depth} levels) was reached"
        return Contents([entry], [BundleProblem(kind="not_read", file=entry.name, detail=detail)])
    try:
        inner = read_archive(entry.data, budget, level)
    except ArchiveLimitExceeded:
        raise
    except BundleError as exc:
        detail = f"nested archive cannot be read: {exc}"
        return Contents([entry], [BundleProblem(kind="not_read", file=entry.name, detail=detail)])
    members = [replace(e, name=f"{entry.name}/{e.name}") for e in inner.entries]
    problems = [p.model_copy(update={"file": f"{entry.name}/{p.file}"}) for p in inner.problems]
    return Contents([replace(entry, expanded=True), *members], problems)


def unique_names(entries: list[RawEntry]) -> tuple[list[RawEntry], list[BundleProblem]]:
    """One entry per name; a zip may hold a name twice, and unzipping would silently keep the last.

    The same content twice is a ``duplicate`` problem, and one copy is kept. Different contents
    under one name are both kept, the later renamed "NAME (2).EXT", and a ``renamed`` problem says
    so: it is no ``manifest`` problem (there may be no manifest; where the manifest lists the
    name, the first entry is still verified against it), and a warning that keeps both documents
    in front of the reviewer is what the ambiguity calls for (the catalogue has BND-03 say it).
    """
    first_by_name: dict[str, RawEntry] = {}
    taken = {e.name for e in entries}
    unique: list[RawEntry] = []
    problems: list[BundleProblem] = []
    for entry in entries:
        first = first_by_name.setdefault(entry.name, entry)
        if first is entry:
            unique.append(entry)
        elif first.data == entry.data:
            detail = "the archive holds this name more than once with the same content; one copy is kept"
            problems.append(BundleProblem(kind="duplicate", file=entry.name, detail=detail))
        else:
            renamed = free_name(entry.name, taken)
            taken.add(renamed)
            unique.append(replace(entry, name=renamed))
            detail = (
                f"another entry of the archive is also named {entry.name!r}, with different content; "
                f"this one is kept as {renamed!r} and read too"
            )
            problems.append(BundleProblem(kind="renamed", file=renamed, detail=detail))
    return unique, problems


def free_name(name: str, taken: set[str]) -> str:
    path = PurePosixPath(name)
    candidates = (str(path.with_name(f"{path.stem} ({i}){path.suffix}")) for i in itertools.count(2))
    return next(c for c in candidates if c not in taken)


def zip_contents(data: bytes, settings: Settings) -> Contents:
    """Every file of a zip and of the zips nested in it, names decoded, sanitised and unique."""
    contents = read_archive(data, Budget.for_archive(len(data), settings), level=0)
    entries, problems = unique_names(contents.entries)
    return Contents(entries, contents.problems + problems)


# --- zip: entry names --------------------------------------------------------------------------

# The code pages that archivers on Russian and Kazakh systems write names in without the UTF-8
# flag: cp866 (the OEM code page, e.g. Windows' built-in zip), cp1251 and kz1048 (ANSI code pages).
# On a tie the first wins.
LEGACY_CODEPAGES = ("cp866", "cp1251", "kz1048")
# Approximate shares (per cent) of the letters in Russian text, and of the letters only Kazakh
# has in Kazakh text. A mis-decoded name reads as rare letters, symbols and box drawing.
LETTER_FREQUENCY = {
    "о": 11.0, "е": 8.5, "а": 8.0, "и": 7.4, "н": 6.7, "т": 6.3, "с": 5.5, "р": 4.7, "в": 4.5,
    "л": 4.4, "к": 3.5, "м": 3.2, "д": 3.0, "п": 2.8, "у": 2.6, "я": 2.0, "ы": 1.9, "ь": 1.7,
    "г": 1.7, "з": 1.7, "б": 1.6, "ч": 1.4, "й": 1.2, "х": 1.0, "ж": 0.9, "ш": 0.7, "ю": 0.6,
    "ц": 0.5, "щ": 0.4, "э": 0.3, "ф": 0.3, "ъ": 0.1, "ё": 0.1,
    "і": 3.5, "қ": 3.0, "ә": 2.0, "ұ": 1.5, "ң": 1.5, "ү": 1.5, "ғ": 1.0, "ө": 1.0, "һ": 0.1,
}  # fmt: skip
# Signs a name holds besides ASCII and letters: guillemets, the numero sign, dashes.
NAME_SYMBOLS = frozenset("«»№–—")
# What one implausible sign costs, in the per-cent units above.
IMPLAUSIBLE = 8.0


def entry_name(info: zipfile.ZipInfo) -> str:
    """The entry's name as its author wrote it.

    With the UTF-8 flag zipfile has decoded it already; without, zipfile reads cp437, so the
    name goes back to its bytes and is decoded again by ``legacy_name``. ``orig_filename`` keeps
    what follows a NUL byte, which zipfile's ``filename`` drops (``cert.pdf\0.exe``).
    """
    if info.flag_bits & UTF8_NAME_FLAG:
        return info.orig_filename
    return legacy_name(info.orig_filename.encode("cp437"))


def legacy_name(raw: bytes) -> str:
    """Decode a name written without the UTF-8 flag.

    UTF-8 comes first (Info-ZIP and macOS write it without the flag) when every character it
    gives is Latin, Cyrillic or punctuation: legacy bytes that happen to form valid UTF-8 give
    CJK or combining marks instead. Otherwise the code page whose reading scores best as
    Russian or Kazakh (``cyrillic_score``) wins, and when none scores above zero the name stays
    cp437, the zip format's default.
    """
    with contextlib.suppress(UnicodeDecodeError):
        text = raw.decode("utf-8")
        if all(plausible_in_utf8(c) for c in text):
            return text
    best = max((raw.decode(cp, errors="replace") for cp in LEGACY_CODEPAGES), key=cyrillic_score)
    return best if cyrillic_score(best) > 0 else raw.decode("cp437")


def plausible_in_utf8(char: str) -> bool:
    code = ord(char)
    return code < 0x250 or 0x400 <= code < 0x530 or unicodedata.category(char)[0] in "PSZ"


def cyrillic_score(text: str) -> float:
    """How much ``text`` reads like a Russian or Kazakh name.

    The sum of the frequencies of its Russian and Kazakh letters, less IMPLAUSIBLE for each sign
    a real name would not show: any other non-ASCII character; a name symbol glued between two
    letters; an uppercase Cyrillic letter right after a lowercase letter; a switch between Latin
    and Cyrillic inside a word. On 7,838 words of this project's Russian and Kazakh vocabulary,
    each written in every code page that can encode it, it picked the wrong one for 2.
    """
    score = 0.0
    padded = f" {text} "
    for before, char, after in zip(padded[:-2], text, padded[2:], strict=True):
        frequency = LETTER_FREQUENCY.get(char.lower())
        if frequency is not None:
            score += frequency
            if char.isupper() and before.islower():
                score -= IMPLAUSIBLE
        elif not char.isascii() and char not in NAME_SYMBOLS:
            score -= IMPLAUSIBLE
        if char in NAME_SYMBOLS and before.isalpha() and after.isalpha():
            score -= IMPLAUSIBLE
        if {script(before), script(char)} == {"latin", "cyrillic"}:
            score -= IMPLAUSIBLE
    return score


def script(char: str) -> str | None:
    if char.lower() in LETTER_FREQUENCY:
        return "cyrillic"
    if char.isascii() and char.isalpha():
        return "latin"
    return None


# Controls (NUL above all) would hide a name's real end; a drive letter would make it absolute.
CONTROL_CHARS = re.compile(r"[\x00-\x1f\x7f]")
DRIVE_PREFIX = re.compile(r"^[A-Za-z]:")


def safe_name(name: str) -> str:
    """A bundle-relative name with no way out of the bundle.

    Backslashes count as separators; '..', '.', empty parts, a leading '/', drive letters ("C:" at
    the start of any part) and parts ending in ':' are dropped; control characters become '_', in sight.
    """
    cleaned = CONTROL_CHARS.sub("_", name.replace("\\", "/"))
    parts = [DRIVE_PREFIX.sub("", p) for p in cleaned.split("/")]
    parts = [p for p in parts if p not in ("", ".", "..") and not p.endswith(":")]
    if not parts:
        raise BundleError(f"entry name {name!r} is empty after sanitising")
    return "/".join(parts)


def folder_contents(root: Path) -> Contents:
    """The regular files under a folder on disk. Links and special files are reported, never
    followed or read: a link leads outside the bundle, and reading a pipe would block for ever."""
    if not root.is_dir():
        raise BundleError(f"{root} is not a folder")
    entries: list[RawEntry] = []
    problems: list[BundleProblem] = []
    for path in sorted(root.rglob("*")):
        name = path.relative_to(root).as_posix()
        kind = special_kind(path.lstat().st_mode)
        if kind is not None:
            problems.append(not_followed(kind, "folder", name))
        elif path.is_file():
            entries.append(RawEntry(name, path.read_bytes()))
    return Contents(entries, problems)


def assemble(
    key: str,
    agency: str,
    bundle_sha256: str,
    entries: list[RawEntry],
    landed_at: datetime,
    timezone: str,
    found: Sequence[BundleProblem] = (),
) -> Bundle:
    """Turn raw entries into a Bundle: manifest verified, SHA-256s computed, problems listed.

    ``found`` holds what reading the entries has already reported (links, names, nested archives).
    """
    problems = list(found)
    # The shallowest manifest.json is the bundle's (a zipped folder has "NAME/manifest.json").
    manifest_entries = sorted(
        (e for e in entries if PurePosixPath(e.name).name == MANIFEST_NAME), key=lambda e: e.name.count("/")
    )
    contents = [e for e in entries if e not in manifest_entries]
    manifest: Manifest | None = None
    if manifest_entries:
        try:
            manifest = parse_manifest(manifest_entries[0].data)
        except ManifestError as exc:
            problems.append(BundleProblem(kind="manifest", file=MANIFEST_NAME, detail=str(exc)))

    files = [bundle_file(e) for e in contents if not e.expanded]
    if manifest is not None:
        folder = PurePosixPath(manifest_entries[0].name).parent.as_posix()
        listed = files + [bundle_file(e) for e in contents if e.expanded]
        problems += verify_manifest(manifest, listed, "" if folder == "." else folder + "/")
    problems += duplicates(files) + unsupported(files)
    received = manifest.submitted_at if manifest and manifest.submitted_at else landed_at
    return Bundle(
        key=key,
        agency=agency,
        sha256=bundle_sha256,
        received_at=localise(received, timezone),
        application_id=manifest.application_id if manifest else None,
        has_manifest=bool(manifest_entries),
        files=files,
        problems=problems,
    )


def bundle_file(entry: RawEntry) -> BundleFile:
    return BundleFile(name=entry.name, sha256=sha256(entry.data), size=len(entry.data), data=entry.data)


def localise(moment: datetime, timezone: str) -> datetime:
    """SPEC §3: times without an offset are in Asia/Almaty."""
    zone = ZoneInfo(timezone)
    if moment.tzinfo is None:
        return moment.replace(tzinfo=zone)
    return moment.astimezone(zone)


def verify_manifest(manifest: Manifest, files: list[BundleFile], folder: str = "") -> list[BundleProblem]:
    """Listed names are relative to the manifest's own folder."""
    by_name = {f.name: f for f in files}
    problems = []
    for listed in manifest.files:
        try:
            found = by_name.get(folder + safe_name(listed.name))
        except BundleError as exc:
            problems.append(BundleProblem(kind="manifest", file=listed.name, detail=str(exc)))
            continue
        if found is None:
            problems.append(
                BundleProblem(kind="manifest", file=listed.name, detail="listed in the manifest, missing")
            )
        elif found.sha256 != listed.sha256:
            problems.append(
                BundleProblem(
                    kind="manifest",
                    file=listed.name,
                    detail=f"SHA-256 is {found.sha256}, the manifest says {listed.sha256}",
                )
            )
    return problems


def duplicates(files: list[BundleFile]) -> list[BundleProblem]:
    first_seen: dict[str, str] = {}
    problems = []
    for f in files:
        if f.sha256 in first_seen:
            problems.append(
                BundleProblem(kind="duplicate", file=f.name, detail=f"same content as {first_seen[f.sha256]}")
            )
        else:
            first_seen[f.sha256] = f.name
    return problems


def unsupported(files: list[BundleFile]) -> list[BundleProblem]:
    # A zip still among the files was kept unread by expand_nested, which has said why.
    return [
        BundleProblem(kind="not_read", file=f.name, detail=f"unsupported file type {suffix(f.name)!r}")
        for f in files
        if suffix(f.name) not in SUPPORTED_SUFFIXES | {ARCHIVE_SUFFIX}
    ]


def unreadable(key: str, agency: str, digest: str, landed_at: datetime, reason: str, timezone: str) -> Bundle:
    """The Bundle of something that could not be read at all: BND-01 reports it."""
    return Bundle(
        key=key,
        agency=agency,
        sha256=digest,
        received_at=localise(landed_at, timezone),
        unreadable=reason,
    )


def from_zip(key: str, agency: str, data: bytes, landed_at: datetime, settings: Settings) -> Bundle:
    digest = sha256(data)
    try:
        contents = zip_contents(data, settings)
    except BundleError as exc:
        return unreadable(key, agency, digest, landed_at, str(exc), settings.timezone)
    return assemble(key, agency, digest, contents.entries, landed_at, settings.timezone, contents.problems)


def from_entries(
    key: str,
    agency: str,
    entries: list[RawEntry],
    landed_at: datetime,
    settings: Settings,
    found: Sequence[BundleProblem] = (),
) -> Bundle:
    """A folder bundle, from disk or from the object store; its zips are expanded as in a zip bundle.

    ``found`` holds what listing the folder has already reported (links, special files).
    """
    digest = folder_digest(entries)
    if not entries and not found:
        return unreadable(key, agency, digest, landed_at, "the folder is empty", settings.timezone)
    # A folder's zips may expand to no more than its own files allow a zip bundle of that size.
    budget = Budget.for_archive(sum(len(e.data) for e in entries), settings)
    try:
        contents = expand_archives(entries, budget, level=0)
    except ArchiveLimitExceeded as exc:
        return unreadable(key, agency, digest, landed_at, str(exc), settings.timezone)
    problems = [*found, *contents.problems]
    return assemble(key, agency, digest, contents.entries, landed_at, settings.timezone, problems)


def from_path(path: Path, settings: Settings, agency: str | None = None) -> Bundle:
    """A local bundle for ``trustlist check``: a zip, a folder, or one document."""
    agency = agency or path.resolve().parent.name or "unknown"
    landed_at = datetime.fromtimestamp(path.stat().st_mtime).astimezone()
    if path.is_dir():
        listed = folder_contents(path)
        return from_entries(str(path), agency, listed.entries, landed_at, settings, listed.problems)
    data = path.read_bytes()
    if suffix(path.name) == ".zip":
        return from_zip(str(path), agency, data, landed_at, settings)
    return assemble(
        str(path), agency, sha256(data), [RawEntry(path.name, data)], landed_at, settings.timezone
    )
