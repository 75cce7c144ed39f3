"""The registry service on a real SQLite file: round trip, search, filters, sort, merges."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from typing import Any

import pytest

from benchmarks.registry_table import generate_registry
from benchmarks.registry_table import inn_for
from res_desktop.domain.exporters.model import Company
from res_desktop.domain.exporters.model import ExporterStatus
from res_desktop.domain.exporters.model import ExportStage
from res_desktop.domain.exporters.model import Need
from res_desktop.domain.exporters.model import Product
from res_desktop.domain.exporters.model import SmeCategory
from res_desktop.domain.exporters.query import RegistryQuery
from res_desktop.domain.exporters.query import SortColumn
from res_desktop.domain.exporters.records import SupportRecord
from res_desktop.services.common.results import ValidationFailed
from res_desktop.services.common.workspace import Workspace
from tests.conftest import TODAY
from tests.services.exporters.exporters_company import FULL


def _add(ws: Workspace, n: int, **changes: Any) -> Company:
    company = Company(inn=inn_for(n), full_name=f"ООО «Фирма {n}»")
    return ws.exporters.save_company(company=dataclasses.replace(company, **changes))


def test_every_field_round_trips_in_cyrillic(workspace: Workspace) -> None:
    saved = workspace.exporters.save_company(company=FULL)
    assert saved.id is not None
    assert saved == FULL
    assert workspace.exporters.company(saved.id) == FULL
    changed = dataclasses.replace(saved, countries=("TR",), products=(), needs=())
    assert workspace.exporters.save_company(company=changed) == changed
    assert workspace.exporters.total() == 1


def test_input_is_cleaned_and_validated(workspace: Workspace) -> None:
    saved = _add(workspace, 1, ogrn="", countries=(" cn ",), short_name="  ООО «Ф»  ")
    assert saved.countries == ("CN",) and saved.short_name == "ООО «Ф»"
    with pytest.raises(ValidationFailed) as failed:
        workspace.exporters.save_company(company=Company(inn=inn_for(1), full_name="Другая"))
    assert failed.value.errors == {
        "inn": f"Организация с ИНН {inn_for(1)} уже есть в реестре: ООО «Ф»."
    }
    with pytest.raises(ValidationFailed) as failed:
        workspace.exporters.save_company(company=Company(inn="123", full_name=""))
    assert set(failed.value.errors) == {"inn", "full_name"}
    assert workspace.exporters.total() == 1


def test_search_folds_cyrillic_case_and_finds_inn_and_tnved(workspace: Workspace) -> None:
    saved = workspace.exporters.save_company(company=FULL)
    _add(workspace, 2, full_name="ООО «Станкозавод»", products=(Product("845811"),))

    def found(text: str) -> list[str]:
        rows = workspace.exporters.page(RegistryQuery(search=text), offset=0, limit=10)
        assert workspace.exporters.count(RegistryQuery(search=text)) == len(rows)
        return [r.inn for r in rows]

    assert found("экспорт") == [saved.inn]  # «Экспорт» in the name
    assert found("ЭКСПОРТ льн") == [saved.inn]
    assert found("6731") == [saved.inn]  # ИНН prefix
    assert found("1026701") == [saved.inn]  # ОГРН prefix
    assert found("530911") == [saved.inn]  # ТН ВЭД code
    assert found("ткани") == [saved.inn]  # product name
    assert found("станко") == [inn_for(2)]
    assert found("нет-такой") == []
    assert found("«»") == [saved.inn, inn_for(2)]  # no words: everything, by name


def test_each_filter_and_filter_values(workspace: Workspace) -> None:
    workspace.exporters.save_company(company=FULL)
    _add(workspace, 2, municipality="город Смоленск", industry="Машиностроение", countries=("TR",))
    count = workspace.exporters.count
    assert count(RegistryQuery(status=ExporterStatus.ACTIVE)) == 1
    assert count(RegistryQuery(status=ExporterStatus.POTENTIAL)) == 1
    assert count(RegistryQuery(industry="Лёгкая промышленность")) == 1
    assert count(RegistryQuery(municipality="город Смоленск")) == 1
    assert count(RegistryQuery(country="CN")) == 1 and count(RegistryQuery(country="TR")) == 1
    assert count(RegistryQuery(country="US")) == 0
    assert count(RegistryQuery(stage=ExportStage.REGULAR)) == 1
    assert count(RegistryQuery(sme=SmeCategory.SMALL)) == 1
    assert count(RegistryQuery(sme=SmeCategory.UNKNOWN)) == 1
    assert count(RegistryQuery(search="экспорт", country="TR")) == 0
    workspace.exporters.set_industries(names=["Агропромышленный комплекс"])
    values = workspace.exporters.filter_values()
    assert values.industries == (
        "Агропромышленный комплекс",
        "Лёгкая промышленность",
        "Машиностроение",
    )
    assert values.municipalities == ("Вяземский муниципальный округ", "город Смоленск")
    assert values.countries == (("BY", "Беларусь"), ("KZ", "Казахстан"), ("CN", "Китай"),
                                ("TR", "Турция"))  # fmt: skip


def test_sort_orders_and_windowed_paging(workspace: Workspace) -> None:
    generate_registry(workspace.db.conn, 1000)
    exporters = workspace.exporters
    by_name = [r for off in range(0, 1000, 100) for r in exporters.page(
        RegistryQuery(), offset=off, limit=100)]  # fmt: skip
    assert len(by_name) == 1000 and len({r.id for r in by_name}) == 1000
    keys = [r.name.split("«")[1].rstrip("»").casefold().replace("ё", "е") for r in by_name]
    assert keys == sorted(keys)
    assert exporters.page(RegistryQuery(), offset=1000, limit=100) == []
    for column in SortColumn:
        asc = exporters.page(RegistryQuery(sort=column), offset=0, limit=1000)
        desc = exporters.page(RegistryQuery(sort=column, descending=True), offset=0, limit=1000)
        assert [r.id for r in desc] == [r.id for r in reversed(asc)], column
    by_town = exporters.page(RegistryQuery(sort=SortColumn.MUNICIPALITY), offset=0, limit=1000)
    towns = [r.municipality for r in by_town]
    assert towns == sorted(towns, key=str.casefold)  # «город Смоленск» among the Г, not last
    by_volume = exporters.page(RegistryQuery(sort=SortColumn.VOLUME, descending=True),
                               offset=0, limit=1000)  # fmt: skip
    volumes = [r.last_volume[1] if r.last_volume else -1 for r in by_volume]
    assert volumes == sorted(volumes, reverse=True) and volumes[0] > 0
    stages = [r.export_stage for r in exporters.page(
        RegistryQuery(sort=SortColumn.STAGE), offset=0, limit=1000) if r.export_stage]  # fmt: skip
    assert stages == sorted(stages, key=list(ExportStage).index)


def test_duplicates_and_merge_keep_the_history(workspace: Workspace) -> None:
    exporters = workspace.exporters
    kept = _add(workspace, 1, full_name="ООО «Ромашка»", ogrn="1026700000040",
                countries=("CN",), export_volume=((2025, 10.0),))  # fmt: skip
    twin = _add(workspace, 2, full_name="Общество с ограниченной ответственностью \"РОМАШКА\"",
                countries=("KZ",), export_volume=((2025, 99.0), (2024, 7.0)),
                needs=(Need.FINANCE,))  # fmt: skip
    same_ogrn = _add(workspace, 3, full_name="ООО «Лютик»", ogrn="1026700000040")
    _add(workspace, 4, full_name="ООО «Василёк»")
    assert kept.id and twin.id and same_ogrn.id
    support = exporters.save_support_record(
        record=SupportRecord(
            company_id=twin.id,
            measure="Бизнес-миссия в Казахстан",
            given_on=dt.date(2026, 5, 12),
            provider="ЦПЭ",
            export_contract=True,
            amount_kusd=150.0,
        )
    )
    pairs = {(v.pair.first, v.pair.second): v.pair.reason for v in exporters.duplicates()}
    assert pairs == {
        (kept.id, twin.id): "совпадает наименование «ромашка»",
        (kept.id, same_ogrn.id): "совпадает ОГРН 1026700000040",
    }
    merged = exporters.merge(keep_id=kept.id, remove_id=twin.id)
    assert merged.inn == kept.inn and merged.full_name == "ООО «Ромашка»"
    assert merged.countries == ("CN", "KZ")
    assert merged.export_volume == ((2024, 7.0), (2025, 10.0))
    assert merged.needs == (Need.FINANCE,)
    [moved] = exporters.support_records(kept.id)
    assert moved.id == support.id and moved.measure == "Бизнес-миссия в Казахстан"
    [history] = exporters.merge_history(kept.id)
    assert history.removed_inn == inn_for(2)
    assert json.loads(history.removed_record)["full_name"].endswith('"РОМАШКА"')
    with pytest.raises(ValidationFailed):
        exporters.company(twin.id)
    assert exporters.count(RegistryQuery(search="ромашка")) == 1
    # The removed company's ИНН still finds the record it became (issue 15).
    assert [r.id for r in exporters.page(RegistryQuery(search=inn_for(2)), offset=0, limit=9)] == [
        kept.id
    ]
    exporters.merge(keep_id=same_ogrn.id, remove_id=kept.id)  # history moves along
    removed = [h.removed_inn for h in exporters.merge_history(same_ogrn.id)]
    assert removed == [inn_for(2), inn_for(1)]
    assert len(exporters.support_records(same_ogrn.id)) == 1
    assert exporters.duplicates() == []


def test_saved_filters(workspace: Workspace) -> None:
    query = RegistryQuery(search="лён", country="CN", sort=SortColumn.VOLUME, descending=True)
    saved = workspace.exporters.save_filter(name=" Лён в  Китай ", query=query)
    assert saved.name == "Лён в Китай"
    workspace.exporters.save_filter(
        name="Лён в Китай", query=dataclasses.replace(query, country="IN")
    )
    [only] = workspace.exporters.saved_filters()
    assert only.query.country == "IN" and only.id == saved.id
    with pytest.raises(ValidationFailed):
        workspace.exporters.save_filter(name=" ", query=query)
    assert saved.id is not None
    workspace.exporters.delete_filter(filter_id=saved.id)
    assert workspace.exporters.saved_filters() == []


def test_support_records_and_industries(workspace: Workspace) -> None:
    company = workspace.exporters.save_company(company=FULL)
    assert company.id is not None
    with pytest.raises(ValidationFailed) as failed:
        workspace.exporters.save_support_record(
            record=SupportRecord(
                company_id=company.id,
                measure="",
                given_on=TODAY + dt.timedelta(days=1),
                amount_kusd=5.0,
            )
        )
    assert set(failed.value.errors) == {"measure", "given_on", "amount_kusd"}
    record = workspace.exporters.save_support_record(
        record=SupportRecord(
            company_id=company.id, measure="Выставка «Продэкспо»", given_on=dt.date(2026, 2, 10)
        )
    )
    assert workspace.exporters.support_records(company.id) == [record]
    assert record.id is not None
    workspace.exporters.delete_support_record(record_id=record.id)
    assert workspace.exporters.support_records(company.id) == []
    exporters = workspace.exporters
    exporters.set_industries(names=["Машиностроение", "Лёгкая промышленность"])
    exporters.rename_industry(old="Лёгкая промышленность", new="Текстильная промышленность")
    assert exporters.industries() == ["Машиностроение", "Текстильная промышленность"]
    assert exporters.company(company.id).industry == "Текстильная промышленность"
    with pytest.raises(ValidationFailed):
        exporters.add_industry(name="машиностроение")
    assert exporters.delete_industry(name="Машиностроение") == ["Текстильная промышленность"]
    exporters.delete_company(company_id=company.id)
    assert exporters.total() == 0 and exporters.count(RegistryQuery(search="экспорт")) == 0
