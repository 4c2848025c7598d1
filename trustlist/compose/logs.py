"""Log set-up for the CLI and the flows: plain or JSON lines with no identifier or secret in them.

A ``MaskingFilter`` rewrites every record before a handler writes it: each 12-digit BIN/IIN
becomes ``1234******12`` and the value of every secret setting (S3 keys...) ``[secret]``, in
the message and its arguments, the exception and stack text, and string attributes such as
Prefect's ``flow_run_name`` (a bundle may well be named after the applicant's BIN).

Where it is installed, and why there:

- on every handler of the root logger, so whatever propagates (our code, libraries, Prefect's
  console output) is masked before it is written;
- as a logger filter on Prefect's run loggers (``prefect.flow_runs``, ``prefect.task_runs``):
  their records also go to Prefect's API handler, which sends them to the UI and is not a root
  handler; a logger filter sees the record before any handler and survives Prefect re-reading
  its logging configuration when it is imported after this set-up;
- in the flow runs that ``serve`` starts as fresh processes, through a Prefect logging config
  file (``write_prefect_logging_config``): those processes configure logging as they load the
  flow, without running any code of ours first.
"""

from __future__ import annotations

import json
import logging
import re
import sys
import traceback
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any, Literal

import yaml
from pydantic import SecretStr

from trustlist.core.settings import Settings

RUN_LOGGERS = ("prefect.flow_runs", "prefect.task_runs")
HANDLER_NAME = "trustlist"
SECRET_MASK = "[secret]"

# Twelve digits, possibly grouped by single spaces or dashes as BINs are often printed, and not
# part of a longer run of digits (a timestamp, a size). Digits inside a hexadecimal hash are
# masked too: a hash is still recognisable by the rest of it, a leaked IIN cannot be taken back.
_IDENTIFIER = re.compile(r"(?<!\d)\d(?:[ \u00a0-]?\d){11}(?!\d)")


def mask_identifiers(text: str) -> str:
    """Every BIN/IIN-shaped run of 12 digits kept to its first four and last two digits."""
    return _IDENTIFIER.sub(_mask_digits, text)


def _mask_digits(match: re.Match[str]) -> str:
    digits = re.sub(r"\D", "", match.group())
    return f"{digits[:4]}******{digits[-2:]}"


class MaskingFilter(logging.Filter):
    """Masks identifiers and credentials in a record in place; never drops a record."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        super().__init__()
        # Longest first, so a secret that contains another is replaced whole.
        self._secrets = sorted({s for s in secrets if s}, key=len, reverse=True)

    @classmethod
    def from_settings(cls, settings: Settings) -> MaskingFilter:
        """Masks the value of every secret setting (S3 keys, the web session secret, any added later)."""
        values = (getattr(settings, name) for name in type(settings).model_fields)
        return cls(v.get_secret_value() for v in values if isinstance(v, SecretStr))

    @classmethod
    def from_environment(cls) -> MaskingFilter:
        """For a logging config file read by a flow-run process (its settings are its environment)."""
        return cls.from_settings(Settings())

    def mask(self, text: str) -> str:
        # Secrets first: a secret made of digits must be replaced whole, not half masked.
        for secret in self._secrets:
            text = text.replace(secret, SECRET_MASK)
        return mask_identifiers(text)

    def filter(self, record: logging.LogRecord) -> bool:
        # The arguments are formatted into the message first: a BIN can hide in either.
        record.msg = _message(record)
        record.args = None
        if record.exc_info:
            # Rendered here and the live exception dropped, so no formatter downstream can
            # render it again unmasked.
            record.exc_text = "".join(traceback.format_exception(*record.exc_info)).rstrip("\n")
            record.exc_info = None
        # Message, exception and stack text, logger name, extra fields such as flow_run_name,
        # and a message another handler formatted before this one.
        for name, value in list(vars(record).items()):
            if isinstance(value, str):
                setattr(record, name, self.mask(value))
        return True


def _message(record: logging.LogRecord) -> str:
    try:
        return record.getMessage()
    except (TypeError, ValueError, KeyError) as exc:
        # A log call whose arguments do not fit its format: logging would print the raw
        # arguments in its own error report, so they are shown (and masked) here instead.
        return f"{record.msg} {record.args!r} (log call does not fit its format: {exc})"


def _run_name(record: logging.LogRecord) -> str | None:
    return getattr(record, "task_run_name", None) or getattr(record, "flow_run_name", None)


class PlainFormatter(logging.Formatter):
    """``2026-03-02 10:15:00,123 INFO    prefect.flow_runs [health/datasapa]: message``."""

    def usesTime(self) -> bool:  # noqa: N802 - logging's own method name
        return True

    def formatMessage(self, record: logging.LogRecord) -> str:  # noqa: N802 - logging's own method name
        run = _run_name(record)
        where = f"{record.name} [{run}]" if run else record.name
        return f"{record.asctime} {record.levelname:<7} {where}: {record.message}"


class JsonFormatter(logging.Formatter):
    """One JSON object a line: time (UTC), level, logger, message, run names, exception."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for name in ("flow_run_name", "flow_run_id", "task_run_name", "task_run_id"):
            value = getattr(record, name, None)
            if value is not None:
                entry[name] = str(value)
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            entry["exception"] = record.exc_text
        if record.stack_info:
            entry["stack"] = self.formatStack(record.stack_info)
        return json.dumps(entry, ensure_ascii=False)


_FORMATTERS: dict[str, type[logging.Formatter]] = {"plain": PlainFormatter, "json": JsonFormatter}


def formatter(log_format: Literal["plain", "json"]) -> logging.Formatter:
    return _FORMATTERS[log_format]()


def setup_logging(settings: Settings, stream: IO[str] | None = None) -> MaskingFilter:
    """Log to ``stream`` (stderr) in ``settings.log_format``, every record masked. Safe to call again."""
    mask = MaskingFilter.from_settings(settings)
    handler = logging.StreamHandler(stream) if stream else _StderrHandler()
    handler.set_name(HANDLER_NAME)
    handler.setFormatter(formatter(settings.log_format))
    root = logging.getLogger()
    for old in [h for h in root.handlers if h.get_name() == HANDLER_NAME or _is_prefect_console(h)]:
        # Ours from an earlier call, or Prefect's console handler: either would write each line twice.
        root.removeHandler(old)
    root.addHandler(handler)
    for target in [*root.handlers, *(logging.getLogger(name) for name in RUN_LOGGERS)]:
        _install(target, mask)
    return mask


class _StderrHandler(logging.StreamHandler):
    """Writes to whatever ``sys.stderr`` is when a record is emitted.

    Bound at set-up time, a handler would keep writing to a stream that a test harness (or
    anything that swaps stderr) has since closed.
    """

    def __init__(self) -> None:
        super().__init__(sys.stderr)

    @property
    def stream(self) -> IO[str]:
        return sys.stderr

    @stream.setter
    def stream(self, value: IO[str]) -> None:
        """Ignored: the stream is always the current stderr."""


def _is_prefect_console(handler: logging.Handler) -> bool:
    # By name: importing Prefect here would slow down `trustlist check`, which never needs it.
    return type(handler).__name__ == "PrefectConsoleHandler"


def _install(target: logging.Filterer, mask: MaskingFilter) -> None:
    for old in [f for f in target.filters if isinstance(f, MaskingFilter)]:
        target.removeFilter(old)
    target.addFilter(mask)


def prefect_logging_config(settings: Settings) -> dict[str, Any]:
    """Prefect's default logging config with the masking filter on every handler and our console format.

    The ``${...}`` placeholders are kept: the process that reads the file fills them in.
    """
    from prefect.logging.configuration import DEFAULT_LOGGING_SETTINGS_PATH

    config = yaml.safe_load(DEFAULT_LOGGING_SETTINGS_PATH.read_text(encoding="utf-8"))
    config["filters"] = {"trustlist_mask": {"()": f"{__name__}.MaskingFilter.from_environment"}}
    config["formatters"]["trustlist"] = {"()": f"{__name__}.{_FORMATTERS[settings.log_format].__name__}"}
    # A plain stream handler: Prefect's console handler colours its output, which would break JSON lines.
    config["handlers"]["console"] = {
        "level": 0,
        "class": "logging.StreamHandler",
        "formatter": "trustlist",
        "stream": "ext://sys.stderr",
    }
    for handler in config["handlers"].values():
        handler["filters"] = ["trustlist_mask"]
    return config


def write_prefect_logging_config(settings: Settings, folder: Path) -> Path:
    """The config file for ``PREFECT_LOGGING_SETTINGS_PATH``; it holds no secret (the filter reads them)."""
    path = folder / "prefect-logging.yml"
    path.write_text(yaml.safe_dump(prefect_logging_config(settings), sort_keys=False), encoding="utf-8")
    return path


def bundle_run_name(agency: str, name: str) -> str:
    """How an operator finds a bundle's flow run: ``health/datasapa``, identifiers masked as in the logs."""
    stem = name[: -len(".zip")] if name.lower().endswith(".zip") else name
    return mask_identifiers(f"{agency}/{stem}")


def process_bundle_run_name() -> str:
    """``flow_run_name`` of the process_bundle flow, from its ``item`` parameter (an InboxItem).

    The application id and revision are known only once the documents are read; the run's
    outcome artifact carries them, so the run keeps the name it starts with.
    """
    from prefect.runtime import flow_run

    item = flow_run.parameters["item"]
    return bundle_run_name(item.agency, item.name)
