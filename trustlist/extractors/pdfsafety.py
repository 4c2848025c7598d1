"""Active content in a PDF (JavaScript, launch actions, embedded files), found and named, never run.

Nothing here or anywhere in the pipeline executes or opens what it finds: pdfminer
only parses, and pypdfium2's pdfium is built without a JavaScript engine (no V8,
no XFA) and is never given a form environment. Reviewers still need to know that a
document carries such content, so each kind found becomes a warning on the document.

The catalog (without its page tree) and the pages that are read are walked
breadth-first with pdfminer, following references, up to ``MAX_OBJECTS`` objects:
enough for the action dictionaries, name trees, outlines, annotations and form
fields of any ordinary document, while a crafted file cannot make the walk
expensive (pdfminer resolves some 5 000 objects a second). Pages past the page
limit are left alone like the rest of their content, and page content, fonts and
images are not entered: no action lives there, and they are most of a document's
objects.
"""

from __future__ import annotations

import logging
import re
from collections import deque
from collections.abc import Sequence

from pdfminer.pdftypes import PDFObjRef, PDFStream, resolve1
from pdfminer.psparser import PSLiteral
from pdfminer.utils import decode_text

log = logging.getLogger(__name__)

MAX_OBJECTS = 10_000
# A document with hundreds of attachments gets the first few named, and a count.
MAX_FINDINGS = 20
MAX_NAME_CHARS = 80

_SKIP_KEYS = frozenset(
    {"Resources", "Contents", "Parent", "P", "Font", "XObject", "ColorSpace", "Thumb", "Metadata"}
)
_CONTAINERS = (dict, list, PDFObjRef, PDFStream)

# Action types (PDF 32000, 12.6.4) that run code, start programs, or send or load data.
_ACTIONS = {
    "JavaScript": "contains JavaScript (not executed)",
    "SubmitForm": "contains a form submission action (not executed)",
    "ImportData": "contains a data import action (not executed)",
    "GoToE": "contains an action opening an embedded document (not executed)",
    "RichMediaExecute": "contains a rich media action (not executed)",
}
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def active_content(catalog: dict, pages: list[dict]) -> list[str]:
    """Warnings naming the active content of a PDF: its catalog's, and that of the
    pages given (their attribute dictionaries).

    A failure to look is itself a warning, never a reason not to read the document.
    """
    roots = [{k: v for k, v in catalog.items() if k != "Pages"}, *pages]
    try:
        findings, complete = scan(roots, MAX_OBJECTS)
    except Exception as exc:  # noqa: BLE001 - pdfminer resolving objects of an untrusted file raises anything
        log.info("active content check failed: %s: %s", type(exc).__name__, exc)
        return [f"active content could not be checked: {type(exc).__name__}"]
    warnings = findings[:MAX_FINDINGS]
    if len(findings) > MAX_FINDINGS:
        warnings.append(f"and {len(findings) - MAX_FINDINGS} more kinds of active content")
    if not complete:
        warnings.append(f"active content was looked for in the first {MAX_OBJECTS} objects only")
    return warnings


def scan(roots: Sequence[object], limit: int) -> tuple[list[str], bool]:
    """Distinct findings in the order met, and whether the walk saw everything within ``limit``."""
    queue, seen = deque(roots), set()
    found: dict[str, None] = {}  # an ordered set
    visited = 0
    while queue:
        obj = queue.popleft()
        if isinstance(obj, PDFObjRef):
            if obj.objid in seen:
                continue
            seen.add(obj.objid)
            obj = resolve1(obj)
        visited += 1
        if visited > limit:
            return list(found), False
        if isinstance(obj, PDFStream):
            obj = obj.attrs
        if isinstance(obj, dict):
            found.update(dict.fromkeys(describe(obj)))
            queue.extend(v for k, v in obj.items() if k not in _SKIP_KEYS and isinstance(v, _CONTAINERS))
        elif isinstance(obj, list):
            queue.extend(v for v in obj if isinstance(v, _CONTAINERS))
    return list(found), True


def describe(d: dict) -> list[str]:
    """What one dictionary holds that a reviewer should hear about."""
    found = []
    action = name_of(d.get("S"))
    if action == "Launch":
        target = file_name(d.get("F")) or file_name(resolve1(d.get("Win")) or {})
        found.append(f"contains a launch action{f' for {target!r}' if target else ''} (not executed)")
    elif action in _ACTIONS:
        found.append(_ACTIONS[action])
    if "JS" in d and action != "JavaScript":  # scripts of renditions and other non-JavaScript actions
        found.append(_ACTIONS["JavaScript"])
    if "EF" in d:  # a file specification carrying the file itself
        name = file_name(d)
        found.append(f"contains an embedded file{f' {name!r}' if name else ''} (not opened)")
    if "XFA" in d:
        found.append("contains an XFA form (its scripts are not executed)")
    return found


def name_of(value: object) -> str | None:
    value = resolve1(value)
    return str(value.name) if isinstance(value, PSLiteral) else None


def file_name(spec: object) -> str | None:
    """The file named by a file specification: a string, or a dictionary with /UF or /F."""
    spec = resolve1(spec)
    if isinstance(spec, dict):
        spec = resolve1(spec.get("UF") or spec.get("F"))
    if not isinstance(spec, bytes | str):
        return None
    text = decode_text(spec) if isinstance(spec, bytes) else spec
    return _CONTROL.sub("", text)[:MAX_NAME_CHARS] or None
