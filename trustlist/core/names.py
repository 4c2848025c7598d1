"""Comparing names of organisations and people across documents (SPEC §4).

The same party is written ТОО «Дата Сапа» in the application, "Data Sapa" LLP in
an English audit conclusion and ТОО «Дата Caпa» (Latin C and a) in an OCR'd
certificate. Names are reduced to a *key*: one Latin spelling with the legal
form, quotes, punctuation and case removed, and with the letters that the
usual transliterations disagree on folded together (Қазақ, Kazakh and Qazaq
all become ``kazak``). Equal keys are the ``same`` name; keys that differ by a
few letters in the same words are OCR ``noise`` (a warning); anything else,
including a word added or removed, is ``different`` (blocking).

The key is deliberately lossy: it is a comparison key, never shown to anyone.
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum
from typing import NamedTuple

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein


class NameMatch(StrEnum):
    """How two names compare; a StrEnum, so ``NameMatch.SAME == "same"``."""

    SAME = "same"
    NOISE = "noise"
    DIFFERENT = "different"


# --- thresholds --------------------------------------------------------------
# Two names are OCR noise only when *both* hold:
#
# 1. Every word differs from its counterpart by at most one edit per started
#    8 letters, and words of 3 letters or fewer not at all. OCR on these scans
#    (ENVIRONMENT.md: 2-3 % character errors) drops or confuses about one letter
#    in a word; a short word with one letter changed is usually another word
#    (Sapa/Sat, АО/АҚ), and two edits in a 4-8 letter word are a different word.
# 2. rapidfuzz's ``fuzz.ratio`` (normalised Indel similarity, 0-100) of the two
#    keys is at least NOISE_MIN_RATIO. 80 lets one substituted letter through
#    from 5 letters on (1 - 1/n) and one dropped letter from 3 letters on, and
#    stops several per-word slips from adding up to a different name.
#
# Both were checked against the table of realistic pairs in tests/test_names.py:
# every OCR variant there scores 88.9 or more; rule 1 alone stops most true
# mismatches ("Data Sapa" / "Data Sat": 82.4, but "sat" is a 3-letter word),
# and the ratio stops "Дата Сапа" / "Дана Сала" (77.8), where each word alone
# is within its budget.
NOISE_MIN_RATIO = 80.0
LETTERS_PER_EDIT = 8
MIN_EDITABLE_WORD = 4

# --- scripts -------------------------------------------------------------------
# Latin and Cyrillic letters that look alike; OCR and careless typing mix them
# inside one word ("Caпa" with a Latin C and a).
_LOOKALIKES_LATIN = "ABCEHKMOPTXYaceopxyikhIəɵ"
_LOOKALIKES_CYRILLIC = "АВСЕНКМОРТХУасеорхуікһІәө"
_TO_CYRILLIC = str.maketrans(_LOOKALIKES_LATIN, _LOOKALIKES_CYRILLIC)
_TO_LATIN = str.maketrans(_LOOKALIKES_CYRILLIC, _LOOKALIKES_LATIN)
_WORD_CHARS = re.compile(r"[^\W\d_]+")
# What OCR reading Cyrillic first puts for a Latin word's letters: the twins above, and г
# for r, п for n, т for m, 5 for S («Тегі5сап» for "TeriScan").
_OCR_AS_LATIN = str.maketrans(_LOOKALIKES_CYRILLIC + "гпт5", _LOOKALIKES_LATIN + "rnmS")


def _is_cyrillic(char: str) -> bool:
    return "\u0400" <= char <= "\u04ff"


def _is_latin(char: str) -> bool:
    return (char.isascii() and char.isalpha()) or char in "əɵ"


def fix_lookalikes(text: str) -> str:
    """Every mixed-script word of ``text`` written in one script.

    A word with a Cyrillic letter that has no Latin twin (п, д, л...) is
    Cyrillic; one with a Latin letter that has no Cyrillic twin (d, s, l...)
    is Latin; a word of twins only follows the majority of the whole text.
    """
    cyrillic = sum(map(_is_cyrillic, text))
    latin = sum(map(_is_latin, text))
    default = _TO_CYRILLIC if cyrillic >= latin else _TO_LATIN

    def fix(match: re.Match[str]) -> str:
        word = match.group()
        if not (any(map(_is_cyrillic, word)) and any(map(_is_latin, word))):
            return word
        script = _own_script(word)
        return word.translate(_SCRIPT_TABLES[script] if script else default)

    return _WORD_CHARS.sub(fix, text)


_CYRILLIC, _LATIN = "cyrillic", "latin"
_SCRIPT_TABLES = {_CYRILLIC: _TO_CYRILLIC, _LATIN: _TO_LATIN}


def _own_script(word: str) -> str | None:
    """The script of the word's letters that have no twin in the other one (п, д, л are
    Cyrillic; d, s, l Latin), Cyrillic first; None for a word of twins only ("СТ", "KAA")."""
    if any(_is_cyrillic(c) and c not in _LOOKALIKES_CYRILLIC for c in word):
        return _CYRILLIC
    if any(_is_latin(c) and c not in _LOOKALIKES_LATIN for c in word):
        return _LATIN
    return None


def settle_twin_words(text: str) -> str:
    """``text`` with its mixed words fixed and each word of twins only written in the script
    of the other words, when those share one: OCR has nothing in the letters to choose a
    script by, and reads the "CT" of "MedVision CT" as Cyrillic СТ."""
    text = fix_lookalikes(text)
    scripts = {script for w in _WORD_CHARS.findall(text) if (script := _own_script(w))}
    if len(scripts) != 1:
        return text
    table = _SCRIPT_TABLES[scripts.pop()]
    return _WORD_CHARS.sub(
        lambda m: m.group() if _own_script(m.group()) else m.group().translate(table), text
    )


def twin_readings(word: str) -> tuple[str, str] | None:
    """A word of twin letters only as Latin and as Cyrillic ("КАА": "KAA", "КАА"); None when
    one of its letters says the script."""
    if not _WORD_CHARS.fullmatch(word) or _own_script(word):
        return None
    return word.translate(_TO_LATIN), word.translate(_TO_CYRILLIC)


# One Latin spelling for Russian and Kazakh letters (close to the usual
# passport transliteration); what is left ambiguous is folded by _fold_latin.
_CYRILLIC_TO_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "ә": "a", "ғ": "gh", "қ": "q", "ң": "ng", "ө": "o", "ұ": "u", "ү": "u",
    "һ": "h", "і": "i", "є": "e", "ї": "i",
}  # fmt: skip
_TRANSLITERATE = str.maketrans(_CYRILLIC_TO_LATIN)


def transliterate(word: str) -> str:
    """A Cyrillic word in the one Latin spelling, casefolded (Кегеде: kegede)."""
    return word.casefold().translate(_TRANSLITERATE)


# Latin letters of the Kazakh Latin alphabets that NFKD would flatten wrongly.
_LATIN_SPECIALS = str.maketrans({"ş": "sh", "ç": "ch", "ı": "i", "ə": "a", "ɵ": "o"})

# Pairs that transliterations disagree on, folded to one letter, in order:
# ye/e; щ/shch/sch and ш/sh; ч/ch; ж/zh/j; х/kh/h/k/q (Kazakh ends in қ, the
# English Kazakh in kh, and Kazakh Latin writes х as h: Hasanov ~ Хасанов);
# ғ/gh/g; c before e/i/y is ц
# (Cifra ~ Цифра), other c is k (Telecom ~ Телеком); ц/ts; x/ks; y/i (so
# ya/ia, yu/iu); ң/ng/n; w/v.
_LATIN_FOLDS = [
    # BGN-style "ye" for е at the start of a word or after a vowel (Yerlan, Zhumabayev).
    (re.compile(r"(?:^|(?<=[aeiouy]))ye"), "e"),
    (re.compile(r"shch|sch|sh"), "š"),
    (re.compile(r"ch"), "č"),
    (re.compile(r"zh"), "j"),
    (re.compile(r"([kg])h"), r"\1"),
    (re.compile(r"h"), "k"),
    (re.compile(r"c(?![eiy])"), "k"),
    (re.compile(r"ts"), "c"),
    (re.compile(r"x"), "ks"),
    (re.compile(r"q"), "k"),
    (re.compile(r"y"), "i"),
    (re.compile(r"ng"), "n"),
    (re.compile(r"w"), "v"),
]
_DOUBLED = re.compile(r"(.)\1+")


def _fold_latin(text: str) -> str:
    for pattern, replacement in _LATIN_FOLDS:
        text = pattern.sub(replacement, text)
    return text


def _skeleton(word: str) -> str:
    """A casefolded word in the one Latin spelling used for comparing."""
    latin = word.casefold().translate(_TRANSLITERATE).translate(_LATIN_SPECIALS)
    decomposed = unicodedata.normalize("NFKD", latin)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _fold_latin(plain)


def _word_key(word: str) -> str:
    # Doubled letters are dropped or added by OCR and transliteration alike
    # (Касым/Kassym); they are collapsed only here, after legal forms are
    # recognised, because ТОО and LLP would otherwise lose a letter.
    return _DOUBLED.sub(r"\1", _skeleton(word))


# --- tokens ----------------------------------------------------------------------
_QUOTES = "«»\"“”„‟'‘’‚`"
_APOSTROPHE_IN_WORD = re.compile(r"(?<=[^\W\d_])['’ʼ](?=[^\W\d_])")
_TOKEN = re.compile(r"([^\W_]+)(\.?)")
_ALNUM_WORD = re.compile(r"[^\W_]+")


class _Token(NamedTuple):
    text: str  # as written (after the look-alike fix), case kept
    quoted: bool  # inside the quoted part of the name: never a legal form
    dotted: bool  # followed by a full stop (initials)


def _zero_as_letter(match: re.Match[str]) -> str:
    # OCR reads the letter O as a zero inside words (T00 for ТОО); a zero in a
    # word that has letters is taken back as O. "B2B" or "4G" have no zero.
    word = match.group()
    return word.replace("0", "O") if _WORD_CHARS.search(word) else word


def _tokens(name: str) -> list[_Token]:
    name = _ALNUM_WORD.sub(_zero_as_letter, name)
    name = _APOSTROPHE_IN_WORD.sub("", fix_lookalikes(name))
    quote_positions = [i for i, c in enumerate(name) if c in _QUOTES]
    first = quote_positions[0] if quote_positions else len(name)
    # An OCR'd name may have lost its closing quote: then the quote runs to the end.
    last = quote_positions[-1] if len(quote_positions) > 1 else len(name)
    return [_Token(m.group(1), first < m.start() < last, bool(m.group(2))) for m in _TOKEN.finditer(name)]


# --- legal forms ---------------------------------------------------------------------
# Code -> how the form is written. ТОО is officially "LLP" in English, but LLC,
# Ltd and ООО are what translators write for it, so they share the code; ОАО,
# ЗАО, ПАО and Inc are renderings of АО.
_LEGAL_FORMS: dict[str, tuple[str, ...]] = {
    "LLP": (
        "ТОО", "ЖШС", "LLP", "LLC", "ООО", "Ltd", "Limited",
        "Товарищество с ограниченной ответственностью",
        "Общество с ограниченной ответственностью",
        # Kazakh puts the long form after the name, in the possessive:
        # «Дата Сапа» жауапкершілігі шектеулі серіктестігі.
        "Жауапкершілігі шектеулі серіктестік", "Жауапкершілігі шектеулі серіктестігі",
        "Limited Liability Partnership", "Limited Liability Company",
    ),
    "JSC": (
        "АО", "АҚ", "ОАО", "ЗАО", "ПАО", "JSC", "PJSC", "Inc", "Corp",
        "Акционерное общество", "Акционерлік қоғам", "Акционерлік қоғамы",
        "Joint Stock Company", "Joint-Stock Company",
    ),
    "NJSC": (
        "НАО", "КеАҚ", "NJSC",
        "Некоммерческое акционерное общество",
        "Коммерциялық емес акционерлік қоғам", "Коммерциялық емес акционерлік қоғамы",
        "Non-profit Joint Stock Company",
    ),
    "IE": (
        "ИП", "ЖК", "IE",
        "Индивидуальный предприниматель", "Жеке кәсіпкер",
        "Individual Entrepreneur", "Sole Proprietor",
    ),
}  # fmt: skip


_ABBREVIATIONS = tuple(s for spellings in _LEGAL_FORMS.values() for s in spellings if s.isupper())
# Each abbreviation by its comparison skeleton and script: OCR keeps the script, loses letters.
_ABBREVIATION_BY_KEY = {(_skeleton(s), all(map(_is_cyrillic, s))): s for s in reversed(_ABBREVIATIONS)}


class _Phrase(NamedTuple):
    code: str
    skeletons: tuple[str, ...]
    # An abbreviation such as АҚ or IE counts only in capitals: "Ақ Жол" is a name.
    capitals_only: bool


def _phrases() -> list[_Phrase]:
    phrases = []
    for code, spellings in _LEGAL_FORMS.items():
        for spelling in spellings:
            words = [m.group(1) for m in _TOKEN.finditer(spelling)]
            capitals = len(words) == 1 and spelling.isupper()
            phrases.append(_Phrase(code, tuple(map(_skeleton, words)), capitals))
    # Longest first: "Некоммерческое акционерное общество" before "акционерное общество".
    return sorted(phrases, key=lambda p: -len(p.skeletons))


_PHRASES = _phrases()


def _is_phrase(tokens: list[_Token], phrase: _Phrase) -> bool:
    return (
        len(tokens) == len(phrase.skeletons)
        and not any(t.quoted for t in tokens)
        and all(_skeleton(t.text) == s for t, s in zip(tokens, phrase.skeletons, strict=True))
        and (not phrase.capitals_only or tokens[0].text.isupper())
    )


def _split_legal_form(tokens: list[_Token]) -> tuple[str | None, list[_Token]]:
    """(legal form code, the other tokens); one form, at the end or else at the start.

    The end is tried first so that "IP Group LLP" keeps its "IP".
    """
    for phrase in _PHRASES:
        n = len(phrase.skeletons)
        if len(tokens) > n and _is_phrase(tokens[-n:], phrase):
            return phrase.code, tokens[:-n]
    for phrase in _PHRASES:
        n = len(phrase.skeletons)
        if len(tokens) > n and _is_phrase(tokens[:n], phrase):
            return phrase.code, tokens[n:]
    return None, tokens


# --- public API ----------------------------------------------------------------------
def legal_form(name: str) -> str | None:
    """Canonical legal form of ``name`` ("LLP", "JSC", "NJSC", "IE"), None when none is written."""
    return _split_legal_form(_tokens(name))[0]


def listed_legal_form(word: str) -> str:
    """An abbreviated legal form as the list spells it when a scan's reading differs only in
    letters OCR confuses, a Kazakh letter read as its Russian neighbour («АК» for «АҚ»);
    any other word, and a listed spelling, as it is."""
    if not word.isupper() or word in _ABBREVIATIONS:
        return word
    return _ABBREVIATION_BY_KEY.get((_skeleton(word), all(map(_is_cyrillic, word))), word)


def normalise_name(name: str) -> str:
    """The comparison key: ТОО «Дата Сапа» and "Data Sapa" LLP both give "data sapa"."""
    return " ".join(_word_key(t.text) for t in _split_legal_form(_tokens(name))[1])


def compare_names(a: str, b: str) -> NameMatch:
    """Compare two party names; person names with initials are compared as people.

    Different legal forms stated on both sides (АО vs ТОО) make the names
    different; a legal form written on one side only is no difference.
    """
    form_a, tokens_a = _split_legal_form(_tokens(a))
    form_b, tokens_b = _split_legal_form(_tokens(b))
    if form_a and form_b and form_a != form_b:
        return NameMatch.DIFFERENT
    if _looks_like_person(form_a, tokens_a) or _looks_like_person(form_b, tokens_b):
        return _compare_people(tokens_a, tokens_b)
    found = _compare_words(_keys(tokens_a), _keys(tokens_b))
    if found is NameMatch.DIFFERENT and _compare_words(_shapes(tokens_a), _shapes(tokens_b)) is not found:
        return NameMatch.NOISE  # a Latin name a scan read as Cyrillic letters of its shape
    return found


def compare_person_names(a: str, b: str) -> NameMatch:
    """Compare two person names written with or without initials, in either order.

    "Иванов А.Б." ~ "Ivanov A.B." ~ "А. Б. Иванов" ~ "Иванов Арман Болатович".
    """
    return _compare_people(_split_legal_form(_tokens(a))[1], _split_legal_form(_tokens(b))[1])


# --- comparison ----------------------------------------------------------------------
def _keys(tokens: list[_Token]) -> list[str]:
    return [_word_key(t.text) for t in tokens]


def _shapes(tokens: list[_Token]) -> list[str]:
    return [_word_key(t.text.translate(_OCR_AS_LATIN)) for t in tokens]


def _edit_budget(word: str) -> int:
    return 0 if len(word) < MIN_EDITABLE_WORD else -(-len(word) // LETTERS_PER_EDIT)


def _words_close(a: str, b: str) -> bool:
    budget = _edit_budget(max(a, b, key=len))
    return Levenshtein.distance(a, b, score_cutoff=budget) <= budget


def _compare_words(a: list[str], b: list[str]) -> NameMatch:
    if not a or not b:
        return NameMatch.DIFFERENT
    if a == b:
        return NameMatch.SAME
    if "".join(a) == "".join(b):
        return NameMatch.NOISE  # only the spacing differs ("DataSapa")
    if len(a) != len(b):
        return NameMatch.DIFFERENT  # a word added or removed
    close = all(_words_close(x, y) for x, y in zip(a, b, strict=True))
    if close and fuzz.ratio(" ".join(a), " ".join(b)) >= NOISE_MIN_RATIO:
        return NameMatch.NOISE
    return NameMatch.DIFFERENT


# Patronymics (Болатович, Болатовна, Болатұлы, Bolatkyzy) mark a person's full name.
_PATRONYMIC = re.compile(r"(ovič|evič|ovna|evna|ična|uli|kizi)$")
_LATIN_INITIAL_DIGRAPHS = {"zh", "sh", "ch", "kh", "ts", "ya", "yu", "yo", "ye"}


def _is_initial(token: _Token) -> bool:
    letters = token.text
    if len(letters) == 1:
        return letters.isalpha()
    return token.dotted and letters.casefold() in _LATIN_INITIAL_DIGRAPHS


def _looks_like_person(form: str | None, tokens: list[_Token]) -> bool:
    if form not in (None, "IE") or any(t.quoted for t in tokens):
        return False
    return any(_is_initial(t) for t in tokens) or any(_PATRONYMIC.search(_word_key(t.text)) for t in tokens)


class _Person(NamedTuple):
    surname: list[str]
    initials: tuple[str, ...]


def _readings(tokens: list[_Token]) -> list[_Person]:
    """The ways to read a person name: surname and the initials of the rest."""
    initials = tuple(_word_key(t.text)[:1] for t in tokens if _is_initial(t))
    words = [t for t in tokens if not _is_initial(t)]
    if not words:
        return []
    if initials:  # "Иванов А.Б.", "А. Б. Иванов"
        return [_Person(_keys(words), initials)]

    def first_letters(rest: list[_Token]) -> tuple[str, ...]:
        return tuple(_word_key(t.text)[:1] for t in rest)

    # Full names: surname first (official Russian/Kazakh order) or last (English).
    return [
        _Person(_keys(words[:1]), first_letters(words[1:])),
        _Person(_keys(words[-1:]), first_letters(words[:-1])),
    ]


def _initials_agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    # "Иванов А." agrees with "Иванов А.Б.": one side may leave out the patronymic.
    shorter, longer = sorted((a, b), key=len)
    return longer[: len(shorter)] == shorter


def _same_sex(a: list[str], b: list[str]) -> bool:
    # Иванов / Иванова differ by one letter but are two people.
    joined_a, joined_b = "".join(a), "".join(b)
    return joined_a + "a" != joined_b and joined_b + "a" != joined_a


_RANK = {NameMatch.DIFFERENT: 0, NameMatch.NOISE: 1, NameMatch.SAME: 2}


def _compare_people(a: list[_Token], b: list[_Token]) -> NameMatch:
    best = NameMatch.DIFFERENT
    for pa in _readings(a):
        for pb in _readings(b):
            if not _initials_agree(pa.initials, pb.initials):
                continue
            if not _same_sex(pa.surname, pb.surname):
                continue
            match = _compare_words(pa.surname, pb.surname)
            best = max(best, match, key=_RANK.__getitem__)
    return best
