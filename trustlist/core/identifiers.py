"""Kazakhstan's 12-digit business and individual identification numbers.

python-stdnum has no BIN/IIN module, so the check digit is ours (SPEC FLD-02):
digits 1-11 times weights 1..11, sum mod 11; if that is 10, weights 3..11,1,2;
if 10 again the number is invalid. The 5th digit is 4-6 in a BIN and 0-3 in an IIN.
"""

from __future__ import annotations

import re
from typing import Literal

_WEIGHTS_1 = list(range(1, 12))
_WEIGHTS_2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]

IdKind = Literal["BIN", "IIN"]


def check_digit(first11: str) -> int | None:
    """The 12th digit for eleven digits, or None when no digit can make them valid."""
    digits = [int(c) for c in first11]
    for weights in (_WEIGHTS_1, _WEIGHTS_2):
        rest = sum(d * w for d, w in zip(digits, weights, strict=True)) % 11
        if rest != 10:
            return rest
    return None


def normalise(raw: str) -> str:
    """Digits only: a BIN is often printed with spaces or dashes between groups."""
    return re.sub(r"\D", "", raw)


def kind(number: str) -> IdKind | None:
    """'BIN' or 'IIN' by the 5th digit, None when it is neither (7-9)."""
    fifth = int(number[4])
    if 4 <= fifth <= 6:
        return "BIN"
    if fifth <= 3:
        return "IIN"
    return None


def problem(raw: str) -> str | None:
    """Why ``raw`` is not a valid BIN/IIN, or None when it is."""
    number = normalise(raw)
    if len(number) != 12:
        return f"expected 12 digits, found {len(number)}"
    if kind(number) is None:
        return f"5th digit {number[4]} is neither a BIN (4-6) nor an IIN (0-3)"
    expected = check_digit(number[:11])
    if expected is None:
        return "no check digit exists for the first 11 digits"
    if expected != int(number[11]):
        return f"check digit is {number[11]}, expected {expected}"
    return None


def is_valid(raw: str) -> bool:
    return problem(raw) is None


def make_bin(first11: str) -> str:
    """Complete eleven digits into a valid number (used by the sample generator and tests)."""
    digit = check_digit(first11)
    if digit is None:
        raise ValueError(f"{first11} has no valid check digit")
    return first11 + str(digit)
