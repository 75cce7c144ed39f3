"""The one façade handed to the GUI and the CLI: a database plus the catalogue."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path

import sqlite_utils

from res_desktop import paths
from res_desktop.clock import Clock
from res_desktop.clock import system_today
from res_desktop.domain.activities.model import INSTRUMENTS as ACTIVITY_INSTRUMENTS
from res_desktop.domain.common.catalogue import Catalogue
from res_desktop.domain.common.catalogue import Funding
from res_desktop.domain.common.catalogue import Source
from res_desktop.domain.common.catalogue import load_catalogue
from res_desktop.domain.common.derived import DerivedSource
from res_desktop.domain.common.funding_marks import MarkedCatalogue
from res_desktop.domain.common.regions import Region
from res_desktop.domain.common.regions import load_regions
from res_desktop.services.activities.service import ActivityService
from res_desktop.services.checklist.own_offers import OwnOfferService
from res_desktop.services.checklist.service import ChecklistService
from res_desktop.services.common.audit import AuditService
from res_desktop.services.common.audit_session import AuditSession
from res_desktop.services.common.boundary import guarded
from res_desktop.services.common.context import ServiceContext
from res_desktop.services.common.region import RegionService
from res_desktop.services.common.rule_source import RuleSource
from res_desktop.services.common.user_data import data_dir
from res_desktop.services.common.user_data import journal_name
from res_desktop.services.council.service import INSTRUMENT as COUNCIL_INSTRUMENT
from res_desktop.services.council.service import CouncilService
from res_desktop.services.exporters.analysis import INSTRUMENT as REGISTRY_INSTRUMENT
from res_desktop.services.exporters.analysis import AnalysisService
from res_desktop.services.exporters.importer import ImportService
from res_desktop.services.exporters.service import ExporterService
from res_desktop.services.programme.service import INSTRUMENT as PROGRAMME_INSTRUMENT
from res_desktop.services.programme.service import ProgrammeService
from res_desktop.services.records.service import RecordsService
from res_desktop.services.reporting.dashboard import DashboardService
from res_desktop.services.reporting.report_data import ReportSources
from res_desktop.services.reporting.service import ReportService
from res_desktop.services.team.service import TEAM_INSTRUMENT
from res_desktop.services.team.service import TeamService
from res_desktop.storage.common.attachments import AttachmentStore
from res_desktop.storage.common.backup import DataFolders
from res_desktop.storage.common.database import checkpoint_and_close
from res_desktop.storage.common.database import is_read_only
from res_desktop.storage.common.database import open_database
from res_desktop.storage.common.temporaries import remove_temporaries
from res_desktop.storage.common.temporaries import stale_temporaries

DB_FILE_NAME = "res_desktop.sqlite3"


def default_db_path() -> Path:
    return data_dir() / DB_FILE_NAME


def attachments_dir_for(db_path: Path) -> Path:
    """Files live next to their database, so a copy of the folder is a whole backup."""
    return DataFolders.beside(db_path).attachments


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
    clock: Clock = system_today
    derived_sources: dict[Source, DerivedSource] = field(default_factory=dict)
    audit: AuditSession = field(default_factory=AuditSession)

    @classmethod
    def open(cls, path: Path, *, clock: Clock = system_today, read_only: bool = False) -> Workspace:
        db = open_database(path, read_only=read_only)
        if not is_read_only(db):  # a crash's half-written files, once the file is ours
            remove_temporaries(stale_temporaries(DataFolders.beside(Path(path))))
        return cls(
            db=db,
            path=Path(path),
            catalogue=standard_catalogue(),
            attachments=AttachmentStore(attachments_dir_for(Path(path))),
            clock=clock,
            audit=AuditSession(user_name=journal_name()),  # the window's name in the CLI too
        )

    @property
    def read_only(self) -> bool:
        """Opened read-only: asked for, or the file or its medium refuses writes."""
        return is_read_only(self.db)

    def close(self) -> None:
        """Fold the WAL back into the main file first, so the closed file is complete."""
        checkpoint_and_close(self.db.conn)

    def today(self) -> dt.date:
        return self.clock()

    def __post_init__(self) -> None:
        # Built in dependency order, each given the services it reads (no service reaches the
        # others through the workspace). Every one behind the boundary: SQLite errors arrive
        # as StorageError.
        # Every service sees the region's funding marks (set in «Параметры региона»), read
        # through the region service built just below.
        def marks() -> dict[str, Funding]:
            return self.region.funding_marks()

        if not isinstance(self.catalogue, MarkedCatalogue):
            self.catalogue = MarkedCatalogue(self.catalogue, marks)
        self.audit = guarded(self.audit)  # no SQL in it, but every workspace member is guarded
        ctx = ServiceContext(
            self.db, self.path, self.catalogue, self.attachments, self.clock, self.audit
        )
        self.region = guarded(RegionService(ctx))
        self.history = guarded(AuditService(ctx))
        self.council = guarded(CouncilService(ctx, region=self.region))
        self.team = guarded(TeamService(ctx, region=self.region))
        self.exporters = guarded(ExporterService(ctx))
        self.exporter_import = guarded(ImportService(ctx))
        self.exporter_analysis = guarded(AnalysisService(ctx, region=self.region))
        self.programme = guarded(ProgrammeService(ctx, region=self.region))
        self.activities = guarded(ActivityService(ctx, region=self.region))
        self.records = guarded(
            RecordsService(ctx, region=self.region, analysis=self.exporter_analysis)
        )
        for source in self._rule_sources():
            self.derived_sources.setdefault(source.source, guarded(source))
        # The checklist reads the registry at each view, so a source set later is seen too.
        self.checklists = guarded(
            ChecklistService(ctx, region=self.region, derived=self.derived_sources)
        )
        self.own_offers = guarded(OwnOfferService(ctx))
        self.reports = guarded(
            ReportService(
                ctx,
                sources=ReportSources(
                    region=self.region,
                    checklists=self.checklists,
                    council=self.council,
                    team=self.team,
                    exporters=self.exporter_analysis,
                    records=self.records,
                    programme=self.programme,
                    activities=self.activities,
                    own_offers=self.own_offers,
                ),
            )
        )
        self.dashboard = guarded(
            DashboardService(
                ctx,
                region=self.region,
                checklists=self.checklists,
                reports=self.reports,
                warnings=(self.council, self.team, self.programme, self.activities),
            )
        )

    def _rule_sources(self) -> tuple[RuleSource, ...]:
        """Which records fill which instruments' items: one adapter, six subsystems."""
        return (
            RuleSource(
                Source.COUNCIL,
                {COUNCIL_INSTRUMENT},
                self.council.has_records,
                lambda _i, year, as_of: self.council.verdicts(year, as_of),
            ),
            RuleSource(
                Source.TEAM,
                {TEAM_INSTRUMENT},
                self.team.has_records,
                lambda _i, year, as_of: self.team.item_verdicts(year, as_of),
            ),
            RuleSource(
                Source.REGISTRY,
                {REGISTRY_INSTRUMENT},
                self.exporter_analysis.has_records,
                # The registry judges no future year: its company figures are today's.
                lambda _i, year, as_of: (
                    {} if year > self.today().year else self.exporter_analysis.verdicts(year, as_of)
                ),
            ),
            RuleSource(
                Source.PROGRAMME,
                {PROGRAMME_INSTRUMENT},
                self.programme.has_records,
                lambda _i, year, as_of: self.programme.item_verdicts(year, as_of),
            ),
            RuleSource(
                Source.ACTIVITIES,
                set(ACTIVITY_INSTRUMENTS),
                self.activities.has_records,
                lambda instrument, year, as_of: self.activities.item_verdicts(
                    instrument.code, year, as_of
                ),
            ),
            RuleSource(
                Source.RECORDS,
                {"06", "07", "08"},
                lambda: True,
                lambda instrument, year, as_of: {
                    key: v
                    for (number, key), v in self.records.verdicts(year, as_of).items()
                    if number == instrument.number
                },
            ),
        )
