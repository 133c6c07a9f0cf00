"""Check many files in parallel worker processes, each with a time limit, without letting one file stop the batch.

Each worker loads the checker once (spaCy pipeline, rules, profiles) and then checks file after file; where workers
are forked, the parent loads it once before forking, so every worker (and every replacement) starts warm, sharing
the loaded pages instead of each spending a second or more of CPU on the same start-up. A file that
takes longer than the limit gets a `timeout` error row and its worker is killed and replaced; a worker that dies
(a crash in a parser library, memory exhausted) gives an error row for the file it held. Results come back in the
order of the paths given, whatever order the workers finish in.
"""

from __future__ import annotations

import gc
import multiprocessing
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path

from .. import errors
from ..result import Result, error_result

STARTUP_LIMIT = 120.0  # seconds a new worker may take to load the checker


Checker = Callable[..., Result]  # check_file(path, **options)


class CheckerUnavailable(RuntimeError):
    """The checker cannot be loaded in a worker, so no file can be checked."""


@dataclass
class Batch:
    results: list[Result]
    peak_rss_kb: dict[int, int] = field(default_factory=dict)  # worker process id -> peak resident memory
    restarts: int = 0  # workers replaced after a timeout or a crash


def _peak_rss_kb() -> int:
    try:
        import resource
    except ImportError:  # not on this platform
        return 0
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


# Dated, so that the timeliness check loads the bank holidays too.
_WARM_UP = "Date of report: 10/11/2025\nDate of conference: 14/11/2025\nWarm-up."


def _load_checker() -> Checker:
    from ..check import check_file, check_text
    from ..parse import docx_reader  # noqa: F401 - the Word reader's libraries, loaded before the first timed file

    check_text(_WARM_UP)  # loads the pipeline, rules, profiles and bank holidays before the first timed file
    return check_file


def _preload() -> Checker:
    """The checker, loaded in this process for forked workers to inherit."""
    try:
        return _load_checker()
    except Exception as exc:  # noqa: BLE001 - as a worker that cannot load it: the batch cannot run
        raise CheckerUnavailable(f"the checker could not be loaded ({exc.__class__.__name__})") from None


def _serve(conn: Connection, checker: Checker | None, options: dict) -> None:
    """A worker: load the checker, say so, then check each path sent until told to stop."""
    try:
        check_file = checker or _load_checker()
    except BaseException as exc:  # noqa: BLE001 - reported to the parent, which stops the batch
        conn.send(("failed", exc.__class__.__name__))
        return
    # What is loaded by now lives as long as the worker: the collector need not walk it again after every batch of
    # files (about half of the collector's time in a worker), nor copy a forked parent's pages to do so.
    gc.freeze()
    conn.send(("ready", _peak_rss_kb()))
    while True:
        try:
            task = conn.recv()
        except (EOFError, KeyboardInterrupt):
            return
        if task is None:
            return
        index, path = task
        try:
            result = check_file(path, **options)
        except Exception as exc:  # noqa: BLE001 - one file must not stop the batch
            result = error_result(Path(path), errors.INTERNAL,
                                  f"reportcheck failed on this file ({exc.__class__.__name__}); "
                                  "please report it with the file name")
        conn.send(("done", index, result, _peak_rss_kb()))


class _Worker:
    def __init__(self, context, checker: Checker | None, options: dict):
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child, checker, options), daemon=True)
        self.process.start()
        child.close()  # so the parent sees end-of-file when the worker dies
        self.started = time.monotonic()
        self.ready = False
        self.task: int | None = None
        self.deadline = 0.0

    def stop(self, kill: bool = False) -> None:
        if kill:
            self.process.kill()
        else:
            try:
                self.conn.send(None)
            except OSError:
                pass
        self.process.join(5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()


def _context():
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def check_files(paths: Sequence[Path], *, jobs: int, timeout: float, options: dict | None = None,
                on_done: Callable[[int], None] | None = None, checker: Checker | None = None) -> Batch:
    """Check `paths` with `jobs` worker processes; each file gets at most `timeout` seconds.

    `options` are passed to the checker (template, agency...); `checker` defaults to `reportcheck.check.check_file`,
    loaded here before forking, or in each worker where processes are spawned (a replacement must then be
    picklable). `on_done(n)` is called as files finish.
    Raises CheckerUnavailable when the checker cannot be loaded.
    """
    options = options or {}
    paths = [Path(p) for p in paths]
    results: list[Result | None] = [None] * len(paths)
    batch = Batch(results=[])
    if not paths:
        return batch
    context = _context()
    if checker is None and context.get_start_method() == "fork":
        checker = _preload()
    pending = deque(range(len(paths)))
    workers = [_Worker(context, checker, options) for _ in range(max(1, min(jobs, len(paths))))]

    def finish(worker: _Worker, result: Result) -> None:
        results[worker.task] = result
        worker.task = None
        if on_done:
            on_done(1)

    def replace(worker: _Worker) -> None:
        worker.stop(kill=True)
        workers[workers.index(worker)] = _Worker(context, checker, options)
        batch.restarts += 1

    try:
        while pending or any(w.task is not None for w in workers):
            now = time.monotonic()
            for worker in workers:
                if worker.ready and worker.task is None and pending:
                    worker.task = pending.popleft()
                    worker.conn.send((worker.task, str(paths[worker.task])))
                    worker.deadline = now + timeout
            deadlines = [w.deadline if w.ready else w.started + STARTUP_LIMIT for w in workers
                         if w.task is not None or not w.ready]
            wait_for = max(0.0, min(deadlines) - now) if deadlines else None
            by_handle = {}
            for worker in workers:
                by_handle[worker.conn] = by_handle[worker.process.sentinel] = worker
            signalled = {id(by_handle[h]) for h in wait(list(by_handle), timeout=wait_for)}
            for worker in list(workers):
                if id(worker) in signalled:
                    _receive(worker, paths, finish, replace, batch)
                elif worker.task is not None and time.monotonic() > worker.deadline:
                    finish(worker, error_result(paths[worker.task], errors.TIMEOUT,
                                                f"checking this file took longer than {timeout:g} seconds"))
                    replace(worker)
                elif not worker.ready and time.monotonic() > worker.started + STARTUP_LIMIT:
                    raise CheckerUnavailable("a worker took too long to load the checker")
    finally:
        for worker in workers:
            worker.stop(kill=not worker.ready or worker.task is not None)
    batch.results = results  # type: ignore[assignment]
    return batch


def _receive(worker: _Worker, paths: list[Path], finish, replace, batch: Batch) -> None:
    """Handle what a signalled worker sent, or its death."""
    try:
        message = worker.conn.recv() if worker.conn.poll() else None
    except (EOFError, OSError):
        message = None
    if message is None:  # the worker died
        if not worker.ready:
            raise CheckerUnavailable("a worker stopped while loading the checker")
        if worker.task is not None:
            finish(worker, error_result(paths[worker.task], errors.CORRUPT,
                                        "reportcheck stopped unexpectedly while reading this file; "
                                        "it may be damaged or too complex"))
        replace(worker)
        return
    kind = message[0]
    if kind == "failed":
        raise CheckerUnavailable(f"the checker could not be loaded ({message[1]})")
    if kind == "ready":
        worker.ready = True
        batch.peak_rss_kb[worker.process.pid] = message[1]
    elif kind == "done":
        _, index, result, rss = message
        batch.peak_rss_kb[worker.process.pid] = rss
        if index == worker.task:
            finish(worker, result)
