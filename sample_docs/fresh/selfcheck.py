"""Self-check of the fresh test set: every expected.json against what the generator printed.

Run from /work/main:  /work/fresh-venv/bin/python sample_docs/fresh/selfcheck.py
Checks: manifest hashes and file lists; every expected value printed in the document (text layer of the
PDF before scanning, or the JSON); BIN/IIN check digits; dates not after receipt; and an independent
re-derivation of the failing checks from the expected values (a small model of SPEC §5 for the checks
this set exercises).
"""
from __future__ import annotations

import json
import re
import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import fresh_lib as fl  # noqa: E402
import generate  # noqa: E402

BIN_FIELDS = ("applicant_bin", "auditor_bin", "right_holder_bin", "grantee_bin", "system_owner_bin")
DATE_FIELDS = ("application_date", "issue_date", "creation_date", "agreement_date", "conclusion_date", "valid_until")
EXPIRY_FIELDS = ("valid_until",)
RESULT_WORDS = {"positive": ("положительн", "ПОЛОЖИТЕЛЬН", "positive", "ОҢ", " оң "),
                "negative": ("отрицательн", "negative", "теріс")}
SECTIONS = ("purpose", "functions", "data", "risk_management", "human_oversight")

TR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі",
              ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s", "t",
               "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "iu", "ia", "a", "g", "k", "n", "o", "u",
               "u", "h", "i"]))
LEGAL = {"тоо", "ао", "ип", "жшс", "ақ", "llp", "jsc", "llc", "too", "ao", "zhshs"}


def norm_name(s: str) -> str:
    s = s.lower()
    s = re.sub(r"[«»\"“”„'’.,()]", " ", s)
    words = [w for w in s.split() if w not in LEGAL]
    s = " ".join(words)
    return "".join(TR.get(c, c) for c in s).replace("kh", "h").replace("y", "i")


def collapse(s: str) -> str:
    return " ".join(s.replace("\u00ad", "").split())


errors: list[str] = []


def err(msg):
    errors.append(msg)


def check_printed(bname, doc, src, text):
    f = doc["fields"]
    for k, v in f.items():
        if isinstance(v, bool):
            continue
        if k in DATE_FIELDS:
            if not any(form in text for form in fl.all_date_forms(v)):
                err(f"{bname}/{doc['file']}: date {k}={v} not printed")
        elif k == "result":
            if not any(w in text for w in RESULT_WORDS[v]):
                err(f"{bname}/{doc['file']}: result {v} wording not found")
        else:
            if collapse(str(v)) not in text:
                err(f"{bname}/{doc['file']}: {k}={v!r} not printed")


def derive_failing(receipt: str, docs: list[dict]) -> set[str]:
    """Re-derive the checks this set plants, from the expected fields only."""
    fail = set()
    by = {}
    for d in docs:
        by.setdefault(d["type"], []).append(d["fields"])
    app = by["application"][0]
    certs, agrs, audits = by.get("ip_certificate", []), by.get("copyright_agreement", []), by["audit_conclusion"]
    # DOC-04
    sd = by.get("system_description", [])
    if not any(all(s.get(k) for k in SECTIONS) for s in sd):
        fail.add("DOC-04")
    # FLD-02
    for d in docs:
        for k in BIN_FIELDS:
            if k in d["fields"] and not fl.is_valid_bin(d["fields"][k], "bin"):
                fail.add("FLD-02")
    # FLD-03 (issue-type dates only; expiry dates are future by nature)
    for d in docs:
        for k in DATE_FIELDS:
            if k in d["fields"] and k not in EXPIRY_FIELDS and d["fields"][k] > receipt:
                fail.add("FLD-03")
    # XDC-01 / XDC-02
    names = {norm_name(app["system_name"])} | {norm_name(a["system_name"]) for a in audits} | \
            {norm_name(c["object_title"]) for c in certs + agrs}
    if len(names) > 1:
        fail.add("XDC-01")
    if any(a["system_version"] != app["system_version"] for a in audits):
        fail.add("XDC-02")
    # XDC-03
    applicant = norm_name(app["applicant_name"])
    holders = set()
    for c in certs:
        holders |= {norm_name(c["right_holder"])} if "right_holder" in c else \
            {norm_name(a) for a in c["authors"].split(",")} | {norm_name(c["authors"])}
    ok = applicant in holders or any(norm_name(g["grantee"]) == applicant and norm_name(g["grantor"]) in holders
                                     for g in agrs)
    if not ok:
        fail.add("XDC-03")
    # XDC-04, XDC-05
    if any(norm_name(a["system_owner"]) != applicant for a in audits):
        fail.add("XDC-04")
    for c in certs:
        if "right_holder_bin" in c and norm_name(c["right_holder"]) == applicant and \
                c["right_holder_bin"] != app["applicant_bin"]:
            fail.add("XDC-05")
    for g in agrs:
        if "grantee_bin" in g and g["grantee_bin"] != app["applicant_bin"]:
            fail.add("XDC-05")
    for a in audits:
        if "system_owner_bin" in a and a["system_owner_bin"] != app["applicant_bin"]:
            fail.add("XDC-05")
    # XDC-06
    if any(c["object_type"] not in ("программа для ЭВМ",) for c in certs):
        fail.add("XDC-06")
    # AUD-01/02/03/05
    r = date.fromisoformat(receipt)
    for a in audits:
        if a["result"] != "positive":
            fail.add("AUD-01")
        cd = date.fromisoformat(a["conclusion_date"])
        too_old = (r.year - cd.year) * 12 + (r.month - cd.month) - (r.day < cd.day) >= 12
        if too_old or ("valid_until" in a and a["valid_until"] < receipt):
            fail.add("AUD-02")
        if norm_name(a["auditor_name"]) == applicant or a.get("auditor_bin") == app["applicant_bin"]:
            fail.add("AUD-03")
        if not (a.get("covers_training_data") and a.get("covers_prohibited_functions")):
            fail.add("AUD-05")
    # IPR-01/02
    for g in agrs:
        if "valid_until" in g and g["valid_until"] < receipt:
            fail.add("IPR-01")
    for d in certs:
        if d["issue_date"] > app["application_date"]:
            fail.add("IPR-02")
    for g in agrs:
        if g["agreement_date"] > app["application_date"]:
            fail.add("IPR-02")
    return fail


OUTCOME_BLOCKING_INCOMPLETE = ("DOC-", "FLD-", "BND-02", "BND-04", "BND-06")
WARNINGS = {"BND-03", "BND-05", "XDC-06", "AUD-04", "AUD-05", "IPR-02"}


def outcome_of(failing):
    blocking = [c for c in failing if c not in WARNINGS]
    if any(c.startswith(OUTCOME_BLOCKING_INCOMPLETE) for c in blocking):
        return "incomplete"
    return "inconsistent" if blocking else "complete"


def main():
    bundles = generate.build_all()  # regenerate in memory to get the pre-scan text PDFs
    auditors_csv = {line.split(",")[0] for line in (HERE / "accredited_auditors.csv").read_text().splitlines()[1:]}
    halves = {"half_a": 0, "half_b": 0}
    total_size = 0
    counts = {}
    for b in bundles:
        halves[b.half] += 1
        bname = f"{b.half}/{b.agency}/{b.slug}"
        folder = HERE / b.half / b.agency / b.slug
        exp = json.loads((HERE / b.half / b.agency / f"{b.slug}.expected.json").read_text())
        man = json.loads((folder / "manifest.json").read_text())
        receipt = man["submitted_at"][:10]
        if not re.fullmatch(r"2026-(0[3-9]|1[01])-\d\dT\d\d:\d\d:00\+05:00", man["submitted_at"]):
            err(f"{bname}: submitted_at {man['submitted_at']}")
        on_disk = sorted(p.name for p in folder.iterdir() if p.name != "manifest.json")
        listed = sorted(f["name"] for f in man["files"])
        if on_disk != listed:
            err(f"{bname}: manifest lists {listed}, folder has {on_disk}")
        for f in man["files"]:
            data = (folder / f["name"]).read_bytes()
            total_size += len(data)
            if fl.sha256(data) != f["sha256"]:
                err(f"{bname}: sha256 mismatch {f['name']}")
            if dict(b.files)[f["name"]] != data:
                err(f"{bname}: not deterministic: {f['name']}")
        if {d["file"] for d in exp["documents"]} != set(listed):
            err(f"{bname}: expected documents do not cover exactly the manifest files")
        pairs = [(d["file"], d["type"]) for d in exp["documents"]]
        if len(pairs) != len(set(pairs)):
            err(f"{bname}: duplicate (file, type)")
        for d in exp["documents"]:
            counts[(d["type"], d["text_source"])] = counts.get((d["type"], d["text_source"]), 0) + 1
            src = b.sources[d["file"]]
            if d["text_source"] == "json":
                text = collapse(json.dumps(src["json"], ensure_ascii=False))
            else:
                text = collapse(fl.pdf_text(src["pdf"]))
                if d["text_source"] == "ocr" and d["file"].endswith(".pdf"):
                    if fl.pdf_text((folder / d["file"]).read_bytes()).strip():
                        err(f"{bname}/{d['file']}: scan PDF has a text layer")
                # every 12-digit number printed must be a valid BIN/IIN unless FLD-02 is planted
                for num in re.findall(r"(?<!\d)\d{12}(?!\d)", text):
                    if not fl.is_valid_bin(num) and "FLD-02" not in exp["failing_checks"]:
                        err(f"{bname}/{d['file']}: invalid 12-digit number {num}")
            check_printed(bname, d, src, text)
            for k in DATE_FIELDS:
                v = d["fields"].get(k)
                if v and not re.fullmatch(r"\d{4}-\d\d-\d\d", v):
                    err(f"{bname}: bad date format {k}={v}")
            if d["type"] == "audit_conclusion" and d["fields"].get("auditor_bin") not in auditors_csv:
                err(f"{bname}: auditor {d['fields'].get('auditor_bin')} not in accredited_auditors.csv")
        derived = derive_failing(receipt, exp["documents"])
        if sorted(derived) != exp["failing_checks"]:
            err(f"{bname}: failing_checks {exp['failing_checks']} but derived {sorted(derived)}")
        if outcome_of(exp["failing_checks"]) != exp["outcome"]:
            err(f"{bname}: outcome {exp['outcome']} but rule gives {outcome_of(exp['failing_checks'])}")
        for name, s in b.sources.items():
            if "pages" in s and not 1 <= s["pages"] <= 3:
                err(f"{bname}/{name}: {s['pages']} pages")
    print("bundles per half:", halves, "| files:", sum(len(b.files) for b in bundles),
          "| size MB:", round(total_size / 1e6, 1))
    for k in sorted(counts):
        print("  ", k, counts[k])
    print("clean:", sum(1 for b in bundles if not b.failing), "planted:",
          [(b.slug, b.failing, b.outcome) for b in bundles if b.failing])
    if errors:
        print(f"{len(errors)} problem(s):")
        for e in errors[:40]:
            print(" -", e)
        sys.exit(1)
    print("self-check OK")


if __name__ == "__main__":
    main()
