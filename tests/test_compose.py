"""docker-compose.yml, .env.example, the Dockerfile and docs/operations.md stay in step with
Settings, the CLI, the web app and SPEC section 3.

No Docker here: the files are parsed and their wiring checked; each service's environment
is fed through the real Settings class, and the web app's health probe is requested from
the real app.
"""

from __future__ import annotations

import os
import re
import secrets
import shlex
import tomllib
from pathlib import Path

import pytest
import yaml

from trustlist.core.errors import ConfigError
from trustlist.core.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
COMPOSE = ROOT / "docker-compose.yml"
ENV_EXAMPLE = ROOT / ".env.example"
DOCKERFILE = ROOT / "Dockerfile"
OPERATIONS = ROOT / "docs" / "operations.md"

WORKER = "trustlist-worker"
WEB = "trustlist-web"
SERVICES = {"minio", "minio-init", "postgres", "prefect-server", WORKER, WEB}
PREFIX = Settings.model_config["env_prefix"]  # "TRUSTLIST_"
SPEC_BUCKETS = {"inbox", "archive", "reports", "quarantine", "registry"}
# Packages of pyproject.toml that only a development checkout uses (`trustlist demo`'s sample
# bundles are not package data, the benchmarks need the repository): kept out of the image.
DEV_ONLY_PACKAGES = {"sample_docs", "benchmarks"}

# ${VAR}, ${VAR:-default}, ${VAR:?message}; "$${...}" is an escaped literal.
REFERENCE = re.compile(r"(?<!\$)\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}")
SECRET_NAME = re.compile(r"(KEY|PASSWORD|SECRET|TOKEN)", re.IGNORECASE)
# A probe in a health check: python -c "...urlopen('http://localhost:PORT/PATH'..."
PROBE_URL = re.compile(r"urlopen\('http://localhost:(\d+)(/[^']*)'")


# --- helpers -------------------------------------------------------------------------


def locked_version(package: str) -> str:
    """The version uv.lock pins for a package."""
    lock = tomllib.loads((ROOT / "uv.lock").read_text(encoding="utf-8"))
    return next(p["version"] for p in lock["package"] if p["name"] == package)


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def env_example() -> dict[str, str]:
    values = {}
    for line in ENV_EXAMPLE.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            name, _, value = line.partition("=")
            values[name.strip()] = value.strip()
    return values


def environment(compose: dict, service: str) -> dict[str, str]:
    """A service's environment as a dict (compose allows a list of K=V too)."""
    env = compose["services"][service].get("environment") or {}
    if isinstance(env, list):
        env = dict(item.partition("=")[::2] for item in env)
    return {str(k): str(v) for k, v in env.items()}


def interpolate(value: str, variables: dict[str, str]) -> str:
    """Compose's substitution, for the forms this file uses."""

    def substitute(match: re.Match[str]) -> str:
        name, operator, argument = match.groups()
        if variables.get(name):
            return variables[name]
        if operator in (":-", "-"):
            return argument
        raise AssertionError(f"${{{name}}} has no value and no default")

    return REFERENCE.sub(substitute, value).replace("$$", "$")


def production_fields() -> set[str]:
    """Settings with no safe default in production: the backend, its endpoint
    and credentials, and every bucket. Derived from Settings itself, so a new or
    renamed storage setting fails this test until compose provides it."""
    return {
        name for name in Settings.model_fields if name == "storage" or name.startswith(("s3_", "bucket_"))
    }


def shared_fields() -> set[str]:
    """What every trustlist service must set, and set alike: the store and the log format."""
    return production_fields() | {"log_format"}


def bucket_fields() -> set[str]:
    return {name for name in Settings.model_fields if name.startswith("bucket_")}


def default_buckets() -> set[str]:
    """Every bucket the code uses, under its default name: SPEC's five and any added since."""
    return {Settings.model_fields[f].default for f in bucket_fields()}


def web_fields() -> set[str]:
    return {name for name in Settings.model_fields if name.startswith("web_")}


def env_name(field: str) -> str:
    return PREFIX + field.upper()


def trustlist_services(compose: dict) -> set[str]:
    """The services whose command is the trustlist CLI."""
    return {
        name
        for name, service in compose["services"].items()
        if isinstance(service.get("command"), list) and service["command"][:1] == ["trustlist"]
    }


def created_buckets(compose: dict) -> set[str]:
    """Bucket names that minio-init's script creates with `mc mb`."""
    script = " ".join(compose["services"]["minio-init"]["command"])
    variables = re.findall(r"mc mb --ignore-existing \"trustlist/\$\$(\w+)\"", script)
    env = environment(compose, "minio-init")
    return {env[name] for name in variables}


def all_strings(node: object) -> list[str]:
    if isinstance(node, dict):
        return [s for key, value in node.items() for s in [str(key), *all_strings(value)]]
    if isinstance(node, list):
        return [s for item in node for s in all_strings(item)]
    return [str(node)] if node is not None else []


def load_settings(
    compose: dict, service: str, variables: dict[str, str], monkeypatch: pytest.MonkeyPatch, **overrides
) -> Settings:
    """The Settings a service's process would build from its environment, .env filled in."""
    for name in list(os.environ):
        if name.startswith(PREFIX):
            monkeypatch.delenv(name)
    for name, value in environment(compose, service).items():
        monkeypatch.setenv(name, interpolate(value, variables))
    return Settings(**overrides)


def probe(compose: dict, service: str) -> tuple[int, str]:
    """(port, path) that a service's health check requests."""
    test = compose["services"][service]["healthcheck"]["test"]
    assert test[0] == "CMD", f"{service}: health check runs without a shell"
    found = PROBE_URL.search(" ".join(test))
    assert found, f"{service}: health check requests no http://localhost URL"
    return int(found.group(1)), found.group(2)


def option(command: list[str], name: str) -> str:
    return command[command.index(name) + 1]


# --- services and wiring -------------------------------------------------------------


def test_every_service_of_the_layout_exists(compose: dict) -> None:
    assert set(compose["services"]) >= SERVICES
    assert trustlist_services(compose) == {WORKER, WEB}


def test_every_long_running_service_has_a_healthcheck(compose: dict) -> None:
    long_running = {name for name, s in compose["services"].items() if s.get("restart") != "no"}
    assert long_running == SERVICES - {"minio-init"}
    for name in long_running:
        test = compose["services"][name]["healthcheck"]["test"]
        assert test and test[0] in ("CMD", "CMD-SHELL"), name


def test_minio_serves_api_and_console(compose: dict) -> None:
    minio = compose["services"]["minio"]
    assert minio["image"].startswith("minio/minio")
    assert minio["command"].split() == ["server", "/data", "--console-address", ":9001"]
    assert "mc ready local" in " ".join(minio["healthcheck"]["test"])


def test_postgres_healthcheck_is_pg_isready(compose: dict) -> None:
    postgres = compose["services"]["postgres"]
    assert postgres["image"] == "postgres:16"
    assert "pg_isready" in " ".join(postgres["healthcheck"]["test"])


def test_prefect_server_uses_postgres_and_is_probed_on_api_health(compose: dict) -> None:
    prefect = compose["services"]["prefect-server"]
    assert prefect["image"] == f"prefecthq/prefect:{locked_version('prefect')}-python3.11"
    assert prefect["command"].split() == ["prefect", "server", "start", "--host", "0.0.0.0"]
    url = environment(compose, "prefect-server")["PREFECT_API_DATABASE_CONNECTION_URL"]
    assert url.startswith("postgresql+asyncpg://") and "@postgres:5432/" in url
    assert probe(compose, "prefect-server") == (4200, "/api/health")


@pytest.mark.parametrize(
    ("service", "needs"),
    [
        ("minio-init", {"minio": "service_healthy"}),
        ("prefect-server", {"postgres": "service_healthy"}),
        (
            WORKER,
            {"minio-init": "service_completed_successfully", "prefect-server": "service_healthy"},
        ),
        (WEB, {"minio-init": "service_completed_successfully"}),
    ],
)
def test_start_order(compose: dict, service: str, needs: dict[str, str]) -> None:
    depends = compose["services"][service]["depends_on"]
    assert {name: spec["condition"] for name, spec in depends.items()} == needs


def test_trustlist_services_run_one_image_built_here(compose: dict) -> None:
    services = [compose["services"][name] for name in sorted(trustlist_services(compose))]
    assert {(s["image"], s["build"]) for s in services} == {("trustlist:local", ".")}
    for service in services:
        # tini as PID 1: stop signals reach trustlist, killed tesseract processes are reaped.
        assert service["init"] is True
        assert service["restart"] == "unless-stopped"


def test_worker_runs_the_intake_service(compose: dict) -> None:
    worker = compose["services"][WORKER]
    assert worker["command"] == ["trustlist", "serve-intake"]
    env = environment(compose, WORKER)
    assert env["PREFECT_API_URL"] == "http://prefect-server:4200/api"
    assert env["TRUSTLIST_STORAGE"] == "s3"
    assert env["TRUSTLIST_S3_ENDPOINT"] == "minio:9000"
    assert "http://minio:9000" in " ".join(compose["services"]["minio-init"]["command"])


def test_worker_health_is_prefects_runner_server(compose: dict) -> None:
    """The runner's own web server answers /health (503 once it stops polling for runs); it
    is off unless enabled, and listens on Prefect's default port, which the probe must use."""
    from prefect.settings.models.runner import RunnerServerSettings

    env = environment(compose, WORKER)
    assert env["PREFECT_RUNNER_SERVER_ENABLE"] == "true"
    assert "PREFECT_RUNNER_SERVER_PORT" not in env
    assert probe(compose, WORKER) == (RunnerServerSettings.model_fields["port"].default, "/health")


def test_web_serves_the_app_on_the_port_it_publishes(compose: dict) -> None:
    web = compose["services"][WEB]
    command = web["command"]
    assert command[:2] == ["trustlist", "serve"]
    # All interfaces inside the container, so the published port reaches it.
    assert option(command, "--host") == "0.0.0.0"
    port = option(command, "--port")
    assert web["ports"] == [f"127.0.0.1:{port}:{port}"]
    assert probe(compose, WEB)[0] == int(port)


def test_ports_are_published_on_loopback_only(compose: dict) -> None:
    published = {
        name: service["ports"] for name, service in compose["services"].items() if service.get("ports")
    }
    assert set(published) == {"minio", "prefect-server", WEB}
    for name, ports in published.items():
        for port in ports:
            host_ip = port.get("host_ip") if isinstance(port, dict) else str(port).rsplit(":", 2)[0]
            assert host_ip == "127.0.0.1", f"{name} publishes {port} beyond this machine"


# --- settings of the trustlist services ------------------------------------------------


def test_every_trustlist_service_sets_the_store_settings(compose: dict) -> None:
    fields = production_fields()
    # The derivation itself must still find what the layout depends on.
    assert {"storage", "s3_endpoint", "s3_access_key", "s3_secret_key"} <= fields
    assert {f"bucket_{name}" for name in SPEC_BUCKETS} <= bucket_fields() <= fields
    for service in trustlist_services(compose):
        missing = {env_name(f) for f in shared_fields()} - set(environment(compose, service))
        assert not missing, f"{service} environment lacks {sorted(missing)}"


def test_trustlist_services_agree_on_store_buckets_and_logs(compose: dict) -> None:
    """Same endpoint, keys and bucket names everywhere, and exactly the buckets minio-init makes:
    every bucket Settings has, under its default name."""
    names = sorted(trustlist_services(compose))
    shared = {env_name(f) for f in shared_fields()}
    views = {name: {k: v for k, v in environment(compose, name).items() if k in shared} for name in names}
    assert all(view == views[names[0]] for view in views.values()), views
    for name in names:
        env = environment(compose, name)
        assert {env[env_name(f)] for f in bucket_fields()} == default_buckets()
    assert created_buckets(compose) == default_buckets() >= SPEC_BUCKETS


def test_web_sets_every_web_setting(compose: dict) -> None:
    fields = web_fields()
    assert {"web_session_secret", "web_cookie_secure", "web_dev"} <= fields
    missing = {env_name(f) for f in fields} - set(environment(compose, WEB))
    assert not missing, f"web environment lacks {sorted(missing)}"


def test_only_the_web_holds_the_session_secret(compose: dict) -> None:
    for service in set(compose["services"]) - {WEB}:
        assert not {env_name(f) for f in web_fields()} & set(environment(compose, service)), service


def test_web_session_secret_is_required(compose: dict) -> None:
    value = environment(compose, WEB)["TRUSTLIST_WEB_SESSION_SECRET"]
    found = REFERENCE.fullmatch(value)
    assert found and found.group(1) == "TRUSTLIST_WEB_SESSION_SECRET"
    assert found.group(2) == ":?", "compose must refuse to start without the session secret"


def test_no_unknown_trustlist_variable(compose: dict) -> None:
    known = {env_name(field) for field in Settings.model_fields}
    used = {name for text in all_strings(compose) for name in re.findall(rf"\b{PREFIX}[A-Z0-9_]+", text)}
    assert used, "compose sets no TRUSTLIST_ variable at all"
    assert not used - known, f"not a Settings field: {sorted(used - known)}"


def test_worker_environment_loads_into_settings(
    compose: dict, env_example: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The worker's variables, filled from .env.example, parse into the
    Settings the worker will run with."""
    settings = load_settings(compose, WORKER, env_example, monkeypatch)
    assert settings.storage == "s3"
    assert settings.s3_endpoint == "minio:9000"
    assert settings.s3_secure is False
    assert settings.s3_access_key.get_secret_value() == env_example["TRUSTLIST_S3_ACCESS_KEY"]
    assert settings.s3_secret_key.get_secret_value() == env_example["TRUSTLIST_S3_SECRET_KEY"]
    assert set(settings.bucket_names()) == created_buckets(compose)


def test_web_environment_loads_into_production_settings(
    compose: dict, env_example: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from trustlist.web.auth import session_secret

    settings = load_settings(compose, WEB, env_example, monkeypatch)
    assert settings.web_cookie_secure is True
    assert settings.web_dev is False
    assert settings.storage == "s3" and set(settings.bucket_names()) == created_buckets(compose)
    # Started with .env.example's placeholder, the app refuses rather than sign with a published key.
    with pytest.raises(ConfigError, match="at least 32 characters"):
        session_secret(settings)
    generated = secrets.token_urlsafe(48)  # the command .env.example gives
    variables = {**env_example, "TRUSTLIST_WEB_SESSION_SECRET": generated}
    settings = load_settings(compose, WEB, variables, monkeypatch)
    assert session_secret(settings) == generated


def test_web_healthcheck_needs_no_sign_in(
    compose: dict, env_example: dict[str, str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The probed path, requested from the real app configured as the web service is (on a
    local store): 200 with no session, while the reviewers' queue sends to sign-in."""
    from fastapi.testclient import TestClient

    from trustlist.web.app import create_app

    variables = {**env_example, "TRUSTLIST_WEB_SESSION_SECRET": secrets.token_urlsafe(48)}
    settings = load_settings(compose, WEB, variables, monkeypatch, storage="local", local_root=tmp_path)
    _, path = probe(compose, WEB)
    with TestClient(create_app(settings), follow_redirects=False) as client:
        assert client.get(path).status_code == 200
        queue = client.get("/")
        assert queue.status_code == 303 and queue.headers["location"] == "/login"


# --- secrets and .env.example -----------------------------------------------------------


def test_every_referenced_variable_is_in_env_example(compose: dict, env_example: dict[str, str]) -> None:
    # From the parsed file, so comments (which compose ignores) do not count.
    used = {match[0] for text in all_strings(compose) for match in REFERENCE.findall(text)}
    assert used, "compose references no variable: secrets would be literal"
    assert not used - set(env_example), f"missing from .env.example: {used - set(env_example)}"
    assert not set(env_example) - used, f"unused in compose: {set(env_example) - used}"


def test_no_literal_secret_in_compose(compose: dict) -> None:
    whole_reference = re.compile(r"^\$\{[A-Za-z_][A-Za-z0-9_]*(:?[-?][^}]*)?\}$")
    for service in compose["services"]:
        for name, value in environment(compose, service).items():
            if SECRET_NAME.search(name):
                assert whole_reference.match(value), f"{service}: {name} is a literal"
            # Credentials inside URLs (user:password@host) must be references too.
            for password in re.findall(r"://[^/@\s]*:([^@\s]+)@", value):
                assert whole_reference.match(password), f"{service}: password in {name}"


def test_secrets_are_required_not_defaulted(compose: dict) -> None:
    """A secret with a `:-` default would be a committed secret."""
    for text in all_strings(compose):
        for name, operator, _ in REFERENCE.findall(text):
            if SECRET_NAME.search(name):
                assert operator == ":?", f"${{{name}}} must use :? so compose refuses to start without it"


def test_env_example_holds_placeholders_only(env_example: dict[str, str]) -> None:
    for name, value in env_example.items():
        if SECRET_NAME.search(name):
            assert value.startswith("change-me"), f"{name} looks like a real secret"


def test_env_example_says_how_to_generate_the_session_secret() -> None:
    text = ENV_EXAMPLE.read_text(encoding="utf-8")
    assert "python -c 'import secrets; print(secrets.token_urlsafe(48))'" in text


def test_defaults_in_compose_and_env_example_are_the_settings_defaults(
    compose: dict, env_example: dict[str, str]
) -> None:
    """A non-secret setting offered in .env.example, or defaulted with `:-` in compose, starts
    out as Settings' own default: the layout changes nothing the operator did not choose."""
    offered = {name: value for name, value in env_example.items() if name.startswith(PREFIX)}
    for text in all_strings(compose):
        for name, operator, default in REFERENCE.findall(text):
            if operator == ":-" and name.startswith(PREFIX):
                assert env_example.get(name) == default, f"{name}: compose and .env.example differ"
    fields = {env_name(f): f for f in Settings.model_fields}
    tunables = {name: value for name, value in offered.items() if not SECRET_NAME.search(name)}
    assert tunables, ".env.example offers no tunable setting"
    for name, value in tunables.items():
        field = fields[name]
        assert getattr(Settings(**{field: value}), field) == Settings.model_fields[field].default, name


# --- the image --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def dockerfile() -> list[tuple[str, str]]:
    """(instruction, arguments) pairs, continuation lines joined, comments dropped."""
    lines = [line for line in DOCKERFILE.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    joined = re.sub(r"\\\n", " ", "\n".join(lines))
    return [
        (line.split(None, 1)[0].upper(), line.split(None, 1)[1] if " " in line.strip() else "")
        for line in joined.splitlines()
        if line.strip()
    ]


def test_image_has_tesseract_rus_kaz_and_fonts(dockerfile: list[tuple[str, str]]) -> None:
    installs = " ".join(args for op, args in dockerfile if op == "RUN" and "apt-get install" in args)
    packages = set(installs.split())
    assert {"tesseract-ocr", "tesseract-ocr-rus", "tesseract-ocr-kaz", "fonts-dejavu-core"} <= packages


def test_image_copies_every_runtime_package_and_nothing_else(dockerfile: list[tuple[str, str]]) -> None:
    """Copied by name: `COPY . ` would put a working tree's .env (the secrets) in a layer."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    declared = {p.rstrip("*") for p in pyproject["tool"]["setuptools"]["packages"]["find"]["include"]}
    sources = {source.rstrip("/") for op, args in dockerfile if op == "COPY" for source in args.split()[:-1]}
    assert "." not in sources
    lock = {"uv.lock", "uv-requirements.txt"}
    assert {Path(s).name for s in sources} == (declared - DEV_ONLY_PACKAGES) | {
        "pyproject.toml",
        pyproject["project"]["readme"],
    } | lock
    assert "trustlist" in sources  # every layer, `trustlist serve`'s web app with them


def test_image_installs_the_package_and_runs_unprivileged(dockerfile: list[tuple[str, str]]) -> None:
    runs = [args for op, args in dockerfile if op == "RUN"]
    assert any(re.search(r"\bpip install\b.*\s/src\b", args) for args in runs)
    # From the lock, hashes checked, nothing resolved anew.
    assert any("uv export --frozen" in args and "--require-hashes" in args for args in runs)
    assert any("--require-hashes -r uv-requirements.txt" in args for args in runs)
    users = [args for op, args in dockerfile if op == "USER"]
    assert users and users[-1] not in ("root", "0")
    # Prefect keeps its profile in the user's home: the user must have one.
    assert any("--create-home" in args and args.split()[-1] == users[-1] for args in runs)
    env = " ".join(args for op, args in dockerfile if op == "ENV")
    assert "OMP_THREAD_LIMIT=1" in env


# --- docs/operations.md -------------------------------------------------------------------


@pytest.fixture(scope="module")
def operations() -> str:
    return OPERATIONS.read_text(encoding="utf-8")


def shell_lines(markdown: str) -> list[str]:
    """Every line inside the fenced code blocks."""
    lines, inside = [], False
    for line in markdown.splitlines():
        if line.strip().startswith("```"):
            inside = not inside
        elif inside:
            lines.append(line.strip())
    return lines


def test_operations_commands_name_real_services_and_parse(compose: dict, operations: str) -> None:
    """Each `docker compose` line names services of the compose file, and each trustlist
    command in it is accepted by the CLI's own parser."""
    from trustlist.cli import build_parser

    parser = build_parser()
    checked = 0
    for line in shell_lines(operations):
        words = shlex.split(line, comments=True)
        if "compose" not in words:
            continue
        words = words[words.index("compose") + 1 :]
        action, rest = words[0], [w for w in words[1:] if not w.startswith("-")]
        if action == "exec":
            service, command = rest[0], words[words.index(rest[0]) + 1 :]
            assert service in compose["services"], line
            assert command[0] == "trustlist", line
            try:
                parser.parse_args(command[1:])
            except SystemExit:
                pytest.fail(f"the CLI refuses: {line}")
            checked += 1
        elif action == "logs":
            assert set(rest) <= set(compose["services"]), line
        for scaled in re.findall(r"--scale (\S+)=\d+", line):
            assert scaled in compose["services"], line
    assert checked >= 8


def test_operations_names_every_service_and_only_real_settings(compose: dict, operations: str) -> None:
    for service in compose["services"]:
        assert f"`{service}`" in operations, service
    named = set(re.findall(rf"\b{PREFIX}[A-Z0-9_]+", operations))
    assert named, "operations.md names no setting"
    assert named <= {env_name(f) for f in Settings.model_fields}, named - {
        env_name(f) for f in Settings.model_fields
    }
