"""The parallel runner: results in path order, and a hung, failing or crashing file becomes an error row."""

from __future__ import annotations

import multiprocessing
import os
import time
from pathlib import Path

import pytest

from reportcheck.result import Result, SourceInfo
from reportcheck.screen.runner import CheckerUnavailable, check_files


def fake_check(path, **options) -> Result:
    """Stands in for check_file: behaves according to the file name."""
    name = Path(path).name
    if name.startswith("hang"):
        time.sleep(60)
    if name.startswith("boom"):
        raise ValueError("secret report words")
    if name.startswith("crash"):
        os._exit(1)
    return Result(source=SourceInfo(path=str(path), format="txt"), agency=options.get("agency"), grade="good")


def _files(tmp_path: Path, names: list[str]) -> list[Path]:
    paths = []
    for name in names:
        path = tmp_path / name
        path.write_text("x")
        paths.append(path)
    return paths


def test_results_come_back_in_path_order_with_options(tmp_path):
    paths = _files(tmp_path, [f"r{i:02}.txt" for i in range(12)])
    done = []
    batch = check_files(paths, jobs=2, timeout=10, options={"agency": "gp"}, checker=fake_check,
                        on_done=done.append)
    assert [r.source.path for r in batch.results] == [str(p) for p in paths]
    assert {r.agency for r in batch.results} == {"gp"}
    assert sum(done) == 12
    # one worker may finish every file before the second has started on a busy machine
    assert 1 <= len(batch.peak_rss_kb) <= 2 and all(v > 0 for v in batch.peak_rss_kb.values())


def test_hung_failing_and_crashing_files_become_error_rows_and_the_batch_carries_on(tmp_path):
    paths = _files(tmp_path, ["a.txt", "boom.txt", "crash.txt", "hang.txt", "z.txt"])
    started = time.monotonic()
    batch = check_files(paths, jobs=2, timeout=1.5, checker=fake_check)
    assert time.monotonic() - started < 20
    codes = [r.error.code if r.error else r.grade for r in batch.results]
    assert codes == ["good", "internal", "corrupt", "timeout", "good"]
    by_name = {Path(r.source.path).name: r for r in batch.results}
    assert "ValueError" in by_name["boom.txt"].error.message
    assert "secret" not in by_name["boom.txt"].error.message
    assert "1.5 seconds" in by_name["hang.txt"].error.message
    assert by_name["hang.txt"].source.sha256  # an error row still identifies the file
    assert batch.restarts == 2


def test_no_files_starts_no_workers():
    assert check_files([], jobs=4, timeout=1, checker=fake_check).results == []


def test_a_checker_that_cannot_load_stops_the_batch_with_a_clear_error(tmp_path, monkeypatch):
    from reportcheck.screen import runner

    def cannot_load():
        raise ImportError("missing piece")

    monkeypatch.setattr(runner, "_load_checker", cannot_load)  # workers are forked, so they see the change
    with pytest.raises(CheckerUnavailable, match="could not be loaded \\(ImportError\\)"):
        check_files(_files(tmp_path, ["a.txt"]), jobs=1, timeout=5)


def _recording_loader(folder: Path):
    def load():
        (folder / f"loaded-by-{os.getpid()}").touch()
        return fake_check
    return load


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="no fork on this platform")
def test_forked_workers_inherit_the_checker_the_parent_loaded_once(tmp_path, monkeypatch):
    from reportcheck.screen import runner

    marks = tmp_path / "marks"
    marks.mkdir()
    monkeypatch.setattr(runner, "_load_checker", _recording_loader(marks))
    batch = check_files(_files(tmp_path, ["a.txt", "b.txt", "crash.txt", "c.txt"]), jobs=2, timeout=10)
    assert [r.grade or r.error.code for r in batch.results] == ["good", "good", "corrupt", "good"]
    assert [p.name for p in marks.iterdir()] == [f"loaded-by-{os.getpid()}"]  # the replacement loaded nothing


def test_spawned_workers_load_the_checker_themselves(tmp_path, monkeypatch):
    from reportcheck.screen import runner

    monkeypatch.setattr(runner, "_context", lambda: multiprocessing.get_context("spawn"))
    path = tmp_path / "report.txt"
    path.write_text("Child's views\nRuby said \"I like school\".\n", encoding="utf-8")
    batch = check_files([path], jobs=1, timeout=60)
    assert batch.results[0].error is None and batch.results[0].grade is not None
