"""Instrument 9's items decided by the registry.

A company belongs to a year's registry when it was checked (last_checked) or received from a
source (company_source.as_of) in that calendar year. The criterion, «сформирована база …,
проведен анализ потребностей и барьеров, результаты анализа переданы в профильный федеральный
орган исполнительной власти», names no numbers: the shares below are this app's advice, shown
in the notes, never a condition.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence

from res_desktop.domain.common.derived import Verdict
from res_desktop.domain.common.russian import count
from res_desktop.domain.common.russian import date_short
from res_desktop.domain.common.russian import plural_word
from res_desktop.domain.exporters.analysis import BarrierDispatch
from res_desktop.domain.exporters.analysis import SupportFigures
from res_desktop.domain.exporters.model import DataSource

# Advice only (the text gives no threshold): shown when the year's work is below it.
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


def registry_formed(year: int, total: int, in_year: int, formed_on: dt.date | None) -> Verdict:
    """Formed once the year's registry holds a company; ``formed_on``: the first such day."""
    note = (
        f"В реестре {companies(total)}, из них проверено/получено из источников "
        f"в {year} году: {in_year}"
    )
    advice = needed(total, FORMED_SHARE)
    if in_year and in_year < advice:
        note += f"; рекомендуется актуализировать не менее половины реестра ({advice})"
    if in_year:
        return Verdict(met=True, note=f"{note}.", done_on=formed_on)
    return Verdict(met=False, note=f"{note}: база на {year} год не сформирована.")


def official_sources(year: int, sources: Sequence[tuple[str, int, dt.date]]) -> Verdict:
    """Done when both ФТС and ФНС data are dated in the year (a recommendation)."""
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
        f"(рекомендуется не менее {round(STAGE_SHARE * 100)}%)."
    )
    return _analysed(note, with_stage, last_date)


def needs_barriers_analysis(
    year: int, analysed: int, in_year: int, last_date: dt.date | None
) -> Verdict:
    note = (
        f"Потребности или барьеры выявлены у {analysed} {of_companies(in_year)} реестра "
        f"{year} года (рекомендуется не менее половины)."
    )
    return _analysed(note, analysed, last_date)


def _analysed(note: str, found: int, last_date: dt.date | None) -> Verdict:
    """Done once the year's analysis found something; the advised share stays in the note."""
    if found:
        return Verdict(met=True, note=note, done_on=last_date)
    return Verdict(met=False, note=note)


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
        f"{date_short(dispatch.sent_on)} (анализ за {dispatch.year} год)"
    )


def is_federal(recipient: str, federal_bodies: Sequence[str]) -> bool:
    folded = " ".join(recipient.split()).casefold()
    return folded in {" ".join(b.split()).casefold() for b in federal_bodies}


def barriers_sent(
    year: int, dispatches: Sequence[BarrierDispatch], federal_bodies: Sequence[str]
) -> Verdict:
    """Done when a letter sent in ``year`` went to a body on the user's list of federal bodies.

    «результаты анализа переданы в профильный федеральный орган исполнительной власти»: the
    letter's year decides, whichever registry year it analyses (the results for 2025 sent in
    February 2026 are 2026's work). The letter to РЭЦ («а также в адрес РЭЦ») is asked for in
    the note; the criterion sentence names only the federal body.
    """
    mine = sorted((d for d in dispatches if d.sent_on.year == year), key=lambda d: d.sent_on)
    if not mine:
        return Verdict(met=False, note=f"В {year} году результаты анализа не направлялись.")
    federal = [d for d in mine if is_federal(d.recipient, federal_bodies)]
    note = "Направлено: " + "; ".join(_sent(d) for d in mine) + "."
    if not any(d.to_rec for d in mine):
        note += " В РЭЦ не направлено (Стандарт: «а также в адрес РЭЦ»)."
    if federal:
        return Verdict(met=True, note=note, done_on=federal[0].sent_on)
    return Verdict(
        met=False,
        partial=True,
        note=f"{note} Не направлено в профильный федеральный орган исполнительной власти "
        "(адресата нет в перечне федеральных органов).",
    )
