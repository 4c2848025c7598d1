"""What Prefect's API log handler hands on for the API, kept for a test instead of sent.

The handler queues each record for a background worker that posts batches to the API. That
delivery is Prefect's own (on a loaded CI machine a whole run's logs once failed to arrive
within four minutes), so the tests assert what our code decides: which run a line is filed
under and what it says, masking included, as the API would receive it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from prefect.logging.handlers import set_api_log_sink


@contextmanager
def logs_for_the_api() -> Iterator[list[dict[str, Any]]]:
    sent: list[dict[str, Any]] = []
    set_api_log_sink(sent.append)
    try:
        yield sent
    finally:
        set_api_log_sink(None)


def messages_of_run(sent: list[dict[str, Any]], flow_run_id: object) -> str:
    return "\n".join(log["message"] for log in sent if str(log["flow_run_id"]) == str(flow_run_id))
