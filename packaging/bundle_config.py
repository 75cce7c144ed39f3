"""What the PyInstaller bundle takes and drops: read by res_desktop.spec, checked by the tests.

A plain module (no PyInstaller import) so the fast test suite can check it without building.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from pathlib import PurePosixPath

ROOT = Path(__file__).resolve().parents[1]
APP = "res-desktop"

# holidays imports its countries by name at run time (country_holidays("RU")).
# Packages whose data files the app reads at run time and that no PyInstaller hook collects:
# python-docx's templates (every DOCX copy starts from default.docx and its header/footer parts),
# pytrovich's declension rules (the minutes' «СЛУШАЛИ: Иванову М.С.»), Babel's locale data.
DATA_PACKAGES = ("babel", "docx", "pytrovich")
# python-docx finds its templates as «docx/parts/../templates/…»: its modules must be files on
# disk (not only in the PYZ archive), or «parts/» does not exist and the path fails.
MODULE_COLLECTION_MODE = {"docx": "pyz+py"}

HIDDEN_IMPORTS = (
    "holidays.countries.russia",
    "_rl_accel",  # reportlab imports its C accelerator in exec(): number formatting in C
)

EXCLUDES = (
    "tkinter",
    "_tkinter",
    "unittest",
    "pydoc_data",
    # reportlab imports PIL unconditionally, so Pillow stays; the app embeds no raster images,
    # so its AVIF/WebP/Tk codecs (about 6 MB) go.
    "PIL._avif",
    "PIL._webp",
    "PIL._imagingtk",
    "PIL.ImageTk",
)

# Qt plugins the app never loads (matched as substrings of the bundle path, "/"-separated).
DROP_PLUGINS = (
    "platforminputcontexts/libqtvirtualkeyboardplugin",  # pulls Qml, Quick, VirtualKeyboard
    "platformthemes/libqgtk3",  # would mix the bundle's glib/pango with the system's GTK
    "egldeviceintegrations/",
    "platforms/libqeglfs",
    "platforms/libqlinuxfb",
    "platforms/libqminimalegl",
    "platforms/libqvkkhrdisplay",
    "platforms/libqvnc",
    "generic/",  # evdev/tuio input for kiosks without X11/Wayland
    "networkinformation/",  # the app never goes online
    "tls/",
)

# babel.dates/numbers read these for Locale("ru"); the rest of its 1000 locales are unused.
BABEL_LOCALES = frozenset({"ru.dat", "ru_RU.dat", "root.dat", "en.dat"})

# Windows: Qt's software OpenGL fallback (20 MB); the widgets app paints without OpenGL.
DROP_WINDOWS_BINARIES = frozenset({"opengl32sw.dll"})


def version() -> str:
    """The one version (pyproject.toml), for the bundle, the file names and the installers."""
    with (ROOT / "pyproject.toml").open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


def dependencies() -> list[str]:
    """The runtime requirements: a clean build venv gets these and nothing else, so the
    bundle cannot pick up whatever else the developer's Python happens to have."""
    with (ROOT / "pyproject.toml").open("rb") as file:
        return [str(dep) for dep in tomllib.load(file)["project"]["dependencies"]]


def keep_data(dest: str) -> bool:
    """Russian Qt translations only; Babel's locale data for Russian only."""
    path = dest.replace("\\", "/")
    if "/translations/" in path and path.endswith(".qm"):
        return path.endswith("_ru.qm")
    if path.startswith("babel/locale-data/"):
        return PurePosixPath(path).name in BABEL_LOCALES
    return True


def keep_binary(dest: str) -> bool:
    path = dest.replace("\\", "/")
    if PurePosixPath(path).name.lower() in DROP_WINDOWS_BINARIES:
        return False
    return not any(part in path for part in DROP_PLUGINS)


def is_root_binary(dest: str) -> bool:
    """Loaded by Python or Qt themselves (extensions, plugins, libpython), not linked to."""
    path = dest.replace("\\", "/")
    name = PurePosixPath(path).name
    return (
        "/plugins/" in path
        or "/lib-dynload/" in path
        or name.startswith("libpython")
        or not name.startswith("lib")
    )


def metadata_text() -> str:
    """A minimal METADATA so importlib.metadata finds the version inside the bundle."""
    return f"Metadata-Version: 2.1\nName: {APP}\nVersion: {version()}\n"
