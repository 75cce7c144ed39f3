#!/bin/bash
# Clean-system tests of the installers:   packaging/test-install.sh deb|run|windows [FILE]
#   deb      a fresh minimal Debian 12 chroot (debootstrap, cached): apt installs the previous
#            package, a non-root user makes data, apt upgrades to this one (data kept), the user
#            starts it under Xvfb, opens every page, makes a report, screenshots; apt remove
#            (data kept).
#   run      the same chroot with only the desktop's GL libraries: the user runs the .run
#            (no root), starts the app from ~/.local/bin, a report, screenshots, --uninstall.
#   windows  packaging/windows/test-install.sh (Wine: silent install, start, report, uninstall).
# Needs root (chroot), debootstrap, Xvfb, xdotool and ImageMagick's import on the host.
# Screenshots and logs: $SHOTS (default /tmp/res-desktop-install-test/<kind>/).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
kind=${1:-}
cache=${RES_CACHE:-/var/cache/res-desktop}
version=$(python3 -c "import sys; sys.path.insert(0, '$here'); import bundle_config; print(bundle_config.version())")
base=$cache/bookworm-base
chroot_dir=$cache/test-$kind
shots=${SHOTS:-/tmp/res-desktop-install-test}/$kind
user=clerk
log() { printf '[test %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
source "$here/tour.sh"
fail() { log "FAIL: $*"; exit 1; }

base_chroot() {  # a bare Debian 12 (minbase), made once and copied for every test
  if [ ! -f "$base/.complete" ]; then
    log "debootstrap Debian 12 into $base (once)"
    rm -rf "$base.tmp"
    debootstrap --variant=minbase bookworm "$base.tmp" http://deb.debian.org/debian >/dev/null
    touch "$base.tmp/.complete"; rm -rf "$base"; mv "$base.tmp" "$base"
  fi
}

cleanup() {
  [ -n "${xvfb_pid:-}" ] && kill "$xvfb_pid" 2>/dev/null || true
  for m in var/cache/apt/archives tmp/.X11-unix dev/pts dev proc; do
    mountpoint -q "$chroot_dir/$m" 2>/dev/null && umount -l "$chroot_dir/$m" || true
  done
}

fresh_chroot() {
  base_chroot
  cleanup
  rm -rf "$chroot_dir"; cp -a "$base" "$chroot_dir"
  cp /etc/resolv.conf "$chroot_dir/etc/resolv.conf"
  mount -t proc proc "$chroot_dir/proc"
  mount --bind /dev "$chroot_dir/dev"; mount --bind /dev/pts "$chroot_dir/dev/pts"
  mkdir -p "$cache/apt-archives/partial" "$chroot_dir/tmp/.X11-unix"
  mount --bind "$cache/apt-archives" "$chroot_dir/var/cache/apt/archives"  # downloads kept
  in_root useradd -m -s /bin/bash "$user"
  in_root apt-get update -qq
}

in_root() { chroot "$chroot_dir" /usr/bin/env DEBIAN_FRONTEND=noninteractive LANG=C.UTF-8 "$@"; }
as_user() {
  chroot --userspec="$user:$user" "$chroot_dir" /usr/bin/env -i HOME="/home/$user" \
    USER="$user" PATH="/home/$user/.local/bin:/usr/local/bin:/usr/bin:/bin" LANG=C.UTF-8 \
    DISPLAY="${DISPLAY:-}" "$@"
}

make_user_data() {  # the user's own database (not the demo), by the installed program
  printf 'ИНН;Наименование\n7707083893;ПАО Сбербанк\n' > "$chroot_dir/tmp/exporters.csv"
  as_user "$1" exporters import /tmp/exporters.csv
  db_sum=$(sha256sum "$chroot_dir/home/$user/.local/share/res_desktop/res_desktop.sqlite3" | cut -c1-64)
}

check_user_data() {  # $1: the program, $2: when
  local db=$chroot_dir/home/$user/.local/share/res_desktop/res_desktop.sqlite3
  [ -f "$db" ] || fail "$2: the user's database is gone"
  [ "$(sha256sum "$db" | cut -c1-64)" = "$db_sum" ] || log "$2: the database changed (migrated)"
  if [ -n "$1" ]; then
    as_user "$1" exporters export /tmp/after.csv >/dev/null
    grep -q "ПАО Сбербанк" "$chroot_dir/tmp/after.csv" || fail "$2: the user's exporter is gone"
  fi
  log "$2: the user's data is there"
}

make_report() {  # $1: the program
  as_user "$1" --demo report quarterly --year 2026 --quarter 3 --out /tmp/report.pdf
  head -c 5 "$chroot_dir/tmp/report.pdf" | grep -q '%PDF-' || fail "the report is not a PDF"
  cp "$chroot_dir/tmp/report.pdf" "$shots/report.pdf"
  log "report: $(du -h "$shots/report.pdf" | cut -f1) PDF"
}

gui_tour() {  # $1: the program. Start the demo, time the window, screenshot every page.
  mkdir -p "$shots"; rm -f "$shots"/*.png
  mount --bind /tmp/.X11-unix "$chroot_dir/tmp/.X11-unix"
  as_user "$1" --demo >"$shots/app.log" 2>&1 &
  local pid=$!
  tour_window "$pid" "$shots" 60
  kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
  if grep -q "Traceback" "$shots/app.log"; then cat "$shots/app.log"; fail "a traceback in the log"; fi
  grep -v "XGetInputFocus" "$shots/app.log" >&2 || true
}

test_deb() {
  local deb=${1:-$root/dist/res-desktop_${version}_amd64.deb} prev t0=$SECONDS
  [ -f "$deb" ] || fail "no $deb: run packaging/build.sh deb"
  fresh_chroot
  # The previous package: this one relabelled with a lower version, so apt really upgrades.
  prev=$chroot_dir/tmp/prev; mkdir -p "$prev"
  dpkg-deb -R "$deb" "$prev/root"
  sed -i "s/^Version: .*/Version: 0.0.1/" "$prev/root/DEBIAN/control"
  dpkg-deb --root-owner-group -Zgzip -z1 --build "$prev/root" "$prev/res-desktop_0.0.1_amd64.deb" >/dev/null
  rm -rf "$prev/root"
  log "apt install the previous package (0.0.1)"
  in_root apt-get install -y -qq /tmp/prev/res-desktop_0.0.1_amd64.deb >/dev/null
  make_user_data /usr/bin/res-desktop
  cp "$deb" "$chroot_dir/tmp/"
  log "apt upgrade to $version"
  in_root apt-get install -y -qq "/tmp/$(basename "$deb")" >/dev/null
  [ "$(as_user res-desktop --version)" = "res-desktop $version" ] || fail "not upgraded"
  check_user_data res-desktop "after the upgrade"
  [ -f "$chroot_dir/usr/share/icons/hicolor/256x256/apps/res-desktop.png" ] || fail "no icon"
  mkdir -p "$shots"
  make_report res-desktop
  start_xvfb
  gui_tour res-desktop
  log "apt remove"
  in_root apt-get remove -y -qq res-desktop >/dev/null
  [ ! -e "$chroot_dir/opt/res-desktop" ] || fail "/opt/res-desktop is still there"
  check_user_data "" "after the removal"
  log "PASS deb in $((SECONDS - t0)) s (start-up $startup s)"
}

test_run() {
  local run=${1:-$root/dist/res-desktop-$version-linux-x86_64.run} t0=$SECONDS
  [ -f "$run" ] || fail "no $run: run packaging/build.sh run"
  fresh_chroot
  # A desktop system has GL; the bare chroot gets just that, nothing from our package.
  in_root apt-get install -y -qq --no-install-recommends libgl1 libegl1 >/dev/null
  cp "$run" "$chroot_dir/tmp/res-desktop.run"; chmod 755 "$chroot_dir/tmp/res-desktop.run"
  log "the user runs the .run (no root)"
  as_user sh /tmp/res-desktop.run
  [ -x "$chroot_dir/home/$user/.local/opt/res-desktop/res-desktop" ] || fail "not installed"
  [ -f "$chroot_dir/home/$user/.local/share/applications/res-desktop.desktop" ] || fail "no menu entry"
  [ "$(as_user res-desktop --version)" = "res-desktop $version" ] || fail "wrong version"
  make_user_data res-desktop
  log "the user installs it again (an update)"
  as_user sh /tmp/res-desktop.run >/dev/null
  check_user_data res-desktop "after the update"
  mkdir -p "$shots"
  make_report res-desktop
  start_xvfb
  gui_tour res-desktop
  as_user "/home/$user/.local/opt/res-desktop/install-user.sh" --uninstall
  [ ! -e "$chroot_dir/home/$user/.local/opt/res-desktop" ] || fail "still installed"
  check_user_data "" "after --uninstall"
  log "PASS run in $((SECONDS - t0)) s (start-up $startup s)"
}

case "$kind" in
  deb | run)
    [ "$(id -u)" = 0 ] || { echo "needs root (chroot)" >&2; exit 2; }
    trap cleanup EXIT
    "test_$kind" "${2:-}" ;;
  windows) exec "$here/windows/test-install.sh" "$version" "${2:-}" ;;
  *) echo "usage: packaging/test-install.sh deb|run|windows [FILE]" >&2; exit 2 ;;
esac
