"""What changed between two revisions of one application (SPEC §6 changes_since_previous)."""

from __future__ import annotations

from trustlist.core.models import Document
from trustlist.core.report import Changes, CheckChange, CheckResult, DocumentChange, Report


def changes(previous: Report, documents: list[Document], checks: list[CheckResult]) -> Changes:
    before = {d.file: d for d in previous.documents}
    now = {d.file: d for d in documents}
    before_by_sha = {d.sha256 for d in previous.documents}
    now_by_sha = {d.sha256 for d in documents}
    added, removed, replaced = [], [], []
    for name, doc in now.items():
        if name not in before:
            if doc.sha256 not in before_by_sha:
                added.append(DocumentChange(file=name, type=doc.type, sha256=doc.sha256))
        elif before[name].sha256 != doc.sha256:
            replaced.append(
                DocumentChange(
                    file=name, type=doc.type, sha256=doc.sha256, previous_sha256=before[name].sha256
                )
            )
    for name, old in before.items():
        if name not in now and old.sha256 not in now_by_sha:
            removed.append(DocumentChange(file=name, type=old.type, previous_sha256=old.sha256))
    return Changes(
        previous_revision=previous.revision,
        documents_added=added,
        documents_removed=removed,
        documents_replaced=replaced,
        checks_changed=check_changes(previous.checks, checks),
    )


def check_changes(before: list[CheckResult], after: list[CheckResult]) -> list[CheckChange]:
    def status_by_code(checks: list[CheckResult]) -> dict[str, str]:
        # A code with several findings counts as failing when any of them fails.
        statuses: dict[str, str] = {}
        for c in checks:
            if statuses.get(c.code) != "fail":
                statuses[c.code] = c.status
        return statuses

    old, new = status_by_code(before), status_by_code(after)
    return [
        CheckChange(code=code, previous=old.get(code), current=new.get(code))
        for code in sorted(set(old) | set(new))
        if old.get(code) != new.get(code)
    ]
