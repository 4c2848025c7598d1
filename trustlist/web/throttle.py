"""Failed sign-ins slow down the next try, per account and per address.

After ``free`` wrong passwords in a row on a key (an account name, a client address),
the next try on that key must wait 1 s, then 2 s, 4 s ... up to ``max_wait_s``; a try
made earlier is refused without checking the password, so guessing costs time instead
of only CPU. A right password clears its account's and its address's count. The counts
live in this process (a restart forgives them) and at most ``MAX_KEYS`` of them, the
oldest forgotten first, so a flood of made-up names cannot grow them without bound.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

MAX_KEYS = 10_000


@dataclass
class _Failures:
    count: int
    last: float


class SignInThrottle:
    def __init__(self, free: int, max_wait_s: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.free = free
        self.max_wait_s = max_wait_s
        self.clock = clock  # replaceable, for tests that move time
        self._failures: OrderedDict[str, _Failures] = OrderedDict()
        self._lock = threading.Lock()

    def wait_s(self, keys: Iterable[str]) -> float:
        """How long the slowest of ``keys`` must still wait before its next try (0: go)."""
        now = self.clock()
        with self._lock:
            found = [self._failures.get(key) for key in keys]
        return max([0.0, *(f.last + self._wait(f.count) - now for f in found if f is not None)])

    def failed(self, keys: Iterable[str]) -> int:
        """Count a failure on each key; the highest count in a row, for the log."""
        now = self.clock()
        counts = []
        with self._lock:
            for key in keys:
                failures = self._failures.pop(key, None) or _Failures(0, now)
                failures.count += 1
                failures.last = now
                self._failures[key] = failures
                counts.append(failures.count)
            while len(self._failures) > MAX_KEYS:
                self._failures.popitem(last=False)
        return max(counts, default=0)

    def succeeded(self, keys: Iterable[str]) -> None:
        with self._lock:
            for key in keys:
                self._failures.pop(key, None)

    def _wait(self, count: int) -> float:
        if count < self.free:
            return 0.0
        return min(self.max_wait_s, 2.0 ** (count - self.free))
