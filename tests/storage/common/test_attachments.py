"""The content-addressed store of attached files."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any
from typing import BinaryIO

import pytest

from res_desktop.storage.common.attachments import AttachmentStore
from res_desktop.storage.common.attachments import sha256_of
from res_desktop.storage.common.errors import StorageUnavailable


@pytest.fixture
def store(tmp_path: Path) -> AttachmentStore:
    return AttachmentStore(tmp_path / "region-файлы")


def _write(path: Path, content: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return path


def test_file_is_stored_under_its_hash(tmp_path: Path, store: AttachmentStore) -> None:
    content = "ПРОТОКОЛ заседания Экспортного совета".encode()
    source = _write(tmp_path / "in" / "protocol.txt", content)
    sha, size = store.put(source)
    assert sha == hashlib.sha256(content).hexdigest()
    assert size == len(content)
    stored = store.path_for(sha)
    assert stored == store.root / sha[:2] / sha
    assert stored.read_bytes() == content
    assert store.has(sha)
    assert source.read_bytes() == content  # the original stays where it was


def test_identical_files_are_stored_once(tmp_path: Path, store: AttachmentStore) -> None:
    content = b"%PDF-1.4 same scan" * 1000
    first = store.put(_write(tmp_path / "a" / "scan.pdf", content))
    second = store.put(_write(tmp_path / "b" / "копия скана.pdf", content))
    assert first == second
    files = [p for p in store.root.rglob("*") if p.is_file()]
    assert files == [store.path_for(first[0])]


def test_different_files_are_stored_apart(tmp_path: Path, store: AttachmentStore) -> None:
    sha_a, _ = store.put(_write(tmp_path / "a.txt", b"first"))
    sha_b, _ = store.put(_write(tmp_path / "b.txt", b"second"))
    assert sha_a != sha_b
    assert store.path_for(sha_a).read_bytes() == b"first"
    assert store.path_for(sha_b).read_bytes() == b"second"
    assert not any(p.name.startswith(".incoming-") for p in store.root.rglob("*"))


def test_cyrillic_file_names(tmp_path: Path, store: AttachmentStore) -> None:
    content = bytes(range(256)) * 10
    source = _write(tmp_path / "Документы РЭС" / "Протокол № 1 от 01.02.2026 (скан).pdf", content)
    sha, size = store.put(source)
    assert (sha, size) == (sha256_of(source), len(content))
    assert store.path_for(sha).read_bytes() == content


def test_empty_and_large_files(tmp_path: Path, store: AttachmentStore) -> None:
    empty_sha, empty_size = store.put(_write(tmp_path / "пусто.txt", b""))
    assert empty_sha == hashlib.sha256(b"").hexdigest()
    assert empty_size == 0
    big = b"0123456789abcdef" * 200_000  # > 1 MiB: several chunks
    big_sha, big_size = store.put(_write(tmp_path / "большой.bin", big))
    assert big_sha == hashlib.sha256(big).hexdigest()
    assert big_size == len(big)
    assert store.path_for(big_sha).read_bytes() == big


def test_has_unknown_hash(store: AttachmentStore) -> None:
    assert not store.has("0" * 64)


def test_missing_source_is_storage_unavailable(tmp_path: Path, store: AttachmentStore) -> None:
    with pytest.raises(StorageUnavailable) as caught:
        store.put(tmp_path / "нет такого файла.pdf")
    assert "Не удалось сохранить файл" in caught.value.message


@pytest.mark.parametrize("stored", ["../../x", "/etc/passwd", "ab/../../../x", "A" * 64])
def test_a_stored_name_that_is_no_hash_never_becomes_a_path(
    store: AttachmentStore, stored: str
) -> None:
    with pytest.raises(StorageUnavailable) as caught:
        store.path_for(stored)
    assert "недопустимое имя вложенного файла" in caught.value.message


def test_no_file_attached_names_no_file(store: AttachmentStore) -> None:
    assert not store.path_for("").is_file()


class _RewrittenOnRead(type(Path())):  # type: ignore[misc]
    """A file some other program rewrites as soon as a reader has read it through."""

    def open(self, *args: Any, **kwargs: Any) -> Any:
        return _ThenRewritten(super().open(*args, **kwargs), self)


class _ThenRewritten:
    def __init__(self, stream: BinaryIO, path: Path) -> None:
        self._stream, self._path = stream, path

    def read(self, size: int = -1) -> bytes:
        return self._stream.read(size)

    def __enter__(self) -> _ThenRewritten:
        return self

    def __exit__(self, *_: object) -> None:
        self._stream.close()
        with open(os.fspath(self._path), "wb") as rewrite:
            rewrite.write(REWRITTEN)


FIRST, REWRITTEN = b"%PDF first version" * 100, b"%PDF rewritten meanwhile" * 100


def test_the_content_is_hashed_as_it_is_copied(tmp_path: Path, store: AttachmentStore) -> None:
    """The stored file is what was read, under the name of its own hash: hashing first and
    copying after would store the rewritten bytes under the first version's name."""
    (tmp_path / "скан.pdf").write_bytes(FIRST)
    source = _RewrittenOnRead(tmp_path / "скан.pdf")
    sha, size = store.put(source)
    stored = store.path_for(sha).read_bytes()
    assert hashlib.sha256(stored).hexdigest() == sha
    assert size == len(stored)
