"""A document's language from its letters: ru, kk, en or mixed."""

from __future__ import annotations

import re

from trustlist.core.models import Language

_KAZAKH_ONLY = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
_KAZAKH_WORDS = re.compile(r"\b(және|туралы|бойынша|жылғы|үшін|немесе|болып|табылады|жүйесі|күні)\b", re.I)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z]")

# Share of Kazakh-only letters among Cyrillic ones above which a text is Kazakh:
# Kazakh prose has 5-10%; Russian text quoting a Kazakh name stays under 1%.
KAZAKH_LETTER_SHARE = 0.02
# Share of the minority script above which a document is mixed.
MIXED_SHARE = 0.25


def detect_language(text: str) -> Language:
    cyrillic = len(_CYRILLIC.findall(text))
    latin = len(_LATIN.findall(text))
    if cyrillic + latin < 20:
        return "unknown"
    kazakh = sum(1 for c in text if c in _KAZAKH_ONLY)
    is_kazakh = cyrillic and (
        kazakh / cyrillic >= KAZAKH_LETTER_SHARE or len(_KAZAKH_WORDS.findall(text)) >= 3
    )
    latin_share = latin / (cyrillic + latin)
    if MIXED_SHARE <= latin_share <= 1 - MIXED_SHARE:
        return "mixed"
    if latin_share > 1 - MIXED_SHARE:
        return "en"
    return "kk" if is_kazakh else "ru"
