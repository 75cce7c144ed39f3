"""res_desktop: the regional coordinator's workstation for the Regional Export Standard."""

from __future__ import annotations

import tomllib
from importlib import metadata
from pathlib import Path

DISTRIBUTION = "res-desktop"


def _version() -> str:
    """pyproject.toml holds the one version: read it in a source checkout (where an editable
    install's metadata may be stale); a wheel and the bundle carry it in their metadata."""
    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    if pyproject.is_file():
        project = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("project", {})
        if project.get("name") == DISTRIBUTION:
            return str(project["version"])
    return metadata.version(DISTRIBUTION)


__version__ = _version()
