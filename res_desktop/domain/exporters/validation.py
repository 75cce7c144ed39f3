"""Checks on a registry company before it is saved: field name -> Russian message."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection

from res_desktop.domain.common.countries import country_names
from res_desktop.domain.common.dates import not_after_today
from res_desktop.domain.common.russian import figure_error
from res_desktop.domain.common.russian import figure_errors
from res_desktop.domain.common.russian import number
from res_desktop.domain.common.text_checks import is_email
from res_desktop.domain.exporters.model import MAX_COMPANY_VOLUME_KUSD
from res_desktop.domain.exporters.model import Company
from res_desktop.domain.exporters.model import is_valid_inn
from res_desktop.domain.exporters.model import is_valid_ogrn
from res_desktop.domain.exporters.model import is_valid_tnved
from res_desktop.domain.exporters.names import normalise_name
from res_desktop.domain.exporters.records import SupportRecord

__all__ = ["FIRST_VOLUME_YEAR", "normalise_name", "validate_company", "validate_support"]

FIRST_VOLUME_YEAR = 1992  # the first year of Russian foreign-trade statistics
_OKVED = re.compile(r"^\d{2}(\.\d{1,2}){0,2}$")


def _inn_error(inn: str) -> str | None:
    if not inn:
        return "ИНН обязателен."
    if not (inn.isdigit() and inn.isascii() and len(inn) in (10, 12)):
        return "ИНН состоит из 10 цифр (организация) или 12 цифр (индивидуальный предприниматель)."
    if not is_valid_inn(inn):
        return "Неверная контрольная сумма ИНН: проверьте цифры."
    return None


def _ogrn_error(ogrn: str, inn: str) -> str | None:
    if not ogrn:
        return None
    if not (ogrn.isdigit() and ogrn.isascii() and len(ogrn) in (13, 15)):
        return "ОГРН состоит из 13 цифр, ОГРНИП — из 15 цифр."
    if not is_valid_ogrn(ogrn):
        kind = "ОГРН" if len(ogrn) == 13 else "ОГРНИП"
        return f"Неверная контрольная цифра {kind}: проверьте цифры."
    if len(inn) == 10 and len(ogrn) == 15:
        return "Для организации (ИНН из 10 цифр) укажите ОГРН из 13 цифр."
    if len(inn) == 12 and len(ogrn) == 13:
        return "Для индивидуального предпринимателя (ИНН из 12 цифр) укажите ОГРНИП из 15 цифр."
    return None


def _products_error(company: Company) -> str | None:
    codes = [p.tnved for p in company.products]
    bad = [c for c in codes if not is_valid_tnved(c)]
    if bad:
        return f"Код ТН ВЭД состоит из 6 цифр: {', '.join(c or '(пусто)' for c in bad)}."
    if len(set(codes)) != len(codes):
        return "Код ТН ВЭД указан дважды."
    return None


def _countries_error(codes: tuple[str, ...], known: Collection[str]) -> str | None:
    unknown = [c for c in codes if c not in known]
    if unknown:
        return f"Неизвестный код страны (ISO 3166): {', '.join(unknown)}."
    if "RU" in codes:
        return "Россия не может быть страной экспорта."
    if len(set(codes)) != len(codes):
        return "Страна указана дважды."
    return None


def _volume_error(company: Company, today: dt.date) -> str | None:
    years = [year for year, _ in company.export_volume]
    for year, volume in company.export_volume:
        problem = figure_error(volume)
        if problem:
            return f"Объём экспорта за {year} год. {problem}"
    if any(volume < 0 for _, volume in company.export_volume):
        return "Объём экспорта не может быть отрицательным."
    for year, volume in company.export_volume:
        if volume > MAX_COMPANY_VOLUME_KUSD:
            return (
                f"Объём экспорта за {year} год ({number(volume, 1)} тыс. долл. США) больше "
                "100 млрд долл. США — такого экспорта у одной организации не бывает. "
                "Проверьте единицы: объём указывается в тысячах долларов США."
            )
    if any(not FIRST_VOLUME_YEAR <= year <= today.year for year in years):
        return f"Год объёма экспорта — от {FIRST_VOLUME_YEAR} до {today.year}."
    if len(set(years)) != len(years):
        return "Объём экспорта за один год указан дважды."
    return None


def _sources_error(company: Company, today: dt.date) -> str | None:
    kinds = [source for source, _ in company.sources]
    if len(set(kinds)) != len(kinds):
        return "Источник указан дважды."
    future = (not_after_today(day, today, "Дата сведений источника") for _, day in company.sources)
    return next(filter(None, future), None)


def validate_company(
    company: Company, today: dt.date, countries: Collection[str] | None = None
) -> dict[str, str]:
    """All problems at once, so the card can show each next to its field."""
    checks = {
        "inn": _inn_error(company.inn),
        "ogrn": _ogrn_error(company.ogrn, company.inn),
        "full_name": None if company.full_name.strip() else "Укажите полное наименование.",
        "okved": None
        if not company.okved or _OKVED.match(company.okved)
        else "Код ОКВЭД указывается в виде 00, 00.0, 00.00 или 00.00.00.",
        "products": _products_error(company),
        "countries": _countries_error(company.countries, countries or country_names()),
        "export_volume": _volume_error(company, today),
        "sources": _sources_error(company, today),
        "contact_email": None
        if not company.contact_email or is_email(company.contact_email)
        else "Адрес электронной почты указан неверно.",
        "last_checked": not_after_today(company.last_checked, today, "Дата проверки"),
    }
    if company.full_name.strip() and not normalise_name(company.full_name):
        checks["full_name"] = "Наименование не может состоять только из правовой формы."
    return {field: message for field, message in checks.items() if message}


def validate_support(record: SupportRecord, today: dt.date) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not record.measure.strip():
        errors["measure"] = "Укажите меру поддержки."
    if future := not_after_today(record.given_on, today, "Дата оказания поддержки"):
        errors["given_on"] = future
    if record.amount_kusd is not None and record.amount_kusd < 0:
        errors["amount_kusd"] = "Сумма контракта не может быть отрицательной."
    if record.amount_kusd and not record.export_contract:
        errors["amount_kusd"] = "Сумма указывается, только если заключён экспортный контракт."
    errors.update(figure_errors({"amount_kusd": record.amount_kusd}))
    return errors
