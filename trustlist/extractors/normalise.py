"""Normalising text for matching without moving a single character.

Every function here maps one character to one character, so a span found in the
normalised text is the same span in the original: the value and its word boxes
come from the original text, the matching from the normalised one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from itertools import islice, product

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


def latin_misread(word: str, latin_words: Collection[str]) -> str | None:
    """The word of ``latin_words`` (casefolded) that the Cyrillic ``word`` is an OCR misreading
    of, in ``word``'s case: it reads as that word letter for letter through OCR's confusions,
    but not through transliteration («Кегеде» is "Kerege" read with г for r and д for g;
    «Атамекен» is the Russian spelling of "Atameken", not a misreading of it)."""
    folded = word.casefold()
    if transliterate(folded) in latin_words:
        return None
    for latin in latin_words:
        if len(latin) == len(folded) and all(
            c in _MISREAD_AS_LATIN.get(x, "") for c, x in zip(folded, latin, strict=True)
        ):
            return "".join(x.upper() if c.isupper() else x for c, x in zip(word, latin, strict=True))
    return None
