"""Batch screening of a folder of reports: parallel checking and summary outputs for administrators and auditors."""

from .screening import OUTPUTS, Screening, screen

__all__ = ["OUTPUTS", "Screening", "screen"]
