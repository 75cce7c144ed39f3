"""Table → fields → Russian labels for the history of changes, from each subsystem's model.

The enums' labels are the models' own (LabelledEnum); the field names follow the forms. A
table missing here is still shown (domain.common.audit.unknown_table), under its raw name.
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Mapping

from res_desktop.domain.activities.model import ActivityFormat
from res_desktop.domain.activities.model import ActivityKind
from res_desktop.domain.activities.model import WebsiteTopic
from res_desktop.domain.checklist.model import EvidenceKind
from res_desktop.domain.common.audit import YES_NO
from res_desktop.domain.common.audit import Row
from res_desktop.domain.common.audit import TableWords
from res_desktop.domain.common.audit import value_text
from res_desktop.domain.common.catalogue import Catalogue
from res_desktop.domain.common.catalogue import Funding
from res_desktop.domain.common.labelled import LabelledEnum
from res_desktop.domain.common.progress import Status
from res_desktop.domain.council.model import MeetingForm
from res_desktop.domain.council.model import MeetingStatus
from res_desktop.domain.council.model import MemberCategory
from res_desktop.domain.council.model import ReportKind
from res_desktop.domain.exporters import columns as col
from res_desktop.domain.exporters.model import Barrier
from res_desktop.domain.exporters.model import DataSource
from res_desktop.domain.exporters.model import ExporterStatus
from res_desktop.domain.exporters.model import ExportStage
from res_desktop.domain.exporters.model import Need
from res_desktop.domain.exporters.model import SmeCategory
from res_desktop.domain.programme.model import ApprovalBody
from res_desktop.domain.programme.model import EventStatus
from res_desktop.domain.records.model import PresenceFormat
from res_desktop.domain.team.model import RoleSlot
from res_desktop.domain.team.model import Topic
from res_desktop.domain.team.model import TrainingKind
from res_desktop.domain.team.model import TrainingMode

COUNCIL, TEAM, REGISTRY = "Экспортный совет", "Управленческая команда", "База экспортёров"
CHECKLIST, PROGRAMME, ACTIVITIES = "Чек-листы", "Программа", "Мероприятия"
RECORDS, REGION, REPORTS = "Инструменты 6–8 и показатели", "Параметры региона", "Отчёты"

# Column names shared by many tables, named once.
_COMMON = {
    "name": "наименование",
    "title": "наименование",
    "date": "дата",
    "status": "статус",
    "notes": "примечание",
    "comment": "комментарий",
    "responsible": "ответственный",
    "position": "порядок",
    "year": "год",
    "organisation": "организация",
    "url": "ссылка",
    "link": "ссылка",
    "kind": "вид",
    "format": "формат",
    "starts_on": "дата начала",
    "ends_on": "дата окончания",
    "due_date": "срок",
    "done_on": "дата выполнения",
    "country": "страна",
    "topic": "тема",
    "number": "номер",
    "file_name": "файл",
    "file_sha256": "файл (контрольная сумма)",
}


def _labels(enum: type[LabelledEnum]) -> dict[str, str]:
    return {member.value: member.label for member in enum}


def _values(**enums: type[LabelledEnum] | Mapping[str, str]) -> dict[str, Mapping[str, str]]:
    return {
        name: enum if isinstance(enum, Mapping) else _labels(enum) for name, enum in enums.items()
    }


def _quoted(noun: str, *names: str) -> Callable[[Row], str]:
    def title(row: Row) -> str:
        for name in names:
            if row.get(name):
                return f"{noun} «{row[name]}»"
        return ""

    return title


def _words(
    noun: str,
    subsystem: str,
    fields: Mapping[str, str] | None = None,
    *,
    values: Mapping[str, Mapping[str, str]] | None = None,
    title: Callable[[Row], str] | None = None,
    hidden: frozenset[str] = frozenset(),
) -> TableWords:
    return TableWords(
        noun=noun,
        subsystem=subsystem,
        fields={**_COMMON, **(fields or {})},
        values=values or {},
        title=title,
        hidden=hidden,
    )


def _company_fields() -> dict[str, str]:
    names = [col.INN, col.OGRN, col.FULL_NAME, col.SHORT_NAME, col.SME, col.MUNICIPALITY]
    names += [col.OKVED, col.INDUSTRY, col.STATUS, col.STAGE, col.CONTACT_PERSON]
    names += [col.CONTACT_PHONE, col.CONTACT_EMAIL, col.NOTES, col.LAST_CHECKED]
    fields = {name: col.field_title(name).lower() for name in names}
    fields |= {"needs_text": "потребности (иное)", "barriers_text": "барьеры (иное)"}
    return fields


def _company_title(row: Row) -> str:
    name = row.get("short_name") or row.get("full_name")
    return f"Организация «{name}» (ИНН {row.get('inn')})" if name else ""


def _child_of_company(
    noun: str, field: str, labels: type[LabelledEnum] | None = None
) -> Callable[[Row], str]:
    def title(row: Row) -> str:
        value = row.get(field)
        shown = labels(value).label if labels is not None and value else value
        return f"{noun} «{shown}»"

    return title


def _company_part(
    noun: str,
    field: str,
    title: str,
    fields: Mapping[str, str] | None = None,
    labels: type[LabelledEnum] | None = None,
) -> TableWords:
    """A row the registry keeps under a company (a product, a country...), named by ``field``."""
    return _words(
        noun,
        REGISTRY,
        {**(fields or {}), "company_id": "организация"},
        values=_values(**{field: labels}) if labels is not None else None,
        title=_child_of_company(title, field, labels),
        hidden=frozenset({"company_id"}),
    )


def _item_title(catalogue: Catalogue) -> Callable[[Row], str]:
    def title(row: Row) -> str:
        code, key = str(row["instrument_code"]), str(row["item_key"])
        try:
            instrument = catalogue.get(code)
        except KeyError:
            return f"Пункт {code}.{key}"
        for n, item in enumerate(instrument.items, start=1):
            if item.key == key:
                return f"Пункт {instrument.label}.{n} «{item.title}»"
        return f"Пункт {instrument.label} ({key})"

    return title


def table_words(catalogue: Catalogue) -> dict[str, TableWords]:
    """Every logged table's words; the checklist items are named from ``catalogue``."""
    status = _values(status=Status, manual_status=Status)
    return {
        "item_state": _words(
            "Пункт чек-листа",
            CHECKLIST,
            {
                "na_reason": "причина неприменимости",
                "manual_status": "статус, установленный координатором",
                "manual_reason": "основание статуса координатора",
                "manual_document": "документ-основание",
                "manual_done_on": "дата выполнения (координатор)",
                "cycle_year": "год цикла",
                "instrument_code": "инструмент",
                "item_key": "пункт",
            },
            values=status,
            title=_item_title(catalogue),
            hidden=frozenset({"instrument_code", "item_key", "cycle_year"}),
        ),
        "evidence": _words(
            "Доказательство",
            CHECKLIST,
            {
                "doc_type": "вид документа",
                "doc_date": "дата документа",
                "issuer": "кем издан",
                "file_size": "размер файла",
                "state_id": "пункт",
                "document_id": "документ файла",
            },
            values=_values(kind=EvidenceKind),
            title=_quoted("Доказательство", "title", "number", "file_name", "url"),
            hidden=frozenset({"state_id", "file_sha256", "file_size"}),
        ),
        "own_instrument": _words(
            "Собственный инструмент",
            CHECKLIST,
            {
                "short_title": "краткое наименование",
                "summary": "описание",
                "funding": "финансирование",
            },
            values=_values(funding=Funding),
            title=_quoted("Собственный инструмент", "short_title", "title"),
        ),
        "own_item": _words(
            "Пункт собственного инструмента",
            CHECKLIST,
            {"key": "код", "hint": "пояснение", "weight": "вес", "evidence": "подтверждение"},
            title=_quoted("Пункт собственного инструмента", "title"),
        ),
        "own_instrument_offer": _words(
            "Предложение инструмента в РЭЦ",
            CHECKLIST,
            {
                "described_on": "дата описания",
                "offered_on": "дата направления",
                "letter_number": "номер письма",
                "recipient": "адресат",
            },
        ),
        "instrument_funding": _words(
            "Финансирование инструмента",
            REGION,
            {"funding": "финансирование", "instrument_code": "инструмент"},
            values=_values(funding=Funding),
            title=lambda row: f"Финансирование инструмента {int(row['instrument_code'])}",
        ),
        "region": _words(
            "Параметры региона",
            REGION,
            {
                "region_code": "код региона",
                "region_name": "регион",
                "coordinator_body": "орган-координатор",
                "contact_person": "контактное лицо",
                "phone": "телефон",
                "email": "электронная почта",
                "address": "адрес",
                "start_year": "год начала внедрения",
                "low_export_potential": "низкий экспортный потенциал",
                "federal_city": "город федерального значения",
                "is_demo": "демонстрационная база",
                "export_centre_federal_funding": "ЦПЭ финансируется из федерального бюджета",
                "head_name": "подписывает",
                "head_position": "должность подписывающего",
                "head_signature": "расшифровка подписи",
            },
            values=_values(
                low_export_potential=YES_NO,
                federal_city=YES_NO,
                is_demo=YES_NO,
                export_centre_federal_funding=YES_NO,
            ),
            title=lambda _row: "Параметры региона",
        ),
        "company": _words(
            "Организация",
            REGISTRY,
            _company_fields(),
            values=_values(
                sme_category=SmeCategory, status=ExporterStatus, export_stage=ExportStage
            ),
            title=_company_title,
            hidden=frozenset({"last_volume_kusd"}),
        ),
        "company_product": _company_part(
            "Продукция", "tnved", "продукция", {"tnved": "код ТН ВЭД"}
        ),
        "company_country": _company_part("Страна экспорта", "country", "страна экспорта"),
        "company_export_volume": _company_part(
            "Объём экспорта", "year", "объём экспорта за", {"volume_kusd": "объём, тыс. долл. США"}
        ),
        "company_need": _company_part(
            "Потребность", "need", "потребность", {"need": "потребность"}, Need
        ),
        "company_barrier": _company_part(
            "Барьер", "barrier", "барьер", {"barrier": "барьер"}, Barrier
        ),
        "company_source": _company_part(
            "Источник сведений",
            "source",
            "источник",
            {"source": "источник", "as_of": "на дату"},
            DataSource,
        ),
        "company_merge": _words(
            "Объединение записей",
            REGISTRY,
            {"removed_inn": "ИНН удалённой записи", "merged_at": "когда", "undone_at": "отменено"},
            hidden=frozenset(
                {"removed_record", "kept_id", "removed_id", "kept_record", "merged_record", "moved"}
            ),
        ),
        "support_record": _words(
            "Мера поддержки",
            REGISTRY,
            {
                "measure": "мера",
                "given_on": "дата",
                "provider": "кем оказана",
                "result": "результат",
                "export_contract": "экспортный контракт",
                "amount_kusd": "сумма, тыс. долл. США",
            },
            values=_values(export_contract=YES_NO),
            title=_quoted("Мера поддержки", "measure"),
            hidden=frozenset({"company_id"}),
        ),
        "industry": _words("Отрасль", REGISTRY, title=_quoted("Отрасль", "name")),
        "federal_body": _words("Федеральный орган", REGISTRY, title=_quoted("Орган", "name")),
        "excluded_tnved": _words(
            "Сырьевой товар (исключён из несырьевого экспорта)",
            REGISTRY,
            {"code": "код ТН ВЭД", "title": "наименование"},
            title=_quoted("Код ТН ВЭД", "code"),
        ),
        "saved_filter": _words(
            "Сохранённый фильтр", REGISTRY, {"spec": "условия"}, title=_quoted("Фильтр", "name")
        ),
        "import_batch": _words(
            "Импорт",
            REGISTRY,
            {
                "imported_at": "дата импорта",
                "added": "добавлено",
                "updated": "обновлено",
                "rejected": "отклонено",
                "undone_at": "отменён",
            },
            title=lambda row: f"Импорт № {row['id']} «{row['file_name']}»",
        ),
        "import_mapping": _words(
            "Сопоставление столбцов",
            REGISTRY,
            {"signature": "заголовки файла", "mapping": "сопоставление"},
            title=lambda _row: "Сопоставление столбцов файла импорта",
        ),
        "barrier_dispatch": _words(
            "Направление барьеров",
            REGISTRY,
            {"sent_on": "дата", "outgoing_number": "исходящий номер", "recipient": "адресат"},
        ),
        "meeting": _words(
            "Заседание",
            COUNCIL,
            {
                "form": "форма",
                "is_public_open": "открытое",
                "venue": "место",
                "invited_exporters": "приглашено экспортёров",
                "guests": "приглашённые",
                "agenda": "повестка",
                "start_time": "время начала",
            },
            values=_values(status=MeetingStatus, form=MeetingForm, is_public_open=YES_NO),
            title=lambda row: f"Заседание Совета {_date(row.get('date'))}",
        ),
        "decision": _words(
            "Решение",
            COUNCIL,
            {"text": "текст", "agenda_item": "вопрос повестки"},
            title=_quoted("Решение", "text"),
            hidden=frozenset({"meeting_id"}),
        ),
        "meeting_report": _words(
            "Доклад",
            COUNCIL,
            {"speaker": "докладчик", "agreed_on": "дата согласования", "heard": "заслушан"},
            values=_values(kind=ReportKind, heard=YES_NO),
            title=_quoted("Доклад", "title", "speaker"),
            hidden=frozenset({"meeting_id"}),
        ),
        "minutes": _words(
            "Протокол",
            COUNCIL,
            {
                "signed_by": "подписал",
                "publication_url": "публикация",
                "published_on": "дата публикации",
            },
            title=_quoted("Протокол №", "number"),
            hidden=frozenset({"meeting_id"}),
        ),
        "meeting_attendance": _words(
            "Участие в заседании",
            COUNCIL,
            {"member_id": "член Совета (№)"},
            hidden=frozenset({"meeting_id"}),
        ),
        "council": _words(
            "Экспортный совет",
            COUNCIL,
            {
                "regulation_act_type": "вид акта о Совете",
                "regulation_number": "номер акта",
                "regulation_date": "дата акта",
                "regulation_approved_by": "кем утверждён",
                "chair_name": "председатель",
                "chair_position": "должность председателя",
                "deputy_chair_name": "заместитель председателя",
                "deputy_chair_organisation": "организация заместителя",
                "founding_meeting_id": "учредительное заседание (№)",
            },
            title=lambda _row: "Экспортный совет",
        ),
        "council_member": _words(
            "Член Совета",
            COUNCIL,
            {
                "category": "категория",
                "position": "должность",
                "joined_on": "включён",
                "left_on": "выбыл",
            },
            values=_values(category=MemberCategory),
            title=_quoted("Член Совета", "name"),
        ),
        "working_group": _words("Рабочая группа", COUNCIL, title=_quoted("Рабочая группа", "name")),
        "working_group_member": _words(
            "Состав рабочей группы", COUNCIL, {"member_id": "член Совета (№)"}
        ),
        "team_member": _words(
            "Член команды",
            TEAM,
            {
                "full_name": "ФИО",
                "position": "должность",
                "slot": "роль",
                "phone": "телефон",
                "email": "электронная почта",
                "included_on": "включён",
                "excluded_on": "исключён",
            },
            values=_values(slot=RoleSlot),
            title=_quoted("Член команды", "full_name"),
        ),
        "qualification_confirmation": _words(
            "Подтверждение квалификации",
            TEAM,
            {"confirmed_on": "дата", "document": "документ", "issuer": "кем выдан"},
            title=_quoted("Подтверждение квалификации", "document"),
            hidden=frozenset({"member_id"}),
        ),
        "training_event": _words(
            "Обучение",
            TEAM,
            {
                "is_educational_org": "образовательная организация",
                "hours": "часов",
                "mode": "форма",
            },
            values=_values(kind=TrainingKind, mode=TrainingMode, is_educational_org=YES_NO),
            title=_quoted("Обучение", "title"),
        ),
        "training_event_topic": _words(
            "Тема обучения", TEAM, values=_values(topic=Topic), hidden=frozenset({"event_id"})
        ),
        "training_participant": _words(
            "Участник обучения",
            TEAM,
            {
                "member_id": "член команды (№)",
                "certificate_number": "номер документа",
                "certificate_name": "файл документа",
            },
            hidden=frozenset({"event_id", "certificate_sha256"}),
        ),
        "programme": _words(
            "Региональная программа",
            PROGRAMME,
            {
                "approved_by": "кем утверждена",
                "act_type": "вид акта",
                "act_number": "номер акта",
                "act_date": "дата акта",
                "start_year": "год начала",
                "end_year": "год окончания",
                "forecast_year": "год прогноза",
            },
            values=_values(approved_by=ApprovalBody),
            title=lambda _row: "Региональная программа",
        ),
        "programme_event": _words(
            "Мероприятие программы",
            PROGRAMME,
            {
                "instrument": "инструмент",
                "planned_count": "план, ед.",
                "deadline": "срок",
                "planned_regional": "план, региональный бюджет",
                "planned_federal": "план, федеральный бюджет",
                "planned_extra": "план, внебюджетные средства",
                "actual_regional": "факт, региональный бюджет",
                "actual_federal": "факт, федеральный бюджет",
                "actual_extra": "факт, внебюджетные средства",
                "done_count": "выполнено, ед.",
            },
            values=_values(status=EventStatus),
            title=_quoted("Мероприятие программы", "title"),
        ),
        "programme_budget": _words(
            "Бюджет программы",
            PROGRAMME,
            {"grp": "ВРП", "budget": "бюджет"},
            title=lambda row: f"Бюджет программы на {row['year']} год",
        ),
        "programme_goal": _words("Цель программы", PROGRAMME, {"text": "текст"}),
        "programme_kpi": _words(
            "Показатель программы",
            PROGRAMME,
            {"unit": "единица"},
            title=_quoted("Показатель программы", "name"),
        ),
        "programme_kpi_plan": _words(
            "План показателя", PROGRAMME, {"value": "значение"}, hidden=frozenset({"kpi_id"})
        ),
        "programme_kpi_fact": _words(
            "Факт показателя", PROGRAMME, {"value": "значение"}, hidden=frozenset({"kpi_id"})
        ),
        "activity": _words(
            "Мероприятие",
            ACTIVITIES,
            {
                "companies_count": "участников-организаций",
                "contracts_count": "контрактов",
                "contracts_kusd": "сумма контрактов, тыс. долл. США",
                "contest_year": "год конкурса",
            },
            values=_values(kind=ActivityKind, format=ActivityFormat),
            title=_quoted("Мероприятие", "title"),
        ),
        "activity_participant": _words(
            "Участник мероприятия",
            ACTIVITIES,
            {"company_id": "организация (№)"},
            hidden=frozenset({"activity_id"}),
        ),
        "intl_events_plan": _words(
            "План международных мероприятий",
            ACTIVITIES,
            {
                "approved_on": "дата утверждения",
                "minutes_number": "номер протокола",
                "planned_count": "запланировано",
            },
        ),
        "export_website": _words(
            "Экспортный портал", ACTIVITIES, {"updated_on": "дата обновления"}
        ),
        "export_website_topic": _words(
            "Раздел экспортного портала", ACTIVITIES, values=_values(topic=WebsiteTopic)
        ),
        "social_account": _words(
            "Аккаунт в соцсетях",
            ACTIVITIES,
            {"network": "сеть"},
            title=_quoted("Аккаунт", "network"),
        ),
        "cpe_kpi": _words(
            "Показатели ЦПЭ",
            RECORDS,
            {
                "plan_supported": "план, поддержано",
                "fact_supported": "факт, поддержано",
                "plan_contracts": "план, контрактов",
                "fact_contracts": "факт, контрактов",
                "plan_volume_kusd": "план, объём",
                "fact_volume_kusd": "факт, объём",
                "approved_on": "дата утверждения",
                "reported_on": "дата отчёта",
            },
            title=lambda row: f"Показатели ЦПЭ за {row['year']} год",
        ),
        "priority_country": _words(
            "Приоритетная страна",
            RECORDS,
            {"code": "страна", "listed_on": "включена"},
            title=_quoted("Приоритетная страна", "code"),
        ),
        "presence": _words(
            "Присутствие за рубежом",
            RECORDS,
            {"description": "описание", "since": "с даты"},
            values=_values(format=PresenceFormat),
            hidden=frozenset({"country_id"}),
        ),
        "foreign_agreement": _words(
            "Соглашение с иностранным партнёром",
            RECORDS,
            {"partner": "партнёр", "country_code": "страна", "signed_on": "дата подписания"},
            title=_quoted("Соглашение с", "partner"),
        ),
        "staff_training": _words(
            "Подготовка кадров",
            RECORDS,
            {
                "planned": "план",
                "trained": "обучено",
                "interned": "прошли стажировку",
                "programmes_developed": "программы разработаны",
                "plan_approved_on": "дата утверждения плана",
                "reported_on": "дата отчёта",
            },
            values=_values(programmes_developed=YES_NO),
            title=lambda row: f"Подготовка кадров за {row['year']} год",
        ),
        "indicator_value": _words(
            "Целевой показатель",
            RECORDS,
            {"indicator": "показатель", "value": "значение", "source": "источник"},
            values={"kind": {"plan": "план", "actual": "факт", "base": "база"}},
            title=lambda row: f"Показатель {row['indicator']} таблицы 1, {row['year']} год",
        ),
        "report_archive": _words(
            "Отчёт",
            REPORTS,
            {
                "quarter": "квартал",
                "period_label": "период",
                "generated_at": "сформирован",
                "sha256": "контрольная сумма",
                "size": "размер",
                "pages": "страниц",
                "sent_on": "дата отправки",
                "outgoing_number": "исходящий номер",
            },
            values={"kind": {"quarterly": "квартальный", "annual": "годовой"}},
            title=lambda row: f"Отчёт за {row['period_label']}",
            hidden=frozenset({"sha256", "size"}),
        ),
    }


def _date(value: object) -> str:
    return value_text(TableWords("", ""), "date", value)
