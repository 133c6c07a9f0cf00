"""reportcheck: pre-grades agency reports to Initial Child Protection Conferences with reasons an auditor can verify."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("reportcheck")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0"

__all__ = ["__version__", "check_file", "check_text"]


def __getattr__(name: str):
    """`reportcheck.check_file` and `reportcheck.check_text`, imported on first use so `import reportcheck` stays
    light (the command line's start-up pays only for what a command uses)."""
    if name in ("check_file", "check_text"):
        from . import check

        return getattr(check, name)
    raise AttributeError(f"module 'reportcheck' has no attribute {name!r}")
