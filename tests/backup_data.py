"""A workspace worth backing up: an attached file, a sent report, a registry row."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from res_desktop.domain.exporters.model import Company
from res_desktop.reports.common.data import ReportKind
from res_desktop.services.common.workspace import Workspace
from res_desktop.storage.common.backup import DataFolders
from tests.conftest import TODAY

COMPANY = Company(inn="7707083893", full_name="ПАО «Сбербанк»", short_name="Сбербанк")


@dataclass(frozen=True)
class Filled:
    evidence_sha: str
    report_name: str
    folders: DataFolders

    @property
    def attachment(self) -> Path:
        return self.folders.attachments / self.evidence_sha[:2] / self.evidence_sha

    @property
    def report(self) -> Path:
        return self.folders.reports / self.report_name


def fill(ws: Workspace, scratch: Path, *, with_report: bool = True) -> Filled:
    source = scratch / "Положение об Экспортном совете.docx"
    source.write_bytes(b"PK\x03\x04 docx bytes" * 100)
    key = ws.checklists.checklist("05", TODAY.year).items[0].item.key
    evidence = ws.checklists.attach_file(code="05", key=key, year=TODAY.year, source=source)
    ws.exporters.save_company(company=COMPANY)
    name = ""
    if with_report:
        report = ws.reports.generate(kind=ReportKind.QUARTERLY, year=2026, quarter=3)
        ws.reports.mark_sent(report.id, sent_on=TODAY, outgoing_number="1")
        name = report.file_name
    return Filled(evidence.file_sha256, name, DataFolders.beside(ws.path))
