"""reportcheck: pre-grades agency reports to Initial Child Protection Conferences with reasons an auditor can verify."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("reportcheck")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0"

__all__ = ["__version__"]
