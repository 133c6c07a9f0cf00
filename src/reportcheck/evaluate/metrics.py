"""Agreement measures between the auditor's labels and the checker, on ordered classes."""

from __future__ import annotations

from collections.abc import Sequence


def confusion(pairs: Sequence[tuple[str, str]], classes: Sequence[str]) -> list[list[int]]:
    """Counts of (label, predicted) pairs: rows are the labels, columns the predictions, both in `classes` order."""
    matrix = [[0] * len(classes) for _ in classes]
    for label, predicted in pairs:
        matrix[classes.index(label)][classes.index(predicted)] += 1
    return matrix


def quadratic_kappa(matrix: list[list[int]]) -> float | None:
    """Cohen's kappa with quadratic weights for ordered classes; None when undefined (no spread at all)."""
    k = len(matrix)
    n = sum(map(sum, matrix))
    if n == 0 or k < 2:
        return None
    rows = [sum(row) for row in matrix]
    cols = [sum(row[j] for row in matrix) for j in range(k)]
    observed = expected = 0.0
    for i in range(k):
        for j in range(k):
            weight = (i - j) ** 2 / (k - 1) ** 2
            observed += weight * matrix[i][j]
            expected += weight * rows[i] * cols[j] / n
    return None if expected == 0 else 1 - observed / expected
