"""Publish the JSON Schema of a result (`reportcheck/result/v1`), generated from the pydantic models.

The file `schema/result-v1.json` ships with the package for scripts that validate the JSON output; a test keeps it
equal to what the models generate. Regenerate it with `python -m reportcheck.render.json_schema`.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

from ..result import json_schema


def schema_path() -> Path:
    return Path(str(resources.files("reportcheck") / "schema" / "result-v1.json"))


def schema_text() -> str:
    """The schema as published: indented JSON with a final newline."""
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"


def write_schema(path: Path | None = None) -> Path:
    path = path or schema_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(schema_text(), encoding="utf-8")
    return path


if __name__ == "__main__":
    print(write_schema())
