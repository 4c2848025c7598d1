"""Sign-in that guessing cannot hurry: growing waits per account and per address; and a
session secret worth the name. The web app's side of both is in tests/test_web.py."""

from __future__ import annotations

import secrets

import pytest

from trustlist.core.errors import ConfigError
from trustlist.core.settings import Settings
from trustlist.web import throttle as throttle_module
from trustlist.web.throttle import SignInThrottle


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_waits_start_after_the_free_failures_and_double_up_to_the_maximum():
    clock = Clock()
    throttle = SignInThrottle(free=3, max_wait_s=10, clock=clock)
    keys = ("account:aigerim", "address:10.0.0.9")
    waits = []
    for _ in range(8):
        throttle.failed(keys)
        waits.append(throttle.wait_s(keys))
    assert waits == [0, 0, 1, 2, 4, 8, 10, 10]
    clock.now += 10
    assert throttle.wait_s(keys) == 0
    # Another address trying the same account waits as long: the account key is shared.
    assert throttle.wait_s(("account:aigerim", "address:10.0.0.10")) == 0
    throttle.failed(keys)
    assert throttle.wait_s(("account:aigerim", "address:10.0.0.10")) == 10
    throttle.succeeded(keys)
    assert throttle.wait_s(keys) == 0


def test_the_counts_stay_bounded_under_a_flood_of_made_up_names(monkeypatch):
    monkeypatch.setattr(throttle_module, "MAX_KEYS", 100)
    throttle = SignInThrottle(free=1, max_wait_s=5, clock=Clock())
    for i in range(1000):
        throttle.failed((f"account:user{i}",))
    assert len(throttle._failures) == 100
    assert throttle.wait_s(("account:user999",)) == 1 and throttle.wait_s(("account:user0",)) == 0


@pytest.mark.parametrize(
    "secret",
    [" " * 40, "a" * 40, "ab" * 20, "0123456789" * 3, f" {secrets.token_urlsafe(48)} "],
)
def test_a_weak_session_secret_is_refused(tmp_path, secret):
    from trustlist.web.app import create_app

    with pytest.raises(ConfigError, match="TRUSTLIST_WEB_SESSION_SECRET must have"):
        create_app(Settings(local_root=tmp_path, web_session_secret=secret))


@pytest.mark.parametrize("secret", [secrets.token_urlsafe(48), secrets.token_hex(32)])
def test_a_generated_session_secret_is_taken(tmp_path, secret):
    from trustlist.web.app import create_app

    assert create_app(Settings(local_root=tmp_path, web_session_secret=secret)) is not None
