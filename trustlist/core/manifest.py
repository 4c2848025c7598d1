"""manifest.json (SPEC §3): what a bundle declares about itself."""

from __future__ import annotations

import json
from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from trustlist.core.errors import ManifestError

MANIFEST_NAME = "manifest.json"


class ManifestFile(BaseModel):
    model_config = ConfigDict(extra="ignore")

    name: str = Field(min_length=1)
    sha256: str = Field(pattern=r"^[0-9a-fA-F]{64}$")

    @field_validator("sha256")
    @classmethod
    def _lower(cls, v: str) -> str:
        return v.lower()


class Manifest(BaseModel):
    model_config = ConfigDict(extra="ignore")

    application_id: str | None = Field(default=None, max_length=200)
    submitted_at: datetime | None = None
    files: list[ManifestFile] = []


def parse_manifest(data: bytes) -> Manifest:
    """Parse manifest bytes; any defect is a ManifestError saying what is wrong."""
    try:
        raw = json.loads(data.decode("utf-8-sig"))
    except (ValueError, RecursionError) as exc:
        # ValueError covers bad UTF-8, bad JSON and integers past Python's digit limit;
        # RecursionError is json's answer to arrays or objects nested thousands deep.
        raise ManifestError(f"manifest.json is not valid JSON: {exc}") from exc
    if not isinstance(raw, dict):
        raise ManifestError("manifest.json must hold a JSON object")
    try:
        return Manifest.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors())
        raise ManifestError(f"manifest.json does not follow the format: {problems}") from exc
