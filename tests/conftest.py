"""Test-wide set-up: Prefect on a temporary embedded API, the moto S3 fixtures."""

from __future__ import annotations

import os
import tempfile

# Before Prefect is imported anywhere: a private PREFECT_HOME, no server, quiet logs.
_PREFECT_HOME = tempfile.mkdtemp(prefix="trustlist-prefect-")
os.environ.update(
    {
        "PREFECT_HOME": _PREFECT_HOME,
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
        "PREFECT_LOGGING_LEVEL": "WARNING",
        "OMP_THREAD_LIMIT": "1",
    }
)
os.environ.pop("PREFECT_API_URL", None)
for name in [n for n in os.environ if n.startswith("TRUSTLIST_")]:
    os.environ.pop(name)

pytest_plugins = ["tests.s3server"]
