#!/bin/bash
# Build the installers into dist/:   packaging/build.sh bundle|deb|run|windows
#   bundle   dist/bundle/res-desktop/       PyInstaller one-folder bundle (Linux)
#   deb      dist/res-desktop_VERSION_amd64.deb             (root install to /opt/res-desktop)
#   run      dist/res-desktop-VERSION-linux-x86_64.run      (per-user, ~/.local/opt, no root)
#   windows  dist/res-desktop-VERSION-windows-x64-setup.exe (per-user NSIS, built under Wine)
# DEB_COMPRESS=gzip builds the .deb 10x faster, 40 % bigger (CI); the default xz is smallest.
# deb and run reuse dist/bundle when it is newer than the sources (REBUILD=1 forces a rebuild).
# The bundle carries the glibc floor of the machine that builds it: for Astra Linux 1.7
# (glibc 2.28) run the same command on a glibc-2.28 builder with PySide6 6.9.3 (README).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
cd "$root"
export PIP_DISABLE_PIP_VERSION_CHECK=1
cache=${RES_CACHE:-/var/cache/res-desktop}
[ -w "$(dirname "$cache")" ] || [ -w "$cache" ] || cache=$HOME/.cache/res-desktop
mkdir -p "$cache"
PY=python3
version=$("$PY" -c 'import sys; sys.path.insert(0, "packaging"); import bundle_config; print(bundle_config.version())')
dist=$root/dist
mkdir -p "$dist"
PYINSTALLER="pyinstaller==6.22.3"
log() { printf '[build %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

bundle_is_fresh() {
  local exe=$dist/bundle/res-desktop/res-desktop
  [ -z "${REBUILD:-}" ] && [ -x "$exe" ] &&
    [ -z "$(find res_desktop resources packaging/res_desktop.spec packaging/bundle_config.py \
             pyproject.toml -newer "$exe" -print -quit)" ]
}

build_venv() {  # the runtime requirements and PyInstaller only, rebuilt when pyproject changes
  local venv=$cache/build-venv deps stamp
  deps=$("$PY" -c 'import sys; sys.path.insert(0, "packaging"); import bundle_config as c; print("\n".join(c.dependencies()))')
  stamp=$(printf '%s\n%s\n' "$deps" "$PYINSTALLER" | sha256sum | cut -c1-16)
  if [ "$(cat "$venv/.stamp" 2>/dev/null)" != "$stamp" ]; then
    log "build venv: $venv"
    rm -rf "$venv"; python3 -m venv "$venv"
    # shellcheck disable=SC2086
    printf '%s\n' "$deps" "$PYINSTALLER" | xargs -d '\n' "$venv/bin/pip" install -q
    echo "$stamp" > "$venv/.stamp"
  fi
  BPY=$venv/bin/python
}

build_bundle() {
  if bundle_is_fresh; then log "bundle is up to date: $dist/bundle/res-desktop"; return; fi
  local t0=$SECONDS
  build_venv
  rm -rf "$dist/bundle" build/pyinstaller
  "$BPY" -m PyInstaller --noconfirm --log-level WARN --distpath "$dist/bundle" \
    --workpath build/pyinstaller packaging/res_desktop.spec
  local got
  got=$("$dist/bundle/res-desktop/res-desktop" --version)
  [ "$got" = "res-desktop $version" ] || { echo "bundle says «$got», pyproject says $version" >&2; exit 1; }
  log "bundle: $(du -sh "$dist/bundle/res-desktop" | cut -f1) in $((SECONDS - t0)) s"
}

glibc_floor() {  # the newest GLIBC_x.y symbol version any ELF in the bundle asks for
  # objdump refuses the executable data files some packages ship (pytrovich's rules): ignored.
  find "$1" -type f \( -name '*.so*' -o -perm -u+x \) -print0 | { xargs -0 objdump -T 2>/dev/null || true; } |
    grep -o 'GLIBC_[0-9][0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -1
}

install_common() {  # DEST_SHARE DOC_DIR: icons, .desktop, licences (shared by deb and run)
  local share=$1 doc=$2 s
  install -d "$share/applications" "$share/icons/hicolor/scalable/apps" "$doc/LICENSES"
  install -m644 packaging/files/res-desktop.desktop "$share/applications/res-desktop.desktop"
  install -m644 resources/icons/app.svg "$share/icons/hicolor/scalable/apps/res-desktop.svg"
  for s in 48 128 256; do
    install -d "$share/icons/hicolor/${s}x$s/apps"
    "$BPY" packaging/icons.py png $s "$share/icons/hicolor/${s}x$s/apps/res-desktop.png"
  done
  install -m644 packaging/files/THIRD-PARTY-NOTICES.txt "$doc/"
  install -m644 packaging/files/licenses/LGPL-3.0.txt packaging/files/licenses/GPL-3.0.txt \
    resources/fonts/PT-Sans-LICENSE.txt resources/fonts/PT-Serif-LICENSE.txt "$doc/LICENSES/"
}

build_deb() {
  build_venv; build_bundle
  local t0=$SECONDS bundle=$dist/bundle/res-desktop stage
  stage=$(mktemp -d "$root/build/deb.XXXX"); chmod 755 "$stage"
  install -d "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin"
  cp -a "$bundle" "$stage/opt/res-desktop"
  ln -s ../../opt/res-desktop/res-desktop "$stage/usr/bin/res-desktop"
  install_common "$stage/usr/share" "$stage/usr/share/doc/res-desktop"
  # the Debian packages the copied system libraries came from (their copyright notices)
  find "$bundle/_internal" -maxdepth 1 -name '*.so*' -printf '*/%f\n' |
    { xargs -d '\n' dpkg -S 2>/dev/null || true; } | cut -d: -f1 | tr ', ' '\n\n' | sed '/^$/d' |
    sort -u > "$stage/usr/share/doc/res-desktop/BUILD-LIBRARIES.txt"
  local size floor
  size=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)
  floor=$(glibc_floor "$bundle")
  sed -e "s/@VERSION@/$version/" -e "s/@INSTALLED_SIZE@/$size/" -e "s/@GLIBC_FLOOR@/$floor/" \
    packaging/files/debian/control.in > "$stage/DEBIAN/control"
  chmod -R go-w "$stage"
  local deb=$dist/res-desktop_${version}_amd64.deb
  dpkg-deb --root-owner-group -Z"${DEB_COMPRESS:-xz}" --build "$stage" "$deb" >/dev/null
  rm -rf "$stage"
  log "deb: $deb $(du -h "$deb" | cut -f1), installed ${size} KB, glibc >= $floor, $((SECONDS - t0)) s"
}

build_run() {
  build_venv; build_bundle
  command -v makeself >/dev/null || { echo "makeself is missing: apt-get install makeself" >&2; exit 1; }
  local t0=$SECONDS bundle=$dist/bundle/res-desktop stage
  stage=$(mktemp -d "$root/build/run.XXXX")
  cp -a "$bundle" "$stage/res-desktop"
  install_common "$stage/share" "$stage/doc"
  install -m755 packaging/files/install-user.sh "$stage/install-user.sh"
  glibc_floor "$bundle" > "$stage/GLIBC_FLOOR"
  echo "$version" > "$stage/VERSION"
  local run=$dist/res-desktop-$version-linux-x86_64.run
  makeself --quiet --gzip --nox11 "$stage" "$run" "res_desktop $version" ./install-user.sh >/dev/null
  rm -rf "$stage"
  log "run: $run $(du -h "$run" | cut -f1), $((SECONDS - t0)) s"
}

case "${1:-}" in
  bundle) build_bundle ;;
  deb) mkdir -p build; build_deb ;;
  run) mkdir -p build; build_run ;;
  windows) exec "$here/windows/build.sh" "$version" ;;
  *) echo "usage: packaging/build.sh bundle|deb|run|windows" >&2; exit 2 ;;
esac
