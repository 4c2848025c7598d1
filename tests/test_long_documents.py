"""A long document is read in bounded pieces wherever a library has a length limit, a
document past the configured character limit gets a warning instead of an exception, and
whatever one file's reader raises is that file's BND-06 finding, not the bundle's end."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest

import trustlist.extractors.phrases as phrases
from tests.test_hostile_pdfs import text_pdf
from trustlist.cli import main
from trustlist.compose.process import Pipeline
from trustlist.core.models import BundleFile, FileText, Line, Page, Word
from trustlist.core.settings import Settings
from trustlist.extractors.document import documents_from
from trustlist.extractors.phrases import PhraseIndex, pieces
from trustlist.extractors.text import read_file

DESCRIPTION_LINES = [
    "Техническая документация. Описание системы искусственного интеллекта",
    "1. Назначение системы: поддержка врача при чтении снимков",
    "2. Функции системы: разметка очагов и отчёт",
    "3. Используемые данные: обезличенные снимки пациентов",
    "4. Управление рисками: журнал ошибок, пересмотр модели",
    "5. Контроль человеком: врач утверждает каждое заключение",
]


def page_of(number: int, lines: list[str]) -> Page:
    return Page(
        number=number,
        width=595.0,
        height=842.0,
        source="text_layer",
        lines=[
            Line(
                words=[
                    Word(text=w, bbox=(10.0 * i, 12.0 * row, 10.0 * i + 9, 12.0 * row + 10))
                    for i, w in enumerate(text.split())
                ]
            )
            for row, text in enumerate(lines)
        ],
    )


def test_pieces_cover_the_text_at_word_boundaries_and_overlap(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(phrases, "MATCH_PIECE_CHARS", 500)
    monkeypatch.setattr(phrases, "MATCH_OVERLAP_CHARS", 60)
    text = " ".join(f"слово{i}" for i in range(2_000))
    found = list(pieces(text))
    assert len(found) > 10 and found[0][0] == 0 and found[-1][1].endswith("слово1999")
    for (start, piece), (next_start, _) in zip(found, found[1:], strict=False):
        assert len(piece) <= 500
        assert start + len(piece) - next_start >= 60  # the overlap
        assert text[start + len(piece)] in " \n" and text[next_start] in " \n"
    covered = set()
    for start, piece in found:
        assert text[start : start + len(piece)] == piece
        covered.update(range(start, start + len(piece)))
    assert covered == set(range(len(text)))


def test_phrases_across_a_piece_boundary_are_found_once(monkeypatch: pytest.MonkeyPatch):
    index = PhraseIndex({"system_name": ["название системы"], "name": ["название"]})
    text = " ".join(["прочий текст"] * 300 + ["название системы"] + ["прочий текст"] * 300 + ["название"])
    whole = index.find(text)
    monkeypatch.setattr(phrases, "MATCH_PIECE_CHARS", 400)
    monkeypatch.setattr(phrases, "MATCH_OVERLAP_CHARS", 50)
    assert index.find(text) == whole
    assert [h.key for h in whole] == ["system_name", "name"]


@pytest.mark.slow
def test_a_document_over_spacys_length_limit_is_classified():
    """1.3 million characters: spaCy alone refuses the text with E088."""
    filler = "Раздел документации содержит подробное описание работы модулей системы и их настроек " * 6
    pages = [page_of(1, DESCRIPTION_LINES)] + [page_of(n, [filler] * 40) for n in range(2, 62)]
    text = FileText(file="manual.pdf", sha256="0" * 64, kind="pdf", pages=pages)
    assert len(text.text) > 1_000_000
    (document,) = documents_from(text)
    assert document.type == "system_description"
    assert {"purpose", "functions", "data", "risk_management", "human_oversight"} <= set(document.fields)


def test_the_character_limit_leaves_later_pages_unread_with_a_warning(tmp_path: Path, capsys):
    data = text_pdf(pages=6)
    settings = Settings(max_chars_per_document=200)
    result = read_file(
        BundleFile(name="long.pdf", data=data, size=len(data), sha256=hashlib.sha256(data).hexdigest()),
        settings.reading,
        Pipeline(settings).engine,
    )
    per_page = len(result.pages[0].text)
    assert len(result.pages) == 200 // per_page
    assert result.warnings == [
        f"more than 200 characters of text; only the first {len(result.pages)} of 6 pages were read"
    ]
    assert result.problem is None


def test_a_failing_reader_costs_only_its_file(tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch):
    """One reader raises an error nobody foresaw: that file is BND-06 with the error's class,
    the bundle's other files are read and reported, and `check` exits 0."""
    from trustlist.extractors import text

    real = text.read_pdf

    def broken_for_one(data: bytes, *args):
        if b"BROKEN" in data:
            raise ZeroDivisionError("a reader's own bug")
        return real(data, *args)

    monkeypatch.setattr(text, "read_pdf", broken_for_one)
    bundle = tmp_path / "health" / "two.zip"
    bundle.parent.mkdir(parents=True)
    with zipfile.ZipFile(bundle, "w") as archive:
        archive.writestr("application.pdf", text_pdf())
        archive.writestr("certificate.pdf", text_pdf() + b"\n%BROKEN\n")
    assert main(["check", str(bundle), "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    documents = {d["file"]: d for d in report["documents"]}
    assert documents["application.pdf"]["type"] == "application"
    bnd06 = next(c for c in report["checks"] if c["code"] == "BND-06")
    assert bnd06["status"] == "fail"
    assert [e["file"] for e in bnd06["evidence"]] == ["certificate.pdf"]
    assert "ZeroDivisionError" in json.dumps(bnd06, ensure_ascii=False)
