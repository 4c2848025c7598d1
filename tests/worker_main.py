"""A trustlist worker as a separate OS process, for tests/test_service.py.

Runs intake passes every ``TRUSTLIST_POLL_INTERVAL_S`` as the served deployment does, with
its settings from its environment, until the file named by its one argument exists. After
each pass it prints ``PASS <n>`` and a ``RESULT <json>`` line per inbox item, so the test can
tell which worker took which bundle.

    python -m tests.worker_main STOP_FILE
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from trustlist.core.errors import StorageError
from trustlist.core.settings import Settings


def main(stop_file: Path) -> int:
    from trustlist.flows.intake import intake_flow

    settings = Settings()
    passes = 0
    while not stop_file.exists():
        try:
            results = intake_flow(settings)
        except StorageError as exc:
            # The inbox could not even be listed (storage down): like a failed scheduled
            # run, the next poll tries again.
            print(f"POLL-FAILED {exc}", flush=True)
        else:
            for result in results:
                print(f"RESULT {result.model_dump_json()}", flush=True)
        passes += 1
        print(f"PASS {passes}", flush=True)
        time.sleep(settings.poll_interval_s)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
