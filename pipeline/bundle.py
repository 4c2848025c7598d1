"""Reading a bundle: a zip, a folder (with its manifest), or a single document.

The reader knows bytes and names only; it computes every SHA-256, verifies the
manifest and records what the BND-* checks report. It never interprets content.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePosixPath
from zoneinfo import ZoneInfo

from pipeline.errors import BundleError, ManifestError
from pipeline.manifest import MANIFEST_NAME, Manifest, parse_manifest
from pipeline.models import Bundle, BundleFile, BundleProblem
from pipeline.settings import Settings

SUPPORTED_SUFFIXES = {".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff", ".json"}


@dataclass(frozen=True)
class RawEntry:
    """A file as found in the bundle, before anything is checked."""

    name: str
    data: bytes


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def folder_digest(entries: Iterable[RawEntry]) -> str:
    """A folder bundle's identity: the digest of its sorted (name, SHA-256) list."""
    listing = "".join(f"{e.name}\0{sha256(e.data)}\n" for e in sorted(entries, key=lambda e: e.name))
    return sha256(listing.encode("utf-8"))


def zip_entries(data: bytes, settings: Settings) -> list[RawEntry]:
    """The regular files of a zip, with size and count limits applied before decompression."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise BundleError(f"not a readable zip archive: {exc}") from exc
    with archive:
        infos = [i for i in archive.infolist() if not i.is_dir()]
        if len(infos) > settings.max_zip_entries:
            raise BundleError(f"zip has {len(infos)} entries, limit {settings.max_zip_entries}")
        total = sum(i.file_size for i in infos)
        if total > settings.max_bundle_bytes:
            raise BundleError(f"zip expands to {total} bytes, limit {settings.max_bundle_bytes}")
        if data and total / max(len(data), 1) > settings.max_zip_ratio:
            raise BundleError(f"zip compression ratio {total / len(data):.0f} exceeds the limit")
        entries = []
        for info in infos:
            try:
                entries.append(RawEntry(safe_name(info.filename), archive.read(info)))
            except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError) as exc:
                raise BundleError(f"cannot extract {info.filename!r}: {exc}") from exc
        return entries


def safe_name(name: str) -> str:
    """A bundle-relative name with no way out of the bundle (no '..', no absolute path)."""
    parts = [p for p in PurePosixPath(name.replace("\\", "/")).parts if p not in ("", ".", "/")]
    parts = [p for p in parts if p != ".." and not p.endswith(":")]
    if not parts:
        raise BundleError(f"entry name {name!r} is empty after sanitising")
    return "/".join(parts)


def folder_entries(root: Path) -> list[RawEntry]:
    if not root.is_dir():
        raise BundleError(f"{root} is not a folder")
    return [
        RawEntry(p.relative_to(root).as_posix(), p.read_bytes())
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.is_symlink()
    ]


def assemble(
    key: str,
    agency: str,
    bundle_sha256: str,
    entries: list[RawEntry],
    landed_at: datetime,
    timezone: str,
) -> Bundle:
    """Turn raw entries into a Bundle: manifest verified, SHA-256s computed, problems listed."""
    problems: list[BundleProblem] = []
    # The shallowest manifest.json is the bundle's (a zipped folder has "NAME/manifest.json").
    manifest_entries = sorted(
        (e for e in entries if PurePosixPath(e.name).name == MANIFEST_NAME), key=lambda e: e.name.count("/")
    )
    documents = [e for e in entries if e not in manifest_entries]
    manifest: Manifest | None = None
    if manifest_entries:
        try:
            manifest = parse_manifest(manifest_entries[0].data)
        except ManifestError as exc:
            problems.append(BundleProblem(code="BND-02", file=MANIFEST_NAME, detail=str(exc)))

    files = [BundleFile(name=e.name, sha256=sha256(e.data), size=len(e.data), data=e.data) for e in documents]
    if manifest is not None:
        folder = PurePosixPath(manifest_entries[0].name).parent.as_posix()
        problems += verify_manifest(manifest, files, "" if folder == "." else folder + "/")
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
            problems.append(BundleProblem(code="BND-02", file=listed.name, detail=str(exc)))
            continue
        if found is None:
            problems.append(
                BundleProblem(code="BND-02", file=listed.name, detail="listed in the manifest, missing")
            )
        elif found.sha256 != listed.sha256:
            problems.append(
                BundleProblem(
                    code="BND-02",
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
                BundleProblem(code="BND-05", file=f.name, detail=f"same content as {first_seen[f.sha256]}")
            )
        else:
            first_seen[f.sha256] = f.name
    return problems


def unsupported(files: list[BundleFile]) -> list[BundleProblem]:
    return [
        BundleProblem(code="BND-03", file=f.name, detail=f"unsupported file type {suffix(f.name)!r}")
        for f in files
        if suffix(f.name) not in SUPPORTED_SUFFIXES
    ]


def suffix(name: str) -> str:
    return PurePosixPath(name).suffix.lower()


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
        entries = zip_entries(data, settings)
    except BundleError as exc:
        return unreadable(key, agency, digest, landed_at, str(exc), settings.timezone)
    return assemble(key, agency, digest, entries, landed_at, settings.timezone)


def from_entries(
    key: str, agency: str, entries: list[RawEntry], landed_at: datetime, settings: Settings
) -> Bundle:
    """A folder bundle, from disk or from the object store."""
    if not entries:
        return unreadable(
            key, agency, folder_digest(entries), landed_at, "the folder is empty", settings.timezone
        )
    return assemble(key, agency, folder_digest(entries), entries, landed_at, settings.timezone)


def from_path(path: Path, settings: Settings, agency: str | None = None) -> Bundle:
    """A local bundle for ``trustlist check``: a zip, a folder, or one document."""
    agency = agency or path.resolve().parent.name or "unknown"
    landed_at = datetime.fromtimestamp(path.stat().st_mtime).astimezone()
    if path.is_dir():
        return from_entries(str(path), agency, folder_entries(path), landed_at, settings)
    data = path.read_bytes()
    if suffix(path.name) == ".zip":
        return from_zip(str(path), agency, data, landed_at, settings)
    return assemble(
        str(path), agency, sha256(data), [RawEntry(path.name, data)], landed_at, settings.timezone
    )
