"""Working through an instrument's checklist: mark items, keep the evidence."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from res_desktop.domain.checklist.model import EvidenceId
from res_desktop.domain.checklist.model import EvidenceItem
from res_desktop.domain.checklist.model import EvidenceKind
from res_desktop.domain.checklist.model import ItemState
from res_desktop.domain.checklist.model import cycle_year
from res_desktop.domain.checklist.model import validate_evidence
from res_desktop.domain.checklist.model import validate_state
from res_desktop.domain.common.catalogue import Basis
from res_desktop.domain.common.catalogue import ChecklistItem
from res_desktop.domain.common.catalogue import Instrument
from res_desktop.domain.common.catalogue import Kind
from res_desktop.domain.common.catalogue import Source
from res_desktop.domain.common.derived import DerivedSource
from res_desktop.domain.common.derived import Verdict
from res_desktop.domain.common.progress import Status
from res_desktop.services.common.results import ChecklistView
from res_desktop.services.common.results import ItemView
from res_desktop.services.common.results import ValidationFailed
from res_desktop.services.common.results import refuse_invalid
from res_desktop.storage.checklist import own_instruments_repo
from res_desktop.storage.checklist import repo as checklist_repo
from res_desktop.storage.common.errors import StorageUnavailable

if TYPE_CHECKING:
    from res_desktop.services.common.context import ServiceContext
    from res_desktop.services.common.region import RegionService


@dataclass(frozen=True)
class ItemEdit:
    """What the user sets on an item; ``save_item`` files it under the instrument's cycle.

    ``done_on`` counts only with DONE (today when left empty), ``na_reason`` only with
    NOT_APPLICABLE.
    """

    status: Status
    na_reason: str = ""
    responsible: str = ""
    due_date: dt.date | None = None
    done_on: dt.date | None = None
    comment: str = ""
    # Over a status derived from records: the coordinator's own, with its reason and document;
    # None leaves the derived one. ``done_on`` is then the manual «выполнено» date.
    manual_status: Status | None = None
    manual_reason: str = ""
    manual_document: str = ""


@dataclass(frozen=True)
class OwnInstrument:
    """A region's own instrument as the user describes it (block IV: code and number follow)."""

    title: str
    short_title: str
    kind: Kind
    summary: str = ""
    items: tuple[ChecklistItem, ...] = ()


class ChecklistService:
    def __init__(
        self,
        ctx: ServiceContext,
        *,
        region: RegionService,
        derived: Mapping[Source, DerivedSource],
    ) -> None:
        """``derived``: the subsystems answering items from their records, read at each view."""
        self._ctx = ctx
        self._region = region
        self._derived = derived

    # -- reading -----------------------------------------------------------------------
    def instruments(self) -> list[Instrument]:
        """The 15 of the Standard, then the region's own (block IV)."""
        own = own_instruments_repo.load_own_instruments(self._ctx.db)
        return [*self._ctx.catalogue.instruments, *own]

    def instrument(self, code: str) -> Instrument:
        for instrument in self.instruments():
            if instrument.code == code:
                return instrument
        raise KeyError(code)

    def checklist(self, code: str, year: int, *, as_of: dt.date | None = None) -> ChecklistView:
        """The checklist as the records stood on ``as_of`` (today by default).

        Some of a year's items fall due in the next year (the «Экспортер года» stage for 2025
        by 01.05.2026), so a past year's checklist is not cut at its 31 December by default.
        """
        return self._view(self.instrument(code), year, as_of or self._ctx.today())

    def _view(self, instrument: Instrument, year: int, as_of: dt.date) -> ChecklistView:
        profile = self._region.require_profile()
        items = instrument.items_for(profile.year_bucket(year), profile.settings)
        # The Standard's criteria first, its recommendations after them (stable within each).
        items.sort(key=lambda item: item.basis is not Basis.CRITERION)
        cycle = cycle_year(instrument, year)
        states = checklist_repo.load_states(self._ctx.db, instrument.code, [cycle])
        evidence = checklist_repo.load_evidence(self._ctx.db, instrument.code, [cycle])
        derived = self._derived_verdicts(instrument, items, year, as_of)
        views = tuple(
            self._item_view(
                item,
                states.get((item.key, cycle)) or ItemState(instrument.code, item.key, cycle),
                evidence.get((item.key, cycle), []),
                derived.get(item.key),
            )
            for item in items
        )
        return ChecklistView(
            instrument=instrument,
            year=year,
            implementation_year=profile.implementation_year(year),
            items=views,
        )

    def _derived_verdicts(
        self, instrument: Instrument, items: Sequence[ChecklistItem], year: int, as_of: dt.date
    ) -> dict[str, Verdict]:
        """Each source the items name is asked once for the whole instrument."""
        found: dict[str, Verdict] = {}
        for kind in dict.fromkeys(item.source for item in items):
            source = self._derived.get(kind)
            if source is None:
                continue
            answers = source.verdicts(instrument, year, as_of)
            found.update(
                (item.key, answers[item.key])
                for item in items
                if item.source is kind and item.key in answers
            )
        return found

    def _item_view(
        self,
        item: ChecklistItem,
        state: ItemState,
        evidence: list[EvidenceItem],
        derived: Verdict | None,
    ) -> ItemView:
        """A derived verdict, when there is one, overrides the hand-set status; a manual status
        set over it wins over both (the coordinator's word), and the verdict stays shown."""
        effective = state
        if state.manual_status is not None:
            manual = state.manual_status
            effective = dataclasses.replace(
                state,
                status=manual,
                done_on=state.manual_done_on if manual is Status.DONE else None,
                na_reason=state.manual_reason if manual is Status.NOT_APPLICABLE else "",
            )
        elif derived is not None and state.status is not Status.NOT_APPLICABLE:
            # «Не применимо» set by hand leaves the count whatever the records say.
            effective = dataclasses.replace(
                state, status=derived.status, done_on=derived.completed_on
            )
        return ItemView(
            item=item,
            state=effective,
            evidence=tuple(evidence),
            derived_note=derived.note if derived else "",
            verdict=derived,
            recorded=state,
        )

    # -- writing -----------------------------------------------------------------------
    def save_item(
        self, *, code: str, key: str, year: int, edit: ItemEdit
    ) -> tuple[ItemState, ItemState]:
        """One user edit in one transaction; returns (before, after) so it can be undone."""
        instrument = self.instrument(code)
        instrument.item(key)
        before = self._stored_state(instrument, key, year)
        status, manual = edit.status, edit.manual_status
        done_on = edit.done_on or self._ctx.today()
        # Under a manual status the plain one is kept as it was, with its date.
        plain_done_on = before.done_on if manual is not None else done_on
        after = ItemState(
            instrument_code=code,
            item_key=key,
            cycle_year=cycle_year(instrument, year),
            status=status,
            na_reason=edit.na_reason.strip() if status is Status.NOT_APPLICABLE else "",
            responsible=edit.responsible.strip(),
            due_date=edit.due_date,
            done_on=plain_done_on if status is Status.DONE else None,
            comment=edit.comment.strip(),
            manual_status=manual,
            manual_reason=edit.manual_reason.strip() if manual else "",
            manual_document=edit.manual_document.strip() if manual else "",
            manual_done_on=done_on if manual is Status.DONE else None,
        )
        self.restore_item(after)
        return before, after

    def restore_item(self, state: ItemState) -> None:
        """Write a whole state back (also how an edit is undone)."""
        refuse_invalid(validate_state(state, self._ctx.today()))
        self._ctx.write(checklist_repo.save_state, state)

    def _stored_state(self, instrument: Instrument, key: str, year: int) -> ItemState:
        cycle = cycle_year(instrument, year)
        states = checklist_repo.load_states(self._ctx.db, instrument.code, [cycle])
        return states.get((key, cycle)) or ItemState(instrument.code, key, cycle)

    def add_evidence(
        self, *, code: str, key: str, year: int, evidence: EvidenceItem
    ) -> EvidenceItem:
        refuse_invalid(validate_evidence(evidence, self._ctx.today()))
        instrument = self.instrument(code)
        instrument.item(key)
        with self._ctx.writing():
            sid = checklist_repo.ensure_state_id(
                self._ctx.db, code, key, cycle_year(instrument, year)
            )
            self._check_document(sid, evidence)
            new_id = checklist_repo.add_evidence(self._ctx.db, sid, evidence)
        return dataclasses.replace(evidence, id=new_id)

    def _check_document(self, sid: int, evidence: EvidenceItem) -> None:
        """A file's document is a document of the same item; a link never has one."""
        if evidence.document_id is None:
            return
        document = checklist_repo.get_evidence(self._ctx.db, evidence.document_id)
        same_item = checklist_repo.evidence_state(self._ctx.db, evidence.document_id) == sid
        if (
            evidence.kind is not EvidenceKind.FILE
            or document is None
            or document.kind is not EvidenceKind.DOCUMENT
            or not same_item
        ):
            raise ValidationFailed(
                {"document_id": "Файл можно связать только с документом того же пункта."}
            )

    def update_evidence(self, evidence: EvidenceItem) -> tuple[EvidenceItem, EvidenceItem]:
        """Change a record where it stands (its id and its files stay); (before, after)."""
        refuse_invalid(validate_evidence(evidence, self._ctx.today()))
        if evidence.id is None:
            raise ValidationFailed({"evidence": "Доказательство ещё не сохранено."})
        with self._ctx.writing():
            before = checklist_repo.get_evidence(self._ctx.db, evidence.id)
            sid = checklist_repo.evidence_state(self._ctx.db, evidence.id)
            if before is None or sid is None:
                raise ValidationFailed({"evidence": "Доказательство удалено."})
            before = dataclasses.replace(before, id=evidence.id)
            if before.kind is not evidence.kind:
                raise ValidationFailed({"kind": "Вид доказательства не меняется."})
            self._check_document(sid, evidence)
            checklist_repo.update_evidence(self._ctx.db, evidence)
        return before, evidence

    def attach_file(
        self,
        *,
        code: str,
        key: str,
        year: int,
        source: Path,
        title: str = "",
        document_id: EvidenceId | None = None,
    ) -> EvidenceItem:
        """Copy the file into the data folder (by content hash) and record it, linked to
        ``document_id`` (a document of the same item) when the file is that document."""
        source = Path(source)
        if not source.is_file():
            raise ValidationFailed({"file": f"Файл не найден: {source}"})
        sha, size = self._ctx.attachments.put(source)
        evidence = EvidenceItem(
            kind=EvidenceKind.FILE,
            title=title.strip() or source.name,
            file_sha256=sha,
            file_name=source.name,
            file_size=size,
            document_id=document_id,
        )
        return self.add_evidence(code=code, key=key, year=year, evidence=evidence)

    def remove_evidence(self, evidence_id: int) -> EvidenceItem:
        """Delete one record; the stored file stays, so the removal can be undone. A document
        with files linked to it stays until they go: the link is never dropped unseen."""
        with self._ctx.writing():
            found = checklist_repo.get_evidence(self._ctx.db, evidence_id)
            if found is None:
                raise ValidationFailed({"evidence": "Доказательство уже удалено."})
            linked = checklist_repo.linked_files(self._ctx.db, evidence_id)
            if linked:
                names = ", ".join(f"«{file.caption}»" for file in linked)
                raise ValidationFailed(
                    {"evidence": f"К документу прикреплены файлы: {names}. Сначала удалите их."}
                )
            checklist_repo.delete_evidence(self._ctx.db, evidence_id)
        return dataclasses.replace(found, id=EvidenceId(evidence_id))

    def attachment_path(self, evidence: EvidenceItem) -> Path:
        path = self._ctx.attachments.path_for(evidence.file_sha256)
        if not path.is_file():
            raise StorageUnavailable(
                f"Файл «{evidence.file_name}» не найден в папке данных: {path}"
            )
        return path

    # -- the region's own instruments ----------------------------------------------------
    def add_own_instrument(self, *, instrument: OwnInstrument) -> Instrument:
        """A block IV instrument of the region's own; its code (R1, R2, …) is given here."""
        title, short_title = instrument.title.strip(), instrument.short_title.strip()
        errors = {}
        if len(title) < 5:
            errors["title"] = "Укажите наименование инструмента (не короче 5 знаков)."
        if not short_title or len(instrument.short_title) > 40:
            errors["short_title"] = "Краткое наименование: от 1 до 40 знаков."
        refuse_invalid(errors)
        with self._ctx.writing():
            code = own_instruments_repo.insert_own_instrument(
                self._ctx.db,
                title=title,
                short_title=short_title,
                kind=instrument.kind,
                summary=instrument.summary.strip(),
            )
            for item in instrument.items:
                own_instruments_repo.insert_own_item(self._ctx.db, code, item)
        return self.instrument(code)

    def add_own_item(self, *, code: str, title: str, weight: int = 1, hint: str = "") -> Instrument:
        if not code.startswith(own_instruments_repo.OWN_PREFIX):
            raise ValidationFailed({"code": "Пункты добавляются только в собственные инструменты."})
        if len(title.strip()) < 3:
            raise ValidationFailed({"title": "Укажите формулировку пункта."})
        if weight < 1:
            raise ValidationFailed({"weight": "Вес пункта должен быть положительным."})
        instrument = self.instrument(code)
        key = f"own_{len(instrument.items) + 1}"
        item = ChecklistItem(
            key=key,
            title=title.strip(),
            years=frozenset({1, 2, 3, 4}),
            weight=weight,
            hint=hint.strip(),
        )
        self._ctx.write(own_instruments_repo.insert_own_item, code, item)
        return self.instrument(code)
