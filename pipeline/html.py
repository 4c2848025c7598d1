"""The reviewer's HTML rendering of a report: one self-contained, autoescaped page."""

from __future__ import annotations

from functools import cache

from pipeline.report import Report

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


@cache
def _environment():
    from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

    # Autoescape everything: document text is attacker-controlled (``<script>``, ``{{ }}``).
    return Environment(
        loader=PackageLoader("pipeline", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
    )


def render_html(report: Report, language: str = "ru") -> str:
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {LANGUAGES}")
    order = {"fail": 0, "not_applicable": 2, "pass": 1}
    checks = sorted(
        report.checks,
        key=lambda c: (order[c.status], c.severity != "blocking", c.code),
    )
    return (
        _environment()
        .get_template("report.html.j2")
        .render(
            report=report,
            lang=language,
            outcome_words=OUTCOME_WORDS[report.outcome],
            blocking=[c for c in checks if c.status == "fail" and c.severity == "blocking"],
            warnings=[c for c in checks if c.status == "fail" and c.severity == "warning"],
            passed=[c for c in checks if c.status != "fail"],
        )
    )
