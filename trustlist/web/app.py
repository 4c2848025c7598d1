"""The reviewer web app: sign-in, the queue, a report with its decision form, the public list.

Every page reads and writes through the same ObjectStore and registry functions as the
flows and the CLI. A reviewer sees only their agencies' applications: another agency's
application answers 404, exactly like one that does not exist, whether it is asked
for by a link, a guessed URL or a decision POSTed directly.

Pages carry no script; the Content-Security-Policy forbids any, so text from a
document that reached a page unescaped still could not run.
"""

from __future__ import annotations

import logging
import math
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from typing import Annotated, Literal
from zoneinfo import ZoneInfo

from fastapi import Depends, FastAPI, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import ValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException

from trustlist.compose import html, recheck
from trustlist.compose.process import Pipeline
from trustlist.core.errors import ObjectNotFound, RegistryError, StorageError, TrustlistError
from trustlist.core.keys import published_key, segment
from trustlist.core.report import CheckResult, Report
from trustlist.core.settings import Settings
from trustlist.desk import accounts, corrections, notice, publish, registry
from trustlist.desk.accounts import Account
from trustlist.desk.registry import Application, Decision, Waiver
from trustlist.intake.storage import ObjectStore, open_store
from trustlist.web import auth
from trustlist.web.texts import LANGUAGE_NAMES, LANGUAGES, TEXTS
from trustlist.web.throttle import SignInThrottle

log = logging.getLogger(__name__)

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; "
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}
HSTS = {"Strict-Transport-Security": "max-age=31536000; includeSubDomains"}
ERROR_TEXT = {403: "forbidden", 404: "not_found", 411: "too_large", 413: "too_large"}


@cache
def _templates():
    from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

    # Autoescape everything: system names, reasons and document text are attacker-controlled.
    return Environment(
        loader=PackageLoader("trustlist.web", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
    )


def create_app(settings: Settings) -> FastAPI:
    """The app on the store named by ``settings``; ConfigError without a session secret."""
    store = open_store(settings)
    store.ensure_buckets(settings.bucket_names())
    app = FastAPI(
        title="trustlist",
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
        dependencies=[Depends(auth.check_csrf)],
    )
    auth.add_sessions(app, settings)
    app.state.settings = settings
    app.state.store = store
    _add_handlers(app)
    _add_routes(app, settings, store)
    return app


# --- rendering ------------------------------------------------------------------------


def language(request: Request, settings: Settings) -> str:
    """``?lang=`` when given (and remembered in the session), else the session's, else the default."""
    chosen = request.query_params.get("lang")
    if chosen in LANGUAGES:
        request.session["lang"] = chosen
        return chosen
    remembered = request.session.get("lang")
    return remembered if remembered in LANGUAGES else settings.web_language


def page(
    request: Request, template: str, status_code: int = 200, account: Account | None = None, **context
) -> HTMLResponse:
    settings: Settings = request.app.state.settings
    lang = language(request, settings)
    body = (
        _templates()
        .get_template(template)
        .render(
            lang=lang,
            languages=LANGUAGE_NAMES,
            t={key: words[lang] for key, words in TEXTS.items()},
            path=request.url.path,
            account=account,
            # Called by forms only: a public page must not start a session for its reader.
            csrf=lambda: auth.csrf_token(request),
            csrf_field=auth.CSRF_FIELD,
            report_css=html.report_css(),
            **context,
        )
    )
    return HTMLResponse(body, status_code=status_code, headers=_no_store(account))


def _no_store(account: Account | None) -> dict[str, str]:
    # A reviewer's pages must not stay in a shared browser's or proxy's cache.
    return {"Cache-Control": "no-store"} if account else {}


def _add_handlers(app: FastAPI) -> None:
    # Served over TLS (as secure cookies say it is), browsers must not try plain HTTP again.
    headers = {**SECURITY_HEADERS, **(HSTS if app.state.settings.web_cookie_secure else {})}

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        for name, value in headers.items():
            response.headers.setdefault(name, value)
        return response

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        key = ERROR_TEXT.get(exc.status_code, "not_found")
        return page(request, "error.html.j2", exc.status_code, message_key=key)

    @app.exception_handler(StorageError)
    async def storage_error(request: Request, exc: StorageError) -> Response:
        log.error("storage failed: %s", exc)
        return page(request, "error.html.j2", 503, message_key="unavailable")

    @app.exception_handler(TrustlistError)
    async def trustlist_error(request: Request, exc: TrustlistError) -> Response:
        # A record that does not parse (RegistryError) and the like: the operator must look.
        log.error("%s: %s", type(exc).__name__, exc)
        return page(request, "error.html.j2", 500, message_key="server_error")


# --- routes ---------------------------------------------------------------------------


class _SignIn(Exception):  # noqa: N818 - a redirect signal, not an error
    """Raised by a page that needs a signed-in reviewer; answered with a redirect to /login."""


def reviewer(request: Request) -> Account:
    account = auth.signed_in(request, request.app.state.store, request.app.state.settings)
    if account is None:
        raise _SignIn()
    return account


Reviewer = Annotated[Account, Depends(reviewer)]


def _add_routes(app: FastAPI, settings: Settings, store: ObjectStore) -> None:
    @app.exception_handler(_SignIn)
    async def to_sign_in(request: Request, exc: _SignIn) -> Response:
        return RedirectResponse("/login", status_code=303)

    def owned(account: Account, agency: str, application_id: str) -> Application:
        """The application if the reviewer's agencies include its agency; 404 alike otherwise."""
        if agency not in account.agencies:
            raise HTTPException(404)
        found = registry.application(store, settings, agency, application_id)
        if found is None:
            raise HTTPException(404)
        return found

    @app.get("/login", response_class=HTMLResponse)
    def login_form(request: Request) -> Response:
        return page(request, "login.html.j2", failed=False, wait_s=0, username="")

    throttle = app.state.signin_throttle = SignInThrottle(
        settings.web_signin_free_failures, settings.web_signin_max_wait_s
    )
    password_checks = threading.BoundedSemaphore(settings.web_signin_checks_at_once)

    @app.post("/login", response_class=HTMLResponse)
    def login(
        request: Request, username: Annotated[str, Form()] = "", password: Annotated[str, Form()] = ""
    ) -> Response:
        name = username.strip()
        address = request.client.host if request.client else "-"
        keys = (f"account:{name.lower()}", f"address:{address}")
        wait = throttle.wait_s(keys)
        if wait > 0:
            log.warning(
                "sign-in as %r from %s refused: %.0f s still to wait after failures", name, address, wait
            )
            return page(
                request, "login.html.j2", 429, failed=False, wait_s=math.ceil(wait), username=username
            )
        with password_checks:
            account = accounts.authenticate(store, settings, name, password)
        if account is None:
            failures = throttle.failed(keys)
            log.warning("sign-in as %r from %s failed (%d in a row)", name, address, failures)
            return page(request, "login.html.j2", 401, failed=True, wait_s=0, username=username)
        throttle.succeeded(keys)
        auth.sign_in(request, account, store, settings)
        return RedirectResponse("/", status_code=303)

    @app.get("/logout", response_class=HTMLResponse)
    def logout_form(request: Request, account: Reviewer) -> Response:
        return page(request, "logout.html.j2", account=account)

    @app.post("/logout")
    def logout(request: Request) -> Response:
        auth.sign_out(request, store, settings)
        return RedirectResponse("/login", status_code=303)

    @app.get("/", response_class=HTMLResponse)
    def queue(request: Request, account: Reviewer) -> Response:
        listing = registry.applications(store, settings, account.agencies)
        for damaged in listing.damaged:
            log.error("%s/%s cannot be read: %s", damaged.agency, damaged.application_id, damaged.problem)
        return page(
            request,
            "queue.html.j2",
            account=account,
            apps=listing.apps,
            damaged=listing.damaged,
            outcome_words=html.OUTCOME_WORDS,
        )

    @app.get("/applications/{agency}/{application_id}", response_class=HTMLResponse)
    def application_page(request: Request, agency: str, application_id: str, account: Reviewer) -> Response:
        app_ = owned(account, agency, application_id)
        return decision_page(request, account, app_)

    @app.post("/applications/{agency}/{application_id}", response_class=HTMLResponse)
    def decide(
        request: Request,
        agency: str,
        application_id: str,
        account: Reviewer,
        decision: Annotated[Literal["accept", "return"], Form()],
        revision: Annotated[int, Form()],
        reason: Annotated[list[str] | None, Form()] = None,
        other_reasons: Annotated[str, Form()] = "",
    ) -> Response:
        app_ = owned(account, agency, application_id)
        reasons = [*(reason or []), *(line for line in other_reasons.splitlines() if line.strip())]
        try:
            record = Decision(
                agency=agency,
                application_id=application_id,
                revision=revision,
                decision=decision,
                reasons=reasons if decision == "return" else [],
                reviewer=account.username,
                decided_at=datetime.now(UTC),
            )
        except ValidationError as exc:
            return decision_page(request, account, app_, 400, error=_first_error(exc), chosen=decision)
        try:
            registry.record_decision(store, settings, record)
        except registry.AcceptanceRefused as exc:
            return decision_page(request, account, app_, 409, refused=exc.checks, chosen=decision)
        except RegistryError as exc:
            return decision_page(request, account, app_, 409, error=str(exc), chosen=decision)
        if decision == "return":
            try:
                notice.write_notice(store, settings, agency, application_id, revision)
            except TrustlistError as exc:
                # The decision stands (it is recorded); answering with an error would only
                # invite the reviewer to record it twice. The page then shows no notice link.
                log.error("notice for %s/%s r%s not written: %s", agency, application_id, revision, exc)
        return RedirectResponse(f"/applications/{agency}/{application_id}", status_code=303)

    @app.post("/applications/{agency}/{application_id}/waivers", response_class=HTMLResponse)
    def waive(
        request: Request,
        agency: str,
        application_id: str,
        account: Reviewer,
        check: Annotated[str, Form()],
        revision: Annotated[int, Form()],
        justification: Annotated[str, Form()] = "",
    ) -> Response:
        app_ = owned(account, agency, application_id)
        try:
            record = Waiver(
                agency=agency,
                application_id=application_id,
                revision=revision,
                check=check,
                justification=justification,
                reviewer=account.username,
                waived_at=datetime.now(UTC),
            )
        except ValidationError:
            text = TEXTS["justification_short"][language(request, settings)]
            return decision_page(request, account, app_, 400, waiver_error=text)
        try:
            registry.record_waiver(store, settings, record)
        except RegistryError as exc:
            return decision_page(request, account, app_, 409, waiver_error=str(exc))
        return RedirectResponse(f"/applications/{agency}/{application_id}#waivers", status_code=303)

    pipeline = Pipeline(settings)

    @app.post("/applications/{agency}/{application_id}/corrections", response_class=HTMLResponse)
    def correct(
        request: Request,
        agency: str,
        application_id: str,
        account: Reviewer,
        revision: Annotated[int, Form()],
        file: Annotated[str, Form()],
        document_type: Annotated[str, Form()],
        field: Annotated[str, Form()],
        value: Annotated[str, Form()] = "",
        reason: Annotated[str, Form()] = "",
    ) -> Response:
        app_ = owned(account, agency, application_id)
        lang = language(request, settings)
        try:
            corrections.correct(
                store,
                pipeline,
                agency,
                application_id,
                revision,
                file=file,
                document_type=document_type,
                field=field,
                text=value,
                reason=reason,
                reviewer=account.username,
            )
        except ValidationError:
            return decision_page(request, account, app_, 400, correction_error=TEXTS["reason_needed"][lang])
        except ValueError as exc:
            text = f"{TEXTS['value_invalid'][lang]} ({exc})"
            return decision_page(request, account, app_, 400, correction_error=text)
        except RegistryError as exc:
            return decision_page(request, account, app_, 409, correction_error=str(exc))
        return RedirectResponse(f"/applications/{agency}/{application_id}#corrections", status_code=303)

    @app.get("/applications/{agency}/{application_id}/report.html", response_class=HTMLResponse)
    def standalone_report(request: Request, agency: str, application_id: str, account: Reviewer) -> Response:
        app_ = owned(account, agency, application_id)
        report = registry.read_report(store, settings, agency, application_id, app_.revision)
        body = html.render_html(
            report,
            language(request, settings),
            html.archived_crops(store, settings, report),
            app_.working_days_left,
            {w.check: w.justification for w in app_.waivers},
        )
        return HTMLResponse(body, headers=_no_store(account))

    @app.get("/applications/{agency}/{application_id}/notice.pdf")
    def notice_file(request: Request, agency: str, application_id: str, account: Reviewer) -> Response:
        app_ = owned(account, agency, application_id)
        try:
            data = store.get(settings.bucket_reports, app_.notice_key)
        except ObjectNotFound:
            raise HTTPException(404) from None
        return Response(data, media_type="application/pdf", headers=_no_store(account))

    def decision_page(
        request: Request,
        account: Account,
        app_: Application,
        status_code: int = 200,
        error: str | None = None,
        refused: list[CheckResult] | None = None,
        chosen: str | None = None,
        waiver_error: str | None = None,
        correction_error: str | None = None,
    ) -> Response:
        lang = language(request, settings)
        report = registry.read_report(store, settings, app_.agency, app_.application_id, app_.revision)
        decided = [d for d in app_.decisions if d.revision == app_.revision]
        fragment = html.render_fragment(
            report,
            lang,
            html.archived_crops(store, settings, report),
            # A decided revision has no review deadline left to count down.
            None if decided else app_.working_days_left,
            {w.check: w.justification for w in app_.waivers},
        )
        has_notice = store.exists(settings.bucket_reports, app_.notice_key)
        failed = [c for c in report.checks if c.status == "fail"]
        waived = {w.check for w in app_.waivers}
        return page(
            request,
            "application.html.j2",
            status_code,
            account=account,
            app=app_,
            report_html=fragment,
            failed=failed,
            unwaived=[c for c in registry.blocking_failures(report) if c.code not in waived],
            min_justification=registry.MIN_JUSTIFICATION,
            error=error,
            refused=refused,
            chosen=chosen,
            latest=decided[-1] if decided else None,
            waiver_error=waiver_error,
            correction_error=correction_error,
            correctable=correctable(report),
            field_label=lambda name: field_label(name, lang),
            has_notice=has_notice,
            timezone=ZoneInfo(settings.timezone),
        )

    @app.get("/public", response_class=HTMLResponse)
    def public_index(request: Request) -> Response:
        lists = [
            publish.latest_version(store, settings, a) for a in publish.published_agencies(store, settings)
        ]
        return page(request, "public_index.html.j2", lists=[found[0] for found in lists if found])

    @app.get("/public/{agency}", response_class=HTMLResponse)
    def public_list(request: Request, agency: str) -> Response:
        published, data = public_version(agency)
        return page(
            request,
            "public_list.html.j2",
            published=published,
            own_sha256=publish.sha256(data),
            chain_problems=publish.verify_chain(store, settings, agency),
        )

    @app.get("/public/{agency}/v{version}.{ext}")
    def public_download(agency: str, version: int, ext: Literal["json", "csv"]) -> Response:
        public_version(agency)  # only an agency with a list: the key below is then a safe segment
        try:
            data = store.get(settings.bucket_registry, published_key(agency, version, ext))
        except ObjectNotFound:
            raise HTTPException(404) from None
        media = "application/json" if ext == "json" else "text/csv; charset=utf-8"
        return Response(data, media_type=media)

    def public_version(agency: str) -> tuple[publish.PublishedList, bytes]:
        try:
            found = publish.latest_version(store, settings, segment(agency, "agency"))
        except ValueError:
            found = None
        if found is None:
            raise HTTPException(404)
        return found


@dataclass(frozen=True)
class Correctable:
    """A field a reviewer may correct or confirm: its document and its current value."""

    file: str
    document_type: str
    field: str
    value: object
    corrected: bool
    failing: bool  # named by a failing check's evidence


def correctable(report: Report) -> list[Correctable]:
    """Every field of every read document, found or not; those a failing check names first."""
    named = {(e.file, e.field) for c in report.checks if c.status == "fail" for e in c.evidence if e.field}
    found = []
    for doc in report.documents:
        for name in recheck.fields_of(doc.type):
            current = doc.fields.get(name)
            found.append(
                Correctable(
                    doc.file,
                    doc.type,
                    name,
                    current.value if current else None,
                    bool(current and current.corrected),
                    (doc.file, name) in named,
                )
            )
    return sorted(found, key=lambda c: not c.failing)


def field_label(name: str, lang: str) -> str:
    """A field's name in words: the notice's labels in Russian and Kazakh."""
    labels = notice.FIELD_LABELS.get(name)
    if labels and lang in ("ru", "kk"):
        return labels[0 if lang == "ru" else 1]
    return name.replace("_", " ")


def _first_error(exc: ValidationError) -> str:
    first = exc.errors()[0]
    return str(first.get("msg", exc)).removeprefix("Value error, ")
