"""OCR engines. The pipeline talks to an ``OcrEngine``; tesseract is the one we ship.

Like OCRmyPDF's plugin spec, an engine only turns one page image into positioned
words: rendering, preprocessing and deciding which pages need OCR live elsewhere.

Pages are read by tesseract kept loaded in a child process per OCR thread
(extractors/tesseract_reader.py): the ``tesseract`` command would load its language
models again for every page. Orientation detection, rare, runs the command. Either is
run directly rather than through pytesseract, whose timeout kills only the process it
started (not a wrapper's children), and whose version probe has no timeout at all.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import re
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from functools import cache
from typing import Protocol

from PIL import Image, ImageOps

from trustlist.core.errors import OcrError
from trustlist.core.models import Line, Page, Word
from trustlist.extractors.layout import group_lines
from trustlist.extractors.preprocess import Prepared, looks_sideways, prepare

# Below this mean word confidence a page may be turned: orientation detection is tried.
UPRIGHT_CONFIDENCE = 0.6
# _read_twice: the share of a word's box that lies inside a larger word's for it to be a second reading.
READ_TWICE_SHARE = 0.6
# Orientation detection may take at most this share of a page's time limit: a page it
# cannot orient in that time is still read as it came.
ORIENTATION_SHARE = 0.5


class OcrEngine(Protocol):
    # Pages it reads at once: the size of its ``page_pool``.
    workers: int

    def version(self) -> str: ...

    def recognise(self, image: Image.Image, page_number: int, scale: float) -> Page:
        """OCR one page image; ``scale`` converts pixels into the page's units.

        Raises OcrError when the page cannot be read in its time limit."""
        ...


_PAGE_POOLS: dict[int, ThreadPoolExecutor] = {}
_PAGE_POOLS_LOCK = threading.Lock()


def page_pool(workers: int) -> ThreadPoolExecutor:
    """The threads that read OCR pages, one pool per process (and worker count).

    Every engine and every document shares it: the flow reads a bundle's documents
    in threads of its own, and they all queue their pages here, so no more than
    ``workers`` tesseract processes ever run at once, however many documents do.
    The first documents ask for it at the same moment; under the lock (functools.cache
    does not hold one while it builds) they all get the same pool.
    """
    with _PAGE_POOLS_LOCK:
        if workers not in _PAGE_POOLS:
            _PAGE_POOLS[workers] = ThreadPoolExecutor(workers, thread_name_prefix="ocr-page")
        return _PAGE_POOLS[workers]


# `tesseract --version` answers at once; a binary that does not is not one we can use.
VERSION_TIMEOUT_S = 10.0
# Enough of tesseract's complaint to tell what went wrong, without a page of diagnostics.
ERROR_CHARS = 300


@cache
def tesseract_version() -> str:
    if shutil.which("tesseract") is None:
        return "not installed"
    try:
        out = run_tesseract(["--version"], VERSION_TIMEOUT_S)
    except (OcrError, subprocess.TimeoutExpired):
        return "unknown"
    first = out.decode("utf-8", "replace").partition("\n")[0]
    return first.removeprefix("tesseract ").strip() or "unknown"


def run_tesseract(args: list[str], timeout_s: float) -> bytes:
    """tesseract's standard output for ``args``.

    Raises OcrError when it cannot start or fails, and subprocess.TimeoutExpired
    once it has been killed for overrunning ``timeout_s``. It runs in a session of
    its own so that the kill takes its whole process group: nothing it started is
    left running or holding the pipes.
    """
    proc = start_tesseract(["tesseract", *args], stdin=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        out, err = proc.communicate(timeout=timeout_s)
    except BaseException:  # the timeout, and an interrupt: neither may leave tesseract behind
        _kill_group(proc)
        raise
    if proc.returncode != 0:
        detail = " ".join(err.decode("utf-8", "replace").split())[-ERROR_CHARS:]  # one line for the report
        raise OcrError(f"tesseract failed (exit {proc.returncode}): {detail}")
    return out


def start_tesseract(command: list[str], stdin: int, stderr: int) -> subprocess.Popen:
    """A process running tesseract (the command, or a reader), its output piped to us.

    It runs in a session of its own, so that a kill takes its whole process group, and
    single-threaded: tesseract's OpenMP threads fight each other when pages run in
    parallel, and one thread per process is 4x faster on this kind of machine
    (ENVIRONMENT.md). The environment is passed whole because PATH, TESSDATA_PREFIX and
    the like apply.
    """
    try:
        return subprocess.Popen(
            command,
            stdin=stdin,
            stdout=subprocess.PIPE,
            stderr=stderr,
            start_new_session=True,
            env={**os.environ, "OMP_THREAD_LIMIT": "1"},
        )
    except OSError as exc:
        raise OcrError(f"tesseract cannot be started: {exc}") from exc


def _kill_group(proc: subprocess.Popen) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)
    proc.communicate()  # reaps it and closes the pipes


# How the readers are started: tesseract_reader under this interpreter.
READER_COMMAND = [sys.executable, "-m", "trustlist.extractors.tesseract_reader"]
# A reader told to finish ends after its page; one still going after this is killed.
READER_FINISH_S = 5.0


class KeptReader:
    """One tesseract_reader child process: pages in by path, their TSV out.

    A page that overruns its time kills the reader and its whole process group, as a
    hung ``tesseract`` command is killed; the next page starts a new reader.
    """

    def __init__(self, languages: str) -> None:
        # Its remarks on stderr ("Estimating resolution as ...") are no answer: dropped.
        self._proc = start_tesseract([*READER_COMMAND, languages], subprocess.PIPE, subprocess.DEVNULL)
        if self._proc.stdin is None or self._proc.stdout is None:
            raise OcrError("the tesseract reader started without its pipes")
        self._stdin, self._stdout = self._proc.stdin, self._proc.stdout
        self._pending = b""

    def read(self, path: str, timeout_s: float) -> bytes:
        """The page's TSV; OcrError when the reader fails, TimeoutExpired (the reader
        killed) when it does not answer in ``timeout_s``."""
        deadline = time.monotonic() + timeout_s
        try:
            self._stdin.write(path.encode() + b"\n")
            self._stdin.flush()
            status = self._take_line(deadline)
            if status.startswith(b"OK "):
                return self._take(int(status[3:]), deadline)
        except (OSError, ValueError) as exc:
            self.close()
            raise OcrError(f"tesseract stopped: {exc}") from exc
        except subprocess.TimeoutExpired:
            self.close()
            raise
        message = status.removeprefix(b"ERR ").decode("utf-8", "replace").strip()
        raise OcrError(f"tesseract failed: {message[-ERROR_CHARS:] or 'it stopped'}")

    def alive(self) -> bool:
        return self._proc.poll() is None

    def close(self) -> None:
        _kill_group(self._proc)

    def finish(self) -> None:
        """The reader ends once its input does (after the page it is reading)."""
        try:
            self._stdin.close()
            self._proc.wait(READER_FINISH_S)
        except (OSError, subprocess.TimeoutExpired):
            self.close()

    def _take_line(self, deadline: float) -> bytes:
        while b"\n" not in self._pending:
            self._fill(deadline)
        line, _, self._pending = self._pending.partition(b"\n")
        return line

    def _take(self, count: int, deadline: float) -> bytes:
        while len(self._pending) < count:
            self._fill(deadline)
        data, self._pending = self._pending[:count], self._pending[count:]
        return data

    def _fill(self, deadline: float) -> None:
        remaining = deadline - time.monotonic()
        if remaining <= 0 or not select.select([self._stdout], [], [], remaining)[0]:
            raise subprocess.TimeoutExpired(READER_COMMAND, remaining)
        chunk = os.read(self._stdout.fileno(), 1 << 16)
        if not chunk:
            raise OSError("the reader ended")
        self._pending += chunk


# Each OCR thread keeps its own readers (one per set of languages): a reader reads one
# page at a time, and the page pool's threads live as long as the process.
_READERS = threading.local()
_STARTED: list[KeptReader] = []
_STARTED_LOCK = threading.Lock()


def kept_reader(languages: str) -> KeptReader:
    readers: dict[str, KeptReader] = _READERS.__dict__.setdefault("by_languages", {})
    reader = readers.get(languages)
    if reader is None or not reader.alive():
        reader = readers[languages] = KeptReader(languages)
        with _STARTED_LOCK:
            _STARTED[:] = [r for r in _STARTED if r.alive()] + [reader]  # killed ones go
    return reader


def close_readers() -> None:
    """Ends every reader this process started, and waits for them: none outlives the
    process, and their CPU time is counted as its children's."""
    with _STARTED_LOCK:
        readers, _STARTED[:] = list(_STARTED), []
    for reader in readers:
        reader.finish()


atexit.register(close_readers)


class TesseractEngine:
    def __init__(
        self,
        languages: str,
        timeout_s: float,
        deskew: bool = True,
        binarize: bool = False,
        workers: int = 1,
    ) -> None:
        self.languages = languages
        self.timeout_s = timeout_s
        self.deskew = deskew
        self.binarize = binarize
        self.workers = workers

    def version(self) -> str:
        return tesseract_version()

    def recognise(self, image: Image.Image, page_number: int, scale: float) -> Page:
        # timeout_s bounds the whole page, orientation detection and the second reading included.
        deadline = time.monotonic() + self.timeout_s
        # A page lying on its side says so in its ink (its lines run down the page): it is
        # turned as tesseract's orientation detection says before it is read, rather than
        # after a reading wasted on it.
        sideways = looks_sideways(image)
        try:
            first = (self._detected_turns(image, deadline) or 0) if sideways else 0
            page = self._read(image, page_number, scale, first, deadline)
        except subprocess.TimeoutExpired:
            raise OcrError(f"page {page_number}: OCR timed out after {self.timeout_s:g} s") from None
        except OcrError as exc:
            raise OcrError(f"page {page_number}: {exc}") from exc
        if (page.confidence or 0.0) >= UPRIGHT_CONFIDENCE:
            return page
        # A page that reads badly may be upside down, or turned the wrong way: it is read
        # the other way too (as detected, or as it came), and the better reading kept. It
        # is an extra: if it fails or the page's time runs out, the first reading stands.
        try:
            other = 0 if sideways else self._detected_turns(image, deadline)
            if other is None or other == first:
                return page
            turned = self._read(image, page_number, scale, other, deadline)
        except (OcrError, subprocess.TimeoutExpired):
            return page
        return turned if (turned.confidence or 0.0) > (page.confidence or 0.0) else page

    def _read(
        self, image: Image.Image, page_number: int, scale: float, quarter_turns: int, deadline: float
    ) -> Page:
        prepared = prepare(image, self.deskew, self.binarize, quarter_turns)
        with as_tiff(prepared.image) as path:
            tsv = kept_reader(self.languages).read(path, _remaining(deadline, self.timeout_s))
        words, line_ids = words_from_data(parse_tsv(tsv.decode("utf-8", "replace")))
        confidences = [w.confidence for w in words if w.confidence is not None]
        # Lines are found on the straightened page; only then do the boxes go back
        # to where the words stand on the original scan.
        lines = [
            Line(words=[_on_original(w, prepared, scale) for w in line.words])
            for line in group_lines(words, line_ids)
        ]
        return Page(
            number=page_number,
            width=image.width * scale,
            height=image.height * scale,
            source="ocr",
            lines=lines,
            confidence=round(sum(confidences) / len(confidences), 3) if confidences else 0.0,
        )

    def _detected_turns(self, image: Image.Image, deadline: float) -> int | None:
        """Counter-clockwise quarter turns that make the page upright, per tesseract OSD;
        None when OSD cannot tell (it fails on a page with too little text) or overruns
        its share of the page's time, which leaves the rest for reading the page."""
        limit = min(deadline, time.monotonic() + self.timeout_s * ORIENTATION_SHARE)
        try:
            with as_tiff(ImageOps.grayscale(image)) as path:
                args = [path, "stdout", "--psm", "0", "-l", "osd"]
                out = run_tesseract(args, _remaining(limit, self.timeout_s))
        except (OcrError, subprocess.TimeoutExpired):
            return None
        # OSD's "Rotate" is the clockwise angle that makes the page upright.
        found = re.search(r"^Rotate: (\d+)", out.decode("utf-8", "replace"), re.MULTILINE)
        return (-int(found.group(1)) // 90) % 4 if found else None


def _remaining(deadline: float, timeout_s: float) -> float:
    """Seconds left before ``deadline``; TimeoutExpired when none are."""
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise subprocess.TimeoutExpired("tesseract", timeout_s)
    return remaining


@contextlib.contextmanager
def as_tiff(image: Image.Image) -> Iterator[str]:
    """The image in a temporary uncompressed TIFF file, for tesseract to read.

    From a file: the tesseract command reads its standard input a byte at a time, and
    leptonica a PGM a byte at a time. On the sample scans the command spent 0.90 CPU s a
    page on a TIFF piped in, 0.93 on a PGM and 0.81 on the same TIFF from a file, with the
    same output on every page (2026-11-27). Compressing a PNG took 0.2-1.5 s a page.
    """
    with tempfile.NamedTemporaryFile(prefix="trustlist-page-", suffix=".tiff") as page:
        # Uncompressed whatever the image's own file used: the info of a page from a CCITT G4
        # TIFF still says "group4", which Pillow would reuse and fail on a grayscale page.
        image.save(page, format="TIFF", compression="raw")
        page.flush()
        yield page.name


def _on_original(word: Word, prepared: Prepared, scale: float) -> Word:
    x0, y0, x1, y1 = prepared.to_original(word.bbox)
    return word.model_copy(update={"bbox": (x0 * scale, y0 * scale, x1 * scale, y1 * scale)})


def parse_tsv(tsv: str) -> dict[str, list]:
    """tesseract's TSV as columns: the text column as strings, every other one as ints.

    Confidences are truncated to whole numbers, as pytesseract did when the
    README's accuracy figures were measured.
    """
    rows = [row.split("\t") for row in tsv.strip("\n").split("\n")]
    header, body = rows[0], rows[1:]
    text_at = len(header) - 1  # "text" is the last column
    columns: dict[str, list] = {name: [] for name in header}
    for row in body:
        row = row + [""] * (len(header) - len(row))  # an empty last word loses its cell
        for i, name in enumerate(header):
            columns[name].append(row[i] if i == text_at else int(float(row[i] or 0)))
    return columns


def words_from_data(data: dict[str, list]) -> tuple[list[Word], list[tuple[int, int, int]]]:
    """Words with boxes in the prepared image's pixels, and tesseract's
    (block, paragraph, line) of each."""
    kept = [i for i, text in enumerate(data["text"]) if text.strip() and float(data["conf"][i]) >= 0]
    heights = sorted(data["height"][i] for i in kept) or [1]
    typical = heights[len(heights) // 2]
    words, line_ids = [], []
    for i in kept:
        text = data["text"][i].strip()
        # Tesseract now and then gives a word a flat box (it merged an underline);
        # such a word keeps the page's typical height.
        height = max(data["height"][i], typical // 2)
        if _is_rule(text, data["width"][i], max(height, typical)):
            continue
        left, top = data["left"][i], data["top"][i]
        bbox = (float(left), float(top), float(left + data["width"][i]), float(top + height))
        words.append(Word(text=text, bbox=bbox, confidence=round(float(data["conf"][i]) / 100, 3)))
        line_ids.append((data["block_num"][i], data["par_num"][i], data["line_num"][i]))
    again = _read_twice(words, line_ids)
    return [w for i, w in enumerate(words) if i not in again], [
        x for i, x in enumerate(line_ids) if i not in again
    ]


def _read_twice(words: list[Word], line_ids: list[tuple[int, int, int]]) -> set[int]:
    """Words that are a second reading of ink a larger word already covers.

    Tesseract now and then finds a letter's descender or a stroke a second time and
    puts it on a line of its own; the same ink cannot be two words, so a word lying
    mostly inside a larger word's box on another line is dropped. (On the same line
    it is the next word under a box drawn too wide.)
    """
    boxes = [w.bbox for w in words]
    areas = [max((x1 - x0) * (y1 - y0), 1.0) for x0, y0, x1, y1 in boxes]
    dropped: set[int] = set()
    # Swept left to right: only the kept words whose box reaches past this word's left
    # edge can cover it (about one a line), not every word to its left.
    reaching: list[int] = []
    for i in sorted(range(len(words)), key=lambda i: boxes[i][0]):
        x0, y0, x1, y1 = boxes[i]
        reaching = [j for j in reaching if boxes[j][2] > x0]
        for j in reaching:
            if areas[j] <= areas[i] or line_ids[j] == line_ids[i]:
                continue
            _, b0, a1, b1 = boxes[j]
            inside = (min(x1, a1) - x0) * max(0.0, min(y1, b1) - max(y0, b0))
            if inside >= READ_TWICE_SHARE * areas[i]:
                dropped.add(i)
                break
        else:
            reaching.append(i)
    return dropped


def _is_rule(text: str, width: int, height: int) -> bool:
    """A table rule or a smear read as a couple of letters across half the page.

    Letters are at most about as wide as they are high; a "word" several heights
    wide per character is a line on the page, not text.
    """
    return width > 3 * max(height, 1) * len(text)
