"""`python -m reportcheck`: the same as the `reportcheck` command."""

from .cli import main

main()
