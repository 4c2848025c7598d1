"""Decisions (append-only, status derived from them), the application queue, reviewer accounts,
and the ``trustlist decide`` / ``trustlist users`` commands, on a LocalStore holding reports the
real pipeline produced from sample bundles."""

from __future__ import annotations

import io
import json
from datetime import UTC, date, datetime, timedelta, timezone
from functools import cache

import pytest
from argon2 import PasswordHasher
from pydantic import ValidationError

from sample_docs.evaluate import sample_settings, samples
from trustlist.cli import main
from trustlist.compose.process import Pipeline
from trustlist.core.errors import AccountError, RegistryError
from trustlist.core.report import Deadlines, Report
from trustlist.core.settings import Settings
from trustlist.desk import accounts, registry
from trustlist.desk.registry import Decision, Waiver
from trustlist.intake.bundle import from_path
from trustlist.intake.storage import LocalStore

COMPLETE = "health/01-datasapa-complete"  # outcome complete, text layer only
INCONSISTENT = "energy/24-zhasyl-audit-other-owner"  # XDC-04: the audit names another owner
WARNED = "education/26-sana-literary-work"  # complete, with the warning XDC-06 (a literary work)
ALMATY = timezone(timedelta(hours=5))


@cache
def pipeline_reports() -> dict[str, Report]:
    """Reports of three sample bundles, produced once per test run by the real pipeline (text
    layers only, no OCR); cached here rather than in a fixture so that test_publish and
    test_notice, which import this, share them."""
    settings = sample_settings()
    pipeline = Pipeline(settings)
    return {
        sample.name: pipeline.check_bundle(from_path(sample.path, settings, sample.name.split("/")[0]))
        for sample in samples()
        if sample.name in (COMPLETE, INCONSISTENT, WARNED)
    }


@pytest.fixture
def sample_reports() -> dict[str, Report]:
    return pipeline_reports()


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(local_root=tmp_path / "store")


@pytest.fixture
def store(settings) -> LocalStore:
    return empty_store(settings)


def empty_store(settings: Settings) -> LocalStore:
    store = LocalStore(settings.local_root)
    store.ensure_buckets(settings.bucket_names())
    return store


def store_report(
    store, settings, report: Report, *, application_id: str | None = None, revision: int = 1, **changes
) -> Report:
    """``report`` written where the intake flow writes it, as ``application_id`` revision ``revision``."""
    report = report.model_copy(
        update={"application_id": application_id or report.application_id, "revision": revision, **changes}
    )
    prefix = f"{report.agency}/{report.application_id}/r{revision}/"
    store.put(settings.bucket_reports, prefix + "report.json", report.model_dump_json().encode())
    store.put(settings.bucket_reports, prefix + "report.html", b"<!DOCTYPE html><p>report</p>")
    return report


def decision(report: Report, verdict: str = "accept", *, at: datetime | None = None, **changes) -> Decision:
    fields = {
        "agency": report.agency,
        "application_id": report.application_id,
        "revision": report.revision,
        "decision": verdict,
        "reasons": ["Владелец системы в заключении — другое лицо"] if verdict == "return" else [],
        "reviewer": "a.reviewer",
        "decided_at": at or datetime(2026, 3, 10, 11, 0, tzinfo=ALMATY),
    }
    return Decision(**{**fields, **changes})


def registry_objects(store, settings) -> dict[str, bytes]:
    return {i.key: store.get(settings.bucket_registry, i.key) for i in store.list(settings.bucket_registry)}


# --- decisions -------------------------------------------------------------------------


def test_a_second_decision_is_a_new_record_and_the_latest_sets_the_status(store, settings, sample_reports):
    report = store_report(store, settings, sample_reports[COMPLETE])
    assert registry.application(store, settings, "health", report.application_id).status == "awaiting_review"

    first_key = registry.record_decision(store, settings, decision(report, "return"))
    first = registry_objects(store, settings)
    assert list(first) == [first_key]
    assert first_key.startswith(f"decisions/health/{report.application_id}/20260310T060000")
    assert registry.application(store, settings, "health", report.application_id).status == "returned"

    later = datetime(2026, 3, 11, 9, 30, tzinfo=ALMATY)
    second_key = registry.record_decision(store, settings, decision(report, "accept", at=later))

    after = registry_objects(store, settings)
    assert set(after) == {first_key, second_key}
    assert after[first_key] == first[first_key]  # the first record is untouched
    decisions = registry.decisions_for(store, settings, "health", report.application_id)
    assert [d.decision for d in decisions] == ["return", "accept"]
    assert decisions[1].decided_at == later.astimezone(UTC)
    app = registry.application(store, settings, "health", report.application_id)
    assert app.status == "accepted" and app.decisions == decisions


def test_decisions_on_a_stale_or_unknown_revision_are_refused(store, settings, sample_reports):
    r1 = store_report(store, settings, sample_reports[COMPLETE])
    store_report(store, settings, sample_reports[COMPLETE], revision=2)

    with pytest.raises(RegistryError, match="not the latest one"):
        registry.record_decision(store, settings, decision(r1, "accept"))
    with pytest.raises(RegistryError, match="no report for revision 3"):
        registry.record_decision(store, settings, decision(r1, "accept", revision=3))
    with pytest.raises(RegistryError, match="no report"):
        registry.record_decision(store, settings, decision(r1, "accept", application_id="HLT-2026-9999"))
    # An HTML page alone (a report being written) is no report to decide on.
    store.put(settings.bucket_reports, f"health/{r1.application_id}/r3/report.html", b"<p>")
    with pytest.raises(RegistryError, match="no report for revision 3"):
        registry.record_decision(store, settings, decision(r1, "accept", revision=3))
    assert registry_objects(store, settings) == {}

    registry.record_decision(store, settings, decision(r1, "accept", revision=2))
    assert registry.application(store, settings, "health", r1.application_id).status == "accepted"


def test_a_resubmission_reopens_the_review(store, settings, sample_reports):
    r1 = store_report(store, settings, sample_reports[INCONSISTENT])
    registry.record_decision(store, settings, decision(r1, "return"))
    assert registry.application(store, settings, r1.agency, r1.application_id).status == "returned"

    store_report(store, settings, sample_reports[INCONSISTENT], revision=2)

    app = registry.application(store, settings, r1.agency, r1.application_id)
    assert (app.revision, app.status) == (2, "awaiting_review")
    assert [d.revision for d in app.decisions] == [1]
    assert app.report_key == f"energy/{r1.application_id}/r2/report.json"


def waiver(report: Report, check: str, **changes) -> Waiver:
    fields = {
        "agency": report.agency,
        "application_id": report.application_id,
        "revision": report.revision,
        "check": check,
        "justification": "Собственник переименован после аудита; выписка из реестра приложена",
        "reviewer": "a.reviewer",
        "waived_at": datetime(2026, 3, 10, 10, 0, tzinfo=ALMATY),
    }
    return Waiver(**{**fields, **changes})


def test_only_a_complete_report_or_one_with_each_blocking_failure_waived_is_accepted(
    store, settings, sample_reports
):
    report = store_report(store, settings, sample_reports[INCONSISTENT])
    assert [c.code for c in registry.blocking_failures(report)] == ["XDC-04"]

    with pytest.raises(registry.AcceptanceRefused, match="XDC-04") as refused:
        registry.record_decision(store, settings, decision(report, "accept"))
    assert [c.code for c in refused.value.checks] == ["XDC-04"]
    assert registry_objects(store, settings) == {}  # nothing recorded

    # A waiver names a blocking check that fails in the latest revision's report.
    for wrong, problem in (
        (waiver(report, "FLD-01"), "FLD-01 is not a blocking check failing"),
        (waiver(report, "XDC-04", revision=2), "no report for revision 2"),
    ):
        with pytest.raises(RegistryError, match=problem):
            registry.record_waiver(store, settings, wrong)
    key = registry.record_waiver(store, settings, waiver(report, "XDC-04"))
    assert key.startswith(f"waivers/energy/{report.application_id}/20260310T050000")

    registry.record_decision(store, settings, decision(report, "accept"))
    app = registry.application(store, settings, "energy", report.application_id)
    assert app.status == "accepted"
    assert app.decisions[-1].waived == ["XDC-04"]
    assert [w.check for w in app.waivers] == ["XDC-04"]


def test_a_waiver_on_an_earlier_revision_does_not_carry_over(store, settings, sample_reports):
    first = store_report(store, settings, sample_reports[INCONSISTENT])
    registry.record_waiver(store, settings, waiver(first, "XDC-04"))
    second = store_report(store, settings, sample_reports[INCONSISTENT], revision=2)

    with pytest.raises(registry.AcceptanceRefused):
        registry.record_decision(store, settings, decision(second, "accept"))
    assert registry.application(store, settings, "energy", first.application_id).waivers == []


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"justification": "   так надо      "}, "written justification"),
        ({"waived_at": datetime(2026, 3, 10, 10, 0)}, "time zone"),
        ({"reviewer": " "}, "the reviewer must be named"),
    ],
)
def test_malformed_waivers_are_refused_before_storage(sample_reports, changes, problem):
    with pytest.raises(ValidationError, match=problem):
        waiver(sample_reports[INCONSISTENT], "XDC-04", **changes)
    with pytest.raises(ValidationError, match="String should match pattern"):
        waiver(sample_reports[INCONSISTENT], "xdc-4")


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"decision": "return", "reasons": []}, "at least one reason"),
        ({"decision": "return", "reasons": ["  ", "\n"]}, "must not be blank"),
        ({"decided_at": datetime(2026, 3, 10, 11, 0)}, "time zone"),
        ({"agency": "../health"}, "storage folder"),
        ({"application_id": "HLT/../../accounts"}, "storage folder"),
        ({"application_id": ".."}, "storage folder"),
        ({"application_id": "HLT\x00"}, "storage folder"),
        ({"reviewer": "   "}, "reviewer must be named"),
        ({"revision": 0}, "greater than or equal to 1"),
        ({"decision": "approve"}, "accept"),
    ],
)
def test_malformed_decisions_are_refused_before_storage(sample_reports, changes, problem):
    with pytest.raises(ValidationError, match=problem):
        decision(sample_reports[COMPLETE], **changes)


def test_a_decision_record_is_frozen(sample_reports):
    made = decision(sample_reports[COMPLETE])
    with pytest.raises(ValidationError):
        made.decision = "return"


def test_forged_or_corrupt_decision_records_are_reported_not_skipped(store, settings, sample_reports):
    report = store_report(store, settings, sample_reports[COMPLETE])
    other = decision(report, "return", application_id="HLT-2026-0001")
    forged = f"decisions/health/{report.application_id}/20260101T000000000000Z-forged.json"
    store.put(settings.bucket_registry, forged, other.model_dump_json().encode())
    with pytest.raises(RegistryError, match="holds a decision on health/HLT-2026-0001"):
        registry.application(store, settings, "health", report.application_id)

    store.put(settings.bucket_registry, forged, b'{"decision": "accept"')
    with pytest.raises(RegistryError, match="not a valid decision record"):
        registry.application(store, settings, "health", report.application_id)
    # In the queue, only that application is set apart, for the operator to look at.
    [damaged] = registry.applications(store, settings).damaged
    assert (damaged.agency, damaged.application_id) == ("health", report.application_id)
    assert "not a valid decision record" in damaged.problem


def test_an_unreadable_report_sets_its_application_apart_and_the_rest_stay_usable(
    store, settings, sample_reports
):
    good = store_report(store, settings, sample_reports[COMPLETE])
    store_report(store, settings, sample_reports[COMPLETE], application_id="HLT-BROKEN")
    store.put(settings.bucket_reports, "health/HLT-BROKEN/r1/report.json", b'{"schema_version": "1", "revis')

    listing = registry.applications(store, settings)

    assert [a.application_id for a in listing.apps] == [good.application_id]
    [damaged] = listing.damaged
    assert damaged.application_id == "HLT-BROKEN" and "is not a valid report" in damaged.problem


def test_hostile_application_names_find_nothing(store, settings, sample_reports):
    store_report(store, settings, sample_reports[COMPLETE])
    for agency, application_id in [
        ("health", "../health/HLT-2026-0042"),
        ("..", "HLT-2026-0042"),
        ("health/HLT-2026-0042", "r1"),
        ("health", ""),
        ("health", "HLT-2026-0042\x00"),
    ]:
        assert registry.application(store, settings, agency, application_id) is None
        assert registry.decisions_for(store, settings, agency, application_id) == []
    assert registry.applications(store, settings, agencies=["..", "a/b"]) == registry.Listing([], [])


# --- the queue -------------------------------------------------------------------------


def test_the_queue_puts_awaiting_review_first_then_fewest_working_days_left(store, settings, sample_reports):
    complete, inconsistent = sample_reports[COMPLETE], sample_reports[INCONSISTENT]
    # Received Monday 2 March 2026: due Tuesday 17 March (9 March is a holiday).
    due_17 = Deadlines(received="2026-03-02", review_due="2026-03-17")
    due_13 = Deadlines(received="2026-02-27", review_due="2026-03-13")
    early = store_report(store, settings, complete, application_id="HLT-A", deadlines=due_13)
    store_report(store, settings, complete, application_id="HLT-B", deadlines=due_17)
    decided = store_report(store, settings, complete, application_id="HLT-C", deadlines=due_13)
    store_report(store, settings, inconsistent, application_id="ENR-D", deadlines=due_17)
    registry.record_decision(store, settings, decision(decided, "accept"))

    # Today Friday 13 March: HLT-A is due today, HLT-B on the second working day after.
    queue = registry.applications(store, settings, today=date(2026, 3, 13)).apps

    assert [(a.application_id, a.status, a.working_days_left) for a in queue] == [
        ("HLT-A", "awaiting_review", 0),
        ("HLT-B", "awaiting_review", 2),  # received in March, before ENR-D's October
        ("ENR-D", "awaiting_review", 2),
        ("HLT-C", "accepted", 0),
    ]
    first = queue[0]
    assert (first.system_name, first.applicant_name) == ("Сапа Диагностика", "ТОО «Дата Сапа»")
    assert first.outcome == "complete" and queue[2].outcome == "inconsistent"
    assert first.received_at == datetime.fromisoformat(early.bundle.received_at)
    assert first.report_key == "health/HLT-A/r1/report.json"
    assert first.html_key == "health/HLT-A/r1/report.html"

    # Overdue: three working days past 13 March is Wednesday 18 March.
    late = registry.application(store, settings, "health", "HLT-A", today=date(2026, 3, 18))
    assert late.working_days_left == -3

    only_energy = registry.applications(store, settings, agencies=["energy"], today=date(2026, 3, 13))
    assert [a.application_id for a in only_energy.apps] == ["ENR-D"]


def test_an_application_whose_report_is_not_written_yet_is_not_listed(store, settings):
    store.put(settings.bucket_reports, "health/HLT-X/r1/report.html", b"<p>")
    store.put(settings.bucket_reports, "health/stray.json", b"{}")
    assert registry.applications(store, settings) == registry.Listing([], [])
    assert registry.application(store, settings, "health", "HLT-X") is None


# --- accounts --------------------------------------------------------------------------

PASSWORD = "correct horse battery staple"


def test_accounts_store_an_argon2id_hash_and_authenticate(store, settings):
    made = accounts.add_account(store, settings, "a.reviewer", PASSWORD, ["health", "energy", "health"])

    stored = store.get(settings.bucket_registry, "accounts/a.reviewer.json")
    assert made.password_hash.startswith("$argon2id$")
    assert PASSWORD.encode() not in stored
    assert json.loads(stored)["agencies"] == ["energy", "health"]

    assert accounts.authenticate(store, settings, "a.reviewer", PASSWORD) == made
    assert accounts.authenticate(store, settings, "a.reviewer", PASSWORD + " ") is None
    assert accounts.authenticate(store, settings, "a.reviewer", "") is None
    assert accounts.authenticate(store, settings, "a.reviewer", PASSWORD * 100) is None
    assert accounts.authenticate(store, settings, "nobody", PASSWORD) is None
    assert accounts.authenticate(store, settings, "../accounts/a.reviewer", PASSWORD) is None
    assert accounts.get_account(store, settings, "A.REVIEWER") is None


def test_a_disabled_account_cannot_sign_in_and_a_new_password_replaces_the_old(store, settings):
    accounts.add_account(store, settings, "b.reviewer", PASSWORD, ["finance"])
    accounts.set_password(store, settings, "b.reviewer", "another long passphrase")
    assert accounts.authenticate(store, settings, "b.reviewer", PASSWORD) is None
    assert accounts.authenticate(store, settings, "b.reviewer", "another long passphrase") is not None

    accounts.disable_account(store, settings, "b.reviewer")

    assert accounts.authenticate(store, settings, "b.reviewer", "another long passphrase") is None
    listed = accounts.list_accounts(store, settings)
    assert [(a.username, a.disabled) for a in listed] == [("b.reviewer", True)]


@pytest.mark.parametrize(
    ("username", "password", "agencies", "problem"),
    [
        ("A.Reviewer", PASSWORD, ["health"], "username"),
        ("x", PASSWORD, ["health"], "username"),
        ("../../reports/x", PASSWORD, ["health"], "username"),
        ("reviewer\n", PASSWORD, ["health"], "username"),
        ("r" * 65, PASSWORD, ["health"], "username"),
        ("c.reviewer", "short", ["health"], "password"),
        ("c.reviewer", "p" * 1025, ["health"], "password"),
        ("c.reviewer", PASSWORD, [], "at least one agency"),
        ("c.reviewer", PASSWORD, ["../finance"], "storage folder"),
    ],
)
def test_invalid_accounts_are_refused(store, settings, username, password, agencies, problem):
    with pytest.raises(AccountError, match=problem):
        accounts.add_account(store, settings, username, password, agencies)
    assert list(store.list(settings.bucket_registry)) == []


def test_an_existing_account_is_never_overwritten(store, settings):
    accounts.add_account(store, settings, "d.reviewer", PASSWORD, ["health"])
    with pytest.raises(AccountError, match="already exists"):
        accounts.add_account(store, settings, "d.reviewer", "attacker's password", ["finance"])
    assert accounts.authenticate(store, settings, "d.reviewer", PASSWORD).agencies == ["health"]
    with pytest.raises(AccountError, match="no account"):
        accounts.set_password(store, settings, "e.reviewer", PASSWORD)


def test_a_hash_with_old_parameters_is_replaced_at_sign_in(store, settings):
    weak = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1).hash(PASSWORD)
    record = {"username": "f.reviewer", "password_hash": weak, "agencies": ["health"]}
    store.put(settings.bucket_registry, "accounts/f.reviewer.json", json.dumps(record).encode())

    assert accounts.authenticate(store, settings, "f.reviewer", "wrong password!") is None
    assert accounts.get_account(store, settings, "f.reviewer").password_hash == weak

    signed_in = accounts.authenticate(store, settings, "f.reviewer", PASSWORD)

    rehashed = accounts.get_account(store, settings, "f.reviewer").password_hash
    assert signed_in.password_hash == rehashed != weak
    assert not PasswordHasher().check_needs_rehash(rehashed)
    assert accounts.authenticate(store, settings, "f.reviewer", PASSWORD) is not None


def test_an_account_record_copied_under_another_name_signs_nobody_in(store, settings):
    made = accounts.add_account(store, settings, "g.reviewer", PASSWORD, ["health"])
    store.put(settings.bucket_registry, "accounts/admin.json", made.model_dump_json().encode())
    with pytest.raises(AccountError, match="holds the account 'g.reviewer'"):
        accounts.authenticate(store, settings, "admin", PASSWORD)


# --- the CLI ---------------------------------------------------------------------------


@pytest.fixture
def cli_env(monkeypatch, settings):
    monkeypatch.setenv("TRUSTLIST_LOCAL_ROOT", str(settings.local_root))
    return settings


def test_trustlist_decide_records_accept_and_return_with_its_notice(
    cli_env, store, settings, sample_reports, capsys
):
    report = store_report(store, settings, sample_reports[INCONSISTENT])
    args = ["decide", "energy", report.application_id]
    accounts.add_account(store, settings, "a.reviewer", PASSWORD, ["energy"])
    accounts.add_account(store, settings, "b.reviewer", PASSWORD, ["energy"])
    accounts.add_account(store, settings, "c.reviewer", PASSWORD, ["health"])

    assert main([*args, "return", "--reviewer", "a.reviewer"]) == 2  # a return needs a reason
    assert "at least one reason" in capsys.readouterr().err
    assert main([*args, "accept", "--reviewer", "a.reviewer", "--revision", "2"]) == 2
    assert "no report for revision 2" in capsys.readouterr().err
    # Only a reviewer of the agency, with an account, decides.
    assert main([*args, "return", "--reason", "x", "--reviewer", "nobody"]) == 2
    assert "no enabled reviewer account 'nobody'" in capsys.readouterr().err
    assert main([*args, "return", "--reason", "x", "--reviewer", "c.reviewer"]) == 2
    assert "does not review 'energy'" in capsys.readouterr().err

    reason = "Владелец системы в заключении — другое лицо"
    code = main([*args, "return", "--reason", reason, "--reviewer", "a.reviewer"])

    out = capsys.readouterr().out
    assert code == 0
    notice_key = f"energy/{report.application_id}/r1/notice.pdf"
    assert f"reports/{notice_key}" in out
    assert store.get(settings.bucket_reports, notice_key).startswith(b"%PDF")

    # The report is inconsistent: no acceptance until its blocking check is waived.
    assert main([*args, "accept", "--reviewer", "b.reviewer"]) == 2
    refused = capsys.readouterr().err
    assert "cannot be accepted" in refused and "XDC-04" in refused
    justification = "Собственник переименован после аудита; выписка из реестра юрлиц приложена"
    waive = ["waive", "energy", report.application_id, "XDC-04", "--reviewer", "b.reviewer"]
    assert main([*waive, "--justification", "ok"]) == 2  # too short to justify anything
    assert "written justification" in capsys.readouterr().err
    assert main([*waive, "--justification", justification]) == 0
    assert "waiver recorded: registry/waivers/energy/" in capsys.readouterr().out

    assert main([*args, "accept", "--reviewer", "b.reviewer"]) == 0
    assert "notice" not in capsys.readouterr().out
    recorded = registry.decisions_for(store, settings, "energy", report.application_id)
    assert [(d.decision, d.reasons, d.reviewer, d.revision, d.waived) for d in recorded] == [
        ("return", [reason], "a.reviewer", 1, []),
        ("accept", [], "b.reviewer", 1, ["XDC-04"]),
    ]
    assert main(["decide", "energy", "ENR-NONE", "accept", "--reviewer", "b.reviewer"]) == 2
    assert "no application energy/ENR-NONE" in capsys.readouterr().err


def test_trustlist_users_reads_passwords_from_stdin_and_never_prints_them(
    cli_env, store, settings, monkeypatch, capsys
):
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["users", "add", "h.reviewer", "--agency", "health", "--password-stdin"]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    assert main(["users", "passwd", "h.reviewer", "--password-stdin"]) == 2
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["users", "add", "h.reviewer", "--agency", "finance", "--password-stdin"]) == 2
    assert main(["users", "list"]) == 0
    assert main(["users", "disable", "h.reviewer"]) == 0
    assert main(["users", "disable", "nobody"]) == 2

    captured = capsys.readouterr()
    assert PASSWORD not in captured.out + captured.err
    assert "h.reviewer\thealth\tactive" in captured.out
    assert "already exists" in captured.err
    assert accounts.authenticate(store, settings, "h.reviewer", PASSWORD) is None  # disabled
    assert accounts.get_account(store, settings, "h.reviewer").disabled
    with pytest.raises(SystemExit):
        main(["users", "add", "i.reviewer", "--agency", "health", "--password", PASSWORD])


# --- on S3 -----------------------------------------------------------------------------


def test_decisions_accounts_and_publication_work_unchanged_on_s3(s3_settings, sample_reports):
    """The same calls through the minio SDK to moto's S3 server (signatures checked), where
    append-only rests on the server's conditional write (If-None-Match)."""
    from trustlist.desk.publish import publish, verify_chain
    from trustlist.intake.storage import open_store

    store = open_store(s3_settings)
    store.ensure_buckets(s3_settings.bucket_names())
    report = store_report(store, s3_settings, sample_reports[COMPLETE])
    first = registry.record_decision(store, s3_settings, decision(report, "return"))
    first_bytes = store.get(s3_settings.bucket_registry, first)
    registry.record_decision(
        store, s3_settings, decision(report, "accept", at=datetime(2026, 3, 19, tzinfo=ALMATY))
    )

    assert store.get(s3_settings.bucket_registry, first) == first_bytes
    assert not store.put_if_absent(s3_settings.bucket_registry, first, b"{}")
    app = registry.application(store, s3_settings, "health", report.application_id, today=date(2026, 3, 19))
    assert (app.status, [d.decision for d in app.decisions]) == ("accepted", ["return", "accept"])

    accounts.add_account(store, s3_settings, "s3.reviewer", PASSWORD, ["health"])
    with pytest.raises(AccountError, match="already exists"):
        accounts.add_account(store, s3_settings, "s3.reviewer", PASSWORD, ["health"])
    assert accounts.authenticate(store, s3_settings, "s3.reviewer", PASSWORD) is not None

    assert "published/health/v1.json" in publish(store, s3_settings, today=date(2026, 3, 20))
    assert verify_chain(store, s3_settings, "health") == []
