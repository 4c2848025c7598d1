"""An S3 server for tests: moto's, over real HTTP, with signature checking on.

Register from tests/conftest.py with ``pytest_plugins = ["tests.s3server"]``.

- ``s3_server`` (session): one ``ThreadedMotoServer`` on 127.0.0.1 and a free
  port, plus credentials of an IAM user allowed ``s3:*``. Requests signed with
  other keys fail (SignatureDoesNotMatch / InvalidAccessKeyId), as on MinIO.
- ``s3_settings`` (function): ``Settings`` for ``storage="s3"`` pointing at it,
  with bucket names unique to the test so tests never see each other's objects
  (``S3Server.settings``, which benchmarks/scaleout.py uses too).

moto keeps its state in process-wide backends: ``stop()``/``start()`` keep the
port and the objects; an in-process ``mock_aws`` elsewhere in the session
would reset them, which is why ``s3_settings`` re-checks the credentials.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

# moto reads this once, when moto.settings is first imported: 0 means "check the
# signature of every request", otherwise moto accepts any credentials at all.
os.environ["INITIAL_NO_AUTH_ACTION_COUNT"] = "0"

from moto import settings as moto_settings  # noqa: E402
from moto.backends import get_backend  # noqa: E402
from moto.core import DEFAULT_ACCOUNT_ID  # noqa: E402
from moto.server import ThreadedMotoServer  # noqa: E402
from pydantic import SecretStr  # noqa: E402

from trustlist.core.settings import Settings  # noqa: E402

REGION = "us-east-1"
_USER = "trustlist-tests"
_POLICY = {
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}],
}


@dataclass
class S3Server:
    """A running moto server and the credentials it accepts."""

    endpoint: str = ""
    access_key: str = ""
    secret_key: str = field(default="", repr=False)
    region: str = REGION
    _port: int = 0
    _server: ThreadedMotoServer | None = field(default=None, repr=False)

    def start(self) -> None:
        if self._server is not None:
            return
        # Port 0 the first time; the same port after a stop(), so settings
        # made earlier keep pointing at the server.
        server = ThreadedMotoServer(ip_address="127.0.0.1", port=self._port, verbose=False)
        server.start()
        host, self._port = server.get_host_and_port()
        self.endpoint = f"{host}:{self._port}"
        self._server = server
        self.ensure_credentials()

    def stop(self) -> None:
        if self._server is not None:
            self._server.stop()
            self._server = None

    def ensure_credentials(self) -> None:
        """Create the IAM user and its key if moto's backend does not have them.

        Done in-process rather than over HTTP: with signature checking on from
        the first request, there is no unauthenticated window to bootstrap in.
        """
        iam = get_backend("iam")[DEFAULT_ACCOUNT_ID]["global"]
        if _USER in iam.users and self.access_key in iam.access_keys:
            return
        if _USER not in iam.users:
            iam.create_user(REGION, _USER)
            iam.put_user_policy(_USER, "s3-all", json.dumps(_POLICY))
        key = iam.create_access_key(_USER)
        self.access_key = key.access_key_id
        self.secret_key = key.secret_access_key

    def settings(self, local_root: Path) -> Settings:
        """Settings for ``storage="s3"`` on this server, with bucket names of their own
        (the extraction cache's too), so that no two users see each other's objects."""
        run = uuid.uuid4().hex[:10]
        return Settings(
            storage="s3",
            local_root=local_root,
            s3_endpoint=self.endpoint,
            s3_access_key=SecretStr(self.access_key),
            s3_secret_key=SecretStr(self.secret_key),
            s3_secure=False,
            s3_region=self.region,
            bucket_inbox=f"inbox-{run}",
            bucket_archive=f"archive-{run}",
            bucket_reports=f"reports-{run}",
            bucket_quarantine=f"quarantine-{run}",
            bucket_registry=f"registry-{run}",
            bucket_cache=f"cache-{run}",
        )


@pytest.fixture(scope="session")
def s3_server() -> Iterator[S3Server]:
    # If another plugin imported moto before us, the environment variable came
    # too late; set the live value as well, and put it back afterwards.
    previous = moto_settings.INITIAL_NO_AUTH_ACTION_COUNT
    moto_settings.INITIAL_NO_AUTH_ACTION_COUNT = 0
    server = S3Server()
    server.start()
    try:
        yield server
    finally:
        server.stop()
        moto_settings.INITIAL_NO_AUTH_ACTION_COUNT = previous


@pytest.fixture
def s3_settings(s3_server: S3Server, tmp_path: Path) -> Settings:
    s3_server.start()  # a test may have stopped it
    s3_server.ensure_credentials()
    return s3_server.settings(tmp_path / "store")
