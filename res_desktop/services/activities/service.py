"""Activities of instruments 10-15, and what they say about those instruments (issue 7)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from res_desktop.domain.activities import rules
from res_desktop.domain.activities.model import INSTRUMENTS
from res_desktop.domain.activities.model import Activity
from res_desktop.domain.activities.model import ActivityKind
from res_desktop.domain.activities.model import IntlEventsPlan
from res_desktop.domain.activities.model import Website
from res_desktop.domain.activities.model import validate_activity
from res_desktop.domain.activities.model import validate_plan
from res_desktop.domain.common.catalogue import Basis
from res_desktop.domain.common.countries import country_name
from res_desktop.domain.common.derived import Verdict
from res_desktop.reports.activities.data import ActivitiesReportData
from res_desktop.reports.activities.data import ActivityReportRow
from res_desktop.reports.activities.data import InstrumentVerdictRow
from res_desktop.services.common.input import stripped
from res_desktop.services.common.results import refuse_invalid
from res_desktop.services.common.results import with_id
from res_desktop.storage.activities import repo as activities_repo

if TYPE_CHECKING:
    from res_desktop.services.common.context import ServiceContext
    from res_desktop.services.common.region import RegionService

NOT_FOUND = "Мероприятие не найдено (возможно, удалено)."
WARN_DAYS = 60  # instrument 12's two events: warn in the last two months of the year


class ActivityService:
    def __init__(self, ctx: ServiceContext, *, region: RegionService) -> None:
        self._ctx = ctx
        self._region = region
        self._loaded: tuple[tuple[int, int], list[Activity]] | None = None

    # -- activities --------------------------------------------------------------------
    def activities(
        self, *, instrument: str | None = None, year: int | None = None
    ) -> list[Activity]:
        return [
            a
            for a in self._every_activity()
            if (instrument is None or a.instrument == instrument)
            and (year is None or year in (a.starts_on.year, a.ends_on.year))
        ]

    def _every_activity(self) -> list[Activity]:
        """Read once while the database stays as it is: a report's checklists ask 14 times
        (300 activities of a large region read and converted each time)."""
        state = self._ctx.data_state()
        if self._loaded is None or self._loaded[0] != state:
            self._loaded = (state, activities_repo.load_activities(self._ctx.db))
        return self._loaded[1]

    def activity(self, activity_id: int) -> Activity:
        return with_id(
            self.activities(),
            activity_id,
            {"activity": NOT_FOUND},
        )

    def save_activity(self, *, activity: Activity) -> Activity:
        """Add (id None) or change one activity; refused whole with Russian messages."""
        activity = stripped(
            activity,
            ("link", "notes"),
            title=" ".join(activity.title.split()),
            country=activity.country.strip().upper(),
            participants=tuple(dict.fromkeys(activity.participants)),
        )
        if activity.id is not None:
            self.activity(activity.id)
        known = activities_repo.existing_companies(self._ctx.db, activity.participants)
        refuse_invalid(validate_activity(activity, known))
        new_id = self._ctx.upsert(
            activity, activity.id, activities_repo.insert_activity, activities_repo.update_activity
        )
        return self.activity(new_id)

    def delete_activity(self, *, activity_id: int) -> Activity:
        return self._ctx.delete(activities_repo.delete_activity, self.activity(activity_id))

    # -- instrument 11's plan ----------------------------------------------------------
    def plans(self) -> list[IntlEventsPlan]:
        return activities_repo.PLANS.load(self._ctx.db)

    def plan(self, year: int) -> IntlEventsPlan | None:
        return activities_repo.PLANS.get(self._ctx.db, year)

    def approve_plan(self, *, plan: IntlEventsPlan) -> IntlEventsPlan:
        """Add or replace the year's plan of international events (one a year)."""
        plan = stripped(plan, ("minutes_number",))
        refuse_invalid(validate_plan(plan, self._ctx.today()))
        return self._ctx.write(activities_repo.PLANS.save, plan)

    def delete_plan(self, *, year: int) -> None:
        self._ctx.write(activities_repo.PLANS.delete, year)

    # -- instrument 14's website -------------------------------------------------------
    def website(self) -> Website:
        return activities_repo.load_website(self._ctx.db)

    def save_website(self, *, website: Website) -> Website:
        errors: dict[str, str] = {}
        urls = [website.url, *(u for _t, u in website.topics), *(a.url for a in website.accounts)]
        if any(u.strip() and not u.strip().startswith(("http://", "https://")) for u in urls):
            errors["url"] = "Ссылки должны начинаться с http:// или https://."
        if any(not a.network.strip() for a in website.accounts):
            errors["accounts"] = "Укажите название социальной сети для каждого аккаунта."
        if website.updated_on is not None and website.updated_on > self._ctx.today():
            errors["updated_on"] = "Дата обновления не может быть в будущем."
        refuse_invalid(errors)
        self._ctx.write(activities_repo.save_website, website)
        return self.website()

    # -- what the records say ----------------------------------------------------------
    def has_records(self) -> bool:
        return activities_repo.has_records(self._ctx.db)

    def facts(self, year: int, as_of: dt.date | None = None) -> rules.Facts:
        profile = self._region.require_profile()
        return rules.Facts(
            year=year,
            as_of=as_of or self._ctx.today(),
            activities=tuple(self.activities()),
            plan=self.plan(year),
            website=self.website(),
            low_export_potential=profile.low_export_potential,
        )

    def criteria(self, instrument: str, year: int) -> frozenset[str]:
        """Keys of the instrument's criterion items that apply to the region in ``year``."""
        profile = self._region.require_profile()
        items = self._ctx.catalogue.get(instrument).items_for(
            profile.year_bucket(year), profile.settings
        )
        return frozenset(i.key for i in items if i.basis is Basis.CRITERION)

    def item_verdicts(
        self, instrument: str, year: int, as_of: dt.date | None = None
    ) -> dict[str, Verdict]:
        return rules.item_verdicts(instrument, self.facts(year, as_of))

    def dashboard_warning(self, today: dt.date) -> str | None:
        """Instrument 12 short of its 2 events with ≤ 60 days left; None when all is well."""
        if not self.has_records():
            return None
        left = (dt.date(today.year, 12, 31) - today).days
        held = len(self.facts(today.year, today).held(ActivityKind.ECOM_POPULARISATION))
        if left <= WARN_DAYS and held < rules.ECOM_EVENTS_REQUIRED:
            return (
                f"Электронная торговля (инструмент 12): в {today.year} году проведено "
                f"{held} из {rules.ECOM_EVENTS_REQUIRED} мероприятий по популяризации, "
                f"до конца года осталось {left} дн."
            )
        return None

    def report_extract(self, year: int, as_of: dt.date) -> ActivitiesReportData:
        """Instruments 10-15's section of the quarterly and annual reports."""
        facts = self.facts(year, as_of)
        held = [a for a in facts.activities if a.in_year(year) and a.held_by(as_of)]
        verdicts = []
        for code in INSTRUMENTS:
            verdict = rules.instrument_met(code, facts, self.criteria(code, year))
            title = self._ctx.catalogue.get(code).short_title
            count = sum(1 for a in held if a.instrument == code)
            verdicts.append(InstrumentVerdictRow(code, title, verdict.met, verdict.note, count))
        return ActivitiesReportData(
            year=year,
            as_of=as_of,
            rows=tuple(_row(a) for a in sorted(held, key=lambda a: (a.instrument, a.starts_on))),
            verdicts=tuple(verdicts),
            plan_text=rules.intl_plan(facts).note,
            website_missing=tuple(t.label for t in facts.website.missing()),
        )


def _row(a: Activity) -> ActivityReportRow:
    place = country_name(a.country) if a.country else "Россия"
    return ActivityReportRow(
        instrument=a.instrument,
        kind_label=a.kind.label,
        title=a.title,
        starts_on=a.starts_on,
        ends_on=a.ends_on,
        place=f"{place}, {a.fmt.label}",
        companies=max(a.companies_count, len(a.participants)),
        contracts_count=a.contracts_count,
        contracts_kusd=a.contracts_kusd,
        link=a.link,
    )
