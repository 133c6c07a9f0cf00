"""reportcheck: pre-grades agency reports to Initial Child Protection Conferences with reasons an auditor can verify."""

__all__ = ["__version__", "check_file", "check_text"]


def __getattr__(name: str):
    """`reportcheck.check_file`, `reportcheck.check_text` and `__version__`, worked out on first use so that
    `import reportcheck` stays light (the command line's start-up pays only for what a command uses)."""
    if name in ("check_file", "check_text"):
        from . import check

        return getattr(check, name)
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("reportcheck")
        except PackageNotFoundError:  # a source tree that was not installed
            return "0.0.0"
    raise AttributeError(f"module 'reportcheck' has no attribute {name!r}")
