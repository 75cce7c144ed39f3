"""Report test helpers: synthetic data of any size, PDF read-back."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader

from res_desktop.reports.common.data import Milestone
from res_desktop.reports.common.data import ReportData
from res_desktop.reports.common.data import ReportInstrument
from res_desktop.reports.common.data import ReportItem
from res_desktop.reports.common.data import ReportKind
from res_desktop.reports.common.quarterly import QUARTERLY_SECTIONS
from res_desktop.reports.common.quarterly import build_report
from res_desktop.reports.common.quarterly import with_sections
from res_desktop.reports.common.sections import Section


@dataclass
class Pdf:
    """A built PDF read back with pypdf."""

    path: Path
    reader: PdfReader
    pages: list[str]  # extracted text per page

    @property
    def text(self) -> str:
        return flat("\n".join(self.pages))

    def page_text(self, number: int) -> str:
        return flat(self.pages[number - 1])


def missing(text: str, *phrases: str) -> list[str]:
    """The phrases ``text`` lacks: a test asserts none is missing and is shown them all."""
    return [phrase for phrase in phrases if phrase not in text]


def section_pdf_text(data: ReportData, out: Path, *sections: Section, **extras: object) -> str:
    """The quarterly report with the subsystem ``sections`` and their ``extras``, read back."""
    data = dataclasses.replace(data, extras={**data.extras, **extras})
    chosen = with_sections(QUARTERLY_SECTIONS, *sections)
    return read_pdf(build_report(data, out, chosen)).text


def flat(text: str) -> str:
    """Collapse whitespace: text extraction breaks lines wherever the layout wrapped them."""
    return re.sub(r"\s+", " ", text).strip()


def read_pdf(path: Path) -> Pdf:
    reader = PdfReader(path)
    return Pdf(path, reader, [page.extract_text() for page in reader.pages])


LONG_CAPTION = (
    "Постановление Правительства субъекта Российской Федерации № {n}-п «Об утверждении "
    "порядка реализации мероприятий Регионального экспортного стандарта, включая "
    "организацию работы Экспортного совета и управленческой команды» — "
    "https://export.region.example/documents/very/long/path/{n}/attachment.pdf"
)


def make_item(
    number: int, *, status: str = "done", evidence: int = 1, **changes: object
) -> ReportItem:
    labels = {
        "done": "выполнено",
        "in_progress": "в работе",
        "not_started": "не начато",
        "not_applicable": "не применимо",
    }
    values: dict[str, object] = {
        "number": number,
        "title": f"Пункт чек-листа {number}: проведены мероприятия, предусмотренные Планом "
        "субъекта Российской Федерации на текущий год, в полном объеме и в установленные сроки",
        "status": status,
        "status_label": labels[status],
        "weight": 1,
        "responsible": "Константинопольская Александра Владимировна",
        "due_date": dt.date(2026, 12, 1) if status != "done" else None,
        "done_on": dt.date(2026, 5, number % 28 + 1) if status == "done" else None,
        "comment": "Комментарий к пункту с пояснением хода выполнения.",
        "evidence": tuple(LONG_CAPTION.format(n=number * 10 + e) for e in range(evidence)),
    }
    values.update(changes)
    return ReportItem(**values)  # type: ignore[arg-type]


def make_instrument(
    label: str, block: int, items: tuple[ReportItem, ...], **changes: object
) -> ReportInstrument:
    values: dict[str, object] = {
        "label": label,
        "block": block,
        "title": f"Синтетический инструмент {label} с длинным наименованием для проверки переноса "
        "строк в заголовке и в содержании отчёта",
        "short_title": f"Инструмент-{label}",
        "kind_label": "ежегодный",
        "progress_percent": 50,
        "implemented": False,
        "items": items,
    }
    values.update(changes)
    return ReportInstrument(**values)  # type: ignore[arg-type]


def make_data(instruments: tuple[ReportInstrument, ...], **changes: object) -> ReportData:
    values: dict[str, object] = {
        "kind": ReportKind.QUARTERLY,
        "year": 2026,
        "quarter": 2,
        "period_label": "II квартал 2026 года",
        "period_start": dt.date(2026, 4, 1),
        "period_end": dt.date(2026, 6, 30),
        "as_of": dt.date(2026, 6, 30),
        "generated_at": dt.datetime(2026, 7, 3, 9, 15),
        "due_date": dt.date(2026, 7, 8),
        "region_name": "Смоленская область",
        "coordinator_body": "Министерство экономического развития Смоленской области",
        "contact_person": "Петров Пётр Петрович",
        "phone": "+7 (4812) 00-00-00",
        "email": "export@smolensk.example",
        "implementation_year": 2,
        "schedule_required": 3,
        "schedule_actual": 1,
        "schedule_on_track": False,
        "schedule_date": dt.date(2026, 6, 1),
        "milestones": (
            Milestone(dt.date(2026, 2, 1), 2, 1),
            Milestone(dt.date(2026, 6, 1), 3, 1),
            Milestone(dt.date(2026, 12, 31), 11, None),
        ),
        "instruments": instruments,
    }
    values.update(changes)
    return ReportData(**values)  # type: ignore[arg-type]
