"""Record identities that several subsystems refer to (an activity names its companies)."""

from __future__ import annotations

from typing import NewType

CompanyId = NewType("CompanyId", int)
