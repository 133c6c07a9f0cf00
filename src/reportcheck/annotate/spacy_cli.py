"""Defer spaCy's own command-line package until something uses it.

`import spacy` imports `spacy.cli` (for `spacy.info`), which pulls in requests, httpx, weasel and typer: about a
third of spaCy's import time, paid on every `reportcheck check` although reportcheck never uses spaCy's CLI. Before
spaCy is first imported, `defer()` registers stand-ins for `spacy.cli` and `spacy.cli.info`; the first attribute
anyone reads from them imports the real package, so spaCy behaves exactly as before for any caller that needs it.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

_NAMES = ("spacy.cli", "spacy.cli.info")


class _Deferred(ModuleType):
    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(_load(self.__name__), name)


def _load(module_name: str) -> ModuleType:
    for stand_in in _NAMES:
        if isinstance(sys.modules.get(stand_in), _Deferred):
            del sys.modules[stand_in]
    real = importlib.import_module(module_name)
    sys.modules["spacy"].cli = sys.modules["spacy.cli"]
    return real


def _info(*args, **kwargs):
    """Stands in for `spacy.info` until the real one is loaded."""
    return _load("spacy.cli.info").info(*args, **kwargs)


def defer() -> None:
    """Register the stand-ins and import spaCy, unless spaCy (or its CLI) is already imported."""
    if "spacy" in sys.modules or any(name in sys.modules for name in _NAMES):
        return
    spec = importlib.util.find_spec("spacy")  # finds spaCy without importing it
    if spec is None or not spec.submodule_search_locations:
        return
    package, info = _Deferred("spacy.cli"), _Deferred("spacy.cli.info")
    # The real folder, so `import spacy.cli.download` and the like still find their modules.
    package.__path__ = [str(Path(p) / "cli") for p in spec.submodule_search_locations]
    info.info = _info
    package.info = info
    sys.modules.update({"spacy.cli": package, "spacy.cli.info": info})
    spacy = importlib.import_module("spacy")
    spacy.cli = package  # what the import system does for a submodule it loads itself
