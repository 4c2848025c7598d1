"""The reviewer web app through Starlette's TestClient, on a LocalStore seeded by the real pipeline.

Reports come from sample bundles processed the way the flow processes them (inbox ->
archive -> extract -> checks -> report), so evidence crops are cut from the archived
originals. Hostile text comes in through a portal ``application.json``.
"""

from __future__ import annotations

import base64
import io
import json
import re
import shutil
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import pytest
from fastapi.testclient import TestClient
from PIL import Image

from benchmarks.accuracy import evaluate_corrections
from sample_docs.evaluate import samples
from trustlist.cli import main
from trustlist.compose import html
from trustlist.compose.process import Pipeline, page_store
from trustlist.core.errors import ConfigError
from trustlist.core.keys import sessions_prefix
from trustlist.core.report import Evidence, Report
from trustlist.core.settings import Settings
from trustlist.desk import accounts, publish, registry, sessions
from trustlist.desk.registry import Decision, Waiver
from trustlist.intake import inbox
from trustlist.intake.storage import ObjectStore, open_store
from trustlist.web.auth import SESSION_COOKIE

COMPLETE = "health/01-datasapa-complete"
INCOMPLETE = "health/21-amanat-application-after-receipt"  # FLD-03: a date after receipt, with its box
SECRET = "only-for-tests_9fQ2xLm7Vb4Kp8Rz1Wc6Yd3Hn5Tg0Js"
PASSWORD = "correct horse battery"
HOSTILE_NAME = "<script>window.__pwned=1</script>{{ 7*7 }}"
HOSTILE_ID = "HLT-<b>9&\"'"


# --- seeding: the same steps as flows/process.py, without Prefect -----------------------


def web_settings(root: Path, **overrides) -> Settings:
    return Settings(local_root=root, web_session_secret=SECRET, **overrides)


def put_sample(store: ObjectStore, settings: Settings, name: str) -> None:
    sample = next(s for s in samples() if s.name == name)
    agency = name.split("/")[0]
    if sample.path.is_file():
        store.put(settings.bucket_inbox, f"{agency}/{sample.path.name}", sample.path.read_bytes())
        return
    # The manifest last, as a folder bundle is uploaded.
    for path in sorted(sample.path.iterdir(), key=lambda p: p.name == "manifest.json"):
        store.put(settings.bucket_inbox, f"{agency}/{sample.path.name}/{path.name}", path.read_bytes())


def put_hostile(store: ObjectStore, settings: Settings, agency: str = "health") -> None:
    """A portal export whose names are markup and template syntax, under an id full of HTML."""
    app = {
        "type": "application",
        "applicant_name": f"ТОО «{HOSTILE_NAME}»",
        "applicant_bin": "220940033446",
        "system_name": HOSTILE_NAME,
        "system_version": "1.0",
        "application_date": "2026-03-01",
    }
    data = json.dumps(app, ensure_ascii=False).encode()
    manifest = {"application_id": HOSTILE_ID, "submitted_at": "2026-03-02T10:00:00+05:00"}
    store.put(settings.bucket_inbox, f"{agency}/hostile/application.json", data)
    store.put(settings.bucket_inbox, f"{agency}/hostile/manifest.json", json.dumps(manifest).encode())


def process_inbox(store: ObjectStore, settings: Settings) -> list[Report]:
    """Every ready inbox bundle archived, checked and reported as the process flow does it."""
    from trustlist.flows.process import write_report

    pipeline = Pipeline(settings)
    reports = []
    for item in inbox.list_inbox(store, settings):
        bundle = inbox.load(store, item, settings)
        inbox.archive(store, item, bundle, settings)
        kept = page_store(settings.bundles_at_once)
        documents = [d for f in bundle.files for d in pipeline.extract(f, kept)]
        checks = pipeline.validate(bundle, documents)
        report, _ = write_report.fn(store, pipeline, item, bundle, documents, checks, kept)
        reports.append(report)
    return reports


def seed(root: Path) -> dict[str, Report]:
    settings = web_settings(root)
    store = open_store(settings)
    store.ensure_buckets(settings.bucket_names())
    for name in (COMPLETE, INCOMPLETE):
        put_sample(store, settings, name)
    put_hostile(store, settings)
    reports = process_inbox(store, settings)
    accounts.add_account(store, settings, "aigerim", PASSWORD, ["health"])
    accounts.add_account(store, settings, "farid", PASSWORD, ["finance"])
    return {r.outcome if r.application_id != HOSTILE_ID else "hostile": r for r in reports}


@pytest.fixture(scope="module")
def seeded(tmp_path_factory) -> tuple[Path, dict[str, Report]]:
    root = tmp_path_factory.mktemp("seeded") / "store"
    return root, seed(root)


@pytest.fixture
def env(seeded, tmp_path):
    """A private copy of the seeded store, its settings and reports, and a client factory."""
    root = tmp_path / "store"
    shutil.copytree(seeded[0], root)
    settings = web_settings(root)
    from trustlist.web.app import create_app

    app = create_app(settings)

    def client() -> TestClient:
        # https, so that the Secure session cookie is sent back as a browser would.
        return TestClient(app, base_url="https://testserver", follow_redirects=False)

    return settings, open_store(settings), seeded[1], client


def csrf_of(response) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', response.text)
    assert match, "the page has no CSRF token"
    return match.group(1)


def sign_in(client: TestClient, username: str = "aigerim", password: str = PASSWORD):
    token = csrf_of(client.get("/login"))
    return client.post("/login", data={"username": username, "password": password, "csrf_token": token})


def url(report: Report) -> str:
    from urllib.parse import quote

    return f"/applications/{quote(report.agency, safe='')}/{quote(report.application_id, safe='')}"


# --- start-up and sessions ----------------------------------------------------------------


def test_refuses_to_start_without_a_proper_session_secret(tmp_path):
    from trustlist.web.app import create_app

    with pytest.raises(ConfigError, match="TRUSTLIST_WEB_SESSION_SECRET"):
        create_app(Settings(local_root=tmp_path))
    with pytest.raises(ConfigError, match="at least 32"):
        create_app(Settings(local_root=tmp_path, web_session_secret="short"))
    assert create_app(Settings(local_root=tmp_path, web_dev=True)) is not None


def test_sign_in_with_the_right_password_only(env):
    settings, store, reports, client = env
    c = client()
    assert c.get("/").headers["location"] == "/login"

    for username, password in [("aigerim", "wrong password!"), ("nobody", PASSWORD), ("AIGERIM", PASSWORD)]:
        refused = sign_in(c, username, password)
        assert refused.status_code == 401
        assert "Неверное имя пользователя или пароль" in refused.text
        assert c.get("/").status_code == 303  # still signed out

    accepted = sign_in(c)
    assert (accepted.status_code, accepted.headers["location"]) == (303, "/")
    cookie = accepted.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie and "secure" in cookie
    queue = c.get("/")
    assert queue.status_code == 200 and "aigerim" in queue.text
    assert queue.headers["cache-control"] == "no-store"
    assert "script-src" not in queue.headers["content-security-policy"]  # default-src 'none': no script
    assert "default-src 'none'" in queue.headers["content-security-policy"]


def test_disabling_an_account_or_changing_its_password_ends_its_sessions(env):
    settings, store, reports, client = env
    first, second = client(), client()
    sign_in(first)
    sign_in(second)
    accounts.set_password(store, settings, "aigerim", "a brand new passphrase")
    assert first.get("/").headers["location"] == "/login"
    assert sign_in(first, password="a brand new passphrase").status_code == 303
    accounts.disable_account(store, settings, "aigerim")
    assert first.get("/").headers["location"] == "/login"
    assert second.get("/").headers["location"] == "/login"
    assert sign_in(first, password="a brand new passphrase").status_code == 401


def test_sign_out_ends_the_session_even_for_a_copy_of_its_cookie(env):
    settings, store, reports, client = env
    c = client()
    sign_in(c)
    queue = c.get("/")
    captured = c.cookies.get(SESSION_COOKIE)
    token = csrf_of(queue)
    assert c.post("/logout", data={"csrf_token": token}).headers["location"] == "/login"
    assert c.get("/").headers["location"] == "/login"

    # Someone who copied the cookie before sign-out gets nothing with it.
    replay = client()
    replay.cookies.set(SESSION_COOKIE, captured, domain="testserver.local")
    assert replay.get("/").headers["location"] == "/login"
    complete = reports["complete"]
    accept = {"decision": "accept", "revision": "1", "csrf_token": token}
    replay.cookies.set(SESSION_COOKIE, captured, domain="testserver.local")  # as it was, once more
    assert replay.post(url(complete), data=accept).headers["location"] == "/login"
    assert registry.decisions_for(store, settings, "health", complete.application_id) == []


def test_a_session_ends_at_its_maximum_age_whatever_its_cookie_says(env):
    settings, store, reports, client = env
    c = client()
    sign_in(c)
    [record] = store.list(settings.bucket_registry, sessions_prefix("aigerim"))
    session_id = record.key.rsplit("/", 1)[1].removesuffix(".json")
    later = datetime.now(UTC) + timedelta(seconds=settings.web_session_max_age_s + 1)
    assert sessions.session_is_open(store, settings, "aigerim", session_id)
    assert not sessions.session_is_open(store, settings, "aigerim", session_id, now=later)
    # The next sign-in of that user forgets records that can no longer open anything.
    sessions.open_session(store, settings, "aigerim")
    assert len(list(store.list(settings.bucket_registry, sessions_prefix("aigerim")))) == 2
    newest = sessions.open_session(store, settings, "aigerim", now=later)
    [kept] = store.list(settings.bucket_registry, sessions_prefix("aigerim"))
    assert kept.key.endswith(f"/{newest}.json")


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_wrong_passwords_make_the_next_try_wait_even_with_the_right_one(env):
    settings, store, reports, client = env
    c = client()
    clock = FakeClock()
    c.app.state.signin_throttle.clock = clock
    for _ in range(settings.web_signin_free_failures):
        assert sign_in(c, password="not the password").status_code == 401
    refused = c.get("/login?lang=kk")
    answer = c.post(
        "/login", data={"username": "aigerim", "password": PASSWORD, "csrf_token": csrf_of(refused)}
    )
    assert answer.status_code == 429
    assert "Кіру әрекеттері тым көп сәтсіз болды. 1 секундтан кейін қайталаңыз." in answer.text
    clock.now += 1
    assert sign_in(c).status_code == 303  # and the count starts again
    assert c.app.state.signin_throttle.wait_s(("account:aigerim",)) == 0


def test_password_checks_run_a_bounded_number_at_once(env, monkeypatch):
    settings, store, reports, client = env
    limit = settings.web_signin_checks_at_once
    running, most, lock = 0, 0, threading.Lock()
    real = accounts.authenticate

    def counted(*args, **kwargs):
        nonlocal running, most
        with lock:
            running += 1
            most = max(most, running)
        try:
            return real(*args, **kwargs)
        finally:
            with lock:
                running -= 1

    monkeypatch.setattr(accounts, "authenticate", counted)
    results: list[int] = []

    def attempt() -> None:
        results.append(sign_in(client()).status_code)

    threads = [threading.Thread(target=attempt) for _ in range(3 * limit + 2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert results == [303] * len(threads)
    assert 1 <= most <= limit


def test_hsts_is_sent_when_the_app_is_served_over_tls(env):
    settings, store, reports, client = env
    assert client().get("/login").headers["strict-transport-security"].startswith("max-age=31536000")


# --- CSRF -------------------------------------------------------------------------------


def test_every_post_without_the_sessions_csrf_token_is_refused(env):
    settings, store, reports, client = env
    incomplete = reports["incomplete"]
    c = client()
    assert c.post("/login", data={"username": "aigerim", "password": PASSWORD}).status_code == 403
    sign_in(c)
    form = {"decision": "accept", "revision": "1"}
    assert c.post(url(incomplete), data=form).status_code == 403
    assert c.post(url(incomplete), data={**form, "csrf_token": "forged"}).status_code == 403
    other = client()
    sign_in(other)
    stolen = csrf_of(other.get(url(incomplete)))  # a valid token, of another session
    assert c.post(url(incomplete), data={**form, "csrf_token": stolen}).status_code == 403
    assert c.post("/logout").status_code == 403
    oversized = {**form, "csrf_token": csrf_of(c.get(url(incomplete))), "other_reasons": "x" * 70_000}
    assert c.post(url(incomplete), data=oversized).status_code == 413
    assert registry.decisions_for(store, settings, "health", incomplete.application_id) == []
    assert c.get("/").status_code == 200  # still signed in: refusals change nothing


# --- the queue, the report page and decisions ------------------------------------------


def test_queue_lists_the_reviewers_applications_by_urgency_with_links(env):
    settings, store, reports, client = env
    c = client()
    sign_in(c)
    page = c.get("/?lang=en").text
    rows = re.findall(r'<tr class="application" data-agency="([^"]+)" data-application="([^"]+)"', page)
    expected = registry.applications(store, settings, ["health"]).apps
    assert [(a, html_unescape(i)) for a, i in rows] == [(a.agency, a.application_id) for a in expected]
    assert len(rows) == 3
    for report in reports.values():
        assert f'href="{url(report)}"' in page.replace("&amp;", "&").replace("&#39;", "'")
    assert "awaiting review" in page and "Review due" in page


def test_a_damaged_report_is_one_unreadable_row_and_the_rest_of_the_queue_works(env, caplog):
    settings, store, reports, client = env
    incomplete, complete = reports["incomplete"], reports["complete"]
    store.put(settings.bucket_reports, f"health/{incomplete.application_id}/r1/report.json", b"{truncated")
    c = client()
    sign_in(c)
    page = c.get("/?lang=kk")
    assert page.status_code == 200
    row = re.search(
        rf'<tr class="application unreadable"[^>]*data-application="{incomplete.application_id}"'
        r'[^>]*data-status="unreadable">(.*?)</tr>',
        page.text,
        re.S,
    )
    assert row and "жазба оқылмайды" in row.group(1)
    assert f"{incomplete.application_id} cannot be read" in caplog.text
    # Every other application opens and can be decided.
    assert c.get(url(complete)).status_code == 200
    accept = {"decision": "accept", "revision": "1", "csrf_token": csrf_of(page)}
    assert c.post(url(complete), data=accept).status_code == 303
    # publish holds back only the agency with the damaged record, and says why.
    assert publish.publish(store, settings) == []
    assert f"health: not published: health/{incomplete.application_id} cannot be read" in caplog.text


def without_links(page: str) -> str:
    return re.sub(r'href="[^"]*"', "", page)


def html_unescape(text: str) -> str:
    import html as std_html

    return std_html.unescape(text)


def test_report_page_shows_outcome_days_left_and_a_crop_of_the_failing_field(env):
    settings, store, reports, client = env
    incomplete = reports["incomplete"]
    c = client()
    sign_in(c)
    page = c.get(url(incomplete) + "?lang=en").text
    assert 'data-outcome="incomplete"' in page and "Пакет неполный" in page and "Incomplete" in page
    assert re.search(r'data-days-left="-?\d+"', page)
    # Blocking first, then warnings, then what passed.
    assert page.index('class="checks blocking"') < page.index('class="checks warning"')
    assert page.index('class="checks warning"') < page.index('class="checks passed"')
    crops = re.findall(
        r'<img class="crop" src="data:image/png;base64,([^"]+)" alt="[^"]*" data-field="([^"]*)"', page
    )
    assert [field for _, field in crops] == ["application_date"]  # FLD-03's date, after receipt
    image = Image.open(io.BytesIO(base64.b64decode(crops[0][0])))
    assert image.width > 100 and image.height > 20
    assert red_pixels(image) > 50  # the field's box is outlined
    assert "<script" not in page.lower()


def red_pixels(image: Image.Image) -> int:
    rgb = np.asarray(image.convert("RGB")).astype(int)
    return int(((rgb[..., 0] > 180) & (rgb[..., 1] < 90) & (rgb[..., 2] < 90)).sum())


def test_standalone_report_is_one_self_contained_file(env):
    settings, store, reports, client = env
    c = client()
    sign_in(c)
    page = c.get(url(reports["incomplete"]) + "/report.html").text
    assert page.startswith("<!DOCTYPE html>")
    assert "data:image/png;base64," in page
    assert not re.search(r'(src|href)="(https?:)?//', page)
    assert "<link" not in page and "<script" not in page.lower()


def test_decisions_from_the_web_are_recorded_as_the_signed_in_reviewer(env):
    settings, store, reports, client = env
    incomplete, complete = reports["incomplete"], reports["complete"]
    c = client()
    sign_in(c)
    page = c.get(url(incomplete))
    no_reason = {"decision": "return", "revision": "1", "csrf_token": csrf_of(page)}
    refused = c.post(url(incomplete), data=no_reason)
    assert refused.status_code == 400 and "reason" in refused.text
    assert registry.decisions_for(store, settings, "health", incomplete.application_id) == []

    reasons = {**no_reason, "reason": ["FLD-03: дата позже получения"], "other_reasons": "Уточните дату\n\n"}
    done = c.post(url(incomplete), data=reasons)
    assert done.status_code == 303 and done.headers["location"] == url(incomplete)
    [decision] = registry.decisions_for(store, settings, "health", incomplete.application_id)
    assert (decision.reviewer, decision.decision, decision.revision) == ("aigerim", "return", 1)
    assert decision.reasons == ["FLD-03: дата позже получения", "Уточните дату"]
    after = c.get(url(incomplete)).text
    assert 'data-status="returned"' in after and 'id="notice-link"' in after
    notice = c.get(url(incomplete) + "/notice.pdf")
    assert notice.headers["content-type"] == "application/pdf" and notice.content.startswith(b"%PDF")

    stale = {"decision": "accept", "revision": "2", "csrf_token": csrf_of(page)}
    assert c.post(url(complete), data=stale).status_code == 409
    accept = {"decision": "accept", "revision": "1", "csrf_token": csrf_of(page)}
    assert c.post(url(complete), data=accept).status_code == 303
    assert registry.application(store, settings, "health", complete.application_id).status == "accepted"


def test_an_incomplete_report_is_accepted_only_once_each_blocking_failure_is_waived(env):
    settings, store, reports, client = env
    incomplete = reports["incomplete"]
    blocking = [c.code for c in registry.blocking_failures(incomplete)]
    assert blocking  # FLD-03 in this sample
    c = client()
    sign_in(c)
    token = csrf_of(c.get(url(incomplete)))
    accept = {"decision": "accept", "revision": "1", "csrf_token": token}

    refused = c.post(url(incomplete), data=accept)
    assert refused.status_code == 409
    box = re.search(
        r'<div class="error" role="alert" id="acceptance-refused">(.*?)</div>', refused.text, re.S
    )
    assert box and "Эти блокирующие проверки не выполнены и не сняты" in box.group(1)
    assert re.findall(r'<li data-check="([A-Z]{3}-\d\d)">', box.group(1)) == blocking
    assert re.search(r'id="decision-accept" required checked', refused.text)  # the choice is kept
    # Before the report, not thousands of pixels below it.
    assert refused.text.index('id="acceptance-refused"') < refused.text.index('class="report')
    assert registry.decisions_for(store, settings, "health", incomplete.application_id) == []

    waive = {"revision": "1", "csrf_token": token}
    short = c.post(
        url(incomplete) + "/waivers?lang=kk", data={**waive, "check": blocking[0], "justification": "иә"}
    )
    assert short.status_code == 400 and "негіздеме тым қысқа" in short.text
    justification = "Дата заявления исправлена заявителем письмом, копия в деле"
    for code in blocking:
        done = c.post(
            url(incomplete) + "/waivers", data={**waive, "check": code, "justification": justification}
        )
        assert done.status_code == 303
    assert c.post(url(incomplete), data=accept).status_code == 303

    app = registry.application(store, settings, "health", incomplete.application_id)
    assert app.status == "accepted" and app.decisions[-1].waived == blocking
    assert [(w.check, w.reviewer, w.justification) for w in app.waivers] == [
        (code, "aigerim", justification) for code in blocking
    ]
    # The page settles: the decision first, no form, no notice, no deadline counting down.
    settled = c.get(url(incomplete) + "?lang=en").text
    assert 'id="decided" data-decision="accept"' in settled and 'id="decide"' not in settled
    assert settled.index('id="decided"') < settled.index('class="report')
    assert 'id="notice-link"' not in settled and 'class="days' not in settled
    # The report marks each waived check with its justification, on the page and in the file.
    for page in (c.get(url(incomplete) + "?lang=ru").text, c.get(url(incomplete) + "/report.html").text):
        for code in blocking:
            assert re.search(rf'data-waived="{code}">.*?{re.escape(justification)}', page, re.S)


def test_a_correction_checks_the_revision_again_into_a_new_report_version(env):
    settings, store, reports, client = env
    incomplete = reports["incomplete"]
    assert incomplete.failing_codes() == ["FLD-03"] and incomplete.outcome == "incomplete"
    [doc] = [d for d in incomplete.documents if d.type == "application"]
    machine_date = doc.fields["application_date"].value
    machine_bytes = store.get(settings.bucket_reports, f"health/{incomplete.application_id}/r1/report.json")
    c = client()
    sign_in(c)
    page = c.get(url(incomplete))
    form = re.search(
        rf'<form [^>]*class="correct" data-file="{doc.file}" data-field="application_date">', page.text
    )
    assert form and page.text.index(form.group()) < page.text.index('id="all-fields"')  # named by FLD-03
    fix = {
        "revision": "1",
        "file": doc.file,
        "document_type": "application",
        "field": "application_date",
        "csrf_token": csrf_of(page),
    }

    bad = c.post(url(incomplete) + "/corrections?lang=kk", data={**fix, "value": "ертең", "reason": "скан"})
    assert bad.status_code == 400 and "мән бұл өріске сәйкес келмейді" in bad.text
    unreasoned = c.post(
        url(incomplete) + "/corrections?lang=ru", data={**fix, "value": "02.09.2026", "reason": " "}
    )
    assert unreasoned.status_code == 400 and "укажите причину" in unreasoned.text
    done = c.post(
        url(incomplete) + "/corrections", data={**fix, "value": "02.09.2026", "reason": "на скане 2 сентября"}
    )
    assert done.status_code == 303

    prefix = f"health/{incomplete.application_id}/r1/"
    current = Report.model_validate_json(store.get(settings.bucket_reports, prefix + "report.json"))
    assert (current.report_version, current.outcome, current.failing_codes()) == (2, "complete", [])
    corrected = next(d for d in current.documents if d.file == doc.file).fields["application_date"]
    assert (corrected.value, corrected.method, corrected.confidence) == ("2026-09-02", "reviewer", 1.0)
    assert (corrected.corrected.by, corrected.corrected.machine_value) == ("aigerim", machine_date)
    kept = store.get(settings.bucket_reports, prefix + "report.v1.json")
    assert kept == machine_bytes  # the machine's report, byte for byte
    assert store.get(settings.bucket_reports, prefix + "report.v2.json") == store.get(
        settings.bucket_reports, prefix + "report.json"
    )
    shown = c.get(url(incomplete) + "?lang=ru").text
    assert 'data-report-version="2"' in shown
    corrected_mark = re.search(r'data-corrected="application_date">(.*?)</span> *</div>', shown, re.S)
    assert corrected_mark and "исправлено экспертом" in corrected_mark.group(1)
    assert "aigerim" in corrected_mark.group(1) and f"«{machine_date}»" in corrected_mark.group(1)
    [record] = registry.corrections_for(store, settings, "health", incomplete.application_id)
    assert (record.machine_value, record.value, record.reason) == (
        machine_date,
        "2026-09-02",
        "на скане 2 сентября",
    )

    # Now complete, the revision is accepted; a decided revision takes no more corrections.
    accept = {"decision": "accept", "revision": "1", "csrf_token": csrf_of(page)}
    assert c.post(url(incomplete), data=accept).status_code == 303
    late = c.post(url(incomplete) + "/corrections", data={**fix, "value": "03.09.2026", "reason": "ещё раз"})
    assert late.status_code == 409 and "is decided" in late.text


def test_trustlist_correct_and_the_labelled_examples_it_leaves(env, monkeypatch, capsys, tmp_path):
    settings, store, reports, client = env
    monkeypatch.setenv("TRUSTLIST_LOCAL_ROOT", str(settings.local_root))
    incomplete = reports["incomplete"]
    [doc] = [d for d in incomplete.documents if d.type == "application"]
    machine = doc.fields["application_date"]
    args = ["correct", "health", incomplete.application_id, doc.file, "application_date"]

    assert (
        main([*args, "2 сентября 2026", "--type", "application", "--reason", "скан", "--reviewer", "farid"])
        == 2
    )
    assert "does not review 'health'" in capsys.readouterr().err
    assert main([*args, "вчера", "--type", "application", "--reason", "скан", "--reviewer", "aigerim"]) == 2
    assert "is not a date" in capsys.readouterr().err
    code = main(
        [*args, "2 сентября 2026", "--type", "application", "--reason", "скан", "--reviewer", "aigerim"]
    )
    assert code == 0
    assert capsys.readouterr().out.strip() == "report r1 version 2: complete"

    assert main(["labelled-examples", "--agency", "health"]) == 0
    [line] = capsys.readouterr().out.splitlines()
    assert json.loads(line) == {
        "sha256": doc.sha256,
        "file": doc.file,
        "document_type": "application",
        "page": machine.page,
        "bbox": list(machine.bbox),
        "field": "application_date",
        "value": "2026-09-02",
    }
    # The accuracy benchmark reads them: the machine's reading of that document now misses.
    examples, documents = tmp_path / "corrections.jsonl", tmp_path / "documents"
    examples.write_text(line + "\n", encoding="utf-8")
    documents.mkdir()
    (documents / doc.file).write_bytes(html.archived_files(store, settings, incomplete)[doc.file])
    evaluate_corrections(examples, documents, settings, show_misses=True)
    out = capsys.readouterr().out
    assert "1 of 1 examples have their document" in out
    assert re.search(r"^  application +0/1 ", out, re.M)
    assert f"MISS {doc.file} application.application_date: '{machine.value}' != '2026-09-02'" in out


# --- access across agencies -------------------------------------------------------------


def test_another_agencys_application_is_not_found_however_it_is_asked_for(env):
    settings, store, reports, client = env
    incomplete = reports["incomplete"]
    c = client()
    sign_in(c, "farid")
    queue = c.get("/").text
    assert incomplete.application_id not in queue and "data-application" not in queue
    missing = c.get("/applications/finance/FIN-0000-0000")
    assert missing.status_code == 404
    for path in [
        url(incomplete),
        url(incomplete) + "/report.html",
        url(incomplete) + "/notice.pdf",
        "/applications/finance%2F..%2Fhealth/" + incomplete.application_id,
        "/applications/..%2Fhealth/" + incomplete.application_id,
    ]:
        response = c.get(path)
        assert response.status_code == 404, path
        assert incomplete.application_id not in without_links(response.text)
        assert without_links(response.text) == without_links(missing.text)
    token = csrf_of(c.get("/"))
    for decision in ("accept", "return"):
        form = {"decision": decision, "revision": "1", "reason": "x", "csrf_token": token}
        assert c.post(url(incomplete), data=form).status_code == 404
    assert registry.decisions_for(store, settings, "health", incomplete.application_id) == []


# --- the public list --------------------------------------------------------------------


def test_public_list_needs_no_sign_in_and_shows_accepted_systems_escaped(env):
    settings, store, reports, client = env
    c = client()
    first = c.get("/public")
    assert first.status_code == 200 and "set-cookie" not in first.headers  # no session for readers
    assert c.get("/public/health").status_code == 404
    waive_all(store, settings, reports["hostile"])
    for key in ("complete", "hostile"):
        decide(store, settings, reports[key], "accept")
    publish.publish(store, settings)

    index = c.get("/public").text
    assert 'href="/public/health"' in index
    page = c.get("/public/health")
    assert page.status_code == 200 and "set-cookie" not in page.headers
    names = re.findall(r'<td class="system-name">([^<]*)</td>', page.text)
    system = registry.report_field(reports["complete"], "application", "system_name")
    assert system in [html_unescape(n) for n in names]
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;{{ 7*7 }}" in page.text
    assert 'id="chain-ok"' in page.text
    assert c.get("/public/health/v1.csv").content.decode("utf-8-sig").startswith("application_id,")
    assert c.get("/public/health/v1.json").json()["version"] == 1
    assert c.get("/public/health/v9.json").status_code == 404
    assert c.get("/public/..%2Fhealth").status_code == 404


def decide(store, settings, report: Report, decision: str, reasons=()) -> None:
    registry.record_decision(
        store,
        settings,
        Decision(
            agency=report.agency,
            application_id=report.application_id,
            revision=report.revision,
            decision=decision,
            reasons=list(reasons),
            reviewer="cli",
            decided_at=datetime.now(UTC),
        ),
    )


def waive_all(store, settings, report: Report) -> None:
    """Each blocking failure of ``report`` waived, as a reviewer may where the law allows."""
    for check in registry.blocking_failures(report):
        registry.record_waiver(
            store,
            settings,
            Waiver(
                agency=report.agency,
                application_id=report.application_id,
                revision=report.revision,
                check=check.code,
                justification="Документы представлены на бумаге и проверены экспертом лично",
                reviewer="cli",
                waived_at=datetime.now(UTC),
            ),
        )


# --- hostile text -----------------------------------------------------------------------


def test_markup_and_template_syntax_in_documents_are_shown_as_text(env):
    settings, store, reports, client = env
    hostile = reports["hostile"]
    c = client()
    sign_in(c)
    pages = [c.get("/").text, c.get(url(hostile)).text, c.get(url(hostile) + "/report.html").text]
    for page in pages:
        assert "<script" not in page.lower() and "<b>9" not in page
        assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in page
        assert "&lt;/script&gt;{{ 7*7 }}" in page  # shown, never evaluated
    assert "HLT-&lt;b&gt;9&amp;" in pages[1]
    form = {
        "decision": "return",
        "revision": "1",
        "other_reasons": HOSTILE_NAME,
        "csrf_token": csrf_of(c.get("/")),
    }
    assert c.post(url(hostile), data=form).status_code == 303
    page = c.get(url(hostile)).text
    assert "<script" not in page.lower() and "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in page


# --- evidence crops on their own ------------------------------------------------------


def test_crop_of_an_image_box_in_pixels_and_no_crop_from_unreadable_bytes(env):
    settings, store, reports, client = env
    report = reports["incomplete"]
    scan = Image.new("RGB", (1200, 1600), "white")
    for x in range(300, 700):
        for y in range(800, 840):
            scan.putpixel((x, y), (0, 0, 0))
    buffer = io.BytesIO()
    scan.save(buffer, format="PNG")
    failing = report.checks[0].model_copy(
        update={
            "status": "fail",
            "evidence": [Evidence(file="scan.png", page=1, field="x", bbox=(300, 800, 700, 840))],
        }
    )
    shaped = report.model_copy(update={"checks": [failing]})
    crops = html.evidence_crops(shaped, {"scan.png": buffer.getvalue()}, settings.reading)
    [uri] = crops.values()
    crop = Image.open(io.BytesIO(base64.b64decode(uri.split(",", 1)[1])))
    assert red_pixels(crop) > 100
    assert crop.height < 600  # a strip around the box, not the page

    for garbage in (b"%PDF-1.7\n garbage", b"\x89PNG\r\n\x1a\n truncated", b""):
        for name in ("scan.png", "scan.pdf"):
            moved = failing.model_copy(
                update={"evidence": [failing.evidence[0].model_copy(update={"file": name})]}
            )
            assert (
                html.evidence_crops(
                    report.model_copy(update={"checks": [moved]}), {name: garbage}, settings.reading
                )
                == {}
            )
