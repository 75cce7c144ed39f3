"""What the installers take, without building them (the builds are packaging/build.sh and
packaging/test-install.sh): the bundle's imports and prunes, the one version, the .desktop
entry, the .deb control fields, the NSIS script's per-user settings, the per-user .run's
glibc floor."""

from __future__ import annotations

import email.parser
import importlib
import os
import re
import shutil
import sys
import tomllib
from pathlib import Path

import pytest

from tests.processes import REPO_ROOT
from tests.processes import isolated_env
from tests.processes import run
from tests.processes import run_python

sys.path.insert(0, str(REPO_ROOT / "packaging"))
import bundle_config

PACKAGING = REPO_ROOT / "packaging"
FILES = PACKAGING / "files"


def _pyproject_version() -> str:
    with (REPO_ROOT / "pyproject.toml").open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


# --- the bundle's analysis ---------------------------------------------------------------


def test_hidden_imports_are_the_modules_loaded_by_name() -> None:
    """PyInstaller cannot see country_holidays("RU") import its country, nor reportlab's
    exec() import its C accelerator (else its Python fallbacks run): name them."""
    probe = (
        "from res_desktop.domain.common import calendar;"
        "print(type(calendar._calendar(2026)).__module__);"
        "from reportlab.lib import rl_accel;"
        "print(rl_accel.fp_str.__module__)"
    )
    out = run_python(["-c", probe], REPO_ROOT, os.environ, check=True).stdout.split()
    assert list(bundle_config.HIDDEN_IMPORTS) == out == ["holidays.countries.russia", "_rl_accel"]


def test_excluded_modules_are_never_imported_by_the_app(tmp_path: Path) -> None:
    """A report made end to end (reportlab, Pillow, pypdf) loads none of the excluded modules."""
    probe = (
        "import sys; from res_desktop.cli import main;"
        f"code = main(['--demo', 'report', 'quarterly', '--year', '2026', '--quarter', '3',"
        f" '--out', {str(tmp_path / 'r.pdf')!r}]);"
        "print('---', code); print('\\n'.join(sys.modules))"
    )
    out = run_python(["-c", probe], tmp_path, isolated_env(tmp_path), check=True).stdout
    code, *modules = out.split("--- ", 1)[1].split("\n")
    assert code == "0" and (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF-")
    assert "PIL" in modules, "reportlab imports Pillow: excluding it would break reports"
    loaded = sorted(set(modules) & set(bundle_config.EXCLUDES))
    assert loaded == []


def test_babel_locale_data_kept_is_what_russian_formatting_reads(tmp_path: Path) -> None:
    probe = (
        "import babel.localedata as ld, datetime as dt;"
        "from res_desktop.domain.common import russian;"
        "russian.date_short(dt.date(2026, 3, 1)); from babel.dates import format_date;"
        "format_date(dt.date(2026, 3, 1), 'd MMMM y', locale='ru');"
        "print('\\n'.join(ld._cache))"
    )
    out = run_python(["-c", probe], tmp_path, isolated_env(tmp_path), check=True).stdout.split()
    assert out, "babel read no locale data: the probe checks nothing"
    assert {f"{name}.dat" for name in out} <= bundle_config.BABEL_LOCALES
    assert bundle_config.keep_data("babel/locale-data/ru.dat")
    assert not bundle_config.keep_data("babel/locale-data/de.dat")


def test_only_russian_qt_translations_are_kept() -> None:
    base = "PySide6/Qt/translations/"
    for name in ("qtbase_ru.qm", "qt_ru.qm"):  # what gui/common/app.py loads
        assert bundle_config.keep_data(base + name)
    assert not bundle_config.keep_data(base + "qtbase_de.qm")
    assert not bundle_config.keep_data("PySide6\\Qt\\translations\\qt_fr.qm")
    assert bundle_config.keep_data("resources/fonts/PTS55F.ttf")


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/generic/libqevdevmouseplugin.so", False),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6\\opengl32sw.dll", False),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/lib/libQt6Pdf.so.6", True),
    ],
)
def test_pruned_plugins(dest: str, kept: bool) -> None:
    assert bundle_config.keep_binary(dest) is kept


def test_spec_takes_its_lists_from_bundle_config() -> None:
    spec = (PACKAGING / "res_desktop.spec").read_text("utf-8")
    for use in ("cfg.HIDDEN_IMPORTS", "cfg.EXCLUDES", "cfg.keep_data", "cfg.keep_binary"):
        assert use in spec
    assert "onefile" not in spec.lower() and "COLLECT(" in spec  # one folder, never one file


# --- one version -------------------------------------------------------------------------


def test_version_has_one_source(tmp_path: Path) -> None:
    version = _pyproject_version()
    out = run_python(["-m", "res_desktop", "--version"], tmp_path, isolated_env(tmp_path))
    assert out.stdout.strip() == f"res-desktop {version}"
    assert bundle_config.version() == version
    assert f"Version: {version}\n" in bundle_config.metadata_text()
    literal = re.compile(rf"['\"]{re.escape(version)}['\"]")
    sources = [*(REPO_ROOT / "res_desktop").rglob("*.py"), *PACKAGING.rglob("*.sh")]
    sources += [*PACKAGING.rglob("*.nsi"), *PACKAGING.rglob("*.spec"), *FILES.rglob("*.in")]
    written = [
        str(p.relative_to(REPO_ROOT)) for p in sources if literal.search(p.read_text("utf-8"))
    ]
    assert written == []


def test_installed_version_comes_from_metadata(tmp_path: Path) -> None:
    """Away from the checkout (a wheel, the bundle) the version is the metadata's."""
    site = tmp_path / "site"
    shutil.copytree(REPO_ROOT / "res_desktop", site / "res_desktop")
    dist_info = site / "res_desktop-9.8.7.dist-info"
    dist_info.mkdir()
    (dist_info / "METADATA").write_text(
        bundle_config.metadata_text().replace(_pyproject_version(), "9.8.7"), "utf-8"
    )
    env = {**isolated_env(tmp_path), "PYTHONPATH": str(site)}
    out = run_python(
        [
            "-I",
            "-c",
            "import sys; sys.path.insert(0, sys.argv[1]);"
            "import res_desktop; print(res_desktop.__version__)",
            str(site),
        ],
        tmp_path,
        env,
        check=True,
    )
    assert out.stdout.strip() == "9.8.7"


# --- Linux: .desktop, control, the per-user installer ------------------------------------


def test_desktop_entry_is_valid(tmp_path: Path) -> None:
    result = run(
        ["desktop-file-validate", str(FILES / "res-desktop.desktop")], tmp_path, os.environ
    )
    assert result.returncode == 0 and result.stdout == "", result.stdout + result.stderr
    entry = (FILES / "res-desktop.desktop").read_text("utf-8")
    assert "\nExec=res-desktop\n" in entry and "\nIcon=res-desktop\n" in entry
    assert "Name[ru]=РЭС" in entry


def test_control_file_fields() -> None:
    template = (FILES / "debian" / "control.in").read_text("utf-8")
    build = (PACKAGING / "build.sh").read_text("utf-8")
    placeholders = set(re.findall(r"@([A-Z_]+)@", template))
    assert placeholders == set(re.findall(r"s/@([A-Z_]+)@/", build))
    values = {"VERSION": "1.2.3", "INSTALLED_SIZE": "170000", "GLIBC_FLOOR": "2.36"}
    text = re.sub(r"@([A-Z_]+)@", lambda m: values[m.group(1)], template)
    control = email.parser.Parser().parsestr(text)
    assert control["Package"] == "res-desktop"
    assert control["Version"] == "1.2.3"
    assert control["Architecture"] == "amd64"
    assert control["Installed-Size"] == "170000"
    depends = [d.strip() for d in control["Depends"].split(",")]
    assert depends == ["libc6 (>= 2.36)", "libgl1", "libegl1", "libxcb1"]
    assert control["Maintainer"] and control["Section"] and control["Priority"]
    assert control["Description"].startswith("РЭС: рабочее место")


def _fake_unpacked_run(folder: Path, floor: str) -> Path:
    """The .run's unpacked folder as build.sh lays it out, with a tiny stand-in program."""
    program = folder / "res-desktop"
    program.mkdir(parents=True)
    (program / "res-desktop").write_text("#!/bin/sh\necho res-desktop 1.2.3\n", "utf-8")
    (program / "res-desktop").chmod(0o755)
    (folder / "doc").mkdir()
    apps = folder / "share" / "applications"
    icons = folder / "share" / "icons" / "hicolor" / "48x48" / "apps"
    apps.mkdir(parents=True)
    icons.mkdir(parents=True)
    shutil.copy(FILES / "res-desktop.desktop", apps)
    (icons / "res-desktop.png").write_bytes(b"png")
    (folder / "GLIBC_FLOOR").write_text(floor + "\n", "utf-8")
    (folder / "VERSION").write_text("1.2.3\n", "utf-8")
    shutil.copy(FILES / "install-user.sh", folder)
    return folder / "install-user.sh"


def _user_env(home: Path) -> dict[str, str]:
    return {"HOME": str(home), "PATH": os.environ["PATH"], "LANG": "C.UTF-8"}


def test_per_user_install_refuses_below_its_glibc_floor(tmp_path: Path) -> None:
    script = _fake_unpacked_run(tmp_path / "unpacked", "99.0")
    home = tmp_path / "home"
    home.mkdir()
    result = run(["sh", str(script)], tmp_path, _user_env(home))
    assert result.returncode == 1
    assert "требует библиотеку glibc версии 99.0" in result.stderr
    assert not (home / ".local").exists()


def test_per_user_install_update_and_uninstall_keep_user_data(tmp_path: Path) -> None:
    have = os.confstr("CS_GNU_LIBC_VERSION") or "glibc 2.36"
    script = _fake_unpacked_run(tmp_path / "unpacked", have.split()[1])
    home = tmp_path / "home"
    data = home / ".local" / "share" / "res_desktop"
    data.mkdir(parents=True)
    (data / "res_desktop.sqlite3").write_bytes(b"user data")
    for _ in range(2):  # the second run is an update in place
        result = run(["sh", str(script)], tmp_path, _user_env(home))
        assert result.returncode == 0, result.stderr
    dest = home / ".local" / "opt" / "res-desktop"
    entry = (home / ".local/share/applications/res-desktop.desktop").read_text("utf-8")
    assert f"\nExec={dest}/res-desktop\n" in entry
    launcher = home / ".local" / "bin" / "res-desktop"
    started = run([str(launcher)], tmp_path, _user_env(home))
    assert started.stdout == "res-desktop 1.2.3\n"
    assert not (home / ".local" / "opt" / "res-desktop.new").exists()
    result = run(["sh", str(dest / "install-user.sh"), "--uninstall"], tmp_path, _user_env(home))
    assert result.returncode == 0 and "Данные пользователя сохранены" in result.stdout
    assert not dest.exists() and not launcher.is_symlink() and not launcher.exists()
    assert not (home / ".local/share/icons/hicolor/48x48/apps/res-desktop.png").exists()
    assert (data / "res_desktop.sqlite3").read_bytes() == b"user data"


# --- Windows: the NSIS script ------------------------------------------------------------


def test_nsis_installer_is_per_user_and_russian() -> None:
    nsi = (PACKAGING / "windows" / "res_desktop.nsi").read_text("utf-8")
    directives = {line.split(None, 1)[0]: line for line in nsi.splitlines() if line.strip()}
    assert directives["RequestExecutionLevel"] == "RequestExecutionLevel user"
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\${APP}"' in nsi
    assert '!define APP "res_desktop"' in nsi
    assert '!insertmacro MUI_LANGUAGE "Russian"' in nsi
    assert "HKLM" not in nsi and "$PROGRAMFILES" not in nsi  # nothing needs administrator rights
    assert 'WriteRegStr HKCU "${UNINST_KEY}" "UninstallString"' in nsi
    assert "$SMPROGRAMS\\${LINK}" in nsi and "$DESKTOP\\${LINK}" in nsi
    assert nsi.count("SetShellVarContext current") == 2
    assert 'RMDir /r "$INSTDIR"' not in nsi  # never a recursive delete of the chosen folder
    assert "LOCALAPPDATA\\res_desktop" not in nsi.split('Section "uninstall"')[1]


def test_test_only_stub_dlls_never_reach_the_product() -> None:
    """Wine's stand-ins for icuuc.dll and bcryptprimitives.dll live in Wine prefixes only."""
    for path in (PACKAGING / "windows" / "res_desktop.nsi", PACKAGING / "res_desktop.spec"):
        text = path.read_text("utf-8")
        assert "stub" not in text and "icuuc" not in text, path.name
    build = (PACKAGING / "windows" / "build.sh").read_text("utf-8")
    assert "-iname icuuc.dll -o -iname bcryptprimitives.dll" in build  # the bundle is checked
    tools = (PACKAGING / "windows" / "tools.sh").read_text("utf-8")
    assert '"$wintools$1/drive_c/windows/system32/"' in tools  # into a prefix, nowhere else


def test_packages_read_as_data_at_run_time_are_collected() -> None:
    """The .deb's clean-chroot test found python-docx's templates missing from the bundle:
    every package whose data files the app opens is collected by the spec."""
    spec = (Path(bundle_config.__file__).parent / "res_desktop.spec").read_text(encoding="utf-8")
    assert "for package in cfg.DATA_PACKAGES:" in spec
    # python-docx opens «docx/parts/../templates/…»: its modules must exist on disk too.
    assert "module_collection_mode=dict(cfg.MODULE_COLLECTION_MODE)" in spec
    assert bundle_config.MODULE_COLLECTION_MODE["docx"] == "pyz+py"
    for package in ("docx", "pytrovich", "babel"):
        assert package in bundle_config.DATA_PACKAGES
        root = Path(importlib.import_module(package).__file__ or "").parent
        data = [p for p in root.rglob("*") if p.is_file() and p.suffix not in {".py", ".pyc"}]
        assert data, f"{package} ships no data files: the entry is stale"
