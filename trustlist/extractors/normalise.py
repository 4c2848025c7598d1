"""Normalising text for matching without moving a single character.

Every function here maps one character to one character, so a span found in the
normalised text is the same span in the original: the value and its word boxes
come from the original text, the matching from the normalised one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from itertools import islice, product

from trustlist.core.dates import FOLD_KAZAKH
from trustlist.core.names import transliterate

# Latin letters that OCR and careless typing put inside Cyrillic words.
_LATIN_TO_CYRILLIC = str.maketrans("aceopxykmtbhACEOPXYKMTBH", "асеорхукмтвнАСЕОРХУКМТВН")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_WORD = re.compile(r"\w+")
_SPECK_QUOTE = re.compile(r"(?<=\s)[‘’‚`´](?=[^\W\d_])")
_BRACKET_IN_WORD = re.compile(r"(?<=[^\W\d_])\((?=[^\W\d_]{1,4}\))")


def lower(text: str) -> str:
    # str.lower() can lengthen a character (İ -> i̇); keep those as they are.
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def fix_lookalikes(text: str) -> str:
    """Latin look-alike letters inside a word that has Cyrillic letters become Cyrillic."""

    def fix(match: re.Match[str]) -> str:
        word = match.group()
        return word.translate(_LATIN_TO_CYRILLIC) if _CYRILLIC.search(word) else word

    return _WORD.sub(fix, text)


def for_matching(text: str) -> str:
    """Lower case, look-alikes fixed, ё as е: same length as ``text``."""
    # OCR reads the hard sign of «объект» as a soft one; same length, so offsets hold.
    out = fix_lookalikes(lower(text)).replace("ё", "е").replace("обьект", "объект")
    # "Author(s):", «Автор(ы)»: a tokenizer keeps "author(s" as one word, which no label
    # matches; a space for the bracket lets "author" match and leaves "(s)" an aside.
    out = _BRACKET_IN_WORD.sub(" ", out)
    # OCR reads specks before a word as quote marks («системы ‘искусственного»).
    out = _SPECK_QUOTE.sub(" ", out)
    assert len(out) == len(text)
    return out


# Latin letters and the Cyrillic ones OCR confuses them with, either way: «БИН» read as
# "BUH", «Система» as "Cuctema"; "Kerege" as «Кегеде». Lower case, as in normalised text.
_MISREAD_AS_LATIN = {
    "a": "а",
    "b": "вбь",
    "c": "с",
    "e": "е",
    "g": "д",
    "h": "н",
    "i": "іи",
    "k": "к",
    "m": "мт",
    "n": "пн",
    "o": "о",
    "p": "р",
    "r": "г",
    "t": "т",
    "u": "и",
    "x": "х",
    "y": "у",
}
_LATIN_WORD = re.compile(r"(?<![^\W\d_])[a-z]{3,}(?![^\W\d_])")
# Readings tried per word: enough for every ambiguous letter of a label word.
_MAX_READINGS = 64


def repair_misreads(norm: str, known: Callable[[str], bool]) -> str:
    """A Latin word that reads as a known Cyrillic vocabulary word, letter for letter,
    becomes that word: OCR took it for Latin. Other Latin words ("Digital", "Trust"), and
    the vocabulary's own ("BIN"), stay.
    Same length as ``norm``."""

    def repair(match: re.Match[str]) -> str:
        word = match.group()
        if known(word) or any(c not in _MISREAD_AS_LATIN for c in word):
            return word  # "bin", "term": Latin words the vocabulary itself uses
        readings = ("".join(r) for r in product(*(_MISREAD_AS_LATIN[c] for c in word)))
        return next((r for r in islice(readings, _MAX_READINGS) if known(r)), word)

    return _LATIN_WORD.sub(repair, norm)


def _misreads() -> dict[str, frozenset[str]]:
    """What OCR reads for a printed character besides itself, in lower case: a Latin
    letter's Cyrillic twins and back, a Kazakh letter's Russian neighbours («Қаржы» read as
    «Каржы», «Сәрсенбаев» as «Сэрсенбаев»), digits for the letters they look like ("5" for
    S) and one quote mark for another."""
    reads: dict[str, set[str]] = {}
    for latin, cyrillic in _MISREAD_AS_LATIN.items():
        reads.setdefault(latin, set()).update(cyrillic)
        for letter in cyrillic:
            reads.setdefault(letter, set()).add(latin)
    for kazakh, russian in FOLD_KAZAKH.items():
        reads.setdefault(chr(kazakh), set()).add(chr(russian))
    for printed, read in {"ә": "эе", "ө": "е", "і": "il1", "һ": "h", "s": "5", "o": "0", "о": "0",
                          "l": "1i", "i": "1l", "з": "3", "б": "6", "b": "һ"}.items():  # fmt: skip
        reads.setdefault(printed, set()).update(read)
    for quote in _QUOTES:
        reads.setdefault(quote, set()).update(_QUOTES)
    return {printed: frozenset(read) for printed, read in reads.items()}


_QUOTES = "\"'«»“”„‘’"
_MISREADS = _misreads()


def misread_of(read: str, printed: str) -> bool:
    """Whether OCR's ``read`` is ``printed`` letter for letter, each letter itself (in any
    case) or one OCR reads in its place."""
    return len(read) == len(printed) and all(
        r == p or lower(r) == lower(p) or lower(r) in _MISREADS.get(lower(p), ())
        for r, p in zip(read, printed, strict=True)
    )


def latin_misread(word: str, latin_words: Collection[str]) -> str | None:
    """The word of ``latin_words`` (casefolded) that the Cyrillic ``word`` is an OCR misreading
    of, in ``word``'s case: it reads as that word letter for letter through OCR's confusions,
    but not through transliteration («Кегеде» is "Kerege" read with г for r and д for g;
    «Атамекен» is the Russian spelling of "Atameken", not a misreading of it)."""
    folded = word.casefold()
    if transliterate(folded) in latin_words:
        return None
    for latin in latin_words:
        if misread_of(folded, latin):
            return "".join(x.upper() if c.isupper() else x for c, x in zip(word, latin, strict=True))
    return None
