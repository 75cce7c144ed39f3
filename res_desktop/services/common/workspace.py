"""The one façade handed to the GUI and the CLI: a database plus the catalogue."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs
import sqlite_utils

from res_desktop import paths
from res_desktop.domain.common.catalogue import Catalogue, Source, load_catalogue
from res_desktop.domain.common.derived import DerivedSource
from res_desktop.domain.common.regions import Region, load_regions
from res_desktop.services.activities.service import ActivityDerivedSource, ActivityService
from res_desktop.services.checklist.service import ChecklistService
from res_desktop.services.common.boundary import guarded
from res_desktop.services.common.region import RegionService
from res_desktop.services.council.service import CouncilDerivedSource, CouncilService
from res_desktop.services.exporters.analysis import AnalysisService, RegistryDerivedSource
from res_desktop.services.exporters.importer import ImportService
from res_desktop.services.exporters.service import ExporterService
from res_desktop.services.programme.service import ProgrammeDerivedSource, ProgrammeService
from res_desktop.services.records.service import RecordsDerivedSource, RecordsService
from res_desktop.services.reporting.dashboard import DashboardService
from res_desktop.services.reporting.service import ReportService
from res_desktop.services.team.service import TeamDerivedSource, TeamService
from res_desktop.storage.common.attachments import AttachmentStore
from res_desktop.storage.common.database import open_database

APP_NAME = "res_desktop"
DB_FILE_NAME = "res_desktop.sqlite3"

Clock = Callable[[], dt.date]


def data_dir() -> Path:
    """The user's local (not roaming) data folder."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def default_db_path() -> Path:
    return data_dir() / DB_FILE_NAME


def attachments_dir_for(db_path: Path) -> Path:
    """Files live next to their database, so a copy of the folder is a whole backup."""
    return db_path.with_name(f"{db_path.stem}-файлы")


_CATALOGUE: Catalogue | None = None
_REGIONS: tuple[Region, ...] | None = None


def standard_catalogue() -> Catalogue:
    global _CATALOGUE  # noqa: PLW0603 - read-only data, loaded once per process
    if _CATALOGUE is None:
        _CATALOGUE = load_catalogue(paths.catalogue_dir())
    return _CATALOGUE


def all_regions() -> tuple[Region, ...]:
    global _REGIONS  # noqa: PLW0603 - read-only data, loaded once per process
    if _REGIONS is None:
        _REGIONS = load_regions(paths.catalogue_dir())
    return _REGIONS


@dataclass
class Workspace:
    db: sqlite_utils.Database
    path: Path
    catalogue: Catalogue
    attachments: AttachmentStore
    clock: Clock = dt.date.today
    derived_sources: dict[Source, DerivedSource] = field(default_factory=dict)

    @classmethod
    def open(
        cls, path: Path, *, clock: Clock = dt.date.today, read_only: bool = False
    ) -> Workspace:
        db = open_database(path, read_only=read_only)
        return cls(
            db=db,
            path=Path(path),
            catalogue=standard_catalogue(),
            attachments=AttachmentStore(attachments_dir_for(Path(path))),
            clock=clock,
        )

    def close(self) -> None:
        self.db.conn.close()

    def today(self) -> dt.date:
        return self.clock()

    def __post_init__(self) -> None:
        # Every service behind the boundary: SQLite errors arrive as StorageError.
        self.region = guarded(RegionService(self))
        self.checklists = guarded(ChecklistService(self))
        self.dashboard = guarded(DashboardService(self))
        self.reports = guarded(ReportService(self))
        self.council = guarded(CouncilService(self))
        self.team = guarded(TeamService(self))
        self.exporters = guarded(ExporterService(self))
        self.exporter_import = guarded(ImportService(self))
        self.exporter_analysis = guarded(AnalysisService(self))
        self.programme = guarded(ProgrammeService(self))
        self.activities = guarded(ActivityService(self))
        self.records = guarded(RecordsService(self))
        self.derived_sources.setdefault(Source.COUNCIL, guarded(CouncilDerivedSource(self)))
        self.derived_sources.setdefault(Source.TEAM, guarded(TeamDerivedSource(self)))
        self.derived_sources.setdefault(Source.REGISTRY, guarded(RegistryDerivedSource(self)))
        self.derived_sources.setdefault(Source.PROGRAMME, guarded(ProgrammeDerivedSource(self)))
        self.derived_sources.setdefault(Source.ACTIVITIES, guarded(ActivityDerivedSource(self)))
        self.derived_sources.setdefault(Source.RECORDS, guarded(RecordsDerivedSource(self)))
