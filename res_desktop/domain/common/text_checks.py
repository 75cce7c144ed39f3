"""Shapes of user-typed contact details, checked the same way everywhere."""

from __future__ import annotations

import re

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_WEB_LINK = re.compile(r"^(https?://)[^\s/$.?#][^\s]*\.[^\s]+$", re.IGNORECASE)


def is_email(text: str) -> bool:
    return bool(_EMAIL.match(text.strip()))


def is_web_link(text: str) -> bool:
    """http(s) and a host with a dot: what can be opened from a report or the monitoring system."""
    return bool(_WEB_LINK.match(text.strip()))
