"""spaCy's command-line package is loaded only when used, and still works when it is."""

import subprocess
import sys

import pytest


def _run(code: str) -> str:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return out.stdout.strip()


def test_checking_a_report_does_not_load_spacys_cli():
    out = _run(
        "import sys\n"
        "from reportcheck.check import check_text\n"
        "result = check_text('Mia said \"I like my new school.\"')\n"
        "print(result.grade, 'spacy.cli._util' in sys.modules, 'weasel' in sys.modules)"
    )
    grade, cli_loaded, weasel_loaded = out.split()
    assert grade in {"good", "adequate", "inadequate"}
    assert (cli_loaded, weasel_loaded) == ("False", "False")


@pytest.mark.parametrize("use", [
    "import spacy; print(sorted(spacy.info())[:1] != [])",
    "from spacy.cli import download; print(callable(download))",
    "import spacy.cli; print(callable(spacy.cli.init_config))",
])
def test_spacys_cli_still_works_after_reportcheck_is_imported(use):
    assert _run(f"import reportcheck.annotate\n{use}") == "True"


def test_nothing_is_deferred_when_spacy_was_imported_first():
    out = _run("import spacy, sys\nimport reportcheck.annotate\nprint(type(sys.modules['spacy.cli']).__name__)")
    assert out == "module"
