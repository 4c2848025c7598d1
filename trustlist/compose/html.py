"""The reviewer's HTML rendering of a report: one self-contained, autoescaped page.

All three languages are in the page; a CSS-only switch (radio buttons) shows one, so
the page needs no script at all and the web app can serve it under a policy that
forbids scripts. Evidence is shown as a crop of the original page with the field's
box drawn on it, embedded as a PNG ``data:`` URI: the file stays self-contained.
"""

from __future__ import annotations

import base64
import io
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from importlib.resources import files as package_files
from pathlib import PurePosixPath

from markupsafe import Markup
from PIL import Image, ImageDraw

from trustlist.core.errors import DocumentError
from trustlist.core.keys import archive_prefix
from trustlist.core.models import BBox, Bundle, suffix
from trustlist.core.report import CheckResult, Evidence, Report
from trustlist.core.settings import ReadingOptions, Settings
from trustlist.extractors.pageimages import CROP_MAX_WIDTH, PageImages, Rendered, for_crops
from trustlist.extractors.text import IMAGE_SUFFIXES, PageRenderer, image_frames
from trustlist.intake import bundle as bundles
from trustlist.intake.storage import ObjectStore

LANGUAGES = ("ru", "kk", "en")
OUTCOME_WORDS = {
    "complete": {"ru": "Пакет полный", "kk": "Топтама толық", "en": "Complete"},
    "incomplete": {"ru": "Пакет неполный", "kk": "Топтама толық емес", "en": "Incomplete"},
    "inconsistent": {
        "ru": "Документы противоречат друг другу",
        "kk": "Құжаттар бір-біріне қайшы",
        "en": "Inconsistent",
    },
    "unprocessable": {"ru": "Пакет не читается", "kk": "Топтама оқылмайды", "en": "Unprocessable"},
}
# What each outcome means for the reviewer's next step, in plain words.
OUTCOME_MEANING = {
    "complete": {
        "ru": "Все обязательные проверки пройдены; можно принимать решение о включении в перечень.",
        "kk": "Барлық міндетті тексерулерден өтті; тізімге енгізу туралы шешім қабылдауға болады.",
        "en": "Every blocking check passed; the application can be decided on.",
    },
    "incomplete": {
        "ru": "Не хватает документов или обязательных сведений, либо файл не читается.",
        "kk": "Құжаттар немесе міндетті мәліметтер жетіспейді, не файл оқылмайды.",
        "en": "Documents or required details are missing, or a file cannot be read.",
    },
    "inconsistent": {
        "ru": "Документы на месте, но сведения в них не сходятся или не соответствуют требованиям.",
        "kk": "Құжаттар бар, бірақ олардағы мәліметтер сәйкес келмейді немесе талаптарға сай емес.",
        "en": "The documents are there, but they disagree with each other or fail a requirement.",
    },
    "unprocessable": {
        "ru": "Пакет не удалось прочитать: его нужно запросить заново.",
        "kk": "Топтаманы оқу мүмкін болмады: оны қайта сұрау қажет.",
        "en": "The bundle could not be read at all and must be requested again.",
    },
}
UI = {
    "days_left": {"ru": "Осталось рабочих дней", "kk": "Қалған жұмыс күндері", "en": "Working days left"},
    "overdue": {
        "ru": "Срок рассмотрения истёк, рабочих дней назад",
        "kk": "Қарау мерзімі өтті, жұмыс күні бұрын",
        "en": "Review overdue by working days",
    },
    "received": {"ru": "Получено", "kk": "Алынды", "en": "Received"},
    "review_due": {"ru": "Срок рассмотрения", "kk": "Қарау мерзімі", "en": "Review due"},
    "revision": {"ru": "редакция", "kk": "нұсқа", "en": "revision"},
    "blocking": {"ru": "Препятствующие нарушения", "kk": "Кедергі келтіретін бұзушылықтар", "en": "Blocking"},
    "warnings": {"ru": "Предупреждения", "kk": "Ескертулер", "en": "Warnings"},
    "passed": {"ru": "Проверено", "kk": "Тексерілді", "en": "Checked"},
    "none": {"ru": "нет", "kk": "жоқ", "en": "none"},
    "code": {"ru": "код", "kk": "код", "en": "code"},
    "status": {"ru": "статус", "kk": "мәртебе", "en": "status"},
    "message": {"ru": "результат", "kk": "нәтиже", "en": "finding"},
    "evidence": {"ru": "основание", "kk": "негіздеме", "en": "evidence"},
    "page": {"ru": "стр.", "kk": "бет", "en": "p."},
    "documents": {"ru": "Документы", "kk": "Құжаттар", "en": "Documents"},
    "file": {"ru": "файл", "kk": "файл", "en": "file"},
    "type": {"ru": "тип", "kk": "түрі", "en": "type"},
    "language": {"ru": "язык", "kk": "тілі", "en": "language"},
    "pages": {"ru": "страниц", "kk": "беттер", "en": "pages"},
    "text_source": {"ru": "источник текста", "kk": "мәтін көзі", "en": "text source"},
    "ocr_confidence": {"ru": "уверенность OCR", "kk": "OCR сенімділігі", "en": "OCR confidence"},
    "fields": {"ru": "сведения", "kk": "мәліметтер", "en": "fields"},
    "changes": {
        "ru": "Изменения с редакции",
        "kk": "Нұсқадан бергі өзгерістер",
        "en": "Changes since revision",
    },
    "added": {"ru": "добавлен", "kk": "қосылды", "en": "added"},
    "removed": {"ru": "удалён", "kk": "алынды", "en": "removed"},
    "replaced": {"ru": "заменён", "kk": "ауыстырылды", "en": "replaced"},
    "no_crop": {
        "ru": "изображение страницы недоступно",
        "kk": "бет суреті қолжетімсіз",
        "en": "page image unavailable",
    },
    "waived": {"ru": "снята экспертом", "kk": "сарапшы алып тастады", "en": "waived by a reviewer"},
    "report_version": {"ru": "версия отчёта", "kk": "есеп нұсқасы", "en": "report version"},
    "corrected": {"ru": "исправлено экспертом", "kk": "сарапшы түзеткен", "en": "corrected by"},
    "machine_read": {"ru": "машина прочла", "kk": "машина оқығаны", "en": "the machine read"},
}
STATUS_WORDS = {
    "pass": {"ru": "пройдена", "kk": "өтті", "en": "pass"},
    "fail": {"ru": "не пройдена", "kk": "өтпеді", "en": "fail"},
    "not_applicable": {"ru": "неприменима", "kk": "қолданылмайды", "en": "not applicable"},
}

CropKey = tuple[str, int, BBox]
# Evidence crops are for the failed checks a reviewer decides on; a report with more
# boxed findings than this shows the rest as text, so one page stays a few MB at most.
MAX_CROPS = 40
CROP_DPI = 150


@dataclass(frozen=True)
class EvidenceView:
    evidence: Evidence
    crop: str | None  # data: URI of the PNG crop, or None when there is no box or no file


@dataclass(frozen=True)
class CheckView:
    check: CheckResult
    evidence: list[EvidenceView]
    waiver: str | None = None  # the reviewer's justification, when the check is waived


@cache
def _environment():
    from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

    # Autoescape everything: document text is attacker-controlled (``<script>``, ``{{ }}``).
    return Environment(
        loader=PackageLoader("trustlist.compose", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
    )


@cache
def report_css() -> Markup:
    """The report's style sheet, for pages that embed the report fragment."""
    return Markup(
        package_files("trustlist.compose").joinpath("templates/report.css").read_text(encoding="utf-8")
    )


def render_html(
    report: Report,
    language: str = "ru",
    crops: Mapping[CropKey, str] | None = None,
    working_days_left: int | None = None,
    waivers: Mapping[str, str] | None = None,
) -> str:
    """The whole report as one HTML document; without ``crops`` evidence is shown as text only;
    ``waivers`` are the reviewers' justifications of the blocking checks they waived, by code."""
    fragment = render_fragment(report, language, crops, working_days_left, waivers)
    return (
        _environment()
        .get_template("report.html.j2")
        .render(
            report=report,
            lang=language,
            outcome_words=OUTCOME_WORDS[report.outcome],
            css=report_css(),
            body=fragment,
        )
    )


def render_fragment(
    report: Report,
    language: str = "ru",
    crops: Mapping[CropKey, str] | None = None,
    working_days_left: int | None = None,
    waivers: Mapping[str, str] | None = None,
) -> Markup:
    """The report's body (language switch included) for embedding in another page."""
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {LANGUAGES}")
    order = {"fail": 0, "pass": 1, "not_applicable": 2}
    checks = sorted(report.checks, key=lambda c: (order[c.status], c.severity != "blocking", c.code))
    failed = [c for c in checks if c.status == "fail"]
    html = (
        _environment()
        .get_template("report_body.html.j2")
        .render(
            report=report,
            lang=language,
            langs=LANGUAGES,
            ui=UI,
            status_words=STATUS_WORDS,
            outcome_words=OUTCOME_WORDS[report.outcome],
            outcome_meaning=OUTCOME_MEANING[report.outcome],
            days_left=working_days_left,
            blocking=[
                _view(c, crops or {}, (waivers or {}).get(c.code)) for c in failed if c.severity == "blocking"
            ],
            warnings=[_view(c, crops or {}) for c in failed if c.severity == "warning"],
            passed=[_view(c, {}) for c in checks if c.status != "fail"],
        )
    )
    return Markup(html)


def _view(check: CheckResult, crops: Mapping[CropKey, str], waiver: str | None = None) -> CheckView:
    views = []
    for e in check.evidence:
        key = crop_key(e)
        views.append(EvidenceView(e, crops.get(key) if key else None))
    return CheckView(check, views, waiver)


# --- evidence crops ----------------------------------------------------------------


def crop_key(e: Evidence) -> CropKey | None:
    if e.file is None or e.page is None or e.bbox is None:
        return None
    return (e.file, e.page, e.bbox)


def crop_keys(report: Report) -> list[CropKey]:
    """The boxes worth a crop: those of failed checks, blocking first, each once."""
    order = sorted(
        (c for c in report.checks if c.status == "fail"), key=lambda c: (c.severity != "blocking", c.code)
    )
    keys = dict.fromkeys(k for c in order for k in map(crop_key, c.evidence) if k is not None)
    return list(keys)[:MAX_CROPS]


def evidence_crops(
    report: Report, files: Mapping[str, bytes], options: ReadingOptions, kept: PageImages | None = None
) -> dict[CropKey, str]:
    """A PNG ``data:`` URI per evidence box of a failed check whose file is in ``files``.

    A page is rendered once for all of its boxes, and not at all when ``kept``, the pages
    OCR read of the report's bundle (extractors/pageimages.py), still holds it; ``kept`` is
    emptied once the crops are cut. A page is let go as soon as its boxes are cut, so a
    report on a long scan holds one page image at a time. A page that cannot be rendered
    gets no crop; its evidence is still shown as text.
    """
    boxes: dict[str, dict[int, list[BBox]]] = {}
    for name, page, box in crop_keys(report):
        if name in files:
            boxes.setdefault(name, {}).setdefault(page, []).append(box)
    digests = {d.file: d.sha256 for d in report.documents}
    crops: dict[CropKey, str] = {}
    for name, by_page in boxes.items():
        pages = pages_for_crops(name, files[name], digests.get(name), sorted(by_page), options, kept)
        for page, rendered in pages:
            if rendered is not None:
                crops.update({(name, page, b): data_uri(highlight(*rendered, b)) for b in by_page[page]})
    if kept is not None:
        kept.clear()  # the report is made: its pages are needed no more
    return crops


def pages_for_crops(
    name: str,
    data: bytes,
    digest: str | None,
    pages: list[int],
    options: ReadingOptions,
    kept: PageImages | None,
) -> Iterator[tuple[int, Rendered | None]]:
    """Each of ``pages`` (1-based, ascending) of one file, one at a time: the image OCR
    read when ``kept`` still holds it, else rendered now."""
    missing = []
    for page in pages:
        found = kept.take(digest, page) if kept is not None and digest else None
        if found is None:
            missing.append(page)
        else:
            yield page, found
    yield from render_pages(name, data, missing, options)


def render_pages(
    name: str, data: bytes, pages: list[int], options: ReadingOptions
) -> Iterator[tuple[int, Rendered | None]]:
    """Pages (1-based, ascending) of a PDF or image file, rendered for crops: a PDF is
    opened once and an image's frames decoded in one pass, however many pages are asked
    for. A page that cannot be rendered is None."""
    if not pages:
        return
    kind = suffix(name)
    if kind == ".pdf":
        renderer = PageRenderer(data, options.model_copy(update={"ocr_dpi": CROP_DPI}))
        try:
            for page in pages:
                yield page, _guarded(_pdf_page, renderer, page)
        finally:
            renderer.close()
    elif kind in IMAGE_SUFFIXES:
        frames = image_frames(data, options, [])
        for page in pages:  # ascending: each search goes on from the frame the last one reached
            yield page, _guarded(_frame, frames, page)
    else:
        yield from ((page, None) for page in pages)


def _pdf_page(renderer: PageRenderer, page: int) -> Rendered:
    return for_crops(*renderer.render(page - 1))


def _frame(frames: Iterator[tuple[int, Image.Image]], page: int) -> Rendered | None:
    found = next((image for number, image in frames if number == page), None)
    return for_crops(found, 1.0) if found is not None else None


def _guarded(render: Callable[..., Rendered | None], *args: object) -> Rendered | None:
    try:
        return render(*args)
    except DocumentError:
        return None
    except Exception:  # noqa: BLE001 - pdfium and Pillow parse an untrusted archived file here and
        # raise nearly anything on a malformed one; a missing crop must never cost the reviewer the page.
        return None


def highlight(image: Image.Image, units_per_pixel: float, box: BBox) -> Image.Image:
    """A strip of the page around ``box``, the box outlined and shaded.

    The strip spans the page's width: the label of a value is often at the other
    side of a form, and the reviewer needs it to judge the value.
    """
    x0, top, x1, bottom = (v / units_per_pixel for v in box)
    pad = 3 * max(bottom - top, 8.0)
    left, right = 0, image.width
    upper, lower = max(0, int(top - pad)), min(image.height, int(bottom + pad) + 1)
    if lower <= upper:  # a box outside the page: show the whole page
        upper, lower = 0, image.height
    crop = image.crop((left, upper, right, lower)).convert("RGB")  # the strip, not the page, converted
    shade = Image.new("RGBA", crop.size, (0, 0, 0, 0))
    rect = (x0 - left - 3, top - upper - 3, x1 - left + 3, bottom - upper + 3)
    ImageDraw.Draw(shade).rectangle(rect, fill=(255, 214, 0, 70), outline=(211, 47, 47, 255), width=3)
    crop = Image.alpha_composite(crop.convert("RGBA"), shade).convert("RGB")
    if crop.width > CROP_MAX_WIDTH:
        crop = crop.resize((CROP_MAX_WIDTH, max(1, round(crop.height * CROP_MAX_WIDTH / crop.width))))
    return crop


def data_uri(image: Image.Image) -> str:
    # The fastest zlib level: the 22 crops of the throughput benchmark's scans took 93 ms
    # each with optimize=True, a tenth of a second per scanned page of the flow, and 5 ms
    # at level 1, for 96 KiB a crop instead of 91 (2026-11-27).
    out = io.BytesIO()
    image.save(out, format="PNG", compress_level=1)
    return "data:image/png;base64," + base64.b64encode(out.getvalue()).decode("ascii")


def archived_files(store: ObjectStore, settings: Settings, report: Report) -> dict[str, bytes]:
    """The report's files by name, read back from the archive the way the inbox read them."""
    bundle = archived_bundle(store, settings, report)
    return {f.name: f.data for f in bundle.files} if bundle else {}


def archived_bundle(store: ObjectStore, settings: Settings, report: Report) -> Bundle | None:
    """The report's bundle read back from the archive, or None when it is not there.

    The archive keeps the inbox objects under ``<bundle sha256>/<inbox key>``: one zip,
    a folder's files, or one document. Reading them with the same bundle code gives
    the same bundle as the inbox did: file names (nested zips expanded, names made safe),
    problems and manifest.
    """
    key = report.bundle.key
    prefix = archive_prefix(report.bundle.sha256)
    if key.endswith("/"):
        keys = [info.key for info in store.list(settings.bucket_archive, prefix + key)]
        entries = [
            bundles.RawEntry(k.removeprefix(prefix + key), store.get(settings.bucket_archive, k))
            for k in keys
        ]
        return bundles.from_entries(key, report.agency, entries, _received(report), settings)
    if not store.exists(settings.bucket_archive, prefix + key):
        return None
    return _single(key, report, store.get(settings.bucket_archive, prefix + key), settings)


def _single(key: str, report: Report, data: bytes, settings: Settings) -> Bundle:
    if suffix(key) == ".zip":
        return bundles.from_zip(key, report.agency, data, _received(report), settings)
    entry = bundles.RawEntry(PurePosixPath(key).name, data)
    return bundles.assemble(
        key, report.agency, report.bundle.sha256, [entry], _received(report), settings.timezone
    )


def _received(report: Report) -> datetime:
    return datetime.fromisoformat(report.bundle.received_at)


def archived_crops(store: ObjectStore, settings: Settings, report: Report) -> dict[CropKey, str]:
    """Evidence crops cut from the archived originals of the report's bundle."""
    return evidence_crops(report, archived_files(store, settings, report), settings.reading)
