"""docker-compose.yml stays in step with Settings, .env.example and SPEC section 3.

No Docker here: the file is parsed and its wiring checked, and the worker's
environment is fed through the real Settings class.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from pipeline.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
COMPOSE = ROOT / "docker-compose.yml"
ENV_EXAMPLE = ROOT / ".env.example"

WORKER = "trustlist-worker"
SERVICES = {"minio", "minio-init", "postgres", "prefect-server", WORKER}
PREFIX = Settings.model_config["env_prefix"]  # "TRUSTLIST_"
SPEC_BUCKETS = {"inbox", "archive", "reports", "quarantine", "registry"}

# ${VAR}, ${VAR:-default}, ${VAR:?message}; "$${...}" is an escaped literal.
REFERENCE = re.compile(r"(?<!\$)\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}")
SECRET_NAME = re.compile(r"(KEY|PASSWORD|SECRET|TOKEN)", re.IGNORECASE)


# --- helpers -------------------------------------------------------------------------


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


def env_name(field: str) -> str:
    return PREFIX + field.upper()


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


# --- services and wiring -------------------------------------------------------------


def test_every_service_of_the_layout_exists(compose: dict) -> None:
    assert set(compose["services"]) >= SERVICES


@pytest.mark.parametrize("service", ["minio", "postgres", "prefect-server"])
def test_long_running_dependencies_have_healthchecks(compose: dict, service: str) -> None:
    test = compose["services"][service]["healthcheck"]["test"]
    assert test and test[0] in ("CMD", "CMD-SHELL")


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
    assert prefect["image"] == "prefecthq/prefect:3-python3.11"
    assert prefect["command"].split() == ["prefect", "server", "start", "--host", "0.0.0.0"]
    url = environment(compose, "prefect-server")["PREFECT_API_DATABASE_CONNECTION_URL"]
    assert url.startswith("postgresql+asyncpg://") and "@postgres:5432/" in url
    assert "/api/health" in " ".join(prefect["healthcheck"]["test"])


@pytest.mark.parametrize(
    ("service", "needs"),
    [
        ("minio-init", {"minio": "service_healthy"}),
        ("prefect-server", {"postgres": "service_healthy"}),
        (
            WORKER,
            {"minio-init": "service_completed_successfully", "prefect-server": "service_healthy"},
        ),
    ],
)
def test_start_order(compose: dict, service: str, needs: dict[str, str]) -> None:
    depends = compose["services"][service]["depends_on"]
    assert {name: spec["condition"] for name, spec in depends.items()} == needs


def test_worker_runs_the_intake_service(compose: dict) -> None:
    worker = compose["services"][WORKER]
    assert worker["build"] == "."
    assert worker["command"] == ["trustlist", "serve-intake"]
    env = environment(compose, WORKER)
    assert env["PREFECT_API_URL"] == "http://prefect-server:4200/api"
    assert env["TRUSTLIST_STORAGE"] == "s3"
    assert env["TRUSTLIST_S3_ENDPOINT"] == "minio:9000"
    assert "http://minio:9000" in " ".join(compose["services"]["minio-init"]["command"])


# --- worker settings -------------------------------------------------------------------


def test_worker_sets_every_production_setting(compose: dict) -> None:
    fields = production_fields()
    # The derivation itself must still find what the layout depends on.
    assert {"storage", "s3_endpoint", "s3_access_key", "s3_secret_key"} <= fields
    assert {f for f in fields if f.startswith("bucket_")} == {f"bucket_{name}" for name in SPEC_BUCKETS}
    missing = {env_name(f) for f in fields} - set(environment(compose, WORKER))
    assert not missing, f"worker environment lacks {sorted(missing)}"


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
    import os

    for name in list(os.environ):
        if name.startswith(PREFIX):
            monkeypatch.delenv(name)
    for name, value in environment(compose, WORKER).items():
        monkeypatch.setenv(name, interpolate(value, env_example))

    settings = Settings()
    assert settings.storage == "s3"
    assert settings.s3_endpoint == "minio:9000"
    assert settings.s3_secure is False
    assert settings.s3_access_key.get_secret_value() == env_example["TRUSTLIST_S3_ACCESS_KEY"]
    assert settings.s3_secret_key.get_secret_value() == env_example["TRUSTLIST_S3_SECRET_KEY"]
    assert set(settings.bucket_names()) == created_buckets(compose)


def test_minio_init_creates_exactly_the_workers_buckets(compose: dict) -> None:
    worker = environment(compose, WORKER)
    configured = {worker[env_name(f)] for f in production_fields() if f.startswith("bucket_")}
    assert created_buckets(compose) == configured == SPEC_BUCKETS


def test_minio_init_creates_the_worker_user_with_the_workers_keys(compose: dict) -> None:
    init, worker = environment(compose, "minio-init"), environment(compose, WORKER)
    for name in ("TRUSTLIST_S3_ACCESS_KEY", "TRUSTLIST_S3_SECRET_KEY"):
        assert init[name] == worker[name]
    script = " ".join(compose["services"]["minio-init"]["command"])
    assert 'mc admin user add trustlist "$$TRUSTLIST_S3_ACCESS_KEY"' in script


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


def test_env_example_holds_placeholders_only(env_example: dict[str, str]) -> None:
    for name, value in env_example.items():
        if SECRET_NAME.search(name):
            assert value.startswith("change-me"), f"{name} looks like a real secret"
