"""LabelledEnum: members are their stored values, with the Russian label declared beside them."""

from __future__ import annotations

import ast
import copy
import importlib
import json
import pickle
import pkgutil
import re
import sqlite3
from enum import StrEnum
from pathlib import Path

import pytest

import res_desktop
from res_desktop.domain.common.labelled import LabelledEnum

PACKAGE = Path(res_desktop.__file__).parent
CYRILLIC = re.compile("[А-Яа-яЁё]")
ENUM_BASES = {"Enum", "StrEnum", "IntEnum", "Flag", "IntFlag", "LabelledEnum"}

# The values of every labelled enum as they were before the base existed: they are in users'
# SQLite files, CHECK constraints and saved queries, so a change needs a migration, not an edit.
STORED_VALUES = {
    "domain.activities.model.ActivityFormat": "in_person remote",
    "domain.activities.model.ActivityKind": (
        "seminar webinar edu_programme business_mission governor_delegation reverse_mission "
        "intl_forum exhibition_abroad exhibition_ru_collective exhibition_ru_individual "
        "ecom_popularisation ecom_training marketplace_onboarding national_pavilion "
        "accelerator_cohort mentoring exchange_platform popularisation_campaign "
        "exporter_of_year export_nomination website_publication trade_mission_presentation "
        "foreign_media umbrella_brand supply_chain"
    ),
    "domain.activities.model.WebsiteTopic": (
        "contacts trade_missions ministry_links rec_links council strategy plan "
        "yearly_results success_stories statistics news calendar event_results"
    ),
    "domain.checklist.model.EvidenceKind": "document file link",
    "domain.common.catalogue.Evidence": "normative_act minutes report link document",
    "domain.common.catalogue.Funding": "budget none unknown",
    "domain.common.catalogue.Kind": "annual one_time",
    "domain.common.progress.Status": "not_started in_progress done not_applicable",
    "domain.council.model.MeetingForm": "in_person absentee remote",
    "domain.council.model.MeetingStatus": "planned held cancelled",
    "domain.council.model.MemberCategory": (
        "executive rec development_institute support_infrastructure export_centre "
        "business_association exporter potential_exporter services"
    ),
    "domain.council.model.ReportKind": "coordinator plan infrastructure interim",
    "domain.exporters.model.Barrier": (
        "customs certification logistics payments finance skills non_tariff competition "
        "information other"
    ),
    "domain.exporters.model.DataSource": "fts fns post cbr cpe other",
    "domain.exporters.model.ExportStage": (
        "not_ready interested preparing first_deals regular expanding"
    ),
    "domain.exporters.model.ExporterStatus": "active potential stopped",
    "domain.exporters.model.Need": (
        "training business_missions exhibitions buyers_search ecommerce acceleration "
        "certification finance logistics promotion legal"
    ),
    "domain.exporters.model.SmeCategory": "micro small medium large unknown",
    "domain.exporters.query.SortColumn": (
        "inn name status sme municipality industry stage countries volume"
    ),
    "domain.programme.model.ApprovalBody": "governor council",
    "domain.programme.model.EventStatus": "planned in_progress done cancelled",
    "domain.programme.model.Execution": "on_time late not_done",
    "domain.records.model.PresenceFormat": (
        "own_office trade_mission internships subordinate_office ppp interregional other"
    ),
    "domain.team.model.RoleSlot": (
        "deputy_governor export_minister priority_industries education municipality_head "
        "export_centre_head development_institute business_community other"
    ),
    "domain.team.model.Topic": (
        "foreign_trade_basics export_organisation project_management strategic_planning"
    ),
    "domain.team.model.TrainingKind": (
        "further_education seminar training master_class round_table conference internship "
        "self_study distance_course"
    ),
    "domain.team.model.TrainingMode": "in_person remote blended",
    "reports.common.data.ReportKind": "quarterly annual",
}


class Sample(LabelledEnum):
    PLANNED = "planned", "запланировано"
    HELD = "held", "проведено"
    CANCELLED = "cancelled", "отменено"


class PlainSample(StrEnum):
    """The same values as a plain StrEnum: what the enums were before the base."""

    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


def test_members_carry_value_and_label() -> None:
    assert [(m.name, m.value, m.label) for m in Sample] == [
        ("PLANNED", "planned", "запланировано"),
        ("HELD", "held", "проведено"),
        ("CANCELLED", "cancelled", "отменено"),
    ]
    assert type(Sample.HELD.value) is str


def test_lookup_by_value_and_by_name() -> None:
    assert Sample("held") is Sample.HELD
    assert Sample["CANCELLED"] is Sample.CANCELLED
    with pytest.raises(ValueError, match="'запланировано' is not a valid Sample"):
        Sample("запланировано")  # a label is not a value


def test_behaves_as_the_plain_str_enum_it_replaces() -> None:
    for member, plain in zip(Sample, PlainSample, strict=True):
        assert member == plain.value and plain == member.value  # both are plain strings
        assert (str(member), f"{member}", member.value) == (str(plain), f"{plain}", plain.value)
        assert hash(member) == hash(plain)
        assert json.dumps({member: [member]}) == json.dumps({plain: [plain]})
        assert pickle.loads(pickle.dumps(member)) is member
        assert copy.deepcopy(member) is member
    assert [m.value for m in sorted(Sample)] == [m.value for m in sorted(PlainSample)]
    assert {"held": 1}[Sample.HELD] == 1


def test_stored_in_sqlite_as_the_plain_value(tmp_path: Path) -> None:
    with sqlite3.connect(tmp_path / "t.sqlite3") as con:
        con.execute("CREATE TABLE t (status TEXT CHECK (status IN ('planned', 'held')))")
        con.execute("INSERT INTO t VALUES (?)", (Sample.HELD,))
        row = con.execute("SELECT status, typeof(status) FROM t").fetchone()
        assert row == ("held", "text")
        assert Sample(row[0]) is Sample.HELD
        with pytest.raises(sqlite3.IntegrityError):
            con.execute("INSERT INTO t VALUES (?)", (Sample.CANCELLED.label,))


def test_member_without_label_is_refused() -> None:
    with pytest.raises(TypeError, match="'x' is declared without a Russian label"):

        class Unlabelled(LabelledEnum):
            X = "x"

    with pytest.raises(TypeError, match="'y' is declared without a Russian label"):

        class EmptyLabel(LabelledEnum):
            Y = "y", ""


def _import_everything() -> None:
    for info in pkgutil.walk_packages(res_desktop.__path__, "res_desktop."):
        if not info.name.endswith(".__main__"):  # __main__ starts the application
            importlib.import_module(info.name)


def _subclasses(cls: type[LabelledEnum]) -> list[type[LabelledEnum]]:
    found: list[type[LabelledEnum]] = []
    for sub in cls.__subclasses__():
        found += [sub, *_subclasses(sub)]
    return found


def labelled_enums() -> dict[str, type[LabelledEnum]]:
    _import_everything()
    return {
        f"{cls.__module__.removeprefix('res_desktop.')}.{cls.__qualname__}": cls
        for cls in _subclasses(LabelledEnum)
        if cls.__module__.startswith("res_desktop.")
    }


def test_every_member_has_a_russian_label_and_a_value_of_its_own() -> None:
    enums = labelled_enums()
    assert len(enums) >= len(STORED_VALUES)
    for name, cls in enums.items():
        members = list(cls)
        assert members, name
        # An alias (a repeated value) would hide from iteration: compare with __members__.
        assert len(cls.__members__) == len(members), f"{name}: a value is declared twice"
        for member in members:
            assert member.label.strip() and CYRILLIC.search(member.label), f"{name}.{member.name}"
        labels = [m.label for m in members]
        assert len(set(labels)) == len(labels), f"{name}: two members share a label"


def test_stored_values_are_unchanged() -> None:
    enums = labelled_enums()
    for name, values in STORED_VALUES.items():
        assert " ".join(m.value for m in enums[name]) == values, name


def _class_bases(node: ast.ClassDef) -> set[str]:
    return {
        base.id if isinstance(base, ast.Name) else base.attr
        for base in node.bases
        if isinstance(base, ast.Name | ast.Attribute)
    }


def _defines_label(node: ast.ClassDef) -> bool:
    for statement in node.body:
        if isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef):
            if statement.name == "label":
                return True
        elif isinstance(statement, ast.Assign | ast.AnnAssign):
            targets = statement.targets if isinstance(statement, ast.Assign) else [statement.target]
            if any(isinstance(t, ast.Name) and t.id == "label" for t in targets):
                return True
    return False


def _enum_classes() -> list[tuple[str, ast.ClassDef]]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"), filename=str(path))
        module = ".".join(path.relative_to(PACKAGE).with_suffix("").parts)
        found += [
            (f"{module}.{node.name}", node)
            for node in ast.walk(tree)
            if isinstance(node, ast.ClassDef) and _class_bases(node) & ENUM_BASES
        ]
    return found


def test_no_enum_defines_its_own_label() -> None:
    classes = _enum_classes()
    assert len(classes) >= len(STORED_VALUES)
    own = [name for name, node in classes if _defines_label(node)]
    assert own == ["domain.common.labelled.LabelledEnum"], "declare X = 'x', 'метка' instead"


def test_the_walk_finds_every_labelled_enum_in_the_source() -> None:
    in_source = {name for name, node in _enum_classes() if "LabelledEnum" in _class_bases(node)}
    assert in_source == set(labelled_enums())
    assert set(STORED_VALUES) <= in_source
