"""Instrument 9's items decided by the registry, with the thresholds they use.

A company belongs to a year's registry when it was checked (last_checked) or received from a
source (company_source.as_of) in that calendar year. The thresholds are this app's reading of
«сформирована база … проведен анализ»: the Standard names no numbers.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence

from res_desktop.domain.common.derived import Verdict
from res_desktop.domain.common.russian import count, date_short, plural_word
from res_desktop.domain.exporters.analysis import BarrierDispatch, SupportFigures
from res_desktop.domain.exporters.model import DataSource

FORMED_SHARE = 0.5  # of the registry checked or received from sources in the year
STAGE_SHARE = 0.9  # of the year's companies with an export stage determined
ANALYSED_SHARE = 0.5  # of the year's companies with needs or barriers identified
REQUIRED_SOURCES = (DataSource.FTS, DataSource.FNS)
OFFICIAL_SOURCES = (DataSource.FTS, DataSource.FNS, DataSource.POST, DataSource.CBR)


def needed(total: int, share: float) -> int:
    """Companies needed to reach ``share`` of ``total`` (at least one)."""
    return max(math.ceil(total * share - 1e-9), 1)


def companies(n: int) -> str:
    """«1 компания», «3 компании», «5 компаний»."""
    return f"{n} {plural_word(n, 'компания', 'компании', 'компаний')}"


def of_companies(n: int) -> str:
    """«из 1 компании», «из 5 компаний»."""
    return f"из {count(n)} {plural_word(n, 'компании', 'компаний', 'компаний')}"


def registry_formed(year: int, total: int, in_year: int, reached_on: dt.date | None) -> Verdict:
    """``reached_on``: the day the year's checked companies reached the threshold."""
    note = (
        f"В реестре {companies(total)}, из них проверено/получено из источников "
        f"в {year} году: {in_year}"
    )
    need = needed(total, FORMED_SHARE)
    if in_year >= need:
        return Verdict(met=True, note=f"{note}.", done_on=reached_on)
    return Verdict(
        met=False, partial=bool(in_year), note=f"{note}; требуется не менее половины ({need})."
    )


def official_sources(year: int, sources: Sequence[tuple[str, int, dt.date]]) -> Verdict:
    """Done when both ФТС and ФНС data are dated in the year."""
    used = {source: first for source, _count, first in sources}
    known = {s.value for s in DataSource}
    names = [f"{DataSource(s).label} ({n})" for s, n, _first in sources if s in known]
    missing = [s.label for s in OFFICIAL_SOURCES if s.value not in used]
    if names:
        note = f"Источники {year} года: {', '.join(names)}."
    else:
        note = f"В {year} году сведения из источников не поступали."
    if missing:
        note += f" Не использованы: {', '.join(missing)}."
    required = [used[s.value] for s in REQUIRED_SOURCES if s.value in used]
    if len(required) == len(REQUIRED_SOURCES):
        return Verdict(met=True, note=note, done_on=max(required))
    lacking = [s.label for s in REQUIRED_SOURCES if s.value not in used]
    note += f" Обязательны сведения: {', '.join(lacking)}."
    return Verdict(met=False, partial=bool(used), note=note)


def stage_analysis(year: int, with_stage: int, in_year: int, last_date: dt.date | None) -> Verdict:
    note = (
        f"Этап определён для {with_stage} {of_companies(in_year)} реестра {year} года "
        f"(требуется не менее {round(STAGE_SHARE * 100)}%)."
    )
    return _share_reached(note, with_stage, in_year, STAGE_SHARE, last_date)


def needs_barriers_analysis(
    year: int, analysed: int, in_year: int, last_date: dt.date | None
) -> Verdict:
    note = (
        f"Потребности или барьеры выявлены у {analysed} {of_companies(in_year)} реестра "
        f"{year} года (требуется не менее половины)."
    )
    return _share_reached(note, analysed, in_year, ANALYSED_SHARE, last_date)


def _share_reached(
    note: str, found: int, in_year: int, share: float, last_date: dt.date | None
) -> Verdict:
    """Met when ``found`` of the year's ``in_year`` companies reach ``share`` of them."""
    if in_year and found >= needed(in_year, share):
        return Verdict(met=True, note=note, done_on=last_date)
    return Verdict(met=False, partial=bool(found), note=note)


def targeted_support(
    year: int, with_needs: int, supported: int, first: dt.date | None, support: SupportFigures
) -> Verdict:
    """Done when at least one company with identified needs received support in the year."""
    if not with_needs:
        return Verdict(met=False, note="Потребности компаний в мерах поддержки не выявлены.")
    note = (
        f"В {year} году поддержка оказана {count(supported)} {of_companies(with_needs)} "
        f"с выявленными потребностями; мер поддержки: {count(support.records)}, "
        f"экспортных контрактов: {count(support.export_contracts)}."
    )
    if supported:
        return Verdict(met=True, note=note, done_on=first)
    return Verdict(met=False, note=note)


def _sent(dispatch: BarrierDispatch) -> str:
    return (
        f"{dispatch.recipient} — исх. № {dispatch.outgoing_number} от "
        f"{date_short(dispatch.sent_on)}"
    )


def barriers_sent(year: int, dispatches: Sequence[BarrierDispatch]) -> Verdict:
    """Done when the results went both to a federal body and to РЭЦ."""
    mine = sorted((d for d in dispatches if d.year == year), key=lambda d: d.sent_on)
    federal = [d for d in mine if not d.to_rec]
    rec = [d for d in mine if d.to_rec]
    if not mine:
        return Verdict(met=False, note=f"Результаты анализа за {year} год не направлялись.")
    note = "Направлено: " + "; ".join(_sent(d) for d in mine) + "."
    if federal and rec:
        return Verdict(met=True, note=note, done_on=max(federal[0].sent_on, rec[0].sent_on))
    lacking = "в РЭЦ" if federal else "в профильный федеральный орган исполнительной власти"
    return Verdict(met=False, partial=True, note=f"{note} Не направлено {lacking}.")
