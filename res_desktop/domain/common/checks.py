"""A record's validation as a list of (field, rule) checks, each rule a message or None.

The rules are those of ``dates`` and ``too_short``: each returns its Russian message when the
value breaks it, so a validation function lists its checks instead of an ``if`` for each.
"""

from __future__ import annotations


def field_errors(*checks: tuple[str, str | None]) -> dict[str, str]:
    """Field -> message of every check that found something (a later one for a field wins)."""
    return {field: message for field, message in checks if message}


def too_short(text: str, shortest: int, message: str) -> str | None:
    """``message`` when ``text`` holds fewer than ``shortest`` characters once trimmed."""
    return message if len(text.strip()) < shortest else None
