"""All configuration in one object, read once at the edge and passed down.

Every field can be set from the environment with the ``TRUSTLIST_`` prefix
(``TRUSTLIST_S3_ENDPOINT``, ``TRUSTLIST_OCR_LANGUAGES``...). Nothing below the
CLI and the flows reads the environment itself.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class ReadingOptions(BaseModel):
    """The settings that change what is read from the same bytes, and only those.

    The extractors take these rather than all of Settings, and the extraction cache's
    version hashes them (compose/cache.py), so a change to any of them misses the cache.
    The OCR page time limit is not one: it only decides failures, which are not cached.
    Made by ``Settings.reading``: the defaults and limits are the settings' own.
    """

    model_config = ConfigDict(frozen=True)

    ocr_languages: str
    ocr_dpi: int
    ocr_deskew: bool
    ocr_binarize: bool
    min_text_chars_per_page: int
    max_pages_per_document: int
    max_chars_per_document: int
    max_image_pixels: int


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TRUSTLIST_", extra="ignore")

    # --- storage -------------------------------------------------------------
    storage: Literal["local", "s3"] = "local"
    # The embedded default: every bucket is a folder below this one.
    local_root: Path = Path("var/store")
    s3_endpoint: str = "localhost:9000"
    s3_access_key: SecretStr = SecretStr("")
    s3_secret_key: SecretStr = SecretStr("")
    s3_secure: bool = False
    s3_region: str | None = None

    bucket_inbox: str = "inbox"
    bucket_archive: str = "archive"
    bucket_reports: str = "reports"
    bucket_quarantine: str = "quarantine"
    bucket_registry: str = "registry"
    # Text already extracted from a file, by its SHA-256 and the extractors' version
    # (compose/cache.py): a resubmitted bundle only reads the files that changed.
    bucket_cache: str = "cache"

    # --- text and OCR ---------------------------------------------------------
    # Each setting here that changes what is read from a file's bytes is also a field of
    # ReadingOptions (above), which is all the extractors see.

    # Kazakh first: with Russian first tesseract reads Kazakh letters as their Russian
    # neighbours (Көз -> Кез, Оқу -> Оку). Measured at the scans' own resolution: labelled
    # scans 176 -> 180 of 201 fields, sample scans unchanged at 244 of 252, outcomes 34/34.
    ocr_languages: str = "kaz+rus+eng"
    ocr_dpi: int = Field(300, ge=72, le=600)
    ocr_page_timeout_s: float = Field(60.0, gt=0)
    # tesseract processes at once in this process, each single-threaded: pages of a
    # document and the documents the flow reads in parallel all share them.
    ocr_workers: int = Field(default_factory=lambda: os.cpu_count() or 1, ge=1)
    # Measured on the sample scans by benchmarks.ocr_preprocess (see README).
    ocr_deskew: bool = True
    ocr_binarize: bool = False
    # A page whose text layer has fewer usable characters than this is OCR'd.
    min_text_chars_per_page: int = Field(20, ge=0)
    max_pages_per_document: int = Field(200, ge=1)
    # Characters of text read from one document; pages past it are left unread, with a
    # warning on the document (a 200-page text layer of small print is ~1.2 million).
    max_chars_per_document: int = Field(2_000_000, ge=1)
    # Pixels of a rendered page or image; larger ones are refused, not rendered.
    max_image_pixels: int = Field(60_000_000, ge=1)

    # --- bundles --------------------------------------------------------------
    max_bundle_bytes: int = Field(200 * 1024 * 1024, ge=1)
    max_zip_entries: int = Field(500, ge=1)
    max_zip_ratio: float = Field(200.0, gt=1)
    # How many levels of zips inside the bundle's zip are expanded (1: a zip in the bundle;
    # 2: a zip in that zip). A deeper archive is kept unread and BND-03 says so. The limits
    # above apply to the total over every level.
    max_archive_depth: int = Field(2, ge=0)

    # --- checks ---------------------------------------------------------------
    audit_max_age_months: int = Field(12, ge=1)
    accredited_auditors: Path | None = None
    calendar_transfers: Path | None = None
    timezone: str = "Asia/Almaty"

    # --- service ----------------------------------------------------------------
    poll_interval_s: int = Field(60, ge=1)
    # Bundles an intake run processes side by side, in threads sharing the OCR page pool:
    # while one bundle is archived, validated or reported, the other's pages keep every
    # tesseract busy. One bundle at a time left the pool idle between bundles (README,
    # throughput).
    bundles_at_once: int = Field(2, ge=1)
    # A folder whose manifest lists files that are still missing or differ is left
    # for later polls (an upload in progress); after this long it is processed
    # anyway and BND-02 reports what is wrong.
    folder_grace_s: int = Field(3600, ge=0)
    # How long a worker's claim on a bundle lasts unless renewed (intake/lease.py).
    # The holder renews between documents, so this must exceed the slowest document
    # plus the storage retry budget; 600 s is a wide margin over an OCR page's ~1.5 s.
    lease_ttl_s: float = Field(600.0, gt=0)
    # Waits between retries of a storage step (Prefect task retries; the S3 client
    # also retries a few times within each attempt). The default rides out ~45 s of
    # MinIO restart before the run fails and the bundle waits in the inbox.
    storage_retry_delays_s: list[float] = Field([1.0, 3.0, 10.0, 30.0], max_length=50)
    # Log lines on stderr: "plain" for people, "json" (one object a line) for a log collector.
    log_format: Literal["plain", "json"] = "plain"

    # --- web (trustlist serve) ----------------------------------------------------
    # Signs the reviewers' session cookies. Required: the web app refuses to start
    # without one (at least 32 characters) unless web_dev is set, which then signs
    # with a random secret that dies with the process.
    web_session_secret: SecretStr = SecretStr("")
    web_dev: bool = False
    # Send the session cookie only over HTTPS. Keep on in production (behind TLS);
    # browsers also accept it on http://localhost.
    web_cookie_secure: bool = True
    # A session ends this long after sign-in.
    web_session_max_age_s: int = Field(8 * 3600, ge=60)
    # The language of the web pages and reports until a reviewer switches.
    web_language: Literal["ru", "kk", "en"] = "ru"
    # Wrong passwords in a row, per account and per address, before sign-in waits; each
    # further failure doubles the wait (1 s, 2 s, 4 s ...) up to the maximum.
    web_signin_free_failures: int = Field(5, ge=1)
    web_signin_max_wait_s: float = Field(900.0, gt=0)
    # Password checks (argon2id, 64 MiB each) run at once; more sign-ins wait their turn,
    # so a burst of them cannot take the server's memory.
    web_signin_checks_at_once: int = Field(2, ge=1)

    @property
    def reading(self) -> ReadingOptions:
        """The options the extractors read files with, taken from these settings."""
        return ReadingOptions.model_validate(self, from_attributes=True)

    def bucket_names(self) -> list[str]:
        return [
            self.bucket_inbox,
            self.bucket_archive,
            self.bucket_reports,
            self.bucket_quarantine,
            self.bucket_registry,
            self.bucket_cache,
        ]
