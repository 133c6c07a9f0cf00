"""Limits on what one input may cost, and the per-file time limit that enforces the last of them.

A hostile or pathological file must fail with a clear error instead of exhausting memory or hanging a batch.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from pydantic import BaseModel, Field

from ..errors import TIMEOUT, ReportError

MB = 1024 * 1024


class Limits(BaseModel):
    """What one input may cost. The defaults suit reports of a few dozen pages with a margin."""

    max_file_bytes: int = Field(50 * MB, gt=0)  # the file as stored
    max_unzipped_bytes: int = Field(200 * MB, gt=0)  # all members of a Word package together, uncompressed
    max_ratio: float = Field(100.0, gt=1)  # uncompressed / compressed size of any large Word package member
    max_members: int = Field(5000, gt=0)  # files inside a Word package
    max_pages: int = Field(500, gt=0)  # PDF pages
    seconds: float = Field(60.0, gt=0)  # wall-clock time to read one file


class Deadline:
    """A cooperative time check for loops over pages and paragraphs (used where no alarm signal is available)."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.end = time.monotonic() + seconds

    def check(self) -> None:
        if time.monotonic() > self.end:
            raise timeout_error(self.seconds)


def timeout_error(seconds: float) -> ReportError:
    return ReportError(TIMEOUT, f"processing this file took longer than the limit of {seconds:g} seconds")


_REPEAT = 0.1  # seconds between alarms once the limit has passed


class _Alarm(BaseException):
    """Raised by the alarm handler; a BaseException so that no library's `except Exception` can swallow it."""


@contextmanager
def time_limit(seconds: float) -> Iterator[Deadline]:
    """Run the block under a deadline: an interval-timer alarm on the main thread (it interrupts a library stuck
    inside one call), and always a `Deadline` for the readers' own loops. Either way the block ends in `timeout`."""
    deadline = Deadline(seconds)
    use_alarm = (hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
                 and signal.getitimer(signal.ITIMER_REAL)[0] == 0)
    if not use_alarm:
        yield deadline
        return

    armed = [True]  # once the block is over, a late alarm must not escape from the clean-up

    def on_alarm(signum, frame):
        if armed[0]:
            raise _Alarm()

    previous = signal.signal(signal.SIGALRM, on_alarm)
    # It repeats: an alarm that lands in a finaliser (a ZipFile's __del__) is swallowed there, so the next one ends it.
    signal.setitimer(signal.ITIMER_REAL, seconds, _REPEAT)
    try:
        yield deadline
        armed[0] = False
    except _Alarm:
        raise timeout_error(seconds) from None
    finally:
        armed[0] = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
