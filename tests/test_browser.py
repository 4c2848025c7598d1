"""The reviewer's desk in a real headless Chromium (Debian's chromium + chromium-driver).

A reviewer signs in as a new user would, finds both applications in the queue, opens
the incomplete one, sees its outcome and the crop of the failing field, returns it with
a reason, accepts the complete one, and after ``publish`` finds that system on the
public list. Document text carrying ``<script>`` is shown as text and never runs.
The app runs under uvicorn in a background thread, on a LocalStore seeded by the real
pipeline (tests/test_web.py's ``seed``). Screenshots: test-artifacts/browser/*.png.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path

import pytest

from tests.test_web import HOSTILE_NAME, PASSWORD, seed, web_settings
from trustlist.desk import publish, registry
from trustlist.desk.registry import report_field
from trustlist.intake.storage import open_store

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
SHOTS = Path(__file__).resolve().parent.parent / "test-artifacts" / "browser"
WAIT_S = 30  # a generous bound on 2 shared cores, not a timing assertion


def require_chromium() -> None:
    """Locally a missing browser skips these tests; in CI (CI=true) it fails them."""
    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.is_file()]
    try:
        import selenium  # noqa: F401
    except ImportError:
        missing.append("the selenium package")
    if not missing:
        return
    message = f"browser tests need {', '.join(missing)}: run scripts/setup.sh (apt chromium chromium-driver)"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """The web app on a free port of 127.0.0.1, its settings, store and seeded reports."""
    require_chromium()
    import uvicorn

    from trustlist.web.app import create_app

    root = tmp_path_factory.mktemp("browser") / "store"
    reports = seed(root)
    settings = web_settings(root)
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(settings), log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + WAIT_S
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", settings, reports
    server.should_exit = True
    thread.join(WAIT_S)
    sock.close()


@pytest.fixture(scope="module")
def browser(served, tmp_path_factory):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,1600",
        f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(WAIT_S)
    SHOTS.mkdir(parents=True, exist_ok=True)
    yield driver
    driver.quit()


def wait(driver, condition):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, WAIT_S).until(condition)


def sign_in(driver, screenshot: str | None = None) -> None:
    """Fill in and send the sign-in form the driver is on; wait for the queue."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec

    driver.find_element(By.ID, "username").send_keys("aigerim")
    driver.find_element(By.ID, "password").send_keys(PASSWORD)
    if screenshot:
        shot(driver, screenshot)
    driver.find_element(By.ID, "sign-in").click()
    wait(driver, ec.presence_of_element_located((By.ID, "queue")))


def shot(driver, name: str) -> None:
    # The whole page, not just the window: resize to the document's height first.
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(1280, min(max(height, 800), 6000))
    driver.save_screenshot(str(SHOTS / f"{name}.png"))
    driver.set_window_size(1280, 1600)


def test_a_new_reviewer_goes_from_the_queue_to_a_decision_to_the_public_list(served, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec

    base, settings, reports = served
    incomplete, complete, hostile = reports["incomplete"], reports["complete"], reports["hostile"]

    # Signed out, the queue sends the reviewer to the sign-in form.
    browser.get(base + "/")
    wait(browser, ec.url_to_be(base + "/login"))
    sign_in(browser, "01-login")
    assert browser.current_url == base + "/"

    rows = {
        row.get_attribute("data-application"): row
        for row in browser.find_elements(By.CSS_SELECTOR, "tr.application")
    }
    assert {incomplete.application_id, complete.application_id} <= set(rows)
    assert all(r.get_attribute("data-status") == "awaiting_review" for r in rows.values())
    shot(browser, "02-queue")

    # The incomplete application: outcome in plain words, the failing field's crop.
    rows[incomplete.application_id].find_element(By.TAG_NAME, "a").click()
    outcome = wait(browser, ec.visibility_of_element_located((By.CSS_SELECTOR, ".report .outcome")))
    assert outcome.text == "Пакет неполный"
    browser.find_element(By.CSS_SELECTOR, "label[for=lang-en]").click()
    assert outcome.text == "Incomplete"  # the language switch works without any script
    assert "FLD-03" in browser.find_element(By.CSS_SELECTOR, "section.blocking").text
    crop = browser.find_element(By.CSS_SELECTOR, "section.blocking img.crop")
    width, height = browser.execute_script(
        "return [arguments[0].naturalWidth, arguments[0].naturalHeight]", crop
    )
    assert width > 100 and height > 20
    assert crop.is_displayed()
    crop.screenshot(str(SHOTS / "03-evidence-crop.png"))
    shot(browser, "03-report-incomplete")

    # Accepting it is refused beside the form, in the page's language, the choice kept.
    browser.find_element(By.CSS_SELECTOR, "label[for=lang-ru]").click()
    browser.find_element(By.ID, "decision-accept").click()
    browser.find_element(By.ID, "record-decision").click()
    refusal = wait(browser, ec.visibility_of_element_located((By.ID, "acceptance-refused")))
    assert "FLD-03" in refusal.text and "не выполнены и не сняты" in refusal.text
    assert browser.find_element(By.ID, "decision-accept").is_selected()
    assert refusal.location["y"] < browser.find_element(By.ID, "record-decision").location["y"]
    shot(browser, "04-acceptance-refused")

    # The machine misread the date: the reviewer corrects it, with a reason, and the checks
    # run again into the report's next version, which is complete; then it is accepted.
    form = browser.find_element(By.CSS_SELECTOR, '#decide form.correct[data-field="application_date"]')
    form.find_element(By.NAME, "value").send_keys("02.09.2026")
    form.find_element(By.NAME, "reason").send_keys("На скане дата 2 сентября, машина прочла 16")
    shot(browser, "05-correction")
    form.find_element(By.TAG_NAME, "button").click()
    wait(
        browser,
        ec.presence_of_element_located((By.CSS_SELECTOR, '.report .outcome[data-outcome="complete"]')),
    )
    assert not browser.find_elements(By.CSS_SELECTOR, "section.blocking tr[data-code]")
    shot(browser, "06-corrected-complete")
    browser.find_element(By.ID, "decision-accept").click()
    browser.find_element(By.ID, "record-decision").click()
    wait(browser, ec.presence_of_element_located((By.CSS_SELECTOR, "#status[data-status=accepted]")))
    shot(browser, "07-accepted-after-correction")

    def open_from_queue(report) -> None:
        browser.get(base + "/")
        wait(
            browser,
            ec.presence_of_element_located(
                (By.CSS_SELECTOR, f'tr.application[data-application="{css_string(report.application_id)}"] a')
            ),
        ).click()
        wait(browser, ec.presence_of_element_located((By.ID, "decision-accept")))

    # Return the complete one with a reason: the status changes, the notice is linked.
    open_from_queue(complete)
    browser.find_element(By.ID, "decision-return").click()
    browser.find_element(By.ID, "other-reasons").send_keys("Приложите подписанный экземпляр заявления")
    browser.find_element(By.ID, "record-decision").click()
    status = wait(browser, ec.presence_of_element_located((By.CSS_SELECTOR, "#status[data-status=returned]")))
    assert status.text == "возвращена"
    decided = browser.find_element(By.ID, "decided").text
    assert "aigerim" in decided and "Приложите подписанный экземпляр заявления" in decided
    assert browser.find_element(By.ID, "notice-link").is_displayed()
    shot(browser, "08-returned")

    # Accept the hostile one once each of its blocking failures is waived with a justification.
    open_from_queue(hostile)
    for check in [c.code for c in registry.blocking_failures(hostile)]:
        browser.find_element(By.ID, f"justification-{check}").send_keys(
            "Документ представлен на бумаге и сверен экспертом с оригиналом"
        )
        browser.find_element(By.ID, f"waive-{check}").click()
        wait(browser, ec.presence_of_element_located((By.CSS_SELECTOR, f'.waiver[data-check="{check}"]')))
    shot(browser, "09-waived")
    browser.find_element(By.ID, "decision-accept").click()
    browser.find_element(By.ID, "record-decision").click()
    wait(browser, ec.presence_of_element_located((By.CSS_SELECTOR, "#status[data-status=accepted]")))
    browser.get(base + "/")
    statuses = {
        r.get_attribute("data-application"): r.get_attribute("data-status")
        for r in browser.find_elements(By.CSS_SELECTOR, "tr.application")
    }
    assert statuses[incomplete.application_id] == "accepted"
    assert statuses[complete.application_id] == "returned"

    # Publish; the public list needs no sign-in.
    store = open_store(settings)
    assert publish.publish(store, settings)
    browser.find_element(By.ID, "sign-out").click()
    wait(browser, ec.url_to_be(base + "/login"))
    browser.get(base + "/public")
    browser.find_element(By.CSS_SELECTOR, '#agencies a[href="/public/health"]').click()
    wait(browser, ec.presence_of_element_located((By.ID, "published")))
    names = [e.text for e in browser.find_elements(By.CSS_SELECTOR, "tr.entry .system-name")]
    assert report_field(incomplete, "application", "system_name") in names
    assert HOSTILE_NAME in names  # shown as text
    assert browser.execute_script("return typeof window.__pwned") == "undefined"
    shot(browser, "10-public-list")


def test_script_in_a_document_is_shown_as_text_and_never_runs(served, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec

    base, settings, reports = served
    hostile = reports["hostile"]
    browser.get(base + "/login")
    sign_in(browser)
    row = browser.find_element(
        By.CSS_SELECTOR, f'tr.application[data-application="{css_string(hostile.application_id)}"]'
    )
    assert HOSTILE_NAME in row.text
    row.find_element(By.TAG_NAME, "a").click()
    wait(browser, ec.presence_of_element_located((By.CSS_SELECTOR, ".report .outcome")))
    page = browser.find_element(By.TAG_NAME, "body").text
    assert HOSTILE_NAME in page  # the markup and the template syntax, as text
    assert hostile.application_id in page
    assert browser.execute_script("return typeof window.__pwned") == "undefined"
    assert browser.find_elements(By.CSS_SELECTOR, "main script, .report script") == []
    shot(browser, "07-hostile-text")


def css_string(value: str) -> str:
    """``value`` inside a double-quoted CSS attribute selector."""
    return value.replace("\\", "\\\\").replace('"', '\\"')
