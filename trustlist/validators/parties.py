"""Comparing names and parties across documents (SPEC §4 normalisation).

``match`` says whether two names are the same, differ only by OCR-level noise,
or differ for real; ``same_party`` adds BINs, which decide when both are printed.
"""

from __future__ import annotations

import re
from typing import Literal, cast

from trustlist.core.names import compare_names
from trustlist.core.report import Severity

Match = Literal["same", "noise", "different"]


def match(a: str, b: str) -> Match:
    return cast(Match, str(compare_names(a, b)))


def same_party(name_a: str | None, bin_a: str | None, name_b: str | None, bin_b: str | None) -> Match | None:
    """None when there is nothing to compare."""
    if bin_a and bin_b:
        return "same" if bin_a == bin_b else "different"
    if name_a and name_b:
        return match(name_a, name_b)
    return None


def severity_of_mismatch(result: Match) -> Severity | None:
    """A noise-level difference is reported as a warning, a real one as blocking (SPEC §4)."""
    return {"same": None, "noise": "warning", "different": "blocking"}[result]


def split_people(authors: str) -> list[str]:
    """A certificate's authors as written: "Иванов А.Б., Петров В.Г." -> two names."""
    parts = re.split(r"\s*(?:[,;\n]|\s+и\s+|\s+және\s+|\s+and\s+)\s*", authors)
    return [p.strip() for p in parts if len(p.strip()) > 2]
