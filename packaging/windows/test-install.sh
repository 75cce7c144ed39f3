#!/bin/bash
# Smoke test of the Windows installer under Wine:  packaging/test-install.sh windows [SETUP.exe]
# A fresh Wine prefix (per-user, like a ministry account without administrator rights): silent
# install, the uninstall entry under HKCU, a report from the installed program, the window
# started and every page screenshotted, silent uninstall (the user's data stays).
# Wine 8 lacks two DLLs every Windows 10/11 has (icuuc.dll for Qt6Core's ucnv_*,
# bcryptprimitives.dll for ProcessPrng): TEST-ONLY stubs from test-stubs/ go into the prefix's
# system32, never into the product.
set -euo pipefail
version=$1
source "$(dirname "$0")/tools.sh"
source "$root/packaging/tour.sh"
setup=${2:-$root/dist/res-desktop-$version-windows-x64-setup.exe}
shots=${SHOTS:-/tmp/res-desktop-install-test}/windows
[ -f "$setup" ] || { echo "no $setup: run packaging/build.sh windows" >&2; exit 1; }
[ "$(id -u)" = 0 ] || { echo "needs root (chroot)" >&2; exit 2; }
fail() { log "FAIL: $*"; exit 1; }
t0=$SECONDS
wintools_chroot
trap 'release_wintools; [ -n "${xvfb_pid:-}" ] && kill "$xvfb_pid" 2>/dev/null || true' EXIT
prefix=/root/.wine-test
rm -rf "${wintools:?}$prefix"
in_wine $prefix wine wineboot -i >/dev/null
in_wine $prefix wineserver -w
install_wine_stubs $prefix

cp "$setup" "$wintools/tmp/setup.exe"
log "silent install: setup.exe /S"
in_wine $prefix sh -c "cd /tmp && wine setup.exe /S"
in_wine $prefix wineserver -w
app=$wintools$prefix/drive_c/users/root/AppData/Local/Programs/res_desktop
[ -f "$app/res-desktop.exe" ] || fail "not installed in %LOCALAPPDATA%\\Programs\\res_desktop"
# Read the whole answer first: `reg query | grep -q` under pipefail fails when grep leaves early.
entry=$(in_wine $prefix wine reg query 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\res_desktop' /v DisplayVersion 2>&1 || true)
grep -q "$version" <<<"$entry" || fail "no uninstall entry under HKCU: $entry"
log "installed: $(du -sh "$app" | cut -f1)"
exe='C:\users\root\AppData\Local\Programs\res_desktop\res-desktop.exe'
data=$wintools$prefix/drive_c/users/root/AppData/Local/res_desktop
printf 'ИНН;Наименование\r\n7707083893;ПАО Сбербанк\r\n' > "$wintools/tmp/exporters.csv"
in_wine $prefix wine "$exe" exporters import 'Z:\tmp\exporters.csv' >/dev/null
[ -f "$data/res_desktop.sqlite3" ] || fail "no user database in %LOCALAPPDATA%\\res_desktop"
mkdir -p "$shots"; rm -f "$shots"/*.png "$shots/report.pdf"
in_wine $prefix wine "$exe" --demo report quarterly --year 2026 --quarter 3 --out 'Z:\tmp\report.pdf' >/dev/null
head -c 5 "$wintools/tmp/report.pdf" | grep -q '%PDF-' || fail "no report"
cp "$wintools/tmp/report.pdf" "$shots/"
log "report: $(du -h "$shots/report.pdf" | cut -f1) PDF"

start_xvfb
in_wine $prefix wine "$exe" --demo >"$shots/app.log" &
app_pid=$!
tour_window "$app_pid" "$shots" 180 114 38  # Wine draws its own title bar
in_wine $prefix wineserver -k || true
wait "$app_pid" 2>/dev/null || true  # not a bare `wait`: Xvfb is a child too

log "silent uninstall"
in_wine $prefix wine 'C:\users\root\AppData\Local\Programs\res_desktop\uninstall.exe' /S
sleep 5; in_wine $prefix wineserver -w
[ ! -e "$app/res-desktop.exe" ] || fail "still installed after the uninstaller"
[ -f "$data/res_desktop.sqlite3" ] || fail "the uninstaller took the user's data"
log "PASS windows in $((SECONDS - t0)) s (start-up ${startup} s)"
