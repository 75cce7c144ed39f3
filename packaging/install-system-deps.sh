#!/bin/sh
# The shared libraries Qt's wheels load on Linux but do not ship (Debian/Ubuntu names).
# Does nothing where they are present, or on systems without apt-get.
set -e
LIBS="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libglib2.0-0 libdbus-1-3 libfontconfig1
      libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
      libxcb-render-util0 libxcb-image0"
[ "$(uname -s)" = "Linux" ] || exit 0
command -v apt-get >/dev/null 2>&1 || exit 0
missing=""
for lib in $LIBS; do
  dpkg -s "$lib" >/dev/null 2>&1 || missing="$missing $lib"
done
[ -z "$missing" ] && exit 0
SUDO=""
[ "$(id -u)" = "0" ] || SUDO="sudo"
echo "Устанавливаются системные библиотеки Qt:$missing"
$SUDO apt-get update -qq
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
