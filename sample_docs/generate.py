"""Generate the committed sample bundles and their expected results.

    python -m sample_docs.generate            # rewrites sample_docs/bundles/

Layout mirrors the inbox: ``<agency>/<name>/`` folder bundles and
``<agency>/<name>.zip`` zip bundles, each with ``<name>.expected.json`` beside
it. Everything is seeded and timestamp-free, so a second run is byte-identical.
"""

from __future__ import annotations

import hashlib
import json
import random
import shutil
import zipfile
from dataclasses import dataclass, replace
from datetime import timedelta
from pathlib import Path

from sample_docs.gen_bundles import Bundle, Doc, bundles, doc_facts
from sample_docs.gen_common import AGENCIES, FIELDS, Facts
from sample_docs.gen_docs import RENDERERS, Entry
from sample_docs.gen_scan import page_count, scan

BUNDLES_DIR = Path(__file__).resolve().parent / "bundles"
TEXT_SOURCE = {"text": "text_layer", "json": "json"}  # every other form is a scan -> "ocr"


@dataclass
class Rendered:
    file: str
    data: bytes
    entries: list[Entry]
    text_source: str


def render_doc(bundle: Bundle, doc: Doc, rng: random.Random) -> Rendered:
    facts = doc_facts(bundle, doc)
    if doc.type == "application_json":
        data, entries = portal_export(facts)
    else:
        kwargs = {"describe": True} if doc.describe else {}
        style = replace(doc.style, grid=doc.form == "text")
        pdf, entries = RENDERERS[doc.type](facts, doc.lang, style, **kwargs)
        data = pdf.to_bytes()
        if doc.form != "text":
            # One page per scan keeps the OCR cost of the test suite bounded.
            assert page_count(data) == 1, f"{bundle.name}/{doc.file} is longer than a page"
            data = scan(data, doc.form, rng)
    return Rendered(doc.file, data, entries, TEXT_SOURCE.get(doc.form, "ocr"))


def portal_export(f: Facts) -> tuple[bytes, list[Entry]]:
    """The e-government portal's structured application (same field names as SPEC §4)."""
    fields = {
        "applicant_name": f.applicant.ru,
        "applicant_bin": f.app_bin,
        "system_name": f.system_name,
        "system_version": f.system_version,
        "sector": AGENCIES[f.agency]["ru"][0],
        "application_date": f.application_date.isoformat(),
        "contact_email": f.email,
        "signatory": f.signatory,
    }
    data = json.dumps({"type": "application", **fields}, ensure_ascii=False, indent=2)
    return (data + "\n").encode(), [Entry("application", "ru", fields)]


def check_timeline(bundle: Bundle) -> None:
    """Guard the catalogue: a clean property must not fail by accident of a date."""
    f = bundle.facts
    received = bundle.submitted_at.date()
    assert f.application_date <= received
    assert received - timedelta(days=365) < f.conclusion_date <= received < f.audit_valid_until
    assert f.cert_issue_date is None or f.cert_issue_date <= f.application_date
    assert f.agreement_date is None or f.agreement_date <= f.application_date
    assert f.agreement_valid_until is None or f.agreement_valid_until > received
    if f.grantor is not None and f.grantor == f.right_holder:  # rights pass on after registration
        assert f.cert_issue_date <= f.agreement_date
    for d in (
        f.creation_date,
        f.cert_filing_date,
        f.cert_issue_date,
        f.agreement_date,
        f.conclusion_date,
        f.application_date,
    ):
        assert d is None or d.year == 2026, f"{bundle.name}: {d} is not in 2026"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def manifest(bundle: Bundle, docs: list[Rendered]) -> bytes:
    def listed_hash(doc: Rendered) -> str:
        # The planted BND-02 defect: the file changed after the manifest was written.
        return sha256(doc.data + b"\n") if doc.file == bundle.stale_hash else sha256(doc.data)

    body = {
        "application_id": bundle.application_id,
        "submitted_at": bundle.submitted_at.isoformat(),
        "files": [{"name": d.file, "sha256": listed_hash(d)} for d in docs],
    }
    return dump_json(body)


def expected(bundle: Bundle, docs: list[Rendered]) -> bytes:
    body = {
        "outcome": bundle.outcome,
        "failing_checks": sorted(set(bundle.failing)),
        "planted": bundle.planted,
        "documents": [
            {
                "file": d.file,
                "type": e.type,
                "text_source": d.text_source,
                "language": e.language,
                "fields": ordered_fields(e),
            }
            for d in docs
            for e in d.entries
        ],
    }
    return dump_json(body)


def ordered_fields(entry: Entry) -> dict[str, object]:
    """Fields in SPEC order; an unknown name would be a renderer typo, so fail on it."""
    known = FIELDS[entry.type]
    unknown = set(entry.fields) - set(known)
    assert not unknown, f"not SPEC fields of {entry.type}: {unknown}"
    return {name: entry.fields[name] for name in known if name in entry.fields}


def dump_json(body: object) -> bytes:
    return (json.dumps(body, ensure_ascii=False, indent=2) + "\n").encode()


def write_zip(path: Path, bundle: Bundle, members: list[tuple[str, bytes]]) -> None:
    """A zip whose bytes depend only on its content: fixed timestamps and permissions."""
    stamp = bundle.submitted_at.timetuple()[:6]
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)


def write_bundle(out_dir: Path, bundle: Bundle) -> None:
    check_timeline(bundle)
    rng = random.Random(bundle.name)  # str seeds are hashed with SHA-512: stable across runs
    docs = [render_doc(bundle, doc, rng) for doc in bundle.docs]
    members = [(d.file, d.data) for d in docs] + [("manifest.json", manifest(bundle, docs))]
    agency_dir = out_dir / bundle.agency
    agency_dir.mkdir(parents=True, exist_ok=True)
    if bundle.zipped:
        write_zip(agency_dir / f"{bundle.name}.zip", bundle, members)
    else:
        folder = agency_dir / bundle.name
        folder.mkdir(exist_ok=True)
        for name, data in members:  # manifest last, as the inbox protocol requires
            (folder / name).write_bytes(data)
    (agency_dir / f"{bundle.name}.expected.json").write_bytes(expected(bundle, docs))


def generate(out_dir: Path) -> list[Bundle]:
    """Write every sample bundle under ``out_dir``; returns the catalogue it wrote."""
    catalogue = bundles()
    for bundle in catalogue:
        write_bundle(out_dir, bundle)
    return catalogue


def main() -> None:
    if BUNDLES_DIR.exists():
        shutil.rmtree(BUNDLES_DIR)  # drop bundles that left the catalogue
    for bundle in generate(BUNDLES_DIR):
        print(f"{bundle.agency}/{bundle.name}: {bundle.outcome} {list(bundle.failing)}")


if __name__ == "__main__":
    main()
