"""Finding vocabulary phrases in text with a spaCy PhraseMatcher (blank pipeline, no model).

spaCy has no Kazakh module; the multi-language blank tokenizer splits Cyrillic,
Kazakh and Latin text alike, and no model is downloaded at run time. Tokens are
matched on their Snowball stems, so a label written «Автор» also finds
«автора» and «соавторов»'s neighbours: Russian labels change their endings with
the grammar around them.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from trustlist.core.dates import FOLD_KAZAKH
from trustlist.extractors.normalise import for_matching
from trustlist.extractors.vocab import bin_words, load_vocab

if TYPE_CHECKING:
    from spacy.tokens import Doc

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


@dataclass(frozen=True)
class PhraseHit:
    key: str
    start: int
    end: int


@cache
def _nlp():  # called under _SPACY_LOCK
    import spacy

    return spacy.blank("xx")


_local = threading.local()


def _russian_stemmer():
    # Snowball stemmers keep state while stemming: one per thread, since the flow
    # extracts documents in parallel threads.
    if not hasattr(_local, "stemmer"):
        import snowballstemmer

        _local.stemmer = snowballstemmer.stemmer("russian")
    return _local.stemmer


# Kazakh possessive and genitive endings, longest first: «иеленушінің» ~ «иеленуші»,
# «нөмірі» ~ «нөмір». Snowball has no Kazakh stemmer; these cover the label forms.
_KAZAKH_LETTERS = re.compile(r"[әғқңөұүһі]")
_KAZAKH_ENDINGS = (
    "сының",
    "сінің",
    "ының",
    "інің",
    "ның",
    "нің",
    "дың",
    "дің",
    "тың",
    "тің",
    "сы",
    "сі",
    "ы",
    "і",
)


def _kazakh_stem(word: str) -> str:
    for ending in _KAZAKH_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


# Every phrase search stems the whole document again, and Snowball takes ~0.1 ms a
# word: remembering the stems made classification and fields 6x faster.
@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    if _KAZAKH_LETTERS.search(word):
        return _kazakh_stem(word)
    if _CYRILLIC.search(word):
        return _russian_stemmer().stemWord(word)
    if word.isascii() and word.isalpha():
        return _english_stem(word)
    return word


@cache
def _vocabulary_stems() -> frozenset[str]:
    """Stems of every word of the vocabularies' labels, titles and keywords."""
    phrases = list(bin_words())
    for entry in load_vocab().values():
        phrases += entry.classify.titles + entry.classify.keywords
        phrases += [label for spec in entry.fields.values() for label in spec.labels]
    words = {w for phrase in phrases for w in re.findall(r"[^\W\d_]+", for_matching(phrase))}
    return frozenset(stem(w) for w in words)


# Words that carry no content of a label or heading's own: «и», «для», «of the», and the
# copula that makes a label the subject of a sentence («Объектом аудита является ...»).
_STOP_WORDS = (
    "и в во на по с со к о об от для из при а или их его её ее как что это является являются "
    "және мен пен бен үшін бойынша де да болып табылады "
    "and or of the a an to for in on by with its their is are"
)
STOP_WORDS = frozenset(_STOP_WORDS.split())


def content_stems(text: str) -> frozenset[str]:
    """The stems of a phrase's content words, Kazakh letters folded: what a label or a
    heading says, whatever the word order, inflection and filler words."""
    # The number sign is a content word: «Қорытынды №» labels a number, «Қорытынды:» a verdict.
    words = re.findall(r"[^\W\d_]+", for_matching(text).replace("№", " номер "))
    return frozenset(folded_stem(w) for w in words if w not in STOP_WORDS and len(w) > 1)


def best_label(
    stems: frozenset[str], labels: tuple[tuple[str, frozenset[str]], ...]
) -> tuple[str, int] | None:
    """The key whose label's content words ``stems`` hold most fully, with how many it
    holds; None when it holds no label's words, or two keys' equally."""
    best: dict[str, int] = {}
    for key, label in labels:
        if label <= stems:
            best[key] = max(best.get(key, 0), len(label))
    if not best:
        return None
    ranked = sorted(best.items(), key=lambda ks: -ks[1])
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0]


def folded_stem(word: str) -> str:
    """A word's stem with Kazakh letters folded to their Russian base, as labels are matched."""
    return stem(word).translate(FOLD_KAZAKH)


def is_vocabulary_word(word: str) -> bool:
    return stem(word) in _vocabulary_stems()


def _english_stem(word: str) -> str:
    """Plurals only: Snowball's English stemmer makes "applicant" and "application" one
    stem, and an application's own title then reads as the applicant's label."""
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-2] if word.endswith("ies") else word[:-1]
    return word


def _stemmed(text: str):
    doc = _nlp().make_doc(text)
    for token in doc:
        # After stemming, Kazakh letters are folded to their Russian base (the table the
        # dates use) on both sides of a match: OCR often loses them («Кукык иеленуші» for
        # «Құқық иеленуші»), and the stem was already chosen with the letters the word had.
        token.norm_ = folded_stem(token.text)
    return doc


# spaCy's shared vocabulary (its StringStore) is not thread-safe, and the flow
# extracts a bundle's documents in parallel threads: every use of it holds this lock.
# Matching a document takes milliseconds next to OCR's seconds.
_SPACY_LOCK = threading.RLock()


class PhraseIndex:
    """Phrases grouped under keys; ``find`` returns every non-overlapping hit, longest first."""

    def __init__(self, phrases: dict[str, list[str]]) -> None:
        from spacy.matcher import PhraseMatcher

        with _SPACY_LOCK:
            nlp = _nlp()
            self._matcher = PhraseMatcher(nlp.vocab, attr="NORM")
            for key, variants in phrases.items():
                docs = [_stemmed(for_matching(v)) for v in variants if v.strip()]
                if docs:
                    self._matcher.add(key, docs)

    def find(self, norm_text: str) -> list[PhraseHit]:
        """Hits in text already passed through ``normalise.for_matching``, a long text in
        overlapping pieces (see ``pieces``)."""
        # In the matcher's order, once each: of two keys on one span, the first is kept.
        hits = dict.fromkeys(
            hit for offset, piece in pieces(norm_text) for hit in self._find_in(piece, offset)
        )
        return _longest_first(list(hits))

    def _find_in(self, text: str, offset: int) -> list[PhraseHit]:
        with _SPACY_LOCK:
            doc = _stemmed(text)
            # Spaces left by blanked specks are tokens of their own; a label goes on over
            # them, never over a line break.
            kept = [t for t in doc if not (t.is_space and "\n" not in t.text)]
            words = doc if len(kept) == len(doc) else _tokens_only(kept)
            return [
                PhraseHit(
                    doc.vocab.strings[key],
                    offset + kept[start].idx,
                    offset + kept[end - 1].idx + len(kept[end - 1]),
                )
                for key, start, end in self._matcher(words)
            ]


# spaCy refuses a text longer than nlp.max_length (1,000,000 characters, error E088) even on
# a blank pipeline, and a long text layer is longer. Text is matched in pieces well under it
# that overlap by far more than any phrase is long, so a phrase cut by one piece's end lies
# whole in the next; a hit found twice is one hit.
MATCH_PIECE_CHARS = 100_000
MATCH_OVERLAP_CHARS = 1_000


def pieces(text: str) -> Iterator[tuple[int, str]]:
    """(offset, piece) covering ``text``, each piece cut at a space or line break, so no word
    is cut, and overlapping the next by at least MATCH_OVERLAP_CHARS."""
    start = 0
    while len(text) - start > MATCH_PIECE_CHARS:
        end = _space_before(text, start + 2 * MATCH_OVERLAP_CHARS, start + MATCH_PIECE_CHARS)
        yield start, text[start:end]
        start = _space_before(text, start + 1, end - MATCH_OVERLAP_CHARS)
    yield start, text[start:]


def _space_before(text: str, lowest: int, stop: int) -> int:
    """The last space or line break in text[lowest:stop]; ``stop`` when there is none (a
    "word" that long is cut there)."""
    found = max(text.rfind(" ", lowest, stop), text.rfind("\n", lowest, stop))
    return found if found >= 0 else stop


def _tokens_only(tokens: list) -> Doc:
    """A spaCy Doc of these tokens alone, their stems kept."""
    from spacy.tokens import Doc

    doc = Doc(tokens[0].vocab, words=[t.text for t in tokens])
    for token, original in zip(doc, tokens, strict=True):
        token.norm_ = original.norm_
    return doc


def _longest_first(hits: list[PhraseHit]) -> list[PhraseHit]:
    """The longest hits that overlap no longer one, in text order. Taken hits never overlap,
    so a new one need only be compared with its neighbours in text order: a long document
    has thousands of hits."""
    taken: list[PhraseHit] = []
    for hit in sorted(hits, key=lambda h: (-(h.end - h.start), h.start)):
        i = bisect_left(taken, hit.start, key=lambda h: h.start)
        if (i == 0 or taken[i - 1].end <= hit.start) and (i == len(taken) or taken[i].start >= hit.end):
            taken.insert(i, hit)
    return taken
