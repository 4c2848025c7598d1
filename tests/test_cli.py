"""``trustlist check`` and ``trustlist schema`` (SPEC §6) on small bundles without OCR."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from trustlist.cli import SCHEMA_PATH, main
from trustlist.core.identifiers import make_bin
from trustlist.core.report import Report

REPO = Path(__file__).resolve().parent.parent
APPLICANT_BIN = make_bin("12034000000")
SUBMITTED_AT = "2026-03-02T10:15:00+05:00"


def application(**changes) -> dict:
    return {
        "type": "application",
        "applicant_name": "ТОО «Дата Сапа»",
        "applicant_bin": APPLICANT_BIN,
        "system_name": "Сапа Диагностика",
        "system_version": "2.1",
        "application_date": "2026-03-02",
        **changes,
    }


def write_bundle(root: Path, content: dict, manifest: bool = True, name: str = "datasapa") -> Path:
    """A folder bundle AGENCY/NAME/ with application.json and, optionally, its manifest."""
    folder = root / "health" / name
    folder.mkdir(parents=True)
    data = json.dumps(content, ensure_ascii=False).encode("utf-8")
    (folder / "application.json").write_bytes(data)
    if manifest:
        listed = [{"name": "application.json", "sha256": hashlib.sha256(data).hexdigest()}]
        (folder / "manifest.json").write_text(json.dumps({"submitted_at": SUBMITTED_AT, "files": listed}))
    return folder


def check_json(capsys, path: Path, *extra: str) -> Report:
    code = main(["check", str(path), "--format", "json", *extra])
    out = capsys.readouterr().out
    assert code == 0
    raw = json.loads(out)
    return Report.model_validate(raw)


def statuses(report: Report) -> dict[str, str]:
    result: dict[str, str] = {}
    for c in report.checks:
        result[c.code] = "fail" if "fail" in (result.get(c.code), c.status) else c.status
    return result


def test_check_folder_json(tmp_path, capsys):
    folder = write_bundle(tmp_path, application())
    code = main(["check", str(folder), "--format", "json"])
    captured = capsys.readouterr()
    assert code == 0
    raw = json.loads(captured.out)
    report = Report.model_validate(raw)
    assert raw["schema_version"] == "1"
    assert raw["revision"] == 1
    assert raw["agency"] == "health"
    assert raw["changes_since_previous"] is None
    assert raw["deadlines"] == {"received": "2026-03-02", "review_due": "2026-03-17"}
    assert raw["bundle"]["received_at"] == SUBMITTED_AT
    assert raw["bundle"]["key"] == str(folder)
    assert re.fullmatch(r"[0-9a-f]{64}", raw["bundle"]["sha256"])
    assert raw["outcome"] == "incomplete"
    assert set(raw["produced_by"]) >= {"version", "tesseract", "rules"}
    # Without an application_id the application is the applicant BIN plus the system name.
    assert report.application_id.startswith(APPLICANT_BIN)

    [doc] = report.documents
    assert doc.type == "application" and doc.file == "application.json" and doc.text_source == "json"
    assert doc.sha256 == hashlib.sha256((folder / "application.json").read_bytes()).hexdigest()
    assert doc.fields["applicant_bin"].value == APPLICANT_BIN
    assert doc.fields["applicant_name"].value == "ТОО «Дата Сапа»"
    assert doc.fields["application_date"].value == "2026-03-02"

    s = statuses(report)
    assert s["DOC-01"] == "pass"
    assert s["DOC-02"] == "fail"  # no proof of IP rights
    assert s["DOC-03"] == "fail"  # no audit
    assert s["BND-02"] == "pass"  # the manifest matches
    assert s["FLD-02"] == "pass"
    assert sorted(report.failing_codes()) == ["DOC-02", "DOC-03", "DOC-04"]


def test_manifest_application_id_is_used(tmp_path, capsys):
    folder = write_bundle(tmp_path, application())
    manifest = json.loads((folder / "manifest.json").read_text())
    (folder / "manifest.json").write_text(json.dumps({**manifest, "application_id": "HLT-2026-0042"}))
    assert check_json(capsys, folder).application_id == "HLT-2026-0042"


def test_check_zip_and_single_file(tmp_path, capsys):
    folder = write_bundle(tmp_path, application())
    archive = tmp_path / "health" / "datasapa.zip"
    with zipfile.ZipFile(archive, "w") as z:
        for p in folder.iterdir():
            z.write(p, p.name)
    from_zip = check_json(capsys, archive)
    assert from_zip.bundle.sha256 == hashlib.sha256(archive.read_bytes()).hexdigest()
    assert from_zip.deadlines.received == "2026-03-02"
    assert from_zip.outcome == "incomplete"

    single = check_json(capsys, folder / "application.json", "--agency", "finance")
    assert single.agency == "finance"
    assert [d.type for d in single.documents] == ["application"]
    assert statuses(single)["BND-02"] == "not_applicable"


def test_bad_sha_in_manifest_is_reported(tmp_path, capsys):
    folder = write_bundle(tmp_path, application())
    (folder / "application.json").write_text(json.dumps(application(system_version="2.2")))
    report = check_json(capsys, folder)
    assert statuses(report)["BND-02"] == "fail"
    assert report.outcome == "incomplete"


def test_unreadable_zip_exits_zero_with_unprocessable(tmp_path, capsys):
    bad = tmp_path / "health" / "broken.zip"
    bad.parent.mkdir()
    bad.write_bytes(b"this is not a zip")
    report = check_json(capsys, bad)
    assert report.outcome == "unprocessable"
    assert report.failing_codes() == ["BND-01"]
    assert report.documents == []


def test_invalid_bin_in_portal_export(tmp_path, capsys):
    wrong = APPLICANT_BIN[:11] + str((int(APPLICANT_BIN[11]) + 1) % 10)
    report = check_json(capsys, write_bundle(tmp_path, application(applicant_bin=wrong)))
    assert statuses(report)["FLD-02"] == "fail"
    [finding] = [c for c in report.checks if c.code == "FLD-02"]
    assert finding.evidence[0].file == "application.json"
    assert finding.evidence[0].field == "applicant_bin"


def test_missing_path_exits_2(tmp_path, capsys):
    code = main(["check", str(tmp_path / "nowhere.zip"), "--format", "json"])
    captured = capsys.readouterr()
    assert code == 2
    assert captured.out == ""
    assert "nowhere.zip" in captured.err


def test_several_bundles_are_written_one_report_each_in_the_order_given(tmp_path, capsys):
    wrong_bin = APPLICANT_BIN[:-1] + str((int(APPLICANT_BIN[-1]) + 1) % 10)
    good = write_bundle(tmp_path, application(), name="good")
    bad = write_bundle(tmp_path, application(applicant_bin=wrong_bin), name="bad")
    archive = tmp_path / "zipped.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for f in good.iterdir():
            zf.write(f, f.name)
    out = tmp_path / "reports"
    assert main(["check", str(bad), str(archive), str(good), "--out", str(out)]) == 0
    lines = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    written = [out / "bad.json", out / "zipped.json", out / "good.json"]
    assert [(Path(path), Path(target)) for path, _, target in lines] == list(
        zip([bad, archive, good], written, strict=True)
    )
    reports = [Report.model_validate_json(p.read_text(encoding="utf-8")) for p in written]
    assert [r.bundle.key for r in reports] == [str(bad), str(archive), str(good)]
    assert [outcome for _, outcome, _ in lines] == [r.outcome for r in reports]
    assert statuses(reports[0])["FLD-02"] == "fail" and statuses(reports[2])["FLD-02"] != "fail"


def test_one_bundle_with_out_is_the_report_check_prints(tmp_path, capsys):
    folder = write_bundle(tmp_path, application())
    printed = check_json(capsys, folder)
    out = tmp_path / "reports"
    assert main(["check", str(folder), "--out", str(out), "--format", "html", "--lang", "en"]) == 0
    assert main(["check", str(folder), "--out", str(out)]) == 0
    assert Report.model_validate_json((out / "datasapa.json").read_text(encoding="utf-8")) == printed
    assert 'lang="en"' in (out / "datasapa.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("names", "out", "said"),
    [
        (["one", "two"], False, "several bundles need --out"),
        (["one", "missing"], True, "missing: no such file or folder"),
    ],
)
def test_several_bundles_are_refused_before_any_is_read(tmp_path, capsys, names, out, said):
    paths = [write_bundle(tmp_path, application(), name=n) if n != "missing" else tmp_path / n for n in names]
    extra = ["--out", str(tmp_path / "reports")] if out else []
    assert main(["check", *map(str, paths), *extra]) == 2
    captured = capsys.readouterr()
    assert said in captured.err and captured.out == ""
    assert not (tmp_path / "reports").exists()


def test_two_bundles_of_one_name_are_refused(tmp_path, capsys):
    first = write_bundle(tmp_path, application())
    second = write_bundle(tmp_path / "finance", application())
    assert first.name == second.name
    assert main(["check", str(first), str(second), "--out", str(tmp_path / "reports")]) == 2
    assert "datasapa.json" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [["check"], ["check", ".", "--format", "xml"], ["frobnicate"], []])
def test_wrong_command_line_exits_non_zero(argv, capsys):
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2
    assert capsys.readouterr().out == ""


HOSTILE = "<script>alert(1)</script>{{ 7*7 }}"


def test_html_escapes_document_text(tmp_path, capsys):
    folder = write_bundle(tmp_path, application(applicant_name=HOSTILE))
    assert main(["check", str(folder), "--format", "html"]) == 0
    html = capsys.readouterr().out
    assert html.lstrip().startswith("<!DOCTYPE html>")
    assert "<script" not in html.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "{{ 7*7 }}" in html  # shown as text, never evaluated
    # Digests and the bundle's path (pytest's "pytest-249", one day) may hold a 49 of their own.
    without_digests = re.sub(r"[0-9a-f]{64}", "", html.replace(str(tmp_path), ""))
    assert "49" not in without_digests
    assert "2026-03-17" in html  # the review deadline is shown


def test_html_language(tmp_path, capsys):
    folder = write_bundle(tmp_path, application())
    main(["check", str(folder), "--format", "html", "--lang", "en"])
    english = capsys.readouterr().out
    main(["check", str(folder), "--format", "html", "--lang", "kk"])
    kazakh = capsys.readouterr().out
    assert "Incomplete" in english and 'lang="en"' in english
    assert "Топтама толық емес" in kazakh and 'lang="kk"' in kazakh


def test_json_keeps_hostile_text_verbatim(tmp_path, capsys):
    report = check_json(capsys, write_bundle(tmp_path, application(applicant_name=HOSTILE)))
    assert report.documents[0].fields["applicant_name"].value == HOSTILE


def test_schema_is_current(capsys):
    assert main(["schema"]) == 0
    printed = capsys.readouterr().out
    committed = SCHEMA_PATH.read_text(encoding="utf-8")
    assert SCHEMA_PATH == REPO / "schemas" / "report.schema.json"
    assert printed == committed
    assert json.loads(printed) == Report.model_json_schema()


def test_console_script(tmp_path):
    folder = write_bundle(tmp_path, application())
    script = Path(sys.prefix) / "bin" / "trustlist"
    if not script.exists():
        script = REPO / ".venv" / "bin" / "trustlist"
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRUSTLIST_")}
    done = subprocess.run(
        [str(script), "check", str(folder), "--format", "json"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    report = Report.model_validate_json(done.stdout)
    assert report.outcome == "incomplete"
    assert report.deadlines.review_due == "2026-03-17"

    missing = subprocess.run(
        [str(script), "check", str(tmp_path / "missing")],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
        env=env,
        check=False,
    )
    assert missing.returncode == 2


def test_html_shows_the_evidence_of_a_failing_field_as_a_crop_of_its_page(capsys):
    from sample_docs.evaluate import BUNDLES

    assert main(["check", str(BUNDLES / "health" / "11-shipa-bad-bin"), "--format", "html"]) == 0
    html = capsys.readouterr().out
    crops = re.findall(r'<img[^>]+src="data:image/png;base64,([A-Za-z0-9+/=]+)"', html)
    assert crops, "no evidence crop in the report"
    image = Image.open(io.BytesIO(base64.b64decode(crops[0])))
    assert image.width > 100 and image.height > 20
