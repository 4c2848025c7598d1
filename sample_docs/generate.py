"""Generate the committed sample bundles and their expected results.

    python -m sample_docs.generate            # rewrites sample_docs/bundles/

Layout mirrors the inbox: ``<agency>/<name>/`` folder bundles and
``<agency>/<name>.zip`` zip bundles, each with ``<name>.expected.json`` beside
it. Everything is seeded and timestamp-free, so a second run is byte-identical.

It also writes ``sample_docs/accredited_auditors.csv`` (UTF-8, columns ``bin,name``):
the list of accredited auditors the samples are meant to be checked against, i.e.
``TRUSTLIST_ACCREDITED_AUDITORS=sample_docs/accredited_auditors.csv``. It names every
auditor of the catalogue except the one of the bundle that plants AUD-04, so AUD-04
passes in every other bundle. The expected results do not name the setting; without it
AUD-04 is ``not_applicable``, which the expected results cannot tell from ``pass``.

Encrypted PDFs (BND-04, and the owner-password-only certificate that must pass) are
written by fpdf2 itself with seeded salts: neither pypdf nor the qpdf binary is needed.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import random
import shutil
import zipfile
from dataclasses import dataclass, replace
from datetime import timedelta
from pathlib import Path

from sample_docs.gen_bundles import Bundle, Doc, bundles, doc_facts
from sample_docs.gen_common import AGENCIES, FIELDS, Facts
from sample_docs.gen_docs import RENDERERS, Entry, cover_letter_docx, portal_error_page
from sample_docs.gen_scan import page_count, scan

BUNDLES_DIR = Path(__file__).resolve().parent / "bundles"
ACCREDITED_CSV = Path(__file__).resolve().parent / "accredited_auditors.csv"
TEXT_SOURCE = {"text": "text_layer", "json": "json"}  # every other form is a scan -> "ocr"
OWNER_PASSWORD = "Reg-Owner-2026"
USER_PASSWORD = "7431"  # sent to the agency in a separate e-mail, as auditors do


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
    elif doc.form == "docx":  # an unsupported type: kept by the pipeline, never read
        data, entries = cover_letter_docx(facts), []
    else:
        kwargs = {"describe": True} if doc.describe else {}
        style = replace(doc.style, grid=doc.form == "text")
        pdf, entries = RENDERERS[doc.type](facts, doc.lang, style, **kwargs)
        if doc.protect:
            assert doc.form == "text", f"{bundle.name}/{doc.file}: only text PDFs are encrypted"
            user = USER_PASSWORD if doc.protect == "user" else None
            pdf.protect(OWNER_PASSWORD, user, seed=f"{bundle.name}/{doc.file}")
        data = pdf.to_bytes()
        if doc.form != "text":
            # One page per scan keeps the OCR cost of the test suite bounded.
            assert page_count(data) == 1, f"{bundle.name}/{doc.file} is longer than a page"
            data = scan(data, doc.form, rng)
    if doc.protect == "user" or doc.keep < 1:
        # Nothing of it can be read (no password, or a broken upload): no expected document.
        data, entries = data[: round(len(data) * doc.keep)], []
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
    rendered = [(doc, render_doc(bundle, doc, rng)) for doc in bundle.docs]
    # A file uploaded under several names is the same bytes, read (and expected) each time.
    docs = [replace(r, file=name) for doc, r in rendered for name in (doc.file, *doc.copies)]
    members = [(d.file, d.data) for d in docs] + [("manifest.json", manifest(bundle, docs))]
    agency_dir = out_dir / bundle.agency
    agency_dir.mkdir(parents=True, exist_ok=True)
    if bundle.error_page:
        # Nothing of the bundle arrived, not even its manifest: only the portal's apology.
        assert bundle.zipped and not docs, bundle.name
        (agency_dir / f"{bundle.name}.zip").write_bytes(portal_error_page(bundle.application_id))
    elif bundle.zipped:
        write_zip(agency_dir / f"{bundle.name}.zip", bundle, members)
    else:
        folder = agency_dir / bundle.name
        folder.mkdir(exist_ok=True)
        for name, data in members:  # manifest last, as the inbox protocol requires
            (folder / name).write_bytes(data)
    (agency_dir / f"{bundle.name}.expected.json").write_bytes(expected(bundle, docs))


def accredited_auditors(catalogue: list[Bundle]) -> bytes:
    """``accredited_auditors.csv``: every auditor of the catalogue but those planting AUD-04."""
    listed: dict[str, str] = {}
    unlisted: set[str] = set()
    for bundle in catalogue:
        for doc in bundle.docs:
            if doc.type == "audit_conclusion":
                auditor = doc_facts(bundle, doc).auditor
                if "AUD-04" in bundle.failing:
                    unlisted.add(auditor.bin)
                else:
                    listed[auditor.bin] = auditor.ru
    assert not unlisted & set(listed), "an AUD-04 auditor also audits a bundle where AUD-04 passes"
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["bin", "name"])
    writer.writerows(sorted(listed.items(), key=lambda row: row[1]))
    return out.getvalue().encode()


def generate(out_dir: Path) -> list[Bundle]:
    """Write every sample bundle under ``out_dir``; returns the catalogue it wrote."""
    catalogue = bundles()
    for bundle in catalogue:
        write_bundle(out_dir, bundle)
    return catalogue


def main() -> None:
    if BUNDLES_DIR.exists():
        shutil.rmtree(BUNDLES_DIR)  # drop bundles that left the catalogue
    catalogue = generate(BUNDLES_DIR)
    ACCREDITED_CSV.write_bytes(accredited_auditors(catalogue))
    for bundle in catalogue:
        print(f"{bundle.agency}/{bundle.name}: {bundle.outcome} {list(bundle.failing)}")


if __name__ == "__main__":
    main()
