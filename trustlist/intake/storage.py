"""Object storage: one interface, two backends.

``LocalStore`` keeps every bucket as a folder on disk (the embedded default and
the test double); ``MinioStore`` talks to MinIO or any S3 service through the
official ``minio`` SDK. The pipeline only sees ``ObjectStore``, so a flow that
runs on a laptop runs unchanged against production storage.

Contract shared by both backends (tests/test_storage.py checks it on both):

- keys are ``/``-separated strings; ``list`` is recursive and sorted by key
  (S3 order: UTF-8 byte order, which equals Python's ``str`` order);
- ``get``/``copy`` of a missing key raise ``ObjectNotFound``; any other failure
  is a ``StorageError`` naming the operation, bucket and key, never a secret;
- ``stat``/``exists`` report a missing object (or bucket) as absent;
- ``put_if_absent`` never overwrites: it returns ``False`` if the key exists;
- ``delete`` of a missing key is not an error.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path
from typing import BinaryIO, Protocol, runtime_checkable

import urllib3
from minio import Minio
from minio.commonconfig import CopySource
from minio.error import MinioException, S3Error
from pydantic import SecretStr

from trustlist.core.errors import ConfigError, ObjectNotFound, StorageError
from trustlist.core.settings import Settings

__all__ = [
    "LocalStore",
    "MinioStore",
    "ObjectInfo",
    "ObjectStore",
    "open_store",
]


@dataclass(frozen=True)
class ObjectInfo:
    bucket: str
    key: str
    size: int
    last_modified: datetime  # tz-aware, UTC


@runtime_checkable
class ObjectStore(Protocol):
    def ensure_buckets(self, names: Iterable[str]) -> None: ...

    def put(
        self, bucket: str, key: str, data: bytes, content_type: str = "application/octet-stream"
    ) -> None: ...

    def put_if_absent(
        self, bucket: str, key: str, data: bytes, content_type: str = "application/octet-stream"
    ) -> bool: ...

    def get(self, bucket: str, key: str) -> bytes: ...

    def stat(self, bucket: str, key: str) -> ObjectInfo | None: ...

    def exists(self, bucket: str, key: str) -> bool: ...

    def list(self, bucket: str, prefix: str = "") -> Iterator[ObjectInfo]: ...

    def copy(self, src_bucket: str, src_key: str, dst_bucket: str, dst_key: str) -> None: ...

    def delete(self, bucket: str, key: str) -> None: ...


def open_store(settings: Settings) -> ObjectStore:
    """The backend named by ``settings.storage``."""
    if settings.storage == "local":
        return LocalStore(settings.local_root)
    if settings.storage == "s3":
        return MinioStore(
            endpoint=settings.s3_endpoint,
            access_key=settings.s3_access_key,
            secret_key=settings.s3_secret_key,
            secure=settings.s3_secure,
            region=settings.s3_region,
        )
    raise ConfigError(f"unknown storage backend {settings.storage!r}")


# --- names ------------------------------------------------------------------------

# S3's bucket rules, applied locally too, so a name that works on a laptop also
# works on MinIO (and a folder name can never be "..", "" or hidden).
_BUCKET_RE = re.compile(r"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")

# Prefix of the hidden temp files a LocalStore write goes through. Keys may not
# use it, so list() can skip these files without hiding a real object.
_TMP_PREFIX = ".trustlist-tmp-"


def _check_bucket(bucket: str) -> None:
    if not _BUCKET_RE.match(bucket) or ".." in bucket:
        raise StorageError(f"invalid bucket name {bucket!r}")


def _key_segments(key: str, *, what: str = "key") -> list[str]:
    """The folder/file names of a LocalStore key; StorageError if it could escape.

    Keys come from bundles (zip entries, inbox folder names), so anything that a
    filesystem could read as "elsewhere" is refused rather than normalised.
    """
    if not key:
        raise StorageError(f"empty {what}")
    if "\x00" in key:
        raise StorageError(f"{what} contains a NUL byte: {key!r}")
    if "\\" in key:
        raise StorageError(f"{what} contains a backslash: {key!r}")
    if key.startswith("/"):
        raise StorageError(f"{what} is absolute: {key!r}")
    segments = key.split("/")
    for segment in segments:
        if segment in ("", ".", ".."):
            raise StorageError(f"{what} has an empty, '.' or '..' segment: {key!r}")
        if segment.startswith(_TMP_PREFIX):
            raise StorageError(f"{what} uses the reserved prefix {_TMP_PREFIX!r}: {key!r}")
    return segments


# --- local backend ------------------------------------------------------------------


class LocalStore:
    """Buckets are folders under ``root``; a key is a path relative to its bucket."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def __repr__(self) -> str:
        return f"LocalStore({str(self.root)!r})"

    # -- paths --

    def _bucket_dir(self, bucket: str) -> Path:
        _check_bucket(bucket)
        return self.root / bucket

    def _existing_bucket_dir(self, bucket: str, op: str) -> Path:
        # Like S3, writing to a bucket nobody created is an error: it catches a
        # missing ensure_buckets() on a laptop instead of first in production.
        bucket_dir = self._bucket_dir(bucket)
        if not bucket_dir.is_dir():
            raise StorageError(f"{op} failed: bucket {bucket!r} does not exist under {self.root}")
        return bucket_dir

    def _path(self, bucket: str, key: str) -> Path:
        bucket_dir = self._bucket_dir(bucket)
        path = bucket_dir.joinpath(*_key_segments(key))
        # Second line of defence: a symlinked folder inside the bucket must not
        # lead a write outside it either.
        if not path.resolve().is_relative_to(bucket_dir.resolve()):
            raise StorageError(f"key {key!r} resolves outside bucket {bucket!r}")
        return path

    # -- writes --

    def ensure_buckets(self, names: Iterable[str]) -> None:
        for name in names:
            bucket_dir = self._bucket_dir(name)
            with _local_errors("ensure_buckets", name, ""):
                bucket_dir.mkdir(parents=True, exist_ok=True)

    def put(self, bucket: str, key: str, data: bytes, content_type: str = "application/octet-stream") -> None:
        # content_type has no place on a filesystem; it is accepted for parity.
        self._existing_bucket_dir(bucket, "put")
        path = self._path(bucket, key)
        with _local_errors("put", bucket, key):
            self._write_atomically(path, lambda f: f.write(data), os.replace)

    def put_if_absent(
        self, bucket: str, key: str, data: bytes, content_type: str = "application/octet-stream"
    ) -> bool:
        self._existing_bucket_dir(bucket, "put_if_absent")
        path = self._path(bucket, key)
        with _local_errors("put_if_absent", bucket, key):
            try:
                # link() fails if the name exists, atomically: of two racing
                # writers exactly one wins, and the object appears complete.
                self._write_atomically(path, lambda f: f.write(data), os.link)
            except FileExistsError:
                return False
        return True

    def copy(self, src_bucket: str, src_key: str, dst_bucket: str, dst_key: str) -> None:
        src = self._path(src_bucket, src_key)
        self._existing_bucket_dir(dst_bucket, "copy")
        dst = self._path(dst_bucket, dst_key)
        with _local_errors("copy", src_bucket, src_key):
            try:
                source = src.open("rb")
            except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
                raise ObjectNotFound(_missing("copy", src_bucket, src_key)) from None
            with source:
                self._write_atomically(dst, lambda f: shutil.copyfileobj(source, f), os.replace)

    def delete(self, bucket: str, key: str) -> None:
        path = self._path(bucket, key)
        with _local_errors("delete", bucket, key):
            with contextlib.suppress(FileNotFoundError, NotADirectoryError):
                path.unlink()
            self._prune_empty_folders(path.parent, self._bucket_dir(bucket))

    @staticmethod
    def _write_atomically(
        path: Path,
        write: Callable[[BinaryIO], object],
        publish: Callable[[str, Path], None],
    ) -> None:
        """Write into a hidden temp file next to ``path``, then publish it.

        The temp file lives in the destination folder so that ``publish``
        (``os.replace`` or ``os.link``) is a same-filesystem, atomic rename: a
        reader sees the old object or the whole new one, never half of it.
        """
        for attempt in range(3):
            path.parent.mkdir(parents=True, exist_ok=True)
            try:
                fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=_TMP_PREFIX)
            except FileNotFoundError:
                # A concurrent delete() pruned the folder we just created.
                if attempt == 2:
                    raise
                continue
            try:
                with os.fdopen(fd, "wb") as f:
                    write(f)
                    f.flush()
                    os.fsync(f.fileno())
                # mkstemp creates 0600; objects are ordinary readable files.
                os.chmod(tmp, 0o644)
                publish(tmp, path)
            finally:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(tmp)
            return

    @staticmethod
    def _prune_empty_folders(folder: Path, bucket_dir: Path) -> None:
        # Keeps the tree free of folders that S3 would not show either; stops at
        # the first folder that is not empty (or was refilled meanwhile).
        while folder != bucket_dir and bucket_dir in folder.parents:
            try:
                folder.rmdir()
            except OSError:
                return
            folder = folder.parent

    # -- reads --

    def get(self, bucket: str, key: str) -> bytes:
        self._existing_bucket_dir(bucket, "get")
        path = self._path(bucket, key)
        with _local_errors("get", bucket, key):
            try:
                return path.read_bytes()
            except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
                raise ObjectNotFound(_missing("get", bucket, key)) from None

    def stat(self, bucket: str, key: str) -> ObjectInfo | None:
        path = self._path(bucket, key)
        with _local_errors("stat", bucket, key):
            try:
                st = path.stat()
            except (FileNotFoundError, NotADirectoryError):
                return None
        if not path.is_file():
            return None  # a folder is not an object
        return _info(bucket, key, st)

    def exists(self, bucket: str, key: str) -> bool:
        return self.stat(bucket, key) is not None

    def list(self, bucket: str, prefix: str = "") -> Iterator[ObjectInfo]:
        bucket_dir = self._existing_bucket_dir(bucket, "list")
        # S3 prefixes are plain string prefixes ("health/da" matches
        # "health/datasapa.zip"): walk the folder part, then filter by string.
        folder = prefix.rpartition("/")[0]
        start = bucket_dir.joinpath(*_key_segments(folder, what="prefix")) if folder else bucket_dir
        with _local_errors("list", bucket, prefix):
            found = sorted(self._walk(bucket_dir, start, prefix), key=lambda item: item[0])
        for key, st in found:
            yield _info(bucket, key, st)

    @staticmethod
    def _walk(bucket_dir: Path, start: Path, prefix: str) -> Iterator[tuple[str, os.stat_result]]:
        # Collected and sorted by the caller: a folder walk is not in S3 key
        # order ("a-b" sorts before "a/b").
        for dirpath, _dirnames, filenames in os.walk(start):
            for name in filenames:
                if name.startswith(_TMP_PREFIX):
                    continue
                path = Path(dirpath, name)
                key = path.relative_to(bucket_dir).as_posix()
                if key.startswith(prefix):
                    try:
                        yield key, path.stat()
                    except FileNotFoundError:
                        continue  # deleted while we were walking


def _info(bucket: str, key: str, st: os.stat_result) -> ObjectInfo:
    return ObjectInfo(
        bucket=bucket,
        key=key,
        size=st.st_size,
        last_modified=datetime.fromtimestamp(st.st_mtime, tz=UTC),
    )


def _missing(op: str, bucket: str, key: str) -> str:
    return f"{op}: no object {key!r} in bucket {bucket!r}"


@contextlib.contextmanager
def _local_errors(op: str, bucket: str, key: str) -> Iterator[None]:
    """Turn filesystem failures (permissions, full disk, a key that collides
    with a folder) into StorageError; ObjectNotFound passes through."""
    try:
        yield
    except StorageError:
        raise
    except OSError as exc:
        raise StorageError(f"{op} failed for {key!r} in bucket {bucket!r}: {exc.strerror or exc}") from exc


# --- S3 / MinIO backend ---------------------------------------------------------------

# Parts of a multipart upload. MinIO/S3 allow 5 MiB to 5 GiB and 10 000 parts,
# so 8 MiB covers objects up to ~80 GB while keeping each request small.
DEFAULT_PART_SIZE = 8 * 1024 * 1024

# A single PUT (used by put_if_absent, see there) is limited to 5 GiB by S3.
_MAX_SINGLE_PUT = 5 * 1024**3

# S3 codes meaning "there is no such object" for a read.
_NOT_FOUND_CODES = frozenset({"NoSuchKey", "NoSuchObject"})


def _http_client() -> urllib3.PoolManager:
    # The SDK's default pool retries 5 times with backoff and a 5-minute
    # connect timeout: an unreachable endpoint would hang a flow for minutes
    # before failing. Fewer, quicker retries still absorb a MinIO restart.
    return urllib3.PoolManager(
        timeout=urllib3.Timeout(connect=5.0, read=120.0),
        maxsize=10,
        retries=urllib3.Retry(
            total=3,
            backoff_factor=0.2,
            status_forcelist=[500, 502, 503, 504],
        ),
    )


class MinioStore:
    """Buckets and objects on MinIO or another S3 service."""

    def __init__(
        self,
        endpoint: str,
        access_key: SecretStr,
        secret_key: SecretStr,
        *,
        secure: bool = False,
        region: str | None = None,
        part_size: int = DEFAULT_PART_SIZE,
    ) -> None:
        if not access_key.get_secret_value() or not secret_key.get_secret_value():
            # Anonymous access would only fail later with AccessDenied.
            raise ConfigError(
                "TRUSTLIST_S3_ACCESS_KEY and TRUSTLIST_S3_SECRET_KEY must be set for storage=s3"
            )
        self.endpoint = endpoint
        self.region = region
        self.part_size = part_size
        try:
            self._client = Minio(
                endpoint,
                access_key=access_key.get_secret_value(),
                secret_key=secret_key.get_secret_value(),
                secure=secure,
                region=region,
                http_client=_http_client(),
            )
        except ValueError as exc:
            # e.g. "http://minio:9000": the SDK wants host:port and `secure`.
            raise ConfigError(f"invalid S3 endpoint {endpoint!r}: {exc}") from None

    def __repr__(self) -> str:
        # Never the keys: this object ends up in logs and tracebacks.
        return f"MinioStore(endpoint={self.endpoint!r})"

    @contextlib.contextmanager
    def _errors(self, op: str, bucket: str, key: str = "") -> Iterator[None]:
        """Translate SDK and network failures into the project's errors.

        Messages carry the endpoint, bucket, key and S3 error code: enough to
        act on, and nothing from the credentials (the secret key never leaves
        this process, it only signs requests).
        """
        where = f"{op} s3://{bucket}/{key} at {self.endpoint}"
        try:
            yield
        except S3Error as exc:
            if exc.code in _NOT_FOUND_CODES and op in ("get", "copy"):
                raise ObjectNotFound(f"{where}: no such object") from exc
            raise StorageError(f"{where} failed: {exc.code}: {exc.message}") from exc
        except MinioException as exc:
            raise StorageError(f"{where} failed: {exc}") from exc
        except urllib3.exceptions.HTTPError as exc:
            raise StorageError(f"{where} failed: cannot reach the server ({exc})") from exc
        except ValueError as exc:
            # The SDK validates bucket and object names with ValueError.
            raise StorageError(f"{where} refused: {exc}") from exc

    # -- buckets --

    def ensure_buckets(self, names: Iterable[str]) -> None:
        for name in names:
            with self._errors("ensure_buckets", name):
                if self._client.bucket_exists(name):
                    continue
                try:
                    self._client.make_bucket(name, location=self.region)
                except S3Error as exc:
                    # Another worker created it between the check and here.
                    if exc.code not in ("BucketAlreadyOwnedByYou", "BucketAlreadyExists"):
                        raise

    # -- writes --

    def put(self, bucket: str, key: str, data: bytes, content_type: str = "application/octet-stream") -> None:
        with self._errors("put", bucket, key):
            # With the length known the SDK switches to a multipart upload for
            # anything larger than part_size, so big bundles are never one
            # request that must be resent whole after a hiccup.
            self._client.put_object(
                bucket,
                key,
                BytesIO(data),
                len(data),
                content_type=content_type,
                part_size=self.part_size,
            )

    def put_if_absent(
        self, bucket: str, key: str, data: bytes, content_type: str = "application/octet-stream"
    ) -> bool:
        """Create the object only if the key is free, atomically on the server.

        Uses the conditional write ``If-None-Match: *`` (S3 since 2024, MinIO,
        moto >= 5.1): the server answers 412 PreconditionFailed if the key
        exists, so two writers racing get exactly one winner, which a
        stat-then-put could not promise.

        minio-py 7.2's public ``put_object`` has no way to send that header
        (extra headers are turned into ``x-amz-meta-*`` user metadata), so this
        calls the SDK's ``_put_object``, the single-request PutObject that
        ``put_object`` itself uses for small objects. Being private, it is
        pinned by tests/test_storage.py: if an SDK upgrade changes it, those
        tests fail rather than this silently overwriting.
        """
        if len(data) > _MAX_SINGLE_PUT:
            raise StorageError(f"put_if_absent s3://{bucket}/{key}: object larger than 5 GiB")
        headers: dict[str, str | list[str] | tuple[str]] = {
            "Content-Type": content_type,
            "If-None-Match": "*",
        }
        with self._errors("put_if_absent", bucket, key):
            try:
                self._client._put_object(bucket, key, data, headers)
            except S3Error as exc:
                if exc.code == "PreconditionFailed":
                    return False
                # 409 ConditionalRequestConflict: a concurrent write to the same
                # key is in flight; it is about to exist, so we did not win.
                if exc.code == "ConditionalRequestConflict":
                    return False
                raise
        return True

    def copy(self, src_bucket: str, src_key: str, dst_bucket: str, dst_key: str) -> None:
        with self._errors("copy", src_bucket, src_key):
            # Server-side copy: the bytes never travel through this process.
            self._client.copy_object(dst_bucket, dst_key, CopySource(src_bucket, src_key))

    def delete(self, bucket: str, key: str) -> None:
        with self._errors("delete", bucket, key):
            self._client.remove_object(bucket, key)  # S3 deletes are idempotent

    # -- reads --

    def get(self, bucket: str, key: str) -> bytes:
        with self._errors("get", bucket, key):
            response = self._client.get_object(bucket, key)
            try:
                return response.read()
            finally:
                response.close()
                response.release_conn()

    def stat(self, bucket: str, key: str) -> ObjectInfo | None:
        with self._errors("stat", bucket, key):
            try:
                obj = self._client.stat_object(bucket, key)
            except S3Error as exc:
                # A HEAD has no error body: the SDK reports a missing bucket as
                # NoSuchKey too. Either way there is no such object.
                if exc.code in _NOT_FOUND_CODES or exc.code == "NoSuchBucket":
                    return None
                raise
        return ObjectInfo(
            bucket=bucket,
            key=key,
            size=int(obj.size or 0),
            last_modified=_utc(obj.last_modified),
        )

    def exists(self, bucket: str, key: str) -> bool:
        return self.stat(bucket, key) is not None

    def list(self, bucket: str, prefix: str = "") -> Iterator[ObjectInfo]:
        # ListObjectsV2 returns keys in UTF-8 byte order already, so entries
        # are streamed page by page instead of being collected and sorted.
        with self._errors("list", bucket, prefix):
            for obj in self._client.list_objects(bucket, prefix=prefix or None, recursive=True):
                if obj.is_dir or obj.object_name is None:
                    continue
                yield ObjectInfo(
                    bucket=bucket,
                    key=obj.object_name,
                    size=int(obj.size or 0),
                    last_modified=_utc(obj.last_modified),
                )


def _utc(moment: datetime | None) -> datetime:
    if moment is None:
        # S3 always sends Last-Modified; a server that does not is broken.
        raise StorageError("the server returned an object without Last-Modified")
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)
