"""Agreement of the checker with a labelled folder of reports (`reportcheck evaluate`)."""

from .evaluation import compare, evaluate
from .labels import Label, load_labels
from .metrics import confusion, quadratic_kappa
from .text import render_text

__all__ = ["Label", "compare", "confusion", "evaluate", "load_labels", "quadratic_kappa", "render_text"]
